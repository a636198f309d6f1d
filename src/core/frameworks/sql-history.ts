// The column history reader: a column's type before an `ALTER COLUMN … TYPE`, or whether it allowed
// NULL before a SET or DROP NOT NULL, looked up in the folder's earlier migrations (newest first,
// renames followed), each read once per run.
import type { Hit } from '../types';
import type { MigrationInput } from './framework';
import type { ColumnHistory, ColumnTrace, SqlPiece } from '../sql/lint-sql';
import type { PendingColumnChange, PendingNullChange } from '../sql/context';
import { sqlAnalyser } from '../sql/lazy';
import { dialectOfName, type Dialect, type DialectSource } from '../sql/dialect';
import { baseName, dirName } from './shared-sql';
import { byVersion, versionSorted } from './version-order';

/** How a SQL framework's earlier migrations are found beside the current one. */
export interface SqlHistory {
  input: MigrationInput;
  /**
   * The folder's files that are this framework's (up) migrations. A module-level function: the
   * folder's listing is filtered by it once per run, not once per file.
   */
  isMigration(name: string): boolean;
  /** The up SQL of one of them (default: the whole file); DSL frameworks translate it (`path`: its repo path). */
  upPieces?(content: string, path: string): SqlPiece[] | Promise<SqlPiece[]>;
}

/**
 * Earlier migrations read at most per type change when looking a column's type up. Folders split
 * into parts (ory/pop) hold hundreds of files between a column's creation and its change; the
 * faces bound what reading costs (the App and the Action read at most 60 files through the API).
 */
const HISTORY_FILES = 500;

/**
 * Earlier migrations' up SQL by listing (one per run or evaluation, so one revision), then by file
 * name: every type change of a run walks back through the same files, each read once. A settled
 * read is kept as its value, so the walk does not wait on a promise per file; with it, what the
 * file does to columns once it has been looked through (`history`).
 */
type HistoryRead = { pieces: SqlPiece[] | undefined; history?: ColumnHistory; words?: ReadonlySet<string> } | { error: unknown };
const historyReads = new WeakMap<readonly string[], Map<string, HistoryRead | Promise<HistoryRead>>>();

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

function orderedListing(names: readonly string[]): OrderedListing {
  let o = orderedListings.get(names);
  if (!o) {
    const sorted = versionSorted(names);
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
interface HistoryOf {
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
interface EarlierRange {
  names: readonly string[];
  index: HistoryIndex;
  end: number;
  count: number;
}

function earlierRange(names: readonly string[], current: string, isMigration: (name: string) => boolean, limit: number, dialect: Dialect): EarlierRange {
  const o = orderedListing(names);
  let i = o.index.get(current);
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
    const positions: number[] = [];
    for (let j = 0; j < o.names.length; j++) {
      const name = o.names[j]!;
      const named = dialectOfName(name);
      // Positions before `i` sort before the current name: never the current file itself.
      if (isMigration(name) && (named === undefined || named === dialect)) positions.push(j);
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

/**
 * The modules settling needs, imported once: a dynamic import per call costs a module-map lookup
 * each time (a fifth of settling over the 500 type changes of a 2,000-file folder).
 */
let typeChangeImports: Promise<[typeof import('../sql/ast'), typeof import('../sql/checks/change-column-type')]> | undefined;
const typeChangeModules = () => (typeChangeImports ??= Promise.all([import('../sql/ast'), import('../sql/checks/change-column-type')]));

/**
 * Column changes the file alone cannot judge, settled against the folder's earlier migrations
 * (newest first, renames followed). A type change: the same type or a widening withdraws the
 * provisional finding, another type makes it an error naming the old one. A SET or DROP NOT NULL
 * that leaves the column as the earlier migrations had it changes nothing: its finding is
 * withdrawn. What cannot be found keeps its provisional finding, and says why when the history
 * could not be read.
 */
export async function settleColumnChanges(changes: PendingColumnChange[], hits: Hit[], history: SqlHistory, dialect?: DialectSource): Promise<Hit[]> {
  const { input } = history;
  if (!changes.length || !input.listDir || !input.readFile) return hits;
  const [{ typeLabel }, { settleTypeChange, unknownWideningMessage }] = await typeChangeModules();
  const dir = dirName(input.path);
  const current = baseName(input.path);
  let failure: string | undefined;
  let names: string[] | undefined;
  try {
    names = await input.listDir(dir);
  } catch (error) {
    failure = `the folder ${dir || './'} could not be listed (${errorText(error)})`;
  }
  // No listing of the folder that holds this very file: it could not be read (a git or disk error,
  // an API answer that is not a folder), which is not the same as finding nothing in it.
  if (!names && !failure) failure = `the folder ${dir || './'} could not be listed`;
  const earlier = names ? earlierRange(names, current, history.isMigration, HISTORY_FILES, dialect?.dialect ?? 'postgres') : undefined;
  const upOf = history.upPieces ?? ((sql: string) => [{ sql, line: 1 }]);
  let reads = names ? historyReads.get(names) : undefined;
  if (names && !reads) historyReads.set(names, (reads = new Map()));
  const cache = reads ?? new Map<string, HistoryRead | Promise<HistoryRead>>();
  /** A file's up pieces: from the cache when settled (no await), else read once. */
  const piecesOf = (name: string): HistoryRead | Promise<HistoryRead> => {
    const known = cache.get(name);
    if (known) return known;
    if (input.readFileNow && !history.upPieces) {
      // At hand, and the whole file is the up: read without a promise.
      let read: HistoryRead;
      try {
        const c = input.readFileNow(`${dir}${name}`);
        read = { pieces: c === undefined ? undefined : [{ sql: c, line: 1 }] };
      } catch (error) {
        read = { error };
      }
      cache.set(name, read);
      return read;
    }
    const reading: Promise<HistoryRead> = input.readFile!(`${dir}${name}`)
      .then(async (c) => ({ pieces: c === undefined ? undefined : await upOf(c, `${dir}${name}`) }))
      .catch((error: unknown) => ({ error }));
    cache.set(name, reading);
    void reading.then((settled) => cache.set(name, settled));
    return reading;
  };
  const { columnHistory, knownColumnHistory, traceThrough, loadPgParser } = await sqlAnalyser();
  const historyOf: HistoryOf = { parse: columnHistory, known: knownColumnHistory };
  await loadPgParser();
  const replaced = new Map<Hit, Hit | undefined>();
  const count = earlier?.count ?? 0;
  for (const change of changes) {
    const what = change.kind === 'type' ? 'type' : 'nullable';
    const found = earlier ? await walkBack(change, what, earlier, piecesOf, historyOf, traceThrough) : {};
    const why = 'name' in found ? undefined : (found.why ?? failure);
    if (change.kind === 'nullability') {
      const settled = settleNullability(change, found, why, count);
      if (settled !== change.hit) replaced.set(change.hit, settled);
      continue;
    }
    if ('name' in found && found.trace.kind === 'type') {
      replaced.set(change.hit, settleTypeChange(change, found.trace.type, found.name));
      continue;
    }
    const searched =
      why ?? `its earlier type is not in this migration or the ${count ? `${count} earlier one${count > 1 ? 's' : ''} read` : "folder's earlier ones"}`;
    if (change.hit.severity === 'warning') {
      replaced.set(change.hit, { ...change.hit, message: unknownWideningMessage(change.columnLabel, change.tableLabel, typeLabel(change.type), searched) });
    } else if (why) {
      replaced.set(change.hit, { ...change.hit, message: `${change.hit.message} (The old type could not be looked up: ${why}.)` });
    }
  }
  if (!replaced.size) return hits;
  const out: Hit[] = [];
  for (const h of hits) {
    if (!replaced.has(h)) out.push(h);
    else if (replaced.get(h)) out.push(replaced.get(h)!);
  }
  return out;
}

/**
 * What the look back makes of a SET/DROP NOT NULL's provisional finding: withdrawn (undefined) when
 * it restates what the earlier migrations left, kept (the same hit) when it changes it, or said
 * why it could not be judged. A restatement whose column is defined nowhere read (a squashed
 * schema, a table from elsewhere) may change nothing: a warning that says so, as for a widening.
 */
function settleNullability(change: PendingNullChange, found: Found, why: string | undefined, count: number): Hit | undefined {
  if ('name' in found) return found.trace.kind === 'nullable' && found.trace.nullable === change.nullable ? undefined : change.hit;
  if (why) return { ...change.hit, message: `${change.hit.message} (Whether it allowed NULL before could not be looked up: ${why}.)` };
  const read = count ? `the ${count} earlier migration${count > 1 ? 's' : ''} read` : "the folder's earlier migrations";
  const was = change.nullable ? 'already allowed NULL' : 'already was NOT NULL';
  return {
    ...change.hit,
    severity: 'warning',
    message: `${change.hit.message} This statement restates the column with its type, and how the column was defined is not in this migration or ${read}: if it ${was}, it changes nothing; if not, the advice above applies.`,
  };
}

/** What an earlier migration (`name`) made a changed column (its type, or whether it allows NULL), or why none could be found. */
type Found = { trace: Extract<ColumnTrace, { kind: 'type' | 'nullable' }>; name: string } | { why?: string };

/**
 * Newest first through the earlier files of `earlier`: from each file that touches the table (or
 * stops every walk) to the next, reading the unread files on the way, as a file-by-file walk would
 * meet them; renames followed.
 */
async function walkBack(
  change: PendingColumnChange,
  what: 'type' | 'nullable',
  earlier: EarlierRange,
  piecesOf: (name: string) => HistoryRead | Promise<HistoryRead>,
  historyOf: HistoryOf,
  traceThrough: (history: ColumnHistory, table: string, column: string, what: 'type' | 'nullable') => ColumnTrace,
): Promise<Found> {
  let { table, column } = change;
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
    const trace = traceThrough(parseRead(ix, k, read, read.pieces, historyOf), table, column, what);
    if (trace.kind === 'lost') break;
    if (trace.kind !== 'earlier') return { trace, name };
    ({ table, column } = trace);
    top = --k;
  }
  return {};
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
