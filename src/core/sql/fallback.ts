// A conservative reading of SQL the Postgres parser rejects (Go templates, another dialect's
// syntax, typos): split at top-level `;` tokens (and SQL Server's `GO`), parse each statement
// alone, and for the ones that still fail, recognise from the token stream the shapes every
// dialect shares: CREATE TABLE (the table is new for the rest of the file, its columns' types kept
// for later files), drops (H2's and SQL Server's `DROP COLUMN a, b`, H2's and Oracle's `DROP (a, b)`),
// renames (`RENAME TABLE`, `ALTER TABLE … CHANGE`, `sp_rename`, H2's `ALTER COLUMN a RENAME TO b`),
// added columns (SQL Server's `ADD a INT, b INT`, `ADD (…)`), MySQL's MODIFY and CHANGE and H2's and
// SQL Server's `ALTER COLUMN c <type>` (type and nullability: fallback-columns.ts), TRUNCATE, DELETE.
// Comments and strings are tokens of their own kinds, so they never match.
import type { Node, ScanToken } from 'libpg-query';
import { NEAR, PgSyntaxError, type PgParser } from './pg';
import { LineMap } from './line-map';
import { copyDataBlocks, withoutCopyData, type CopyBlock } from './copy-stdin';
import { dialectOfTokens, type Dialect, type DialectSource } from './dialect';
import { CLOSE_PAREN, clauses, columnCopy, COMMA, createdColumns, nameAt, nameText, OPEN_PAREN, QUOTES, rangeVar, word } from './fallback-tokens';
import { addedColumn, alteredColumn, restatedColumn, typeReader, type TypeReader } from './fallback-columns';

const SQL_COMMENT = 'SQL_COMMENT';
const C_COMMENT = 'C_COMMENT';
const SEMICOLON = 59;

export interface UnparsedStatement {
  /** Byte offset of the statement's first token. */
  offset: number;
  message: string;
  /** Shapes recognised from the tokens, as AST nodes the checks understand. */
  recognised: Node[];
  /**
   * The tokens were read whole for what every dialect shares (a CREATE TABLE, a drop, a rename,
   * an ALTER TABLE whose every clause is one of those or an addition): nothing of the universal
   * rules was left unread.
   */
  understood: boolean;
}

export interface FallbackReading {
  /** Parsed statements with the byte offset of their first token (`base`: where the text they were parsed from starts). */
  parsed: { stmt: Node; offset: number; base: number }[];
  failed: UnparsedStatement[];
  /** Another dialect's marks in the tokens (backticks, ENGINE=, IDENTITY(…), …). */
  dialect?: DialectSource;
}

const isComment = (t: ScanToken) => t.tokenName === SQL_COMMENT || t.tokenName === C_COMMENT;

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
      return { tokens, rest: { offset, message, recognised: [], understood: false } };
    } catch {
      // try the next cut
    }
  }
  return undefined;
}

/**
 * The tolerant reading of `sql`, which the Postgres parser rejected with `wholeError`. `dialect`:
 * the database the file is known to be for (its path or the config), else the one its tokens show:
 * what a restated column leaves unsaid differs between databases (`alteredColumn`).
 */
export function readUnparsable(sql: string, lines: LineMap, pg: PgParser, wholeError: unknown, dialect?: Dialect): FallbackReading {
  const copies = copyDataBlocks(pg, sql);
  return copies.length ? readAroundCopyData(sql, lines, pg, copies, dialect) : readStatements(sql, lines, pg, wholeError, dialect);
}

/**
 * SQL whose COPY … FROM STDIN statements hold their rows inline (see copy-stdin.ts), which only psql
 * sends as data: this reading is not psql's (a psql script has them blanked before it is read), so
 * the file goes to the server through a driver, which gets the rows as SQL and fails there. Each
 * COPY's rows are said, then skipped, and the statements around them read as psql would run them.
 */
function readAroundCopyData(sql: string, lines: LineMap, pg: PgParser, copies: CopyBlock[], dialect: Dialect | undefined): FallbackReading {
  // Blanked byte for byte: every offset the parser reports is the same in `sql`.
  const text = withoutCopyData(sql, copies, true);
  const map = new LineMap(text);
  let reading: FallbackReading;
  try {
    const stmts = pg.parse(text).stmts ?? [];
    reading = { parsed: stmts.flatMap((raw) => (raw.stmt ? [{ stmt: raw.stmt, offset: raw.stmt_location ?? 0, base: 0 }] : [])), failed: [] };
  } catch (error) {
    reading = readStatements(text, map, pg, error, dialect);
  }
  const byte = (char: number) => (lines.ascii ? char : new TextEncoder().encode(sql.slice(0, char)).length);
  for (const copy of copies) {
    reading.failed.push({
      offset: byte(copy.statement),
      message:
        'the lines after this COPY … FROM stdin (to its \\. line) are its rows, which only psql sends as data (`psql -f`, Sqitch): ' +
        'a tool that sends the file through a database driver (golang-migrate, goose, dbmate, sql-migrate, Diesel) sends them as SQL, and the migration fails there. ' +
        'Run the file with psql, or write the rows as INSERT … VALUES. The rows were skipped and the statements after them read',
      recognised: [],
      understood: false,
    });
  }
  reading.failed.sort((a, b) => a.offset - b.offset);
  return reading;
}

function readStatements(sql: string, lines: LineMap, pg: PgParser, wholeError: unknown, dialect?: Dialect): FallbackReading {
  const scanned = scanTokens(sql, lines, pg, wholeError);
  if (!scanned) return { parsed: [], failed: [{ offset: 0, message: errorMessage(wholeError), recognised: [], understood: false }] };
  const tokens = scanned.tokens.filter((t) => !isComment(t));
  const reading: FallbackReading = { parsed: [], failed: [] };
  const types = typeReader(pg, lines);
  const shown = dialectOfTokens(tokens);
  if (shown) reading.dialect = shown;
  const known = dialect ?? shown?.dialect;
  let depth = 0;
  let chunk: ScanToken[] = [];
  const flush = (end: number) => {
    const first = chunk[0];
    if (first) readStatement(chunk, first.start, end, lines, pg, reading, types, known);
    chunk = [];
  };
  for (const t of tokens) {
    if (t.tokenType === OPEN_PAREN) depth++;
    else if (t.tokenType === CLOSE_PAREN) depth = Math.max(0, depth - 1);
    if (t.tokenType === SEMICOLON && depth === 0) {
      flush(t.end);
      continue;
    }
    // SQL Server's batch separator `GO` ends a statement too.
    if (depth === 0 && word(t) === 'GO' && t.tokenName === 'IDENT' && chunk.length) {
      flush(chunk[chunk.length - 1]!.end);
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
    if (cut) {
      cut.message = scanned.rest.message;
      cut.understood = false;
    } else reading.failed.push(scanned.rest);
  }
  return reading;
}

function readStatement(
  tokens: ScanToken[],
  start: number,
  end: number,
  lines: LineMap,
  pg: PgParser,
  reading: FallbackReading,
  types: TypeReader,
  dialect: Dialect | undefined,
): void {
  try {
    for (const raw of pg.parse(lines.slice(start, end)).stmts ?? []) {
      if (raw.stmt) reading.parsed.push({ stmt: raw.stmt, offset: start + (raw.stmt_location ?? 0), base: start });
    }
  } catch (error) {
    const { nodes, understood } = recognise(tokens, lines, types, dialect);
    reading.failed.push({ offset: start, message: errorMessage(error), recognised: nodes, understood });
  }
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

function skipWords(tokens: ScanToken[], i: number, words: string[]): number {
  let j = i;
  while (words.includes(word(tokens[j]))) j++;
  return j;
}

const DROP_STOP = new Set(['CASCADE', 'RESTRICT']);
const NAME_STOP = new Set(['WHERE', 'USING', 'RETURNING', 'CASCADE', 'RESTRICT', 'RESTART', 'CONTINUE', 'ADD', 'DROP', 'ALTER', 'RENAME', 'SET']);

interface Recognised {
  nodes: Node[];
  understood: boolean;
}

const list = (name: string): Node => ({ List: { items: name.split('.').map((sval) => ({ String: { sval } })) } });
const read = (nodes: Node[], understood = true): Recognised => ({ nodes, understood });

/** Names that follow DROP in an ALTER TABLE clause and are not a column. */
const DROP_NOT_COLUMN = new Set([
  'INDEX',
  'KEY',
  'FOREIGN',
  'PRIMARY',
  'CONSTRAINT',
  'CHECK',
  'UNIQUE',
  'PARTITION',
  'DEFAULT',
  'TRIGGER',
  'PROJECTION',
  'STATISTICS',
  'TTL',
]);
const TABLE_OPTIONS = new Set([
  'ENGINE',
  'AUTO_INCREMENT',
  'ALGORITHM',
  'LOCK',
  'COMMENT',
  'ROW_FORMAT',
  'KEY_BLOCK_SIZE',
  'STATS_PERSISTENT',
  'STATS_AUTO_RECALC',
  'AVG_ROW_LENGTH',
  'CHECKSUM',
  'PACK_KEYS',
  'CHARSET',
  'COLLATE',
  'FORCE',
]);
const ADD_NOT_COLUMN = new Set(['INDEX', 'KEY', 'FOREIGN', 'PRIMARY', 'CONSTRAINT', 'CHECK', 'UNIQUE', 'FULLTEXT', 'SPATIAL', 'PARTITION']);

/** The first words of a clause that say what it does; a clause without one continues the one before (`DROP COLUMN a, b`). */
const CLAUSE_VERBS = new Set(['ADD', 'DROP', 'ALTER', 'RENAME', 'CHANGE', 'MODIFY', 'MATERIALIZE', 'CONVERT', 'PARTITION', 'DEFAULT']);

/** The tokens inside the parentheses that open at `open` and close the clause, or undefined when they do not. */
function parenthesised(tokens: ScanToken[], open: number): ScanToken[] | undefined {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    if (tokens[i]!.tokenType === OPEN_PAREN) depth++;
    else if (tokens[i]!.tokenType === CLOSE_PAREN && --depth === 0) return i === tokens.length - 1 ? tokens.slice(open + 1, i) : undefined;
  }
  return undefined;
}

/** Names in parentheses at `open` (`(a, b)`), or undefined when something other than plain names is there. */
function parenthesisedNames(tokens: ScanToken[], open: number, lines: LineMap): string[] | undefined {
  const close = tokens.findIndex((t, i) => i > open && t.tokenType === CLOSE_PAREN);
  if (close < 0) return undefined;
  const names: string[] = [];
  for (const element of clauses(tokens.slice(open + 1, close), 0)) {
    const named = nameAt(element, 0, lines);
    if (!named || named.next !== element.length) return undefined;
    names.push(named.name);
  }
  return names.length ? names : undefined;
}

/**
 * One ALTER TABLE clause as commands the checks understand; false when it cannot be read.
 * `dialect`: the file's database, for what a restated column leaves unsaid (`alteredColumn`).
 */
function alterClause(clause: ScanToken[], lines: LineMap, table: string, out: Node[], types: TypeReader, dialect: Dialect | undefined): boolean {
  const w = clause.map(word);
  const at = (i: number) => w[i] ?? '';
  if (at(0) === 'DROP') {
    if (DROP_NOT_COLUMN.has(at(1))) return true;
    const col = skipWords(clause, at(1) === 'COLUMN' ? 2 : 1, ['IF', 'EXISTS']);
    // H2's and Oracle's `DROP [COLUMN] (a, b)`.
    if (clause[col]?.tokenType === OPEN_PAREN) {
      const names = parenthesisedNames(clause, col, lines);
      for (const name of names ?? []) out.push({ AlterTableCmd: { subtype: 'AT_DropColumn', name } });
      return names !== undefined;
    }
    const [name] = namesFrom(clause, col, lines, new Set([...DROP_STOP, ...NAME_STOP]));
    out.push({ AlterTableCmd: { subtype: 'AT_DropColumn', name: name ?? '?' } });
    return true;
  }
  if (at(0) === 'RENAME') {
    if (at(1) === 'COLUMN' || (at(2) === 'TO' && !['TO', 'AS'].includes(at(1)))) {
      const from = at(1) === 'COLUMN' ? 2 : 1;
      const toAt = w.indexOf('TO', from);
      if (toAt < 0) return false;
      const [a] = namesFrom(clause.slice(from, toAt), 0, lines, NAME_STOP);
      const [b] = namesFrom(clause, toAt + 1, lines, NAME_STOP);
      out.push({ RenameStmt: { renameType: 'OBJECT_COLUMN', relationType: 'OBJECT_TABLE', relation: rangeVar(table), subname: a ?? '?', newname: b ?? '?' } });
      return true;
    }
    if (at(1) === 'INDEX' || at(1) === 'KEY' || at(1) === 'CONSTRAINT') return true;
    const [to] = namesFrom(clause, skipWords(clause, 1, ['TO', 'AS']), lines, NAME_STOP);
    out.push({ RenameStmt: { renameType: 'OBJECT_TABLE', relationType: 'OBJECT_TABLE', relation: rangeVar(table), newname: to ?? '?' } });
    return true;
  }
  // Oracle's `MODIFY (c1 <definition>, c2 <definition>)`: each column restated.
  if (at(0) === 'MODIFY' && clause[1]?.tokenType === OPEN_PAREN) {
    const inner = parenthesised(clause, 1);
    return inner !== undefined && clauses(inner, 0).every((element) => restatedColumn([clause[0]!, ...element], lines, table, out, types, dialect));
  }
  if (at(0) === 'CHANGE' || at(0) === 'MODIFY') return restatedColumn(clause, lines, table, out, types, dialect);
  // MySQL's table options and how the change runs: no column changes (CONVERT TO CHARACTER SET does, and is left unread).
  if (TABLE_OPTIONS.has(at(0)) || (at(0) === 'DEFAULT' && ['CHARSET', 'CHARACTER', 'COLLATE'].includes(at(1)))) return true;
  // ClickHouse building a projection or an index for the rows already there.
  if (at(0) === 'MATERIALIZE' && ['PROJECTION', 'INDEX', 'STATISTICS'].includes(at(1))) return true;
  if (at(0) === 'ALTER') {
    // MySQL's `ALTER INDEX i INVISIBLE`, `ALTER CHECK c NOT ENFORCED`: no column.
    if (['INDEX', 'CONSTRAINT', 'CHECK'].includes(at(1))) return true;
    return alteredColumn(clause, lines, table, out, types, dialect);
  }
  if (at(0) === 'ADD') {
    if (ADD_NOT_COLUMN.has(at(1))) return true;
    // MySQL's and Oracle's `ADD (c1 <definition>, c2 <definition>)`: each column added.
    if (clause[1]?.tokenType === OPEN_PAREN) {
      for (const def of createdColumns(clause, 1, lines, types)) out.push({ AlterTableCmd: { subtype: 'AT_AddColumn', def } });
      return true;
    }
    // A column added: its type and definition, for the checks and for later files that look back.
    const added = addedColumn(clause, lines, types);
    if (added) out.push(added);
    return true;
  }
  return false;
}

/**
 * The words a clause continues when it has no verb of its own: SQL Server and H2 list what one
 * DROP or ADD does (`DROP COLUMN a, b`, `DROP CONSTRAINT x, COLUMN y`, `ADD a INT, b INT NULL`),
 * where MySQL repeats the verb. Only a clause shaped as such a list item continues (a name, or a
 * name and its definition); anything else is read as written (and left unread when unknown).
 */
function continued(head: ScanToken[] | undefined, clause: ScanToken[], lines: LineMap): ScanToken[] {
  const first = word(clause[0]);
  if (!head || CLAUSE_VERBS.has(first) || TABLE_OPTIONS.has(first)) return clause;
  // `…, COLUMN y` / `…, CONSTRAINT y` names its own kind: only the verb carries over.
  const own = first === 'COLUMN' || first === 'CONSTRAINT';
  const item = own ? clause.slice(1) : clause;
  const named = nameAt(item, skipWords(item, 0, ['IF', 'EXISTS']), lines);
  if (!named) return clause;
  const rest = item.slice(named.next).map(word);
  const fits = word(head[0]) === 'DROP' ? rest.every((w) => DROP_STOP.has(w)) : own || (rest.length > 0 && !NOT_DEFINITION.has(rest[0]!));
  if (!fits) return clause;
  return own ? [head[0]!, ...clause] : [...head, ...clause];
}

/** Words that, second in a clause, say it is no column definition (`CLEAR COLUMN c`, `FREEZE PARTITION p`). */
const NOT_DEFINITION = new Set(['COLUMN', 'INDEX', 'KEY', 'CONSTRAINT', 'PARTITION', 'PROJECTION', 'TO', 'TRIGGER', 'STATISTICS']);

/** The verb of a DROP or ADD clause (and its COLUMN / CONSTRAINT), for the clauses that continue it. */
function headOf(clause: ScanToken[]): ScanToken[] | undefined {
  const verb = word(clause[0]);
  if (verb !== 'DROP' && verb !== 'ADD') return undefined;
  return ['COLUMN', 'CONSTRAINT'].includes(word(clause[1])) ? clause.slice(0, 2) : clause.slice(0, 1);
}

/** INSERT … VALUES seeds rows (nothing to report); INSERT … SELECT … FROM copies live data. */
function insert(tokens: ScanToken[], lines: LineMap): Recognised {
  const into = tokens.findIndex((t) => word(t) === 'INTO');
  // The table's name ends at its column list: `INSERT INTO \`t\`("a", "b") SELECT …` (drizzle-kit's
  // SQLite table rebuilds) is table t, however the columns are quoted.
  const paren = tokens.findIndex((t, i) => i > into && t.text === '(');
  const [name] = into < 0 ? [] : namesFrom(paren < 0 ? tokens : tokens.slice(0, paren), into + 1, lines, new Set([...NAME_STOP, 'VALUES', 'VALUE', 'SELECT']));
  const table = (name ?? '?').trim();
  const copies = tokens.some((t) => word(t) === 'SELECT') && tokens.some((t) => word(t) === 'FROM');
  if (!copies) return read([]);
  const copy = paren < 0 ? undefined : columnCopy(tokens, paren, lines);
  if (copy) return read([{ InsertStmt: { relation: rangeVar(table), cols: copy.cols, selectStmt: { SelectStmt: copy.select } } }]);
  return read([{ InsertStmt: { relation: rangeVar(table), selectStmt: { SelectStmt: { fromClause: [{ RangeVar: rangeVar('?') }] } } } }]);
}

/** MySQL `RENAME TABLE a TO b[, c TO d]`. */
function renameTables(tokens: ScanToken[], lines: LineMap): Recognised {
  const nodes: Node[] = [];
  for (const clause of clauses(tokens, 2)) {
    const to = clause.findIndex((t) => word(t) === 'TO');
    if (to <= 0) return read(nodes, false);
    const [from] = namesFrom(clause.slice(0, to), 0, lines, NAME_STOP);
    const [name] = namesFrom(clause, to + 1, lines, NAME_STOP);
    nodes.push({ RenameStmt: { renameType: 'OBJECT_TABLE', relationType: 'OBJECT_TABLE', relation: rangeVar(from ?? '?'), newname: name ?? '?' } });
  }
  return read(nodes);
}

/** SQL Server `EXEC sp_rename 'table.old', 'new', 'COLUMN'` from the tokens `after` sp_rename (strings: the only place the names are). */
function spRename(after: ScanToken[]): Recognised {
  const args = after.filter((t) => t.tokenName === 'SCONST').map((t) => t.text.slice(1, -1).replace(/''/g, "'"));
  const [from, to, kind] = args;
  if (!from || !to) return read([], false);
  const target = from.replace(QUOTES, '');
  if ((kind ?? '').toUpperCase() === 'COLUMN') {
    const dot = target.lastIndexOf('.');
    return read([
      {
        RenameStmt: {
          renameType: 'OBJECT_COLUMN',
          relationType: 'OBJECT_TABLE',
          relation: rangeVar(target.slice(0, dot).toLowerCase()),
          subname: target.slice(dot + 1).toLowerCase(),
          newname: to.toLowerCase(),
        },
      },
    ]);
  }
  if (!kind)
    return read([
      { RenameStmt: { renameType: 'OBJECT_TABLE', relationType: 'OBJECT_TABLE', relation: rangeVar(target.toLowerCase()), newname: to.toLowerCase() } },
    ]);
  return read([]);
}

/** `ALTER TABLE t <clause>, <clause>, …`: each clause read by alterClause; renames after the other commands. */
function alterTable(tokens: ScanToken[], lines: LineMap, types: TypeReader, dialect: Dialect | undefined): Recognised {
  const at = skipWords(tokens, 2, ['IF', 'EXISTS', 'ONLY']);
  // The table's name, then its clauses: a clause no reader knows (`PARTITION BY …`, `CONVERT TO
  // CHARACTER SET …`) is left unread, never taken into the name. A name that is not one (a Go
  // template) runs up to the first clause keyword. ClickHouse's `ON CLUSTER c` and SQL Server's
  // `WITH [NO]CHECK` qualify the statement, not a clause.
  const named = nameAt(tokens, at, lines);
  let first = named?.next ?? at;
  if (!named)
    while (first < tokens.length && !NAME_STOP.has(word(tokens[first])) && !['CHANGE', 'MODIFY', 'UPDATE', 'DELETE'].includes(word(tokens[first]))) first++;
  if (named && word(tokens[first]) === 'ON' && word(tokens[first + 1]) === 'CLUSTER') first = nameAt(tokens, first + 2, lines)?.next ?? first + 2;
  if (named && word(tokens[first]) === 'WITH' && ['CHECK', 'NOCHECK'].includes(word(tokens[first + 1]))) first += 2;
  const table = named?.name ?? namesFrom(tokens.slice(0, first), at, lines, NAME_STOP)[0];
  // ClickHouse's mutations: `ALTER TABLE t UPDATE c = … WHERE …`, `ALTER TABLE t DELETE WHERE …`.
  const mutation = word(tokens[first]);
  if (mutation === 'UPDATE' || mutation === 'DELETE') {
    const where = tokens.slice(first).some((t) => word(t) === 'WHERE') ? { whereClause: {} as Node } : {};
    const relation = rangeVar(table ?? '?');
    return read([mutation === 'UPDATE' ? { UpdateStmt: { relation, ...where } } : { DeleteStmt: { relation, ...where } }]);
  }
  const cmds: Node[] = [];
  const renames: Node[] = [];
  let understood = true;
  let head: ScanToken[] | undefined;
  for (const written of clauses(tokens, first)) {
    const clause = continued(head, written, lines);
    const out: Node[] = [];
    if (!alterClause(clause, lines, table ?? '?', out, types, dialect)) understood = false;
    for (const n of out) ('RenameStmt' in n ? renames : cmds).push(n);
    head = headOf(clause);
  }
  const nodes: Node[] = [];
  if (cmds.length) nodes.push({ AlterTableStmt: { objtype: 'OBJECT_TABLE', relation: rangeVar(table ?? '?'), cmds } });
  return read([...nodes, ...renames], understood);
}

function recognise(tokens: ScanToken[], lines: LineMap, types: TypeReader, dialect: Dialect | undefined): Recognised {
  const w0 = word(tokens[0]);
  const w1 = word(tokens[1]);
  if (w0 === 'CREATE' && (w1 === 'TABLE' || (['TEMPORARY', 'TEMP'].includes(w1) && word(tokens[2]) === 'TABLE'))) {
    const at = skipWords(tokens, w1 === 'TABLE' ? 2 : 3, ['IF', 'NOT', 'EXISTS']);
    const [name] = namesFrom(tokens, at, lines, new Set(['AS', 'LIKE']));
    const table = (name ?? '?').split('(')[0]!.trim();
    return read([{ CreateStmt: { relation: rangeVar(table), tableElts: createdColumns(tokens, at, lines, types) } }]);
  }
  if (w0 === 'DROP' && w1 === 'TABLE') {
    const at = skipWords(tokens, 2, ['IF', 'EXISTS']);
    const names = namesFrom(tokens, at, lines, DROP_STOP);
    // `IF EXISTS` kept: a drop before the file creates the table may drop nothing (drop-table).
    return read([{ DropStmt: { removeType: 'OBJECT_TABLE', objects: names.map(list), ...(at > 2 ? { missing_ok: true } : {}) } }]);
  }
  if (w0 === 'DROP' && w1 === 'SCHEMA') {
    const names = namesFrom(tokens, skipWords(tokens, 2, ['IF', 'EXISTS']), lines, DROP_STOP);
    return read([{ DropStmt: { removeType: 'OBJECT_SCHEMA', objects: names.map((sval) => ({ String: { sval } })) } }]);
  }
  if (w0 === 'DROP' && w1 === 'DATABASE') {
    const [name] = namesFrom(tokens, skipWords(tokens, 2, ['IF', 'EXISTS']), lines, DROP_STOP);
    return read([{ DropdbStmt: { dbname: name ?? '?' } }]);
  }
  if (w0 === 'DROP' && (w1 === 'INDEX' || w1 === 'VIEW' || w1 === 'TRIGGER' || w1 === 'PROCEDURE' || w1 === 'FUNCTION')) return read([]);
  // Additions no universal rule is about: read whole.
  if (w0 === 'CREATE' && w1 === 'MATERIALIZED' && word(tokens[2]) === 'VIEW') {
    // ClickHouse's `CREATE MATERIALIZED VIEW [IF NOT EXISTS] v [TO t] AS SELECT …`: v is made here.
    // Writing TO a table, it holds no rows of its own (a view); without, it stores them (a table).
    const named = nameAt(tokens, skipWords(tokens, 3, ['IF', 'NOT', 'EXISTS']), lines);
    const objtype = word(tokens[named?.next ?? 0]) === 'TO' ? 'OBJECT_MATVIEW' : 'OBJECT_TABLE';
    return read(named ? [{ CreateTableAsStmt: { into: { rel: rangeVar(named.name) }, objtype } }] : []);
  }
  if (w0 === 'CREATE' && (w1 === 'INDEX' || ['UNIQUE', 'FULLTEXT', 'SPATIAL'].includes(w1) || w1 === 'VIEW' || (w1 === 'OR' && word(tokens[3]) === 'VIEW')))
    return read([]);
  if (w0 === 'PRAGMA' || w0 === 'USE' || (w0 === 'LOCK' && w1 === 'TABLES') || (w0 === 'UNLOCK' && w1 === 'TABLES')) return read([]);
  if (w0 === 'UPDATE') {
    // The table is the first name: an alias and a JOIN may follow (`UPDATE website_event we JOIN …`).
    const name = nameAt(tokens, skipWords(tokens, 1, ['LOW_PRIORITY', 'IGNORE', 'ONLY']), lines)?.name;
    return read([{ UpdateStmt: { relation: rangeVar(name ?? '?') } }]);
  }
  if (w0 === 'INSERT' || w0 === 'REPLACE') return insert(tokens, lines);
  if (w0 === 'TRUNCATE') {
    const names = namesFrom(tokens, skipWords(tokens, 1, ['TABLE', 'ONLY']), lines, NAME_STOP);
    return read([{ TruncateStmt: { relations: names.map((n) => ({ RangeVar: rangeVar(n) })) } }]);
  }
  if (w0 === 'DELETE' && w1 === 'FROM') {
    const [name] = namesFrom(tokens, skipWords(tokens, 2, ['ONLY']), lines, NAME_STOP);
    const hasWhere = tokens.some((t) => word(t) === 'WHERE');
    return read([{ DeleteStmt: { relation: rangeVar(name ?? '?'), ...(hasWhere ? { whereClause: {} as Node } : {}) } }]);
  }
  if (w0 === 'RENAME' && w1 === 'TABLE') return renameTables(tokens, lines);
  // `EXEC sp_rename …`, or `sp_rename …` alone (the first statement of a batch may leave EXEC out).
  if ((w0 === 'EXEC' || w0 === 'EXECUTE') && w1 === 'SP_RENAME') return spRename(tokens.slice(2));
  if (w0 === 'SP_RENAME') return spRename(tokens.slice(1));
  if (w0 === 'ALTER' && w1 === 'TABLE') return alterTable(tokens, lines, types, dialect);
  return read([], false);
}
