// What a database holds, read from the catalogs and keyed by name (never by OID or by pg_dump's
// text, whose ordering moves between versions and puts a restored column last): the schema the
// drill compares before the up and after the down, and every row of every table.
import type { Session } from './engine';

/** Schemas that are Postgres' own, never the application's. */
const USER_NS = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_toast' AND n.nspname !~ '^pg_temp'`;
/** Objects an extension owns come and go with the extension: compared through the extension. */
// An uncorrelated NOT IN becomes one hashed subplan; a correlated NOT EXISTS probed pg_depend once
// per row and made the snapshot several times slower.
const NOT_EXTENSION = (cls: string, oid: string) =>
  `${oid} NOT IN (SELECT dep.objid FROM pg_depend dep WHERE dep.deptype = 'e' AND dep.classid = '${cls}'::regclass)`;
/** `name` in public, `schema.name` elsewhere. */
const QNAME = (ns: string, name: string) => `CASE WHEN ${ns} = 'public' THEN quote_ident(${name}) ELSE quote_ident(${ns}) || '.' || quote_ident(${name}) END`;

export interface SchemaObject {
  /** Category: table, column, constraint, index, enum, sequence, view, function, trigger, extension, schema, type, policy. */
  kind: string;
  /** Unique within the kind: `orders`, `orders.total`, `orders.orders_pkey`. */
  name: string;
  /** Everything that must be equal, as text (definition, type, nullability, …). */
  attrs: Record<string, string | null>;
  /** Column order: a change of position alone is a notice, not drift. */
  position?: number;
}

export type SchemaSnapshot = Map<string, SchemaObject>;

/** One query per kind of object, each giving a JSON array of objects with a `name`. */
export const SCHEMA_PARTS: Record<string, string> = {
  schema: `SELECT coalesce(json_agg(json_build_object('name', n.nspname)), '[]') FROM pg_namespace n WHERE ${USER_NS} AND ${NOT_EXTENSION('pg_namespace', 'n.oid')}`,
  table: `SELECT coalesce(json_agg(json_build_object('name', ${QNAME('n.nspname', 'c.relname')}, 'kind', c.relkind::text, 'persistence', c.relpersistence::text,
    'partition_of', (SELECT ${QNAME('pn.nspname', 'p.relname')} FROM pg_inherits ih JOIN pg_class p ON p.oid = ih.inhparent JOIN pg_namespace pn ON pn.oid = p.relnamespace WHERE ih.inhrelid = c.oid AND c.relispartition LIMIT 1),
    'bound', pg_get_expr(c.relpartbound, c.oid), 'rls', c.relrowsecurity::text)), '[]')
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p', 'f', 'c') AND ${USER_NS} AND ${NOT_EXTENSION('pg_class', 'c.oid')}`,
  column: `SELECT coalesce(json_agg(json_build_object('table', ${QNAME('n.nspname', 'c.relname')}, 'name', a.attname, 'position', a.attnum,
    'type', format_type(a.atttypid, a.atttypmod), 'not_null', a.attnotnull::text, 'default', pg_get_expr(d.adbin, d.adrelid),
    'identity', nullif(a.attidentity::text, ''), 'generated', nullif(a.attgenerated::text, ''),
    'collation', CASE WHEN a.attcollation <> 0 AND a.attcollation <> t.typcollation THEN (SELECT collname FROM pg_collation WHERE oid = a.attcollation) END)), '[]')
    FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_type t ON t.oid = a.atttypid
    LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
    WHERE a.attnum > 0 AND NOT a.attisdropped AND c.relkind IN ('r', 'p', 'f', 'c', 'v', 'm') AND ${USER_NS} AND ${NOT_EXTENSION('pg_class', 'c.oid')}`,
  constraint: `SELECT coalesce(json_agg(json_build_object('on', coalesce(${QNAME('n.nspname', 'c.relname')}, (SELECT ${QNAME('tn.nspname', 'ty.typname')} FROM pg_type ty JOIN pg_namespace tn ON tn.oid = ty.typnamespace WHERE ty.oid = k.contypid)),
    'name', k.conname, 'type', k.contype::text, 'definition', pg_get_constraintdef(k.oid), 'validated', k.convalidated::text, 'deferrable', k.condeferrable::text)), '[]')
    FROM pg_constraint k JOIN pg_namespace n ON n.oid = k.connamespace LEFT JOIN pg_class c ON c.oid = k.conrelid
    WHERE ${USER_NS} AND k.contype <> 'n' AND ${NOT_EXTENSION('pg_constraint', 'k.oid')}`,
  index: `SELECT coalesce(json_agg(json_build_object('name', ${QNAME('n.nspname', 'c.relname')}, 'table', (SELECT ${QNAME('tn.nspname', 'tc.relname')} FROM pg_class tc JOIN pg_namespace tn ON tn.oid = tc.relnamespace WHERE tc.oid = i.indrelid), 'definition', pg_get_indexdef(i.indexrelid), 'valid', i.indisvalid::text)), '[]')
    FROM pg_index i JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${USER_NS} AND ${NOT_EXTENSION('pg_class', 'c.oid')}`,
  enum: `SELECT coalesce(json_agg(json_build_object('name', ${QNAME('n.nspname', 't.typname')}, 'labels', (SELECT string_agg(quote_literal(e.enumlabel), ', ' ORDER BY e.enumsortorder) FROM pg_enum e WHERE e.enumtypid = t.oid))), '[]')
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typtype = 'e' AND ${USER_NS} AND ${NOT_EXTENSION('pg_type', 't.oid')}`,
  type: `SELECT coalesce(json_agg(json_build_object('name', ${QNAME('n.nspname', 't.typname')}, 'kind', t.typtype::text,
    'base', CASE WHEN t.typtype = 'd' THEN format_type(t.typbasetype, t.typtypmod) END, 'not_null', t.typnotnull::text, 'default', t.typdefault)), '[]')
    FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typtype IN ('d', 'r', 'm') AND ${USER_NS} AND ${NOT_EXTENSION('pg_type', 't.oid')}`,
  sequence: `SELECT coalesce(json_agg(json_build_object('name', ${QNAME('n.nspname', 'c.relname')}, 'type', format_type(s.seqtypid, NULL), 'start', s.seqstart::text,
    'increment', s.seqincrement::text, 'min', s.seqmin::text, 'max', s.seqmax::text, 'cycle', s.seqcycle::text)), '[]')
    FROM pg_sequence s JOIN pg_class c ON c.oid = s.seqrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${USER_NS} AND ${NOT_EXTENSION('pg_class', 'c.oid')}`,
  view: `SELECT coalesce(json_agg(json_build_object('name', ${QNAME('n.nspname', 'c.relname')}, 'kind', c.relkind::text, 'definition', pg_get_viewdef(c.oid))), '[]')
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('v', 'm') AND ${USER_NS} AND ${NOT_EXTENSION('pg_class', 'c.oid')}`,
  function: `SELECT coalesce(json_agg(json_build_object('name', ${QNAME('n.nspname', 'p.proname')} || '(' || pg_get_function_identity_arguments(p.oid) || ')', 'kind', p.prokind::text,
    'result', pg_get_function_result(p.oid), 'language', (SELECT lanname FROM pg_language WHERE oid = p.prolang), 'body', md5(coalesce(p.prosrc, '')),
    'volatility', p.provolatile::text, 'security_definer', p.prosecdef::text, 'config', array_to_string(p.proconfig, ','))), '[]')
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE ${USER_NS} AND ${NOT_EXTENSION('pg_proc', 'p.oid')}`,
  trigger: `SELECT coalesce(json_agg(json_build_object('name', ${QNAME('n.nspname', 'c.relname')} || '.' || quote_ident(t.tgname), 'definition', pg_get_triggerdef(t.oid), 'enabled', t.tgenabled::text)), '[]')
    FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE NOT t.tgisinternal AND ${USER_NS}`,
  policy: `SELECT coalesce(json_agg(json_build_object('name', ${QNAME('n.nspname', 'c.relname')} || '.' || quote_ident(p.polname), 'command', p.polcmd::text,
    'using', pg_get_expr(p.polqual, p.polrelid), 'check', pg_get_expr(p.polwithcheck, p.polrelid), 'permissive', p.polpermissive::text)), '[]')
    FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE ${USER_NS}`,
  extension: `SELECT coalesce(json_agg(json_build_object('name', e.extname, 'version', e.extversion)), '[]') FROM pg_extension e WHERE e.extname <> 'plpgsql'`,
};

const schemaQuery = (kinds: string[]) => `SELECT json_build_object(${kinds.map((kind) => `'${kind}', (${SCHEMA_PARTS[kind]})`).join(', ')}) AS snapshot`;
const SCHEMA_QUERY = schemaQuery(Object.keys(SCHEMA_PARTS));

type Raw = Record<string, Array<Record<string, unknown>>>;

const text = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));

function objectsOf(kind: string, rows: Array<Record<string, unknown>>): SchemaObject[] {
  return rows.map((row) => {
    const attrs: Record<string, string | null> = {};
    let name = String(row.name);
    let position: number | undefined;
    for (const [key, value] of Object.entries(row)) {
      if (key === 'name') continue;
      if (key === 'position') position = Number(value);
      else if ((kind === 'column' && key === 'table') || (kind === 'constraint' && key === 'on')) name = `${String(value)}.${name}`;
      else attrs[key] = text(value);
    }
    return { kind, name, attrs, ...(position === undefined ? {} : { position }) };
  });
}

/** The schema (or only some kinds of object), keyed `kind:name`. */
export async function readSchema(session: Session, kinds?: string[]): Promise<SchemaSnapshot> {
  const [row] = await session.query<{ snapshot: Raw | string }>(kinds ? schemaQuery(kinds) : SCHEMA_QUERY);
  const raw = (typeof row?.snapshot === 'string' ? JSON.parse(row.snapshot) : row?.snapshot) as Raw;
  const out: SchemaSnapshot = new Map();
  for (const [kind, rows] of Object.entries(raw)) for (const o of objectsOf(kind, rows ?? [])) out.set(`${o.kind}:${o.name}`, o);
  return out;
}

/** Columns of one table that identify a row: the primary key, else every column. */
export interface TableData {
  table: string;
  /** Row key → column → value as text (NULL as null). */
  rows: Map<string, Record<string, string | null>>;
  /** Keyed by the primary key (true), or by the whole row (false: duplicates counted in the key). */
  byKey: boolean;
}

export type DataSnapshot = Map<string, TableData>;

const TABLES_QUERY = `
SELECT ${QNAME('n.nspname', 'c.relname')} AS name, quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS qualified,
  (SELECT json_agg(a.attname ORDER BY a.attnum) FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped) AS columns,
  (SELECT json_agg(a.attname ORDER BY array_position(k.conkey, a.attnum)) FROM pg_constraint k JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)
     WHERE k.conrelid = c.oid AND k.contype = 'p') AS key
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relpersistence <> 't' AND ${USER_NS} AND ${NOT_EXTENSION('pg_class', 'c.oid')}
ORDER BY 1`;

interface TableRow {
  name: string;
  qualified: string;
  columns: string[] | string | null;
  key: string[] | string | null;
}

const list = (v: string[] | string | null): string[] => (v === null ? [] : typeof v === 'string' ? (JSON.parse(v) as string[]) : v);
const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;
const quoteLiteral = (s: string) => `'${s.replace(/'/g, "''")}'`;

/** Every row of every application table, each value as text, in one query. */
export async function readData(session: Session): Promise<DataSnapshot> {
  const tables = await session.query<TableRow>(TABLES_QUERY);
  const out: DataSnapshot = new Map();
  if (tables.length === 0) return out;
  const parts = tables.map((t) => {
    const cols = list(t.columns);
    // A function takes at most 100 arguments: 50 columns per object, the objects merged.
    const objects: string[] = [];
    for (let i = 0; i < cols.length; i += 50) {
      objects.push(
        `jsonb_build_object(${cols
          .slice(i, i + 50)
          .map((c) => `${quoteLiteral(c)}, ${quoteIdent(c)}::text`)
          .join(', ')})`,
      );
    }
    const row = objects.length ? objects.join(' || ') : `'{}'::jsonb`;
    return `${quoteLiteral(t.name)}, (SELECT coalesce(json_agg(${row}), '[]') FROM ${t.qualified})`;
  });
  // json_build_object takes at most 100 arguments: one object per 50 tables.
  const chunks: string[] = [];
  for (let i = 0; i < parts.length; i += 50) chunks.push(`json_build_object(${parts.slice(i, i + 50).join(', ')})`);
  const [row] = await session.query<Record<string, unknown>>(`SELECT ${chunks.map((c, i) => `${c} AS c${i}`).join(', ')}`);
  const merged: Record<string, Array<Record<string, string | null>>> = {};
  for (const value of Object.values(row ?? {})) Object.assign(merged, typeof value === 'string' ? JSON.parse(value) : value);
  for (const t of tables) {
    const key = list(t.key);
    const rows = new Map<string, Record<string, string | null>>();
    for (const r of merged[t.name] ?? []) {
      let k = key.length ? JSON.stringify(key.map((c) => r[c] ?? null)) : JSON.stringify(r);
      if (!key.length) for (let n = 2; rows.has(k); n++) k = `${JSON.stringify(r)}#${n}`;
      rows.set(k, r);
    }
    out.set(t.name, { table: t.name, rows, byKey: key.length > 0 });
  }
  return out;
}
