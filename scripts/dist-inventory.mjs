// What each bundle in dist/ holds and why: esbuild's metafiles of the same builds as scripts/build.mjs
// (in memory, nothing written), followed from each entry through its static and dynamic imports,
// plus the files it loads at run time from the Action's folder (WASM, PGlite's data, the drill worker).
// Paths are relative to dist/: `action/index.js` is the Action's entry, `cli.js` the CLI's.
// Usage: node scripts/dist-inventory.mjs [entry…]    (prints; test/build/dist.test.ts asserts on it)
import { build } from 'esbuild';
import { posix } from 'node:path';
import { ASSETS, BUILDS, distOptions, folderOf } from './build.mjs';

const GRAMMARS = ASSETS.filter((a) => a.startsWith('tree-sitter-') || a === 'web-tree-sitter.wasm');
const PGLITE = ASSETS.filter((a) => a.startsWith('pglite.') || a === 'initdb.wasm' || a.endsWith('.tar.gz'));

/** Files read from the Action's folder when a module is in a bundle: the module, then what it loads. */
const LOADS = [
  { input: 'node_modules/libpg-query/', files: ['libpg-query.wasm'] },
  { input: 'src/core/parsers/tree-sitter.ts', files: GRAMMARS },
  // The drill starts PGlite in a worker thread: drill-worker.js, which loads PGlite's files.
  { input: 'src/drill/pglite.ts', files: ['drill-worker.js', ...PGLITE] },
];
/** The drill worker, by its path in dist/ (the Action's; the CLI starts the same one). */
const DRILL_WORKER = `${folderOf(BUILDS.action)}drill-worker`;

const packageOf = (input) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? input.split('/').slice(0, 2).join('/');

/** The JS files `start` reaches: through every import, or (`eager`) through static imports alone. */
function closure(outputs, start, eager = false) {
  const seen = new Set();
  const stack = [start];
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    for (const i of outputs[file]?.imports ?? []) if (!i.external && !(eager && i.kind === 'dynamic-import')) stack.push(i.path);
  }
  return seen;
}

/**
 * Per entry (action/index, action/drill-worker, cli, app, lambda, lint-worker): the files it may
 * load (`files`), the JS it loads at start (`eager`), its inputs, bytes and packages; paths are
 * relative to dist/.
 */
export async function distInventory() {
  const builds = [];
  for (const which of Object.values(BUILDS)) {
    const { metafile } = await build({ ...distOptions(which, which.dir), write: false, metafile: true, logLevel: 'error' });
    builds.push({ metafile, entries: which.entries, folder: folderOf(which), assets: posix.normalize(`${folderOf(which)}${which.assets}`) });
  }
  return inventoryOf(builds);
}

/**
 * The inventory of builds' metafiles: `builds` is a list of { metafile, entries (name → source
 * file), folder (the build's folder in dist/, '' or 'action/'), assets (where its bundles find the
 * shipped files, relative to dist/) }.
 */
export function inventoryOf(builds) {
  const inventory = {};
  for (const { metafile, entries, folder, assets } of builds) {
    const outputs = metafile.outputs;
    const byEntry = Object.fromEntries(
      Object.entries(outputs)
        .filter(([, o]) => o.entryPoint)
        .map(([file, o]) => [o.entryPoint, file]),
    );
    for (const [name, source] of Object.entries(entries)) {
      const js = closure(outputs, byEntry[source]);
      const inputs = new Set([...js].flatMap((f) => Object.keys(outputs[f].inputs)));
      const packages = {};
      for (const f of js)
        for (const [input, v] of Object.entries(outputs[f].inputs)) packages[packageOf(input)] = (packages[packageOf(input)] ?? 0) + v.bytesInOutput;
      const loads = LOADS.filter((l) => [...inputs].some((i) => i.startsWith(l.input))).flatMap((l) => l.files.map((f) => `${assets}${f}`));
      const files = [...new Set([...js].map((f) => `${folder}${f.replace(/^.*\//, '')}`).concat(loads))].sort();
      const bytes = [...js].reduce((n, f) => n + outputs[f].bytes, 0);
      // The JS it loads at start, before any import() on demand.
      const eager = [...closure(outputs, byEntry[source], true)].map((f) => `${folder}${f.replace(/^.*\//, '')}`).sort();
      inventory[`${folder}${name}`] = { files, eager, inputs: [...inputs].sort(), packages, bytes };
    }
  }
  // The drill worker's own chunks come with it, into every bundle that starts it.
  for (const entry of Object.values(inventory)) {
    if (entry.files.includes(`${DRILL_WORKER}.js`)) entry.files = [...new Set([...entry.files, ...inventory[DRILL_WORKER].files])].sort();
  }
  return inventory;
}

/** The Action's inventory: its entry and the drill worker it starts (the folder's two entries). */
export function actionFiles(inventory) {
  return inventory[`${folderOf(BUILDS.action)}index`].files;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const inventory = await distInventory();
  const only = process.argv.slice(2);
  for (const [name, entry] of Object.entries(inventory)) {
    if (only.length && !only.includes(name)) continue;
    const top = Object.entries(entry.packages)
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12);
    console.log(`${name}: ${entry.files.length} files; its JavaScript ${(entry.bytes / 1024).toFixed(0)} KB`);
    console.log(`  largest parts: ${top.map(([p, b]) => `${p} ${(b / 1024).toFixed(0)} KB`).join(', ')}`);
    console.log(`  files: ${entry.files.join(' ')}`);
  }
}
