// A worker thread of a large `lint` run (see lint-parallel.ts): it lints the files it claims from
// the shared ranges, exactly as the main thread would, and sends their outcomes back at the end.
import { parentPort, workerData } from 'node:worker_threads';
import { loadPgParser } from '../core/sql/pg';
import { FileCache, lintOutcome, type FileOutcome } from './lint-files';
import { drain, NOT_STARTED, STARTED, type WorkerReport, type WorkerTask } from './lint-parallel';

const task = workerData as WorkerTask;
const words = new Int32Array(task.shared);
if (task.files.some((f) => f.toLowerCase().endsWith('.sql'))) {
  // Loaded before this worker says it has started: until then the main thread may still take every
  // file and tell it not to start.
  await loadPgParser().catch(() => undefined);
}
if (Atomics.compareExchange(words, task.threads + task.self, NOT_STARTED, STARTED) === NOT_STARTED) {
  const cache = new FileCache();
  const outcomes: [number, FileOutcome][] = [];
  const failure = await drain(
    words,
    task.threads,
    task.self,
    (i) => lintOutcome(task.files[i]!, task.config, cache, task.format),
    (i, outcome) => outcomes.push([i, outcome]),
  );
  const report: WorkerReport = failure ? { outcomes, failure } : { outcomes };
  parentPort!.postMessage(report);
}
