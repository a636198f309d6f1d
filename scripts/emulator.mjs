// The GitHub API emulator (test/support/emulator/, TypeScript) for plain Node scripts: the demo and
// the benches. It is test support, not product, so it is not in dist/: it is bundled on demand with
// the esbuild dev dependency into node_modules/.cache (its packages, e.g. ajv, stay in node_modules).
import { build } from 'esbuild';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** `startEmulator` from test/support/emulator, built for this process. */
export async function loadEmulator() {
  const out = join(root, 'node_modules', '.cache', 'rollback-ready', `emulator-${process.pid}.mjs`);
  await build({
    absWorkingDir: root,
    entryPoints: ['test/support/emulator/index.ts'],
    outfile: out,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  try {
    return (await import(pathToFileURL(out).href)).startEmulator;
  } finally {
    // Loaded: the file per process is not needed any more.
    await rm(out, { force: true });
  }
}
