// Runs one migration script statement by statement on a fresh connection, the way its framework
// would (inside one transaction or not), and measures each statement: its time, the locks it took
// on relations that existed before, and the tables or indexes it rewrote.
import type { DrillEngineKind, DrillStep, MeasuredLock, MeasuredRewrite, StatementMeasure } from '../core/drill';
import { DbError, type Database, type Session } from './engine';
import type { Script } from './scripts';
import { usesSessionVariables, withSessionValues } from './sqitch-vars';
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

/** The code of a script its framework stops before running (execute.ts's `runScript` on a `Script.failure`: goose's ENVSUB, psql's variables for Sqitch). */
export const ENVSUB_ERROR = 'goose-envsub';

/** The code of a COPY … FROM STDIN whose rows the framework does not send (`ScriptRunner.copyIn`). */
export const COPY_IN_ERROR = 'copy-from-stdin';

const asDbError = (error: unknown) => (error instanceof DbError ? error : new DbError(String(error)));

const PLAIN_NOTE = 'run without CONCURRENTLY on PGlite (the embedded engine cannot build concurrently); a real server runs it as written';

/**
 * One script on one connection. Transactions: the framework's wrapping (`transactional`) unless the
 * script says BEGIN/COMMIT itself; a statement Postgres refuses inside a transaction ends ours and
 * runs alone. When measuring, a statement outside any transaction is wrapped alone (autocommit
 * semantics) so the locks it took are still held, and visible in pg_locks, when it has run.
 */
class ScriptRunner {
  readonly out: ScriptRun = { ms: 0, statements: [], notes: [] };
  private relations: Map<number, Relation> | undefined;
  private oids = '{}';
  private readonly seen: Observed = { locks: new Set(), files: new Map() };
  private ours = false;
  private theirs = false;

  constructor(
    private readonly session: Session,
    private readonly script: Script,
    private readonly options: ScriptOptions,
    private readonly wrap: boolean,
  ) {}

  async start(): Promise<void> {
    if (!this.options.measure) return;
    this.relations = await readRelations(this.session);
    this.oids = `{${[...this.relations.keys()].join(',')}}`;
    for (const r of this.relations.values()) this.seen.files.set(r.oid, r.file);
  }

  private async begin(): Promise<void> {
    await this.session.exec('BEGIN');
    this.ours = true;
    this.seen.locks.clear();
  }

  async commit(): Promise<void> {
    if (!this.ours) return;
    this.ours = false;
    this.seen.locks.clear();
    await this.session.exec('COMMIT');
  }

  /** Runs one statement; false when it failed (the failure is recorded). */
  async run(statement: Statement): Promise<boolean> {
    const { options } = this;
    if (options.deadline !== undefined && Date.now() > options.deadline) throw new DbError('the drill ran out of its time budget', undefined, undefined, true);
    // PGlite fails on concurrent builds (electric-sql/pglite#901): the plain form makes the same schema change.
    const plain = statement.outsideTransaction && statement.plain !== undefined && options.engine === 'pglite';
    const outside = statement.outsideTransaction && !plain;
    if (plain && !this.out.notes.includes(PLAIN_NOTE)) this.out.notes.push(PLAIN_NOTE);
    if (outside) await this.commit();
    const free = !outside && !statement.control && !this.ours && !this.theirs;
    const alone = free && !this.wrap && options.measure;
    if (free && (this.wrap || alone)) await this.begin();
    const started = performance.now();
    try {
      if (statement.stdin) await this.copyIn(statement, statement.stdin);
      else await this.session.exec(plain ? statement.plain! : statement.sql);
    } catch (error) {
      const e = asDbError(error);
      this.out.failure = { error: e, statement, line: copyRowLine(statement, e) ?? lineOfPosition(statement, e.position) };
      this.out.ms += performance.now() - started;
      return false;
    }
    const ms = performance.now() - started;
    this.out.ms += ms;
    if (statement.control === 'begin') this.theirs = true;
    if (statement.control === 'commit' || statement.control === 'rollback') {
      this.theirs = false;
      this.seen.locks.clear();
    }
    if (this.relations && !statement.control) await this.measure(statement, ms, plain ? PLAIN_NOTE : undefined);
    if (alone) await this.commit();
    return true;
  }

  /**
   * A `COPY … FROM STDIN` with the rows its client sends: the script's inline rows where the client
   * sends them (psql, Flyway; none written: none sent, as psql at the end of its input), else the
   * failure the framework itself meets: the rows reach the server as SQL.
   */
  private async copyIn(statement: Statement, stdin: NonNullable<Statement['stdin']>): Promise<void> {
    const { rows } = stdin;
    const copyIn = this.script.copyIn ?? { by: 'the framework', sends: false };
    if (copyIn.sends) return this.session.copyIn({ sql: statement.sql, fromBlob: stdin.fromBlob }, rows ?? '');
    throw new DbError(
      `COPY … FROM stdin reads its rows from the client, and ${copyIn.by} sends the file through a database driver, not psql: ` +
        `${rows === undefined ? 'no rows follow it' : 'the rows written after it (to its \\. line) reach the server as SQL'}, so the migration fails here in ${copyIn.by} itself. ` +
        'Write the rows as INSERT … VALUES (or run the file with psql)',
      COPY_IN_ERROR,
    );
  }

  private async measure(statement: Statement, ms: number, note: string | undefined): Promise<void> {
    const relations = this.relations!;
    const [row] = await this.session.query<{ locks: unknown; files: unknown }>(MEASURE, [this.oids]);
    const parse = <T>(v: unknown) => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));
    const locks = parse<Array<{ oid: number; mode: string }>>(row?.locks) ?? [];
    const files = parse<Array<{ oid: number; file: string }>>(row?.files) ?? [];
    const measured: StatementMeasure = {
      step: this.options.step,
      path: statement.path ?? this.script.path,
      line: statement.line,
      sql: short(statement.sql),
      ms,
      rewrites: [],
    };
    if (this.ours || this.theirs) measured.locks = newLocks(locks, this.seen, relations);
    else note ??= 'ran outside a transaction: its locks were released before they could be read';
    if (note) measured.note = note;
    measured.rewrites = rewrites(files, this.seen, relations, this.options.rows);
    this.out.statements.push(measured);
  }
}

/** The file line of the row a COPY failed on, from Postgres' `COPY countries, line 2: …` (lines counted from its first row). */
function copyRowLine(statement: Statement, error: DbError): number | undefined {
  const first = statement.stdin?.rowsLine;
  const row = /^COPY [^,\n]*, line (\d+)/.exec(error.where ?? '')?.[1];
  return first !== undefined && row !== undefined ? first + Number(row) - 1 : undefined;
}

/** Runs a script; never throws for SQL errors (they come back as `failure`). */
export async function runScript(db: Database, script: Script, options: ScriptOptions): Promise<ScriptRun> {
  // The framework stops before it sends anything (goose's ENVSUB with a required variable unset).
  if (script.failure) {
    const { line, message, by = 'goose' } = script.failure;
    return {
      ms: 0,
      statements: [],
      notes: [],
      failure: {
        error: new DbError(`${by} stops at line ${line} before it runs anything: ${message}`, ENVSUB_ERROR),
        statement: { sql: '', line, outsideTransaction: false, unparsed: true, ...(script.path ? { path: script.path } : {}) },
        line,
      },
    };
  }
  let statements = await splitStatements(script.pieces);
  const first = statements[0] ?? { sql: '', line: script.pieces[0]?.line ?? 1, outsideTransaction: false };
  let session: Session;
  try {
    session = await db.session();
  } catch (error) {
    return { ms: 0, statements: [], notes: [], failure: { error: asDbError(error), statement: first, line: first.line } };
  }
  // psql's own variables (a Sqitch script's `:"DBNAME"`): the session's values, known once connected.
  if (usesSessionVariables(script.pieces)) {
    try {
      statements = await splitStatements(await withSessionValues(script.pieces, session));
    } catch (error) {
      await session.close().catch(() => undefined);
      return { ms: 0, statements: [], notes: [], failure: { error: asDbError(error), statement: first, line: first.line } };
    }
  }
  const runner = new ScriptRunner(session, script, options, script.transactional && !statements.some((s) => s.control));
  const { out } = runner;
  let current = first;
  try {
    await runner.start();
    for (const statement of statements) {
      current = statement;
      if (!(await runner.run(statement))) break;
    }
    if (!out.failure) await runner.commit();
  } catch (error) {
    out.failure ??= { error: asDbError(error), statement: current, line: current.line };
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
function rewrites(
  files: Array<{ oid: number; file: string }>,
  seen: Observed,
  relations: Map<number, Relation>,
  rows?: Map<string, number>,
): MeasuredRewrite[] {
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
