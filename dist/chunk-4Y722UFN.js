import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  BINARY_MIGRATION,
  createClassifier,
  deployAnalyser,
  finalizeFindings,
  sortFindings
} from "./chunk-FYSHGHEE.js";
import {
  PLAN_SECTIONS
} from "./chunk-2TJDLD7M.js";
import {
  getRule
} from "./chunk-KOAOHZ6H.js";

// src/core/gates.ts
var sectionTitle = (id) => PLAN_SECTIONS.find((s) => s.id === id)?.title ?? id;
function evaluateGates(ctx) {
  const { config, risk } = ctx;
  const enabled = (id) => config.gates[id];
  const gates = [];
  const plan = ctx.description.plan;
  const add = (id, compute) => {
    if (risk === "none") gates.push({ id, status: "skipped", message: "No rollback-relevant changes." });
    else if (!enabled(id)) gates.push({ id, status: "skipped", message: "Disabled in the config." });
    else gates.push({ id, ...compute() });
  };
  add("rollback-plan", () => {
    if (!plan.found) return { status: "fail", message: 'The description has no "Rollback plan" section.' };
    if (!plan.filled) return { status: "fail", message: 'The "Rollback plan" section is an unfilled template: write the actual plan.' };
    return { status: "pass", message: "The description has a rollback plan." };
  });
  const required = risk === "none" ? [] : config.plan.sections[risk];
  const missingSections = required.filter((id) => !plan.sections[id]?.filled);
  add("plan-sections", () => {
    if (required.length === 0) return { status: "pass", message: `No sections required at ${risk} risk.` };
    if (missingSections.length === 0) return { status: "pass", message: `All ${required.length} sections required at ${risk} risk are filled in.` };
    return {
      status: "fail",
      message: `At ${risk} risk the plan needs: ${missingSections.map(sectionTitle).join(", ")}.`
    };
  });
  const revertGate = computeRevertGate(ctx);
  add("revert-sha", () => revertGate);
  const needsCover = [...ctx.migrations.entries()].filter(
    ([, m]) => m.role === "up" && m.down !== "present"
  );
  const backupNamed = Boolean(plan.sections["backup-restore"]?.filled);
  const coveredByPlan = plan.filled && plan.forwardOnly && backupNamed;
  const postDeploy = [...ctx.migrations.entries()].filter(([, m]) => m.postDeploy).map(([path]) => path);
  const postDeployWarning = postDeploy.length ? {
    warnings: [
      `Post-deployment migration${postDeploy.length > 1 ? "s" : ""} (${postDeploy.join(", ")}) run after the deploy: redeploying the revert SHA does not undo ${postDeploy.length > 1 ? "them" : "it"}, so the plan must say how to roll back past this point.`
    ]
  } : {};
  add("reversible", () => {
    const result = reversibleGate();
    return { ...result, ...postDeployWarning };
  });
  function reversibleGate() {
    if (ctx.migrations.size === 0) return { status: "pass", message: "No migrations in this change." };
    if (needsCover.length === 0) return { status: "pass", message: "Every migration has a working down path." };
    const list = needsCover.map(([path, m]) => `${path} (${describeDown(m)})`).join("; ");
    if (coveredByPlan) {
      return { status: "pass", message: `Forward-only, covered by the plan's backup and restore: ${list}.` };
    }
    return {
      status: "fail",
      message: `No working down path: ${list}. Write the down migration, or declare the stage forward-only in the plan and name the backup and restore procedure.`
    };
  }
  const standing = ctx.findings.filter((f) => f.severity === "error" && !f.suppressed);
  add("findings", () => {
    if (ctx.truncated) {
      return {
        status: "fail",
        message: `The pull request changes ${ctx.truncated.total} files but only ${ctx.truncated.listed} could be listed, so the rest were not checked. Split the pull request.`
      };
    }
    if (standing.length === 0) return { status: "pass", message: "No error-level finding stands." };
    const rules = [...new Set(standing.map((f) => f.rule))];
    return {
      status: "fail",
      message: `${standing.length} error-level finding${standing.length > 1 ? "s" : ""} (${rules.join(", ")}): fix, ignore inline with a reason, or acknowledge with /rollback ack.`
    };
  });
  const gateStatus = (id) => gates.find((g) => g.id === id)?.status;
  const incompatible = ctx.findings.some(
    (f) => !f.suppressed && ["incompatible", "destructive"].includes(getRule(f.rule)?.category ?? "")
  );
  const checklist = config.checklist.map((item) => {
    const isRequired = risk !== "none" && item.required.includes(risk);
    if (item.verify) {
      const ok = item.verify === "revert-sha" ? revertGate.status === "pass" : item.verify === "reversible" ? gateStatus("reversible") !== "fail" : item.verify === "backward-compatible" ? !incompatible : ctx.drill?.passed === true;
      return { item, required: isRequired, state: ok ? "verified" : "open" };
    }
    const tick = ctx.ticks.find((t) => t.item === item.id && t.allowed) ?? ctx.ticks.find((t) => t.item === item.id);
    if (!tick) return { item, required: isRequired, state: "open" };
    return { item, required: isRequired, state: tick.allowed ? "ticked" : "not-allowed", by: tick.by };
  });
  add("checklist", () => {
    const open = checklist.filter((l) => l.required && l.state !== "verified" && l.state !== "ticked");
    if (open.length === 0) return { status: "pass", message: `Every item required at ${risk} risk is done.` };
    const people = open.filter((l) => !l.item.verify);
    const verified = open.filter((l) => l.item.verify);
    const parts = [];
    if (people.length) {
      parts.push(
        `to attest: ${people.map((l) => l.item.text + (l.state === "not-allowed" ? ` (ticked by @${l.by}, who may not attest it)` : "")).join("; ")}`
      );
    }
    if (verified.length) parts.push(`checked by rollback-ready once the other gates pass: ${verified.map((l) => l.item.text).join("; ")}`);
    return { status: "fail", message: `Not done yet, ${parts.join(". Also ")}.` };
  });
  if (risk === "none" || !enabled("drill")) {
    gates.push({ id: "drill", status: "skipped", message: risk === "none" ? "No rollback-relevant changes." : "Disabled in the config." });
  } else if (ctx.migrations.size === 0) {
    gates.push({ id: "drill", status: "skipped", message: "No migrations to rehearse." });
  } else if (!ctx.drill) {
    gates.push({ id: "drill", status: "fail", message: "The rollback drill has not run for this head: run the Action with `mode: drill`." });
  } else {
    gates.push({ id: "drill", status: ctx.drill.passed ? "pass" : "fail", message: ctx.drill.summary });
  }
  return { gates, missingSections, checklist };
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
    warnings.push(
      `The revert SHA ${short} is ${behind} commit${behind > 1 ? "s" : ""} behind the base branch: rolling back to it also reverts those.`
    );
  }
  return { status: "pass", message: `The revert SHA ${short} is on the base branch.`, ...warnings.length ? { warnings } : {} };
}
function describeDown(m) {
  switch (m.down) {
    case "missing":
      return "no down migration";
    case "empty":
      return "the down migration does nothing";
    case "irreversible":
      return "irreversible operation";
    case "forward-only":
      return "forward-only framework";
    case "no-convention":
      return "raw SQL, no down convention";
    default:
      return m.down;
  }
}

// src/core/risk.ts
var RANK = { none: 0, low: 1, medium: 2, high: 3 };
var max = (a, b) => RANK[a] >= RANK[b] ? a : b;
var HIGH_CATEGORIES = /* @__PURE__ */ new Set(["destructive", "incompatible", "data"]);
function assessRisk(changes, files, migrations, findings) {
  let risk = "none";
  const reasons = [];
  const raise = (level, reason) => {
    risk = max(risk, level);
    reasons.push([level, reason]);
  };
  const byPath = new Map(files.map((f) => [f.path, f]));
  for (const change of changes) {
    if (change.kind === "migration") {
      const analysis = migrations.get(change.path);
      const pathFindings = findings.filter((f) => f.path === change.path);
      const severe = pathFindings.filter((f) => HIGH_CATEGORIES.has(getRule(f.rule)?.category ?? ""));
      if (change.status === "removed") raise("high", `${change.path}: a migration file is deleted`);
      else if (severe.length) raise("high", `${change.path}: ${[...new Set(severe.map((f) => f.rule))].join(", ")}`);
      else if (analysis?.changesData) raise("high", `${change.path}: changes data, not only schema`);
      else if (analysis?.role === "down") raise("medium", `${change.path}: down migration`);
      else raise("medium", `${change.path}: schema change`);
    } else if (change.kind === "dependency") {
      const major = majorUpgrade(byPath.get(change.path));
      if (major) raise("high", `${change.path}: major version upgrade of ${major}`);
      else raise("medium", `${change.path}: dependency update`);
    } else if (change.kind === "config") {
      raise("medium", `${change.path}: configuration change`);
    } else if (change.kind === "deploy") {
      const pathFindings = findings.filter((f) => f.path === change.path && !f.suppressed);
      if (pathFindings.some((f) => f.rule === "deletion-protection-removed")) raise("high", `${change.path}: deletion protection removed`);
      else if (pathFindings.length) raise("medium", `${change.path}: ${[...new Set(pathFindings.map((f) => f.rule))].join(", ")}`);
      else raise("low", `${change.path}: deployment change`);
    }
  }
  reasons.sort((a, b) => RANK[b[0]] - RANK[a[0]]);
  return { risk, reasons: reasons.map(([level, text]) => `${level}: ${text}`) };
}
function majorUpgrade(file) {
  if (!file?.head || !file.base || !file.path.endsWith("package.json")) return void 0;
  let head;
  let base;
  try {
    head = JSON.parse(file.head);
    base = JSON.parse(file.base);
  } catch {
    return void 0;
  }
  for (const field of ["dependencies", "devDependencies", "peerDependencies", "optionalDependencies"]) {
    const h = head[field] ?? {};
    const b = base[field] ?? {};
    for (const [name, version] of Object.entries(h)) {
      const before = majorOf(b[name]);
      const after = majorOf(version);
      if (before !== void 0 && after !== void 0 && after > before) return `${name} (${String(b[name])} \u2192 ${String(version)})`;
    }
  }
  return void 0;
}
function majorOf(range) {
  if (typeof range !== "string") return void 0;
  const digits = range.replace(/^[^\d]*/, "").split(".")[0];
  const n = digits ? Number.parseInt(digits, 10) : Number.NaN;
  return Number.isFinite(n) ? n : void 0;
}

// src/core/evaluate.ts
function selectReads(paths, config, frameworks) {
  const classifier = createClassifier(config, frameworks);
  return paths.filter((p) => classifier.mayMatter(p));
}
function siblingPaths(files, config, frameworks) {
  const classifier = createClassifier(config, frameworks);
  const out = /* @__PURE__ */ new Set();
  for (const file of files) {
    if (file.binary || file.head === void 0) continue;
    const change = classifier.classify(file.path, file.head);
    const fw = change?.framework && frameworks.find((f) => f.id === change.framework);
    for (const p of fw?.counterparts?.(file.path) ?? []) out.add(p);
  }
  return [...out];
}
async function evaluate(input) {
  const { config, frameworks } = input;
  const classifier = createClassifier(config, frameworks);
  const changes = [];
  const migrations = /* @__PURE__ */ new Map();
  const findings = [];
  const headContents = new Map(Object.entries(input.siblings ?? {}));
  for (const f of input.files) if (f.status !== "removed") headContents.set(f.path, f.head);
  for (const file of input.files) {
    const change = classifier.classify(file.path, file.head ?? file.base);
    if (!change) continue;
    changes.push({ ...change, status: file.status });
    const finalize = (content, hits) => findings.push(...finalizeFindings(file.path, content, hits, { config, acks: input.acks, docsBase: input.docsBase }));
    if (file.binary && change.kind === "migration" && file.status !== "removed") {
      finalize("", [BINARY_MIGRATION]);
      continue;
    }
    if (file.binary || file.head === void 0 || file.status === "removed") continue;
    if (change.kind === "migration" && change.framework) {
      const fw = frameworks.find((f) => f.id === change.framework);
      const siblings = {};
      for (const p of fw.counterparts?.(file.path) ?? []) siblings[p] = headContents.get(p);
      const analysis = await fw.analyse({
        path: file.path,
        content: file.head,
        siblings,
        ...input.readFile ? { readFile: input.readFile } : {},
        ...input.listDir ? { listDir: input.listDir } : {}
      });
      migrations.set(file.path, analysis);
      finalize(file.head, analysis.hits);
    } else if (change.kind === "deploy") {
      const { analyseDeploy } = await deployAnalyser();
      const { hits } = await analyseDeploy(file.path, file.head, file.base);
      finalize(file.head, hits);
    }
  }
  if (input.extraFindings) findings.push(...input.extraFindings);
  const assessed = assessRisk(changes, input.files, migrations, findings);
  const description = assessed.risk === "none" && !input.truncated ? EMPTY_DESCRIPTION : (await import("./chunk-72MADLSH.js")).parseDescription(input.body);
  const risk = input.truncated && assessed.risk !== "high" ? "high" : assessed.risk;
  const reasons = input.truncated ? [`high: only ${input.truncated.listed} of ${input.truncated.total} changed files could be listed`, ...assessed.reasons] : assessed.reasons;
  const revert = risk !== "none" && description.revertSha.sha && !description.revertSha.error ? await input.repo.inspectCommit(description.revertSha.sha) : void 0;
  const ticks = [...input.ticks ?? [], ...ticksFromDescription(description, config, input.author)];
  const outcome = evaluateGates({
    config,
    risk,
    description,
    revert,
    migrations,
    findings,
    ticks,
    drill: input.drill,
    truncated: input.truncated
  });
  const gatesVerdict = risk === "none" ? "not-applicable" : outcome.gates.some((g) => g.status === "fail") ? "fail" : "pass";
  const verdict = gatesVerdict === "fail" && input.override ? "pass" : gatesVerdict;
  return {
    report: {
      schemaVersion: 1,
      verdict,
      risk,
      changes,
      findings: sortFindings(findings),
      gates: outcome.gates
    },
    description,
    riskReasons: reasons,
    missingSections: outcome.missingSections,
    checklist: outcome.checklist,
    migrations,
    revert,
    override: gatesVerdict === "fail" ? input.override : void 0,
    gatesVerdict
  };
}
var EMPTY_DESCRIPTION = {
  plan: { found: false, filled: false, sections: {}, forwardOnly: false, text: "" },
  revertSha: {},
  checkboxes: []
};
var norm = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
function ticksFromDescription(description, config, author) {
  const ticks = [];
  for (const box of description.checkboxes) {
    if (!box.checked) continue;
    const text = norm(box.text);
    const item = config.checklist.find((i) => text === norm(i.id) || text.includes(norm(i.text)) || text.length > 12 && norm(i.text).includes(text));
    if (item) ticks.push({ item: item.id, by: author?.login ?? "author", allowed: author?.allowed ?? true });
  }
  return ticks;
}

export {
  selectReads,
  siblingPaths,
  evaluate,
  ticksFromDescription
};
