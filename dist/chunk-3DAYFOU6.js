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
} from "./chunk-ZBPPAGKK.js";
import "./chunk-KOAOHZ6H.js";
import "./chunk-KIF3KH6H.js";

// src/core/frameworks/sql.ts
var sql = {
  ...sql_default,
  async analyse({ path, content, siblings }) {
    const pieces = [{ sql: content, line: 1 }];
    if (isDownPath(path)) return analyseDown("sql", pieces);
    const found = downCandidates(path).find((p) => siblings[p] !== void 0);
    if (found === void 0) return analyseUp("sql", pieces, {}, "no-convention", []);
    if (await isEmptySql([{ sql: siblings[found], line: 1 }])) {
      return analyseUp("sql", pieces, {}, "empty", [emptyDownHit(1, baseName(found))]);
    }
    return analyseUp("sql", pieces, {}, "present", []);
  }
};
var sql_default2 = sql;
export {
  sql_default2 as default,
  downCandidates
};
