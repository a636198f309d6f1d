import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);

// src/core/sql/checks/restated.ts
var UNKNOWN_TYPE_WHY = "its earlier type is not in this migration";
var RESTATED_NOT_NULL = "It also restates the column as NOT NULL: if it allowed NULL, this fails while any row holds NULL, and old code that writes NULL fails after a rollback (see set-not-null).";
var RESTATED_NULLABLE = "It also restates the column as nullable: if it was NOT NULL, new code may write NULLs that the old code (back after a rollback) does not expect (see drop-not-null).";
var RESTATED_UNIQUE = "It also restates the column as UNIQUE: if it was not, this builds a unique index under a lock and fails on the first duplicate (see unique-constraint).";

export {
  UNKNOWN_TYPE_WHY,
  RESTATED_NOT_NULL,
  RESTATED_NULLABLE,
  RESTATED_UNIQUE
};
