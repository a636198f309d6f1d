import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  readFailureText,
  unreadVerdict,
  withUnread
} from "./chunk-2KVBLKWZ.js";
import {
  handlerFor
} from "./chunk-P765CN6Y.js";
import {
  dirName
} from "./chunk-VKBMTKYT.js";

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
    named = JSON.parse(text)?.dialect;
  } catch (e) {
    return unreadVerdict(path, `not JSON: ${e.message}`);
  }
  const dialect = typeof named === "string" ? handlerFor(DIALECTS, named.toLowerCase()) : void 0;
  return dialect ? { dialect, from: `drizzle-kit's journal (${path})` } : void 0;
}
function prismaLockPathOf(path) {
  const m = /^(.*?)[^/]+\/migration\.sql$/.exec(path);
  return m ? `${m[1]}migration_lock.toml` : void 0;
}
async function prismaLockDialect(text, path) {
  let provider = /^[ \t]*provider[ \t]*=[ \t]*"([^"\\\n]*)"[ \t]*(?:#.*)?$/m.exec(text)?.[1];
  if (provider === void 0) {
    const { getStaticTOMLValue, parseTOML } = await import("./chunk-FNKRBGJU.js");
    try {
      provider = getStaticTOMLValue(parseTOML(text)).provider;
    } catch (e) {
      return unreadVerdict(path, `not TOML: ${e.message}`);
    }
  }
  if (typeof provider !== "string") return unreadVerdict(path, 'no provider = "\u2026" line');
  const dialect = handlerFor(DIALECTS, provider.toLowerCase());
  return dialect ? { dialect, from: `Prisma's migration_lock.toml (${path})` } : void 0;
}
function recorded(read, path, readText) {
  return verdictOncePerReader(
    read,
    path,
    async () => {
      const text = await readConfigFile(read, path);
      return isUnread(text) ? withUnread(text) : text === void 0 ? void 0 : readText(text, path);
    },
    path
  );
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
var readConfigFile = (read, path) => read(path).catch((e) => ({ file: path, failure: readFailureText(e), readFailed: true }));
var isUnread = (read) => typeof read === "object" && read !== null && "failure" in read;
var dotenvValue = (text, name) => new RegExp(`^[ \\t]*(?:export[ \\t]+)?${name}[ \\t]*=[ \\t]*["']?([\\w-]+)`, "m").exec(text)?.[1];

export {
  verdictOncePerReader,
  drizzleDialect,
  prismaDialect,
  upwards,
  readConfigFile,
  isUnread,
  dotenvValue
};
