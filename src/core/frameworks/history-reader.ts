// How a look back for a column's earlier type reads a folder's earlier migrations: each file read
// once per listing (and, for SQL files, split into words before it is parsed: a file whose text
// does not name the table cannot touch it). The walk itself is in sql-history.ts.
import type { ColumnHistory, SqlPiece } from '../sql/lint-sql';
import type { SqlHistory } from './sql-history';
import { dirName } from './shared-sql';

/**
 * Earlier migrations' up SQL by listing (one per run or evaluation, so one revision), then by file
 * name: every type change of a run walks back through the same files, each read once. A settled
 * read is kept as its value, so the walk does not wait on a promise per file; with it, what the
 * file does to columns once it has been looked through (`history`).
 */
export type HistoryRead = { pieces: SqlPiece[] | undefined; history?: ColumnHistory } | { error: unknown };
const historyReads = new WeakMap<readonly string[], Map<string, HistoryRead | Promise<HistoryRead>>>();

/**
 * Earlier migrations' text by listing, then by file name, for histories whose up SQL is the text
 * (`upIsText`): read once, and split into words only when a look back asks whether it names a table.
 */
type TextFile = { text: string | undefined; pieces?: SqlPiece[]; words?: ReadonlySet<string> | null };
type TextRead = TextFile | { error: unknown };
const historyTexts = new WeakMap<readonly string[], Map<string, TextRead | Promise<TextRead>>>();

/** How a walk reads the earlier files of one listing (each read once per listing). */
export interface HistoryReader {
  /** A file's up pieces: from the cache when settled (no await), else read once. */
  piecesOf(name: string): HistoryRead | Promise<HistoryRead>;
  /**
   * Whether a file may touch a table (lower-cased), as far as its text shows: false only when its
   * text is read and does not name the table as a word. Only for `upIsText` histories.
   */
  mayName?(name: string, table: string): boolean | Promise<boolean>;
}

/** Words of SQL text (lower-cased): what an unquoted or quoted identifier can be, and more. */
const NOT_WORD = /[^a-z0-9_$\u0080-\uffff]+/;
export const ONE_WORD = /^[a-z0-9_$\u0080-\uffff]+$/;

/**
 * The words of a file's text, or null when a name in it may be spelt otherwise (`U&"\0061"` escapes).
 * Anything that names a table in SQL (unquoted, quoted, schema-qualified, in a comment or string)
 * leaves its name as one of these words, so a text without it cannot touch that table.
 */
function wordsOf(text: string): ReadonlySet<string> | null {
  const lower = text.toLowerCase();
  return lower.includes('u&') ? null : new Set(lower.split(NOT_WORD));
}

export function historyReader(history: SqlHistory, names: string[] | undefined, known: (pieces: SqlPiece[]) => ColumnHistory | undefined): HistoryReader {
  const { input } = history;
  const dir = dirName(input.path);
  const read = (path: string) => input.readFile!(path);
  /** Keeps a read, once settled, as its value: the next walk does not wait on a promise for it. */
  const settle = <T>(map: Map<string, T | Promise<T>>, name: string, reading: Promise<T>): void => {
    void reading.then((settled) => map.set(name, settled));
  };
  const upOf = history.upPieces ?? ((sql: string) => [{ sql, line: 1 }]);
  let reads = names ? historyReads.get(names) : undefined;
  if (names && !reads) historyReads.set(names, (reads = new Map()));
  const cache = reads ?? new Map<string, HistoryRead | Promise<HistoryRead>>();
  if (!(history.upIsText ?? !history.upPieces)) {
    return {
      piecesOf(name) {
        const known = cache.get(name);
        if (known) return known;
        const reading: Promise<HistoryRead> = read(`${dir}${name}`)
          .then(async (c) => ({ pieces: c === undefined ? undefined : await upOf(c, `${dir}${name}`) }))
          .catch((error: unknown) => ({ error }));
        cache.set(name, reading);
        settle(cache, name, reading);
        return reading;
      },
    };
  }
  let texts = names ? historyTexts.get(names) : undefined;
  if (names && !texts) historyTexts.set(names, (texts = new Map()));
  const textCache = texts ?? new Map<string, TextRead | Promise<TextRead>>();
  const textOf = (name: string): TextRead | Promise<TextRead> => {
    const known = textCache.get(name);
    if (known) return known;
    const reading: Promise<TextRead> = read(`${dir}${name}`).then(
      (text) => ({ text }),
      (error: unknown) => ({ error }),
    );
    textCache.set(name, reading);
    settle(textCache, name, reading);
    return reading;
  };
  /** The up pieces of a read text (upIsText histories translate nothing, so synchronously as a rule). */
  const piecesIn = (t: TextFile & { text: string }, name: string): SqlPiece[] | Promise<SqlPiece[]> => {
    if (t.pieces) return t.pieces;
    const pieces = upOf(t.text, `${dir}${name}`);
    return pieces instanceof Promise ? pieces.then((p) => (t.pieces = p)) : (t.pieces = pieces);
  };
  const toRead = (t: TextRead, name: string): HistoryRead | Promise<HistoryRead> => {
    if ('error' in t) return { error: t.error };
    if (t.text === undefined) return { pieces: undefined };
    const pieces = piecesIn(t as TextFile & { text: string }, name);
    return pieces instanceof Promise ? pieces.then((p) => ({ pieces: p })) : { pieces };
  };
  const textMayName = (t: TextRead, name: string, table: string): boolean => {
    if ('error' in t || t.text === undefined) return true; // read: a stop, as without this test
    const pieces = piecesIn(t as TextFile & { text: string }, name);
    if (pieces instanceof Promise || known(pieces)) return true; // already parsed (by its own lint): reading it costs a lookup
    if (t.words === undefined) t.words = wordsOf(t.text);
    return t.words === null || t.words.has(table);
  };
  return {
    piecesOf(name) {
      const known = cache.get(name);
      if (known) return known;
      const t = textOf(name);
      const got = t instanceof Promise ? t.then((r) => toRead(r, name)) : toRead(t, name);
      cache.set(name, got);
      if (got instanceof Promise) settle(cache, name, got);
      return got;
    },
    mayName(name, table) {
      const t = textOf(name);
      return t instanceof Promise ? t.then((r) => textMayName(r, name, table)) : textMayName(t, name, table);
    },
  };
}
