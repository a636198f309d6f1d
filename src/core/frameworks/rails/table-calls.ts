// `t.<method>` inside a `create_table` block (columns collected into the CREATE TABLE, indexes
// and foreign keys after it) or a `change_table` block (each one its own ALTER TABLE).
import { sql, type ColumnDef } from '../dsl/common';
import { nameOf, namesOf } from '../dsl/ruby';
import { reversedByRails, type CallHandler, type RailsCall } from './call';
import type { RailsReader } from './reader';
import { namesOrCode, nameOrCode } from './expression-names';
import { changeColumnTo } from './migration-calls';
import { COLUMN_TYPES, columnDef, defaultOf, indexNameRails, indexSql, isFalse, isTrue, railsDefault, singular } from './values';

const TIMESTAMPS = ['created_at', 'updated_at'];

const inCreate = (c: RailsCall): boolean => c.ctx.columns !== undefined;

/** A column joins the CREATE TABLE being built, or is added to the changed table. */
function addColumn(r: RailsReader, c: RailsCall, col: ColumnDef): void {
  if (inCreate(c)) c.ctx.columns!.push(col);
  else r.emit(c.line, sql.addColumn(c.table!, col));
}

/** An index or foreign key comes after the CREATE TABLE being built, or at once in change_table. */
function addAfter(r: RailsReader, c: RailsCall, text: string): void {
  if (inCreate(c)) c.ctx.after?.push({ sql: text, line: c.line, synthetic: true });
  else r.emit(c.line, text);
}

/** `t.string :a, :b` / `t.column :a, :string`: true when the call named a column type. */
export function tableColumns(r: RailsReader, c: RailsCall): boolean {
  const {
    name,
    args: { positional: p, options: o },
  } = c;
  if (!COLUMN_TYPES.has(name) && name !== 'column') return false;
  const type = name === 'column' ? (nameOf(p[1]) ?? 'string') : name;
  const names = name === 'column' ? namesOf(p[0]) : p.flatMap(namesOf);
  for (const n of names) addColumn(r, c, columnDef(n, type, o));
  return true;
}

const references: CallHandler = (r, c) => {
  const {
    args: { positional: p, options: o },
    table,
    line,
    ctx,
  } = c;
  for (const n of p.flatMap(namesOf)) r.reference(table!, n, o, line, inCreate(c), ctx);
  return true;
};

const timestamps: CallHandler = (r, c) => {
  const o = c.args.options;
  for (const name of TIMESTAMPS) addColumn(r, c, { name, type: 'timestamp(6) without time zone', notNull: !isTrue(o.get('null')), ...defaultOf(o) });
  return true;
};

const index: CallHandler = (r, c) => {
  const cols = namesOf(c.args.positional[0]);
  if (cols.length) addAfter(r, c, indexSql(c.table!, cols, c.args.options));
  return true;
};

const remove: CallHandler = (r, { args: { positional: p, options: o }, table, line, ctx }) => {
  for (const n of p.flatMap(namesOrCode)) r.emit(line, sql.dropColumn(table!, n));
  if (reversedByRails(ctx) && !o.has('type')) r.irreversible(line, '`t.remove` without a column type');
  return true;
};

const rename: CallHandler = (r, { args: { positional: p }, table, line }) => {
  const from = nameOrCode(p[0]);
  const to = nameOrCode(p[1]);
  if (from && to) r.emit(line, sql.renameColumn(table!, from, to));
  return true;
};

const change: CallHandler = (r, c) => {
  changeColumnTo(r, c, nameOf(c.args.positional[0]), nameOf(c.args.positional[1]), '`t.change`');
  return true;
};

const changeNull: CallHandler = (r, { args: { positional: p }, table, line }) => {
  const col = nameOf(p[0]);
  if (col && p[1]?.kind === 'bool') r.emit(line, p[1].value ? sql.dropNotNull(table!, col) : sql.setNotNull(table!, col));
  return true;
};

const changeDefault: CallHandler = (r, { args: { positional: p, options: o }, table, line, ctx }) => {
  const col = nameOf(p[0]);
  const target = o.has('to') ? o.get('to') : p[1];
  const d = railsDefault(target);
  if (col) r.emit(line, d === undefined ? sql.dropDefault(table!, col) : sql.setDefault(table!, col, d));
  if (reversedByRails(ctx) && !(o.has('from') && o.has('to'))) r.irreversible(line, '`t.change_default` without `from:` and `to:`');
  return true;
};

const removeIndex: CallHandler = (r, { args: { positional: p, options: o }, table, line, ctx }) => {
  const cols = p[0] ? namesOf(p[0]) : namesOf(o.get('column'));
  const idx = nameOf(o.get('name')) ?? (cols.length ? indexNameRails(table!, cols) : undefined);
  if (idx) r.emit(line, sql.dropIndex(idx, { concurrently: nameOf(o.get('algorithm')) === 'concurrently' }));
  if (reversedByRails(ctx) && !cols.length) r.irreversible(line, '`t.remove_index` without a column');
  return true;
};

const removeReferences: CallHandler = (r, { args: { positional: p }, table, line }) => {
  for (const n of p.flatMap(namesOf)) r.emit(line, sql.dropColumn(table!, `${n}_id`));
  return true;
};

const removeTimestamps: CallHandler = (r, { table, line }) => {
  for (const c of TIMESTAMPS) r.emit(line, sql.dropColumn(table!, c));
  return true;
};

const foreignKey: CallHandler = (r, c) => {
  const to = nameOf(c.args.positional[0]);
  if (to) addAfter(r, c, sql.addForeignKey(c.table!, [nameOf(c.args.options.get('column')) ?? `${singular(to)}_id`], to, ['id']));
  return true;
};

const checkConstraint: CallHandler = (r, c) => {
  const {
    args: { positional: p, options: o },
    table,
    line,
  } = c;
  const expr = nameOf(p[0]);
  if (expr && !inCreate(c)) r.emit(line, sql.addCheck(table!, expr, nameOf(o.get('name')), isFalse(o.get('validate'))));
  return true;
};

/** Table calls by name, after the column types (`t.string`, `t.column`). */
export const TABLE_CALLS: Readonly<Record<string, CallHandler>> = {
  references,
  belongs_to: references,
  timestamps,
  index,
  remove,
  rename,
  change,
  change_null: changeNull,
  change_default: changeDefault,
  remove_index: removeIndex,
  remove_references: removeReferences,
  remove_belongs_to: removeReferences,
  remove_timestamps: removeTimestamps,
  foreign_key: foreignKey,
  check_constraint: checkConstraint,
};
