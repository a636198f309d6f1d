import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  describeDown,
  downFix,
  frameworkLabel,
  inherentlyForwardOnly
} from "./chunk-OQYEAIFO.js";
import {
  PLAN_SECTIONS
} from "./chunk-HZLQ3MQE.js";
import {
  getRule
} from "./chunk-AYEM27GC.js";

// src/core/gates.ts
var sectionTitle = (id) => PLAN_SECTIONS.find((s) => s.id === id)?.title ?? id;
var SECTION_ORDER = new Map(PLAN_SECTIONS.map((s, i) => [s.id, i]));
var inPlanOrder = (ids) => [...new Set(ids)].sort((a, b) => (SECTION_ORDER.get(a) ?? 99) - (SECTION_ORDER.get(b) ?? 99));
var ANSWERED_BY_PLAN = "it covers this forward-only stage with a backup and restore";
var GATE_EVALUATORS = [
  ["rollback-plan", rollbackPlanGate],
  ["plan-sections", planSectionsGate],
  ["revert-sha", (facts) => facts.revert],
  ["reversible", reversibleGate],
  ["findings", findingsGate]
];
function evaluateGates(ctx) {
  const facts = gateFacts(ctx);
  const gates = GATE_EVALUATORS.map(([id, evaluate]) => gated(facts, id, () => evaluate(facts)));
  const checklist = checklistLines(facts, gates);
  gates.push(gated(facts, "checklist", () => checklistGate(facts, checklist, gates)));
  gates.push({ id: "drill", ...drillGate(ctx) });
  return { gates, missingSections: facts.missingSections, checklist, findings: facts.findings, reversible: facts.cover.reversible };
}
function gated(facts, id, evaluate) {
  if (facts.ctx.risk === "none") return { id, status: "skipped", message: "No rollback-relevant changes." };
  if (!facts.enabled(id)) return { id, status: "skipped", message: "Disabled in the config." };
  return { id, ...evaluate() };
}
function gateFacts(ctx) {
  const { config, risk } = ctx;
  const enabled = (id) => config.gates[id];
  const plan = ctx.description.plan;
  const required = risk === "none" ? [] : inPlanOrder(config.plan.sections[risk]);
  const missingSections = required.filter((id) => !plan.sections[id]?.filled);
  const cover = coverOf(ctx, enabled("reversible"));
  const findings = ctx.findings.map(
    (f) => !f.suppressed && cover.covered.has(f.path) && getRule(f.rule)?.category === "reversibility" && enabled("reversible") ? { ...f, severity: "notice", suppressed: { by: "plan", reason: ANSWERED_BY_PLAN } } : f
  );
  const judgedByReversible = new Set(enabled("reversible") ? cover.needsCover.map(([path]) => path) : []);
  const reportedByReversible = (f) => judgedByReversible.has(f.path) && getRule(f.rule)?.category === "reversibility";
  const errors = findings.filter((f) => f.severity === "error" && !f.suppressed && getRule(f.rule)?.category !== "drill");
  const standing = errors.filter((f) => !reportedByReversible(f));
  const revert = computeRevertGate(ctx);
  return { ctx, plan, enabled, required, missingSections, revert, cover, findings, standing, leftToReversible: errors.length - standing.length };
}
function coverOf(ctx, reversibleEnabled) {
  const plan = ctx.description.plan;
  const needsCover = [...ctx.migrations.entries()].filter(([, m]) => m.role === "up" && m.down !== "present");
  const backupNamed = plan.filled && Boolean(plan.sections["backup-restore"]?.filled);
  const covers = (m) => backupNamed && (inherentlyForwardOnly(m.down) || plan.forwardOnly);
  const uncovered = needsCover.filter(([, m]) => !covers(m));
  const covered = new Set(needsCover.filter(([, m]) => covers(m)).map(([path]) => path));
  const reversible = {
    uncovered: ctx.risk !== "none" && reversibleEnabled ? uncovered : [],
    backup: uncovered.length > 0 && !backupNamed,
    declaration: uncovered.some(([, m]) => !inherentlyForwardOnly(m.down)) && !plan.forwardOnly
  };
  const postDeploy = [...ctx.migrations.entries()].filter(([, m]) => m.postDeploy).map(([path]) => path);
  return { needsCover, uncovered, covered, reversible, postDeploy };
}
function rollbackPlanGate({ plan }) {
  if (!plan.found) return { status: "fail", message: 'The description has no "Rollback plan" section.' };
  if (!plan.filled) return { status: "fail", message: 'The "Rollback plan" section is an unfilled template: write the actual plan.' };
  return { status: "pass", message: "The description has a rollback plan." };
}
function planSectionsGate({ ctx: { risk }, required, missingSections }) {
  if (required.length === 0) return { status: "pass", message: `No sections required at ${risk} risk.` };
  if (missingSections.length === 0) return { status: "pass", message: `All ${required.length} sections required at ${risk} risk are filled in.` };
  return { status: "fail", message: `At ${risk} risk the plan needs: ${missingSections.map(sectionTitle).join(", ")}.` };
}
function reversibleGate({ ctx, plan, cover }) {
  const { needsCover, uncovered, postDeploy } = cover;
  const postDeployWarning = postDeploy.length ? {
    warnings: [
      `Post-deployment migration${postDeploy.length > 1 ? "s" : ""} (${postDeploy.join(", ")}) run after the deploy: redeploying the revert SHA does not undo ${postDeploy.length > 1 ? "them" : "it"}, so the plan must say how to roll back past this point.`
    ]
  } : {};
  const verdict = () => {
    if (ctx.migrations.size === 0) return { status: "pass", message: "No migrations in this change." };
    if (needsCover.length === 0) return { status: "pass", message: "Every migration has a working down path." };
    if (uncovered.length === 0) {
      const list = needsCover.map(([path, m]) => `${path} (${describeDown(m)})`).join("; ");
      return { status: "pass", message: `Forward-only, covered by the plan's backup and restore: ${list}.` };
    }
    return { status: "fail", message: reversibleFailure(uncovered, cover.reversible, plan.filled) };
  };
  return { ...verdict(), ...postDeployWarning };
}
function findingsGate({ ctx, standing, leftToReversible }) {
  if (ctx.truncated) {
    return {
      status: "fail",
      message: `The pull request changes ${ctx.truncated.total} files but only ${ctx.truncated.listed} could be listed, so the rest were not checked. Split the pull request.`
    };
  }
  if (standing.length === 0) {
    return {
      status: "pass",
      message: leftToReversible ? `No error-level finding stands but the reversibility finding${leftToReversible > 1 ? "s" : ""} the "Reversible migrations" gate reports.` : "No error-level finding stands."
    };
  }
  const rules = [...new Set(standing.map((f) => f.rule))];
  return {
    status: "fail",
    message: `${standing.length} error-level finding${standing.length > 1 ? "s" : ""} (${rules.join(", ")}): fix, ignore inline with a reason, or acknowledge with /rollback ack.`
  };
}
var statusIn = (gates, id) => gates.find((g) => g.id === id)?.status;
var breaksOldCode = (f) => ["incompatible", "destructive"].includes(getRule(f.rule)?.category ?? "");
function checklistLines({ ctx, revert, findings }, gates) {
  const { risk } = ctx;
  const incompatible = findings.some((f) => !f.suppressed && breaksOldCode(f));
  return ctx.config.checklist.map((item) => {
    const isRequired = risk !== "none" && item.required.includes(risk);
    if (item.verify === "drill" && ctx.drill?.passed === true) return { item, required: isRequired, state: "verified" };
    if (item.verify && item.verify !== "drill") {
      const ok = item.verify === "revert-sha" ? revert.status === "pass" : item.verify === "reversible" ? statusIn(gates, "reversible") !== "fail" : !incompatible;
      return { item, required: isRequired, state: ok ? "verified" : "open" };
    }
    const tick = ctx.ticks.find((t) => t.item === item.id && t.allowed) ?? ctx.ticks.find((t) => t.item === item.id);
    if (!tick) return { item, required: isRequired, state: "open" };
    return { item, required: isRequired, state: tick.allowed ? "ticked" : "not-allowed", by: tick.by };
  });
}
function checklistGate({ ctx: { risk }, standing }, checklist, gates) {
  const reportedElsewhere = (l) => {
    const source = l.item.verify === "revert-sha" ? "revert-sha" : l.item.verify === "reversible" ? "reversible" : l.item.verify === "drill" ? "drill" : void 0;
    if (source) return statusIn(gates, source) === "fail";
    if (l.item.verify === "backward-compatible") return statusIn(gates, "findings") === "fail" && standing.some(breaksOldCode);
    return false;
  };
  const notDone = checklist.filter((l) => l.required && l.state !== "verified" && l.state !== "ticked");
  if (notDone.length === 0) return { status: "pass", message: `Every item required at ${risk} risk is done.` };
  const open = notDone.filter((l) => !reportedElsewhere(l));
  if (open.length === 0) {
    const waiting = notDone.map((l) => l.item.text).join("; ");
    return { status: "pass", message: `Every item a person attests is done; rollback-ready ticks the rest when the gates above pass (${waiting}).` };
  }
  const people = open.filter((l) => !l.item.verify || l.item.verify === "drill");
  const verified = open.filter((l) => l.item.verify && l.item.verify !== "drill");
  const parts = [];
  if (people.length) {
    parts.push(`to attest: ${people.map((l) => l.item.text + (l.state === "not-allowed" ? ` (ticked by @${l.by}, who may not attest it)` : "")).join("; ")}`);
  }
  if (verified.length) parts.push(`checked by rollback-ready once the other gates pass: ${verified.map((l) => l.item.text).join("; ")}`);
  return { status: "fail", message: `Not done yet, ${parts.join(". Also ")}.` };
}
function drillGate(ctx) {
  if (ctx.risk === "none") return { status: "skipped", message: "No rollback-relevant changes." };
  if (ctx.drill) return { status: ctx.drill.passed ? "pass" : "fail", message: ctx.drill.summary };
  if (!ctx.config.gates.drill) return { status: "skipped", message: "Disabled in the config." };
  if (ctx.migrations.size === 0) return { status: "skipped", message: "No migrations to rehearse." };
  if (ctx.drillElsewhere) {
    return {
      status: "skipped",
      message: "Decided by the Action's `mode: drill` run (its own check run): the App never runs migrations. See docs/drill.md."
    };
  }
  return {
    status: "fail",
    message: "The rollback drill has not run for this head: run the Action with `mode: drill`, or `rollback-ready drill` (see docs/drill.md)."
  };
}
function reversibleFailure(uncovered, needs, planFilled) {
  const list = uncovered.map(([path, m]) => `${path} (${describeDown(m)})`).join("; ");
  return `No working down path: ${list}. ${reversibleAdvice(needs, planFilled)}`;
}
function reversibleAdvice(needs, planFilled) {
  const backup = planFilled ? 'fill in a "Backup and restore" subsection in the rollback plan' : 'write a rollback plan with a "Backup and restore" subsection';
  const inherent = needs.uncovered.filter(([, m]) => inherentlyForwardOnly(m.down));
  const fixable = needs.uncovered.filter(([, m]) => !inherentlyForwardOnly(m.down));
  const parts = [];
  if (inherent.length) {
    const names = [...new Set(inherent.map(([, m]) => frameworkLabel(m.framework)))].join(" and ");
    const what = `${names} ${inherent.length > 1 ? "migrations have" : "migration has"} no way back but a restore`;
    parts.push(`${what}: ${backup} (the backup taken before the deploy, and how to restore it).`);
  }
  if (fixable.length) {
    const fixes = fixable.map(([path, m]) => `${path}: ${downFix(path, m)}`).join("; ");
    const declare = 'declare the stage forward-only in the plan ("This stage is forward-only")';
    const cover = needs.declaration && needs.backup ? `${declare} and ${backup}` : needs.declaration ? `${declare}: it already names a backup and restore` : backup;
    const give = fixable.length > 1 ? `Give each migration a way back (${fixes})` : `Give ${fixable[0][0]} a way back (${downFix(...fixable[0])})`;
    parts.push(`${give}, or ${cover}.`);
  }
  return parts.join(" ");
}
function computeRevertGate(ctx) {
  const named = ctx.description.revertSha;
  if (named.error) return { status: "fail", message: named.error };
  if (!named.sha) {
    return { status: "fail", message: 'No revert SHA named: add "Revert SHA: <last known good commit>" to the description.' };
  }
  const facts = ctx.revert;
  if (!facts) return { status: "fail", message: `Could not verify the revert SHA ${named.sha}.` };
  if (!facts.exists) return { status: "fail", message: `The revert SHA ${named.sha} does not exist in this repository.` };
  const short = (facts.sha ?? named.sha).slice(0, 12);
  if (!facts.onBase) return { status: "fail", message: `The revert SHA ${short} is not on the base branch: name a commit the base branch contains.` };
  const warnings = [];
  const behind = facts.behindBy ?? 0;
  if (behind > ctx.config["revert-sha"]["max-behind"]) {
    warnings.push(`The revert SHA ${short} is ${behind} commit${behind > 1 ? "s" : ""} behind the base branch: rolling back to it also reverts those.`);
  }
  return { status: "pass", message: `The revert SHA ${short} is on the base branch.`, ...warnings.length ? { warnings } : {} };
}

export {
  evaluateGates,
  reversibleAdvice
};
