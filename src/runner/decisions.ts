// Acknowledgements and overrides given with slash commands, kept (like the attestations) in a
// hidden marker inside the bot's own comment: the App stays stateless and every replica sees them.
import type { Acknowledgement } from '../core/findings';
import type { Override, RiskOverride } from '../core/evaluate';
import type { Risk } from '../core/types';

export interface Decisions {
  acks: (Acknowledgement & { at: string })[];
  /** Valid only for the head commit it was given on: a new commit ends it. */
  override?: Override & { sha: string };
  /** `/rollback risk`: valid only for the head commit it was given on. */
  risk?: RiskOverride & { sha: string };
}

/** A slash command that changes the decisions, before its permission check. */
export type DecisionRequest =
  | { kind: 'ack'; by: string; rule: string; reason: string }
  | { kind: 'override'; by: string; reason: string }
  | { kind: 'risk'; by: string; level: Exclude<Risk, 'none'>; reason: string };

const PREFIX = '<!-- rollback-ready:decisions ';
const END = ' -->';

export function encodeDecisions(decisions: Decisions): string | undefined {
  if (!decisions.acks.length && !decisions.override && !decisions.risk) return undefined;
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
    const override = o && typeof o.by === 'string' && typeof o.reason === 'string' && typeof o.sha === 'string' && typeof o.at === 'string' ? o : undefined;
    const r = data.risk;
    const risk =
      r &&
      ['low', 'medium', 'high'].includes(r.level) &&
      typeof r.by === 'string' &&
      typeof r.reason === 'string' &&
      typeof r.sha === 'string' &&
      typeof r.at === 'string'
        ? r
        : undefined;
    return { acks, ...(override ? { override } : {}), ...(risk ? { risk } : {}) };
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
  if (request.kind === 'risk') return { ...decisions, risk: { level: request.level, by: request.by, reason: request.reason, at, sha: headSha } };
  return { ...decisions, override: { by: request.by, reason: request.reason, at, sha: headSha } };
}

/** Drop an override or a risk level given on an earlier head commit. */
export function currentDecisions(decisions: Decisions, headSha: string): Decisions {
  const out: Decisions = { acks: decisions.acks };
  if (decisions.override?.sha === headSha) out.override = decisions.override;
  if (decisions.risk?.sha === headSha) out.risk = decisions.risk;
  return out;
}

/** Merge another copy of the decisions (a duplicate comment): the later of each wins. */
export function mergeDecisions(a: Decisions, b: Decisions): Decisions {
  const acks = [...a.acks];
  for (const ack of b.acks) {
    const i = acks.findIndex((x) => x.rule === ack.rule);
    if (i < 0) acks.push(ack);
    else if (acks[i]!.at < ack.at) acks[i] = ack;
  }
  const later = <T extends { at: string }>(x?: T, y?: T) => (!x ? y : !y ? x : x.at >= y.at ? x : y);
  const override = later(a.override, b.override);
  const risk = later(a.risk, b.risk);
  return { acks, ...(override ? { override } : {}), ...(risk ? { risk } : {}) };
}
