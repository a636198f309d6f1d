import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  renderGateTable,
  renderMarkdown,
  suppressedBy,
  verdictHeadline
} from "./chunk-QANS6EEU.js";

// src/github/writes.ts
var statusOf = (e) => e && typeof e === "object" && "status" in e && Number.isFinite(Number(e.status)) ? Number(e.status) : void 0;
var messageOf = (e) => e instanceof Error ? e.message : String(e);
function isRateLimited(e) {
  const status = statusOf(e);
  return (status === 403 || status === 429) && /rate limit/i.test(messageOf(e));
}
function isTransient(e) {
  const status = statusOf(e);
  if (status === void 0 || status === 0) {
    return !(e instanceof TypeError && !/fetch failed|network|socket|ECONN|EPIPE|terminated/i.test(messageOf(e))) && !(e instanceof RangeError);
  }
  return status >= 500 || isRateLimited(e);
}
function answerMayBeLost(e) {
  return isTransient(e) && !isRateLimited(e);
}
var WriteGaveUp = class extends Error {
  constructor(request, status, attempts, cause) {
    super(`${request} failed ${attempts} time${attempts === 1 ? "" : "s"}${status ? ` (last answer ${status})` : ""}: ${messageOf(cause)}`);
    this.request = request;
    this.status = status;
    this.attempts = attempts;
    this.cause = cause;
  }
  request;
  status;
  attempts;
  cause;
  name = "WriteGaveUp";
};
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
function retryAfterMs(e, attempt, baseMs) {
  const headers = e?.response?.headers;
  const after = Number(headers?.["retry-after"]);
  if (isRateLimited(e) && Number.isFinite(after) && after > 0) return Math.min(after * baseMs, 6e4);
  return baseMs * attempt * attempt;
}
async function write(request, policy, attempt, reconcile) {
  const attempts = Math.max(1, policy.attempts ?? 6);
  const baseMs = policy.baseMs ?? 1e3;
  let last;
  let uncertain = false;
  for (let i = 1; i <= attempts; i++) {
    try {
      if (uncertain && reconcile) {
        const found = await reconcile();
        if (found !== void 0) return found;
        uncertain = false;
      }
      return await attempt();
    } catch (e) {
      if (!isTransient(e)) throw e;
      last = e;
      if (reconcile && answerMayBeLost(e)) uncertain = true;
      if (i < attempts) await sleep(retryAfterMs(e, i, baseMs));
    }
  }
  throw new WriteGaveUp(request, statusOf(last), attempts, last);
}

// src/runner/check-run.ts
var CHECK_NAME = "Rollback readiness";
var CHECK_OUTPUT_LIMIT = 65535;
var NOT_APPLICABLE = "No rollback-relevant changes";
var LEVEL = { error: "failure", warning: "warning", notice: "notice" };
function toAnnotation(f) {
  const line = Math.max(1, f.line || 1);
  const suffix = f.suppressed ? ` (${suppressedBy(f.suppressed)}: ${f.suppressed.reason})` : "";
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
  statusOf,
  isTransient,
  WriteGaveUp,
  write,
  CHECK_NAME,
  checkRunFromEvaluation,
  checkRunFromConfigError,
  commentForConfigError
};
