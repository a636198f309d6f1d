import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  renderGateTable,
  renderMarkdown,
  verdictHeadline
} from "./chunk-247IU7YJ.js";

// src/runner/check-run.ts
var CHECK_NAME = "Rollback readiness";
var CHECK_OUTPUT_LIMIT = 65535;
var NOT_APPLICABLE = "No rollback-relevant changes";
var LEVEL = { error: "failure", warning: "warning", notice: "notice" };
function toAnnotation(f) {
  const line = Math.max(1, f.line || 1);
  const suffix = f.suppressed ? ` (${f.suppressed.by === "ack" ? `acknowledged by @${f.suppressed.who}` : "ignored inline"}: ${f.suppressed.reason})` : "";
  return {
    path: f.path,
    start_line: line,
    end_line: line,
    annotation_level: LEVEL[f.severity],
    title: f.rule,
    message: `${f.message}${suffix}
${f.docs}`
  };
}
function fitOutput(text, limit = CHECK_OUTPUT_LIMIT) {
  if (text.length <= limit) return text;
  const note = "\n\n_\u2026 cut to fit GitHub's 65,535-character limit._";
  return text.slice(0, limit - note.length) + note;
}
function checkRunFromEvaluation(evaluation, ctx) {
  const { report } = evaluation;
  const name = ctx.name ?? CHECK_NAME;
  const base = { name, headSha: ctx.headSha, ...ctx.detailsUrl ? { detailsUrl: ctx.detailsUrl } : {} };
  if (report.verdict === "not-applicable") {
    return {
      ...base,
      conclusion: "success",
      title: NOT_APPLICABLE,
      summary: `${NOT_APPLICABLE}: this pull request changes no migration, deployment, dependency or configuration file, so no rollback plan is needed.`,
      annotations: []
    };
  }
  const failing = report.gates.filter((g) => g.status === "fail").length;
  const title = report.verdict === "fail" ? `Not ready to roll back: ${failing} gate${failing === 1 ? "" : "s"} failing (risk ${report.risk})` : evaluation.override ? `Overridden by @${evaluation.override.by} (risk ${report.risk})` : `Ready to roll back (risk ${report.risk})`;
  const summary = fitOutput(`${verdictHeadline(evaluation)}

${renderGateTable(evaluation)}`);
  const text = renderMarkdown(evaluation, { repoUrl: ctx.repoUrl, headSha: ctx.headSha, baseSha: ctx.baseSha, limit: CHECK_OUTPUT_LIMIT - 100 });
  return {
    ...base,
    // A failed gate is `failure`: GitHub counts neutral and skipped as passing.
    conclusion: report.verdict === "fail" ? "failure" : "success",
    title,
    summary,
    text: fitOutput(text),
    annotations: report.findings.map(toAnnotation)
  };
}
function checkRunFromConfigError(error, ctx) {
  const where = `\`${error.file}\`${error.line ? ` line ${error.line}` : ""}`;
  return {
    name: ctx.name ?? CHECK_NAME,
    headSha: ctx.headSha,
    ...ctx.detailsUrl ? { detailsUrl: ctx.detailsUrl } : {},
    conclusion: "failure",
    title: "Invalid rollback-ready config",
    summary: fitOutput(`\u274C The rollback-ready config on the base branch is invalid, so nothing was checked.

${where}: ${error.problem}`),
    text: fitOutput(
      `The config is always read from the base branch (a pull request cannot change its own gate).

- file: \`${error.file}\`
- line: ${error.line ?? "unknown"}
- problem: ${error.problem}

Fix the file on the base branch, then re-run this check.`
    ),
    annotations: []
  };
}
function commentForConfigError(error) {
  const where = `\`${error.file}\`${error.line ? ` line ${error.line}` : ""}`;
  return `\u274C **Rollback readiness: invalid config**

The rollback-ready config on the base branch is invalid, so this pull request was not checked.

${where}: ${error.problem}

Fix the file on the base branch; the check re-runs on the next push or when re-requested.`;
}

export {
  CHECK_NAME,
  checkRunFromEvaluation,
  checkRunFromConfigError,
  commentForConfigError
};
