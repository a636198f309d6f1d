// A conservative reading of SQL the Postgres parser rejects (Go templates, MySQL syntax, typos):
// split at top-level `;` tokens, parse each statement alone, and for the ones that still fail,
// recognise the destructive shapes from the token stream. Comments and strings are tokens of
// their own kinds, so they never match.
import type { Node, ScanToken } from 'libpg-query';
import { PgSyntaxError, type PgParser } from './pg';
import type { LineMap } from './line-map';

const SQL_COMMENT = 'SQL_COMMENT';
const C_COMMENT = 'C_COMMENT';
const SEMICOLON = 59;
const OPEN_PAREN = 40;
const CLOSE_PAREN = 41;
const COMMA = 44;

export interface UnparsedStatement {
  /** Byte offset of the statement's first token. */
  offset: number;
  message: string;
  /** Shapes recognised from the tokens, as AST nodes the checks understand. */
  recognised: Node[];
}

export interface FallbackReading {
  /** Parsed statements with the byte offset of their first token. */
  parsed: { stmt: Node; offset: number }[];
  failed: UnparsedStatement[];
}

const isComment = (t: ScanToken) => t.tokenName === SQL_COMMENT || t.tokenName === C_COMMENT;
/** A word token (keyword or identifier), upper-cased; '' for strings, numbers, operators. */
const word = (t: ScanToken | undefined): string =>
  t && (t.keywordKind > 0 || t.tokenName === 'IDENT') ? t.text.toUpperCase() : '';

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** UTF-16 index of the `n`th code point of `text` (the parser counts characters, not units). */
function unitIndex(text: string, n: number): number {
  let i = 0;
  for (let seen = 0; seen < n && i < text.length; seen++) i += (text.codePointAt(i) ?? 0) > 0xffff ? 2 : 1;
  return i;
}

/**
 * The tokens of `sql`. The scanner gives up on a whole text that holds an unterminated string,
 * comment or dollar quote; then the text before it (where the parser's error points) is read, so
 * a DROP ahead of the broken part is still seen, and the rest is one unreadable statement.
 */
function scanTokens(sql: string, lines: LineMap, pg: PgParser, wholeError: unknown): { tokens: ScanToken[]; rest?: UnparsedStatement } | undefined {
  let scanError: unknown;
  try {
    return { tokens: pg.scan(sql).tokens };
  } catch (error) {
    scanError = error;
  }
  // Where the scanner stopped: an unterminated token runs to the end of the text, and the
  // scanner's message quotes it whole ("… at or near "'never closed…""), so its start is exact
  // even when the parser's first error sits earlier (a template, MySQL syntax).
  const near = NEAR.exec(errorMessage(scanError))?.[1];
  const cuts: [number, string][] = [];
  if (near && sql.endsWith(near) && near.length < sql.length) cuts.push([sql.length - near.length, errorMessage(scanError)]);
  const cursor = wholeError instanceof PgSyntaxError ? wholeError.cursor : undefined;
  if (cursor !== undefined && cursor > 0) cuts.push([unitIndex(sql, cursor), errorMessage(wholeError)]);
  for (const [at, message] of cuts) {
    const prefix = sql.slice(0, at);
    try {
      const tokens = pg.scan(prefix).tokens;
      const offset = lines.ascii ? prefix.length : new TextEncoder().encode(prefix).length;
      return { tokens, rest: { offset, message, recognised: [] } };
    } catch {
      // try the next cut
    }
  }
  return undefined;
}

/** The quoted text of a Postgres scanner error: `unterminated quoted string at or near "'abc"`. */
const NEAR = /^[^"]*? at or near "([\s\S]*)"$/;

export function readUnparsable(sql: string, lines: LineMap, pg: PgParser, wholeError: unknown): FallbackReading {
  const scanned = scanTokens(sql, lines, pg, wholeError);
  if (!scanned) return { parsed: [], failed: [{ offset: 0, message: errorMessage(wholeError), recognised: [] }] };
  const tokens = scanned.tokens.filter((t) => !isComment(t));
  const reading: FallbackReading = { parsed: [], failed: [] };
  let depth = 0;
  let chunk: ScanToken[] = [];
  const flush = (end: number) => {
    const first = chunk[0];
    if (first) readStatement(chunk, first.start, end, lines, pg, reading);
    chunk = [];
  };
  for (const t of tokens) {
    if (t.tokenType === OPEN_PAREN) depth++;
    else if (t.tokenType === CLOSE_PAREN) depth = Math.max(0, depth - 1);
    if (t.tokenType === SEMICOLON && depth === 0) {
      flush(t.end);
      continue;
    }
    chunk.push(t);
  }
  const last = chunk[chunk.length - 1];
  const failedBefore = reading.failed.length;
  if (last) flush(last.end);
  if (scanned.rest) {
    // A statement cut short by the broken part fails for that reason: say so, not "end of input".
    const cut = reading.failed.length > failedBefore ? reading.failed[reading.failed.length - 1] : undefined;
    if (cut) cut.message = scanned.rest.message;
    else reading.failed.push(scanned.rest);
  }
  return reading;
}

function readStatement(tokens: ScanToken[], start: number, end: number, lines: LineMap, pg: PgParser, reading: FallbackReading): void {
  try {
    for (const raw of pg.parse(lines.slice(start, end)).stmts ?? []) {
      if (raw.stmt) reading.parsed.push({ stmt: raw.stmt, offset: start + (raw.stmt_location ?? 0) });
    }
  } catch (error) {
    reading.failed.push({ offset: start, message: errorMessage(error), recognised: recognise(tokens, lines) });
  }
}

/** Source text of a run of tokens, lower-cased unless quoted (as the parser normalises names). */
function nameText(tokens: ScanToken[], lines: LineMap): string {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return '?';
  const text = lines.slice(first.start, last.end);
  if (text.includes('"')) return text.replaceAll('"', '');
  // Plain (dotted) identifiers fold to lower case; templates and other oddities stay as written.
  const plain = tokens.every((t) => t.tokenName === 'IDENT' || t.keywordKind > 0 || t.text === '.');
  return plain ? text.toLowerCase() : text;
}

/** Comma-separated names after position `i`, up to a word in `stop`. */
function namesFrom(tokens: ScanToken[], i: number, lines: LineMap, stop: Set<string>): string[] {
  const names: string[] = [];
  let current: ScanToken[] = [];
  for (let j = i; j < tokens.length; j++) {
    const t = tokens[j] as ScanToken;
    if (stop.has(word(t))) break;
    if (t.tokenType === COMMA) {
      if (current.length) names.push(nameText(current, lines));
      current = [];
    } else current.push(t);
  }
  if (current.length) names.push(nameText(current, lines));
  return names;
}

const skipWords = (tokens: ScanToken[], i: number, words: string[]): number => {
  let j = i;
  while (words.includes(word(tokens[j]))) j++;
  return j;
};

const DROP_STOP = new Set(['CASCADE', 'RESTRICT']);
const NAME_STOP = new Set(['WHERE', 'USING', 'RETURNING', 'CASCADE', 'RESTRICT', 'RESTART', 'CONTINUE', 'ADD', 'DROP', 'ALTER', 'RENAME', 'SET']);

function recognise(tokens: ScanToken[], lines: LineMap): Node[] {
  const w0 = word(tokens[0]);
  const w1 = word(tokens[1]);
  const list = (name: string): Node => ({ List: { items: name.split('.').map((sval) => ({ String: { sval } })) } });
  if (w0 === 'DROP' && w1 === 'TABLE') {
    const names = namesFrom(tokens, skipWords(tokens, 2, ['IF', 'EXISTS']), lines, DROP_STOP);
    return [{ DropStmt: { removeType: 'OBJECT_TABLE', objects: names.map(list) } }];
  }
  if (w0 === 'DROP' && w1 === 'SCHEMA') {
    const names = namesFrom(tokens, skipWords(tokens, 2, ['IF', 'EXISTS']), lines, DROP_STOP);
    return [{ DropStmt: { removeType: 'OBJECT_SCHEMA', objects: names.map((sval) => ({ String: { sval } })) } }];
  }
  if (w0 === 'DROP' && w1 === 'DATABASE') {
    const [name] = namesFrom(tokens, skipWords(tokens, 2, ['IF', 'EXISTS']), lines, DROP_STOP);
    return [{ DropdbStmt: { dbname: name ?? '?' } }];
  }
  if (w0 === 'TRUNCATE') {
    const names = namesFrom(tokens, skipWords(tokens, 1, ['TABLE', 'ONLY']), lines, NAME_STOP);
    return [{ TruncateStmt: { relations: names.map((n) => ({ RangeVar: rangeVar(n) })) } }];
  }
  if (w0 === 'DELETE' && w1 === 'FROM') {
    const [name] = namesFrom(tokens, skipWords(tokens, 2, ['ONLY']), lines, NAME_STOP);
    const hasWhere = tokens.some((t) => word(t) === 'WHERE');
    return [{ DeleteStmt: { relation: rangeVar(name ?? '?'), ...(hasWhere ? { whereClause: {} as Node } : {}) } }];
  }
  if (w0 === 'ALTER' && w1 === 'TABLE') {
    const at = skipWords(tokens, 2, ['IF', 'EXISTS', 'ONLY']);
    const [table] = namesFrom(tokens, at, lines, NAME_STOP);
    const cmds: Node[] = [];
    for (let i = at; i < tokens.length - 2; i++) {
      if (word(tokens[i]) !== 'DROP' || word(tokens[i + 1]) !== 'COLUMN') continue;
      const col = skipWords(tokens, i + 2, ['IF', 'EXISTS']);
      const [name] = namesFrom(tokens, col, lines, new Set([...DROP_STOP, ...NAME_STOP]));
      cmds.push({ AlterTableCmd: { subtype: 'AT_DropColumn', name: name ?? '?' } });
    }
    if (cmds.length) return [{ AlterTableStmt: { objtype: 'OBJECT_TABLE', relation: rangeVar(table ?? '?'), cmds } }];
  }
  return [];
}

function rangeVar(name: string) {
  const dot = name.lastIndexOf('.');
  return dot < 0 ? { relname: name } : { schemaname: name.slice(0, dot), relname: name.slice(dot + 1) };
}
