// The worker threads of a large `lint` run, started as early as the process can: src/cli.ts starts
// them before it loads the rest of the CLI, so a worker's own start-up (~0.1 s: a Node environment,
// the readers, the parser) overlaps the main thread's. A worker waits for its start message (the
// files, the config, the parser: src/cli/lint-parallel.ts) and until then keeps no process alive;
// one a run does not use is stopped.
import { availableParallelism, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { bundled } from '../node/wasm';

/** Below this many files a run is over before a worker could help. */
export const PARALLEL_MIN_FILES = 400;
/** Most threads a run uses (each worker holds its own parser and heap, ~40 MB). */
const MAX_THREADS = 4;
/** Ranges of files are packed as two 16-bit halves of one 32-bit word. */
export const MAX_FILES = 0x7fff;
/**
 * A worker's young generation (MB). Its syntax trees are short-lived: with the default (semi-spaces
 * grown from 1 MB) a worker spent a fifth of its time scavenging.
 */
const WORKER_YOUNG_MB = 48;

/**
 * How many threads to lint `count` files with: 1 unless the run is large and a core is free.
 * ROLLBACK_READY_LINT_THREADS=n caps them (1: never a worker) and skips the check for a free core.
 */
export function lintThreads(count: number, env: Record<string, string | undefined> = {}): number {
  // The worker script exists beside the bundle only (tests that import the sources lint on one thread).
  if (!bundled() || count < PARALLEL_MIN_FILES || count > MAX_FILES) return 1;
  const asked = Number(env.ROLLBACK_READY_LINT_THREADS);
  const cores = availableParallelism();
  if (Number.isInteger(asked) && asked >= 1) return Math.max(1, Math.min(asked, MAX_THREADS, cores));
  // On a machine already busy (a 1-minute load average of at least one process per core) a worker
  // only takes turns with the main thread, and its start-up is pure cost: a 2,000-file lint on two
  // cores at load 14 took 4.8 s on two threads against 3.6 s on one.
  if ((loadavg()[0] ?? 0) >= cores) return 1;
  return Math.min(MAX_THREADS, cores);
}

let spawned: Worker[] = [];

function spawn(): Worker {
  const worker = new Worker(new URL('./lint-worker.js', import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
  worker.unref();
  // A worker that fails leaves its files to the main thread (lint-parallel.ts); nothing to say here.
  worker.on('error', () => undefined);
  return worker;
}

/**
 * Starts the workers a `lint` of about `count` files would use (`count` may over-count: flags are
 * counted as files). A no-op for a small run.
 */
export function spawnLintWorkers(count: number, env: Record<string, string | undefined>): void {
  for (let n = lintThreads(count, env) - 1; spawned.length < n;) spawned.push(spawn());
}

/** `n` workers for a run: those started early, more if needed; any left over are stopped. */
export function takeLintWorkers(n: number): Worker[] {
  while (spawned.length < n) spawned.push(spawn());
  const taken = spawned.slice(0, n);
  for (const extra of spawned.slice(n)) void extra.terminate();
  spawned = [];
  return taken;
}
