// The rollback drill's outcome for a head commit, kept (like attestations and decisions) in a hidden
// marker inside the bot's own comment: a later evaluation of the same head (a slash command, an
// edited description) shows and counts the drill the Action ran, without running it again.
import type { DrillOutcome } from '../core/drill';
import type { Finding } from '../core/types';

export interface DrillRecord {
  /** The head commit the drill rehearsed: a new commit needs a new drill. */
  sha: string;
  passed: boolean;
  summary: string;
  findings: Finding[];
  /** The drill's Markdown section (its tables), when it fits. */
  markdown?: string;
}

const PREFIX = '<!-- rollback-ready:drill ';
const END = ' -->';
/** Leave most of a comment's 65,536 characters to the report itself. */
const MARKDOWN_BUDGET = 20_000;

export function encodeDrillRecord(record: DrillRecord): string {
  const kept = record.markdown && record.markdown.length <= MARKDOWN_BUDGET ? record : { ...record, markdown: undefined };
  return `${PREFIX}${Buffer.from(JSON.stringify(kept), 'utf8').toString('base64url')}${END}`;
}

/** The record for `headSha`, or undefined (none, unreadable, or for another commit). */
export function decodeDrillRecord(body: string | undefined, headSha: string): DrillRecord | undefined {
  if (!body) return undefined;
  const start = body.indexOf(PREFIX);
  if (start < 0) return undefined;
  const end = body.indexOf(END, start + PREFIX.length);
  if (end < 0) return undefined;
  try {
    const data = JSON.parse(Buffer.from(body.slice(start + PREFIX.length, end), 'base64url').toString('utf8')) as Partial<DrillRecord>;
    if (data.sha !== headSha || typeof data.passed !== 'boolean' || typeof data.summary !== 'string' || !Array.isArray(data.findings)) return undefined;
    const findings = data.findings.filter((f) => f && typeof f.rule === 'string' && f.rule.startsWith('drill-') && typeof f.path === 'string');
    return { sha: data.sha, passed: data.passed, summary: data.summary, findings, ...(typeof data.markdown === 'string' ? { markdown: data.markdown } : {}) };
  } catch {
    return undefined;
  }
}

export const outcomeOf = (record: DrillRecord): DrillOutcome => ({
  passed: record.passed,
  summary: record.summary,
  ...(record.markdown ? { markdown: record.markdown } : {}),
});
