// What the rollback drill (src/drill/, which runs SQL and so lives outside the core) hands back
// to the evaluation and the renderers: plain data, no I/O.
import type { FrameworkId } from './types';

export type DrillEngineKind = 'pglite' | 'postgres';
export type DrillStep = 'up' | 'down' | 'reapply';

/** A lock one statement took on a relation that existed before the migration. */
export interface MeasuredLock {
  relation: string;
  /** Postgres lock mode: `AccessExclusiveLock`, `ShareLock`, … */
  mode: string;
}

/** A table or index whose storage was rewritten (its relfilenode changed). */
export interface MeasuredRewrite {
  relation: string;
  /** Rows the table held when the statement ran (the seeded rows); undefined for an index. */
  rows?: number;
}

export interface StatementMeasure {
  step: DrillStep;
  /** File the statement is in (the up file, the down file, …) and its 1-based line there. */
  path: string;
  line: number;
  /** The statement, shortened for display. */
  sql: string;
  ms: number;
  /** Undefined when locks could not be measured (the statement ran outside a transaction). */
  locks?: MeasuredLock[];
  rewrites: MeasuredRewrite[];
  note?: string;
}

export type DrillMigrationResult =
  /** up, down, schema and data back where they started, up again */
  | 'pass'
  | 'fail'
  /** the framework (or this file) has no down: only the up was rehearsed */
  | 'up-only'
  /** not rehearsed: an earlier migration's up failed, or the time budget ran out */
  | 'not-run';

export interface DrillMigration {
  path: string;
  framework: FrameworkId;
  /** The down/undo/revert file or section rehearsed, when there is one. */
  downPath?: string;
  result: DrillMigrationResult;
  upMs?: number;
  downMs?: number;
  reapplyMs?: number;
  statements: StatementMeasure[];
  /** Data written after the deploy that rolling back would lose (for the plan's data considerations). */
  lostOnRollback: string[];
  notes: string[];
}

export interface DrillRun {
  engine: DrillEngineKind;
  /** `PostgreSQL 18.6 (PGlite …)`, `PostgreSQL 15.18 …` */
  serverVersion: string;
  base: { migrations: number; ms: number; reused: boolean };
  migrations: DrillMigration[];
  /** What the drill could not do and why (DSL frameworks, other dialects…). */
  notices: string[];
  totalMs: number;
}

export interface DrillOutcome {
  passed: boolean;
  summary: string;
  run?: DrillRun;
  /** The drill's Markdown section as recorded by an earlier run (when `run` is not at hand). */
  markdown?: string;
}

/** `pglite` or `postgres`, the migrations and results, as the JSON report's `drill` object. */
export function drillJson(run: DrillRun): object {
  return {
    engine: run.engine,
    serverVersion: run.serverVersion,
    base: run.base,
    totalMs: Math.round(run.totalMs),
    notices: run.notices,
    migrations: run.migrations.map((m) => ({
      path: m.path,
      framework: m.framework,
      ...(m.downPath ? { downPath: m.downPath } : {}),
      result: m.result,
      upMs: round(m.upMs),
      downMs: round(m.downMs),
      reapplyMs: round(m.reapplyMs),
      lostOnRollback: m.lostOnRollback,
      notes: m.notes,
      statements: m.statements.map((s) => ({ ...s, ms: Math.round(s.ms * 10) / 10 })),
    })),
  };
}

const round = (ms: number | undefined) => (ms === undefined ? null : Math.round(ms * 10) / 10);
