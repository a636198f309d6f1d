// Shared helpers for benchmarks: bundle a TypeScript entry on the fly, time things, print medians.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Bundle `contents` (TypeScript, resolved from the repo root) into an ESM file; returns its path. */
export async function bundleTs(name, contents) {
  const dir = join(root, 'node_modules', '.cache', 'rollback-ready-bench');
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `${name}.mjs`);
  await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    // As dist/ is built: the sources use syntax Node 20 does not run (\`using\` declarations).
    target: 'node20',
    outfile,
    packages: 'external',
    logLevel: 'error',
  });
  return outfile;
}

/**
 * Bundle `contents` the way scripts/build.mjs bundles dist/: every package inside the bundle, the
 * same banner, and the WASM files it reads (`wasm`: `<package>/<file>.wasm`) copied beside it, so
 * it loads its parsers exactly as `dist/cli.js` does. Returns the bundle's path.
 */
export async function bundleLikeDist(name, contents, wasm = []) {
  const dir = join(root, 'node_modules', '.cache', 'rollback-ready-bench', name);
  mkdirSync(dir, { recursive: true });
  const outfile = join(dir, `${name}.mjs`);
  const banner = [
    "import { createRequire as __rrCreateRequire } from 'node:module';",
    "import { fileURLToPath as __rrFileURLToPath } from 'node:url';",
    "import { dirname as __rrDirname } from 'node:path';",
    'const require = __rrCreateRequire(import.meta.url);',
    'const __filename = __rrFileURLToPath(import.meta.url);',
    'const __dirname = __rrDirname(__filename);',
  ].join('\n');
  await build({
    stdin: { contents, resolveDir: root, loader: 'ts' },
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    outfile,
    banner: { js: banner },
    define: { __ROLLBACK_READY_BUNDLED__: 'true' },
    logLevel: 'error',
  });
  const resolve = createRequire(join(root, 'package.json')).resolve;
  for (const spec of wasm) copyFileSync(resolve(spec), join(dir, spec.slice(spec.lastIndexOf('/') + 1)));
  return outfile;
}

/** Bundle `contents` (TypeScript, resolved from the repo root) and import it. */
export async function importTs(name, contents) {
  return import(pathToFileURL(await bundleTs(name, contents)).href);
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const ms = (x) => `${x.toFixed(1)} ms`;

export async function timeit(fn) {
  const t = performance.now();
  const value = await fn();
  return [performance.now() - t, value];
}

/** A git repository with `main` and a branch `pr` adding `files`. */
export function makeGitRepo(baseFiles, prFiles) {
  const dir = mkdtempSync(join(tmpdir(), 'rr-bench-'));
  const git = (...args) => execFileSync('git', args, { cwd: dir, encoding: 'utf8', maxBuffer: 1 << 28 }).trim();
  const write = (files) => {
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(dir, path)), { recursive: true });
      writeFileSync(join(dir, path), content);
    }
  };
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'bench@example.com');
  git('config', 'user.name', 'Bench');
  write(baseFiles);
  git('add', '-A');
  git('commit', '-qm', 'base');
  git('checkout', '-q', '-b', 'pr');
  write(prFiles);
  git('add', '-A');
  git('commit', '-qm', 'pr');
  return { dir, git };
}
