import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

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
