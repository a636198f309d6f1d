import type { Config } from './config';
import { indexIgnores } from './ignore';
import { getRule } from './rules/index';
import type { Finding, Hit, Severity } from './types';

export const DEFAULT_DOCS_BASE = 'https://github.com/rollback-ready/rollback-ready/blob/main/docs/rules/';

export interface Acknowledgement {
  rule: string;
  /** Limit to one file; all files when absent. */
  path?: string;
  reason: string;
  by: string;
}

export interface FinalizeOptions {
  config: Config;
  docsBase?: string;
  acks?: Acknowledgement[];
}

export function severityOf(rule: string, config: Config): Severity | 'off' {
  return config.rules[rule] ?? getRule(rule)?.defaultSeverity ?? 'warning';
}

/**
 * Turn analyser hits into findings: configured severity (dropping `off`), inline ignores and
 * acknowledgements (which keep the finding visible as a notice), and the rule's doc link.
 */
export function finalizeFindings(path: string, content: string | undefined, hits: Hit[], options: FinalizeOptions): Finding[] {
  const ignores = indexIgnores(content);
  const docsBase = options.docsBase ?? DEFAULT_DOCS_BASE;
  const out: Finding[] = [];
  const seen = new Set<string>();
  for (const hit of hits) {
    const configured = severityOf(hit.rule, options.config);
    if (configured === 'off') continue;
    const severity = hit.severity && ORDER[hit.severity] > ORDER[configured] ? hit.severity : configured;
    const key = `${hit.rule}:${hit.line}:${hit.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const finding: Finding = {
      rule: hit.rule,
      severity,
      path,
      line: hit.line,
      message: hit.message,
      docs: `${docsBase}${hit.rule}.md`,
    };
    const directive = ignores.find(hit.rule, hit.line);
    if (directive && !directive.rejected) {
      finding.severity = 'notice';
      finding.suppressed = { by: 'inline', reason: directive.reason };
    } else if (directive) {
      finding.message += ` (the rollback-ready-ignore comment on line ${directive.line} ${directive.rejected}, so it does not apply: after "rollback-ready-ignore ${hit.rule}:" write why it is safe in this migration)`;
    }
    const ack = !finding.suppressed && options.acks?.find((a) => a.rule === hit.rule && (!a.path || a.path === path));
    if (ack) {
      finding.severity = 'notice';
      finding.suppressed = { by: 'ack', reason: ack.reason, who: ack.by };
    }
    out.push(finding);
  }
  return out;
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** Code-unit order: stable across locales, and far cheaper than `localeCompare` on thousands. */
const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export const sortFindings = (findings: Finding[]): Finding[] =>
  [...findings].sort((a, b) => cmp(a.path, b.path) || a.line - b.line || ORDER[a.severity] - ORDER[b.severity] || cmp(a.rule, b.rule));

/** A migration whose content is binary (a NUL byte early on) cannot be read: say so, never pass it silently. */
export const BINARY_MIGRATION: Hit = {
  rule: 'parse-error',
  line: 1,
  message:
    'This migration file looks binary (a NUL byte in its first 8,000 bytes), so it was not analysed. Check it by hand; Postgres rejects NUL bytes in SQL.',
};
