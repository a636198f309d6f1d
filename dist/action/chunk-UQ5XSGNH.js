import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  downPathOf,
  golang_migrate_default
} from "./chunk-K7NLEESO.js";
import {
  analyseDown,
  analyseUp,
  downSqlOf,
  judgeDownFile,
  sqlOptions
} from "./chunk-VKBMTKYT.js";

// src/core/frameworks/golang-migrate.ts
var DOWN = /([._])down\.sql$/;
var isUpMigration = (name) => downPathOf(name) !== void 0;
var golangMigrate = {
  ...golang_migrate_default,
  async analyse(input) {
    const { path, content, siblings } = input;
    const options = sqlOptions(input, { multiStatementTransaction: true });
    const pieces = [{ sql: content, line: 1 }];
    if (DOWN.test(path)) return analyseDown("golang-migrate", pieces, options);
    const downPath = downPathOf(path);
    const judged = downPath ? await judgeDownFile(siblings[downPath], downPath) : { down: "no-convention", hits: [] };
    const history = { input, isMigration: isUpMigration };
    const down = downPath && judged.down === "present" ? downSqlOf(siblings[downPath], downPath) : void 0;
    return analyseUp("golang-migrate", pieces, options, judged.down, judged.hits, history, down);
  }
};
var golang_migrate_default2 = golangMigrate;

export {
  golang_migrate_default2 as golang_migrate_default
};
