// The WASM loader for Node, installed by each face at start-up: it reads the files the core's
// parsers need from the Action's folder in dist/, or from node_modules when running from source.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
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

/**
 * Keeps WebAssembly on V8's baseline compiler (Liftoff). By default V8 recompiles a module's hot
 * functions with its optimising compiler on background threads, and a process waits for those
 * compilations before it exits. The parsers' hottest functions are huge (libpg-query's grammar
 * is one 100 KB function): on Node 20 its recompile takes ~0.1 s, but on Node 24 (V8 13.6, the
 * Action's runtime) it took 2.0 s and 610 MB, so a `check` of a two-migration pull request ran
 * 2.3 s at 608 MB peak instead of 0.4 s at 77 MB; a one-migration drill (PGlite too) 6.0 s at
 * 1.3 GB instead of 2.6 s. What these processes run of the parsers gains far less than that.
 *
 * `--liftoff-only` set at run time is honoured by Node 20's V8 but not by Node 24's, which reads
 * `--wasm-tier-up-filter` (the one function allowed to tier up; none here) at each tier-up.
 * `ROLLBACK_READY_WASM_TIERUP=1` leaves V8's default, for long drills on many cores.
 * Set before any WebAssembly compiles: every face calls this first (through `useNodeWasm`).
 */
export function keepWasmOnBaseline(): void {
  if (process.env.ROLLBACK_READY_WASM_TIERUP) return;
  setFlagsFromString('--liftoff-only');
  setFlagsFromString('--wasm-tier-up-filter=2147483647');
}

/**
 * Installs the Node loader and keeps WebAssembly on the baseline compiler (`keepWasmOnBaseline`):
 * call once at start-up, before anything is parsed.
 */
export function useNodeWasm(): void {
  keepWasmOnBaseline();
  setWasmLoader(nodeWasmLoader);
}
