import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  PLAN_SECTIONS
} from "./chunk-2TJDLD7M.js";

// src/core/render/markdown.ts
var COMMENT_MARKER = "<!-- rollback-ready:comment -->";
var MARKDOWN_LIMIT = 65e3;
var GATE_TITLES = {
  "rollback-plan": "Rollback plan",
  "plan-sections": "Plan sections",
  "revert-sha": "Revert SHA",
  reversible: "Reversible migrations",
  findings: "Findings",
  checklist: "Readiness checklist",
  drill: "Rollback drill"
};
var gateTitle = (id) => GATE_TITLES[id];
var STATUS_ICON = { pass: "\u2705", fail: "\u274C", skipped: "\u2796" };
var SEVERITY_ICON = { error: "\u{1F6D1}", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F" };
var VERDICT_LINE = {
  pass: "\u2705 **Rollback readiness: pass**",
  fail: "\u274C **Rollback readiness: fail**",
  "not-applicable": "\u2796 **Rollback readiness: not applicable**"
};
var escapeMd = (text) => text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r?\n/g, " ");
function verdictHeadline(evaluation) {
  const { report } = evaluation;
  const failing = report.gates.filter((g) => g.status === "fail").length;
  const parts = [VERDICT_LINE[report.verdict]];
  if (report.verdict !== "not-applicable") parts.push(`risk **${report.risk}**`);
  if (failing && report.verdict === "fail") parts.push(`${failing} gate${failing > 1 ? "s" : ""} failing`);
  if (evaluation.override) parts.push(`overridden by @${evaluation.override.by}`);
  return parts.join(" \xB7 ");
}
function renderGateTable(evaluation) {
  const rows = evaluation.report.gates.map((g) => {
    const extra = g.warnings?.length ? ` \u26A0\uFE0F ${g.warnings.map(escapeMd).join(" ")}` : "";
    return `| ${STATUS_ICON[g.status]} | ${GATE_TITLES[g.id]} | ${escapeMd(g.message)}${extra} |`;
  });
  return ["| | Gate | |", "|---|---|---|", ...rows].join("\n");
}
function lineLink(f, ctx) {
  if (ctx.repoUrl && ctx.headSha) return `[line ${f.line}](${ctx.repoUrl}/blob/${ctx.headSha}/${encodeURI(f.path)}#L${f.line})`;
  return `line ${f.line}`;
}
function renderFindings(findings, ctx) {
  const byPath = /* @__PURE__ */ new Map();
  for (const f of findings) byPath.set(f.path, [...byPath.get(f.path) ?? [], f]);
  const out = [];
  for (const [path, list] of byPath) {
    out.push(`**\`${path}\`**`, "");
    for (const f of list) {
      const suppressed = f.suppressed ? ` \u2014 ${f.suppressed.by === "ack" ? `acknowledged by @${f.suppressed.who}` : "ignored inline"}: ${escapeMd(f.suppressed.reason)}` : "";
      out.push(`- ${SEVERITY_ICON[f.severity]} [\`${f.rule}\`](${f.docs}) \xB7 ${lineLink(f, ctx)}: ${escapeMd(f.message)}${suppressed}`);
    }
    out.push("");
  }
  return out.join("\n").trimEnd();
}
var itemMarker = (id) => `<!-- rollback-ready:item:${id} -->`;
function renderChecklist(lines) {
  return lines.filter((l) => l.required || l.state === "ticked").map((l) => {
    const done = l.state === "verified" || l.state === "ticked";
    const note = l.state === "verified" ? " \u2014 _verified by rollback-ready_" : l.state === "ticked" ? ` \u2014 _attested by @${l.by}_` : l.state === "not-allowed" ? ` \u2014 _ticked by @${l.by}, who may not attest it_` : l.item.verify ? " \u2014 _rollback-ready checks this itself_" : "";
    return `- [${done ? "x" : " "}] ${escapeMd(l.item.text)}${note} ${itemMarker(l.item.id)}`;
  }).join("\n");
}
function renderPlanSkeleton(evaluation, ctx) {
  const { report, description, missingSections } = evaluation;
  const planGate = report.gates.find((g) => g.id === "rollback-plan");
  const shaGate = report.gates.find((g) => g.id === "revert-sha");
  const needPlan = planGate?.status === "fail";
  const needSha = shaGate?.status === "fail";
  const sections = [...missingSections];
  const reversible = report.gates.find((g) => g.id === "reversible");
  if (reversible?.status === "fail" && !sections.includes("backup-restore")) sections.push("backup-restore");
  if (!needPlan && !needSha && sections.length === 0) return void 0;
  const lines = [];
  if (needPlan || !description.plan.found) lines.push("## Rollback plan", "");
  if (needSha) lines.push(`Revert SHA: \`${ctx.baseSha ? ctx.baseSha.slice(0, 12) : "<last known good commit>"}\``, "");
  for (const id of sections) {
    const meta = PLAN_SECTIONS.find((s) => s.id === id);
    lines.push(`### ${meta?.title ?? id}`, "", `<!-- ${meta?.hint ?? ""} -->`, "");
  }
  return lines.join("\n").trimEnd();
}
function renderMarkdown(evaluation, options = {}) {
  const limit = options.limit ?? MARKDOWN_LIMIT;
  const full = composeMarkdown(evaluation, options, false);
  if (full.length <= limit) return full;
  const summary = composeMarkdown(evaluation, options, true);
  if (summary.length <= limit) return summary;
  const cut = "\n\n_\u2026 cut to fit GitHub's size limit._";
  return summary.slice(0, limit - cut.length) + cut;
}
function composeMarkdown(evaluation, options, summaryOnly) {
  const { report } = evaluation;
  const parts = [];
  if (options.marker) parts.push(COMMENT_MARKER);
  parts.push(verdictHeadline(evaluation));
  if (report.verdict === "not-applicable") {
    parts.push("This pull request no longer changes migrations, deployment, dependency or configuration files, so no rollback plan is needed.");
    return parts.join("\n\n");
  }
  if (evaluation.override) {
    parts.push(`> **Override** by @${evaluation.override.by} at ${evaluation.override.at}: ${escapeMd(evaluation.override.reason)}`);
  }
  if (evaluation.riskReasons.length) {
    const shown = evaluation.riskReasons.slice(0, 5).map((r) => `- ${escapeMd(r)}`);
    if (evaluation.riskReasons.length > 5) shown.push(`- \u2026 and ${evaluation.riskReasons.length - 5} more`);
    parts.push(`<details><summary>Why risk is ${report.risk}</summary>

${shown.join("\n")}

</details>`);
  }
  parts.push(renderGateTable(evaluation));
  if (report.findings.length) {
    if (summaryOnly) {
      const counts = /* @__PURE__ */ new Map();
      for (const f of report.findings) counts.set(f.rule, (counts.get(f.rule) ?? 0) + 1);
      const rows = [...counts].map(([rule, n]) => `- \`${rule}\`: ${n}`);
      parts.push(
        `### Findings (${report.findings.length})

Too many to list here (GitHub limits a comment to 65,536 characters). By rule:

${rows.join("\n")}

Run \`rollback-ready check\` locally or see the check run's annotations for every line.`
      );
    } else {
      parts.push(`### Findings (${report.findings.length})

${renderFindings(report.findings, options)}`);
    }
  }
  const checklist = renderChecklist(evaluation.checklist);
  if (checklist) parts.push(`### Readiness checklist

${checklist}`);
  const skeleton = renderPlanSkeleton(evaluation, options);
  if (skeleton) {
    parts.push(
      `<details><summary>\u{1F4DD} Rollback plan skeleton for what is missing: copy it into the description</summary>

\`\`\`markdown
${skeleton}
\`\`\`

</details>`
    );
  }
  parts.push(
    `<sub>rollback-ready${options.headSha ? ` \xB7 head ${options.headSha.slice(0, 7)}` : ""} \xB7 comment \`/rollback help\` for commands</sub>`
  );
  return parts.join("\n\n");
}

export {
  COMMENT_MARKER,
  MARKDOWN_LIMIT,
  gateTitle,
  escapeMd,
  verdictHeadline,
  renderGateTable,
  renderFindings,
  itemMarker,
  renderChecklist,
  renderPlanSkeleton,
  renderMarkdown
};
