import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);

// src/core/rules/rule.ts
var defineRule = (rule) => rule;

// src/core/rules/drop-table.ts
var drop_table_default = defineRule({
  id: "drop-table",
  category: "destructive",
  defaultSeverity: "error",
  summary: "DROP TABLE deletes the table and its rows; a rollback cannot bring them back."
});

// src/core/rules/drop-column.ts
var drop_column_default = defineRule({
  id: "drop-column",
  category: "destructive",
  defaultSeverity: "error",
  summary: "DROP COLUMN deletes the column's data; a rollback cannot bring it back and old code still reads it."
});

// src/core/rules/drop-schema.ts
var drop_schema_default = defineRule({
  id: "drop-schema",
  category: "destructive",
  defaultSeverity: "error",
  summary: "DROP SCHEMA or DROP DATABASE deletes everything inside it."
});

// src/core/rules/truncate.ts
var truncate_default = defineRule({
  id: "truncate",
  category: "destructive",
  defaultSeverity: "error",
  summary: "TRUNCATE deletes every row of the table."
});

// src/core/rules/delete-without-where.ts
var delete_without_where_default = defineRule({
  id: "delete-without-where",
  category: "destructive",
  defaultSeverity: "error",
  summary: "DELETE without a WHERE clause deletes every row of the table."
});

// src/core/rules/rename-table.ts
var rename_table_default = defineRule({
  id: "rename-table",
  category: "incompatible",
  defaultSeverity: "error",
  summary: "Renaming a table breaks the code that is running (and the code you would roll back to)."
});

// src/core/rules/rename-column.ts
var rename_column_default = defineRule({
  id: "rename-column",
  category: "incompatible",
  defaultSeverity: "error",
  summary: "Renaming a column breaks the code that is running (and the code you would roll back to)."
});

// src/core/rules/change-column-type.ts
var change_column_type_default = defineRule({
  id: "change-column-type",
  category: "incompatible",
  defaultSeverity: "error",
  summary: "Changing a column's type can lose data, rewrites the table and breaks old code."
});

// src/core/rules/add-required-column.ts
var add_required_column_default = defineRule({
  id: "add-required-column",
  category: "incompatible",
  defaultSeverity: "error",
  summary: "Adding a NOT NULL column without a default breaks inserts from old code."
});

// src/core/rules/set-not-null.ts
var set_not_null_default = defineRule({
  id: "set-not-null",
  category: "incompatible",
  defaultSeverity: "error",
  summary: "SET NOT NULL breaks old code that writes NULL and scans the table under an exclusive lock."
});

// src/core/rules/drop-not-null.ts
var drop_not_null_default = defineRule({
  id: "drop-not-null",
  category: "incompatible",
  defaultSeverity: "error",
  summary: "DROP NOT NULL lets new code write NULLs that old code does not expect."
});

// src/core/rules/data-backfill.ts
var data_backfill_default = defineRule({
  id: "data-backfill",
  category: "data",
  defaultSeverity: "warning",
  summary: "UPDATE or INSERT \u2026 SELECT in a schema migration changes data a down migration cannot restore."
});

// src/core/rules/enum-value-added.ts
var enum_value_added_default = defineRule({
  id: "enum-value-added",
  category: "data",
  defaultSeverity: "warning",
  summary: "Postgres cannot drop a value from an enum type: the change is one-way."
});

// src/core/rules/unique-constraint.ts
var unique_constraint_default = defineRule({
  id: "unique-constraint",
  category: "data",
  defaultSeverity: "warning",
  summary: "A unique constraint or index fails on duplicates and locks the table while it is built."
});

// src/core/rules/non-concurrent-index.ts
var non_concurrent_index_default = defineRule({
  id: "non-concurrent-index",
  category: "locking",
  defaultSeverity: "warning",
  summary: "CREATE INDEX without CONCURRENTLY blocks writes to the table while it builds."
});

// src/core/rules/non-concurrent-index-drop.ts
var non_concurrent_index_drop_default = defineRule({
  id: "non-concurrent-index-drop",
  category: "locking",
  defaultSeverity: "warning",
  summary: "DROP INDEX without CONCURRENTLY takes an exclusive lock on the table."
});

// src/core/rules/concurrent-index-in-transaction.ts
var concurrent_index_in_transaction_default = defineRule({
  id: "concurrent-index-in-transaction",
  category: "locking",
  defaultSeverity: "warning",
  summary: "CREATE/DROP INDEX CONCURRENTLY cannot run inside a transaction block."
});

// src/core/rules/non-concurrent-reindex.ts
var non_concurrent_reindex_default = defineRule({
  id: "non-concurrent-reindex",
  category: "locking",
  defaultSeverity: "warning",
  summary: "REINDEX without CONCURRENTLY blocks writes (and reads using the index)."
});

// src/core/rules/constraint-not-valid-missing.ts
var constraint_not_valid_missing_default = defineRule({
  id: "constraint-not-valid-missing",
  category: "locking",
  defaultSeverity: "warning",
  summary: "A foreign key or CHECK constraint added without NOT VALID scans the table under lock."
});

// src/core/rules/volatile-default.ts
var volatile_default_default = defineRule({
  id: "volatile-default",
  category: "locking",
  defaultSeverity: "warning",
  summary: "A volatile default or a stored generated column rewrites the whole table."
});

// src/core/rules/add-primary-key.ts
var add_primary_key_default = defineRule({
  id: "add-primary-key",
  category: "locking",
  defaultSeverity: "warning",
  summary: "Adding a primary key builds an index and scans the table under an exclusive lock."
});

// src/core/rules/table-rewrite.ts
var table_rewrite_default = defineRule({
  id: "table-rewrite",
  category: "locking",
  defaultSeverity: "warning",
  summary: "VACUUM FULL and CLUSTER rewrite the table under an ACCESS EXCLUSIVE lock."
});

// src/core/rules/missing-lock-timeout.ts
var missing_lock_timeout_default = defineRule({
  id: "missing-lock-timeout",
  category: "locking",
  defaultSeverity: "off",
  summary: "A lock-taking statement without a lock_timeout can queue behind long transactions and stall traffic."
});

// src/core/rules/uncommitted-transaction.ts
var uncommitted_transaction_default = defineRule({
  id: "uncommitted-transaction",
  category: "locking",
  defaultSeverity: "warning",
  summary: "A BEGIN without a matching COMMIT leaves the transaction open."
});

// src/core/rules/missing-down-migration.ts
var missing_down_migration_default = defineRule({
  id: "missing-down-migration",
  category: "reversibility",
  defaultSeverity: "error",
  summary: "The framework expects a down migration and there is none."
});

// src/core/rules/empty-down-migration.ts
var empty_down_migration_default = defineRule({
  id: "empty-down-migration",
  category: "reversibility",
  defaultSeverity: "error",
  summary: "The down migration exists but does nothing, or raises an irreversible error."
});

// src/core/rules/irreversible-operation.ts
var irreversible_operation_default = defineRule({
  id: "irreversible-operation",
  category: "reversibility",
  defaultSeverity: "error",
  summary: "The migration uses an operation the framework cannot reverse."
});

// src/core/rules/forward-only-migration.ts
var forward_only_migration_default = defineRule({
  id: "forward-only-migration",
  category: "reversibility",
  defaultSeverity: "warning",
  summary: "The framework has no down migration here: the plan must name a backup and restore."
});

// src/core/rules/mutable-image-tag.ts
var mutable_image_tag_default = defineRule({
  id: "mutable-image-tag",
  category: "deploy",
  defaultSeverity: "error",
  summary: "An image without a pinned tag or digest (latest, no tag) cannot be rolled back to."
});

// src/core/rules/rollback-history-disabled.ts
var rollback_history_disabled_default = defineRule({
  id: "rollback-history-disabled",
  category: "deploy",
  defaultSeverity: "error",
  summary: "revisionHistoryLimit: 0 removes the old ReplicaSets a rollback needs."
});

// src/core/rules/recreate-strategy.ts
var recreate_strategy_default = defineRule({
  id: "recreate-strategy",
  category: "deploy",
  defaultSeverity: "warning",
  summary: "The Recreate strategy takes every pod down before starting new ones: a rollback is an outage too."
});

// src/core/rules/deletion-protection-removed.ts
var deletion_protection_removed_default = defineRule({
  id: "deletion-protection-removed",
  category: "deploy",
  defaultSeverity: "error",
  summary: "Turning off deletion protection (prevent_destroy, deletion_protection) lets a bad apply destroy data."
});

// src/core/rules/drill-up-failed.ts
var drill_up_failed_default = defineRule({
  id: "drill-up-failed",
  category: "drill",
  defaultSeverity: "error",
  summary: "The rehearsal could not apply the migration."
});

// src/core/rules/drill-down-failed.ts
var drill_down_failed_default = defineRule({
  id: "drill-down-failed",
  category: "drill",
  defaultSeverity: "error",
  summary: "The rehearsal could not roll the migration back."
});

// src/core/rules/drill-schema-drift.ts
var drill_schema_drift_default = defineRule({
  id: "drill-schema-drift",
  category: "drill",
  defaultSeverity: "error",
  summary: "After up then down the schema differs from where it started."
});

// src/core/rules/drill-data-loss.ts
var drill_data_loss_default = defineRule({
  id: "drill-data-loss",
  category: "drill",
  defaultSeverity: "error",
  summary: "Rows or values present before the up are gone after the down."
});

// src/core/rules/drill-reapply-failed.ts
var drill_reapply_failed_default = defineRule({
  id: "drill-reapply-failed",
  category: "drill",
  defaultSeverity: "error",
  summary: "The migration fails when applied again after the down."
});

// src/core/rules/parse-error.ts
var parse_error_default = defineRule({
  id: "parse-error",
  category: "meta",
  defaultSeverity: "notice",
  summary: "The file could not be parsed; it was read conservatively."
});

// src/core/rules/not-analysed.ts
var not_analysed_default = defineRule({
  id: "not-analysed",
  category: "meta",
  defaultSeverity: "notice",
  summary: "A migration file no reader analyses (or only in part): it was not checked, and the finding says why."
});

// src/core/rules/index.ts
var RULES = [
  drop_table_default,
  drop_column_default,
  drop_schema_default,
  truncate_default,
  delete_without_where_default,
  rename_table_default,
  rename_column_default,
  change_column_type_default,
  add_required_column_default,
  set_not_null_default,
  drop_not_null_default,
  data_backfill_default,
  enum_value_added_default,
  unique_constraint_default,
  non_concurrent_index_default,
  non_concurrent_index_drop_default,
  concurrent_index_in_transaction_default,
  non_concurrent_reindex_default,
  constraint_not_valid_missing_default,
  volatile_default_default,
  add_primary_key_default,
  table_rewrite_default,
  missing_lock_timeout_default,
  uncommitted_transaction_default,
  missing_down_migration_default,
  empty_down_migration_default,
  irreversible_operation_default,
  forward_only_migration_default,
  mutable_image_tag_default,
  rollback_history_disabled_default,
  recreate_strategy_default,
  deletion_protection_removed_default,
  drill_up_failed_default,
  drill_down_failed_default,
  drill_schema_drift_default,
  drill_data_loss_default,
  drill_reapply_failed_default,
  parse_error_default,
  not_analysed_default
];
var byId = new Map(RULES.map((r) => [r.id, r]));
var getRule = (id) => byId.get(id);
var RULE_IDS = RULES.map((r) => r.id);

export {
  getRule,
  RULE_IDS
};
