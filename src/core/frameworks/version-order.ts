// Migration file names in version order (`V2__x.sql` before `V10__x.sql`), for the type-change
// look back (sql-history.ts): a folder's listing is put in order once per run.

/**
 * `V2__x.sql` before `V10__x.sql`, `000009_` before `000010_`: names compared with their numbers as
 * numbers. The collator is made on first use: building one costs ~12 ms of ICU set-up, which every
 * `lint` paid at start-up whether or not a type change ever looked back through its folder.
 */
let collator: Intl.Collator['compare'] | undefined;
export const byVersion = (a: string, b: string): number => (collator ??= new Intl.Collator('en', { numeric: true }).compare)(a, b);

/**
 * Names in version order. Most folders already sort so by code unit (zero-padded numbers,
 * timestamps): a native sort, then a check of each neighbour, confirms it (the order is the
 * collator's when every neighbour is strictly before the next). Only otherwise (`V2__` and
 * `V10__`, or names the collator finds equal) are the names sorted by the collator itself.
 */
export function versionSorted(names: readonly string[]): string[] {
  const sorted = [...names].sort();
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1]!;
    const b = sorted[i]!;
    if (!plainlyBefore(a, b) && byVersion(a, b) >= 0) return [...names].sort(byVersion);
  }
  return sorted;
}

const isDigit = (c: number) => c >= 48 && c <= 57;
const isLower = (c: number) => c >= 97 && c <= 122;
const isUpper = (c: number) => c >= 65 && c <= 90;

/**
 * Whether the collator would put `a` before `b` (given `a` < `b` by code unit), where that can be
 * told without it (building one costs ~8 ms of ICU set-up per thread, its comparisons ~5 ms more
 * over 2,000 names): they are the same up to a character where both have a digit, in digit runs
 * of the same length (`000009_` < `000010_`: the same number of digits, compared as numbers), or
 * both a lower-case or both an upper-case ASCII letter (`.down.sql` < `.up.sql`). Anything else
 * (`V2__` and `V10__`, punctuation, one name a prefix of the other) is left to the collator.
 */
export function plainlyBefore(a: string, b: string): boolean {
  const n = Math.min(a.length, b.length);
  let p = 0;
  while (p < n && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  if (p === n) return false;
  const ca = a.charCodeAt(p);
  const cb = b.charCodeAt(p);
  if ((isLower(ca) && isLower(cb)) || (isUpper(ca) && isUpper(cb))) return true;
  if (!isDigit(ca) || !isDigit(cb)) return false;
  let ea = p;
  while (ea < a.length && isDigit(a.charCodeAt(ea))) ea++;
  let eb = p;
  while (eb < b.length && isDigit(b.charCodeAt(eb))) eb++;
  return ea === eb;
}
