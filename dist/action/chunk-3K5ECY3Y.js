import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  sql_migrate_default
} from "./chunk-K7NLEESO.js";
import {
  analyseSectioned,
  sections
} from "./chunk-VKBMTKYT.js";

// src/core/frameworks/sql-migrate.ts
var SQL_MIGRATE_FORMAT = {
  framework: "sql-migrate",
  prefix: "-- +migrate",
  section: (m) => m.text.split(/\s+/)[0]?.toLowerCase() ?? "",
  transactional: (_markers, up) => !(up?.text.toLowerCase().split(/\s+/).includes("notransaction") ?? false),
  downName: "-- +migrate Down"
};
function sqlMigratePieces(content) {
  const s = sections(content, SQL_MIGRATE_FORMAT);
  return { up: s.upPieces, down: s.downPieces, transactional: s.transactional };
}
var sqlMigrate = {
  ...sql_migrate_default,
  analyse: (input) => analyseSectioned(input, SQL_MIGRATE_FORMAT)
};
var sql_migrate_default2 = sqlMigrate;

export {
  SQL_MIGRATE_FORMAT,
  sqlMigratePieces,
  sql_migrate_default2 as sql_migrate_default
};
