import type { Config } from '../config';
import { PLAN_SECTIONS } from '../description/labels';
import type { Evaluation } from '../evaluate';

/**
 * A complete rollback-plan section for the PR description, sized to the change's risk: the
 * sections that risk requires, the suggested revert SHA, and the checklist items people attest.
 */
export function renderTemplate(evaluation: Evaluation, config: Config, ctx: { baseSha?: string }): string {
  const risk = evaluation.report.risk;
  if (risk === 'none') {
    return '<!-- rollback-ready: this change touches no migration, deployment, dependency or configuration file; no rollback plan is needed. -->';
  }
  const sections = config.plan.sections[risk];
  const lines = [
    '## Rollback plan',
    '',
    `<!-- risk: ${risk}. ${evaluation.riskReasons.slice(0, 3).join('; ')} -->`,
    '',
    `Revert SHA: \`${ctx.baseSha ? ctx.baseSha.slice(0, 12) : '<last known good commit>'}\``,
    '',
  ];
  const wanted = new Set(sections);
  if (evaluation.report.gates.some((g) => g.id === 'reversible' && g.status === 'fail')) wanted.add('backup-restore');
  for (const meta of PLAN_SECTIONS) {
    if (!wanted.has(meta.id)) continue;
    lines.push(`### ${meta.title}`, '', `<!-- ${meta.hint} -->`, '');
  }
  const attest = config.checklist.filter((i) => !i.verify && i.required.includes(risk));
  if (attest.length) {
    lines.push('### Readiness checklist', '');
    for (const item of attest) lines.push(`- [ ] ${item.text}`);
  }
  return lines.join('\n').trimEnd();
}
