import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  analyseDown,
  analyseUp,
  baseName,
  downCandidates,
  emptyDownHit,
  isDownPath,
  isEmptySql,
  sql_default
} from "./chunk-EDZVOD4D.js";
import "./chunk-KOAOHZ6H.js";
import "./chunk-KIF3KH6H.js";

// src/core/frameworks/sql.ts
var sql = {
  ...sql_default,
  async analyse(input) {
    const { path, content, siblings } = input;
    const pieces = [{ sql: content, line: 1 }];
    if (isDownPath(path)) return analyseDown("sql", pieces);
    const isMigration = (name) => name.toLowerCase().endsWith(".sql") && !/[._]down\.sql$/i.test(name);
    const history = { input, isMigration };
    const found = downCandidates(path).find((p) => siblings[p] !== void 0);
    if (found === void 0) return analyseUp("sql", pieces, {}, "no-convention", [], history);
    if (await isEmptySql([{ sql: siblings[found], line: 1 }])) {
      return analyseUp("sql", pieces, {}, "empty", [emptyDownHit(1, baseName(found))], history);
    }
    return analyseUp("sql", pieces, {}, "present", [], history);
  }
};
var sql_default2 = sql;
export {
  sql_default2 as default,
  downCandidates
};
