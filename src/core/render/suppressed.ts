import type { Finding } from '../types';

/** Who or what set a finding aside: "acknowledged by @x", "ignored inline", "answered by the rollback plan". */
export function suppressedBy(s: NonNullable<Finding['suppressed']>, at = '@'): string {
  return s.by === 'ack' ? `acknowledged by ${at}${s.who}` : s.by === 'plan' ? 'answered by the rollback plan' : 'ignored inline';
}
