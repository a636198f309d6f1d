// How the threads of a large `lint` run share its files (see lint-parallel.ts), in a module of its
// own: a worker needs it before it has loaded the readers.
import type { FileOutcome } from './lint-files';

/** A failure to report, from whichever thread met it. */
export interface LintFailure {
  index: number;
  name: string;
  message: string;
}

// ---- the shared word array ----------------------------------------------------------------------
// [0, threads): each thread's range, `next | end << 16` (the thread lints next, next + 1, … below end);
// [threads, 2 * threads): each worker's state (0 not started, 1 started, -1 told not to start);
// [2 * threads]: the stop index (a file at or after it is not worth linting: an earlier one failed).

export const pack = (next: number, end: number): number => next | (end << 16);
const nextOf = (word: number) => word & 0xffff;
const endOf = (word: number) => word >>> 16;

export const NOT_STARTED = 0;
export const STARTED = 1;
export const CANCELLED = -1;

/** Claims the next file of thread `self`'s range, or takes half of the largest range left; -1 when none is left. */
export function claim(words: Int32Array, threads: number, self: number): number {
  const stop = Atomics.load(words, 2 * threads);
  for (;;) {
    const word = Atomics.load(words, self);
    const next = nextOf(word);
    const end = endOf(word);
    if (next < end) {
      if (next >= stop) return -1;
      if (Atomics.compareExchange(words, self, word, pack(next + 1, end)) === word) return next;
      continue;
    }
    // Out of files: the second half of the largest range left (the files nearest its end, which
    // its thread would reach last), made this thread's own range so that others can share it too.
    let victim = -1;
    let most = 0;
    for (let t = 0; t < threads; t++) {
      if (t === self) continue;
      const w = Atomics.load(words, t);
      const left = Math.min(endOf(w), stop) - nextOf(w);
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
    // This range was empty and only its thread fills it, so a store is enough.
    Atomics.store(words, self, pack(from, vEnd));
  }
}

/** Lints what thread `self` can claim, in claim order, until nothing is left or a file fails. */
export async function drain(
  words: Int32Array,
  threads: number,
  self: number,
  lint: (index: number) => Promise<FileOutcome>,
  outcome: (index: number, result: FileOutcome) => void,
): Promise<LintFailure | undefined> {
  for (let i = claim(words, threads, self); i >= 0; i = claim(words, threads, self)) {
    try {
      outcome(i, await lint(i));
    } catch (error) {
      // Files after this one need not be linted: its error, or an earlier one, is the report.
      for (let stop = Atomics.load(words, 2 * threads); i < stop; stop = Atomics.load(words, 2 * threads)) {
        if (Atomics.compareExchange(words, 2 * threads, stop, i) === stop) break;
      }
      return { index: i, name: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) };
    }
  }
  return undefined;
}
