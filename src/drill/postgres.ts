// The real-server engine (--database-url). The drill never works in the database the URL names:
// it creates databases of its own (`rollback_ready_drill_<run>_<n>`, from template0 or from a base
// it built), works only there, and drops every one of them when it ends. Each step opens a new
// connection, so nothing of a session (temporary tables, settings) carries from up to down.
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { DbError, DrillSetupError, type Database, type Engine, type EngineOptions, type Image, type Row, type Session } from './engine';

const PREFIX = 'rollback_ready_drill_';

interface PgErrorLike {
  message?: string;
  code?: string;
  position?: string;
  where?: string;
}

function toDbError(error: unknown): DbError {
  const e = (error ?? {}) as PgErrorLike;
  const message = String(e.message ?? error);
  const timedOut = e.code === '57014' || /Query read timeout/i.test(message);
  return new DbError(message, e.code, e.position ? Number(e.position) : undefined, timedOut, e.where);
}

/** The URL without its password, for messages. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(an unparseable URL)';
  }
}

/**
 * A `COPY … FROM STDIN` with its rows, on pg's protocol hooks: pg answers the server's CopyInResponse
 * with a CopyFail unless the query object sends the data itself (node-postgres query.js), and this one
 * does, as psql does: the rows in one CopyData message, then CopyDone (pg-copy-streams does the
 * same for streams; one string needs no stream, nor the package).
 */
class CopyIn implements pg.Submittable {
  readonly done: Promise<void>;
  private settle!: (error?: unknown) => void;
  private error: unknown;

  constructor(
    private readonly sql: string,
    private readonly rows: string,
  ) {
    this.done = new Promise((resolve, reject) => {
      this.settle = (error) => (error === undefined ? resolve() : reject(error));
    });
  }

  submit(connection: pg.Connection): void {
    (connection as unknown as PgConnection).query(this.sql);
  }
  handleCopyInResponse(connection: pg.Connection): void {
    const c = connection as unknown as PgConnection;
    if (this.rows) c.sendCopyFromChunk(Buffer.from(this.rows, 'utf8'));
    c.endCopyFrom();
  }
  /** An error ends the query: pg reports no ReadyForQuery to it after one. */
  handleError(error: unknown): void {
    this.error = error;
    this.settle(error);
  }
  handleReadyForQuery(): void {
    this.settle(this.error);
  }
  handleCommandComplete(): void {}
  handleRowDescription(): void {}
  handleDataRow(): void {}
  handleEmptyQuery(): void {}
  handleCopyData(): void {}
  handlePortalSuspended(): void {}
}

/** The calls of pg's connection a CopyIn makes (pg.Connection's types leave out the COPY ones). */
interface PgConnection {
  query(text: string): void;
  sendCopyFromChunk(chunk: Buffer): void;
  endCopyFrom(): void;
}

const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

class PostgresDatabase implements Database {
  readonly lost = false;
  constructor(
    readonly name: string,
    private readonly engine: PostgresEngine,
  ) {}

  session(): Promise<Session> {
    return this.engine.connect(this.name);
  }
}

export class PostgresEngine implements Engine {
  readonly kind = 'postgres' as const;
  private readonly created: string[] = [];
  private readonly run = randomBytes(4).toString('hex');
  private counter = 0;
  private readonly open = new Set<pg.Client>();

  private constructor(
    private readonly url: string,
    private readonly admin: pg.Client,
    readonly serverVersion: string,
    private readonly options: EngineOptions,
  ) {}

  /**
   * Connects to the server the URL names and checks the role may create databases. An unreachable
   * server or a role without CREATEDB is a DrillSetupError: one line, exit code 2.
   */
  static async connect(url: string, options: EngineOptions): Promise<PostgresEngine> {
    let config: pg.ClientConfig;
    try {
      new URL(url);
      config = { connectionString: url, connectionTimeoutMillis: 10_000 };
    } catch {
      throw new DrillSetupError(`--database-url is not a URL (expected postgres://user:password@host:port/database)`);
    }
    const admin = new pg.Client(config);
    admin.on('error', () => undefined);
    try {
      await admin.connect();
    } catch (error) {
      throw new DrillSetupError(`cannot connect to ${redactUrl(url)}: ${(error as Error).message || (error as { code?: string }).code || 'connection failed'}`);
    }
    const { rows } = await admin.query<{ version: string; may: boolean; role: string }>(
      'SELECT version() AS version, (rolcreatedb OR rolsuper) AS may, current_user AS role FROM pg_roles WHERE rolname = current_user',
    );
    const row = rows[0];
    if (!row?.may) {
      await admin.end().catch(() => undefined);
      throw new DrillSetupError(
        `role "${row?.role ?? '?'}" on ${redactUrl(url)} may not create databases: the drill works only in databases of its own. Grant CREATEDB (ALTER ROLE … CREATEDB) or use another role.`,
      );
    }
    return new PostgresEngine(url, admin, row.version, options);
  }

  private urlFor(database: string): string {
    const u = new URL(this.url);
    u.pathname = `/${encodeURIComponent(database)}`;
    return u.toString();
  }

  async connect(database: string): Promise<Session> {
    const client = new pg.Client({
      connectionString: this.urlFor(database),
      // A guard beside the server's own statement_timeout, should the server not answer at all.
      query_timeout: this.options.statementTimeoutMs + 10_000,
      statement_timeout: this.options.statementTimeoutMs,
      lock_timeout: this.options.lockTimeoutMs,
    } as pg.ClientConfig);
    client.on('error', () => undefined);
    try {
      await client.connect();
    } catch (error) {
      throw toDbError(error);
    }
    this.open.add(client);
    return {
      exec: async (sql) => {
        try {
          await client.query(sql);
        } catch (error) {
          throw toDbError(error);
        }
      },
      copyIn: async (statement, rows) => {
        try {
          await client.query<CopyIn>(new CopyIn(statement.sql, rows)).done;
        } catch (error) {
          throw toDbError(error);
        }
      },
      query: async <T = Row>(sql: string, params?: unknown[]) => {
        try {
          return (await client.query(sql, params ?? [])).rows as T[];
        } catch (error) {
          throw toDbError(error);
        }
      },
      close: async () => {
        this.open.delete(client);
        await client.end().catch(() => undefined);
      },
    };
  }

  private async create(template: string): Promise<PostgresDatabase> {
    const name = `${PREFIX}${this.run}_${++this.counter}`;
    this.created.push(name);
    try {
      await this.admin.query(`CREATE DATABASE ${quoteIdent(name)} TEMPLATE ${quoteIdent(template)}`);
    } catch (error) {
      throw toDbError(error);
    }
    return new PostgresDatabase(name, this);
  }

  empty(): Promise<Database> {
    // template0, not template1: nothing the server's admins put in template1 leaks into the rehearsal.
    return this.create('template0');
  }

  async snapshot(db: Database): Promise<Image> {
    // A copy made with the database as its template (its sessions are all closed between steps).
    const copy = await this.create((db as PostgresDatabase).name);
    return { id: copy.name };
  }

  fromImage(image: Image): Promise<Database> {
    return this.create(image.id);
  }

  async discard(db: Database): Promise<void> {
    const { name } = db as PostgresDatabase;
    // A database that would not drop stays listed: dispose() tries again and names it if it still fails.
    if (await this.drop(name)) this.created.splice(this.created.indexOf(name), 1);
  }

  /** Drops one of the drill's databases (FORCE where the server has it); false when it could not. */
  private async drop(name: string): Promise<boolean> {
    try {
      await this.admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)} WITH (FORCE)`);
      return true;
    } catch {
      return this.admin.query(`DROP DATABASE IF EXISTS ${quoteIdent(name)}`).then(
        () => true,
        () => false,
      );
    }
  }

  async dispose(): Promise<string[]> {
    await Promise.all([...this.open].map((c) => c.end().catch(() => undefined)));
    this.open.clear();
    const left: string[] = [];
    for (const name of this.created.reverse()) if (!(await this.drop(name))) left.push(name);
    this.created.length = 0;
    await this.admin.end().catch(() => undefined);
    return left;
  }
}
