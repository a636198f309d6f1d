import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);

// src/core/sql/lazy.ts
var loading;
function sqlAnalyser() {
  loading ??= import("./chunk-TQ6WBKZJ.js");
  return loading;
}
var lintSqlLazily = async (...args) => (await sqlAnalyser()).lintSql(...args);

export {
  sqlAnalyser,
  lintSqlLazily
};
