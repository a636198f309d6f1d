// The WASM loader for Node, installed by each face at start-up: it reads the files the core's
// parsers need from the Action's folder in dist/, or from node_modules when running from source.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { setWasmLoader, type WasmLoader } from '../core/parsers/wasm';

// Set by the bundler (scripts/build.mjs): whether this runs from dist/, and where the WASM/data
// files and the drill worker sit relative to the bundle: './' in dist/action/ (the Action's own
// folder holds them), './action/' for the CLI, App and Lambda in dist/, which share them.
declare const __ROLLBACK_READY_BUNDLED__: boolean | undefined;
declare const __ROLLBACK_READY_ASSETS__: string | undefined;

/** Whether this code runs from a bundle in dist/ (not from the sources). */
export function bundled(): boolean {
  return typeof __ROLLBACK_READY_BUNDLED__ !== 'undefined' && __ROLLBACK_READY_BUNDLED__;
}

/**
 * A file shipped in the Action's folder (a `.wasm`, PGlite's data, the drill worker), as seen from
 * the running bundle. Only for bundled code: from the sources, files come from their packages.
 */
export function shippedFile(file: string): URL {
  const folder = typeof __ROLLBACK_READY_ASSETS__ !== 'undefined' ? __ROLLBACK_READY_ASSETS__ : './';
  return new URL(`${folder}${file}`, import.meta.url);
}

/**
 * Where a WASM file shipped by a package lives: in the Action's folder in dist/, or in node_modules
 * when running from source (tests). `spec` is `<package>/<file>.wasm`.
 */
export function locateWasm(spec: string): string {
  if (bundled()) return fileURLToPath(shippedFile(spec.slice(spec.lastIndexOf('/') + 1)));
  return createRequire(import.meta.url).resolve(spec);
}

export const nodeWasmLoader: WasmLoader = {
  load: (spec) => readFile(locateWasm(spec)),
};

/** Installs the Node loader: call once at start-up, before anything is parsed. */
export function useNodeWasm(): void {
  setWasmLoader(nodeWasmLoader);
}
