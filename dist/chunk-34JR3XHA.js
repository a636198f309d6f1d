import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  gateTitle,
  nextSteps
} from "./chunk-VTJ6QDQT.js";
import {
  suppressedBy
} from "./chunk-BEZLO7CC.js";
import {
  renderPlanSkeleton
} from "./chunk-VRU5LLEH.js";
import "./chunk-ZFFODCYG.js";
import "./chunk-OQYEAIFO.js";
import "./chunk-HZLQ3MQE.js";
import "./chunk-7QYY34KQ.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";

// src/core/render/text.ts
var STATUS = { pass: "pass", fail: "FAIL", skipped: "skip" };
function renderFindingsText(findings) {
  return findings.map((f) => {
    const suppressed = f.suppressed ? ` [${suppressedBy(f.suppressed, "")}: ${f.suppressed.reason}]` : "";
    return `${f.path}:${f.line}  ${f.severity.padEnd(7)} ${f.rule}  ${f.message}${suppressed}
    ${f.docs}`;
  }).join("\n");
}
function renderText(evaluation, ctx = {}) {
  const { report } = evaluation;
  const out = [];
  out.push(`Rollback readiness: ${report.verdict.toUpperCase()}${report.verdict === "not-applicable" ? "" : `  (risk: ${report.risk})`}`);
  if (evaluation.override) out.push(`Overridden by ${evaluation.override.by} at ${evaluation.override.at}: ${evaluation.override.reason}`);
  if (report.verdict === "not-applicable") {
    out.push("No migration, deployment, dependency or configuration changes: nothing to check.");
    return out.join("\n") + "\n";
  }
  const steps = nextSteps(evaluation, ctx);
  if (steps.length) {
    out.push("", "Next steps:");
    steps.forEach((s, i) => out.push(`  ${i + 1}. ${s}`));
  }
  if (report.changes.length) {
    out.push("", "Changes:");
    for (const c of report.changes) out.push(`  ${c.kind.padEnd(10)} ${c.path}${c.framework ? ` (${c.framework})` : ""}`);
  }
  out.push("", "Gates:");
  for (const g of report.gates) {
    out.push(`  ${STATUS[g.status]}  ${gateTitle(g.id).padEnd(22)} ${g.message}`);
    for (const w of g.warnings ?? []) out.push(`        ${"".padEnd(22)} warning: ${w}`);
  }
  if (report.findings.length) out.push("", `Findings (${report.findings.length}):`, renderFindingsText(report.findings).replace(/^(?=.)/gm, "  "));
  const skeleton = renderPlanSkeleton(evaluation, ctx);
  if (skeleton) out.push("", "Add to the PR description:", skeleton.replace(/^(?=.)/gm, "  "));
  return out.join("\n") + "\n";
}
export {
  renderFindingsText,
  renderText
};
