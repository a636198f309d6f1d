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
  { rule: 'drop-table', check: dropTable },
  { rule: 'drop-column', check: dropColumn },
  { rule: 'drop-schema', check: dropSchema },
  { rule: 'truncate', check: truncate },
  { rule: 'delete-without-where', check: deleteWithoutWhere },
  { rule: 'rename-table', check: renameTable },
  { rule: 'rename-column', check: renameColumn },
  { rule: 'change-column-type', check: changeColumnType },
  { rule: 'add-required-column', check: addRequiredColumn },
  { rule: 'set-not-null', check: setNotNull },
  { rule: 'drop-not-null', check: dropNotNull },
  { rule: 'data-backfill', check: dataBackfill },
  { rule: 'enum-value-added', check: enumValueAdded },
  { rule: 'unique-constraint', check: uniqueConstraint },
  { rule: 'non-concurrent-index', check: nonConcurrentIndex },
  { rule: 'non-concurrent-index-drop', check: nonConcurrentIndexDrop },
  { rule: 'concurrent-index-in-transaction', check: concurrentIndexInTransaction },
  { rule: 'non-concurrent-reindex', check: nonConcurrentReindex },
  { rule: 'constraint-not-valid-missing', check: constraintNotValidMissing },
  { rule: 'volatile-default', check: volatileDefault },
  { rule: 'add-primary-key', check: addPrimaryKey },
  { rule: 'table-rewrite', check: tableRewrite },
  { rule: 'missing-lock-timeout', check: missingLockTimeout },
  { rule: 'uncommitted-transaction', check: uncommittedTransaction, finish: finishUncommittedTransaction },
];
