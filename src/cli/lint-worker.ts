// A worker thread of a large `lint` run (see lint-parallel.ts): it lints the files it claims from
// the shared ranges, exactly as the main thread would, and sends their outcomes back at the end.
// It is started before the main thread has read its arguments (src/cli/lint-spawn.ts): it loads
// the readers while it waits for its start message (the files, the config, the parser's module).
import { once } from 'node:events';
import { parentPort } from 'node:worker_threads';
import { sqlAnalyser } from '../core/sql/lazy';
import { loadPgParser } from '../core/sql/pg';
import { useNodeWasm } from '../node/wasm';
import type { WorkerReport, WorkerStart } from './lint-parallel';
import { drain, NOT_STARTED, STARTED } from './lint-ranges';

// A thread of its own: the core's parsers need the Node WASM loader here too (DSL grammars).
useNodeWasm();
const port = parentPort!;
const readers = import('./lint-files');
const [task] = (await once(port, 'message')) as [WorkerStart];
const words = new Int32Array(task.shared);
if (task.sql) {
  sqlAnalyser().catch(() => undefined);
  // Loaded before this worker says it has started: until then the main thread may still take every
  // file and tell it not to start. Without the module (its compile failed) the parser loads as on
  // one thread, and a failure is met at the first migration, as there.
  await loadPgParser(task.wasm ? Promise.resolve(task.wasm) : undefined).catch(() => undefined);
}
const { FileCache, lintOutcome } = await readers;
if (Atomics.compareExchange(words, task.threads + task.self, NOT_STARTED, STARTED) === NOT_STARTED) {
  const cache = new FileCache();
  const outcomes: WorkerReport['outcomes'] = [];
  const failure = await drain(
    words,
    task.threads,
    task.self,
    (i) => lintOutcome(task.files[i]!, task.config, cache, task.format),
    (i, outcome) => outcomes.push([i, outcome]),
  );
  const report: WorkerReport = failure ? { outcomes, failure } : { outcomes };
  port.postMessage(report);
}
