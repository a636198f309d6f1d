// Every SQL rule check, one file each; lintSql runs them in this order for each statement.
import type { SqlRuleCheck } from './types';
import { dropTable } from './drop-table';
import { dropColumn } from './drop-column';
import { dropSchema } from './drop-schema';
import { truncate } from './truncate';
import { deleteWithoutWhere } from './delete-without-where';
import { renameTable } from './rename-table';
import { renameColumn } from './rename-column';
import { changeColumnType } from './change-column-type';
import { addRequiredColumn } from './add-required-column';
import { setNotNull } from './set-not-null';
import { dropNotNull } from './drop-not-null';
import { dataBackfill } from './data-backfill';
import { enumValueAdded } from './enum-value-added';
import { uniqueConstraint } from './unique-constraint';
import { nonConcurrentIndex } from './non-concurrent-index';
import { nonConcurrentIndexDrop } from './non-concurrent-index-drop';
import { concurrentIndexInTransaction } from './concurrent-index-in-transaction';
import { nonConcurrentReindex } from './non-concurrent-reindex';
import { constraintNotValidMissing } from './constraint-not-valid-missing';
import { volatileDefault } from './volatile-default';
import { addPrimaryKey } from './add-primary-key';
import { tableRewrite } from './table-rewrite';
import { missingLockTimeout } from './missing-lock-timeout';
import { uncommittedTransaction, finishUncommittedTransaction } from './uncommitted-transaction';

export const SQL_CHECKS: readonly SqlRuleCheck[] = [
  { rule: 'drop-table', kinds: ['DropStmt'], check: dropTable },
  { rule: 'drop-column', kinds: ['AlterTableStmt', 'RenameStmt', 'DropStmt'], check: dropColumn },
  { rule: 'drop-schema', kinds: ['DropStmt', 'DropdbStmt'], check: dropSchema },
  { rule: 'truncate', kinds: ['TruncateStmt'], check: truncate },
  { rule: 'delete-without-where', kinds: ['DeleteStmt', 'InsertStmt', 'UpdateStmt', 'SelectStmt', 'MergeStmt'], check: deleteWithoutWhere },
  { rule: 'rename-table', kinds: ['RenameStmt', 'AlterObjectSchemaStmt'], check: renameTable },
  { rule: 'rename-column', kinds: ['RenameStmt'], check: renameColumn },
  { rule: 'change-column-type', kinds: ['AlterTableStmt', 'AlterEnumStmt', 'RenameStmt'], check: changeColumnType },
  { rule: 'add-required-column', kinds: ['AlterTableStmt', 'InsertStmt'], check: addRequiredColumn },
  { rule: 'set-not-null', kinds: ['AlterTableStmt', 'RenameStmt'], check: setNotNull },
  { rule: 'drop-not-null', kinds: ['AlterTableStmt', 'RenameStmt'], check: dropNotNull },
  { rule: 'data-backfill', kinds: ['UpdateStmt', 'DeleteStmt', 'InsertStmt', 'MergeStmt', 'SelectStmt'], check: dataBackfill },
  { rule: 'enum-value-added', kinds: ['AlterEnumStmt'], check: enumValueAdded },
  { rule: 'unique-constraint', kinds: ['AlterTableStmt'], check: uniqueConstraint },
  { rule: 'non-concurrent-index', kinds: ['IndexStmt'], check: nonConcurrentIndex },
  { rule: 'non-concurrent-index-drop', kinds: ['DropStmt'], check: nonConcurrentIndexDrop },
  { rule: 'concurrent-index-in-transaction', kinds: ['IndexStmt', 'DropStmt', 'ReindexStmt'], check: concurrentIndexInTransaction },
  { rule: 'non-concurrent-reindex', kinds: ['ReindexStmt'], check: nonConcurrentReindex },
  { rule: 'constraint-not-valid-missing', kinds: ['AlterTableStmt'], check: constraintNotValidMissing },
  { rule: 'volatile-default', kinds: ['AlterTableStmt'], check: volatileDefault },
  { rule: 'add-primary-key', kinds: ['AlterTableStmt'], check: addPrimaryKey },
  { rule: 'table-rewrite', kinds: ['VacuumStmt', 'ClusterStmt', 'AlterTableStmt', 'RefreshMatViewStmt', 'AlterTableMoveAllStmt'], check: tableRewrite },
  {
    rule: 'missing-lock-timeout',
    kinds: ['AlterTableStmt', 'IndexStmt', 'RenameStmt', 'CreateTrigStmt', 'ClusterStmt', 'ReindexStmt', 'TruncateStmt', 'DropStmt'],
    check: missingLockTimeout,
  },
  { rule: 'uncommitted-transaction', kinds: [], check: uncommittedTransaction, finish: finishUncommittedTransaction },
];

/** The checks that read each statement kind (`AlterTableStmt` → …): only those run on it. */
export const CHECKS_BY_KIND: ReadonlyMap<string, readonly SqlRuleCheck[]> = (() => {
  const map = new Map<string, SqlRuleCheck[]>();
  for (const c of SQL_CHECKS) for (const kind of c.kinds) map.set(kind, [...(map.get(kind) ?? []), c]);
  return map;
})();
