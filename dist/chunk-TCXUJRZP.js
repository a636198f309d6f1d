import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);

// src/cli/lint-ranges.ts
var pack = (next, end) => next | end << 16;
var nextOf = (word) => word & 65535;
var endOf = (word) => word >>> 16;
var NOT_STARTED = 0;
var STARTED = 1;
var CANCELLED = -1;
function claim(words, threads, self) {
  const stop = Atomics.load(words, 2 * threads);
  for (; ; ) {
    const word = Atomics.load(words, self);
    const next = nextOf(word);
    const end = endOf(word);
    if (next < end) {
      if (next >= stop) return -1;
      if (Atomics.compareExchange(words, self, word, pack(next + 1, end)) === word) return next;
      continue;
    }
    let victim = -1;
    let most = 0;
    for (let t = 0; t < threads; t++) {
      if (t === self) continue;
      const w2 = Atomics.load(words, t);
      const left = Math.min(endOf(w2), stop) - nextOf(w2);
      if (left > most) {
        most = left;
        victim = t;
      }
    }
    if (victim < 0) return -1;
    const w = Atomics.load(words, victim);
    const vNext = nextOf(w);
    const vEnd = endOf(w);
    if (vNext >= vEnd) continue;
    const from = vEnd - Math.ceil((vEnd - vNext) / 2);
    if (Atomics.compareExchange(words, victim, w, pack(vNext, from)) !== w) continue;
    Atomics.store(words, self, pack(from, vEnd));
  }
}
async function drain(words, threads, self, lint, outcome) {
  for (let i = claim(words, threads, self); i >= 0; i = claim(words, threads, self)) {
    try {
      outcome(i, await lint(i));
    } catch (error) {
      for (let stop = Atomics.load(words, 2 * threads); i < stop; stop = Atomics.load(words, 2 * threads)) {
        if (Atomics.compareExchange(words, 2 * threads, stop, i) === stop) break;
      }
      return { index: i, name: error instanceof Error ? error.name : "Error", message: error instanceof Error ? error.message : String(error) };
    }
  }
  return void 0;
}

export {
  pack,
  NOT_STARTED,
  STARTED,
  CANCELLED,
  drain
};
