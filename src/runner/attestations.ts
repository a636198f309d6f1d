// Who ticked which checklist item in the sticky comment. GitHub keeps no record of who ticked a
// box, so the bot writes what it learnt from `issue_comment.edited` deliveries (permission-checked)
// into a hidden marker in its own comment; it survives every re-render.
//
// Each item keeps its last tick or untick with GitHub's time of the edit, so deliveries that arrive
// late or out of order cannot undo a newer one. The marker also records the boxes as the bot last
// showed them: a box a person changed since (whose delivery has not been handled yet) is told apart
// from one the bot drew, and kept as the person left it.
import type { Tick } from '../core/gates';

export interface Attestation {
  item: string;
  by: string;
  allowed: boolean;
  /** GitHub's time of the edit (the comment's `updated_at` in the delivery). */
  at: string;
  /** false: the box was unticked (kept so that an older tick arriving late does not count). */
  ticked?: boolean;
}

export interface CommentState {
  attestations: Attestation[];
  /** The boxes as the bot last drew them: item → ticked. */
  shown: Record<string, boolean>;
}

const ATTESTATION_PREFIX = '<!-- rollback-ready:attestations ';
export const ITEM_PREFIX = '<!-- rollback-ready:item:';
export const COMMENT_END = ' -->';

const isAttestation = (a: unknown): a is Attestation => {
  const x = a as Attestation;
  return (
    !!x &&
    typeof x === 'object' &&
    typeof x.item === 'string' &&
    typeof x.by === 'string' &&
    typeof x.allowed === 'boolean' &&
    typeof x.at === 'string' &&
    (x.ticked === undefined || typeof x.ticked === 'boolean')
  );
};

/** The hidden marker carrying the attestations (base64url JSON: nothing in it can end the HTML comment). */
export function encodeCommentState(state: CommentState): string | undefined {
  if (!state.attestations.length && !Object.keys(state.shown).length) return undefined;
  const data = { attestations: state.attestations, shown: state.shown };
  return `${ATTESTATION_PREFIX}${Buffer.from(JSON.stringify(data), 'utf8').toString('base64url')}${COMMENT_END}`;
}

export function decodeCommentState(body: string | undefined): CommentState {
  const empty: CommentState = { attestations: [], shown: {} };
  if (!body) return empty;
  const start = body.indexOf(ATTESTATION_PREFIX);
  if (start < 0) return empty;
  const from = start + ATTESTATION_PREFIX.length;
  const end = body.indexOf(COMMENT_END, from);
  if (end < 0) return empty;
  try {
    const data: unknown = JSON.parse(Buffer.from(body.slice(from, end), 'base64url').toString('utf8'));
    // The first format was the bare list.
    const list = Array.isArray(data) ? data : (data as { attestations?: unknown })?.attestations;
    const shownRaw = Array.isArray(data) ? undefined : (data as { shown?: unknown })?.shown;
    const shown: Record<string, boolean> = {};
    if (shownRaw && typeof shownRaw === 'object') {
      for (const [k, v] of Object.entries(shownRaw as Record<string, unknown>)) if (typeof v === 'boolean') shown[k] = v;
    }
    return { attestations: Array.isArray(list) ? list.filter(isAttestation) : [], shown };
  } catch {
    return empty;
  }
}

/** Compatibility: the attestations alone. */
export const decodeAttestations = (body: string | undefined): Attestation[] => decodeCommentState(body).attestations;
export const encodeAttestations = (list: Attestation[]): string => encodeCommentState({ attestations: list, shown: {} }) ?? '';

const time = (at: string) => {
  const t = Date.parse(at);
  return Number.isFinite(t) ? t : 0;
};

/**
 * Add one tick or untick: it replaces the item's record unless that one is newer. Two edits in the
 * same second (GitHub's precision) keep the one handled last, except that a tick by someone who may
 * not attest is never replaced by an equally old tick that may (fail closed).
 */
export function recordAttestation(list: Attestation[], next: Attestation): Attestation[] {
  const current = list.find((a) => a.item === next.item);
  if (current) {
    const [was, now] = [time(current.at), time(next.at)];
    if (was > now) return list;
    if (was === now && current.ticked !== false && next.ticked !== false && !current.allowed && next.allowed) return list;
  }
  return [...list.filter((a) => a.item !== next.item), next];
}

/** Merge two lists (another copy of the comment): per item, the newer record wins. */
export function mergeAttestations(a: Attestation[], b: Attestation[]): Attestation[] {
  let out = a;
  for (const x of b) out = recordAttestation(out, x);
  return out;
}

/** The ticks the gates count: the current tick of each item (who, and whether they may attest it). */
export const ticksFromAttestations = (list: Attestation[]): Tick[] =>
  list.filter((a) => a.ticked !== false).map(({ item, by, allowed }) => ({ item, by, allowed }));

const BOX_LINE = /^\s*[-*+] \[([ xX])\] .*<!-- rollback-ready:item:([^\s>]+) -->/;

/**
 * Every line that looks like a checklist box of the bot's comment, item → ticked (the last one
 * wins). A line scan, no Markdown parser: exact for what the bot renders; for a body a person
 * edited, a superset of the real boxes (lines in code blocks too), which `pendingBoxes` uses
 * only to skip the parser when nothing differs.
 */
export function scanBoxLines(body: string | undefined): Map<string, boolean[]> {
  const out = new Map<string, boolean[]>();
  for (const line of (body ?? '').split('\n')) {
    const m = BOX_LINE.exec(line);
    if (m) out.set(m[2]!, [...(out.get(m[2]!) ?? []), m[1] !== ' ']);
  }
  return out;
}
