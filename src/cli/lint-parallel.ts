// `lint` of many files on more than one core. Each file's outcome depends only on the files on
// disk and the config, so threads may lint any of them: the main thread and its workers each take
// a contiguous range of the files and lint it in order (an up and its down stay together, and a
// type change finds the earlier migrations of its range already read), and a thread that runs out
// takes the second half of the largest range left. Outcomes are then put back in the order the
// files were given, so the report is exactly the one a single thread makes; when a file cannot be
// read, the error is the one of the first such file, as a single thread would stop at it.
//
// Worth it only for a large run on a machine with a core to spare: a worker needs ~0.1 s to start
// and load the parser, while a single thread lints about 4,000 SQL files a second. Workers are
// started before the rest of the CLI loads (src/cli/lint-spawn.ts), the parser is compiled once
// and its WebAssembly module shared with them, and the main thread lints meanwhile.
// A worker that is not ready by the time every file is taken is told not to start, and a worker
// that fails is replaced by the main thread linting what it had taken.
import { readFileSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';
import type { Worker } from 'node:worker_threads';
import type { Config } from '../core/config';
import { sqlAnalyser } from '../core/sql/lazy';
import { compilePgWasm, loadPgParser, type PgWasm } from '../core/sql/pg';
import { locateWasm } from '../node/wasm';
import { InputError } from '../git/input-error';
import { FileCache, lintOutcome, type FileOutcome } from './lint-files';
import { CANCELLED, drain, NOT_STARTED, pack, type LintFailure } from './lint-ranges';
import { lintThreads, takeLintWorkers } from './lint-spawn';

export { PARALLEL_MIN_FILES } from './lint-spawn';
export { claim, drain, type LintFailure } from './lint-ranges';

/** The one message a worker is sent (src/cli/lint-worker.ts): its part of the run. */
export interface WorkerStart {
  files: string[];
  format: string;
  config: Config;
  /** `Int32Array` over it: one packed range per thread, then each worker's state, then the stop index. */
  shared: SharedArrayBuffer;
  threads: number;
  /** This worker's thread number (the main thread is 0). */
  self: number;
  /** Some file is SQL: the worker loads the Postgres parser (from `wasm` when the main thread compiled it). */
  sql: boolean;
  wasm?: PgWasm;
}

/** What a worker sends back once it has no file left to take. */
export interface WorkerReport {
  outcomes: [number, FileOutcome][];
  failure?: LintFailure;
}

/** The threads of one `lint` run, started by `startLint`. */
export interface LintPool {
  threads: number;
  words?: Int32Array;
  workers: Worker[];
  /** Some file is SQL. */
  sql: boolean;
  /** The Postgres parser's module, compiled for every thread (multi-threaded SQL runs only). */
  wasm?: Promise<PgWasm>;
}

const isSql = (f: string) => f.toLowerCase().endsWith('.sql');

/**
 * Starts what a run of `lint` over `files` needs before the config is read: the Postgres parser
 * loading when a file is SQL, and for a large run its worker threads (those src/cli.ts started,
 * or new ones). Workers wait for their start message (`lintFiles`); until then they keep no
 * process alive.
 */
export function startLint(files: string[], env?: Record<string, string | undefined>): LintPool {
  const threads = lintThreads(files.length, env);
  const sql = files.some(isSql);
  // The SQL analyser (its rules and the parser's glue) loads meanwhile too, not at the first file.
  if (sql) sqlAnalyser().catch(() => undefined);
  if (threads === 1) {
    takeLintWorkers(0); // stops any started for a run that turned out small
    // WebAssembly compiles on background threads: the main thread reads the config and loads
    // the readers meanwhile. A parser that fails to load fails at the first migration, as before.
    if (sql) loadPgParser().catch(() => undefined);
    return { threads, workers: [], sql };
  }
  // Each thread's young-generation collections are run by helper threads on every core by default;
  // with every core linting, those helpers only take turns with the other threads' JavaScript. One
  // collector thread per heap: 2,000 files on two threads, 13 runs each, alternating, medians
  // 728 → 690 ms without type changes and 939 → 900 ms with them. (Unlike most V8 flags, this one
  // leaves the code caches valid, so a worker's start-up does not slow down.)
  setFlagsFromString('--no-parallel-scavenge');
  const words = new Int32Array(new SharedArrayBuffer(4 * (2 * threads + 1)));
  // Equal contiguous ranges; the main thread, ready first, starts on the first and takes from the
  // others until their workers are ready.
  for (let t = 0; t < threads; t++) words[t] = pack(Math.floor((files.length * t) / threads), Math.floor((files.length * (t + 1)) / threads));
  words[2 * threads] = files.length;
  const workers = takeLintWorkers(threads - 1);
  let wasm: Promise<PgWasm> | undefined;
  if (sql) {
    // dist/action/libpg-query.wasm (the Action's folder, which the CLI shares), or node_modules' from source.
    wasm = (async () => compilePgWasm(readFileSync(locateWasm('libpg-query/wasm/libpg-query.wasm'))))();
    wasm.catch(() => undefined);
    loadPgParser(wasm).catch(() => undefined);
  }
  return wasm ? { threads, words, workers, sql, wasm } : { threads, words, workers, sql };
}

/** Lint every file (in order on one thread, or spread over the pool's); outcomes in the order given. */
export async function lintFiles(files: string[], config: Config, format: string, pool: LintPool): Promise<FileOutcome[]> {
  const cache = new FileCache();
  if (pool.threads === 1 || !pool.words) {
    const outcomes: FileOutcome[] = [];
    for (const file of files) outcomes.push(await lintOutcome(file, config, cache, format));
    return outcomes;
  }
  return lintInParallel(files, config, format, pool as Required<Pick<LintPool, 'words'>> & LintPool, cache);
}

/** The error a single thread would have thrown. */
function rethrow(failure: LintFailure): never {
  if (failure.name === 'InputError') throw new InputError(failure.message);
  throw new Error(failure.message);
}

async function lintInParallel(
  files: string[],
  config: Config,
  format: string,
  pool: LintPool & { words: Int32Array },
  cache: FileCache,
): Promise<FileOutcome[]> {
  const { threads, words, workers: handles } = pool;
  const outcomes: (FileOutcome | undefined)[] = new Array<FileOutcome | undefined>(files.length);
  const failures: LintFailure[] = [];
  const workers: Promise<void>[] = handles.map((worker) => {
    worker.ref();
    return new Promise<void>((done) => {
      // A worker that fails (or exits without a report) leaves its files to the main thread below.
      let reported = false;
      worker.once('message', (report: WorkerReport) => {
        reported = true;
        for (const [i, outcome] of report.outcomes) outcomes[i] = outcome;
        if (report.failure) failures.push(report.failure);
        done();
      });
      worker.once('error', () => done());
      worker.once('exit', () => {
        if (!reported) done();
      });
    });
  });
  // Each worker's start: the config, and the parser once compiled (a failed compile is the
  // worker's own load failure, as it would be on one thread).
  void (async () => {
    const wasm = await pool.wasm?.catch(() => undefined);
    handles.forEach((worker, i) => {
      const start: WorkerStart = { files, format, config, shared: words.buffer as SharedArrayBuffer, threads, self: i + 1, sql: pool.sql };
      worker.postMessage(wasm ? { ...start, wasm } : start);
    });
  })();
  const own = await drain(
    words,
    threads,
    0,
    (i) => lintOutcome(files[i]!, config, cache, format),
    (i, o) => (outcomes[i] = o),
  );
  if (own) failures.push(own);
  // Every file is taken. A worker still starting is told not to start (it would find nothing to
  // take); the others are waited for.
  for (let self = 1; self < threads; self++) {
    if (Atomics.compareExchange(words, threads + self, NOT_STARTED, CANCELLED) === NOT_STARTED) {
      handles[self - 1]!.unref();
      void handles[self - 1]!.terminate();
      workers[self - 1] = Promise.resolve();
    }
  }
  await Promise.all(workers);
  // What a failed worker had taken and not reported, linted here (the first failure still wins).
  const stop = failures.reduce((min, f) => Math.min(min, f.index), files.length);
  for (let i = 0; i < stop; i++) outcomes[i] ??= await lintOutcome(files[i]!, config, cache, format);
  if (failures.length) rethrow(failures.reduce((a, b) => (b.index < a.index ? b : a)));
  return outcomes as FileOutcome[];
}
