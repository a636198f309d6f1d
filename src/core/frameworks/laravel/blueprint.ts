// Laravel's Blueprint (`$table->string('email')->nullable()`, `$table->dropColumn('x')`) in
// Postgres terms: column types, then one small handler per Blueprint method. Laravel columns are
// NOT NULL unless `->nullable()`.
import type { Node } from '../../parsers/tree-sitter';
import { sql, type ColumnDef } from '../dsl/common';
import { args, phpDefault, phpNumber, phpStr, phpStrList } from './php';

export const TYPES: Record<string, string> = {
  id: 'bigserial',
  bigIncrements: 'bigserial',
  increments: 'serial',
  string: 'character varying(255)',
  char: 'character(255)',
  text: 'text',
  mediumText: 'text',
  longText: 'text',
  tinyText: 'text',
  integer: 'integer',
  bigInteger: 'bigint',
  unsignedBigInteger: 'bigint',
  unsignedInteger: 'integer',
  mediumInteger: 'integer',
  unsignedMediumInteger: 'integer',
  smallInteger: 'smallint',
  unsignedSmallInteger: 'smallint',
  tinyInteger: 'smallint',
  unsignedTinyInteger: 'smallint',
  mediumIncrements: 'serial',
  smallIncrements: 'smallserial',
  tinyIncrements: 'smallserial',
  unsignedDecimal: 'numeric(8, 2)',
  boolean: 'boolean',
  date: 'date',
  dateTime: 'timestamp(0) without time zone',
  dateTimeTz: 'timestamp(0) with time zone',
  timestamp: 'timestamp(0) without time zone',
  timestampTz: 'timestamp(0) with time zone',
  time: 'time(0) without time zone',
  decimal: 'numeric(8, 2)',
  float: 'double precision',
  double: 'double precision',
  json: 'json',
  jsonb: 'jsonb',
  uuid: 'uuid',
  ulid: 'character(26)',
  foreignId: 'bigint',
  foreignIdFor: 'bigint',
  foreignUuid: 'uuid',
  enum: 'character varying(255)',
  binary: 'bytea',
  ipAddress: 'inet',
  macAddress: 'macaddr',
  year: 'integer',
};

/**
 * The types Laravel's MySQL grammar spells otherwise than its Postgres one (MySqlGrammar's
 * `typeMediumText`, `typeTinyInteger`…; Postgres has neither, so PostgresGrammar writes `text` and
 * `smallint`): on a MySQL app `text` → `mediumText` widens the column and a down back to `text`
 * narrows it (snipe-it).
 */
const MYSQL_TYPES: Record<string, string> = {
  tinyText: 'tinytext',
  mediumText: 'mediumtext',
  longText: 'longtext',
  tinyInteger: 'tinyint',
  unsignedTinyInteger: 'tinyint',
  mediumInteger: 'mediumint',
  unsignedMediumInteger: 'mediumint',
};

/** Method names are case-insensitive in PHP: each known name by its lower case. */
const TYPE_NAMES = new Map(Object.keys(TYPES).map((k) => [k.toLowerCase(), k]));

/** The column type method `name` stands for (`datetime` is `dateTime`), if it is one. */
export const typeName = (name: string): string | undefined => TYPE_NAMES.get(name.toLowerCase());

const plural = (s: string): string => (s.endsWith('y') ? `${s.slice(0, -1)}ies` : s.endsWith('s') ? s : `${s}s`);

/** The CREATE TABLE being built by `Schema::create`: columns, then what comes after it. */
export interface TableCreation {
  cols: ColumnDef[];
  after: string[];
}

/** Where a Blueprint call's SQL goes (the reader). */
export interface BlueprintSink {
  emit(line: number, text: string): void;
  /**
   * Laravel 10 and earlier: `->change()` keeps what it does not restate (Doctrine DBAL applies the
   * column's set attributes only), so a column changed without `->nullable()` keeps its NULL.
   * Laravel 11 restates the whole column (upgrade guide, "Modifying Columns").
   */
  readonly keepsUnstated?: boolean;
  /** The app's database is MySQL: `enum` is MySQL's ENUM, not Postgres's varchar with a check. */
  readonly mysql?: boolean;
}

/** One chain of calls on the blueprint, as its handler sees it. */
export interface BlueprintCall {
  name: string;
  head: Node;
  a: Node[];
  line: number;
  /** The first argument: most often the column. */
  col: string | undefined;
  /** The chained modifiers (`->nullable()->default(0)`), by name. */
  mods: Map<string, Node>;
  table: string;
  /** Inside `Schema::create`; undefined inside `Schema::table`. */
  create: TableCreation | undefined;
}

type BlueprintHandler = (r: BlueprintSink, c: BlueprintCall) => void;

/** An index or foreign key: after the CREATE TABLE being built, or at once. */
const later = (r: BlueprintSink, { create, line }: BlueprintCall, s: string): unknown => (create ? create.after.push(s) : r.emit(line, s));
/** A column: into the CREATE TABLE being built, or added to the table. */
const addCol = (r: BlueprintSink, { create, line, table }: BlueprintCall, c: ColumnDef): unknown =>
  create ? create.cols.push(c) : r.emit(line, sql.addColumn(table, c));

/** The column a type method declares (`$table->string('email', 80)`), its modifiers applied. */
function columnDef(r: BlueprintSink, { name, a, mods }: BlueprintCall, cname: string): ColumnDef {
  let type = (r.mysql ? MYSQL_TYPES[name] : undefined) ?? TYPES[name]!;
  // MySQL's grammar writes `enum('a','b')` (typeEnum): values added at its end widen it.
  const values = name === 'enum' && r.mysql ? phpStrList(a[1]) : [];
  if (values.length) type = `enum(${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(',')})`;
  if ((name === 'string' || name === 'char') && phpNumber(a[1]) !== undefined)
    type = `${name === 'char' ? 'character' : 'character varying'}(${phpNumber(a[1])})`;
  if (name === 'decimal' && phpNumber(a[1]) !== undefined) type = `numeric(${phpNumber(a[1])}, ${phpNumber(a[2]) ?? 2})`;
  const c: ColumnDef = { name: cname, type };
  if (['id', 'bigIncrements', 'increments', 'mediumIncrements', 'smallIncrements', 'tinyIncrements'].includes(name) || mods.has('primary')) c.primaryKey = true;
  // `->nullable()` is `->nullable(true)`; `->nullable(false)` makes it NOT NULL again.
  const nullable = mods.get('nullable');
  if (
    !nullable ||
    args(nullable)[0]
      ?.text.toLowerCase()
      .replace(/^.*:\s*/, '') === 'false'
  )
    c.notNull = true;
  if (mods.has('default')) {
    const d = phpDefault(args(mods.get('default')!)[0]);
    if (d !== undefined) c.default = d;
  }
  if (mods.has('useCurrent')) c.default = 'CURRENT_TIMESTAMP';
  return c;
}

/**
 * `->change()` restates the column, as Laravel's Postgres grammar writes it (`compileChange`,
 * `modifyNullable`): its TYPE, then DROP NOT NULL with `->nullable()` and SET NOT NULL without it.
 * A restatement of what the column already was is settled against the folder's earlier
 * migrations (see `nullabilityHit`). On Laravel 10 and earlier a column's NULL changes only with
 * `->nullable(…)` (`keepsUnstated`).
 */
function changeColumn(r: BlueprintSink, { line, table, mods }: BlueprintCall, c: ColumnDef): void {
  r.emit(line, sql.changeType(table, c.name, c.type));
  if (!r.keepsUnstated || mods.has('nullable')) r.emit(line, c.notNull ? sql.setNotNull(table, c.name) : sql.dropNotNull(table, c.name));
  if (c.default !== undefined) r.emit(line, sql.setDefault(table, c.name, c.default));
}

/** A column type method (`TYPES`), with `->unique()`, `->index()`, `->constrained()`/`->on()`. */
export function columnCall(r: BlueprintSink, c: BlueprintCall): void {
  const { name, head, col, mods, table } = c;
  const cname = name === 'id' && !col ? 'id' : name === 'foreignIdFor' ? (phpStr(c.a[1]) ?? modelKey(c.a[0])) : col;
  if (!cname) return;
  const def = columnDef(r, c, cname);
  if (mods.has('change')) return changeColumn(r, c, def);
  addCol(r, c, def);
  if (mods.has('unique')) later(r, c, sql.createIndex(table, [cname], { unique: true, name: `${table}_${cname}_unique` }));
  if (mods.has('index')) later(r, c, sql.createIndex(table, [cname], { name: `${table}_${cname}_index` }));
  const constrained = mods.get('constrained');
  const on = mods.get('on');
  if (constrained || on) {
    const ref = constrained ? (phpStr(args(constrained)[0]) ?? plural(cname.replace(/_id$/, ''))) : phpStr(args(on!)[0]);
    const refCol = phpStr(args(mods.get('references') ?? head)[0]) ?? 'id';
    if (ref) later(r, c, sql.addForeignKey(table, [cname], ref, [constrained ? 'id' : refCol], { name: `${table}_${cname}_foreign` }));
  }
}

/** The key `foreignIdFor(GroupType::class)` names: the model's snake-case name and `_id`. */
function modelKey(a: Node | undefined): string | undefined {
  const cls = /([A-Za-z0-9_]+)::class$/.exec(a?.text.trim() ?? '')?.[1];
  return cls ? `${cls.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()}_id` : undefined;
}

const TIMESTAMP = 'timestamp(0) without time zone';

const dropColumn: BlueprintHandler = (r, { a, line, table }) => {
  for (const c of a.flatMap((x) => phpStrList(x))) r.emit(line, sql.dropColumn(table, c));
};

const renameColumn: BlueprintHandler = (r, { a, line, col, table }) => {
  const to = phpStr(a[1]);
  if (col && to) r.emit(line, sql.renameColumn(table, col, to));
};

const rename: BlueprintHandler = (r, { line, col, table }) => {
  if (col) r.emit(line, sql.renameTable(table, col));
};

const timestamps: BlueprintHandler = (r, c) => {
  for (const n of ['created_at', 'updated_at']) addCol(r, c, { name: n, type: TIMESTAMP });
};

const softDeletes: BlueprintHandler = (r, c) => {
  addCol(r, c, { name: c.col ?? 'deleted_at', type: TIMESTAMP });
};

const rememberToken: BlueprintHandler = (r, c) => {
  addCol(r, c, { name: 'remember_token', type: 'character varying(100)' });
};

const dropTimestamps: BlueprintHandler = (r, { line, table }) => {
  for (const n of ['created_at', 'updated_at']) r.emit(line, sql.dropColumn(table, n));
};

const dropSoftDeletes: BlueprintHandler = (r, { line, col, table }) => {
  r.emit(line, sql.dropColumn(table, col ?? 'deleted_at'));
};

const dropRememberToken: BlueprintHandler = (r, { line, table }) => {
  r.emit(line, sql.dropColumn(table, 'remember_token'));
};

/** `morphs('taggable')`: taggable_type and taggable_id, and an index on both (nullable for `nullableMorphs`). */
const morphs: BlueprintHandler = (r, c) => {
  const { name, col, table } = c;
  if (!col) return;
  const id = name.toLowerCase().startsWith('nullableuuid') || name.toLowerCase().startsWith('uuid') ? 'uuid' : 'bigint';
  const notNull = !name.toLowerCase().startsWith('nullable');
  addCol(r, c, { name: `${col}_type`, type: 'character varying(255)', ...(notNull ? { notNull } : {}) });
  addCol(r, c, { name: `${col}_id`, type: id, ...(notNull ? { notNull } : {}) });
  later(r, c, sql.createIndex(table, [`${col}_type`, `${col}_id`], { name: `${table}_${col}_type_${col}_id_index` }));
};

const dropMorphs: BlueprintHandler = (r, { line, col, table }) => {
  if (!col) return;
  r.emit(line, sql.dropIndex(`${table}_${col}_type_${col}_id_index`));
  for (const n of [`${col}_type`, `${col}_id`]) r.emit(line, sql.dropColumn(table, n));
};

/** `$table->drop()` / `dropIfExists()` inside `Schema::table`. */
const dropTable: BlueprintHandler = (r, { name, line, table }) => {
  r.emit(line, sql.dropTable(table, name.toLowerCase() === 'dropifexists'));
};

const dropConstrainedForeignId: BlueprintHandler = (r, { line, col, table }) => {
  if (col) {
    r.emit(line, sql.dropConstraint(table, `${table}_${col}_foreign`));
    r.emit(line, sql.dropColumn(table, col));
  }
};

/** `$table->index(['a', 'b'])` / `$table->unique(…)`. */
const index: BlueprintHandler = (r, c) => {
  const { name, a, table } = c;
  const cols = phpStrList(a[0]);
  if (!cols.length) return;
  const iname = phpStr(a[1]) ?? `${table}_${cols.join('_')}_${name}`;
  later(r, c, sql.createIndex(table, cols, { name: iname, unique: name === 'unique' }));
};

const primary: BlueprintHandler = (r, { a, line, table, create }) => {
  const cols = phpStrList(a[0]);
  if (cols.length && !create) r.emit(line, sql.addPrimaryKey(table, cols));
};

const foreign: BlueprintHandler = (r, c) => {
  const { a, mods, table } = c;
  const cols = phpStrList(a[0]);
  const on = mods.get('on');
  const ref = on ? phpStr(args(on)[0]) : undefined;
  const refCols = mods.get('references') ? phpStrList(args(mods.get('references')!)[0]) : ['id'];
  if (cols.length && ref)
    later(r, c, sql.addForeignKey(table, cols, ref, refCols.length ? refCols : ['id'], { name: phpStr(a[1]) ?? `${table}_${cols.join('_')}_foreign` }));
};

/** A name, or the columns Laravel names it from (`['a', 'b']` is `<table>_a_b_<suffix>`). */
const namedOrListed = (a: Node[], table: string, suffix: string): string | undefined => {
  const list = phpStrList(a[0]);
  return a[0]?.namedChildren[0]?.type === 'array_creation_expression' ? `${table}_${list.join('_')}_${suffix}` : list[0];
};

/** The suffix Laravel names an index kind's indexes with (`dropFullText(['title'])` is `<table>_title_fulltext`). */
const INDEX_SUFFIX: Record<string, string> = { dropUnique: 'unique', dropFullText: 'fulltext', dropSpatialIndex: 'spatialindex' };

const dropIndex: BlueprintHandler = (r, { name, a, line, table }) => {
  const iname = namedOrListed(a, table, INDEX_SUFFIX[name] ?? 'index');
  if (iname) r.emit(line, sql.dropIndex(iname));
};

const dropForeign: BlueprintHandler = (r, { a, line, table }) => {
  const cname = namedOrListed(a, table, 'foreign');
  if (cname) r.emit(line, sql.dropConstraint(table, cname));
};

const dropPrimary: BlueprintHandler = (r, { a, line, table }) => {
  r.emit(line, sql.dropConstraint(table, phpStr(a[0]) ?? `${table}_pkey`));
};

/** Blueprint methods other than the column types, by name; others emit nothing. */
export const BLUEPRINT_CALLS: Readonly<Record<string, BlueprintHandler>> = {
  dropColumn,
  dropColumns: dropColumn,
  morphs,
  nullableMorphs: morphs,
  uuidMorphs: morphs,
  nullableUuidMorphs: morphs,
  dropMorphs,
  drop: dropTable,
  dropIfExists: dropTable,
  dropTimestampsTz: (r, c) => dropTimestamps(r, c),
  dropSoftDeletesTz: (r, c) => dropSoftDeletes(r, c),
  renameColumn,
  rename,
  timestamps,
  timestampsTz: timestamps,
  nullableTimestamps: timestamps,
  softDeletes,
  softDeletesTz: softDeletes,
  rememberToken,
  dropTimestamps,
  dropSoftDeletes,
  dropRememberToken,
  dropConstrainedForeignId,
  index,
  unique: index,
  primary,
  foreign,
  dropIndex,
  dropUnique: dropIndex,
  dropFullText: dropIndex,
  dropSpatialIndex: dropIndex,
  dropForeign,
  dropPrimary,
};

const CALL_NAMES = new Map(Object.keys(BLUEPRINT_CALLS).map((k) => [k.toLowerCase(), k]));

/** The Blueprint method `name` stands for, in the case BLUEPRINT_CALLS spells it (PHP ignores case). */
export const blueprintName = (name: string): string => CALL_NAMES.get(name.toLowerCase()) ?? name;
