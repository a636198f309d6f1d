import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);

// src/core/description/labels.ts
var PLAN_SECTIONS = [
  {
    id: "trigger",
    title: "Rollback trigger",
    hint: "The signals that make you roll back (error rate, failed health checks, data integrity alerts) and who decides."
  },
  {
    id: "steps",
    title: "Rollback steps",
    hint: "The exact commands or actions, in order, to return to the last known good state."
  },
  {
    id: "verification",
    title: "Rollback verification",
    hint: "How you confirm the rollback worked: health checks, smoke tests, error rates back to baseline."
  },
  {
    id: "time-estimate",
    title: "Rollback time estimate",
    hint: "How long the rollback takes, end to end (minutes or hours)."
  },
  {
    id: "data",
    title: "Data considerations",
    hint: "What happens to data created or modified by this change when you roll back: preserved, lost, or needs cleanup."
  },
  {
    id: "point-of-no-return",
    title: "Point of no return",
    hint: 'The moment after which rolling back is no longer possible without data loss, or "none".'
  },
  {
    id: "monitoring",
    title: "Monitoring",
    hint: "The dashboards and alerts you watch during and after the rollout, and for how long."
  },
  {
    id: "backup-restore",
    title: "Backup and restore",
    hint: "Which backup is taken before the change, and the procedure to restore it."
  }
];
function normaliseLabel(text) {
  const words = text.normalize("NFKC").toLowerCase().replace(/&/g, " and ").replace(/[^\p{L}\p{N}]+/gu, " ").trim().split(" ").filter((w) => w.length > 0);
  const out = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if ((w === "roll" || w === "rolling") && words[i + 1] === "back") {
      out.push("rollback");
      i++;
    } else if (w === "rollbacks") out.push("rollback");
    else out.push(w);
  }
  while (out.length > 1 && /^\d{1,3}$/.test(out[0])) out.shift();
  return out.join(" ");
}
var SYNONYMS = {
  trigger: [
    "trigger",
    "triggers",
    "rollback trigger",
    "when to rollback",
    "when to revert",
    "when to abort",
    "abort criteria",
    "abort conditions",
    "rollback criteria",
    "rollback conditions",
    "criteria",
    "trigger conditions"
  ],
  steps: [
    "steps",
    "rollback steps",
    "procedure",
    "procedures",
    "rollback procedure",
    "how to rollback",
    "how to revert",
    "how to undo",
    "rollback instructions",
    "instructions",
    "revert steps",
    "revert procedure",
    "runbook",
    "rollback runbook"
  ],
  verification: [
    "verification",
    "rollback verification",
    "how to verify",
    "how to verify the rollback",
    "verify",
    "verification steps",
    "smoke tests",
    "smoke test",
    "validation",
    "post rollback verification",
    "post rollback checks",
    "post rollback checklist"
  ],
  "time-estimate": [
    "time estimate",
    "rollback time estimate",
    "rollback time",
    "duration",
    "rollback duration",
    "eta",
    "estimated time",
    "estimated duration",
    "estimated rollback time",
    "time to rollback",
    "time to restore",
    "expected duration"
  ],
  data: ["data", "data considerations", "data consideration", "data impact", "data loss", "data handling", "data changes", "data safety"],
  "point-of-no-return": ["point of no return", "ponr", "no return point", "point of no return ponr"],
  monitoring: ["monitoring", "monitoring plan", "alerts", "alerting", "monitoring and alerts", "monitoring and alerting", "observability", "dashboards"],
  "backup-restore": [
    "backup and restore",
    "backup restore",
    "backup",
    "backups",
    "restore",
    "backup plan",
    "restore plan",
    "restore procedure",
    "backup and recovery",
    "backup and restore procedure",
    "backup and restore plan"
  ]
};
var SYNONYM_INDEX = /* @__PURE__ */ new Map();
for (const [id, names] of Object.entries(SYNONYMS)) {
  for (const name of names) SYNONYM_INDEX.set(name, id);
}
function mapSection(label) {
  const n = normaliseLabel(label);
  if (n.length === 0 || n.length > 80) return void 0;
  const direct = SYNONYM_INDEX.get(n);
  if (direct) return direct;
  const stripped = n.replace(/^(?:(?:stage|the|our)\s+)*rollback\s+(?:plan\s+)?/, "");
  if (stripped !== n && stripped.length > 0) return SYNONYM_INDEX.get(stripped);
  return void 0;
}
var BEFORE_ROLLBACK = /* @__PURE__ */ new Set([
  "stage",
  "the",
  "our",
  "a",
  "deployment",
  "deploy",
  "release",
  "migration",
  "migrations",
  "database",
  "db",
  "app",
  "application",
  "pr",
  "emergency",
  "proposed",
  "per"
]);
var PLAN_WORDS = /* @__PURE__ */ new Set([
  "plan",
  "plans",
  "strategy",
  "strategies",
  "procedure",
  "procedures",
  "playbook",
  "runbook",
  "section",
  "approach",
  "notes",
  "details",
  "information",
  "info"
]);
var TRAILING_OK = /* @__PURE__ */ new Set(["required", "optional", "mandatory", "if", "needed", "applicable"]);
var AND_OK = /* @__PURE__ */ new Set(["recovery", "revert", "restore", "mitigation", "backout", "safety", "risk", "risks"]);
function isPlanHeading(text) {
  const n = normaliseLabel(text);
  if (n.length === 0 || n.length > 120) return false;
  const words = n.split(" ");
  const at = words.findIndex((w) => w === "rollback" || w === "revert" || w === "backout");
  if (at < 0 || at > 3) return false;
  for (let i = 0; i < at; i++) if (!BEFORE_ROLLBACK.has(words[i])) return false;
  const rest = words.slice(at + 1);
  if (words[at] !== "rollback") return rest.length > 0 && PLAN_WORDS.has(rest[0]);
  if (rest.length === 0) return true;
  const first = rest[0];
  if (PLAN_WORDS.has(first)) return true;
  if (first === "and" && rest.length > 1 && AND_OK.has(rest[1])) return true;
  return rest.every((w) => TRAILING_OK.has(w));
}

export {
  PLAN_SECTIONS,
  normaliseLabel,
  mapSection,
  isPlanHeading
};
