import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  handlerFor
} from "./chunk-P765CN6Y.js";
import {
  dirName
} from "./chunk-FZWSIRVP.js";
import {
  DIALECT_NAMES
} from "./chunk-BF324SM3.js";

// src/core/frameworks/dialect-doubt.ts
var isDoubt = (verdict) => verdict !== void 0 && "doubt" in verdict;
function verdictOf(sources) {
  const byDialect = /* @__PURE__ */ new Map();
  for (const s of sources) if (!byDialect.has(s.dialect)) byDialect.set(s.dialect, s);
  const distinct = [...byDialect.values()];
  return distinct.length > 1 ? { doubt: distinct } : distinct[0];
}
function unreadVerdict(file, failure, said = void 0) {
  const unread = { file, failure: failureText(failure) };
  if (isDoubt(said)) return { doubt: said.doubt, unread: [...said.unread ?? [], unread] };
  return { doubt: said ? [said] : [], unread: [unread] };
}
var failureText = (failure) => (failure instanceof Error ? failure.message : String(failure)).split("\n")[0].trim().replace(/[.:]$/, "") || "unreadable";
function doubtReading(doubt) {
  const other = doubt.doubt.find((s) => s.dialect !== "postgres");
  if (other) return { dialect: other.dialect, from: "one of the databases its project names, see the not-analysed notice", standIn: true };
  return { dialect: "mysql", from: "no known database, its project config being unreadable, see the not-analysed notice", standIn: true };
}
var WHAT_HOLDS = "it was read for what holds on every database (drops, renames, type and nullability changes, data changes, missing or empty downs), without Postgres-only advice (locks, CONCURRENTLY, NOT VALID, lock_timeout)";
function doubtCause(doubt) {
  const said = doubt.doubt.map((s) => `${s.from} names ${DIALECT_NAMES[s.dialect]}`).join("; ");
  if (!doubt.unread?.length) return `The project names different databases for this migration: ${said}.`;
  const unread = doubt.unread.map((u) => `${u.file} (${u.failure})`).join(", ");
  return `A config file that may name this migration's database could not be read: ${unread}${said ? `; ${said}` : ""}.`;
}
function doubtSetting(doubt, path) {
  const named = [...new Set(doubt.doubt.map((s) => s.dialect))];
  const [first, ...others] = named.length ? named : ["postgres", "mysql", "sqlite", "sqlserver"];
  const line = `\`dialect: {'${dirName(path)}**': ${first}}\``;
  if (named.length > 1) return `${line} (or ${others.join(", ")})`;
  return `${line} (or ${named.length ? "the database it runs on" : `${others.join(", ")}\u2026: the database it runs on`})`;
}
function doubtNotice(doubt, path) {
  const fix = doubt.unread?.length ? "Fix the file, or say" : "Say";
  return {
    rule: "not-analysed",
    line: 1,
    message: `${doubtCause(doubt)} Until ${doubt.unread?.length ? "the database is" : "one is"} settled ${WHAT_HOLDS}. ${fix} which one it runs on in .github/rollback-ready.yml: ${doubtSetting(doubt, path)}.`
  };
}
async function analyseInVerdict(framework, input, verdict) {
  if (!isDoubt(verdict)) return framework.analyse(verdict ? { ...input, dialect: verdict } : input);
  const analysis = await framework.analyse({ ...input, dialect: doubtReading(verdict) });
  return { ...analysis, hits: [doubtNotice(verdict, input.path), ...analysis.hits] };
}

// src/core/frameworks/tool-dialect.ts
var DIALECTS = {
  postgresql: "postgres",
  postgres: "postgres",
  cockroachdb: "cockroachdb",
  sqlite: "sqlite",
  turso: "sqlite",
  mysql: "mysql",
  singlestore: "mysql",
  sqlserver: "sqlserver"
};
var answers = /* @__PURE__ */ new WeakMap();
function onceEach(readFile, key, find, failed) {
  let byKey = answers.get(readFile);
  if (!byKey) answers.set(readFile, byKey = /* @__PURE__ */ new Map());
  let answer = byKey.get(key);
  if (!answer) byKey.set(key, answer = find().catch(failed));
  return answer;
}
function oncePerReader(readFile, key, find) {
  return onceEach(readFile, key, find, () => void 0);
}
function verdictOncePerReader(readFile, key, find, what) {
  return onceEach(readFile, key, find, (e) => unreadVerdict(what, e));
}
function journalPathOf(path) {
  const dir = dirName(path);
  return /(?:^|\/)drizzle\/$/.test(dir) ? `${dir}meta/_journal.json` : void 0;
}
function journalDialect(text, path) {
  let named;
  try {
    named = JSON.parse(text).dialect;
  } catch {
    return void 0;
  }
  const dialect = typeof named === "string" ? handlerFor(DIALECTS, named.toLowerCase()) : void 0;
  return dialect ? { dialect, from: `drizzle-kit's journal (${path})` } : void 0;
}
function prismaLockPathOf(path) {
  const m = /^(.*?)[^/]+\/migration\.sql$/.exec(path);
  return m ? `${m[1]}migration_lock.toml` : void 0;
}
function prismaLockDialect(text, path) {
  const named = /^\s*provider\s*=\s*"([^"]*)"/m.exec(text)?.[1];
  const dialect = named ? handlerFor(DIALECTS, named.toLowerCase()) : void 0;
  return dialect ? { dialect, from: `Prisma's migration_lock.toml (${path})` } : void 0;
}
function recorded(readFile, path, read) {
  return oncePerReader(readFile, path, async () => {
    const text = await readFile(path);
    return text === void 0 ? void 0 : read(text, path);
  });
}
function drizzleDialect(input) {
  const path = journalPathOf(input.path);
  return path && input.readFile ? recorded(input.readFile, path, journalDialect) : Promise.resolve(void 0);
}
function prismaDialect(input) {
  const path = prismaLockPathOf(input.path);
  return path && input.readFile ? recorded(input.readFile, path, prismaLockDialect) : Promise.resolve(void 0);
}
function upwards(dir) {
  const dirs = [dir];
  while (dirs[dirs.length - 1]) {
    const d = dirs[dirs.length - 1];
    dirs.push(d.slice(0, d.slice(0, -1).lastIndexOf("/") + 1));
  }
  return dirs.length > LEVELS ? [...dirs.slice(0, LEVELS - 1), ""] : dirs;
}
var LEVELS = 4;
var safeRead = (read, path) => read(path).catch(() => void 0);
var dotenvValue = (text, name) => new RegExp(`^[ \\t]*(?:export[ \\t]+)?${name}[ \\t]*=[ \\t]*["']?([\\w-]+)`, "m").exec(text)?.[1];

export {
  isDoubt,
  verdictOf,
  unreadVerdict,
  failureText,
  doubtCause,
  doubtSetting,
  analyseInVerdict,
  oncePerReader,
  verdictOncePerReader,
  drizzleDialect,
  prismaDialect,
  upwards,
  safeRead,
  dotenvValue
};
