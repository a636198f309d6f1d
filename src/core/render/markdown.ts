import type { Evaluation } from '../evaluate';
import { renderDrillMarkdown } from './drill';
import type { ChecklistLine } from '../gates';
import { nextSteps } from './next-steps';
import { renderPlanSkeleton } from './plan-skeleton';
import { suppressedBy } from './suppressed';
import type { Finding, GateId, GateStatus, Severity, Verdict } from '../types';

/** Hidden marker that identifies the bot's sticky comment. */
export const COMMENT_MARKER = '<!-- rollback-ready:comment -->';
/** GitHub's limit is 65,536 characters; keep a margin for the marker and edits. */
export const MARKDOWN_LIMIT = 65_000;

export interface RenderContext {
  /** `https://github.com/owner/repo`: findings link to exact lines when set. */
  repoUrl?: string;
  headSha?: string;
  /** Suggested revert SHA for the skeleton (the base branch head). */
  baseSha?: string;
}

const GATE_TITLES: Record<GateId, string> = {
  'rollback-plan': 'Rollback plan',
  'plan-sections': 'Plan sections',
  'revert-sha': 'Revert SHA',
  reversible: 'Reversible migrations',
  findings: 'Findings',
  checklist: 'Readiness checklist',
  drill: 'Rollback drill',
};
export const gateTitle = (id: GateId) => GATE_TITLES[id];

const STATUS_ICON: Record<GateStatus, string> = { pass: '✅', fail: '❌', skipped: '➖' };
const SEVERITY_ICON: Record<Severity, string> = { error: '🛑', warning: '⚠️', notice: 'ℹ️' };
const VERDICT_LINE: Record<Verdict, string> = {
  pass: '✅ **Rollback readiness: pass**',
  fail: '❌ **Rollback readiness: fail**',
  'not-applicable': '➖ **Rollback readiness: not applicable**',
};

export { suppressedBy };

/** Escape `<`, `>` outside code spans (a list item keeps its `code`, and `<reason>` stays visible). */
export const escapeOutsideCode = (text: string) =>
  text
    .split(/(`[^`\n]*`)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('');

/** The "Next steps" list: what the author does now, most important first. */
export function renderNextSteps(evaluation: Evaluation, ctx: RenderContext): string | undefined {
  const steps = nextSteps(evaluation, ctx);
  if (steps.length === 0) return undefined;
  return `**Next steps**\n\n${steps.map((s, i) => `${i + 1}. ${escapeOutsideCode(s).replace(/\r?\n/g, ' ')}`).join('\n')}`;
}

/** Escape text for a Markdown table cell or inline position. */
export const escapeMd = (text: string) => text.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r?\n/g, ' ');

export function verdictHeadline(evaluation: Evaluation): string {
  const { report } = evaluation;
  const failing = report.gates.filter((g) => g.status === 'fail').length;
  const parts = [VERDICT_LINE[report.verdict]];
  if (report.verdict !== 'not-applicable') parts.push(`risk **${report.risk}**`);
  if (failing && report.verdict === 'fail') parts.push(`${failing} gate${failing > 1 ? 's' : ''} failing`);
  if (evaluation.override) parts.push(`overridden by @${evaluation.override.by}`);
  return parts.join(' · ');
}

export function renderGateTable(evaluation: Evaluation): string {
  const rows = evaluation.report.gates.map((g) => {
    const extra = g.warnings?.length ? ` ⚠️ ${g.warnings.map(escapeMd).join(' ')}` : '';
    return `| ${STATUS_ICON[g.status]} | ${GATE_TITLES[g.id]} | ${escapeMd(g.message)}${extra} |`;
  });
  return ['| | Gate | |', '|---|---|---|', ...rows].join('\n');
}

function lineLink(f: Finding, ctx: RenderContext): string {
  if (ctx.repoUrl && ctx.headSha) return `[line ${f.line}](${ctx.repoUrl}/blob/${ctx.headSha}/${encodeURI(f.path)}#L${f.line})`;
  return `line ${f.line}`;
}

export function renderFindings(findings: Finding[], ctx: RenderContext): string {
  const byPath = new Map<string, Finding[]>();
  for (const f of findings) byPath.set(f.path, [...(byPath.get(f.path) ?? []), f]);
  const out: string[] = [];
  for (const [path, list] of byPath) {
    out.push(`**\`${path}\`**`, '');
    for (const f of list) {
      const suppressed = f.suppressed ? ` — ${suppressedBy(f.suppressed)}: ${escapeMd(f.suppressed.reason)}` : '';
      out.push(`- ${SEVERITY_ICON[f.severity]} [\`${f.rule}\`](${f.docs}) · ${lineLink(f, ctx)}: ${escapeMd(f.message)}${suppressed}`);
    }
    out.push('');
  }
  return out.join('\n').trimEnd();
}

/** Marker carried by each checklist line so ticks in the comment can be read back. */
export const itemMarker = (id: string) => `<!-- rollback-ready:item:${id} -->`;

export function renderChecklist(lines: ChecklistLine[]): string {
  return lines
    .filter((l) => l.required || l.state === 'ticked')
    .map((l) => {
      const done = l.state === 'verified' || l.state === 'ticked';
      const note =
        l.state === 'verified'
          ? ' — _verified by rollback-ready_'
          : l.state === 'ticked'
            ? ` — _attested by @${l.by}_`
            : l.state === 'not-allowed'
              ? ` — _ticked by @${l.by}, who may not attest it_`
              : l.item.verify === 'drill'
                ? ' — _verified by a passing rollback drill, or tick it once tested in staging_'
                : l.item.verify
                  ? ' — _rollback-ready checks this itself_'
                  : '';
      return `- [${done ? 'x' : ' '}] ${escapeMd(l.item.text)}${note} ${itemMarker(l.item.id)}`;
    })
    .join('\n');
}

export { renderPlanSkeleton } from './plan-skeleton';

export interface MarkdownOptions extends RenderContext {
  /** Include the hidden marker (the sticky comment). */
  marker?: boolean;
  limit?: number;
}

/** The PR comment (and job summary): verdict, gates, findings, checklist, plan skeleton. */
export function renderMarkdown(evaluation: Evaluation, options: MarkdownOptions = {}): string {
  const limit = options.limit ?? MARKDOWN_LIMIT;
  const full = composeMarkdown(evaluation, options, false);
  if (full.length <= limit) return full;
  const summary = composeMarkdown(evaluation, options, true);
  if (summary.length <= limit) return summary;
  const cut = "\n\n_… cut to fit GitHub's size limit._";
  return summary.slice(0, limit - cut.length) + cut;
}

function composeMarkdown(evaluation: Evaluation, options: MarkdownOptions, summaryOnly: boolean): string {
  const { report } = evaluation;
  const parts: string[] = [];
  if (options.marker) parts.push(COMMENT_MARKER);
  parts.push(verdictHeadline(evaluation));
  if (report.verdict === 'not-applicable') {
    parts.push('This pull request no longer changes migrations, deployment, dependency or configuration files, so no rollback plan is needed.');
    return parts.join('\n\n');
  }
  if (evaluation.override) {
    parts.push(`> **Override** by @${evaluation.override.by} at ${evaluation.override.at}: ${escapeMd(evaluation.override.reason)}`);
  }
  const steps = renderNextSteps(evaluation, options);
  if (steps) parts.push(steps);
  if (evaluation.riskReasons.length) {
    const shown = evaluation.riskReasons.slice(0, 5).map((r) => `- ${escapeMd(r)}`);
    if (evaluation.riskReasons.length > 5) shown.push(`- … and ${evaluation.riskReasons.length - 5} more`);
    parts.push(`<details><summary>Why risk is ${report.risk}</summary>\n\n${shown.join('\n')}\n\n</details>`);
  }
  parts.push(renderGateTable(evaluation));
  if (report.findings.length) {
    if (summaryOnly) {
      const counts = new Map<string, number>();
      for (const f of report.findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
      const rows = [...counts].map(([rule, n]) => `- \`${rule}\`: ${n}`);
      parts.push(
        `### Findings (${report.findings.length})\n\nToo many to list here (GitHub limits a comment to 65,536 characters). By rule:\n\n${rows.join('\n')}\n\nRun \`rollback-ready check\` locally or see the check run's annotations for every line.`,
      );
    } else {
      parts.push(`### Findings (${report.findings.length})\n\n${renderFindings(report.findings, options)}`);
    }
  }
  if (evaluation.drill) {
    const { run, summary, passed, markdown } = evaluation.drill;
    if (run && !summaryOnly) parts.push(renderDrillMarkdown(run, summary, passed));
    else if (markdown && !summaryOnly) parts.push(markdown);
    else parts.push(`### Rollback drill\n\n${passed ? '✅' : '❌'} ${escapeMd(summary)}`);
  }
  const checklist = renderChecklist(evaluation.checklist);
  if (checklist) parts.push(`### Readiness checklist\n\n${checklist}`);
  const skeleton = renderPlanSkeleton(evaluation, options);
  if (skeleton) {
    parts.push(
      `<details><summary>📝 Rollback plan skeleton for what is missing: copy it into the description</summary>\n\n\`\`\`markdown\n${skeleton}\n\`\`\`\n\n</details>`,
    );
  }
  parts.push(`<sub>rollback-ready${options.headSha ? ` · head ${options.headSha.slice(0, 7)}` : ''} · comment \`/rollback help\` for commands</sub>`);
  return parts.join('\n\n');
}
