// The rehearsal. For each migrations folder the pull request touches: build the base branch's
// schema once (or reuse a kept image), then for each of the pull request's migrations, on its
// own and in order: seed every empty table → snapshot → up → down → snapshot and compare schema
// and data → up again. Each step runs on a fresh connection. A migration whose down breaks is
// caught even when a later migration's down would hide it in an all-up/all-down run.
import type { Config } from '../core/config';
import type { DrillMigration, DrillRun } from '../core/drill';
import { finalizeFindings } from '../core/findings';
import type { Finding, Hit } from '../core/types';
import { baseKeys, type ImageCache } from './cache';
import { readData, readSchema, type DataSnapshot, type SchemaSnapshot } from './catalog';
import type { DrillPlan, MigrationSet } from './collect';
import { compareData, compareSchema, lostOnRollback, type DataLoss } from './compare';
import type { Database, Engine, Image } from './engine';
import { COPY_IN_ERROR, ENVSUB_ERROR, runScript, type ScriptFailure } from './execute';
import type { PgliteEngine } from './pglite';
import type { Migration, Script } from './scripts';
import { seedEmptyTables } from './seed';
import { createSchemas, standInSchemas } from './stand-ins';

export interface RehearseOptions {
  engine: Engine;
  plan: DrillPlan;
  config: Config;
  statementTimeoutMs: number;
  /** The whole drill's time budget. */
  budgetMs: number;
  cache?: ImageCache;
  docsBase?: string;
  log?: (line: string) => void;
}

export interface DrillResult {
  run: DrillRun;
  findings: Finding[];
  passed: boolean;
  summary: string;
}

const firstLine = (script: Script) => script.pieces[0]?.line ?? 1;
const seconds = (ms: number) => (ms >= 1000 ? `${(ms / 1000).toFixed(ms >= 10_000 ? 0 : 1)} s` : `${Math.round(ms)} ms`);

function failureText(f: ScriptFailure, engine: string, statementTimeoutMs: number): string {
  const stmt = f.statement.sql.replace(/\s+/g, ' ').trim();
  const shown = stmt.length > 120 ? `${stmt.slice(0, 117)}…` : stmt;
  if (f.error.timedOut && /budget/.test(f.error.message)) return `the drill ran out of its time budget at line ${f.line} (\`${shown}\`)`;
  if (f.error.code === ENVSUB_ERROR) return f.error.message;
  if (f.error.code === COPY_IN_ERROR) return `line ${f.line}: ${f.error.message}`;
  if (f.error.timedOut) return `line ${f.line} was stopped after the statement timeout (${seconds(statementTimeoutMs)}): \`${shown}\``;
  return `line ${f.line} failed on ${engine}: ${f.error.message}${f.statement.unparsed ? '' : ` (\`${shown}\`)`}`;
}

/** Its tool stops it, whatever the engine (goose's ENVSUB, psql's variables, a COPY's rows a driver sends as SQL). */
const byTool = (f: ScriptFailure) => f.error.code === ENVSUB_ERROR || f.error.code === COPY_IN_ERROR;

export async function rehearse(options: RehearseOptions): Promise<DrillResult> {
  const started = Date.now();
  const deadline = started + options.budgetMs;
  const { engine, plan, config } = options;
  const hits: Array<{ path: string; hit: Hit }> = [];
  const migrations: DrillMigration[] = [];
  const notices = [...plan.notices];
  const base = { migrations: 0, ms: 0, reused: true };
  const add = (path: string, rule: string, line: number, message: string) => hits.push({ path, hit: { rule, line, message } });

  for (const set of plan.sets) {
    const schemas = await standInSchemas([...set.base, ...set.pr]);
    if (schemas.length) {
      const [list, are] = schemas.length === 1 ? [`schema ${schemas[0]}`, 'is a stand-in'] : [`schemas ${schemas.join(', ')}`, 'are stand-ins'];
      notices.push(
        `Created ${list} on the drill's empty database before the base of ${set.root || '.'}: it ${are} for a placeholder (Flyway's \${…}, pop's {{ … }}) the migrations use as a schema and none creates; the tool takes the real name from its configuration.`,
      );
    }
    const built = await buildBase(options, set, deadline, schemas);
    base.migrations += set.base.length;
    base.ms += built.ms;
    base.reused &&= built.reused;
    if (set.changed.length) {
      notices.push(
        `Already on the base branch and changed here: ${set.changed.join(', ')}. Databases that ran the old version will not run it again; the drill rehearsed the new version on a base built without it.`,
      );
    }
    if ('failure' in built) {
      const { migration, failure } = built;
      add(
        failure.statement.path ?? migration.up.path,
        'drill-up-failed',
        failure.line,
        `The base branch's migration ${migration.up.label} ${byTool(failure) ? 'could not be run' : `does not apply on ${engine.serverVersion}`}, so the drill could not build the starting schema: ${failureText(failure, engine.kind === 'pglite' ? 'PGlite' : 'the server', options.statementTimeoutMs)}.` +
          // Its tool stops before the engine sees it (goose's ENVSUB, psql's variables): the reason says what to do, another engine would not help.
          (byTool(failure)
            ? ''
            : engine.kind === 'pglite'
              ? ' If it needs what the embedded engine lacks (an extension, another dialect), run the drill against a server that has it with --database-url.'
              : ' Make the base migrations apply on a fresh database, or point --database-url at a server that has what they need.'),
      );
      for (const m of set.pr) migrations.push(notRun(m, 'the base schema could not be built'));
      continue;
    }
    await rehearseSet(options, set, built, deadline, migrations, add);
  }

  const findings = hits.flatMap(({ path, hit }) =>
    finalizeFindings(path, undefined, [hit], { config, ...(options.docsBase ? { docsBase: options.docsBase } : {}) }),
  );
  const run: DrillRun = { engine: engine.kind, serverVersion: engine.serverVersion, base, migrations, notices, totalMs: Date.now() - started };
  const failing = findings.filter((f) => f.severity === 'error' && !f.suppressed);
  const unrehearsable = plan.unrehearsable.length;
  const passed = failing.length === 0 && unrehearsable === 0 && migrations.every((m) => m.result === 'pass' || m.result === 'up-only');
  return { run, findings, passed, summary: summarise(run, failing, unrehearsable) };
}

function summarise(run: DrillRun, failing: Finding[], unrehearsable: number): string {
  const engine = run.engine === 'pglite' ? `PGlite (${run.serverVersion})` : run.serverVersion.split(' on ')[0];
  const counts = new Map<string, number>();
  for (const m of run.migrations) counts.set(m.result, (counts.get(m.result) ?? 0) + 1);
  const parts = [`${counts.get('pass') ?? 0} passed`];
  if (counts.get('up-only')) parts.push(`${counts.get('up-only')} up only (no down)`);
  if (counts.get('fail')) parts.push(`${counts.get('fail')} failed`);
  if (counts.get('not-run')) parts.push(`${counts.get('not-run')} not run`);
  const rules = [...new Set(failing.map((f) => f.rule))];
  let text = `Rehearsed ${run.migrations.length} migration${run.migrations.length === 1 ? '' : 's'} on ${engine}: ${parts.join(', ')}`;
  if (rules.length) text += ` (${rules.join(', ')})`;
  if (unrehearsable) text += `; ${unrehearsable} migration file${unrehearsable === 1 ? '' : 's'} could not be rehearsed (see the notices)`;
  return `${text}.`;
}

const notRun = (m: Migration, why: string): DrillMigration => ({
  path: m.path,
  framework: m.framework,
  ...(m.down ? { downPath: m.down.path } : {}),
  result: 'not-run',
  statements: [],
  lostOnRollback: [],
  notes: [...(m.notes ?? []), `not rehearsed: ${why}`],
});

interface Base {
  /** A database at the base, ready for the first rehearsal. */
  db: Database;
  /** The stand-in schemas an empty database gets first (stand-ins.ts). */
  schemas: readonly string[];
  /** An image of the base to rebuild from (kept when the cache is on, or on a real server). */
  image?: Image;
  ms: number;
  reused: boolean;
}

type Built = Base | { failure: ScriptFailure; migration: Migration; ms: number; reused: false };

/** Applies migrations' ups (no measuring); the first that fails, with its failure. */
async function applyUps(
  options: RehearseOptions,
  db: Database,
  migrations: Migration[],
  deadline: number,
): Promise<{ failure: ScriptFailure; migration: Migration } | undefined> {
  for (const m of migrations) {
    const run = await runScript(db, m.up, { engine: options.engine.kind, step: 'up', measure: false, deadline });
    if (run.failure) return { failure: run.failure, migration: m };
  }
  return undefined;
}

/**
 * The base schema: from the longest prefix of the base migrations the cache holds (all of them:
 * nothing to apply), then the rest applied and the result kept for the next run.
 */
async function buildBase(options: RehearseOptions, set: MigrationSet, deadline: number, schemas: readonly string[]): Promise<Built> {
  const { engine, cache } = options;
  const started = Date.now();
  const pglite = engine.kind === 'pglite' ? (engine as PgliteEngine) : undefined;
  // The stand-in schemas are part of the empty database every key starts from.
  const keys = pglite && cache ? baseKeys(schemas.length ? `${pglite.serverVersion}\nschemas ${schemas.join(' ')}` : pglite.serverVersion, set.base) : [];
  let from = -1;
  let kept: Uint8Array | undefined;
  for (let k = keys.length - 1; k >= 0 && !kept; k--) if ((kept = cache!.get(keys[k]!))) from = k;
  const db = kept && pglite ? await pglite.fromImage(pglite.image(kept)) : await emptyWith(engine, schemas);
  if (from === set.base.length) return { db, schemas, image: pglite!.image(kept!), ms: Date.now() - started, reused: true };
  // A new cluster is kept too: the next base that misses starts from it instead of running initdb.
  if (pglite && cache && from < 0) cache.put(keys[0]!, (await pglite.snapshot(db)).bytes);
  const failed = await applyUps(options, db, set.base.slice(Math.max(from, 0)), deadline);
  if (failed) {
    await engine.discard(db).catch(() => undefined);
    return { ...failed, ms: Date.now() - started, reused: false };
  }
  let image: Image | undefined;
  if (!pglite) image = await engine.snapshot(db);
  else if (cache) {
    const dumped = await pglite.snapshot(db);
    cache.put(keys[set.base.length]!, dumped.bytes);
    image = dumped;
  }
  options.log?.(`base of ${set.root || '.'}: ${set.base.length} migration${set.base.length === 1 ? '' : 's'} in ${seconds(Date.now() - started)}`);
  return { db, schemas, ...(image ? { image } : {}), ms: Date.now() - started, reused: false };
}

/** A new empty database with the stand-in schemas in it. */
async function emptyWith(engine: Engine, schemas: readonly string[]): Promise<Database> {
  const db = await engine.empty();
  if (!schemas.length) return db;
  const session = await db.session();
  try {
    await session.exec(createSchemas(schemas));
  } finally {
    await session.close();
  }
  return db;
}

/** A database at the base plus the given migrations' ups (after a step left it in an unknown state). */
async function rebuild(options: RehearseOptions, set: MigrationSet, base: Base, applied: Migration[], deadline: number): Promise<Database | undefined> {
  const { engine } = options;
  const db = base.image ? await engine.fromImage(base.image) : await emptyWith(engine, base.schemas);
  const failed = await applyUps(options, db, base.image ? applied : [...set.base, ...applied], deadline);
  if (failed) {
    await engine.discard(db).catch(() => undefined);
    return undefined;
  }
  return db;
}

async function snapshot(db: Database, withData: boolean, kinds?: string[]): Promise<{ schema: SchemaSnapshot; data?: DataSnapshot }> {
  const session = await db.session();
  try {
    const schema = await readSchema(session, kinds);
    return withData ? { schema, data: await readData(session) } : { schema };
  } finally {
    await session.close();
  }
}

type Add = (path: string, rule: string, line: number, message: string) => void;

/** What one rehearsal leaves behind: the database as expected, one to rebuild, or a stop. */
type Next = { then: 'go on' } | { then: 'rebuild' } | { then: 'stop'; why: string };

interface Rehearsal {
  options: RehearseOptions;
  /** Tables the seeder could not fill (reported once). */
  unseeded: Set<string>;
  deadline: number;
  add: Add;
  trace: (what: string) => void;
  where: string;
}

async function rehearseSet(options: RehearseOptions, set: MigrationSet, base: Base, deadline: number, out: DrillMigration[], add: Add): Promise<void> {
  const { engine } = options;
  const t0 = performance.now();
  const trace = process.env.ROLLBACK_READY_TRACE
    ? (what: string) => options.log?.(`${(performance.now() - t0).toFixed(0).padStart(6)} ms  ${what}`)
    : () => undefined;
  const ctx: Rehearsal = { options, deadline, add, trace, unseeded: new Set(), where: engine.kind === 'pglite' ? 'PGlite' : 'the server' };
  let db: Database | undefined = base.db;
  const applied: Migration[] = [];
  let stop: string | undefined;
  for (const m of set.pr) {
    if (!stop && Date.now() > deadline) stop = 'the drill ran out of its time budget';
    if (stop || !db) {
      out.push(notRun(m, stop ?? 'the database could not be rebuilt after an earlier failure'));
      continue;
    }
    const result: DrillMigration = {
      path: m.path,
      framework: m.framework,
      ...(m.down ? { downPath: m.down.path } : {}),
      result: 'pass',
      statements: [],
      lostOnRollback: [],
      notes: [...(m.notes ?? [])],
    };
    out.push(result);
    const next = await rehearseOne(ctx, db, m, result, applied);
    if (next.then === 'stop') stop = next.why;
    if (next.then === 'rebuild') {
      await engine.discard(db).catch(() => undefined);
      db = await rebuild(options, set, base, applied, deadline);
    }
  }
  if (db) await engine.discard(db).catch(() => undefined);
}

/**
 * Seeds empty tables. A table that cannot be seeded is reported once, in the migration where it
 * was tried, and not tried again (`unseeded` holds its name): its data is not compared.
 */
async function seed(db: Database, result: DrillMigration, unseeded: Set<string>): Promise<void> {
  try {
    const session = await db.session();
    const seeded = await seedEmptyTables(session, 3, unseeded).finally(() => session.close());
    for (const problem of seeded.problems) {
      unseeded.add(problem.table);
      result.notes.push(`seeding table ${problem.table}: ${problem.why}`);
    }
  } catch (error) {
    result.notes.push(`not seeded, so no data is compared: ${(error as Error).message}`);
  }
}

/** One migration: seed, snapshot, up, down, compare, up again. `applied` gains it once its up applied. */
async function rehearseOne(ctx: Rehearsal, db: Database, m: Migration, result: DrillMigration, applied: Migration[]): Promise<Next> {
  const { options, deadline, trace, where } = ctx;
  const engine = options.engine.kind;
  const fail = (path: string, rule: string, line: number, message: string) => {
    result.result = 'fail';
    ctx.add(path, rule, line, message);
  };
  // What cannot be read is a failure, never a pass.
  const unreadable = (error: unknown) =>
    fail(
      m.up.path,
      'drill-schema-drift',
      firstLine(m.up),
      `The drill could not read the database to compare it (${(error as Error).message}), so this migration's rollback is not proven. Run the drill with --database-url against a server, or report it.`,
    );
  const run = async (script: Script, step: 'up' | 'down' | 'reapply', rows: Map<string, number>) => {
    const r = await runScript(db, script, { engine, step, measure: true, rows, deadline });
    result.statements.push(...r.statements);
    for (const n of r.notes) if (!result.notes.includes(n)) result.notes.push(n);
    trace(`${m.path}: ${step}`);
    return r;
  };

  await seed(db, result, ctx.unseeded);
  trace(`${m.path}: seeded`);
  const before = await snapshot(db, true).catch((error: unknown) => (unreadable(error), undefined));
  if (!before) return { then: 'stop', why: 'the database could not be read' };
  const rows = new Map([...before.data!].map(([name, t]) => [name, t.rows.size]));

  const up = await run(m.up, 'up', rows);
  result.upMs = up.ms;
  if (up.failure) {
    fail(
      up.failure.statement.path ?? m.up.path,
      'drill-up-failed',
      up.failure.line,
      `The up (${m.up.label}) does not apply: ${failureText(up.failure, where, options.statementTimeoutMs)}.`,
    );
    return { then: 'stop', why: `${m.path} failed to apply, and later migrations build on it` };
  }
  applied.push(m);
  // After the up, only what `lostOnRollback` reads: tables, columns, enum labels.
  const afterUp = await snapshot(db, false, ['table', 'column', 'enum']).catch((error: unknown) => (unreadable(error), undefined));
  if (!afterUp) return { then: 'rebuild' };
  if (!m.down) {
    result.result = 'up-only';
    result.notes.push(m.noDown ?? 'no down to rehearse');
    return { then: 'go on' };
  }

  const down = await run(m.down, 'down', rows);
  result.downMs = down.ms;
  if (down.failure) {
    fail(
      down.failure.statement.path ?? m.down.path,
      'drill-down-failed',
      down.failure.line,
      `The down (${m.down.label}) fails after the up: ${failureText(down.failure, where, options.statementTimeoutMs)}.`,
    );
    return { then: 'rebuild' };
  }
  const afterDown = await snapshot(db, true).catch((error: unknown) => (unreadable(error), undefined));
  if (!afterDown) return { then: 'rebuild' };
  const diff = compareSchema(before.schema, afterDown.schema);
  result.notes.push(...diff.moved);
  result.lostOnRollback = lostOnRollback(before.schema, afterUp.schema, afterDown.schema);

  const again = await run(m.up, 'reapply', rows);
  result.reapplyMs = again.ms;
  judge(ctx, m, m.down, diff.drift, compareData(before.data!, afterDown.data!), again.failure, fail);
  return again.failure ? { then: 'rebuild' } : { then: 'go on' };
}

/** Findings from the comparison and the second up: one cause, one finding. */
function judge(ctx: Rehearsal, m: Migration, down: Script, drift: string[], losses: DataLoss[], reapply: ScriptFailure | undefined, fail: Add): void {
  const downLine = firstLine(down);
  const reapplyText = reapply ? failureText(reapply, ctx.where, ctx.options.statementTimeoutMs) : undefined;
  if (drift.length) {
    const listed = drift.slice(0, 12).map((d) => `- ${d}`);
    if (drift.length > 12) listed.push(`- … and ${drift.length - 12} more`);
    // What the down leaves behind is also why the up fails again: said in the same finding.
    const then = reapplyText ? `\nBecause of this, applying the up again fails too: ${reapplyText}.` : '';
    fail(
      down.path,
      'drill-schema-drift',
      downLine,
      `After the up (${m.up.label}) and the down (${down.label}) the schema is not where it started:\n${listed.join('\n')}${then}`,
    );
  } else if (reapply) {
    fail(
      reapply.statement.path ?? m.up.path,
      'drill-reapply-failed',
      reapply.line,
      `The up (${m.up.label}) fails when applied again after the down: ${reapplyText}. The down leaves something behind that the up then trips over.`,
    );
  }
  for (const loss of losses) {
    const what = loss.column
      ? `column ${loss.table}.${loss.column}: ${loss.count} of ${loss.of} values`
      : `table ${loss.table}: ${loss.count} of ${loss.of} rows`;
    fail(
      down.path,
      'drill-data-loss',
      downLine,
      `Data seeded before the up is gone after the down, in ${what} (e.g. ${loss.example}). Make the down restore it, or declare the stage forward-only with a backup and restore.`,
    );
  }
}
