import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  analyse
} from "./chunk-UNWKPUWI.js";
import {
  createClassifier
} from "./chunk-HYY4EOWV.js";
import {
  finalizeFindings,
  sortFindings
} from "./chunk-WYNSWX4E.js";
import {
  evaluateGates
} from "./chunk-ZFFODCYG.js";
import {
  getRule
} from "./chunk-AYEM27GC.js";

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

// src/core/judge.ts
async function judge(analysis, input) {
  const { config, changes, migrations } = analysis;
  const findings = findingsOf(analysis, input);
  const risk = judgeRisk(analysis, findings, input);
  const description = risk.assessed === "none" && !input.truncated ? EMPTY_DESCRIPTION : (await import("./chunk-UC7TFVDB.js")).parseDescription(input.body);
  const revert = risk.level !== "none" && description.revertSha.sha && !description.revertSha.error ? await input.repo.inspectCommit(description.revertSha.sha) : void 0;
  const ticks = [...input.ticks ?? [], ...ticksFromDescription(description, config, input.author)];
  const outcome = evaluateGates({
    config,
    risk: risk.level,
    description,
    revert,
    migrations,
    findings,
    ticks,
    drill: input.drill,
    ...input.drillElsewhere ? { drillElsewhere: true } : {},
    truncated: input.truncated
  });
  const gatesVerdict = risk.level === "none" ? "not-applicable" : outcome.gates.some((g) => g.status === "fail") ? "fail" : "pass";
  const verdict = gatesVerdict === "fail" && input.override ? "pass" : gatesVerdict;
  return {
    config,
    report: { schemaVersion: 1, verdict, risk: risk.level, changes, findings: sortFindings(outcome.findings), gates: outcome.gates },
    description,
    riskReasons: risk.reasons,
    missingSections: outcome.missingSections,
    checklist: outcome.checklist,
    reversible: outcome.reversible,
    migrations,
    revert,
    override: gatesVerdict === "fail" ? input.override : void 0,
    assessedRisk: risk.assessedOrTruncated,
    ...risk.override ? { riskOverride: risk.override } : {},
    gatesVerdict,
    ...input.drill ? { drill: input.drill } : {}
  };
}
function findingsOf(analysis, input) {
  const options = { config: analysis.config, acks: input.acks, docsBase: input.docsBase };
  const findings = analysis.analysed.flatMap((f) => finalizeFindings(f.path, f.content, f.hits, options));
  if (input.extraFindings) findings.push(...input.extraFindings);
  return findings;
}
function judgeRisk(analysis, findings, input) {
  const assessed = assessRisk(analysis.changes, analysis.files, analysis.migrations, findings);
  const assessedRisk = input.truncated && assessed.risk !== "high" ? "high" : assessed.risk;
  const assessedReasons = input.truncated ? [`high: only ${input.truncated.listed} of ${input.truncated.total} changed files could be listed`, ...assessed.reasons] : assessed.reasons;
  const override = input.riskOverride && assessedRisk !== "none" && !input.truncated ? input.riskOverride : void 0;
  const reasons = override ? [`${override.level}: set by @${override.by} (assessed ${assessedRisk}): ${override.reason}`, ...assessedReasons] : assessedReasons;
  return { assessed: assessed.risk, assessedOrTruncated: assessedRisk, level: override?.level ?? assessedRisk, reasons, ...override ? { override } : {} };
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

// src/core/evaluate.ts
async function evaluate(input) {
  return judge(await analyse(input), input);
}
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

export {
  judge,
  ticksFromDescription,
  evaluate,
  selectReads,
  siblingPaths
};
