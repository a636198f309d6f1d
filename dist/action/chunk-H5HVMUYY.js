import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);

// src/core/config-defaults.ts
var CONFIG_PATH = ".github/rollback-ready.yml";
var DEFAULT_CHECKLIST = [
  { id: "revert-sha", text: "Revert commit identified (last known good SHA)", required: ["low", "medium", "high"], verify: "revert-sha" },
  {
    id: "backward-compatible",
    text: "Database migrations are backward-compatible: old code works with the new schema",
    required: ["medium", "high"],
    verify: "backward-compatible"
  },
  {
    id: "down-migration",
    text: "Every migration has a working down path, or the plan names backup and restore",
    required: ["medium", "high"],
    verify: "reversible"
  },
  { id: "backup", text: "A backup is taken before the deploy and its restore is known to work", required: ["medium", "high"] },
  { id: "rollback-tested", text: "Rollback tested (in staging, or by the rollback drill)", required: ["medium", "high"], verify: "drill" },
  { id: "monitoring", text: "Monitoring and alerts will show quickly if something breaks", required: ["high"] },
  { id: "on-call", text: "The on-call engineer knows this is being deployed", required: ["high"] },
  { id: "feature-flag", text: "New behaviour is behind a feature flag that can be switched off", required: [] }
];
var DEFAULT_CONFIG = {
  ignore: [],
  paths: { migrations: {} },
  dialect: {},
  gates: {
    "rollback-plan": true,
    "plan-sections": true,
    "revert-sha": true,
    reversible: true,
    findings: true,
    checklist: true,
    drill: false
  },
  plan: {
    sections: {
      low: ["steps"],
      medium: ["trigger", "steps", "verification"],
      high: ["trigger", "steps", "verification", "data", "time-estimate", "point-of-no-return"]
    }
  },
  "revert-sha": { "max-behind": 0 },
  checklist: DEFAULT_CHECKLIST,
  rules: {},
  overrides: { permission: "maintain", users: [] },
  attest: { permission: "write" },
  labels: { enabled: false, prefix: "rollback-risk: " }
};
var ConfigError = class extends Error {
  constructor(file, line, problem) {
    super(`${file}${line ? `:${line}` : ""}: ${problem}`);
    this.file = file;
    this.line = line;
    this.problem = problem;
    this.name = "ConfigError";
  }
  file;
  line;
  problem;
};
async function loadConfig(text, file = CONFIG_PATH) {
  if (text === void 0 || text.trim() === "") return DEFAULT_CONFIG;
  const { parseConfig } = await import("./chunk-DCAXSD6U.js");
  return parseConfig(text, file);
}

export {
  CONFIG_PATH,
  DEFAULT_CHECKLIST,
  DEFAULT_CONFIG,
  ConfigError,
  loadConfig
};
