// Builds dist/ (committed: the Action runs it with no node_modules) and the config JSON Schema.
// Usage: node scripts/build.mjs [--schema-only]
import { build } from 'esbuild';
import { copyFile, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PGLITE_EXTENSIONS } from '../src/drill/extensions.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const schemaOnly = process.argv.includes('--schema-only');

// Every WASM/data file a bundle may load at run time: copied into dist/action/, beside the Action's
// bundles; the other faces read them there.
const WASM = [
  'libpg-query/wasm/libpg-query.wasm',
  'web-tree-sitter/web-tree-sitter.wasm',
  'tree-sitter-ruby/tree-sitter-ruby.wasm',
  'tree-sitter-python/tree-sitter-python.wasm',
  'tree-sitter-php/tree-sitter-php_only.wasm',
  'tree-sitter-elixir/tree-sitter-elixir.wasm',
  'tree-sitter-typescript/tree-sitter-typescript.wasm',
  'tree-sitter-javascript/tree-sitter-javascript.wasm',
  'tree-sitter-go/tree-sitter-go.wasm',
  '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm',
  // The drill's embedded Postgres (PGlite): the engine, its file system image and initdb.
  '@electric-sql/pglite/dist/pglite.wasm',
  '@electric-sql/pglite/dist/pglite.data',
  '@electric-sql/pglite/dist/initdb.wasm',
  // …and the contrib extensions it loads (src/drill/pglite-worker.mjs lists them).
  ...PGLITE_EXTENSIONS.map((name) => `@electric-sql/pglite/dist/${name}.tar.gz`),
];

const banner = [
  "import { createRequire as __rrCreateRequire } from 'node:module';",
  "import { fileURLToPath as __rrFileURLToPath } from 'node:url';",
  "import { dirname as __rrDirname } from 'node:path';",
  'const require = __rrCreateRequire(import.meta.url);',
  'const __filename = __rrFileURLToPath(import.meta.url);',
  'const __dirname = __rrDirname(__filename);',
].join('\n');

const PGLITE = '@electric-sql/pglite/';
/** A package file; PGlite's exports map hides its dist/ files, so they are found beside its entry. */
function resolveAsset(spec) {
  if (spec.startsWith(PGLITE)) return join(dirname(require.resolve('@electric-sql/pglite')), '..', spec.slice(PGLITE.length));
  return require.resolve(spec);
}
const pgliteVersion = () => JSON.parse(readFileSync(resolveAsset(`${PGLITE}package.json`), 'utf8')).version;

async function writeSchema() {
  // Bundle the config module to a temporary ESM file and ask it for its JSON Schema.
  const cache = join(root, 'node_modules', '.cache', 'rollback-ready');
  await mkdir(cache, { recursive: true });
  const out = join(cache, 'schema-entry.mjs');
  await build({
    stdin: {
      contents: "export { configJsonSchema } from './src/core/config';",
      resolveDir: root,
      loader: 'ts',
    },
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: out,
    packages: 'external',
    logLevel: 'error',
  });
  const { configJsonSchema } = await import(`${pathToFileURL(out).href}?t=${Date.now()}`);
  await mkdir(join(root, 'schema'), { recursive: true });
  await writeFile(join(root, 'schema', 'rollback-ready.schema.json'), JSON.stringify(configJsonSchema(), null, 2) + '\n');
}

/**
 * The bundles users run, in two folders. dist/action/ is the Action's own: its entry, the drill's
 * PGlite worker (a worker thread, so a statement that hangs can be stopped), their chunks and
 * every WASM/data file (ASSETS), and nothing else, so what the Action ships is what it runs. dist/
 * holds the other faces and their chunks; they read the WASM/data and start the drill worker from
 * dist/action/ (their `assets`), so the 25 MB of WASM is in the package once.
 */
export const BUILDS = {
  action: {
    dir: 'dist/action',
    entries: {
      index: 'src/action.ts',
      'drill-worker': 'src/drill/pglite-worker.mjs',
    },
    // Where its bundles find the shipped files, relative to themselves: beside them.
    assets: './',
  },
  faces: {
    dir: 'dist',
    entries: {
      cli: 'src/cli.ts',
      app: 'src/app.ts',
      lambda: 'src/lambda.ts',
      // A large `lint` run lints on both cores: its worker threads (src/cli/lint-parallel.ts).
      'lint-worker': 'src/cli/lint-worker.ts',
    },
    assets: './action/',
  },
};

/** A build's folder relative to dist/, with a trailing slash ('' for dist/ itself). */
export const folderOf = (which) => (which.dir === 'dist' ? '' : `${which.dir.slice('dist/'.length)}/`);

/**
 * PGlite picks its file system by the data dir's scheme; its two OPFS ones are browser APIs and
 * can never run in Node (the drill keeps its database in memory). Each becomes a module that
 * says so, instead of ~300 KB of chunks in dist/.
 */
const browserOnlyFileSystems = {
  name: 'pglite-browser-file-systems',
  setup(b) {
    b.onResolve({ filter: /^\.\/fs\/(opfs-ahp|memfs2opfs)\.js$/ }, (a) =>
      a.importer.includes('@electric-sql/pglite') ? { path: a.path, namespace: 'browser-only' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'browser-only' }, (a) => ({
      contents: `throw new Error(${JSON.stringify(`PGlite ${a.path}: a browser (OPFS) file system, not in rollback-ready's Node bundles`)});`,
      loader: 'js',
    }));
  },
};

/** esbuild's options for one of BUILDS written to `outdir` (also used by scripts/dist-inventory.mjs to say what each bundle holds). */
export function distOptions(which, outdir) {
  return {
    absWorkingDir: root,
    entryPoints: which.entries,
    outdir,
    bundle: true,
    splitting: true,
    chunkNames: 'chunk-[hash]',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: banner },
    define: {
      __ROLLBACK_READY_BUNDLED__: 'true',
      __ROLLBACK_READY_ASSETS__: JSON.stringify(which.assets),
      __PGLITE_VERSION__: JSON.stringify(pgliteVersion()),
    },
    // pg's optional native binding is never used.
    external: ['pg-native'],
    plugins: [browserOnlyFileSystems],
    legalComments: 'none',
    logLevel: 'warning',
  };
}

/** The files copied into dist/action/ beside its bundles (WASM, PGlite's data and extensions), by their names there. */
export const ASSETS = WASM.map((spec) => spec.slice(spec.lastIndexOf('/') + 1));

const moduleType = JSON.stringify({ type: 'module' }, null, 2) + '\n';

async function buildDist() {
  // Build beside dist/ and swap at the end, so a process running dist/ never sees it half-written,
  // and nothing of an earlier layout (dist/action.js) lingers: dist/ is the build's alone.
  const out = join(root, `dist.tmp-${process.pid}`);
  await rm(out, { recursive: true, force: true });
  for (const which of Object.values(BUILDS)) await build(distOptions(which, join(out, folderOf(which))));
  const action = join(out, folderOf(BUILDS.action));
  for (const spec of WASM) await copyFile(resolveAsset(spec), join(action, spec.slice(spec.lastIndexOf('/') + 1)));
  // Node reads the nearest package.json to know these .js files are ES modules: one in each folder,
  // so dist/action/ runs on its own.
  await writeFile(join(out, 'package.json'), moduleType);
  await writeFile(join(action, 'package.json'), moduleType);
  await rm(join(root, 'dist'), { recursive: true, force: true });
  await rename(out, join(root, 'dist'));
  const count = async (dir) => (await readdir(dir, { withFileTypes: true })).filter((e) => e.isFile()).length;
  console.log(
    `dist/: ${await count(join(root, 'dist'))} files (${Object.keys(BUILDS.faces.entries).join(', ')}), dist/action/: ${await count(join(root, 'dist', 'action'))} files (the Action's); node scripts/dist-inventory.mjs says what each holds`,
  );
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await writeSchema();
  if (!schemaOnly) await buildDist();
}
