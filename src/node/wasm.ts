// The WASM loader for Node, installed by each face at start-up: it reads the files the core's
// parsers need from beside the bundle in dist/, or from node_modules when running from source.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { setWasmLoader, type WasmLoader } from '../core/parsers/wasm';

// Set by the bundler (scripts/build.mjs): in dist/ every .wasm file sits next to the bundle.
declare const __ROLLBACK_READY_BUNDLED__: boolean | undefined;

/**
 * Where a WASM file shipped by a package lives: beside the bundle in dist/, or in node_modules
 * when running from source (tests). `spec` is `<package>/<file>.wasm`.
 */
export function locateWasm(spec: string): string {
  const file = spec.slice(spec.lastIndexOf('/') + 1);
  if (typeof __ROLLBACK_READY_BUNDLED__ !== 'undefined' && __ROLLBACK_READY_BUNDLED__) {
    return fileURLToPath(new URL(`./${file}`, import.meta.url));
  }
  return createRequire(import.meta.url).resolve(spec);
}

export const nodeWasmLoader: WasmLoader = {
  load: (spec) => readFile(locateWasm(spec)),
};

/** Installs the Node loader: call once at start-up, before anything is parsed. */
export function useNodeWasm(): void {
  setWasmLoader(nodeWasmLoader);
}
