// Liquibase change types synthesised into Postgres SQL (createTable, addColumn, modifyDataType, …),
// one small handler per change type; `sql` changes are kept as written.
import { ident, sql, sqlString, type ColumnDef, type DslPiece } from '../dsl/common';
import { handlerFor } from '../dispatch';
import type { Dialect } from '../../sql/dialect';
import { liquibaseType } from './types';

/**
 * Change types Liquibase rolls back by itself: the ones whose class in liquibase-standard
 * (`liquibase/change/core/*Change.java`) implements `createInverses()` (liquibase/liquibase at
 * cdbdec7f, August 2026), plus Liquibase Pro's `addCheckConstraint`. A changeset made only of these
 * needs no rollback block.
 */
export const AUTO_ROLLBACK = new Set([
  'addColumn',
  'addDefaultValue',
  'addForeignKeyConstraint',
  'addLookupTable',
  'addNotNullConstraint',
  'addPrimaryKey',
  'addUniqueConstraint',
  'createIndex',
  'createSequence',
  'createTable',
  'createView',
  'dropNotNullConstraint',
  'empty',
  'output',
  'renameColumn',
  'renameSequence',
  'renameTable',
  'renameView',
  'tagDatabase',
  'addCheckConstraint',
]);

export interface LbColumn {
  attrs: Record<string, string>;
  constraints: Record<string, string>;
}

export interface LbChange {
  type: string;
  line: number;
  attrs: Record<string, string>;
  columns: LbColumn[];
  sql?: { text: string; line: number };
  where?: string;
}

export interface LbChangeSet {
  id: string;
  /** Its `author` (formatted SQL writes `author:id` as its id). */
  author?: string;
  line: number;
  changes: LbChange[];
  hasRollback: boolean;
  /**
   * Its rollback is written and does nothing: `--rollback empty`, `--rollback not required` or a bare
   * `--rollback` in formatted SQL, `<rollback/>` in XML, an empty `rollback:` in YAML; the line.
   */
  emptyRollback?: number;
  runInTransaction: boolean;
  /** The databases it runs on, as written (`mysql,mariadb`, `!h2`); every one when absent. */
  dbms?: string;
  /**
   * Where `dbms` was learnt when not from a `dbms` attribute, for messages: its context
   * (`context="mysql"`, see context.ts) or its preconditions (`<dbms type="mysql"/>` with onFail MARK_RAN).
   */
  dbmsSaid?: string;
  /** The SQL of its `sqlCheck` preconditions that expect 0 and skip it otherwise (see empty-table.ts). */
  emptyChecks?: string[];
  /**
   * Its `<modifySql>` rewrites: literal `replace`s Liquibase applies to the SQL the changeset
   * generates, on the databases `dbms` names (all when absent).
   */
  modifySql?: { dbms?: string; replace: [string, string][] }[];
}

export const truthy = (v: string | undefined) => v !== undefined && v.toLowerCase() === 'true';
export const falsy = (v: string | undefined) => v !== undefined && v.toLowerCase() === 'false';

/** A Liquibase type as the SQL type of the database the change is read for. */
type TypeOf = (written: string | undefined) => string;

export function columnDef(c: LbColumn, colType: TypeOf): ColumnDef | undefined {
  const name = c.attrs.name;
  if (!name) return undefined;
  const d: ColumnDef = { name, type: colType(c.attrs.type) };
  if (truthy(c.constraints.primaryKey)) d.primaryKey = true;
  if (falsy(c.constraints.nullable)) d.notNull = true;
  if (truthy(c.constraints.unique)) d.unique = true;
  if (truthy(c.attrs.autoIncrement)) d.identity = true;
  const dv = c.attrs.defaultValue;
  if (dv !== undefined) d.default = sqlString(dv);
  else if (c.attrs.defaultValueNumeric !== undefined) d.default = c.attrs.defaultValueNumeric;
  else if (c.attrs.defaultValueBoolean !== undefined) d.default = c.attrs.defaultValueBoolean.toLowerCase() === 'true' ? 'true' : 'false';
  else if (c.attrs.defaultValueComputed !== undefined) d.default = c.attrs.defaultValueComputed;
  else if (c.attrs.defaultValueDate !== undefined) d.default = sqlString(c.attrs.defaultValueDate);
  if (c.constraints.references) d.references = { table: c.constraints.references.split('(')[0]!.trim() };
  else if (c.constraints.referencedTableName)
    d.references = {
      table: c.constraints.referencedTableName,
      ...(c.constraints.referencedColumnNames ? { column: c.constraints.referencedColumnNames } : {}),
    };
  return d;
}

/** The SQL of a column's `value`, `valueNumeric`, `valueBoolean`, `valueDate` or `valueComputed`; undefined without one. */
function columnValue(c: LbColumn): string | undefined {
  const a = c.attrs;
  if (a.value !== undefined) return sqlString(a.value);
  if (a.valueNumeric !== undefined) return a.valueNumeric;
  if (a.valueBoolean !== undefined) return a.valueBoolean.toLowerCase() === 'true' ? 'true' : 'false';
  if (a.valueDate !== undefined) return sqlString(a.valueDate);
  if (a.valueComputed !== undefined) return a.valueComputed;
  return undefined;
}

export const list = (s: string | undefined) =>
  (s ?? '')
    .split(',')
    .map((x) => x.trim())
    .filter(Boolean);
export const tbl = (a: Record<string, string>, key = 'tableName') => {
  const t = a[key];
  if (!t) return undefined;
  return a.schemaName ? `${a.schemaName}.${t}` : t;
};

type Emit = (sql: string) => void;
/** One change type's SQL: `emit` synthetic statements for the change `c` on `table` (schema-qualified). */
type ChangeHandler = (c: LbChange, table: string | undefined, emit: Emit, colType: TypeOf) => void;

const columnNames = (c: LbChange) => c.columns.map((x) => x.attrs.name).filter((x): x is string => !!x);
const whereClause = (c: LbChange) => (c.where ? ` WHERE ${c.where}` : '');

/** Table and column changes. */
const TABLE_CHANGES: Record<string, ChangeHandler> = {
  createTable: (c, table, emit, colType) => {
    const cols = c.columns.map((x) => columnDef(x, colType)).filter((x): x is ColumnDef => !!x);
    if (table) emit(sql.createTable(table, cols.length ? cols : [{ name: 'id', type: 'bigserial', primaryKey: true }]));
  },
  dropTable: (_c, table, emit) => {
    if (table) emit(sql.dropTable(table));
  },
  // Liquibase's AddColumnChange: a column with a `value*` is added, then filled by an UPDATE, and
  // only then made NOT NULL (existing rows hold the value, none fails).
  addColumn: (c, table, emit, colType) => {
    if (!table) return;
    const updates: string[] = [];
    const notNulls: string[] = [];
    for (const col of c.columns) {
      const d = columnDef(col, colType);
      if (!d) continue;
      const value = columnValue(col);
      emit(sql.addColumn(table, value === undefined ? d : { ...d, notNull: false }));
      if (value === undefined) continue;
      updates.push(`UPDATE ${ident(table)} SET ${ident(d.name)} = ${value};`);
      if (d.notNull) notNulls.push(sql.setNotNull(table, d.name));
    }
    for (const s of [...updates, ...notNulls]) emit(s);
  },
  dropColumn: (c, table, emit) => {
    const names = c.attrs.columnName ? [c.attrs.columnName] : columnNames(c);
    if (table) for (const n of names) emit(sql.dropColumn(table, n));
  },
  renameColumn: ({ attrs: a }, table, emit) => {
    if (table && a.oldColumnName && a.newColumnName) emit(sql.renameColumn(table, a.oldColumnName, a.newColumnName));
  },
  renameTable: ({ attrs: a }, _table, emit) => {
    const from = tbl(a, 'oldTableName');
    if (from && a.newTableName) emit(sql.renameTable(from, a.newTableName));
  },
  renameView: ({ attrs: a }, _table, emit) => {
    const from = tbl(a, 'oldViewName');
    if (from && a.newViewName) emit(`ALTER VIEW ${ident(from)} RENAME TO ${ident(a.newViewName)};`);
  },
  // Liquibase's MergeColumnsChange: the final column added and filled, then both columns dropped.
  mergeColumns: ({ attrs: a }, table, emit, colType) => {
    const [one, two, final] = [a.column1Name, a.column2Name, a.finalColumnName];
    if (!table || !one || !two || !final) return;
    emit(sql.addColumn(table, { name: final, type: a.finalColumnType ? colType(a.finalColumnType) : 'text' }));
    emit(`UPDATE ${ident(table)} SET ${ident(final)} = ${ident(one)} || ${sqlString(a.joinString ?? '')} || ${ident(two)};`);
    emit(sql.dropColumn(table, one));
    emit(sql.dropColumn(table, two));
  },
  modifyDataType: ({ attrs: a }, table, emit, colType) => {
    if (table && a.columnName && a.newDataType) emit(sql.changeType(table, a.columnName, colType(a.newDataType)));
  },
  addNotNullConstraint: ({ attrs: a }, table, emit) => {
    if (!table || !a.columnName) return;
    if (a.defaultNullValue !== undefined) emit(sql.backfillNulls(table, a.columnName, sqlString(a.defaultNullValue)));
    emit(sql.setNotNull(table, a.columnName));
  },
  dropNotNullConstraint: ({ attrs: a }, table, emit) => {
    if (table && a.columnName) emit(sql.dropNotNull(table, a.columnName));
  },
  addDefaultValue: ({ attrs: a }, table, emit, colType) => {
    const d = columnDef({ attrs: { ...a, name: a.columnName ?? '' }, constraints: {} }, colType);
    if (table && a.columnName && d?.default !== undefined) emit(sql.setDefault(table, a.columnName, d.default));
  },
  dropDefaultValue: ({ attrs: a }, table, emit) => {
    if (table && a.columnName) emit(sql.dropDefault(table, a.columnName));
  },
};

/** Indexes and constraints. */
const CONSTRAINT_CHANGES: Record<string, ChangeHandler> = {
  createIndex: (c, table, emit) => {
    const cols = columnNames(c);
    const a = c.attrs;
    if (table && cols.length) emit(sql.createIndex(table, cols, { ...(a.indexName ? { name: a.indexName } : {}), unique: truthy(a.unique) }));
  },
  dropIndex: ({ attrs: a }, _table, emit) => {
    if (a.indexName) emit(sql.dropIndex(a.indexName));
  },
  addForeignKeyConstraint: ({ attrs: a }, _table, emit) => {
    const base = tbl(a, 'baseTableName');
    const ref = a.referencedTableName;
    if (!base || !ref) return;
    const refColumns = list(a.referencedColumnNames);
    emit(
      sql.addForeignKey(base, list(a.baseColumnNames), ref, refColumns.length ? refColumns : ['id'], {
        ...(a.constraintName ? { name: a.constraintName } : {}),
        notValid: falsy(a.validate),
      }),
    );
  },
  dropForeignKeyConstraint: ({ attrs: a }, _table, emit) => {
    const base = tbl(a, 'baseTableName');
    if (base && a.constraintName) emit(sql.dropConstraint(base, a.constraintName));
  },
  addUniqueConstraint: ({ attrs: a }, table, emit) => {
    if (table) emit(sql.addUnique(table, list(a.columnNames), a.constraintName));
  },
  dropUniqueConstraint: ({ attrs: a }, table, emit) => {
    if (table && a.constraintName) emit(sql.dropConstraint(table, a.constraintName));
  },
  dropPrimaryKey: ({ attrs: a }, table, emit) => {
    if (table && a.constraintName) emit(sql.dropConstraint(table, a.constraintName));
  },
  addPrimaryKey: ({ attrs: a }, table, emit) => {
    if (table) emit(sql.addPrimaryKey(table, list(a.columnNames), a.constraintName));
  },
};

/** Data changes. */
const DATA_CHANGES: Record<string, ChangeHandler> = {
  update: (c, table, emit) => {
    const sets = columnNames(c);
    if (table && sets.length) emit(`UPDATE ${ident(table)} SET ${sets.map((s) => `${ident(s)} = NULL`).join(', ')}${whereClause(c)};`);
  },
  delete: (c, table, emit) => {
    if (table) emit(`DELETE FROM ${ident(table)}${whereClause(c)};`);
  },
};

const CHANGES: Record<string, ChangeHandler> = { ...TABLE_CHANGES, ...CONSTRAINT_CHANGES, ...DATA_CHANGES };

/**
 * SQL for one change on the database `dialect` (its types as Liquibase writes them there):
 * synthetic pieces, or the `sql` text itself. Other change types add none.
 */
export function changeSql(c: LbChange, dialect: Dialect): DslPiece[] {
  if (c.type === 'sql') return c.sql && c.sql.text.trim() ? [{ sql: c.sql.text, line: c.sql.line }] : [];
  const out: DslPiece[] = [];
  const colType: TypeOf = (t) => liquibaseType(t, dialect);
  handlerFor(CHANGES, c.type)?.(c, tbl(c.attrs), (s) => out.push({ sql: s, line: c.line, synthetic: true }), colType);
  return out;
}
