import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  setWasmLoader
} from "./chunk-ASTGNKGX.js";

// src/node/wasm.ts
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { setFlagsFromString } from "node:v8";
function bundled() {
  return true;
}
function shippedFile(file) {
  const folder = true ? "./" : "./";
  return new URL(`${folder}${file}`, import.meta.url);
}
function locateWasm(spec) {
  if (bundled()) return fileURLToPath(shippedFile(spec.slice(spec.lastIndexOf("/") + 1)));
  return createRequire(import.meta.url).resolve(spec);
}
var nodeWasmLoader = {
  load: (spec) => readFile(locateWasm(spec))
};
function keepWasmOnBaseline() {
  if (process.env.ROLLBACK_READY_WASM_TIERUP) return;
  setFlagsFromString("--liftoff-only");
  setFlagsFromString("--wasm-tier-up-filter=2147483647");
}
function useNodeWasm() {
  keepWasmOnBaseline();
  setWasmLoader(nodeWasmLoader);
}

export {
  bundled,
  shippedFile,
  keepWasmOnBaseline,
  useNodeWasm
};
