import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  bundled
} from "./chunk-B5PBSPAV.js";

// src/cli/lint-spawn.ts
import { availableParallelism, loadavg } from "node:os";
import { Worker } from "node:worker_threads";
var PARALLEL_MIN_FILES = 400;
var MAX_THREADS = 4;
var MAX_FILES = 32767;
var WORKER_YOUNG_MB = 48;
function lintThreads(count, env = {}) {
  if (!bundled() || count < PARALLEL_MIN_FILES || count > MAX_FILES) return 1;
  const asked = Number(env.ROLLBACK_READY_LINT_THREADS);
  const cores = availableParallelism();
  if (Number.isInteger(asked) && asked >= 1) return Math.max(1, Math.min(asked, MAX_THREADS, cores));
  if ((loadavg()[0] ?? 0) >= cores) return 1;
  return Math.min(MAX_THREADS, cores);
}
var spawned = [];
function spawn() {
  const worker = new Worker(new URL("./lint-worker.js", import.meta.url), { resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MB } });
  worker.unref();
  worker.on("error", () => void 0);
  return worker;
}
function spawnLintWorkers(count, env) {
  for (let n = lintThreads(count, env) - 1; spawned.length < n; ) spawned.push(spawn());
}
function takeLintWorkers(n) {
  while (spawned.length < n) spawned.push(spawn());
  const taken = spawned.slice(0, n);
  for (const extra of spawned.slice(n)) void extra.terminate();
  spawned = [];
  return taken;
}

export {
  lintThreads,
  spawnLintWorkers,
  takeLintWorkers
};
