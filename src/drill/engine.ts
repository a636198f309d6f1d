// The drill's view of a Postgres: databases it creates, fresh connections to them, and a frozen
// base image to start each rehearsal from. Two engines: PGlite (embedded, the default) and a real
// server reached with --database-url.
import type { DrillEngineKind } from '../core/drill';

/** An error Postgres (or the engine) raised while running SQL. */
export class DbError extends Error {
  override name = 'DbError';
  constructor(
    message: string,
    /** SQLSTATE, e.g. `42P01`. */
    readonly code?: string,
    /** 1-based character position in the statement, when Postgres gives one. */
    readonly position?: number,
    /** The statement ran past the statement timeout and was stopped. */
    readonly timedOut = false,
    /** Where it failed, as Postgres says it (`COPY countries, line 2: "de"`). */
    readonly where?: string,
  ) {
    super(message);
  }
}

/** A problem with the drill's input or environment the user must fix (exit code 2). */
export class DrillSetupError extends Error {
  override name = 'DrillSetupError';
}

export type Row = Record<string, unknown>;

/** One connection. */
export interface Session {
  /** Runs SQL as written (simple query protocol). */
  exec(sql: string): Promise<void>;
  /**
   * Runs a `COPY … FROM STDIN` with `rows` as its data, as psql sends a script's inline rows
   * (`fromBlob`: the same statement reading PGlite's `/dev/blob` device, for the engine that takes its data so).
   */
  copyIn(statement: { sql: string; fromBlob: string }, rows: string): Promise<void>;
  /** Runs one statement with parameters and returns its rows. */
  query<T = Row>(sql: string, params?: unknown[]): Promise<T[]>;
  close(): Promise<void>;
}

export interface Database {
  /** A fresh connection: no temporary objects, prepared statements or settings of an earlier step. */
  session(): Promise<Session>;
  /** The database is gone (a statement had to be stopped by ending its engine): make a new one. */
  readonly lost: boolean;
}

/** A frozen database state new databases start from. */
export interface Image {
  readonly id: string;
}

export interface EngineOptions {
  /** Milliseconds one statement may run before it is stopped. */
  statementTimeoutMs: number;
  /** Milliseconds a statement may wait for a lock. */
  lockTimeoutMs: number;
}

export interface Engine {
  readonly kind: DrillEngineKind;
  readonly serverVersion: string;
  /** A new, empty database of the drill's own. */
  empty(): Promise<Database>;
  /** An image of a database's current state; the database stays usable. */
  snapshot(db: Database): Promise<Image>;
  /** A new database holding what the image holds. */
  fromImage(image: Image): Promise<Database>;
  /** Drops one database the drill no longer needs. */
  discard(db: Database): Promise<void>;
  /** Drops every database the drill made and closes every connection; names the ones it could not drop. */
  dispose(): Promise<string[]>;
}

/** Parses `30s`, `500ms`, `2m`, `1h` or a bare number of seconds. */
export function parseDuration(text: string): number | undefined {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|min|h)?\s*$/i.exec(text);
  if (!m) return undefined;
  const n = Number(m[1]);
  const unit = (m[2] ?? 's').toLowerCase();
  const ms = unit === 'ms' ? n : unit === 's' ? n * 1000 : unit === 'h' ? n * 3_600_000 : n * 60_000;
  return ms > 0 ? Math.round(ms) : undefined;
}
