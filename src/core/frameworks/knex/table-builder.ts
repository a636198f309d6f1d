// Knex's table builder (`table.string('email').notNullable()`, `table.dropColumn('x')`) in
// Postgres terms: column types, then one small handler per builder method.
// The column types are the methods of Knex's TableBuilder (lib/schema/tablebuilder.js
// `columnTypes`), aliases included: `dateTime`, `bool`, `bigInteger` are the same columns as
// `datetime`, `boolean`, `bigint` (Knex lower-cases the type before compiling it).
import type { Node } from '../../parsers/tree-sitter';
import { ident, sql, sqlString, type ColumnDef } from '../dsl/common';
import { callArgs, constantValue, jsBool, jsDefault, jsNumber, jsStr, jsStrList, methodName, objectEntries, PLACEHOLDER, type ChainLink } from '../dsl/js';

export const KNEX_TYPES: Record<string, string> = {
  increments: 'serial',
  bigIncrements: 'bigserial',
  bigincrements: 'bigserial',
  integer: 'integer',
  bigInteger: 'bigint',
  biginteger: 'bigint',
  bigint: 'bigint',
  tinyint: 'smallint',
  smallint: 'smallint',
  mediumint: 'integer',
  text: 'text',
  string: 'character varying(255)',
  varchar: 'character varying(255)',
  float: 'real',
  double: 'double precision',
  decimal: 'numeric(8, 2)',
  boolean: 'boolean',
  bool: 'boolean',
  date: 'date',
  datetime: 'timestamp with time zone',
  dateTime: 'timestamp with time zone',
  timestamp: 'timestamp with time zone',
  time: 'time',
  binary: 'bytea',
  enum: 'text',
  enu: 'text',
  json: 'json',
  jsonb: 'jsonb',
  uuid: 'uuid',
  specificType: 'text',
  geometry: 'geometry',
};

/** The CREATE TABLE being built by `createTable`: columns, then what comes after it. */
export interface TableCreation {
  cols: ColumnDef[];
  after: string[];
}

/** Where a builder call's SQL goes (the reader). */
export interface BuilderSink {
  emit(line: number, text: string): void;
}

/** One chain on the table builder, as its handler sees it. */
export interface BuilderCall {
  name: string;
  a: Node[];
  /** The first argument: most often the column. */
  col: string | undefined;
  /** The chained modifiers (`.notNullable().defaultTo(0)`), by name. */
  mods: Map<string, ChainLink>;
  table: string;
  line: number;
  /** Inside `createTable`; undefined inside `alterTable`/`table`. */
  create: TableCreation | undefined;
}

type BuilderHandler = (r: BuilderSink, c: BuilderCall) => void;

/** An index or foreign key: after the CREATE TABLE being built, or at once. */
const emitOrAfter = (r: BuilderSink, { create, line }: BuilderCall, s: string): unknown => (create ? create.after.push(s) : r.emit(line, s));

/** A column: into the CREATE TABLE being built, or added to the table. */
function addColumn(r: BuilderSink, { create, line, table }: BuilderCall, c: ColumnDef): void {
  if (create) create.cols.push(c);
  else r.emit(line, sql.addColumn(table, c));
}

/**
 * knex.fn.now() / knex.fn.uuid() / knex.raw('now()') / a literal. `knex.fn.uuid()` is
 * `(gen_random_uuid())` on Postgres (lib/knex-builder/FunctionHelper.js): volatile, so adding a
 * column with it as default rewrites the table.
 */
function knexDefault(node: Node): string {
  if (node.type === 'call_expression') {
    const n = methodName(node);
    if (n === 'now') return 'CURRENT_TIMESTAMP';
    if (n === 'uuid') return 'gen_random_uuid()';
    if (n === 'raw') return jsStr(callArgs(node)[0]) ?? "'?'";
  }
  return jsDefault(node);
}

/** `.references('id').inTable('t')` or `.references('t.id')`: the referenced table (if named) and column. */
function referenced(mods: Map<string, ChainLink>): [string | undefined, string] {
  const target = jsStr(mods.get('references')?.args[0]) ?? 'id';
  const inTable = jsStr(mods.get('inTable')?.args[0]);
  return inTable ? [inTable, target] : target.includes('.') ? (target.split('.') as [string, string]) : [undefined, target];
}

/** The column a type method declares (`table.string('email', 80)`), its modifiers applied. */
function columnDef({ name, a, mods }: BuilderCall, col: string): ColumnDef {
  let type = KNEX_TYPES[name]!;
  if ((name === 'string' || name === 'varchar') && jsNumber(a[1]) !== undefined) type = `character varying(${jsNumber(a[1])})`;
  if (name === 'specificType') type = jsStr(a[1]) ?? 'text';
  if (name === 'decimal' && jsNumber(a[1]) !== undefined) type = `numeric(${jsNumber(a[1])}, ${jsNumber(a[2]) ?? 2})`;
  const c: ColumnDef = { name: col, type };
  if (name === 'increments' || name === 'bigIncrements' || mods.has('primary')) c.primaryKey = true;
  if (mods.has('notNullable')) c.notNull = true;
  const d = mods.get('defaultTo');
  if (d?.args[0] && d.args[0].type !== 'null') c.default = knexDefault(d.args[0]);
  return c;
}

/**
 * `.alter()` restates the column, as Knex's Postgres compiler writes it: its TYPE, and NOT NULL set
 * with `.notNullable()` and dropped otherwise (also without `.nullable()`), unless
 * `.alter({ alterNullable: false })`. A restatement of what the column already was is settled
 * against the folder's earlier migrations (see `nullabilityHit`).
 */
function alterColumn(r: BuilderSink, { mods, table, line }: BuilderCall, c: ColumnDef): void {
  r.emit(line, sql.changeType(table, c.name, c.type));
  const alterNullable = jsBool(objectEntries(mods.get('alter')?.args[0]).get('alterNullable')) !== false;
  if (mods.has('notNullable')) r.emit(line, sql.setNotNull(table, c.name));
  else if (alterNullable) r.emit(line, sql.dropNotNull(table, c.name));
  if (c.default !== undefined) r.emit(line, sql.setDefault(table, c.name, c.default));
}

/** A column type method (`KNEX_TYPES`), with `.unique()`, `.references()`, `.index()`. */
export function columnCall(r: BuilderSink, call: BuilderCall): void {
  const { col, mods, table } = call;
  if (!col) return;
  const c = columnDef(call, col);
  if (mods.has('alter')) return alterColumn(r, call, c);
  if (mods.has('unique')) c.unique = true;
  if (mods.get('references')) {
    const [rt, rc] = referenced(mods);
    if (rt) emitOrAfter(r, call, sql.addForeignKey(table, [col], rt, [rc], { name: knexForeignName(table, [col]) }));
  }
  addColumn(r, call, c);
  if (mods.has('index'))
    emitOrAfter(r, call, sql.createIndex(table, [col], { name: jsStr(mods.get('index')?.args[0]) ?? knexIndexName('index', table, [col]) }));
}

/**
 * A column named at run time (a loop's variable over a list the file does not hold, a parameter) is
 * still dropped or renamed: read under the run-time placeholder, as a table so named is, never
 * skipped (`cols.forEach((c) => table.dropColumn(c))` was silent).
 */
const runTime = (n: Node | undefined): string => jsStr(n) ?? PLACEHOLDER;

const dropColumns: BuilderHandler = (r, { a, table, line }) => {
  const names = a.flatMap((x) => {
    const v = constantValue(x);
    return v?.type === 'array' ? v.namedChildren.filter((c) => c.type !== 'comment').map(runTime) : [runTime(x)];
  });
  for (const n of names) r.emit(line, sql.dropColumn(table, n));
};

const renameColumn: BuilderHandler = (r, { a, col, table, line }) => {
  if (a[0] && a[1]) r.emit(line, sql.renameColumn(table, col ?? PLACEHOLDER, runTime(a[1])));
};

const setNullable: BuilderHandler = (r, { col, table, line }) => {
  if (col) r.emit(line, sql.dropNotNull(table, col));
};

const dropNullable: BuilderHandler = (r, { col, table, line }) => {
  if (col) r.emit(line, sql.setNotNull(table, col));
};

const timestamps: BuilderHandler = (r, call) => {
  const notNull = false;
  for (const n of ['created_at', 'updated_at']) {
    const c: ColumnDef = { name: n, type: 'timestamp with time zone', notNull };
    if (jsBool(call.a[1])) c.default = 'CURRENT_TIMESTAMP';
    addColumn(r, call, c);
  }
};

const dropTimestamps: BuilderHandler = (r, { table, line }) => {
  for (const n of ['created_at', 'updated_at']) r.emit(line, sql.dropColumn(table, n));
};

/** `table.index(['a', 'b'], 'name')` / `table.index(['a'], { indexName, predicate })`. */
const index: BuilderHandler = (r, call) => {
  const { a, table } = call;
  const cols = jsStrList(a[0]);
  if (!cols.length) return;
  const iname = jsStr(a[1]) ?? jsStr(objectEntries(a[1]).get('indexName')) ?? knexIndexName('index', table, cols);
  emitOrAfter(r, call, sql.createIndex(table, cols, { name: iname }));
};

/**
 * `table.unique(['a', 'b'])` as Knex's Postgres table compiler writes it (pg-tablecompiler.js
 * `unique`): `alter table … add constraint <table>_a_b_unique unique (a, b)`; a unique index only
 * with `{ useConstraint: false }` or a `predicate` (then `useConstraint` defaults to false).
 */
const unique: BuilderHandler = (r, call) => {
  const { a, table } = call;
  const cols = jsStrList(a[0]);
  if (!cols.length) return;
  const opts = objectEntries(a[1]);
  const iname = jsStr(a[1]) ?? jsStr(opts.get('indexName')) ?? knexIndexName('unique', table, cols);
  const useConstraint = jsBool(opts.get('useConstraint')) ?? (opts.has('deferrable') || !opts.has('predicate'));
  emitOrAfter(r, call, useConstraint ? sql.addUnique(table, cols, iname) : sql.createIndex(table, cols, { name: iname, unique: true }));
};

const dropIndex: BuilderHandler = (r, { a, table, line }) => {
  r.emit(line, sql.dropIndex(jsStr(a[1]) ?? knexIndexName('index', table, jsStrList(a[0]))));
};

/** `table.dropUnique(['a', 'b'])`: Knex's Postgres compiler drops the constraint `unique` added. */
const dropUnique: BuilderHandler = (r, { a, table, line }) => {
  r.emit(line, sql.dropConstraint(table, jsStr(a[1]) ?? knexIndexName('unique', table, jsStrList(a[0]))));
};

const foreign: BuilderHandler = (r, call) => {
  const { a, mods, table } = call;
  const cols = jsStrList(a[0]);
  const [rt, rc] = referenced(mods);
  if (cols.length && rt) emitOrAfter(r, call, sql.addForeignKey(table, cols, rt, [rc], { name: jsStr(a[1]) ?? knexForeignName(table, cols) }));
};

const dropForeign: BuilderHandler = (r, { a, table, line }) => {
  const cname = jsStr(a[1]) ?? `${table}_${jsStrList(a[0]).join('_')}_foreign`;
  r.emit(line, sql.dropConstraint(table, cname));
};

const primary: BuilderHandler = (r, { a, table, line, create }) => {
  const cols = jsStrList(a[0]);
  if (cols.length && !create) r.emit(line, sql.addPrimaryKey(table, cols));
};

const dropPrimary: BuilderHandler = (r, { a, table, line }) => {
  r.emit(line, sql.dropConstraint(table, jsStr(a[0]) ?? `${table}_pkey`));
};

/** `table.check('?? > ?', ['age', 0], 'age_positive')`: a CHECK constraint, with its bindings put in. */
const check: BuilderHandler = (r, call) => {
  const predicate = jsStr(call.a[0]);
  if (predicate === undefined) return;
  const bindings = call.a[1]?.type === 'array' ? call.a[1].namedChildren : [];
  let i = 0;
  const text = predicate.replace(/\?\?|\?/g, (placeholder) => {
    const b = bindings[i++];
    const [str, num] = [jsStr(b), jsNumber(b)];
    if (placeholder === '??') return str !== undefined ? ident(str) : 'x';
    return num !== undefined ? String(num) : str !== undefined ? sqlString(str) : 'NULL';
  });
  const name = jsStr(call.a[2]) ?? `${call.table}_check`;
  emitOrAfter(r, call, `ALTER TABLE ${ident(call.table)} ADD CONSTRAINT ${ident(name)} CHECK (${text});`);
};

/** Builder methods other than the column types, by name; others emit nothing. */
export const BUILDER_CALLS: Readonly<Record<string, BuilderHandler>> = {
  dropColumn: dropColumns,
  dropColumns,
  renameColumn,
  setNullable,
  dropNullable,
  timestamps,
  dropTimestamps,
  index,
  unique,
  dropIndex,
  dropUnique,
  foreign,
  dropForeign,
  primary,
  dropPrimary,
  check,
};

/** Table builder methods that change nothing a rule is about (table options, comments). */
export const QUIET_BUILDER = new Set(['comment', 'engine', 'charset', 'collate', 'inherits', 'queryContext', 'dropChecks']);

/** Knex's name for an unnamed index or unique constraint (`_indexCommand`): `<table>_<columns>_<type>`, lower case. */
function knexIndexName(type: 'index' | 'unique', table: string, cols: string[]): string {
  return `${table.replace(/[.-]/g, '_')}_${cols.join('_')}_${type}`.toLowerCase();
}

/** Knex's name for an unnamed foreign key: `<table>_<columns>_foreign`, lower case, dots as underscores. */
function knexForeignName(table: string, cols: string[]): string {
  return `${table}_${cols.join('_')}_foreign`.replace(/[.-]/g, '_').toLowerCase();
}
