// `COPY … FROM STDIN` with its rows inline, as pg_dump writes them and as migrations pasted from a
// dump keep them: psql sends the statement, the server answers that it waits for data, and psql
// sends the script's next lines as that data, up to a line `\.` or the end of the input (psql's
// copy.c handleCopyIn reads them from the script itself; `psql -f`, and Sqitch, which runs its
// Postgres scripts with `psql --file`). The rows are data, not SQL: a data line such as
// `de	Germany` is no statement, and a tool that sends the file through a database driver
// (golang-migrate, Flyway, dbmate, …) sends them as SQL, where the file fails.
// The statement is found by the Postgres scanner and parser, as psql finds it (a `;` outside quotes,
// comments and parentheses ends it); its data starts on the line after that `;`.
import type { CopyStmt, ScanToken } from 'libpg-query';
import { loadPgParser, NEAR, type PgParser } from './pg';
import { LineMap } from './line-map';

export interface CopyBlock {
  /** Char offset of the COPY statement's first token. */
  statement: number;
  /** Char offset just past the statement's `;`. */
  statementEnd: number;
  /** Char offset where its rows start: the line after the statement's `;`. */
  dataStart: number;
  /** Char offset where its rows end: the start of the `\.` line, or the end of the text. */
  dataEnd: number;
  /** Char offset past the `\.` line (and its line break), or the end of the text. */
  end: number;
  /** Whether a `\.` line ends the rows (else the end of the text does). */
  terminated: boolean;
}

/**
 * The tokens of `text`, up to where the scanner gives up (an unterminated quote or comment in rows
 * that follow a COPY runs to the end of the text, and the scanner rejects the text whole).
 */
function tokensOf(pg: PgParser, text: string): ScanToken[] | undefined {
  try {
    return pg.scan(text).tokens;
  } catch (error) {
    const near = NEAR.exec(error instanceof Error ? error.message : String(error))?.[1];
    if (near === undefined || !text.endsWith(near) || near.length >= text.length) return undefined;
    try {
      return pg.scan(text.slice(0, text.length - near.length)).tokens;
    } catch {
      return undefined;
    }
  }
}

const isComment = (t: ScanToken) => t.tokenName === 'SQL_COMMENT' || t.tokenName === 'C_COMMENT';

/** Whether a parsed statement is a COPY that reads its rows from the client (`FROM STDIN`). */
function readsStdin(pg: PgParser, sql: string): boolean {
  try {
    const stmt = pg.parse(sql).stmts?.[0]?.stmt as { CopyStmt?: CopyStmt } | undefined;
    const copy = stmt?.CopyStmt;
    return !!copy && copy.is_from === true && copy.is_program !== true && copy.filename === undefined;
  } catch {
    return false;
  }
}

/** The first `COPY … FROM STDIN` statement of `sql` at or after char offset `from`: its start and end. */
function nextCopyIn(pg: PgParser, sql: string, from: number, to = sql.length): { start: number; end: number } | undefined {
  const text = sql.slice(from, to);
  const tokens = tokensOf(pg, text);
  if (!tokens) return undefined;
  const map = new LineMap(text);
  const char = (byte: number) => from + (map.ascii ? byte : map.slice(0, byte).length);
  let first: ScanToken | undefined;
  let firstIndex = 0;
  let depth = 0;
  /** The statement from token `from` to `to` as the parser reads it: a psql variable's colon (`:"schema"`, `:name`) dropped. */
  const statementText = (from: number, to: number) => {
    let out = '';
    for (let k = from; k <= to; k++) {
      const t = tokens[k]!;
      const next = tokens[k + 1];
      const gap = k < to ? map.slice(t.end, next!.start) : '';
      out += (t.text === ':' && next?.start === t.end ? ' ' : map.slice(t.start, t.end)) + gap;
    }
    return out;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (isComment(t)) continue;
    if (t.text === '\\') {
      // A psql meta-command runs to the end of its line and ends the statement before it.
      const eol = text.indexOf('\n', char(t.start) - from);
      while (i + 1 < tokens.length && (eol < 0 || char(tokens[i + 1]!.start) - from < eol)) i++;
      first = undefined;
      depth = 0;
      continue;
    }
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    if (t.text === ';' && depth === 0) {
      if (first && first.text.toUpperCase() === 'COPY' && readsStdin(pg, statementText(firstIndex, i))) return { start: char(first.start), end: char(t.end) };
      first = undefined;
      continue;
    }
    if (!first) {
      first = t;
      firstIndex = i;
    }
  }
  return undefined;
}

/**
 * Each `COPY … FROM STDIN` of a script with the rows psql sends it: the lines after the statement up
 * to a line that is `\.` alone, or the end of the text. Texts that never say STDIN have none.
 */
export function copyDataBlocks(pg: PgParser, sql: string): CopyBlock[] {
  // A cheap test before the scanner: STDIN is written in every such statement.
  const lower = sql.toLowerCase();
  if (!lower.includes('stdin')) return [];
  const blocks: CopyBlock[] = [];
  for (let from = 0; from < sql.length;) {
    // The text up to the line of the first `;` after the next STDIN holds the usual COPY whole: scanned
    // alone, the rows after it are not scanned again for every COPY; else the rest of the text is.
    const next = lower.indexOf('stdin', from);
    if (next < 0) break;
    const semi = sql.indexOf(';', next);
    const cut = semi < 0 ? -1 : sql.indexOf('\n', semi);
    const copy = (cut >= 0 ? nextCopyIn(pg, sql, from, cut) : undefined) ?? nextCopyIn(pg, sql, from);
    if (!copy) break;
    const eol = sql.indexOf('\n', copy.end);
    const dataStart = eol < 0 ? sql.length : eol + 1;
    const block: CopyBlock = { statement: copy.start, statementEnd: copy.end, dataStart, dataEnd: sql.length, end: sql.length, terminated: false };
    for (let at = dataStart; at < sql.length;) {
      const next = sql.indexOf('\n', at);
      const stop = next < 0 ? sql.length : next;
      const line = sql.slice(at, stop);
      if (line === '\\.' || line === '\\.\r') {
        Object.assign(block, { dataEnd: at, end: next < 0 ? sql.length : next + 1, terminated: true });
        break;
      }
      at = stop + 1;
    }
    blocks.push(block);
    from = block.end;
  }
  return blocks;
}

/** A run of text as spaces, line breaks kept: one space per UTF-16 unit, or per UTF-8 byte (`bytes`). */
function blank(text: string, bytes: boolean): string {
  // Blanking, not SQL reading: every character but a line break becomes spaces.
  return text.replace(/[^\r\n]/gu, (c) => ' '.repeat(bytes ? encoder.encode(c).length : c.length));
}
const encoder = new TextEncoder();

/**
 * `sql` with each COPY's rows and its `\.` line blanked: lines kept, and char offsets (or, with
 * `bytes`, the parser's UTF-8 byte offsets) of everything else.
 */
export function withoutCopyData(sql: string, blocks: readonly CopyBlock[], bytes = false): string {
  if (!blocks.length) return sql;
  let out = '';
  let at = 0;
  for (const b of blocks) {
    out += sql.slice(at, b.dataStart) + blank(sql.slice(b.dataStart, b.end), bytes);
    at = b.end;
  }
  return out + sql.slice(at);
}

/**
 * `sql` as a client that sends each COPY's inline rows as its data hands its statements to the server:
 * the rows blanked (lines kept). For Flyway, which reads them as psql does (its
 * PostgreSQLCopyParsedStatement: the rows to the `\.` line, sent through the driver's CopyManager).
 */
export async function withoutCopyRows(sql: string): Promise<string> {
  if (!sql.toLowerCase().includes('stdin')) return sql;
  const pg = await loadPgParser();
  return withoutCopyData(sql, copyDataBlocks(pg, sql));
}
