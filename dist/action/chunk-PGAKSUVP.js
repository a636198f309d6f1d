import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  SQL_MIGRATE_FORMAT,
  sqlMigratePieces,
  sql_migrate_default
} from "./chunk-3K5ECY3Y.js";
import "./chunk-K7NLEESO.js";
import "./chunk-VKBMTKYT.js";
import "./chunk-YQYMSWCG.js";
import "./chunk-BF324SM3.js";
import "./chunk-Q7EMWZUQ.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  SQL_MIGRATE_FORMAT,
  sql_migrate_default as default,
  sqlMigratePieces
};
