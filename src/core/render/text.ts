import type { Evaluation } from '../evaluate';
import type { Finding, GateStatus } from '../types';
import { gateTitle, type RenderContext } from './markdown';
import { suppressedBy } from './suppressed';
import { nextSteps } from './next-steps';
import { renderPlanSkeleton } from './plan-skeleton';

const STATUS: Record<GateStatus, string> = { pass: 'pass', fail: 'FAIL', skipped: 'skip' };

export function renderFindingsText(findings: Finding[]): string {
  return findings
    .map((f) => {
      const suppressed = f.suppressed ? ` [${suppressedBy(f.suppressed, '')}: ${f.suppressed.reason}]` : '';
      return `${f.path}:${f.line}  ${f.severity.padEnd(7)} ${f.rule}  ${f.message}${suppressed}\n    ${f.docs}`;
    })
    .join('\n');
}

/** The terminal report: plain text, no escape codes (it may be piped or pasted). */
export function renderText(evaluation: Evaluation, ctx: RenderContext = {}): string {
  const { report } = evaluation;
  const out: string[] = [];
  out.push(`Rollback readiness: ${report.verdict.toUpperCase()}${report.verdict === 'not-applicable' ? '' : `  (risk: ${report.risk})`}`);
  if (evaluation.override) out.push(`Overridden by ${evaluation.override.by} at ${evaluation.override.at}: ${evaluation.override.reason}`);
  if (report.verdict === 'not-applicable') {
    out.push('No migration, deployment, dependency or configuration changes: nothing to check.');
    return out.join('\n') + '\n';
  }
  const steps = nextSteps(evaluation, ctx);
  if (steps.length) {
    out.push('', 'Next steps:');
    steps.forEach((s, i) => out.push(`  ${i + 1}. ${s}`));
  }
  if (report.changes.length) {
    out.push('', 'Changes:');
    for (const c of report.changes) out.push(`  ${c.kind.padEnd(10)} ${c.path}${c.framework ? ` (${c.framework})` : ''}`);
  }
  out.push('', 'Gates:');
  for (const g of report.gates) {
    out.push(`  ${STATUS[g.status]}  ${gateTitle(g.id).padEnd(22)} ${g.message}`);
    for (const w of g.warnings ?? []) out.push(`        ${''.padEnd(22)} warning: ${w}`);
  }
  if (report.findings.length) out.push('', `Findings (${report.findings.length}):`, renderFindingsText(report.findings).replace(/^(?=.)/gm, '  '));
  const skeleton = renderPlanSkeleton(evaluation, ctx);
  if (skeleton) out.push('', 'Add to the PR description:', skeleton.replace(/^(?=.)/gm, '  '));
  return out.join('\n') + '\n';
}
