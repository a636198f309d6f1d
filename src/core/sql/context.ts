// What the checks know about the statements before the current one, across all pieces of a file.
import type { ColumnDef, IndexStmt, TypeName } from 'libpg-query';
import type { Dialect, Hit } from '../types';
import { ColumnSwaps } from './column-swap';
import { PLACEHOLDER } from '../frameworks/dsl/binds';

/**
 * An `ALTER COLUMN … TYPE` on an existing table whose old type the file does not say. It is
 * reported provisionally (`hit`): an error, or a warning when the target is a usual widening
 * (text, varchar, numeric, citext without USING). The frameworks that can read the folder's
 * earlier migrations look the old type up and settle it (`settleTypeChange`): the same type or
 * a widening withdraws the hit, anything else makes it an error that names the old type.
 */
export interface PendingTypeChange {
  kind: 'type';
  /** Unqualified, parser-normalised table name. */
  table: string;
  tableLabel: string;
  /** The column's name in the earlier migrations (before renames in this file). */
  column: string;
  /** The column's name in this statement, for messages. */
  columnLabel: string;
  type: TypeName | undefined;
  /** The file's dialect when it is not Postgres (what a widening is differs: MySQL's TEXT is bounded). */
  dialect?: string;
  line: number;
  /** The session's time zone was UTC at the change (see `SqlContext.utcSession`). */
  utc?: boolean;
  /** The provisional finding, as reported when the old type stays unknown. */
  hit: Hit;
  /** Made by a swap (see src/core/sql/column-swap.ts): how, for messages, and whether the copy converts the values. */
  swap?: { how: string; converts: boolean };
}

/**
 * A `SET NOT NULL` or `DROP NOT NULL` that restates a column the file does not define (a TYPE for
 * it comes with it: Sequelize's `changeColumn`, Rails' `change_column`, Knex's `.alter()` and pop's
 * fizz repeat the whole column). Reported provisionally (`hit`); where the folder's earlier
 * migrations can be read, the column's nullability before it is looked up: a restatement of it
 * changes nothing and its finding is withdrawn. Unknown, it stands.
 */
export interface PendingNullChange {
  kind: 'nullability';
  table: string;
  column: string;
  /** Whether the column allows NULL after the statement. */
  nullable: boolean;
  hit: Hit;
  /** True when its own statement sets the column's TYPE; else the `line\0table.column` a TYPE from the same DSL call would have. */
  restated: true | string;
  /**
   * A restatement every table rebuild makes of every column it copies: `hit` is reported only when
   * the earlier migrations show a change (nothing when they do not say), not provisionally.
   */
  quiet?: true;
}

/**
 * An existing table rebuilt by copy (`CREATE TABLE temporary_t …; INSERT INTO temporary_t (…) SELECT
 * … FROM t; DROP TABLE t; ALTER TABLE temporary_t RENAME TO t`: how TypeORM, drizzle-kit and Prisma
 * change a SQLite table), whose columns before this file only the folder's earlier migrations say:
 * each of them the copy does not take is dropped with its data. Nothing is reported until they are
 * looked up; `hit` is what is said when they cannot be.
 */
export interface PendingRebuild {
  kind: 'rebuild';
  /** The table's name in the earlier migrations. */
  table: string;
  /** Its name here, and the name of the copy that replaces it. */
  name: string;
  copy: string;
  /** The columns the copy takes, by their names in the earlier migrations. */
  copied: ReadonlySet<string>;
  /** Columns this file added to the table before the rebuild (no earlier migration has them). */
  addedHere: readonly string[];
  /** The copy's own columns: one of them the copy does not fill from the table keeps its name but not its values. */
  refilled: ReadonlySet<string>;
  /** A warning at the DROP TABLE, for when the table's earlier columns cannot be found. */
  hit: Hit;
}

/** A finding on a column that only the folder's earlier migrations can settle. */
/**
 * A SET NOT NULL on a column that a valid `CHECK (column IS NOT NULL)` may already cover (strong_migrations'
 * way: the check NOT VALID in one release, VALIDATE in this file or an earlier one, then SET NOT NULL):
 * Postgres takes the check as proof and skips the scan, and NULL writes were refused since that check
 * was added: nothing new breaks, and `hit` is withdrawn. Only the earlier migrations say what they check.
 */
export interface PendingNullCheck {
  kind: 'null-check';
  table: string;
  column: string;
  /** The constraints this file validated on the table before the SET NOT NULL (checks earlier migrations added NOT VALID). */
  constraints: string[];
  /** The constraints this file dropped from the table before the SET NOT NULL. */
  dropped: string[];
  hit: Hit;
}

/**
 * `DROP TABLE IF EXISTS t` before this file creates `t` (`DROP TABLE IF EXISTS t; CREATE TABLE t (…)`,
 * how dataease/dataease's Flyway migrations create each table): when no earlier migration of the
 * folder touches `t`, there is no table to drop, and `hit` is withdrawn. `created`: the tables this
 * file creates, read when the file is done.
 */
export interface PendingGuardDrop {
  kind: 'guard-drop';
  table: string;
  created: ReadonlySet<string>;
  hit: Hit;
}

/**
 * An index or constraint built on a table this file did not create, whose advice differs when the
 * table is partitioned (`CREATE TABLE … PARTITION BY` in an earlier migration): Postgres refuses
 * CONCURRENTLY on a partitioned table ("cannot create index on partitioned table … concurrently",
 * DefineIndex in indexcmds.c). `hit` (the advice for a plain table) is reported provisionally;
 * when the earlier migrations show the table partitioned, `partitioned` stands in its place
 * (nothing when undefined).
 */
export interface PendingPartitionedTable {
  kind: 'partitioned';
  table: string;
  hit: Hit;
  partitioned: Hit | undefined;
}

export type PendingColumnChange = PendingTypeChange | PendingNullChange | PendingRebuild | PendingNullCheck | PendingGuardDrop | PendingPartitionedTable;

export interface SqlContext {
  /** 1-based file line of the current statement's first token. */
  line: number;
  /** The current piece was synthesised from a DSL call (no SET lock_timeout can precede it). */
  synthetic: boolean;
  /** The framework wraps the migration in a transaction. */
  transactional: boolean;
  /** Several statements sent as one query string: COMMIT only starts the next implicit transaction. */
  singleQuery: boolean;
  /** Why the migration runs in a transaction when the SQL does not say so (for messages). */
  transactionReason: string;
  /** Tables (unqualified, parser-normalised names) created earlier in the same file: new, empty, unused. */
  createdTables: Set<string>;
  /** Indexes created earlier in the same file. */
  createdIndexes: Set<string>;
  /** Tables this file created `PARTITION BY` (kept across units: they stay partitioned). */
  partitionedTables: Set<string>;
  /** The `CREATE INDEX CONCURRENTLY` statements of this file so far (a later plain one on the parent may attach them). */
  concurrentIndexes: IndexStmt[];
  /** Enum types created earlier in the same file, with their values in order. */
  createdTypes: Map<string, string[]>;
  /** Inside a transaction block: an explicit BEGIN, or the framework's own until a COMMIT escapes it. */
  inTransaction: boolean;
  /** Line of an explicit BEGIN not yet matched by COMMIT/ROLLBACK. */
  openBeginLine: number | undefined;
  /** A non-zero `SET lock_timeout` ran earlier. */
  lockTimeoutSet: boolean;
  /** missing-lock-timeout has already been reported for this file (once is enough). */
  lockTimeoutReported: boolean;
  /** drop-table hits by table name, withdrawn when a same-file copy is renamed into its place. */
  dropHits: Map<string, Hit>;
  /** rename-table hits by the old name, withdrawn when the file puts a view, or the rows, back under it (src/core/sql/swaps.ts). */
  renameHits: Map<string, Hit>;
  /** The new name of each table this file renamed (`old` → `new`). */
  renamedTo: Map<string, string>;
  /** Views and materialized views this file created. */
  views: Set<string>;
  /** Tables this file filled with `INSERT … SELECT … FROM <one table>`, and that table. */
  filledFrom: Map<string, string>;
  /** The file's dialect, when it is not Postgres. */
  dialect?: Dialect;
  /** Hits to withdraw at the end (the TypeORM/SQLite-style rebuild: copy, drop, rename back). */
  withdrawn: Set<Hit>;
  /**
   * Tables made in this file and filled from another (`INSERT INTO temporary_t ("a", "b") SELECT
   * "x", "b" FROM t`): the source, each target column with the source column it takes, and
   * `filtered` when the copy keeps only some rows (WHERE, LIMIT, DISTINCT, GROUP BY).
   */
  copies: Map<string, { from: string; columns: [string, string][]; filtered?: boolean }>;
  /** The line of each table's DROP TABLE not yet followed by a copy renamed into its place. */
  drops: Map<string, number>;
  /** Columns of the tables this file created, in order, as the file has left them so far. */
  tableColumns: Map<string, string[]>;
  /** The column definitions of the tables this file created, as their CREATE TABLE wrote them. */
  tableDefs: Map<string, ColumnDef[]>;
  /** Tables this file made by rebuilding an existing one: created here, but holding its rows. */
  holdsRows: Set<string>;
  /** Columns this file added NOT NULL with a default to an existing table (`table.column`), and the line. */
  requiredWithDefault: Map<string, number>;
  /** Type and nullability changes the file alone cannot judge (see `PendingColumnChange`). */
  columnChanges: PendingColumnChange[];
  /** Column types this file set on existing tables (`table.column` → type), newest last. */
  columnTypes: Map<string, TypeName | undefined>;
  /** Whether columns of existing tables allow NULL, as this file left them (`table.column`). */
  columnNullable: Map<string, boolean>;
  /** Columns swapped towards a new type so far (see src/core/sql/column-swap.ts). */
  swaps: ColumnSwaps;
  /**
   * Columns of existing tables this file dropped (`table.column`), with the drop-column hit, the type
   * the file knew them by and the name the earlier migrations give them: a swap that renames a copy
   * of one into its place withdraws the hit and is a type change instead.
   */
  columnDrops: Map<string, { hit: Hit; type: TypeName | undefined; nullable: boolean | undefined; origin: string }>;
  /** `line\0table.column` of every TYPE change so far: a SET/DROP NOT NULL from the same DSL call restates the column. */
  typedAt: Set<string>;
  /** Constraints this file validated (`VALIDATE CONSTRAINT`), by table: a later SET NOT NULL may rest on one. */
  validated: Map<string, string[]>;
  /** Constraints this file dropped (`DROP CONSTRAINT`), by table: a later SET NOT NULL cannot rest on one. */
  droppedConstraints: Map<string, string[]>;
  /**
   * Columns (`table.column`) this file adds to tables that existed before it: an UPDATE that only
   * fills them rewrites no value that was there before, and the down that drops them takes it along.
   */
  addedColumns: Set<string>;
  /** Of `addedColumns`: those that have a default now (ADD COLUMN … DEFAULT, SET DEFAULT; DROP DEFAULT takes it away). */
  addedDefaults: Set<string>;
  /** Of `addedColumns`: those whose existing rows hold values (added with a default, or set by an UPDATE after it). */
  addedFilled: Set<string>;
  /** Of `addedColumns`: those an UPDATE with a WHERE set (some rows, maybe all). */
  addedPartlyFilled: Set<string>;
  /**
   * The session's time zone is UTC (`SET timezone = 'UTC'` earlier in the file): Postgres 12+
   * changes timestamp ↔ timestamptz without rewriting the table then.
   */
  utcSession: boolean;
  /**
   * Names tables and columns had before this file renamed them (`registry` → `replication_target`,
   * `table.new` → `old`): a type change after a rename is looked up under the old names.
   */
  origins: Map<string, string>;
}

export function newContext(transactional: boolean, singleQuery = false): SqlContext {
  return {
    line: 1,
    synthetic: false,
    transactional,
    singleQuery,
    transactionReason: 'the framework wraps migrations in a transaction',
    createdTables: new Set(),
    createdIndexes: new Set(),
    partitionedTables: new Set(),
    concurrentIndexes: [],
    createdTypes: new Map(),
    inTransaction: transactional || singleQuery,
    openBeginLine: undefined,
    lockTimeoutSet: false,
    lockTimeoutReported: false,
    dropHits: new Map(),
    renameHits: new Map(),
    renamedTo: new Map(),
    views: new Set(),
    filledFrom: new Map(),
    withdrawn: new Set(),
    copies: new Map(),
    drops: new Map(),
    tableColumns: new Map(),
    tableDefs: new Map(),
    holdsRows: new Set(),
    requiredWithDefault: new Map(),
    columnChanges: [],
    columnTypes: new Map(),
    columnNullable: new Map(),
    typedAt: new Set(),
    swaps: new ColumnSwaps(),
    columnDrops: new Map(),
    validated: new Map(),
    droppedConstraints: new Map(),
    addedColumns: new Set(),
    addedDefaults: new Set(),
    addedFilled: new Set(),
    addedPartlyFilled: new Set(),
    utcSession: false,
    origins: new Map(),
  };
}

/** The table existed before this migration (so it has rows and running code uses it). */
export const isExisting = (ctx: SqlContext, table: string): boolean => !ctx.createdTables.has(table);

/**
 * A name a reader could only say is set at run time (shown as "…"): two such names are never known
 * to be the same one. `ADD COLUMN <a>` then `DROP COLUMN <b>`, each named at run time, may drop an
 * old column: a drop is judged as of an existing table or column unless this file made it by a
 * name known here.
 */
const runTime = (name: string): boolean => name.includes(PLACEHOLDER);

/** This file created the table, by a name known here: dropping it loses nothing that existed. */
export const createdHere = (ctx: SqlContext, table: string): boolean => ctx.createdTables.has(table) && !runTime(table);

/** This file added the column (`table.column`), by a name known here. */
export const addedHere = (ctx: SqlContext, key: string): boolean => ctx.addedColumns.has(key) && !runTime(key);

export const hit = (rule: string, ctx: SqlContext, message: string): Hit => ({ rule, line: ctx.line, message });
