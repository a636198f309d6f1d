// Acknowledgements and overrides given with slash commands, kept (like the attestations) in a
// hidden marker inside the bot's own comment: the App stays stateless and every replica sees them.
import type { Acknowledgement } from '../core/findings';
import type { Override } from '../core/evaluate';

export interface Decisions {
  acks: (Acknowledgement & { at: string })[];
  /** Valid only for the head commit it was given on: a new commit ends it. */
  override?: Override & { sha: string };
}

/** A slash command that changes the decisions, before its permission check. */
export type DecisionRequest =
  | { kind: 'ack'; by: string; rule: string; reason: string }
  | { kind: 'override'; by: string; reason: string };

const PREFIX = '<!-- rollback-ready:decisions ';
const END = ' -->';

export function encodeDecisions(decisions: Decisions): string | undefined {
  if (!decisions.acks.length && !decisions.override) return undefined;
  return `${PREFIX}${Buffer.from(JSON.stringify(decisions), 'utf8').toString('base64url')}${END}`;
}

export function decodeDecisions(body: string | undefined): Decisions {
  const empty: Decisions = { acks: [] };
  if (!body) return empty;
  const start = body.indexOf(PREFIX);
  if (start < 0) return empty;
  const end = body.indexOf(END, start + PREFIX.length);
  if (end < 0) return empty;
  try {
    const data = JSON.parse(Buffer.from(body.slice(start + PREFIX.length, end), 'base64url').toString('utf8')) as Partial<Decisions>;
    const acks = Array.isArray(data.acks)
      ? data.acks.filter((a) => a && typeof a.rule === 'string' && typeof a.by === 'string' && typeof a.reason === 'string')
      : [];
    const o = data.override;
    const override =
      o && typeof o.by === 'string' && typeof o.reason === 'string' && typeof o.sha === 'string' && typeof o.at === 'string' ? o : undefined;
    return { acks, ...(override ? { override } : {}) };
  } catch {
    return empty;
  }
}

/** Apply an authorised request; an override is tied to the head it was given on. */
export function applyDecision(decisions: Decisions, request: DecisionRequest, headSha: string, at: string): Decisions {
  if (request.kind === 'ack') {
    const acks = decisions.acks.filter((a) => a.rule !== request.rule);
    acks.push({ rule: request.rule, by: request.by, reason: request.reason, at });
    return { ...decisions, acks };
  }
  return { ...decisions, override: { by: request.by, reason: request.reason, at, sha: headSha } };
}

/** Drop an override given on an earlier head commit. */
export function currentDecisions(decisions: Decisions, headSha: string): Decisions {
  if (!decisions.override || decisions.override.sha === headSha) return decisions;
  return { acks: decisions.acks };
}
