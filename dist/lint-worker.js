import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  NOT_STARTED,
  STARTED,
  drain
} from "./chunk-TCXUJRZP.js";
import {
  loadPgParser
} from "./chunk-VXNLIOFY.js";
import {
  sqlAnalyser
} from "./chunk-EPOSKRKZ.js";
import {
  useNodeWasm
} from "./chunk-B5PBSPAV.js";
import "./chunk-ASTGNKGX.js";
import "./chunk-ADI5M2KE.js";

// src/cli/lint-worker.ts
import { once } from "node:events";
import { parentPort } from "node:worker_threads";
useNodeWasm();
var port = parentPort;
var readers = import("./chunk-FRLEOZJN.js");
var [task] = await once(port, "message");
var words = new Int32Array(task.shared);
if (task.sql) {
  sqlAnalyser().catch(() => void 0);
  await loadPgParser(task.wasm ? Promise.resolve(task.wasm) : void 0).catch(() => void 0);
}
var { FileCache, lintOutcome } = await readers;
if (Atomics.compareExchange(words, task.threads + task.self, NOT_STARTED, STARTED) === NOT_STARTED) {
  const cache = new FileCache();
  const outcomes = [];
  const failure = await drain(
    words,
    task.threads,
    task.self,
    (i) => lintOutcome(task.files[i], task.config, cache, task.format),
    (i, outcome) => outcomes.push([i, outcome])
  );
  const report = failure ? { outcomes, failure } : { outcomes };
  port.postMessage(report);
}
