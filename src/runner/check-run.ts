// What the `Rollback readiness` check run says: pure functions from an evaluation (or a config
// problem) to the request the port sends.
import type { ConfigError } from '../core/config';
import type { Evaluation } from '../core/evaluate';
import { renderGateTable, renderMarkdown, suppressedBy, verdictHeadline } from '../core/render/markdown';
import type { Finding, Severity } from '../core/types';
import type { AnnotationLevel, CheckAnnotation, CheckRunRequest } from '../github/port';

export const CHECK_NAME = 'Rollback readiness';
/** GitHub's limit for `output.summary` and `output.text`. */
export const CHECK_OUTPUT_LIMIT = 65_535;
const NOT_APPLICABLE = 'No rollback-relevant changes';

const LEVEL: Record<Severity, AnnotationLevel> = { error: 'failure', warning: 'warning', notice: 'notice' };

export function toAnnotation(f: Finding): CheckAnnotation {
  const line = Math.max(1, f.line || 1);
  const suffix = f.suppressed ? ` (${suppressedBy(f.suppressed)}: ${f.suppressed.reason})` : '';
  return {
    path: f.path,
    start_line: line,
    end_line: line,
    annotation_level: LEVEL[f.severity],
    title: f.rule,
    message: `${f.message}${suffix}\n${f.docs}`,
  };
}

/** Cut text to GitHub's limit, saying so, rather than having the whole update rejected. */
export function fitOutput(text: string, limit = CHECK_OUTPUT_LIMIT): string {
  if (text.length <= limit) return text;
  const note = "\n\n_… cut to fit GitHub's 65,535-character limit._";
  return text.slice(0, limit - note.length) + note;
}

export interface CheckContext {
  headSha: string;
  repoUrl?: string;
  baseSha?: string;
  detailsUrl?: string;
  name?: string;
}

export function checkRunFromEvaluation(evaluation: Evaluation, ctx: CheckContext): CheckRunRequest {
  const { report } = evaluation;
  const name = ctx.name ?? CHECK_NAME;
  const base = { name, headSha: ctx.headSha, ...(ctx.detailsUrl ? { detailsUrl: ctx.detailsUrl } : {}) };
  if (report.verdict === 'not-applicable') {
    return {
      ...base,
      conclusion: 'success',
      title: NOT_APPLICABLE,
      summary: `${NOT_APPLICABLE}: this pull request changes no migration, deployment, dependency or configuration file, so no rollback plan is needed.`,
      annotations: [],
    };
  }
  const failing = report.gates.filter((g) => g.status === 'fail').length;
  const title =
    report.verdict === 'fail'
      ? `Not ready to roll back: ${failing} gate${failing === 1 ? '' : 's'} failing (risk ${report.risk})`
      : evaluation.override
        ? `Overridden by @${evaluation.override.by} (risk ${report.risk})`
        : `Ready to roll back (risk ${report.risk})`;
  const summary = fitOutput(`${verdictHeadline(evaluation)}\n\n${renderGateTable(evaluation)}`);
  const text = renderMarkdown(evaluation, { repoUrl: ctx.repoUrl, headSha: ctx.headSha, baseSha: ctx.baseSha, limit: CHECK_OUTPUT_LIMIT - 100 });
  return {
    ...base,
    // A failed gate is `failure`: GitHub counts neutral and skipped as passing.
    conclusion: report.verdict === 'fail' ? 'failure' : 'success',
    title,
    summary,
    text: fitOutput(text),
    annotations: report.findings.map(toAnnotation),
  };
}

export function checkRunFromConfigError(error: ConfigError, ctx: CheckContext): CheckRunRequest {
  const where = `\`${error.file}\`${error.line ? ` line ${error.line}` : ''}`;
  return {
    name: ctx.name ?? CHECK_NAME,
    headSha: ctx.headSha,
    ...(ctx.detailsUrl ? { detailsUrl: ctx.detailsUrl } : {}),
    conclusion: 'failure',
    title: 'Invalid rollback-ready config',
    summary: fitOutput(`❌ The rollback-ready config on the base branch is invalid, so nothing was checked.\n\n${where}: ${error.problem}`),
    text: fitOutput(
      `The config is always read from the base branch (a pull request cannot change its own gate).\n\n- file: \`${error.file}\`\n- line: ${error.line ?? 'unknown'}\n- problem: ${error.problem}\n\nFix the file on the base branch, then re-run this check.`,
    ),
    annotations: [],
  };
}

/** The sticky comment's text for a config problem. */
export function commentForConfigError(error: ConfigError): string {
  const where = `\`${error.file}\`${error.line ? ` line ${error.line}` : ''}`;
  return `❌ **Rollback readiness: invalid config**\n\nThe rollback-ready config on the base branch is invalid, so this pull request was not checked.\n\n${where}: ${error.problem}\n\nFix the file on the base branch; the check re-runs on the next push or when re-requested.`;
}
