// `rollback-ready lint` in a terminal, as linters print: findings grouped by file, each line opening
// with `path:line:column` (editors and terminals jump to it), the rule's doc link under it, the
// files that were skipped, and one closing summary line. Colour only when the caller says the
// output is a terminal that wants it (the CLI checks isTTY and NO_COLOR). Pure.

import type { Finding, Severity } from '../types';
import { suppressedBy } from './suppressed';

export interface SkippedFile {
  path: string;
  reason: string;
}

export interface LintTextInput {
  /** Sorted, with paths as the user gave them. */
  findings: Finding[];
  /** Column of a finding (1-based), when known. */
  column?: (f: Finding) => number | undefined;
  /** Files read and analysed. */
  analysed: number;
  skipped: SkippedFile[];
  colour: boolean;
}

const SGR = { red: [31, 39], yellow: [33, 39], cyan: [36, 39], green: [32, 39], dim: [2, 22], bold: [1, 22], underline: [4, 24] } as const;
type Style = keyof typeof SGR;

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function renderLintText(input: LintTextInput): string {
  const paint = (style: Style, text: string) => (input.colour ? `\x1b[${SGR[style][0]}m${text}\x1b[${SGR[style][1]}m` : text);
  const severityStyle: Record<Severity, Style> = { error: 'red', warning: 'yellow', notice: 'cyan' };
  const out: string[] = [];
  let previous: string | undefined;
  for (const f of input.findings) {
    if (previous !== undefined && previous !== f.path) out.push('');
    previous = f.path;
    const column = input.column?.(f) ?? 1;
    const suppressed = f.suppressed ? ` [${suppressedBy(f.suppressed, '')}: ${f.suppressed.reason}]` : '';
    out.push(
      `${paint('bold', `${f.path}:${f.line}:${column}`)}  ${paint(severityStyle[f.severity], f.severity.padEnd(7))} ${paint('dim', f.rule)}  ${f.message}${suppressed}`,
    );
    out.push(`    ${paint('dim', f.docs)}`);
  }
  const reasons = new Map<string, string[]>();
  for (const s of input.skipped) reasons.set(s.reason, [...(reasons.get(s.reason) ?? []), s.path]);
  if (input.skipped.length) {
    if (out.length) out.push('');
    for (const [reason, paths] of reasons) out.push(`Skipped (${reason}): ${paths.join(', ')}`);
  }

  const count = (s: Severity) => input.findings.filter((f) => f.severity === s).length;
  const counts = (['error', 'warning', 'notice'] as const).filter((s) => count(s) > 0).map((s) => plural(count(s), s));
  const files = plural(input.analysed, 'file');
  const skipped = [...reasons].map(([reason, paths]) => `${plural(paths.length, 'file')} skipped (${reason})`);
  let summary: string;
  if (input.analysed === 0) summary = `No file analysed; ${skipped.join('; ')}`;
  else summary = `${counts.length ? counts.join(', ') : 'No findings'} in ${files}${skipped.length ? `; ${skipped.join('; ')}` : ''}`;
  if (out.length) out.push('');
  const style: Style = count('error') ? 'red' : count('warning') ? 'yellow' : 'green';
  out.push(paint('bold', paint(style, summary)));
  return `${out.join('\n')}\n`;
}
