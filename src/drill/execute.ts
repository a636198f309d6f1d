// Runs one migration script statement by statement on a fresh connection, the way its framework
// would (inside one transaction or not), and measures each statement: its time, the locks it took
// on relations that existed before, and the tables or indexes it rewrote.
import type { DrillEngineKind, DrillStep, MeasuredLock, MeasuredRewrite, StatementMeasure } from '../core/drill';
import { DbError, type Database, type Session } from './engine';
import type { Script } from './scripts';
import { lineOfPosition, splitStatements, type Statement } from './statements';

export interface Relation {
  oid: number;
  name: string;
  kind: string;
  file: string;
  /** For an index: its table's OID. */
  table?: number;
}

const USER_NS = `n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_toast' AND n.nspname !~ '^pg_temp'`;
const RELATIONS = `
SELECT c.oid::int AS oid, CASE WHEN n.nspname = 'public' THEN c.relname::text ELSE n.nspname || '.' || c.relname END AS name,
  c.relkind::text AS kind, c.relfilenode::text AS file, i.indrelid::int AS table
FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace LEFT JOIN pg_index i ON i.indexrelid = c.oid
WHERE c.relkind IN ('r', 'p', 'm', 'i', 'S', 'v') AND ${USER_NS}`;

const MEASURE = `
SELECT (SELECT coalesce(json_agg(json_build_object('oid', l.relation::int, 'mode', l.mode)), '[]') FROM pg_locks l
          WHERE l.pid = pg_backend_pid() AND l.locktype = 'relation' AND l.granted AND l.relation = ANY ($1::oid[])) AS locks,
       (SELECT coalesce(json_agg(json_build_object('oid', c.oid::int, 'file', c.relfilenode::text)), '[]') FROM pg_class c WHERE c.oid = ANY ($1::oid[])) AS files`;

/** Lock modes, weakest first. */
const MODES = [
  'AccessShareLock',
  'RowShareLock',
  'RowExclusiveLock',
  'ShareUpdateExclusiveLock',
  'ShareLock',
  'ShareRowExclusiveLock',
  'ExclusiveLock',
  'AccessExclusiveLock',
];
const strength = (mode: string) => MODES.indexOf(mode);

export async function readRelations(session: Session): Promise<Map<number, Relation>> {
  const rows = await session.query<Relation>(RELATIONS);
  return new Map(rows.map((r) => [Number(r.oid), { ...r, oid: Number(r.oid), ...(r.table ? { table: Number(r.table) } : {}) }]));
}

export interface ScriptOptions {
  engine: DrillEngineKind;
  step: DrillStep;
  /** Measure locks and rewrites (the rehearsal's own runs; the base build only times). */
  measure: boolean;
  /** Seeded rows per table name, shown beside a rewrite. */
  rows?: Map<string, number>;
  /** Milliseconds left in the drill's budget. */
  deadline?: number;
}

export interface ScriptFailure {
  error: DbError;
  statement: Statement;
  /** The file line the error points at. */
  line: number;
}

export interface ScriptRun {
  ms: number;
  statements: StatementMeasure[];
  failure?: ScriptFailure;
  /** Statements run in plain form (PGlite): shown once per script. */
  notes: string[];
}

const short = (sql: string) => {
  const one = sql.replace(/\s+/g, ' ').trim();
  return one.length > 90 ? `${one.slice(0, 87)}…` : one;
};

interface Observed {
  locks: Set<string>;
  files: Map<number, string>;
}

/** Runs a script; never throws for SQL errors (they come back as `failure`). */
export async function runScript(db: Database, script: Script, options: ScriptOptions): Promise<ScriptRun> {
  const statements = await splitStatements(script.pieces);
  const out: ScriptRun = { ms: 0, statements: [], notes: [] };
  let session: Session;
  try {
    session = await db.session();
  } catch (error) {
    const statement = statements[0] ?? { sql: '', line: script.pieces[0]?.line ?? 1, outsideTransaction: false };
    out.failure = { error: error instanceof DbError ? error : new DbError(String(error)), statement, line: statement.line };
    return out;
  }
  let relations: Map<number, Relation> | undefined;
  let oids = '{}';
  const seen: Observed = { locks: new Set(), files: new Map() };
  let ourTransaction = false;
  let userTransaction = false;
  const measureNow = async (): Promise<{ locks: Array<{ oid: number; mode: string }>; files: Array<{ oid: number; file: string }> }> => {
    const [row] = await session.query<{ locks: unknown; files: unknown }>(MEASURE, [oids]);
    const parse = <T>(v: unknown) => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));
    return { locks: parse(row?.locks) ?? [], files: parse(row?.files) ?? [] };
  };
  try {
    if (options.measure) {
      relations = await readRelations(session);
      oids = `{${[...relations.keys()].join(',')}}`;
      for (const r of relations.values()) seen.files.set(r.oid, r.file);
    }
    // Scripts that say BEGIN/COMMIT themselves run as written; otherwise the framework's wrapping.
    const wrap = script.transactional && !statements.some((s) => s.control);
    for (const statement of statements) {
      if (options.deadline !== undefined && Date.now() > options.deadline) throw new DbError('the drill ran out of its time budget', undefined, undefined, true);
      let sql = statement.sql;
      let note: string | undefined;
      let outside = statement.outsideTransaction;
      if (outside && statement.plain && options.engine === 'pglite') {
        // PGlite fails on concurrent builds (electric-sql/pglite#901): the plain form shows the same schema change.
        sql = statement.plain;
        outside = false;
        note = 'run without CONCURRENTLY on PGlite (the embedded engine cannot build concurrently); a real server runs it as written';
        if (!out.notes.includes(note)) out.notes.push(note);
      }
      if (outside && ourTransaction) {
        await session.exec('COMMIT');
        ourTransaction = false;
        seen.locks.clear();
      }
      // Outside any transaction, a statement that may run in one is wrapped alone, so the locks it
      // takes are still held (and visible in pg_locks) when it has run: autocommit semantics.
      const alone = !outside && !statement.control && !ourTransaction && !userTransaction && options.measure;
      if (!outside && !statement.control && !ourTransaction && !userTransaction && (wrap || alone)) {
        await session.exec('BEGIN');
        ourTransaction = true;
        seen.locks.clear();
      }
      const started = performance.now();
      try {
        await session.exec(sql);
      } catch (error) {
        const e = error instanceof DbError ? error : new DbError(String(error));
        out.failure = { error: e, statement, line: lineOfPosition(statement, e.position) };
        out.ms += performance.now() - started;
        break;
      }
      const ms = performance.now() - started;
      out.ms += ms;
      if (statement.control === 'begin') userTransaction = true;
      if (statement.control === 'commit' || statement.control === 'rollback') {
        userTransaction = false;
        seen.locks.clear();
      }
      if (!relations) continue;
      const measure: StatementMeasure = { step: options.step, path: script.path, line: statement.line, sql: short(statement.sql), ms, rewrites: [] };
      if (note) measure.note = note;
      if (statement.control) continue;
      const now = await measureNow();
      if (ourTransaction || userTransaction) measure.locks = newLocks(now.locks, seen, relations);
      else measure.note = measure.note ?? 'ran outside a transaction: its locks were released before they could be read';
      measure.rewrites = rewrites(now.files, seen, relations, options.rows);
      out.statements.push(measure);
      if (alone && ourTransaction && !wrap) {
        await session.exec('COMMIT');
        ourTransaction = false;
        seen.locks.clear();
      }
    }
    if (!out.failure && ourTransaction) await session.exec('COMMIT').catch((error: unknown) => {
      const e = error instanceof DbError ? error : new DbError(String(error));
      const last = statements[statements.length - 1]!;
      out.failure = { error: e, statement: last, line: last.line };
    });
  } catch (error) {
    const e = error instanceof DbError ? error : new DbError(String(error));
    const statement = statements[out.statements.length] ?? statements[0] ?? { sql: '', line: 1, outsideTransaction: false };
    out.failure ??= { error: e, statement, line: statement.line };
  } finally {
    if (out.failure && !db.lost) await session.exec('ROLLBACK').catch(() => undefined);
    await session.close().catch(() => undefined);
  }
  return out;
}

/** Locks held now that were not held after the previous statement, strongest mode per relation. */
function newLocks(locks: Array<{ oid: number; mode: string }>, seen: Observed, relations: Map<number, Relation>): MeasuredLock[] {
  const byRelation = new Map<number, string>();
  for (const { oid, mode } of locks) {
    const key = `${oid}:${mode}`;
    if (seen.locks.has(key)) continue;
    seen.locks.add(key);
    const prev = byRelation.get(oid);
    if (!prev || strength(mode) > strength(prev)) byRelation.set(oid, mode);
  }
  return [...byRelation]
    .map(([oid, mode]) => ({ relation: relations.get(oid)?.name ?? String(oid), mode }))
    .sort((a, b) => strength(b.mode) - strength(a.mode) || a.relation.localeCompare(b.relation));
}

/** Tables (and indexes not rebuilt with their table) whose storage file changed. */
function rewrites(files: Array<{ oid: number; file: string }>, seen: Observed, relations: Map<number, Relation>, rows?: Map<string, number>): MeasuredRewrite[] {
  const changed: Relation[] = [];
  for (const { oid, file } of files) {
    const was = seen.files.get(oid);
    seen.files.set(oid, file);
    const rel = relations.get(oid);
    if (!rel || was === undefined || was === file || file === '0' || rel.kind === 'S' || rel.kind === 'v') continue;
    changed.push(rel);
  }
  const tables = new Set(changed.filter((r) => r.kind !== 'i').map((r) => r.oid));
  return changed
    .filter((r) => r.kind !== 'i' || !tables.has(r.table ?? -1))
    .map((r) => (r.kind === 'i' ? { relation: r.name } : { relation: r.name, rows: rows?.get(r.name) ?? 0 }));
}

/** The statements of a script as one text, for the base build (no measuring, fastest path). */
export async function applyScript(db: Database, script: Script, engine: DrillEngineKind, deadline?: number): Promise<ScriptRun> {
  return runScript(db, script, { engine, step: 'up', measure: false, ...(deadline ? { deadline } : {}) });
}
