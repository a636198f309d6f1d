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
  getRule
} from "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";

// src/core/render/sarif.ts
var SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
var SRCROOT = "%SRCROOT%";
var INFORMATION_URI = "https://github.com/rollback-ready/rollback-ready";
var LEVEL = { error: "error", warning: "warning", notice: "note" };
var ruleName = (id) => id.replace(/(^|-)([a-z0-9])/g, (_, __, c) => c.toUpperCase());
function descriptor(id, docs) {
  const rule = getRule(id);
  const summary = rule?.summary ?? id;
  const level = rule && rule.defaultSeverity !== "off" ? LEVEL[rule.defaultSeverity] : "warning";
  return {
    id,
    name: ruleName(id),
    shortDescription: { text: summary },
    fullDescription: { text: summary },
    helpUri: docs,
    help: { text: `${summary} See ${docs}`, markdown: `${summary}

See [${id}](${docs}) for why it matters and what to do.` },
    defaultConfiguration: { level },
    properties: { tags: ["rollback-ready", ...rule ? [rule.category] : []] }
  };
}
function location(path, options, region) {
  const { uri, relative } = options.locate(path);
  return {
    physicalLocation: {
      artifactLocation: relative ? { uri, uriBaseId: SRCROOT } : { uri },
      ...region ? { region } : {}
    }
  };
}
function suppression(f) {
  if (!f.suppressed) return void 0;
  const kind = f.suppressed.by === "inline" ? "inSource" : "external";
  return [{ kind, status: "accepted", justification: `${suppressedBy(f.suppressed)}: ${f.suppressed.reason}` }];
}
function renderSarif(findings, options) {
  const rules = [];
  const ruleIndex = /* @__PURE__ */ new Map();
  const results = findings.map((f) => {
    let index = ruleIndex.get(f.rule);
    if (index === void 0) {
      index = rules.push(descriptor(f.rule, f.docs)) - 1;
      ruleIndex.set(f.rule, index);
    }
    const column = options.column?.(f);
    const region = { startLine: Math.max(1, f.line || 1), ...column ? { startColumn: column } : {} };
    const suppressions = suppression(f);
    return {
      ruleId: f.rule,
      ruleIndex: index,
      level: LEVEL[f.severity],
      message: { text: f.message },
      locations: [location(f.path, options, region)],
      ...suppressions ? { suppressions } : {}
    };
  });
  const notifications = (options.skipped ?? []).map((s) => ({
    level: "note",
    message: { text: `Skipped ${s.path}: ${s.reason}.` },
    locations: [location(s.path, options)]
  }));
  const run = {
    tool: { driver: { name: "rollback-ready", version: options.version, semanticVersion: options.version, informationUri: INFORMATION_URI, rules } },
    ...options.srcRoot ? { originalUriBaseIds: { [SRCROOT]: { uri: options.srcRoot } } } : {},
    invocations: [{ executionSuccessful: true, ...notifications.length ? { toolExecutionNotifications: notifications } : {} }],
    columnKind: "utf16CodeUnits",
    results,
    ...options.report ? {
      properties: {
        verdict: options.report.verdict,
        risk: options.report.risk,
        gates: options.report.gates.map((g) => ({ id: g.id, status: g.status, message: g.message }))
      }
    } : {}
  };
  const log = { $schema: SARIF_SCHEMA, version: "2.1.0", runs: [run] };
  return `${JSON.stringify(log, null, 2)}
`;
}
export {
  SARIF_SCHEMA,
  SRCROOT,
  renderSarif
};
