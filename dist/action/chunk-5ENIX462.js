import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  drizzleDialect
} from "./chunk-2F3IQ3XW.js";
import {
  downCandidates,
  isDownPath,
  sql_default
} from "./chunk-C67DTCLH.js";
import {
  analyseDown,
  analyseUp,
  baseName,
  downSqlOf,
  emptyDownHit,
  isEmptySql,
  sqlOptions
} from "./chunk-3ITFBLXX.js";
import "./chunk-NYMSVNFH.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";

// src/core/frameworks/sql.ts
var isMigration = (name) => name.toLowerCase().endsWith(".sql") && !/(?:^|[._])down\.sql$/i.test(name);
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
    const history = { input, isMigration };
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
