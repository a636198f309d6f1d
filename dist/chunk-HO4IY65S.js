import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  readGitConfig,
  sqitchConfDialect,
  sqitchEngine,
  sqitchRoot,
  sqitchScriptOrder
} from "./chunk-QE3MDSBO.js";
import {
  isUnread,
  readConfigFile,
  upwards,
  verdictOncePerReader
} from "./chunk-DCVK6NQB.js";
import {
  analyseInVerdict,
  isDoubt,
  withUnread
} from "./chunk-FKTDEFNZ.js";
import {
  deployPathOf,
  revertPathOf,
  sqitch_default
} from "./chunk-QPD4Q67D.js";
import {
  analyseDown,
  analyseUp,
  baseName,
  judgeDownFile,
  sqitchFolder,
  sqlOptions
} from "./chunk-VIAG5GR7.js";
import {
  dialectOfPath
} from "./chunk-BF324SM3.js";
import {
  sqlAnalyser
} from "./chunk-EPOSKRKZ.js";

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
    const text = await readConfigFile(read, `${dir}sqitch.conf`);
    if (isUnread(text)) return { conf: `${root}sqitch.conf`, plan: `${root}sqitch.plan`, unread: text };
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
  return verdictOncePerReader(
    read,
    `sqitch:${root}sqitch.conf`,
    async () => {
      const layout = await sqitchLayout(root, read);
      if (layout.unread) return withUnread(layout.unread);
      const text = await readConfigFile(read, layout.conf);
      return isUnread(text) ? withUnread(text) : text === void 0 ? void 0 : sqitchConfDialect(text, layout.conf);
    },
    `${root}sqitch.conf`
  );
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
  const layout = await sqitchLayout(root, input.readFile);
  if (layout.unread) throw new Error(`${layout.unread.file} could not be read (${layout.unread.failure})`);
  const path = layout.plan;
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
    const verdict = given.dialect ?? dialectOfPath(given.path) ?? await sqitchProjectDialect(given);
    if (isDoubt(verdict)) return analyseInVerdict(sqitch, given, verdict);
    const dialect = verdict;
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
  sqitchLayout,
  sqitchProjectDialect,
  sqitch_default2 as sqitch_default
};
