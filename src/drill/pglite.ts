// The embedded engine: PGlite (Postgres 18 in WebAssembly), one instance per worker thread.
// Images are PGlite data-directory dumps, so a base built once starts a rehearsal in well under a
// second and can be kept on disk between runs (see cache.ts).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { bundled, shippedFile } from '../node/wasm';
import { DbError, type Database, type Engine, type EngineOptions, type Image, type Row, type Session } from './engine';

/**
 * The worker script: in the Action's folder dist/action/ (the CLI starts that one too: PGlite's
 * files sit beside it), beside this module in src/.
 */
function workerUrl(): URL {
  return bundled() ? shippedFile('drill-worker.js') : new URL('./pglite-worker.mjs', import.meta.url);
}

/** The folder (as a URL) holding PGlite's extension bundles: dist/action/, or PGlite's own dist/ folder. */
function assetsUrl(): string {
  if (bundled()) return shippedFile('').href;
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  return pathToFileURL(`${dirname(entry)}/`).href;
}

interface Reply {
  id: number;
  ok: boolean;
  version?: string;
  rows?: Row[];
  bytes?: Uint8Array;
  error?: { message: string; code?: string; position?: number; where?: string };
}

/** A PGlite image: the gzipped data directory. */
export interface PgliteImage extends Image {
  readonly bytes: Uint8Array;
}

class PgliteWorker {
  private readonly worker: Worker;
  private next = 0;
  private readonly pending = new Map<number, { resolve: (r: Reply) => void; reject: (e: Error) => void }>();
  dead = false;

  constructor(extensions: readonly string[], loadDataDir?: Uint8Array) {
    this.worker = new Worker(workerUrl(), { workerData: { assets: assetsUrl(), extensions: [...extensions], ...(loadDataDir ? { loadDataDir } : {}) } });
    this.worker.on('message', (reply: Reply) => {
      const waiter = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      waiter?.resolve(reply);
    });
    const fail = (error: Error) => {
      this.dead = true;
      for (const waiter of this.pending.values()) waiter.reject(error);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new DbError(`the embedded Postgres stopped (exit code ${code})`)));
  }

  /** Sends one request; past `timeoutMs` the worker (and its database) is ended. */
  call(message: { op: string; sql?: string; params?: unknown[]; data?: string }, timeoutMs?: number): Promise<Reply> {
    if (this.dead) return Promise.reject(new DbError('the embedded Postgres was stopped after a statement timed out'));
    const id = ++this.next;
    return new Promise<Reply>((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      if (timeoutMs) {
        timer = setTimeout(() => {
          this.pending.delete(id);
          this.dead = true;
          void this.worker.terminate();
          reject(new DbError(`canceling statement due to statement timeout (${timeoutMs} ms)`, '57014', undefined, true));
        }, timeoutMs);
      }
      this.pending.set(id, {
        resolve: (reply) => {
          clearTimeout(timer);
          if (reply.ok) resolve(reply);
          else reject(new DbError(reply.error?.message ?? 'unknown error', reply.error?.code, reply.error?.position, false, reply.error?.where));
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      });
      this.worker.postMessage({ ...message, id });
    });
  }

  async terminate(): Promise<void> {
    this.dead = true;
    await this.worker.terminate();
  }
}

class PgliteDatabase implements Database {
  constructor(
    readonly worker: PgliteWorker,
    private readonly options: EngineOptions,
  ) {}

  get lost(): boolean {
    return this.worker.dead;
  }

  async session(): Promise<Session> {
    const { worker, options } = this;
    // One backend per PGlite: a "fresh connection" is the same backend with every session state
    // discarded (temporary tables, prepared statements, settings, advisory locks), so a down can
    // never lean on a temporary table its up created (the trap of Liquibase's single-connection test).
    await worker.call({ op: 'exec', sql: 'ROLLBACK' }); // a step that failed mid-transaction leaves one open
    await worker.call({ op: 'exec', sql: 'DISCARD ALL' });
    return {
      exec: async (sql) => {
        await worker.call({ op: 'exec', sql }, options.statementTimeoutMs);
      },
      // PGlite reads COPY data from its `/dev/blob` device, given with the query (pglite.dev/docs/api#query-options).
      copyIn: async (statement, rows) => {
        await worker.call({ op: 'copy', sql: statement.fromBlob, data: rows }, options.statementTimeoutMs);
      },
      query: async <T = Row>(sql: string, params?: unknown[]) =>
        ((await worker.call({ op: 'query', sql, params: params ?? [] }, options.statementTimeoutMs)).rows ?? []) as T[],
      close: async () => {
        if (!worker.dead) await worker.call({ op: 'exec', sql: 'ROLLBACK' }).catch(() => undefined);
      },
    };
  }
}

let images = 0;

declare const __PGLITE_VERSION__: string | undefined;

/** The PGlite release (its data directories are only read back by the same release). */
export function pgliteVersion(): string {
  if (typeof __PGLITE_VERSION__ !== 'undefined' && __PGLITE_VERSION__) return __PGLITE_VERSION__;
  try {
    // Its exports map hides package.json: read it beside the resolved entry (dist/index.cjs).
    const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
    return (JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return 'unknown';
  }
}

export class PgliteEngine implements Engine {
  readonly kind = 'pglite' as const;
  private readonly workers = new Set<PgliteWorker>();
  serverVersion = `PGlite ${pgliteVersion()}`;

  constructor(
    private readonly options: EngineOptions,
    /** The contrib extensions to load (those the migrations create): each costs start-up time. */
    private readonly extensions: readonly string[] = [],
  ) {}

  private async open(bytes?: Uint8Array): Promise<PgliteDatabase> {
    const worker = new PgliteWorker(this.extensions, bytes);
    this.workers.add(worker);
    const { version } = await worker.call({ op: 'open' });
    if (version) this.serverVersion = version.replace(/ on wasm32.*$/, '');
    return new PgliteDatabase(worker, this.options);
  }

  /** A new cluster (PGlite runs initdb: about two seconds). */
  empty(): Promise<Database> {
    return this.open();
  }

  async snapshot(db: Database): Promise<PgliteImage> {
    const reply = await (db as PgliteDatabase).worker.call({ op: 'dump' });
    return { id: `image-${++images}`, bytes: reply.bytes as Uint8Array };
  }

  /** An image from bytes kept on disk. */
  image(bytes: Uint8Array): PgliteImage {
    return { id: `image-${++images}`, bytes };
  }

  async fromImage(image: Image): Promise<Database> {
    return this.open((image as PgliteImage).bytes);
  }

  async discard(db: Database): Promise<void> {
    const { worker } = db as PgliteDatabase;
    this.workers.delete(worker);
    await worker.terminate();
  }

  async dispose(): Promise<string[]> {
    await Promise.all([...this.workers].map((w) => w.terminate()));
    this.workers.clear();
    return []; // in memory: nothing outlives the workers
  }
}
