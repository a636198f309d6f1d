import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  inherentlyForwardOnly,
  rollbackCommands
} from "./chunk-OQYEAIFO.js";
import {
  PLAN_SECTIONS
} from "./chunk-HZLQ3MQE.js";
import {
  getRule
} from "./chunk-AYEM27GC.js";

// src/core/render/plan-skeleton.ts
var title = (id) => PLAN_SECTIONS.find((s) => s.id === id)?.title ?? id;
var hint = (id) => PLAN_SECTIONS.find((s) => s.id === id)?.hint ?? "";
var comment = (text) => `<!-- ${text.replace(/--/g, "\u2014")} -->`;
var firstSentence = (text) => /^(.*?[.!?])(?:\s|$)/.exec(text)?.[1] ?? text;
var revertShaLine = (ctx) => `Revert SHA: \`${ctx.baseSha ? ctx.baseSha.slice(0, 12) : "<last known good commit>"}\``;
var access = (permission) => `${permission} access`;
function howToTick(config) {
  const who = access(config.attest.permission);
  return `Tick each box when it is true: here in the description (it counts for the PR author, with ${who}), or in the rollback-ready comment (anyone with ${who}).`;
}
function itemsToTick(lines) {
  return lines.filter((l) => l.required && (!l.item.verify || l.item.verify === "drill") && (l.state === "open" || l.state === "not-allowed"));
}
function sectionBody(id, evaluation, ctx) {
  switch (id) {
    case "steps": {
      const commands = rollbackCommands(evaluation.migrations);
      const sha = ctx.baseSha ? `\`${ctx.baseSha.slice(0, 12)}\`` : "the revert SHA";
      if (commands.length === 0) return [`1. Redeploy ${sha}.`, "", comment(hint(id))];
      const items = commands.map((c) => `   - ${c.note && c.command ? `${c.note}: ` : c.note ?? ""}${c.command ? `\`${c.command}\`` : ""}`);
      return [
        "1. Roll the migrations back, with this release still deployed:",
        ...items,
        `2. Redeploy ${sha}.`,
        "",
        comment("Check the commands above and add any other step this change needs.")
      ];
    }
    case "data": {
      const loses = evaluation.report.findings.filter((f) => ["destructive", "data"].includes(getRule(f.rule)?.category ?? ""));
      const seen = /* @__PURE__ */ new Set();
      const lines = [];
      for (const f of loses) {
        const text = `- \`${f.path}\` line ${f.line}: ${firstSentence(f.message)}`;
        if (seen.has(text)) continue;
        seen.add(text);
        lines.push(text);
      }
      const afterDeploy = (evaluation.drill?.run?.migrations ?? []).flatMap((m) => m.lostOnRollback.map((l) => `- \`${m.path}\`: ${l}`));
      if (lines.length === 0 && afterDeploy.length === 0) return [comment(hint(id))];
      return [
        ...lines.length ? ["Rolling back does not bring back:", ...lines] : [],
        ...afterDeploy.length ? [...lines.length ? [""] : [], "Written after the deploy and lost by a rollback (measured by the rollback drill):", ...afterDeploy] : [],
        "",
        comment("Say what happens to that data, and to data written after the deploy, when you roll back: preserved, lost, or needs cleanup.")
      ];
    }
    case "backup-restore": {
      const uncovered = evaluation.reversible.uncovered;
      const prisma = uncovered.some(([, m]) => m.framework === "prisma");
      const fixable = uncovered.filter(([, m]) => !inherentlyForwardOnly(m.down)).map(([path]) => path);
      const parts = [hint(id)];
      if (prisma) parts.push("Prisma has no down migrations: this backup, taken before `prisma migrate deploy`, is the way back.");
      if (fixable.length) {
        parts.push(`If ${fixable.join(", ")} ${fixable.length > 1 ? "get" : "gets"} no down migration, say so here: "This stage is forward-only".`);
      }
      return [comment(parts.join(" "))];
    }
    default:
      return [comment(hint(id))];
  }
}
function checklistBlock(lines, config) {
  if (lines.length === 0) return [];
  return ["### Readiness checklist", "", comment(howToTick(config)), ...lines.map((l) => `- [ ] ${l.item.text}`), ""];
}
function renderPlanSkeleton(evaluation, ctx) {
  const { report, description, missingSections } = evaluation;
  const failing = (id) => report.gates.some((g) => g.id === id && g.status === "fail");
  const needPlan = failing("rollback-plan");
  const needSha = failing("revert-sha");
  const sections = [...missingSections];
  if (failing("reversible") && evaluation.reversible.backup && !sections.includes("backup-restore")) sections.push("backup-restore");
  const order = new Map(PLAN_SECTIONS.map((s, i) => [s.id, i]));
  sections.sort((a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99));
  const tick = failing("checklist") ? itemsToTick(evaluation.checklist) : [];
  if (!needPlan && !needSha && sections.length === 0 && tick.length === 0) return void 0;
  const lines = [];
  if (needPlan || !description.plan.found) lines.push("## Rollback plan", "");
  if (needSha) lines.push(revertShaLine(ctx), "");
  for (const id of sections) lines.push(`### ${title(id)}`, "", ...sectionBody(id, evaluation, ctx), "");
  lines.push(...checklistBlock(tick, evaluation.config));
  return lines.join("\n").trimEnd();
}
function renderFullPlan(evaluation, config, ctx) {
  const risk = evaluation.report.risk;
  if (risk === "none") {
    return "<!-- rollback-ready: this change touches no migration, deployment, dependency or configuration file; no rollback plan is needed. -->";
  }
  const wanted = new Set(config.plan.sections[risk]);
  if (evaluation.reversible.uncovered.length > 0) wanted.add("backup-restore");
  const lines = ["## Rollback plan", "", comment(`risk: ${risk}. ${evaluation.riskReasons.slice(0, 3).join("; ")}`), "", revertShaLine(ctx), ""];
  for (const meta of PLAN_SECTIONS) {
    if (!wanted.has(meta.id)) continue;
    lines.push(`### ${meta.title}`, "", ...sectionBody(meta.id, evaluation, ctx), "");
  }
  const attest = config.checklist.filter((i) => (!i.verify || i.verify === "drill") && i.required.includes(risk));
  if (attest.length) lines.push("### Readiness checklist", "", comment(howToTick(config)), ...attest.map((i) => `- [ ] ${i.text}`));
  return lines.join("\n").trimEnd();
}

export {
  itemsToTick,
  renderPlanSkeleton,
  renderFullPlan
};
