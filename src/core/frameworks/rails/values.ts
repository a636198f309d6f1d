// Rails column types, option values and names in Postgres terms: what `t.string :c, limit: 80`,
// `default: -> { "now()" }` and `add_index :users, [:a, :b]` become in SQL.
import { sql, sqlDefault, type ColumnDef } from '../dsl/common';
import { nameOf, type RubyValue } from '../dsl/ruby';

export const RAILS_TYPES: Record<string, string> = {
  string: 'character varying',
  text: 'text',
  integer: 'integer',
  bigint: 'bigint',
  smallint: 'smallint',
  float: 'double precision',
  decimal: 'numeric',
  numeric: 'numeric',
  datetime: 'timestamp(6) without time zone',
  timestamp: 'timestamp without time zone',
  timestamptz: 'timestamp with time zone',
  time: 'time without time zone',
  date: 'date',
  binary: 'bytea',
  boolean: 'boolean',
  json: 'json',
  jsonb: 'jsonb',
  uuid: 'uuid',
  inet: 'inet',
  cidr: 'cidr',
  citext: 'citext',
  hstore: 'hstore',
  money: 'money',
  interval: 'interval',
  primary_key: 'bigserial',
  references: 'bigint',
  belongs_to: 'bigint',
  serial: 'serial',
  bigserial: 'bigserial',
};

/**
 * A type Rails does not know by name is sent to the database as written (`change_column :t, :c,
 * :int`, `t.column :v, :tsvector`, `"varchar(20)"`): ActiveRecord's `type_to_sql` passes it through.
 * Read as text, redmine's `:int` restating an integer column was a type change to text.
 */
const RAW_TYPE = /^[A-Za-z_][\w ]*(?:\(\d+(?:,\s*\d+)?\))?$/;

export function railsType(type: string, opts: Map<string, RubyValue>): string {
  let t = RAILS_TYPES[type] ?? (RAW_TYPE.test(type) ? type : 'text');
  const limit = opts.get('limit');
  const precision = opts.get('precision');
  const scale = opts.get('scale');
  if (type === 'string' && limit?.kind === 'number') t = `character varying(${limit.value})`;
  if ((type === 'decimal' || type === 'numeric') && precision?.kind === 'number')
    t = `numeric(${precision.value}${scale?.kind === 'number' ? `, ${scale.value}` : ''})`;
  if (type === 'integer' && limit?.kind === 'number' && limit.value > 4) t = 'bigint';
  if (opts.get('array')?.kind === 'bool' && (opts.get('array') as { value: boolean }).value) t += '[]';
  return t;
}

export function railsDefault(v: RubyValue | undefined): string | undefined {
  if (!v) return undefined;
  switch (v.kind) {
    case 'nil':
      return undefined;
    case 'number':
    case 'bool':
      return sqlDefault(v.value);
    case 'string':
    case 'symbol':
      return sqlDefault(v.value);
    case 'other':
      if (v.node.type === 'lambda') {
        // default: -> { "now()" } is SQL; anything else is an opaque Ruby value: a constant.
        const s = v.node.descendantsOfType('string')[0];
        const content = s?.namedChildren.every((c) => c.type === 'string_content') ? s.text.slice(1, -1) : undefined;
        if (content) return content;
      }
      return sqlDefault(v.node.text);
    default:
      return sqlDefault(JSON.stringify(v));
  }
}

export const isFalse = (v: RubyValue | undefined) => v?.kind === 'bool' && v.value === false;
export const isTrue = (v: RubyValue | undefined) => v !== undefined && !(v.kind === 'bool' && !v.value) && v.kind !== 'nil';

/** Column from `add_column t, :c, :type, opts` / `t.string :c, opts`. */
export function columnDef(name: string, type: string, opts: Map<string, RubyValue>): ColumnDef {
  const c: ColumnDef = { name, type: railsType(type, opts) };
  if (isFalse(opts.get('null'))) c.notNull = true;
  if (opts.has('default')) {
    const d = railsDefault(opts.get('default'));
    if (d !== undefined) c.default = d;
  }
  return c;
}

export const DATA_METHODS = new Set([
  'update_all',
  'update_column',
  'update_columns',
  'delete_all',
  'destroy_all',
  'insert_all',
  'insert_all!',
  'upsert_all',
  'find_each',
  'find_in_batches',
  'in_batches',
  'save!',
  'update!',
  'create!',
  'save',
  'update',
  'destroy',
]);

export const COLUMN_TYPES = new Set(Object.keys(RAILS_TYPES).filter((k) => k !== 'references' && k !== 'belongs_to'));

export function defaultOf(o: Map<string, RubyValue>): { default?: string } {
  const d = o.has('default') ? railsDefault(o.get('default')) : undefined;
  return d === undefined ? {} : { default: d };
}

export function joinTableName(p: RubyValue[], o: Map<string, RubyValue>): string {
  const explicit = nameOf(o.get('table_name'));
  if (explicit) return explicit;
  return p
    .slice(0, 2)
    .map((v) => nameOf(v) ?? '')
    .sort()
    .join('_');
}

export const singular = (s: string): string => (s.endsWith('ies') ? `${s.slice(0, -3)}y` : s.endsWith('s') ? s.slice(0, -1) : s);
export const plural = (s: string): string => (s.endsWith('y') ? `${s.slice(0, -1)}ies` : s.endsWith('s') ? s : `${s}s`);
export const indexNameRails = (t: string, cols: string[]) => `index_${t}_on_${cols.join('_and_')}`.slice(0, 63);

/** `add_index` / `t.index`: the index Rails would create, named as Rails names it. */
export function indexSql(table: string, cols: string[], o: Map<string, RubyValue>): string {
  return sql.createIndex(table, cols, {
    name: nameOf(o.get('name')) ?? indexNameRails(table, cols),
    unique: isTrue(o.get('unique')),
    concurrently: nameOf(o.get('algorithm')) === 'concurrently',
  });
}
