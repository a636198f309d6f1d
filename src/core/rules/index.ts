// The rule registry: every rule id of the catalogue, one file each. Order is the catalogue order.
import type { Rule } from './rule';
import dropTable from './drop-table';
import dropColumn from './drop-column';
import dropSchema from './drop-schema';
import truncate from './truncate';
import deleteWithoutWhere from './delete-without-where';
import renameTable from './rename-table';
import renameColumn from './rename-column';
import changeColumnType from './change-column-type';
import addRequiredColumn from './add-required-column';
import setNotNull from './set-not-null';
import dropNotNull from './drop-not-null';
import dataBackfill from './data-backfill';
import enumValueAdded from './enum-value-added';
import uniqueConstraint from './unique-constraint';
import nonConcurrentIndex from './non-concurrent-index';
import nonConcurrentIndexDrop from './non-concurrent-index-drop';
import concurrentIndexInTransaction from './concurrent-index-in-transaction';
import nonConcurrentReindex from './non-concurrent-reindex';
import constraintNotValidMissing from './constraint-not-valid-missing';
import volatileDefault from './volatile-default';
import addPrimaryKey from './add-primary-key';
import tableRewrite from './table-rewrite';
import missingLockTimeout from './missing-lock-timeout';
import uncommittedTransaction from './uncommitted-transaction';
import missingDownMigration from './missing-down-migration';
import emptyDownMigration from './empty-down-migration';
import irreversibleOperation from './irreversible-operation';
import forwardOnlyMigration from './forward-only-migration';
import mutableImageTag from './mutable-image-tag';
import rollbackHistoryDisabled from './rollback-history-disabled';
import recreateStrategy from './recreate-strategy';
import deletionProtectionRemoved from './deletion-protection-removed';
import drillUpFailed from './drill-up-failed';
import drillDownFailed from './drill-down-failed';
import drillSchemaDrift from './drill-schema-drift';
import drillDataLoss from './drill-data-loss';
import drillReapplyFailed from './drill-reapply-failed';
import parseError from './parse-error';
import notAnalysed from './not-analysed';

export const RULES: readonly Rule[] = [
  dropTable,
  dropColumn,
  dropSchema,
  truncate,
  deleteWithoutWhere,
  renameTable,
  renameColumn,
  changeColumnType,
  addRequiredColumn,
  setNotNull,
  dropNotNull,
  dataBackfill,
  enumValueAdded,
  uniqueConstraint,
  nonConcurrentIndex,
  nonConcurrentIndexDrop,
  concurrentIndexInTransaction,
  nonConcurrentReindex,
  constraintNotValidMissing,
  volatileDefault,
  addPrimaryKey,
  tableRewrite,
  missingLockTimeout,
  uncommittedTransaction,
  missingDownMigration,
  emptyDownMigration,
  irreversibleOperation,
  forwardOnlyMigration,
  mutableImageTag,
  rollbackHistoryDisabled,
  recreateStrategy,
  deletionProtectionRemoved,
  drillUpFailed,
  drillDownFailed,
  drillSchemaDrift,
  drillDataLoss,
  drillReapplyFailed,
  parseError,
  notAnalysed,
];

const byId = new Map(RULES.map((r) => [r.id, r]));
export const getRule = (id: string): Rule | undefined => byId.get(id);
export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);
