// The index of a folder's earlier migrations that history look-ups walk back through (newest first,
// each file read once per run, most of them skipped by the tables they touch): see sql-history.ts
// for what is looked up (a column's earlier type or nullability, a rebuilt table's columns).
import type { ColumnHistory, SqlPiece } from '../sql/lint-sql';
import { dialectOfName, withoutDialect, type Dialect } from '../sql/dialect';
import { popName } from './sql-detect';
import { byVersion, versionSorted } from './version-order';

/**
 * Earlier migrations read at most per type change when looking a column's type up. Folders split
 * into parts (ory/pop) hold hundreds of files between a column's creation and its change; the
 * faces bound what reading costs (the App and the Action read at most 60 files through the API).
 */
export const HISTORY_FILES = 500;

/**
 * Earlier migrations' up SQL by listing (one per run or evaluation, so one revision), then by file
 * name: every type change of a run walks back through the same files, each read once. A settled
 * read is kept as its value, so the walk does not wait on a promise per file; with it, what the
 * file does to columns once it has been looked through (`history`).
 */
export type HistoryRead = { pieces: SqlPiece[] | undefined; history?: ColumnHistory; words?: ReadonlySet<string> } | { error: unknown };
export const historyReads = new WeakMap<readonly string[], Map<string, HistoryRead | Promise<HistoryRead>>>();

interface OrderedListing {
  names: string[];
  index: Map<string, number>;
  /**
   * The history of the names each `isMigration` accepts that may be read as history in a dialect,
   * by predicate (frameworks pass module-level ones) and dialect.
   */
  migrations: Map<(name: string) => boolean, Map<string, HistoryIndex>>;
}

/**
 * One view of a listing's history (its migrations in one dialect, in version order) and what the
 * walks back through it have learnt so far: which files have been read, which tables each read
 * file touches, and which reads stop every walk (the file could not be read). A walk then goes
 * from one file that matters to its table to the next, and reads each unread file on its way,
 * instead of stepping through every file in between: a 2,000-file folder with 500 type changes
 * made ~130,000 steps.
 */
interface HistoryIndex {
  /** Listing positions of the view's files, ascending; the view's files are numbered by index here. */
  positions: number[];
  /** The read of each view file, once read. */
  reads: (HistoryRead | undefined)[];
  /** Union-find over view indexes, shifted by one (slot 0 stands for -1): see `newestUnread`. */
  unread: Int32Array;
  /** Per table, the ascending indexes of read files whose history touches it. */
  touching: Map<string, number[]>;
  /** Ascending indexes of read files every walk stops at (a read that failed or found no file). */
  stops: number[];
  /**
   * Ascending indexes of read files not parsed yet (`words`): a walk parses one when its words
   * may name the table looked for.
   */
  unparsed: number[];
}

/**
 * The words of an earlier migration's SQL (lower case), when they can stand for the tables it
 * names until it is parsed: a file no one has parsed yet (a `lint` thread reaching files another
 * thread linted; the App reading earlier migrations through the API) is parsed only when a walk
 * looks for a table its words may name. Parsing decides; the words only say which files cannot
 * name a table: a plain lower-case table name (`orders`) is named only where its word is, however
 * it is spelt (`ORDERS`, `"orders"`, `billing.orders`). Undefined when the SQL escapes identifiers
 * (`U&"\006Frders"`): such a file is parsed at once.
 */
function wordsOf(pieces: SqlPiece[]): ReadonlySet<string> | undefined {
  const lower = (pieces.length === 1 ? pieces[0]!.sql : pieces.map((p) => p.sql).join('\n')).toLowerCase();
  // The Set built from the match array natively: a loop adding each word ran five times slower
  // in a worker thread's cold code.
  return lower.includes('u&') ? undefined : new Set(lower.match(WORD));
}
const WORD = /[a-z0-9_$]+/g;
/** A table name written only as its word (unquoted, or quoted in lower case); other names match no word. */
const PLAIN_NAME = /^[a-z_][a-z0-9_$]*$/;

/**
 * A folder listing in version order, sorted once per listing: every file of a 2,000-file folder
 * looks back through the same listing, and sorting it for each of them was quadratic work.
 */
const orderedListings = new WeakMap<readonly string[], OrderedListing>();

function orderedListing(names: readonly string[], ordered: boolean): OrderedListing {
  let o = orderedListings.get(names);
  if (!o) {
    const sorted = ordered ? [...names] : versionSorted(names);
    o = { names: sorted, index: new Map(sorted.map((n, i) => [n, i])), migrations: new Map() };
    orderedListings.set(names, o);
  }
  return o;
}

/** The newest view index at or below `k` not read yet, or -1. */
function newestUnread(ix: HistoryIndex, k: number): number {
  const link = ix.unread;
  let i = k + 1;
  while (link[i] !== i) {
    link[i] = link[link[i]!]!;
    i = link[i]!;
  }
  return i - 1;
}

/** The position of the largest entry of an ascending list at or below `k`, or -1. */
function newestPosition(sorted: readonly number[], k: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= k) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** The largest entry of an ascending list at or below `k`, or -1. */
function newestAtOrBelow(sorted: readonly number[] | undefined, k: number): number {
  const at = sorted ? newestPosition(sorted, k) : -1;
  return at >= 0 ? sorted![at]! : -1;
}

function insertSorted(sorted: number[], k: number): void {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < k) lo = mid + 1;
    else hi = mid;
  }
  sorted.splice(lo, 0, k);
}

/** How a walk gets what an earlier migration does to columns: parsed, or already known (no parse). */
export interface HistoryOf {
  parse(pieces: SqlPiece[]): ColumnHistory;
  known(pieces: SqlPiece[]): ColumnHistory | undefined;
}

function listTouching(ix: HistoryIndex, k: number, tables: Iterable<string>): void {
  for (const table of tables) {
    let list = ix.touching.get(table);
    if (!list) ix.touching.set(table, (list = []));
    insertSorted(list, k);
  }
}

/**
 * Records the read of view file `k`: listed under the tables it touches when its column events
 * are known, else kept with its words until a walk parses it (`wordsOf`).
 */
function recordRead(ix: HistoryIndex, k: number, read: HistoryRead, historyOf: HistoryOf): void {
  if (newestUnread(ix, k) !== k) return; // recorded meanwhile by another walk
  ix.reads[k] = read;
  if ('error' in read || !read.pieces) insertSorted(ix.stops, k);
  else {
    read.history ??= historyOf.known(read.pieces);
    if (!read.history) read.words ??= wordsOf(read.pieces);
    if (read.words) insertSorted(ix.unparsed, k);
    else listTouching(ix, k, (read.history ??= historyOf.parse(read.pieces)).tables);
  }
  ix.unread[k + 1] = k;
}

/**
 * The newest file at or below `k` and above `floor` kept unparsed here whose words may name
 * `table` (any such file, when the name is not plain), or -1. A read is shared by the views of a
 * listing (one per dialect): one parsed through another view is judged by the tables it touches.
 */
function newestUnparsed(ix: HistoryIndex, k: number, floor: number, table: string): number {
  const plain = PLAIN_NAME.test(table);
  for (let i = newestPosition(ix.unparsed, k); i >= 0; i--) {
    const at = ix.unparsed[i]!;
    if (at <= floor) break;
    const read = ix.reads[at] as Exclude<HistoryRead, { error: unknown }>;
    if (read.history ? read.history.tables.has(table) : !plain || read.words!.has(table)) return at;
  }
  return -1;
}

/** A file kept with its words, parsed now that a walk has reached it: listed here under the tables it touches. */
function parseRead(ix: HistoryIndex, k: number, read: Exclude<HistoryRead, { error: unknown }>, pieces: SqlPiece[], historyOf: HistoryOf): ColumnHistory {
  const history = (read.history ??= historyOf.parse(pieces));
  read.words = undefined;
  const at = ix.unparsed.indexOf(k);
  if (at >= 0) {
    ix.unparsed.splice(at, 1);
    listTouching(ix, k, history.tables);
  }
  return history;
}

/**
 * The migrations before `current` in a listing, newest first, at most `limit`: `count` of them,
 * the i-th (0-based) being `names[index.positions[end - 1 - i]]`. Nothing is copied per call: a
 * folder with 500 type changes asks this 500 times of the same listing.
 */
export interface EarlierRange {
  names: readonly string[];
  index: HistoryIndex;
  end: number;
  count: number;
}

/** `ordered`: the names are in run order already (Alembic's revisions), else they are put in version order. */
export function earlierRange(
  names: readonly string[],
  current: string,
  isMigration: (name: string) => boolean,
  limit: number,
  dialect: Dialect,
  ordered = false,
): EarlierRange {
  const o = orderedListing(names, ordered);
  let i = o.index.get(current);
  // Not in a run order (a file that names no revision): nothing is known to run before it.
  if (i === undefined && ordered) i = 0;
  if (i === undefined) {
    // Not in the listing (a face that lists another revision): where it would sort.
    let lo = 0;
    let hi = o.names.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (byVersion(o.names[mid]!, current) < 0) lo = mid + 1;
      else hi = mid;
    }
    i = lo;
  }
  let byDialect = o.migrations.get(isMigration);
  if (!byDialect) o.migrations.set(isMigration, (byDialect = new Map()));
  let index = byDialect.get(dialect);
  if (!index) {
    // Never another dialect's files: `x.sqlite3.up.sql` is not the Postgres history of `y.postgres.up.sql`.
    // Nor a file that names no dialect where this dialect's own file stands in for it (pop's
    // `x.up.sql` beside `x.mysql.up.sql`: MySQL runs the latter only).
    const replaced = new Set<string>();
    for (const name of o.names) if (dialectOfName(name) === dialect) replaced.add(standsInFor(name));
    const positions: number[] = [];
    for (let j = 0; j < o.names.length; j++) {
      const name = o.names[j]!;
      const named = dialectOfName(name);
      // Positions before `i` sort before the current name: never the current file itself.
      if (isMigration(name) && (named === dialect || (named === undefined && !replaced.has(standsInFor(name))))) positions.push(j);
    }
    const unread = new Int32Array(positions.length + 1);
    for (let j = 0; j < unread.length; j++) unread[j] = j;
    index = { positions, reads: [], unread, touching: new Map(), stops: [], unparsed: [] };
    byDialect.set(dialect, index);
  }
  // The last accepted position before `i` (binary search), then back from there.
  const { positions } = index;
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid]! < i) lo = mid + 1;
    else hi = mid;
  }
  return { names: o.names, index, end: lo, count: Math.min(lo, limit) };
}

/**
 * Which file of every database a file stands in for on its own: in pop and ory's popx, the file of
 * the same version and direction, whatever the names (popx picks a migration by version, and the
 * file every database runs may be `x.autocommit.up.sql` where MySQL's is `x.mysql.up.sql`);
 * elsewhere the same name without its dialect part. For a file that names no dialect: its own key.
 */
function standsInFor(name: string): string {
  const pop = popName(name);
  if (pop) return `${pop.stamp}${pop.part}.${pop.direction}`;
  return withoutDialect(name) ?? name;
}

/** The migrations before `current` in a listing, newest first, at most `limit`. */
export function earlierMigrations(
  names: readonly string[],
  current: string,
  isMigration: (name: string) => boolean,
  limit = HISTORY_FILES,
  dialect: Dialect = 'postgres',
): string[] {
  const r = earlierRange(names, current, isMigration, limit, dialect);
  const out: string[] = [];
  for (let k = 0; k < r.count; k++) out.push(r.names[r.index.positions[r.end - 1 - k]!]!);
  return out;
}

/** What a walk makes of one earlier file that touches its table: done (`found`), lost (stop), or go on further back under `table`. */
export type WalkStep<T> = { found: T } | { table: string } | 'lost';

/**
 * Newest first through the earlier files of `earlier`: from each file that touches the table (or
 * stops every walk) to the next, reading the unread files on the way, as a file-by-file walk would
 * meet them. `step` reads each file that touches the table (`name`: its file name), and says what
 * was found, or under which name to look further back (renames followed). Nothing found: `{}`; an
 * earlier file that could not be read: why.
 */
export async function walkHistory<T>(
  start: string,
  earlier: EarlierRange,
  piecesOf: (name: string) => HistoryRead | Promise<HistoryRead>,
  historyOf: HistoryOf,
  step: (history: ColumnHistory, table: string, name: string) => WalkStep<T>,
): Promise<{ found: T } | { why?: string }> {
  let table = start;
  const ix = earlier.index;
  const lowest = earlier.end - earlier.count;
  let k = earlier.end - 1;
  // Files kept unparsed above `top` (and at or below `k`) have been found not to name the table:
  // reading the unread files one by one, the walk looks only below the last one it read, not
  // through every file it has read so far again (that was quadratic in a walk through hundreds of
  // files another thread had linted). Sound while other walks record files meanwhile: everything
  // between `unread` and `k` was read when the walk looked, so files recorded since lie below it,
  // and a file only ever leaves the unparsed list (parsed: then `known` finds it by its tables).
  let top = k;
  while (k >= lowest) {
    const unread = newestUnread(ix, k);
    const known = Math.max(newestAtOrBelow(ix.touching.get(table), k), newestAtOrBelow(ix.stops, k));
    const next = Math.max(known, newestUnparsed(ix, top, known, table));
    if (unread > next) {
      if (unread < lowest) break;
      top = unread;
      const got = piecesOf(earlier.names[ix.positions[unread]!]!);
      recordRead(ix, unread, got instanceof Promise ? await got : got, historyOf);
      continue;
    }
    if (next < lowest) break;
    k = next;
    const name = earlier.names[ix.positions[k]!]!;
    const read = ix.reads[k]!;
    if ('error' in read) return { why: `the earlier migration ${name} could not be read (${errorText(read.error)})` };
    if (!read.pieces) break;
    const s = step(parseRead(ix, k, read, read.pieces, historyOf), table, name);
    if (s === 'lost') break;
    if ('found' in s) return s;
    table = s.table;
    top = --k;
  }
  return {};
}

export const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
