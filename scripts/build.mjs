// Builds dist/ (committed: the Action runs it with no node_modules) and the config JSON Schema.
// Usage: node scripts/build.mjs [--schema-only]
import { build } from 'esbuild';
import { copyFile, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PGLITE_EXTENSIONS } from '../src/drill/extensions.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));
const schemaOnly = process.argv.includes('--schema-only');

// Every WASM file a bundle may load at run time: it must sit next to the bundle in dist/.
const WASM = [
  'libpg-query/wasm/libpg-query.wasm',
  'web-tree-sitter/web-tree-sitter.wasm',
  'tree-sitter-ruby/tree-sitter-ruby.wasm',
  'tree-sitter-python/tree-sitter-python.wasm',
  'tree-sitter-php/tree-sitter-php_only.wasm',
  'tree-sitter-elixir/tree-sitter-elixir.wasm',
  'tree-sitter-typescript/tree-sitter-typescript.wasm',
  'tree-sitter-javascript/tree-sitter-javascript.wasm',
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

async function buildDist() {
  const entries = {
    cli: 'src/cli.ts',
    action: 'src/action.ts',
    app: 'src/app.ts',
    lambda: 'src/lambda.ts',
    // The drill runs PGlite in a worker thread (so a statement that hangs can be stopped).
    'drill-worker': 'src/drill/pglite-worker.mjs',
  };
  const entryPoints = Object.fromEntries(Object.entries(entries).filter(([, file]) => existsSync(join(root, file))));
  // Build beside dist/ and swap at the end, so a process running dist/ never sees it half-written.
  const out = `dist.tmp-${process.pid}`;
  await rm(join(root, out), { recursive: true, force: true });
  await build({
    absWorkingDir: root,
    entryPoints,
    outdir: out,
    bundle: true,
    splitting: true,
    chunkNames: 'chunk-[hash]',
    platform: 'node',
    format: 'esm',
    target: 'node20',
    banner: { js: banner },
    define: { __ROLLBACK_READY_BUNDLED__: 'true', __PGLITE_VERSION__: JSON.stringify(pgliteVersion()) },
    // pg's optional native binding is never used.
    external: ['pg-native'],
    legalComments: 'none',
    logLevel: 'warning',
  });
  for (const spec of WASM) {
    const from = resolveAsset(spec);
    await copyFile(from, join(root, out, spec.slice(spec.lastIndexOf('/') + 1)));
  }
  await writeFile(join(root, out, 'package.json'), JSON.stringify({ type: 'module' }, null, 2) + '\n');
  await rm(join(root, 'dist'), { recursive: true, force: true });
  await rename(join(root, out), join(root, 'dist'));
  const files = await readdir(join(root, 'dist'));
  console.log(`dist/: ${files.length} files (${Object.keys(entryPoints).join(', ')})`);
}

await writeSchema();
if (!schemaOnly) await buildDist();
