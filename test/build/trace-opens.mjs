// Preloaded into a built bundle under test (NODE_OPTIONS=--import=…, so the drill's worker threads
// load it too): appends to $RR_TRACE every module Node loads and every file the bundle reads or
// opens through node:fs, one `<how> <path>` a line. test/build/action-files.test.ts reads it.
import fs from 'node:fs';
import { registerHooks, syncBuiltinESMExports } from 'node:module';
import { fileURLToPath } from 'node:url';

const log = process.env.RR_TRACE;
const append = fs.appendFileSync;

/** @param {string} how @param {unknown} where */
function note(how, where) {
  if (!log) return;
  const path = where instanceof URL ? fileURLToPath(where) : typeof where === 'string' && where.startsWith('file:') ? fileURLToPath(where) : where;
  if (typeof path === 'string') append(log, `${how} ${path}\n`);
}

registerHooks({
  load(url, context, next) {
    note('load', url);
    return next(url, context);
  },
});

/** @type {Array<[Record<string, unknown>, string[]]>} */
const readers = [
  [fs, ['readFile', 'readFileSync', 'open', 'openSync', 'createReadStream']],
  [fs.promises, ['readFile', 'open']],
];
for (const [owner, names] of readers) {
  for (const name of names) {
    const original = /** @type {(...args: unknown[]) => unknown} */ (owner[name]);
    owner[name] = function (/** @type {unknown} */ where, /** @type {unknown[]} */ ...rest) {
      note(name, where);
      return original.call(this, where, ...rest);
    };
  }
}
// The bundles import these by name (`import { readFile } from 'node:fs/promises'`): refresh them.
syncBuiltinESMExports();
