// Who ticked which checklist item in the sticky comment. GitHub keeps no record of who ticked a
// box, so the bot writes the attestations it has seen (from `issue_comment.edited` deliveries,
// permission-checked) into a hidden marker in its own comment; they survive every re-render.
import type { Tick } from '../core/gates';

export interface Attestation {
  item: string;
  by: string;
  allowed: boolean;
  at: string;
}

const ATTESTATION_PREFIX = '<!-- rollback-ready:attestations ';
export const ITEM_PREFIX = '<!-- rollback-ready:item:';
export const COMMENT_END = ' -->';

/** The hidden marker carrying the attestations (base64url JSON: nothing in it can end the HTML comment). */
export function encodeAttestations(list: Attestation[]): string {
  return `${ATTESTATION_PREFIX}${Buffer.from(JSON.stringify(list), 'utf8').toString('base64url')}${COMMENT_END}`;
}

export function decodeAttestations(body: string | undefined): Attestation[] {
  if (!body) return [];
  const start = body.indexOf(ATTESTATION_PREFIX);
  if (start < 0) return [];
  const from = start + ATTESTATION_PREFIX.length;
  const end = body.indexOf(COMMENT_END, from);
  if (end < 0) return [];
  try {
    const data: unknown = JSON.parse(Buffer.from(body.slice(from, end), 'base64url').toString('utf8'));
    if (!Array.isArray(data)) return [];
    return data.filter(
      (a): a is Attestation =>
        a && typeof a === 'object' && typeof a.item === 'string' && typeof a.by === 'string' && typeof a.allowed === 'boolean' && typeof a.at === 'string',
    );
  } catch {
    return [];
  }
}


export const ticksFromAttestations = (list: Attestation[]): Tick[] => list.map(({ item, by, allowed }) => ({ item, by, allowed }));
