// The migration's own DSL calls (`create_table`, `add_column :users, …`, `execute`), each
// synthesised into Postgres SQL, with the calls Rails cannot reverse inside `change` flagged.
import { ident, sql, type ColumnDef, type DslPiece } from '../dsl/common';
import { nameOf, namesOf, rubyString, type RubyString, type RubyValue } from '../dsl/ruby';
import type { Node } from '../../parsers/tree-sitter';
import { reversedByRails, type CallHandler, type RailsCall } from './call';
import type { RailsReader } from './reader';
import { columnDef, defaultOf, indexNameRails, indexSql, isFalse, isTrue, joinTableName, railsDefault, railsType, singular } from './values';
import { isExpressionName, nameOrCode, namesOrCode } from './expression-names';

const TIMESTAMPS = ['created_at', 'updated_at'];

/** A string a local variable of the method was given (`sql = <<~SQL … SQL` then `execute(sql)`), the last before `at`. */
function localString(r: RailsReader, variable: Node, at: Node): RubyString | undefined {
  let scope: Node | null = at.parent;
  while (scope && scope.type !== 'method' && scope.type !== 'singleton_method' && scope.type !== 'do_block' && scope.type !== 'block') scope = scope.parent;
  const assigned = (scope?.descendantsOfType('assignment') ?? []).filter(
    (a) => a.childForFieldName('left')?.type === 'identifier' && a.childForFieldName('left')?.text === variable.text && a.endIndex <= at.startIndex,
  );
  const last = assigned[assigned.length - 1];
  return last ? rubyString(last.childForFieldName('right'), r.heredocs) : undefined;
}

/**
 * `execute "…"`, and SQL sent to the connection (`connection.execute`, `exec_update`…): linted as
 * written (`#{…}` parts named at run time). SQL the code builds is said, not skipped. Inside
 * `change`, Rails' `CommandRecorder` records `execute` and cannot invert it (a rollback raises
 * `IrreversibleMigration`); SQL sent to the connection, or through the connection's other methods
 * (`exec_query`, `update`…), bypasses the recorder and runs again on rollback.
 */
const execute: CallHandler = (r, { name, args, line, ctx }) => {
  const arg = args.positionalNodes[0];
  const s = rubyString(arg, r.heredocs) ?? (arg?.type === 'identifier' ? localString(r, arg, arg) : undefined);
  // SQL named earlier is reported where it runs, the execute's line.
  if (s && arg?.type === 'identifier') r.emit(line, s.text.trimStart(), false, s.inexact);
  else if (s) r.emit(s.line, s.text, false, s.inexact);
  else if (arg)
    r.notAnalysed(
      line,
      `\`${name}(${arg.text.length > 40 ? `${arg.text.slice(0, 40)}…` : arg.text})\` runs SQL built at run time, so what it does was not judged: review it by hand.`,
    );
  if (reversedByRails(ctx) && name === 'execute') r.irreversible(line, '`execute`');
  else if (reversedByRails(ctx)) r.runsAgain(line, name);
  return true;
};

/** The connection's own SQL methods, read as `execute`. */
export const CONNECTION_SQL: Readonly<Record<string, CallHandler>> = {
  execute,
  // The connection's `update`/`insert`/`delete` (a migration passes them on to it: hack club's
  // `update "UPDATE reimbursement_expenses SET …"`) run the SQL they are given.
  update: execute,
  insert: execute,
  delete: execute,
  exec_query: execute,
  exec_update: execute,
  exec_delete: execute,
  exec_insert: execute,
};

/** `reversible do |dir|` / `up_only do`: their contents run forward, with no automatic reversal. */
const guardedBlock: CallHandler = (r, { block, ctx }) => {
  if (block) r.walk(block, { ...ctx, guarded: true });
  return true;
};

/** The columns a `create_table` starts with: its primary key, or a join table's two references. */
function initialColumns({ name, args }: RailsCall, idType: string): ColumnDef[] {
  const p = args.positional;
  const o = args.options;
  const cols: ColumnDef[] = [];
  const idOpt = o.get('id');
  if (name === 'create_table' && !isFalse(idOpt)) {
    cols.push({ name: nameOf(o.get('primary_key')) ?? 'id', type: nameOf(idOpt) === 'uuid' ? 'uuid' : idType, primaryKey: true });
  }
  if (name === 'create_join_table') {
    for (const v of p.slice(0, 2)) {
      const n = nameOf(v);
      if (n) cols.push({ name: `${singular(n)}_id`, type: 'bigint', notNull: true });
    }
  }
  return cols;
}

const createTable: CallHandler = (r, c) => {
  const { name, args, table, block, line, ctx } = c;
  if (!table) return false;
  const tname = name === 'create_join_table' ? joinTableName(args.positional, args.options) : table;
  const cols = initialColumns(c, r.idType);
  const after: DslPiece[] = [];
  r.forceCreate(c, tname);
  if (block) r.walk(block, { ...ctx, table: tname, columns: cols, after });
  if (!cols.length) cols.push({ name: 'id', type: r.idType, primaryKey: true });
  r.emit(line, sql.createTable(tname, cols));
  r.t.up.push(...after);
  r.tableEvent({ kind: 'create', table: tname }, ctx);
  return true;
};

const changeTable: CallHandler = (r, { table, block, ctx }) => {
  if (table && block) r.walk(block, { ...ctx, table, columns: undefined, after: undefined });
  return true;
};

const dropTable: CallHandler = (r, { name, args, table, block, line, ctx }) => {
  const o = args.options;
  const ifExists = isTrue(o.get('if_exists'));
  if (name === 'drop_join_table') {
    // Rails reverses it with create_join_table from the same arguments (its CommandRecorder).
    const tname = joinTableName(args.positional, o);
    if (tname) r.emit(line, sql.dropTable(tname, ifExists));
    if (tname) r.tableEvent({ kind: 'drop', table: tname }, ctx);
    return true;
  }
  const tables = args.positional.map(nameOrCode).filter((t): t is string => t !== undefined);
  for (const t of tables.length ? tables : table ? [table] : []) {
    r.emit(line, sql.dropTable(t, ifExists));
    r.tableEvent({ kind: 'drop', table: t }, ctx);
  }
  if (!reversedByRails(ctx)) return true;
  // As Rails' invert_drop_table: one table, given a block or options other than `if_exists:`.
  if (tables.length > 1) r.irreversible(line, '`drop_table` of several tables');
  else if (!block && [...o.keys()].every((k) => k === 'if_exists')) r.irreversible(line, '`drop_table` without a block or options (other than `if_exists:`)');
  return true;
};

const renameTable: CallHandler = (r, { args, table, line, ctx }) => {
  const to = nameOrCode(args.positional[1]);
  if (table && to) {
    r.emit(line, sql.renameTable(table, to));
    r.tableEvent({ kind: 'rename', from: table, to }, ctx);
  }
  return true;
};

const addColumn: CallHandler = (r, { args: { positional: p, options: o }, table, line }) => {
  const col = nameOrCode(p[1]);
  const type = nameOf(p[2]) ?? 'string';
  if (table && col) r.emit(line, sql.addColumn(table, columnDef(col, type, o)));
  return true;
};

const removeColumns: CallHandler = (r, { name, args: { positional: p, options: o }, table, line, ctx }) => {
  // A column named by code is dropped all the same (`remove_column :oauth_tokens, perm` in a loop).
  const cols = name === 'remove_column' ? namesOrCode(p[1]) : p.slice(1).flatMap(namesOrCode);
  if (table) for (const c of cols) r.emit(line, sql.dropColumn(table, c));
  const typed = name === 'remove_column' ? p.length >= 3 : o.has('type');
  if (reversedByRails(ctx) && !typed) r.irreversible(line, `\`${name}\` without a column type`);
  return true;
};

const renameColumn: CallHandler = (r, { args: { positional: p }, table, line }) => {
  const from = nameOrCode(p[1]);
  const to = nameOrCode(p[2]);
  if (table && from && to) r.emit(line, sql.renameColumn(table, from, to));
  return true;
};

/**
 * `change_column table, col, type, …` and `t.change col, type, …` (Rails' table form calls the
 * former): the new type, and `null:` given sets or drops NOT NULL, as Rails' PostgreSQL adapter does
 * (restated, it is settled against the folder's earlier migrations: see `nullabilityHit`). On a table
 * named by code whose earlier definition cannot be looked up: a notice (redmine's
 * `change_column klass.table_name, :position, :integer` restates every table's integer).
 */
export function changeColumnTo(r: RailsReader, c: RailsCall, col: string | undefined, type: string | undefined, call: string): void {
  const { table, line, ctx } = c;
  const o = c.args.options;
  if (table && isExpressionName(table) && !r.madeHere(table)) r.tableNamedWithCode(c);
  else if (table && col && type) {
    r.emit(line, sql.changeType(table, col, railsType(type, o)));
    if (isFalse(o.get('null'))) r.emit(line, sql.setNotNull(table, col));
    else if (isTrue(o.get('null'))) r.emit(line, sql.dropNotNull(table, col));
  }
  if (reversedByRails(ctx)) r.irreversible(line, call);
}

const changeColumn: CallHandler = (r, c) => {
  changeColumnTo(r, c, nameOf(c.args.positional[1]), nameOf(c.args.positional[2]), '`change_column`');
  return true;
};

const changeColumnNull: CallHandler = (r, { args: { positional: p }, table, line }) => {
  const col = nameOf(p[1]);
  const nullable = p[2];
  if (table && col && nullable?.kind === 'bool') {
    if (!nullable.value) {
      if (p[3] && p[3].kind !== 'nil') r.emit(line, sql.backfillNulls(table, col, railsDefault(p[3]) ?? 'NULL'));
      r.emit(line, sql.setNotNull(table, col));
    } else r.emit(line, sql.dropNotNull(table, col));
  }
  return true;
};

const changeColumnDefault: CallHandler = (r, { args: { positional: p, options: o }, table, line, ctx }) => {
  const col = nameOf(p[1]);
  if (table && col) {
    const target = o.has('to') ? o.get('to') : p[2];
    const d = railsDefault(target);
    r.emit(line, d === undefined ? sql.dropDefault(table, col) : sql.setDefault(table, col, d));
  }
  if (reversedByRails(ctx) && !(o.has('from') && o.has('to'))) r.irreversible(line, '`change_column_default` without `from:` and `to:`');
  return true;
};

const addIndex: CallHandler = (r, { args: { positional: p, options: o }, table, line }) => {
  const cols = namesOf(p[1]);
  if (table && cols.length) r.emit(line, indexSql(table, cols, o));
  return true;
};

const removeIndex: CallHandler = (r, { args: { positional: p, options: o }, table, line, ctx }) => {
  const cols = p[1] ? namesOf(p[1]) : namesOf(o.get('column'));
  const idx = nameOf(o.get('name')) ?? (table && cols.length ? indexNameRails(table, cols) : undefined);
  if (idx) r.emit(line, sql.dropIndex(idx, { concurrently: nameOf(o.get('algorithm')) === 'concurrently' }));
  if (reversedByRails(ctx) && !cols.length) r.irreversible(line, '`remove_index` without a column');
  return true;
};

const addForeignKey: CallHandler = (r, { args: { positional: p, options: o }, table, line }) => {
  const to = nameOrCode(p[1]);
  if (table && to) {
    const col = nameOf(o.get('column')) ?? `${singular(to)}_id`;
    const opts: { name?: string; notValid?: boolean } = { notValid: isFalse(o.get('validate')) };
    const fk = nameOf(o.get('name'));
    if (fk) opts.name = fk;
    r.emit(line, sql.addForeignKey(table, [col], to, [nameOf(o.get('primary_key')) ?? 'id'], opts));
  }
  return true;
};

const validateConstraint: CallHandler = (r, { args: { positional: p, options: o }, table, line }) => {
  const cname = nameOf(o.get('name')) ?? (nameOf(p[1]) ? `fk_rails_${nameOf(p[1])}` : undefined);
  if (table && cname) r.emit(line, sql.validateConstraint(table, cname));
  return true;
};

/** `validate_constraint :t, "name"` (the PostgreSQL adapter's own): the constraint is named by its second argument. */
const validateNamedConstraint: CallHandler = (r, { args: { positional: p }, table, line }) => {
  const cname = nameOf(p[1]);
  if (table && cname) r.emit(line, sql.validateConstraint(table, cname));
  return true;
};

const removeForeignKey: CallHandler = (r, { args: { positional: p, options: o }, table, line, ctx }) => {
  const cname = nameOf(o.get('name')) ?? `fk_${table}_${nameOf(p[1]) ?? nameOf(o.get('column')) ?? 'fk'}`;
  if (table) r.emit(line, sql.dropConstraint(table, cname));
  if (reversedByRails(ctx) && !p[1] && !o.has('to_table')) r.irreversible(line, '`remove_foreign_key` without the referenced table');
  return true;
};

const addCheckConstraint: CallHandler = (r, { args: { positional: p, options: o }, table, line }) => {
  const expr = nameOf(p[1]);
  if (table && expr) r.emit(line, sql.addCheck(table, expr, nameOf(o.get('name')), isFalse(o.get('validate'))));
  return true;
};

const removeCheckConstraint: CallHandler = (r, { args: { positional: p, options: o }, table, line, ctx }) => {
  const cname = nameOf(o.get('name')) ?? `${table}_check`;
  if (table) r.emit(line, sql.dropConstraint(table, cname));
  if (reversedByRails(ctx) && !p[1]) r.irreversible(line, '`remove_check_constraint` without its expression');
  return true;
};

const addReference: CallHandler = (r, { args: { positional: p, options: o }, table, line }) => {
  const ref = nameOf(p[1]);
  if (table && ref) r.reference(table, ref, o, line, false);
  return true;
};

const removeReference: CallHandler = (r, { args: { positional: p }, table, line }) => {
  const ref = nameOf(p[1]);
  if (table && ref) r.emit(line, sql.dropColumn(table, `${ref}_id`));
  return true;
};

const addTimestamps: CallHandler = (r, { args: { options: o }, table, line }) => {
  if (table) {
    const nullable = isTrue(o.get('null'));
    for (const c of TIMESTAMPS) r.emit(line, sql.addColumn(table, { name: c, type: 'timestamp(6) without time zone', notNull: !nullable, ...defaultOf(o) }));
  }
  return true;
};

const removeTimestamps: CallHandler = (r, { table, line }) => {
  if (table) for (const c of TIMESTAMPS) r.emit(line, sql.dropColumn(table, c));
  return true;
};

/** `add_unique_constraint :t, [:a, :b]`: a constraint over existing rows (`using_index:` adopts an index, and Rails cannot reverse it). */
const addUniqueConstraint: CallHandler = (r, { args: { positional: p, options: o }, table, line, ctx }) => {
  const cols = namesOf(p[1]);
  const index = nameOf(o.get('using_index'));
  const cname = nameOf(o.get('name'));
  if (table && index) r.emit(line, `ALTER TABLE ${ident(table)} ADD CONSTRAINT ${ident(cname ?? `${table}_${index}`)} UNIQUE USING INDEX ${ident(index)};`);
  else if (table && cols.length) r.emit(line, sql.addUnique(table, cols, cname));
  if (reversedByRails(ctx) && index) r.irreversible(line, '`add_unique_constraint` with `using_index:`');
  return true;
};

/** `remove_unique_constraint`, `remove_exclusion_constraint`: reversible only given what the constraint was. */
const removeConstraint: CallHandler = (r, { name, args: { positional: p, options: o }, table, line, ctx }) => {
  const cname = nameOf(o.get('name'));
  if (table && cname) r.emit(line, sql.dropConstraint(table, cname));
  if (reversedByRails(ctx) && !p[1]) r.irreversible(line, `\`${name}\` without ${name === 'remove_unique_constraint' ? 'its columns' : 'its expression'}`);
  return true;
};

/** `drop_schema :archive`: every table in it goes. Rails recreates the schema empty on rollback. */
const dropSchema: CallHandler = (r, { args: { options: o }, table, line }) => {
  if (table) r.emit(line, `DROP SCHEMA ${isTrue(o.get('if_exists')) ? 'IF EXISTS ' : ''}${ident(table)};`);
  return true;
};

/**
 * `add_enum_value :mood, "angry"`: Postgres cannot drop the value again. Inside `change` Rails
 * cannot reverse it either, and a rollback raises: that one error, not `enum-value-added` beside it
 * (one cause); in `up` it is the SQL it runs.
 */
const addEnumValue: CallHandler = (r, { args: { positional: p }, table, line, ctx }) => {
  const value = nameOf(p[1]);
  if (reversedByRails(ctx)) r.irreversible(line, '`add_enum_value` (Postgres cannot drop an enum value)');
  else if (table && value) r.emit(line, `ALTER TYPE ${ident(table)} ADD VALUE ${quoteValue(value)};`);
  return true;
};

/** `rename_enum_value :mood, from: "sad", to: "blue"`: what every column of the type accepts changes. */
const renameEnumValue: CallHandler = (r, { args: { options: o }, table, line, ctx }) => {
  const from = nameOf(o.get('from'));
  const to = nameOf(o.get('to'));
  if (table && from && to) r.emit(line, `ALTER TYPE ${ident(table)} RENAME VALUE ${quoteValue(from)} TO ${quoteValue(to)};`);
  if (reversedByRails(ctx) && !(from && to)) r.irreversible(line, '`rename_enum_value` without `from:` and `to:`');
  return true;
};

/** `drop_enum :mood`: Rails recreates it on rollback only from its values. */
const dropEnum: CallHandler = (r, { args: { positional: p }, line, ctx }) => {
  if (reversedByRails(ctx) && !p[1]) r.irreversible(line, '`drop_enum` without its values');
  return true;
};

/** `change_column_comment`, `change_table_comment`: no schema risk, but Rails reverses them only given `from:` and `to:`. */
const changeComment: CallHandler = (r, { name, args: { positional: p, options: o }, line, ctx }) => {
  const opts = name === 'change_table_comment' ? p[1] : p[2];
  const given = (k: string) => o.has(k) || (opts?.kind === 'hash' && opts.entries.has(k));
  if (reversedByRails(ctx) && !(given('from') && given('to'))) r.irreversible(line, `\`${name}\` without \`from:\` and \`to:\``);
  return true;
};

const quoteValue = (v: string) => `'${v.replaceAll("'", "''")}'`;

const enumValues = (v: RubyValue | undefined): string[] => namesOf(v);

/** `create_enum :mood, ["happy", "sad"]`: a new type (Rails drops it on rollback). */
const createEnum: CallHandler = (r, { args: { positional: p }, table, line }) => {
  if (table) r.emit(line, `CREATE TYPE ${ident(table)} AS ENUM (${enumValues(p[1]).map(quoteValue).join(', ')});`);
  return true;
};

/** `rename_enum :mood, :feeling` (or `to: :feeling`): columns of the type keep their values; SQL naming the old type breaks. */
const renameEnum: CallHandler = (r, { args: { positional: p, options: o }, table, line }) => {
  const to = nameOf(p[1]) ?? nameOf(o.get('to'));
  if (table && to) r.emit(line, `ALTER TYPE ${ident(table)} RENAME TO ${ident(to)};`);
  return true;
};

/** `rename_index :t, :old, :new`: only the name changes (Rails renames it back on rollback). */
const renameIndex: CallHandler = (r, { args: { positional: p }, line }) => {
  const from = nameOf(p[1]);
  const to = nameOf(p[2]);
  if (from && to) r.emit(line, `ALTER INDEX ${ident(from)} RENAME TO ${ident(to)};`);
  return true;
};

/** `create_schema :archive`: a new, empty schema. */
const createSchema: CallHandler = (r, { table, line }) => {
  if (table) r.emit(line, `CREATE SCHEMA ${ident(table)};`);
  return true;
};

/** `disable_extension 'hstore'`: its types and functions go, and columns of them with `CASCADE` (Rails enables it again on rollback, empty). */
const disableExtension: CallHandler = (r, { table, line }) => {
  if (table) r.emit(line, `DROP EXTENSION IF EXISTS ${JSON.stringify(table)};`);
  return true;
};

/** `create_virtual_table :t, :fts5, [...]` (SQLite, Rails 7.1+): a new table, as create_table is. */
const createVirtualTable: CallHandler = (r, { table, ctx }) => {
  if (table) r.tableEvent({ kind: 'create', table }, ctx);
  return true;
};

/** `drop_virtual_table :t, :fts5, [...]`: the table goes with its rows (Rails recreates it empty from the same arguments). */
const dropVirtualTable: CallHandler = (r, { table, line, ctx }) => {
  if (table) {
    r.emit(line, sql.dropTable(table));
    r.tableEvent({ kind: 'drop', table }, ctx);
  }
  return true;
};

/** `enable_extension 'pgcrypto'`: the "table" argument is the extension's name. */
const enableExtension: CallHandler = (r, { table, line }) => {
  if (table) r.emit(line, `CREATE EXTENSION IF NOT EXISTS ${JSON.stringify(table)};`);
  return true;
};

/** Migration calls by name (no receiver). */
export const MIGRATION_CALLS: Readonly<Record<string, CallHandler>> = {
  ...CONNECTION_SQL,
  reversible: guardedBlock,
  up_only: guardedBlock,
  create_table: createTable,
  create_join_table: createTable,
  change_table: changeTable,
  drop_table: dropTable,
  drop_join_table: dropTable,
  rename_table: renameTable,
  add_column: addColumn,
  remove_column: removeColumns,
  remove_columns: removeColumns,
  rename_column: renameColumn,
  change_column: changeColumn,
  change_column_null: changeColumnNull,
  change_column_default: changeColumnDefault,
  add_index: addIndex,
  remove_index: removeIndex,
  add_foreign_key: addForeignKey,
  validate_foreign_key: validateConstraint,
  validate_check_constraint: validateConstraint,
  validate_constraint: validateNamedConstraint,
  remove_foreign_key: removeForeignKey,
  add_check_constraint: addCheckConstraint,
  remove_check_constraint: removeCheckConstraint,
  add_reference: addReference,
  add_belongs_to: addReference,
  remove_reference: removeReference,
  remove_belongs_to: removeReference,
  add_timestamps: addTimestamps,
  remove_timestamps: removeTimestamps,
  enable_extension: enableExtension,
  disable_extension: disableExtension,
  create_enum: createEnum,
  rename_enum: renameEnum,
  rename_index: renameIndex,
  create_schema: createSchema,
  create_virtual_table: createVirtualTable,
  drop_virtual_table: dropVirtualTable,
  add_unique_constraint: addUniqueConstraint,
  remove_unique_constraint: removeConstraint,
  remove_exclusion_constraint: removeConstraint,
  drop_schema: dropSchema,
  add_enum_value: addEnumValue,
  rename_enum_value: renameEnumValue,
  drop_enum: dropEnum,
  change_column_comment: changeComment,
  change_table_comment: changeComment,
};
