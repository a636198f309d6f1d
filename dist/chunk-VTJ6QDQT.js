import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  suppressedBy
} from "./chunk-BEZLO7CC.js";
import {
  itemsToTick,
  renderPlanSkeleton
} from "./chunk-VRU5LLEH.js";
import {
  reversibleAdvice
} from "./chunk-ZFFODCYG.js";
import {
  PLAN_SECTIONS
} from "./chunk-HZLQ3MQE.js";
import {
  renderDrillMarkdown
} from "./chunk-7QYY34KQ.js";
import {
  getRule
} from "./chunk-AYEM27GC.js";

// src/core/render/next-steps.ts
var MAX_NEXT_STEPS = 5;
function ignorePrefix(path) {
  const name = path.slice(path.lastIndexOf("/") + 1).toLowerCase();
  if (name.endsWith(".sql")) return ["--", ""];
  if (name.endsWith(".xml")) return ["<!--", " -->"];
  if (/\.(?:js|cjs|mjs|ts|cts|mts|go|php|kt|java|scala|swift|cs)$/.test(name)) return ["//", ""];
  return ["#", ""];
}
var plural = (n, one, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
function findingsStep(standing, evaluation) {
  const first = standing[0];
  const rules = [...new Set(standing.map((f) => f.rule))];
  const where = standing.slice(0, 3).map((f) => `\`${f.rule}\` at ${f.path}:${f.line}`).join(", ");
  const more = standing.length > 3 ? `, and ${standing.length - 3} more` : "";
  const [open, close] = ignorePrefix(first.path);
  const who = evaluation.config.overrides.permission;
  return `Resolve ${plural(standing.length, "error finding")} (${where}${more}): fix the migration, or put \`${open} rollback-ready-ignore ${first.rule}: <why it is safe here>${close}\` on the line above the statement, or ask someone with ${who} access to comment \`/rollback ack ${rules[0]} <reason>\`.`;
}
function nextSteps(evaluation, ctx = {}) {
  const { report, description } = evaluation;
  if (report.verdict !== "fail") return [];
  const gate = (id) => report.gates.find((g) => g.id === id);
  const failing = (id) => gate(id)?.status === "fail";
  const steps = [];
  const planFilled = description.plan.filled;
  if (failing("findings") && gate("findings").message.startsWith("The pull request changes")) steps.push(gate("findings").message);
  if (failing("rollback-plan")) {
    steps.push(
      description.plan.found ? 'Fill in the "Rollback plan" section of the description: it holds only template text, placeholders or comments. The skeleton below is pre-filled with what rollback-ready knows.' : 'Add a "Rollback plan" section to the description: copy the skeleton below, pre-filled with what rollback-ready knows, and fill in each `<!-- \u2026 -->`.'
    );
  } else if (failing("plan-sections")) {
    const titles = evaluation.missingSections.map((id) => `"${sectionTitle(id)}"`).join(", ");
    steps.push(`Add to the rollback plan: ${titles} (in the skeleton below).`);
  }
  if (failing("revert-sha")) {
    const named = description.revertSha;
    if (!named.sha && !named.error) {
      steps.push(
        ctx.baseSha ? `Name the revert SHA in the description: \`Revert SHA: ${ctx.baseSha.slice(0, 12)}\` (the base branch head, if it is known good).` : "Name the revert SHA in the description: `Revert SHA: <last known good commit>`."
      );
    } else steps.push(gate("revert-sha").message);
  }
  if (failing("reversible")) {
    const advice = reversibleAdvice(evaluation.reversible, planFilled);
    steps.push(advice || gate("reversible").message);
  }
  if (failing("findings") && !gate("findings").message.startsWith("The pull request changes")) {
    const ownedByReversible = new Set(evaluation.reversible.uncovered.map(([path]) => path));
    const standing = report.findings.filter(
      (f) => f.severity === "error" && !f.suppressed && !(ownedByReversible.has(f.path) && getRule(f.rule)?.category === "reversibility")
    );
    if (standing.length) steps.push(findingsStep(standing, evaluation));
  }
  if (failing("checklist")) {
    const tick = itemsToTick(evaluation.checklist);
    if (tick.length) {
      const who = `${evaluation.config.attest.permission} access`;
      const list = tick.map((l) => `"${l.item.text}"${l.state === "not-allowed" ? ` (ticked by @${l.by}, who may not attest it)` : ""}`).join("; ");
      steps.push(
        `Tick ${plural(tick.length, "checklist item")} when ${tick.length > 1 ? "they are" : "it is"} true: ${list}. Tick them in the description (counts for the PR author, with ${who}) or in the rollback-ready comment (anyone with ${who}).`
      );
    } else steps.push(gate("checklist").message);
  }
  if (failing("drill")) steps.push(gate("drill").message);
  return steps.slice(0, MAX_NEXT_STEPS);
}
var sectionTitle = (id) => PLAN_SECTIONS.find((s) => s.id === id)?.title ?? id;

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
var escapeOutsideCode = (text) => text.split(/(`[^`\n]*`)/).map((part, i) => i % 2 === 1 ? part : part.replace(/</g, "&lt;").replace(/>/g, "&gt;")).join("");
function renderNextSteps(evaluation, ctx) {
  const steps = nextSteps(evaluation, ctx);
  if (steps.length === 0) return void 0;
  return `**Next steps**

${steps.map((s, i) => `${i + 1}. ${escapeOutsideCode(s).replace(/\r?\n/g, " ")}`).join("\n")}`;
}
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
      const suppressed = f.suppressed ? ` \u2014 ${suppressedBy(f.suppressed)}: ${escapeMd(f.suppressed.reason)}` : "";
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
    const note = l.state === "verified" ? " \u2014 _verified by rollback-ready_" : l.state === "ticked" ? ` \u2014 _attested by @${l.by}_` : l.state === "not-allowed" ? ` \u2014 _ticked by @${l.by}, who may not attest it_` : l.item.verify === "drill" ? " \u2014 _verified by a passing rollback drill, or tick it once tested in staging_" : l.item.verify ? " \u2014 _rollback-ready checks this itself_" : "";
    return `- [${done ? "x" : " "}] ${escapeMd(l.item.text)}${note} ${itemMarker(l.item.id)}`;
  }).join("\n");
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
  const steps = renderNextSteps(evaluation, options);
  if (steps) parts.push(steps);
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
  if (evaluation.drill) {
    const { run, summary, passed, markdown } = evaluation.drill;
    if (run && !summaryOnly) parts.push(renderDrillMarkdown(run, summary, passed));
    else if (markdown && !summaryOnly) parts.push(markdown);
    else parts.push(`### Rollback drill

${passed ? "\u2705" : "\u274C"} ${escapeMd(summary)}`);
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
  parts.push(`<sub>rollback-ready${options.headSha ? ` \xB7 head ${options.headSha.slice(0, 7)}` : ""} \xB7 comment \`/rollback help\` for commands</sub>`);
  return parts.join("\n\n");
}

export {
  nextSteps,
  COMMENT_MARKER,
  MARKDOWN_LIMIT,
  gateTitle,
  escapeOutsideCode,
  renderNextSteps,
  escapeMd,
  verdictHeadline,
  renderGateTable,
  renderFindings,
  itemMarker,
  renderChecklist,
  renderMarkdown
};
