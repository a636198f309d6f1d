import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  oncePerReader,
  safeRead,
  upwards
} from "./chunk-EELQERVL.js";
import {
  deployPathOf,
  revertPathOf,
  sqitch_default
} from "./chunk-UYSL4YMD.js";
import {
  analyseDown,
  analyseUp,
  baseName,
  judgeDownFile,
  sqitchFolder,
  sqlOptions
} from "./chunk-LXKSKNV2.js";
import {
  dialectOfPath
} from "./chunk-BF324SM3.js";
import {
  sqlAnalyser
} from "./chunk-JCX6423D.js";

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

// src/core/frameworks/sqitch-layout.ts
function joinPath(base, rel, folder) {
  if (rel.startsWith("/") || rel.startsWith("~")) return void 0;
  const parts = [];
  for (const part of `${base}${rel}`.split("/")) {
    if (!part || part === ".") continue;
    if (part === "..") {
      if (!parts.length) return void 0;
      parts.pop();
    } else parts.push(part);
  }
  const joined = parts.join("/");
  return folder ? joined ? `${joined}/` : "" : joined;
}
function sqitchConfLayout(text, dir, deployDir) {
  const conf = readGitConfig(text);
  const engine = sqitchEngine(conf);
  const target = conf.get("core.target") ?? (engine ? conf.get(`engine.${engine}.target`) : void 0);
  const fetch = (key) => (target ? conf.get(`target.${target}.${key}`) : void 0) || (engine ? conf.get(`engine.${engine}.${key}`) : void 0) || conf.get(`core.${key}`);
  const top = joinPath(dir, fetch("top_dir") ?? ".", true);
  if (top === void 0) return void 0;
  const deploy = fetch("deploy_dir") ? joinPath(dir, fetch("deploy_dir"), true) : `${top}deploy/`;
  if (deploy !== deployDir) return void 0;
  const plan = fetch("plan_file") ? joinPath(dir, fetch("plan_file"), false) : `${top}sqitch.plan`;
  return plan === void 0 ? void 0 : { conf: `${dir}sqitch.conf`, plan };
}
async function sqitchLayout(root, read) {
  for (const dir of upwards(root)) {
    const text = await safeRead(read, `${dir}sqitch.conf`);
    const layout = text === void 0 ? void 0 : sqitchConfLayout(text, dir, `${root}deploy/`);
    if (layout) return layout;
  }
  return { conf: `${root}sqitch.conf`, plan: `${root}sqitch.plan` };
}

// src/core/frameworks/sqitch.ts
function sqitchProjectDialect(input) {
  const root = sqitchRoot(input.path);
  const read = input.readFile;
  if (root === void 0 || !read) return Promise.resolve(void 0);
  return oncePerReader(read, `sqitch:${root}sqitch.conf`, async () => {
    const path = (await sqitchLayout(root, read)).conf;
    const text = await read(path);
    return text === void 0 ? void 0 : sqitchConfDialect(text, path);
  });
}
var viaPsql = (dialect) => !dialect || ["postgres", "cockroachdb", "yugabytedb"].includes(dialect.dialect);
async function scriptPieces(sql, dialect) {
  const pieces = [{ sql, line: 1 }];
  if (dialect?.dialect === "mysql") return { pieces: [{ sql: (await sqlAnalyser()).mysqlClientScript(sql), line: 1 }], hits: [] };
  if (!viaPsql(dialect)) return { pieces, hits: [] };
  const read = await (await sqlAnalyser()).psqlPieces(pieces);
  const hits = read.includes.map(({ line, file }) => ({
    rule: "not-analysed",
    line,
    message: `psql includes ${file || "another file"} here: its SQL is not in this script and was not read with it. Lint that file too, or review what it runs by hand.`
  }));
  return { pieces: read.pieces, hits };
}
var orders = /* @__PURE__ */ new WeakMap();
function planOrder(input, names, dir) {
  let order = orders.get(names);
  if (!order) orders.set(names, order = readPlanOrder(input, names, dir));
  return order;
}
async function readPlanOrder(input, names, dir) {
  const root = sqitchRoot(input.path) ?? "";
  const path = (await sqitchLayout(root, input.readFile)).plan;
  const plan = await input.readFile(path);
  if (plan === void 0) throw new Error(`there is no ${path}`);
  const sub = dir.slice(root.length).split("/").slice(1).join("/");
  const files = new Set(names);
  const fileOf = (name) => name.startsWith(sub) && !name.slice(sub.length).includes("/") ? `${name.slice(sub.length)}.sql` : void 0;
  return sqitchScriptOrder(plan, (name) => files.has(fileOf(name) ?? "")).flatMap((name) => {
    const file = fileOf(name);
    return file && files.has(file) ? [file] : [];
  });
}
var isScript = (name) => name.toLowerCase().endsWith(".sql");
async function analyseRevert(input, script, options, dialect) {
  const down = await analyseDown("sqitch", script.pieces, options);
  const deployPath = deployPathOf(input.path);
  const deploySql = deployPath === void 0 ? void 0 : input.siblings[deployPath];
  let hits = down.hits;
  if (deploySql !== void 0 && hits.some((h) => h.rule === "non-concurrent-index-drop")) {
    const deploy = await scriptPieces(deploySql, dialect);
    const spared = await (await sqlAnalyser()).indexDropsBeforeTheirTable(script.pieces, deploy.pieces);
    hits = hits.filter((h) => h.rule !== "non-concurrent-index-drop" || !spared.has(h.line));
  }
  return { ...down, hits: [...script.hits, ...hits] };
}
var sqitch = {
  ...sqitch_default,
  async analyse(given) {
    const dialect = given.dialect ?? dialectOfPath(given.path) ?? await sqitchProjectDialect(given);
    const input = dialect && !given.dialect ? { ...given, dialect } : given;
    const { path, siblings } = input;
    const options = sqlOptions(input);
    const script = await scriptPieces(input.content, dialect);
    if (sqitchFolder(path) === "revert") return analyseRevert(input, script, options, dialect);
    const revertPath = revertPathOf(path);
    const revertSql = siblings[revertPath];
    const revert = revertSql === void 0 ? void 0 : await scriptPieces(revertSql, dialect);
    const judged = await judgeDownFile(revert?.pieces[0].sql, revertPath);
    const history = {
      input,
      isMigration: isScript,
      upPieces: async (sql) => (await scriptPieces(sql, dialect)).pieces,
      order: (names, dir) => planOrder(input, names, dir)
    };
    const down = judged.down === "present" ? { pieces: revert.pieces, name: baseName(revertPath) } : void 0;
    return analyseUp("sqitch", script.pieces, options, judged.down, [...judged.hits, ...script.hits], history, down);
  }
};
var sqitch_default2 = sqitch;

export {
  readSqitchPlanChanges,
  sqitchScriptOrder,
  sqitchLayout,
  sqitchProjectDialect,
  sqitch_default2 as sqitch_default
};
