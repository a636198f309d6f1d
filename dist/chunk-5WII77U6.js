import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  drizzleDialect
} from "./chunk-BQEYBF6A.js";
import {
  downCandidates,
  isDownPath,
  sql_default
} from "./chunk-PJQXXDSF.js";
import {
  analyseDown,
  analyseUp,
  baseName,
  downSqlOf,
  emptyDownHit,
  isEmptySql,
  sqlOptions
} from "./chunk-J5OJMNAS.js";
import "./chunk-A2TT3LMJ.js";
import "./chunk-JW6KKIBT.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";

// src/core/frameworks/sql.ts
var isMigration = (name) => name.toLowerCase().endsWith(".sql") && !/(?:^|[._])down\.sql$/i.test(name);
var isMigrationFolder = (name) => name.charCodeAt(0) >= 48 && name.charCodeAt(0) <= 57;
var folderOrder = async (names) => {
  const version = (name) => name.slice(0, name.includes("_") ? name.indexOf("_") : name.length).replaceAll("-", "");
  return names.map((name) => [version(name), name]).sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0).map(([, name]) => name);
};
function perFolder(path) {
  const name = baseName(path);
  if (name !== "up.sql") return void 0;
  const folder = baseName(path.slice(0, -name.length - 1));
  return isMigrationFolder(folder) ? name : void 0;
}
var sql = {
  ...sql_default,
  async analyse(input) {
    const { path, content, siblings } = input;
    const pieces = [{ sql: content, line: 1 }];
    let options = sqlOptions(input);
    if (!options.dialect) {
      const journal = await drizzleDialect(input);
      if (journal) options = { ...options, dialect: journal };
    }
    if (isDownPath(path)) return analyseDown("sql", pieces, options);
    const folder = perFolder(path);
    const history = folder ? { input, isMigration: isMigrationFolder, perFolder: folder, order: folderOrder } : { input, isMigration };
    const found = downCandidates(path).find((p) => siblings[p] !== void 0);
    if (found === void 0) return analyseUp("sql", pieces, options, "no-convention", [], history);
    if (await isEmptySql([{ sql: siblings[found], line: 1 }])) {
      return analyseUp("sql", pieces, options, "empty", [emptyDownHit(1, baseName(found))], history);
    }
    return analyseUp("sql", pieces, options, "present", [], history, downSqlOf(siblings[found], found));
  }
};
var sql_default2 = sql;
export {
  sql_default2 as default,
  downCandidates
};
