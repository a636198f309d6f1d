import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  unreadVerdict
} from "./chunk-FKTDEFNZ.js";

// src/core/frameworks/sqitch-project.ts
function sqitchRoot(path) {
  const segments = path.split("/");
  for (let i = segments.length - 2; i >= 0; i--) {
    if (segments[i] === "deploy" || segments[i] === "revert" || segments[i] === "verify")
      return segments.slice(0, i).map((s) => `${s}/`).join("");
  }
  return void 0;
}
function readGitConfig(text) {
  const values = /* @__PURE__ */ new Map();
  let section = "";
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line || line.startsWith("#") || line.startsWith(";")) continue;
    const header = /^\[\s*([A-Za-z0-9.-]+)(?:\s+"((?:[^"\\]|\\.)*)")?\s*\]/.exec(line);
    if (header) {
      section = header[2] === void 0 ? header[1].toLowerCase() : `${header[1].toLowerCase()}.${header[2].replace(/\\(.)/g, "$1")}`;
      continue;
    }
    const pair = /^([A-Za-z][A-Za-z0-9_-]*)\s*(?:=\s*(.*))?$/.exec(line);
    if (!pair || !section) continue;
    values.set(`${section}.${pair[1].toLowerCase()}`, configValue(pair[2] ?? "true"));
  }
  return values;
}
function badGitConfigLine(text) {
  let section = false;
  let continued = false;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    const wasContinued = continued;
    continued = /(?:^|[^\\])(?:\\\\)*\\$/.test(line);
    if (wasContinued || !line || line.startsWith("#") || line.startsWith(";")) continue;
    if (/^\[\s*[A-Za-z0-9.-]+(?:\s+"(?:[^"\\]|\\.)*")?\s*\]/.test(line)) section = true;
    else if (!section || !/^[A-Za-z][A-Za-z0-9_-]*\s*(?:=.*)?$/.test(line)) return i + 1;
  }
  return void 0;
}
function configValue(raw) {
  let out = "";
  let quoted = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c === '"') quoted = !quoted;
    else if (c === "\\" && i + 1 < raw.length) out += raw[++i] === "n" ? "\n" : raw[i];
    else if (!quoted && (c === "#" || c === ";")) break;
    else out += c;
  }
  return out.trim();
}
var ENGINES = /* @__PURE__ */ new Map([
  ["pg", "postgres"],
  ["postgres", "postgres"],
  ["postgresql", "postgres"],
  ["yugabyte", "yugabytedb"],
  ["cockroach", "cockroachdb"],
  ["cockroachdb", "cockroachdb"],
  ["mysql", "mysql"],
  ["mariadb", "mysql"],
  ["sqlite", "sqlite"],
  ["oracle", "oracle"],
  ["firebird", "firebird"],
  ["snowflake", "snowflake"]
]);
var uriEngine = (uri) => /^db:([a-z0-9]+):/i.exec(uri ?? "")?.[1]?.toLowerCase();
function sqitchEngine(conf) {
  const engine = conf.get("core.engine")?.toLowerCase();
  if (engine) return engine;
  const target = conf.get("core.target");
  if (target) return uriEngine(conf.get(`target.${target}.uri`) ?? target);
  const engines = /* @__PURE__ */ new Set();
  for (const [key, value] of conf) if (/^target\..*\.uri$/.test(key) && uriEngine(value)) engines.add(uriEngine(value));
  return engines.size === 1 ? [...engines][0] : void 0;
}
function sqitchConfDialect(text, path) {
  const bad = badGitConfigLine(text);
  if (bad !== void 0) return unreadVerdict(path, `not a git-style config: line ${bad} is no [section], key = value or comment`);
  const engine = sqitchEngine(readGitConfig(text));
  const dialect = engine ? ENGINES.get(engine) : void 0;
  return dialect ? { dialect, from: `the Sqitch engine in ${path} (${engine})` } : void 0;
}
function readSqitchPlanChanges(plan) {
  const changes = [];
  const open = /* @__PURE__ */ new Map();
  for (const raw of plan.split("\n")) {
    const line = raw.trim();
    if (!line || line.startsWith("%") || line.startsWith("#")) continue;
    if (line.startsWith("@")) {
      const tag = line.split(/\s/)[0];
      for (const o of open.values()) o.tags.push(tag);
      continue;
    }
    const reverted = line.startsWith("-");
    const name = line.replace(/^[+-]\s*/, "").split(/[\s[]/)[0];
    if (!name) continue;
    const earlier = open.get(name);
    if (reverted) {
      if (earlier) changes.splice(changes.indexOf(earlier.change), 1);
      open.delete(name);
      continue;
    }
    if (earlier) earlier.change.reworkTags = earlier.tags;
    const change = { name, reworkTags: [] };
    changes.push(change);
    open.set(name, { change, tags: [] });
  }
  return changes;
}
function sqitchScriptOrder(plan, exists) {
  return readSqitchPlanChanges(plan).map(({ name, reworkTags }) => {
    if (!reworkTags.length) return name;
    return `${name}${reworkTags.find((tag) => exists(`${name}${tag}`)) ?? reworkTags[0]}`;
  });
}
function sqitchVariables(conf, command, given = /* @__PURE__ */ new Map()) {
  const engine = sqitchEngine(conf);
  const target = conf.get("core.target") ?? (engine ? conf.get(`engine.${engine}.target`) : void 0) ?? (engine ? `db:${engine}:` : void 0);
  const sections = [
    "core",
    "deploy",
    ...command === "revert" ? ["revert"] : [],
    ...engine ? [`engine.${engine}`] : [],
    ...target ? [`target.${target}`] : []
  ];
  const vars = /* @__PURE__ */ new Map();
  for (const section of sections) {
    const prefix = `${section}.variables.`;
    for (const [key, value] of conf) if (key.startsWith(prefix) && !key.slice(prefix.length).includes(".")) vars.set(key.slice(prefix.length), value);
  }
  for (const [name, value] of given) vars.set(name, value);
  const fetch = (key) => (target ? conf.get(`target.${target}.${key}`) : void 0) || (engine ? conf.get(`engine.${engine}.${key}`) : void 0) || conf.get(`core.${key}`);
  vars.set("registry", fetch("registry") || "sqitch");
  return vars;
}

export {
  sqitchRoot,
  readGitConfig,
  sqitchEngine,
  sqitchConfDialect,
  readSqitchPlanChanges,
  sqitchScriptOrder,
  sqitchVariables
};
