// What each bundle in dist/ holds and why: esbuild's metafile of the same build as scripts/build.mjs
// (in memory, nothing written), followed from each entry through its static and dynamic imports,
// plus the files it loads from beside itself at run time (WASM, PGlite's data, the drill worker).
// Usage: node scripts/dist-inventory.mjs [entry…]    (prints; test/build/dist.test.ts asserts on it)
import { build } from 'esbuild';
import { ASSETS, distOptions, ENTRIES } from './build.mjs';

const GRAMMARS = ASSETS.filter((a) => a.startsWith('tree-sitter-') || a === 'web-tree-sitter.wasm');
const PGLITE = ASSETS.filter((a) => a.startsWith('pglite.') || a === 'initdb.wasm' || a.endsWith('.tar.gz'));

/** Files read from beside the bundle when a module is in it: the module, then what it loads. */
const LOADS = [
  { input: 'node_modules/libpg-query/', files: ['libpg-query.wasm'] },
  { input: 'src/core/parsers/tree-sitter.ts', files: GRAMMARS },
  // The drill starts PGlite in a worker thread: drill-worker.js, which loads PGlite's files.
  { input: 'src/drill/pglite.ts', files: ['drill-worker.js', ...PGLITE] },
];

const packageOf = (input) => /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input)?.[1] ?? input.split('/').slice(0, 2).join('/');

function closure(outputs, start) {
  const seen = new Set();
  const stack = [start];
  while (stack.length) {
    const file = stack.pop();
    if (seen.has(file)) continue;
    seen.add(file);
    for (const i of outputs[file]?.imports ?? []) if (!i.external) stack.push(i.path);
  }
  return seen;
}

/** Per entry (cli, action, app, lambda, drill-worker): its JS files, the files it loads, its bytes and packages. */
export async function distInventory() {
  const { metafile } = await build({ ...distOptions('dist'), write: false, metafile: true, logLevel: 'error' });
  return inventoryOf(metafile, ENTRIES);
}

/** The inventory of any build's metafile (`entries`: name → source file). */
export function inventoryOf(metafile, entries) {
  const outputs = metafile.outputs;
  const byEntry = Object.fromEntries(
    Object.entries(outputs)
      .filter(([, o]) => o.entryPoint)
      .map(([file, o]) => [o.entryPoint, file]),
  );
  const inventory = {};
  for (const [name, source] of Object.entries(entries)) {
    const js = closure(outputs, byEntry[source]);
    const inputs = new Set([...js].flatMap((f) => Object.keys(outputs[f].inputs)));
    const packages = {};
    for (const f of js)
      for (const [input, v] of Object.entries(outputs[f].inputs)) packages[packageOf(input)] = (packages[packageOf(input)] ?? 0) + v.bytesInOutput;
    const loads = LOADS.filter((l) => [...inputs].some((i) => i.startsWith(l.input))).flatMap((l) => l.files);
    // The worker's own chunks come with it.
    const worker = loads.includes('drill-worker.js') ? closure(outputs, byEntry[entries['drill-worker']]) : new Set();
    const files = [...new Set([...js, ...worker].map((f) => f.replace(/^.*\//, '')).concat(loads))].sort();
    const bytes = [...js].reduce((n, f) => n + outputs[f].bytes, 0);
    inventory[name] = { files, inputs: [...inputs].sort(), packages, bytes };
  }
  return inventory;
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
