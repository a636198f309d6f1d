// Rows in every empty application table before an up, typed to each column and exercising the
// type (fractional digits within a numeric's scale, non-ASCII and mixed-case text, timestamps with
// zones, every enum label, NULL where allowed), consistent with foreign keys, CHECK and UNIQUE
// constraints. A table it cannot fill is reported, never a crash.
import { checkCandidates, json, quoteIdent, quoteLiteral, valueFor, type Candidates, type ColumnInfo } from './seed-values';
import { DbError, type Session } from './engine';

interface TableInfo {
  oid: number;
  name: string;
  qualified: string;
}

interface ForeignKey {
  rel: number;
  columns: string[];
  ref: number;
  ref_columns: string[];
}

interface CheckInfo {
  rel: number;
  columns: string[];
  expr: string;
}

const USER_NS = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_toast' AND n.nspname !~ '^pg_temp'`;
const NOT_EXTENSION = `c.oid NOT IN (SELECT dep.objid FROM pg_depend dep WHERE dep.deptype = 'e' AND dep.classid = 'pg_class'::regclass)`;

const TABLES = `
SELECT c.oid::int AS oid, CASE WHEN n.nspname = 'public' THEN quote_ident(c.relname) ELSE quote_ident(n.nspname) || '.' || quote_ident(c.relname) END AS name,
  quote_ident(n.nspname) || '.' || quote_ident(c.relname) AS qualified
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relpersistence <> 't' AND ${USER_NS} AND ${NOT_EXTENSION}
ORDER BY 2`;

const COLUMNS = `
SELECT a.attrelid::int AS rel, a.attname AS name, format_type(a.atttypid, a.atttypmod) AS type,
  CASE WHEN t.typtype = 'd' THEN t.typtypmod ELSE a.atttypmod END AS typmod,
  b.typname AS base, b.typtype::text AS kind, b.typcategory::text AS category,
  e.typname AS element, e.typtype::text AS element_kind,
  (SELECT json_agg(l.enumlabel ORDER BY l.enumsortorder) FROM pg_enum l WHERE l.enumtypid = CASE WHEN b.typtype = 'e' THEN b.oid ELSE e.oid END) AS labels,
  (a.attnotnull OR (t.typtype = 'd' AND t.typnotnull)) AS not_null, a.atthasdef AS has_default,
  coalesce(pg_get_expr(d.adbin, d.adrelid) LIKE 'nextval(%', false) AS serial,
  a.attidentity::text AS identity, a.attgenerated::text AS generated
FROM pg_attribute a
JOIN pg_type t ON t.oid = a.atttypid
JOIN pg_type b ON b.oid = CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE t.oid END
LEFT JOIN pg_type e ON e.oid = b.typelem AND b.typcategory = 'A'
LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
WHERE a.attrelid = ANY ($1::oid[]) AND a.attnum > 0 AND NOT a.attisdropped
ORDER BY a.attrelid, a.attnum`;

const FOREIGN_KEYS = `
SELECT k.conrelid::int AS rel, k.confrelid::int AS ref,
  (SELECT json_agg(a.attname ORDER BY array_position(k.conkey, a.attnum)) FROM pg_attribute a WHERE a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)) AS columns,
  (SELECT json_agg(a.attname ORDER BY array_position(k.confkey, a.attnum)) FROM pg_attribute a WHERE a.attrelid = k.confrelid AND a.attnum = ANY (k.confkey)) AS ref_columns
FROM pg_constraint k WHERE k.contype = 'f' AND k.conrelid = ANY ($1::oid[])`;

const CHECKS = `
SELECT k.conrelid::int AS rel, pg_get_expr(k.conbin, k.conrelid) AS expr,
  (SELECT json_agg(a.attname) FROM pg_attribute a WHERE a.attrelid = k.conrelid AND a.attnum = ANY (k.conkey)) AS columns
FROM pg_constraint k WHERE k.contype = 'c' AND k.conrelid = ANY ($1::oid[])
UNION ALL
SELECT a.attrelid::int, pg_get_expr(k.conbin, 0), json_build_array(a.attname)
FROM pg_attribute a JOIN pg_type t ON t.oid = a.atttypid JOIN pg_constraint k ON k.contypid = t.oid AND k.contype = 'c'
WHERE a.attrelid = ANY ($1::oid[]) AND a.attnum > 0 AND NOT a.attisdropped`;

export interface SeedResult {
  /** Rows inserted, by table. */
  rows: Map<string, number>;
  /** Tables the seeder could not fill (or not fully), and why. */
  problems: Array<{ table: string; why: string }>;
}

interface Plan {
  table: TableInfo;
  columns: ColumnInfo[];
  fks: ForeignKey[];
  checks: Map<string, Candidates>;
  rowCount: number;
}

/** Parents before children; cycles broken where they are (the rows then use NULL or fail visibly). */
function order(tables: TableInfo[], fks: ForeignKey[]): TableInfo[] {
  const byOid = new Map(tables.map((t) => [t.oid, t]));
  const out: TableInfo[] = [];
  const state = new Map<number, 'visiting' | 'done'>();
  const visit = (t: TableInfo) => {
    if (state.get(t.oid)) return;
    state.set(t.oid, 'visiting');
    for (const fk of fks) if (fk.rel === t.oid && fk.ref !== t.oid && byOid.has(fk.ref) && !state.get(fk.ref)) visit(byOid.get(fk.ref)!);
    state.set(t.oid, 'done');
    out.push(t);
  };
  tables.forEach(visit);
  return out;
}

/**
 * Seeds every application table that holds no rows, except those in `skip` (tables an earlier
 * attempt could not fill: tried once, reported once). Triggers are switched off while seeding
 * where the role may do so (`session_replication_role`): a trigger that validates application
 * invariants would otherwise refuse made-up rows. Constraints still hold, and foreign keys are
 * filled from the parents' rows.
 */
export async function seedEmptyTables(session: Session, rowsPerTable = 3, skip: ReadonlySet<string> = new Set()): Promise<SeedResult> {
  const all = await session.query<TableInfo>(TABLES);
  const result: SeedResult = { rows: new Map(), problems: [] };
  if (all.length === 0) return result;
  const emptiness = await session.query<Record<string, boolean>>(
    `SELECT ${all.map((t, i) => `NOT EXISTS (SELECT 1 FROM ${t.qualified}) AS e${i}`).join(', ')}`,
  );
  const empty = all.filter((t, i) => emptiness[0]?.[`e${i}`] === true && !skip.has(t.name));
  if (empty.length === 0) return result;
  await session.exec("SET session_replication_role = 'replica'").catch(() => undefined);
  try {
    await seedTables(session, all, empty, rowsPerTable, result);
  } finally {
    await session.exec('RESET session_replication_role').catch(() => undefined);
  }
  return result;
}

async function seedTables(session: Session, all: TableInfo[], empty: TableInfo[], rowsPerTable: number, result: SeedResult): Promise<void> {
  const oids = `{${all.map((t) => t.oid).join(',')}}`;
  const [columns, fkRows, checkRows] = await Promise.all([
    session.query<ColumnInfo>(COLUMNS, [`{${empty.map((t) => t.oid).join(',')}}`]),
    session.query<ForeignKey>(FOREIGN_KEYS, [oids]),
    session.query<CheckInfo>(CHECKS, [oids]),
  ]);
  for (const c of columns) c.labels = json<string[] | null>(c.labels);
  const fks = fkRows.map((f) => ({ ...f, columns: json<string[]>(f.columns), ref_columns: json<string[]>(f.ref_columns) }));
  const checks = new Map<number, Map<string, Candidates>>();
  for (const c of checkRows) {
    const found = await checkCandidates(c.expr);
    const byColumn = checks.get(c.rel) ?? new Map<string, Candidates>();
    for (const col of json<string[] | null>(c.columns) ?? []) {
      const had = byColumn.get(col) ?? { strings: [], others: [] };
      byColumn.set(col, { strings: [...had.strings, ...found.strings], others: [...had.others, ...found.others] });
    }
    checks.set(c.rel, byColumn);
  }
  const names = new Map(all.map((t) => [t.oid, t]));
  for (const table of order(empty, fks)) {
    const cols = columns.filter((c) => c.rel === table.oid);
    const labels = Math.max(0, ...cols.map((c) => c.labels?.length ?? 0));
    const plan: Plan = {
      table,
      columns: cols,
      fks: fks.filter((f) => f.rel === table.oid),
      checks: checks.get(table.oid) ?? new Map(),
      rowCount: Math.min(Math.max(rowsPerTable, labels), 24),
    };
    try {
      const inserted = await new TableSeeder(session, plan, names).seed();
      result.rows.set(table.name, inserted.rows);
      if (inserted.problem) result.problems.push({ table: table.name, why: inserted.problem });
    } catch (error) {
      await session.exec('ROLLBACK').catch(() => undefined);
      result.problems.push({ table: table.name, why: (error as Error).message });
    }
  }
}

async function parentTuples(session: Session, fk: ForeignKey, names: Map<number, TableInfo>): Promise<Array<Array<string | null>>> {
  const parent = names.get(fk.ref);
  if (!parent) return [];
  const cols = fk.ref_columns.map((c) => `${quoteIdent(c)}::text`).join(', ');
  const rows = await session.query<{ t: unknown }>(`SELECT json_agg(json_build_array(${cols})) AS t FROM (SELECT * FROM ${parent.qualified} LIMIT 50) s`);
  return json<Array<Array<string | null>> | null>(rows[0]?.t) ?? [];
}

type Row = Map<string, string>;
/** A column's SQL value, undefined for its default, or why none can be made. */
type Made = string | undefined | { impossible: string };

/** The rows of one table: made up column by column, inserted together, or one by one when that fails. */
class TableSeeder {
  /** Identity ALWAYS and generated columns take their own values. */
  private readonly writable: ColumnInfo[];
  private readonly fkOf = new Map<string, { fk: ForeignKey; index: number }>();
  private readonly tuples = new Map<ForeignKey, Array<Array<string | null>>>();

  constructor(
    private readonly session: Session,
    private readonly plan: Plan,
    private readonly names: Map<number, TableInfo>,
  ) {
    this.writable = plan.columns.filter((c) => c.identity !== 'a' && c.generated === '');
    for (const fk of plan.fks) fk.columns.forEach((c, index) => this.fkOf.set(c, { fk, index }));
  }

  async seed(): Promise<{ rows: number; problem?: string }> {
    const { session, plan } = this;
    for (const fk of plan.fks) if (fk.ref !== plan.table.oid) this.tuples.set(fk, await parentTuples(session, fk, this.names));
    const wanted = Array.from({ length: plan.rowCount + 1 }, (_, i) => ({ i, nulls: i === plan.rowCount }));
    await session.exec('BEGIN');
    const together = await this.insertTogether(wanted);
    const { rows, problem }: { rows: number; problem?: string } = together ?? (await this.insertOneByOne(wanted));
    await fixSequences(session, plan.table, this.writable);
    await session.exec('COMMIT');
    if (rows === 0) return { rows, problem: `no row could be inserted, so its data is not compared (${problem ?? 'unknown reason'})` };
    return problem && rows < plan.rowCount ? { rows, problem: `only ${rows} rows could be inserted (${problem})` } : { rows };
  }

  /** All rows in one statement; undefined when they cannot go together. */
  private async insertTogether(wanted: Array<{ i: number; nulls: boolean }>): Promise<{ rows: number } | undefined> {
    const made = wanted.map((w) => this.row(w.i, w.nulls, 0));
    const ready = made.filter((v): v is Row => typeof v !== 'string');
    if (ready.length !== made.length || !ready.every((v) => v.size === ready[0]!.size)) return undefined;
    const { qualified } = this.plan.table;
    const cols = [...ready[0]!.keys()];
    try {
      await this.session.exec('SAVEPOINT rr_seed');
      await this.session.exec(
        cols.length === 0
          ? ready.map(() => `INSERT INTO ${qualified} DEFAULT VALUES`).join(';\n')
          : `INSERT INTO ${qualified} (${cols.map(quoteIdent).join(', ')}) VALUES ${ready.map((v) => `(${cols.map((c) => v.get(c)).join(', ')})`).join(', ')}`,
      );
      return { rows: ready.length };
    } catch {
      await this.session.exec('ROLLBACK TO SAVEPOINT rr_seed');
      return undefined;
    }
  }

  /** Row by row, each with up to six sets of values (other CHECK constants, other keys). */
  private async insertOneByOne(wanted: Array<{ i: number; nulls: boolean }>): Promise<{ rows: number; problem?: string }> {
    let rows = 0;
    let problem: string | undefined;
    for (const w of wanted) {
      let lastError: string | undefined;
      for (let attempt = 0; attempt < 6; attempt++) {
        const values = this.row(w.i, w.nulls, attempt);
        if (typeof values === 'string') {
          lastError = values;
          break;
        }
        try {
          await this.session.exec('SAVEPOINT rr_seed_row');
          await this.session.exec(this.insert(values));
          rows++;
          lastError = undefined;
          break;
        } catch (error) {
          await this.session.exec('ROLLBACK TO SAVEPOINT rr_seed_row');
          lastError = error instanceof DbError ? error.message : String(error);
        }
      }
      if (lastError && !w.nulls) problem ??= lastError;
    }
    return { rows, ...(problem ? { problem } : {}) };
  }

  private insert(values: Row): string {
    const { qualified } = this.plan.table;
    return values.size === 0
      ? `INSERT INTO ${qualified} DEFAULT VALUES`
      : `INSERT INTO ${qualified} (${[...values.keys()].map(quoteIdent).join(', ')}) VALUES (${[...values.values()].join(', ')})`;
  }

  /** Row i's values (or why it cannot be made); `nulls` leaves every nullable column NULL; `attempt` varies CHECKed and UNIQUE columns. */
  private row(i: number, nulls: boolean, attempt: number): Row | string {
    const values: Row = new Map();
    for (const col of this.writable) {
      const v = nulls && !col.not_null ? 'NULL' : this.fkOf.has(col.name) ? this.reference(col, i, attempt) : this.value(col, i, attempt);
      if (v === undefined) continue; // its default
      if (typeof v !== 'string') return v.impossible;
      values.set(col.name, v);
    }
    return values;
  }

  /** A foreign key column: a parent row's key, itself for a self-reference, NULL when allowed. */
  private reference(col: ColumnInfo, i: number, attempt: number): Made {
    const link = this.fkOf.get(col.name)!;
    if (link.fk.ref === this.plan.table.oid) {
      // Self-reference: the row points at itself when it references its own key, else NULL.
      const own = link.fk.ref_columns[link.index];
      const target = this.writable.find((c) => c.name === own);
      const v = target && target !== col ? valueFor(target, i) : undefined;
      return v ?? (col.not_null ? { impossible: `column ${col.name} references its own table and cannot be filled` } : 'NULL');
    }
    const parents = this.tuples.get(link.fk) ?? [];
    if (parents.length === 0) {
      return col.not_null ? { impossible: `column ${col.name} references ${this.names.get(link.fk.ref)?.name ?? 'a table'}, which has no rows` } : 'NULL';
    }
    // Two keys to one parent table (a user and their emergency contact) take different rows.
    const sibling = this.plan.fks.filter((f) => f.ref === link.fk.ref).indexOf(link.fk);
    const v = parents[(i + attempt + sibling) % parents.length]![link.index];
    return v === null || v === undefined ? 'NULL' : `${quoteLiteral(v)}::${col.type}`;
  }

  /** Any other column: a CHECK's allowed value, a made-up value of its type, its default (undefined) or NULL. */
  private value(col: ColumnInfo, i: number, attempt: number): Made {
    // A CHECK's string constants are the column's allowed values: every row takes one (so every
    // allowed value is exercised). Its numbers are bounds, tried when the usual value fails.
    const candidates = this.plan.checks.get(col.name);
    // Booleans in a CHECK usually encode a state (`is_deleted = false AND cipher IS NOT NULL OR
    // is_deleted = true AND cipher IS NULL`): retried all false, then all true; then all true and
    // all false again with every nullable column the CHECK names left NULL.
    if (candidates && col.category === 'B' && attempt >= 1 && attempt <= 4) return `${attempt % 2 === 1 ? 'false' : 'true'}::${col.type}`;
    if (candidates && !col.not_null && attempt >= 3 && attempt <= 4) return 'NULL';
    // A CHECK names constants of all its columns: only those of this column's kind are candidates.
    const textual = ['S', 'U'].includes(col.category) || col.kind === 'e';
    const numeric = col.category === 'N';
    const pool =
      candidates && textual && candidates.strings.length
        ? candidates.strings
        : attempt > 0 && candidates && (numeric || col.category === 'B')
          ? candidates.others.filter((v) => (numeric ? /^-?[\d.]+$/.test(v) : /^(true|false)$/.test(v)))
          : [];
    if (pool.length) return `${quoteLiteral(pool[(i + attempt) % pool.length]!)}::${col.type}`;
    const v = valueFor(col, i + attempt * 100);
    if (v !== undefined) return v;
    if (col.has_default) return undefined;
    return col.not_null ? { impossible: `no value of type ${col.type} can be made up for column ${col.name}` } : 'NULL';
  }
}

/** Sequences behind the seeded keys move past them, so the migration's own inserts do not collide. */
async function fixSequences(session: Session, table: TableInfo, columns: ColumnInfo[]): Promise<void> {
  for (const col of columns) {
    if (!(col.serial || col.identity === 'd') || !['int2', 'int4', 'int8'].includes(col.base)) continue;
    await session.exec(
      `SELECT setval(pg_get_serial_sequence(${quoteLiteral(table.qualified)}, ${quoteLiteral(col.name)}), coalesce((SELECT max(${quoteIdent(col.name)}) FROM ${table.qualified}), 0) + 1, false)`,
    );
  }
}
