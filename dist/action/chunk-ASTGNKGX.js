import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);

// src/core/parsers/wasm.ts
var current;
function setWasmLoader(loader) {
  const previous = current;
  current = loader;
  return previous;
}
function loadWasm(spec) {
  if (!current) {
    return Promise.reject(
      new Error(`cannot load ${spec}: no WASM loader installed (a face must call setWasmLoader, e.g. useNodeWasm() from src/node/wasm.ts)`)
    );
  }
  return current.load(spec);
}

export {
  setWasmLoader,
  loadWasm
};
