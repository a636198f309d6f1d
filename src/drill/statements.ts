// A migration script split into the statements the drill runs one by one (to time each, and to
// see the locks and rewrites each causes), read with the real Postgres parser.
import type { Node } from 'libpg-query';
import { loadPgParser, type PgParser } from '../core/sql/pg';
import { LineMap } from '../core/sql/line-map';
import type { SqlPiece } from '../core/sql/lint-sql';
import { copyDataBlocks, withoutCopyData } from '../core/sql/copy-stdin';

export interface Statement {
  /** The statement as written. */
  sql: string;
  /** Its file, when the script spans several (else the script's own path). */
  path?: string;
  /** 1-based line of its first token in the file. */
  line: number;
  /** The parse tree's top-level node name (`IndexStmt`), undefined when the parser rejected the text. */
  kind?: string;
  /** BEGIN/START, COMMIT/END, ROLLBACK: the script manages its own transaction. */
  control?: 'begin' | 'commit' | 'rollback';
  /** Postgres refuses to run it inside a transaction block (CONCURRENTLY, VACUUM, …). */
  outsideTransaction: boolean;
  /** The same statement without CONCURRENTLY (for PGlite, which fails on concurrent builds). */
  plain?: string;
  /** Text the parser rejected: run as written so Postgres reports the error and where. */
  unparsed?: boolean;
  /**
   * A `COPY … FROM STDIN`: the same statement reading PGlite's `/dev/blob` device, and the rows the
   * script holds inline after it (to its `\.` line: see copy-stdin.ts), when it holds them here.
   */
  stdin?: { fromBlob: string; rows?: string; rowsLine?: number };
}

const BEGIN = new Set(['TRANS_STMT_BEGIN', 'TRANS_STMT_START']);
const COMMIT = new Set(['TRANS_STMT_COMMIT', 'TRANS_STMT_PREPARE', 'TRANS_STMT_COMMIT_PREPARED']);
const ROLLBACK = new Set(['TRANS_STMT_ROLLBACK', 'TRANS_STMT_ROLLBACK_PREPARED']);
const NEVER_IN_TRANSACTION = new Set(['VacuumStmt', 'CreatedbStmt', 'DropdbStmt', 'AlterSystemStmt', 'CreateTableSpaceStmt', 'DropTableSpaceStmt']);

type AnyNode = Record<string, any>;

function isConcurrent(kind: string, node: AnyNode): boolean {
  switch (kind) {
    case 'IndexStmt':
    case 'DropStmt':
      return node.concurrent === true;
    case 'ReindexStmt':
      return (node.params ?? []).some((p: AnyNode) => p.DefElem?.defname === 'concurrently');
    case 'AlterTableStmt':
      return (node.cmds ?? []).some((c: AnyNode) => c.AlterTableCmd?.def?.PartitionCmd?.concurrent === true);
    case 'RefreshMatViewStmt':
      return false; // allowed inside a transaction block
    default:
      return false;
  }
}

/** The statement with its CONCURRENTLY keyword (and a `( )` left empty by removing it) cut out. */
function withoutConcurrently(pg: PgParser, sql: string): string {
  const map = new LineMap(sql);
  const tokens = pg.scan(sql).tokens;
  const cut: Array<[number, number]> = [];
  tokens.forEach((t, i) => {
    if (t.text.toUpperCase() !== 'CONCURRENTLY' || t.keywordKind === 0) return;
    const before = tokens[i - 1];
    const after = tokens[i + 1];
    if (before?.text === '(' && after?.text === ')') cut.push([before.start, after.end]);
    else cut.push([t.start, t.end]);
  });
  let out = '';
  let at = 0;
  for (const [start, end] of cut) {
    out += map.slice(at, start);
    at = end;
  }
  return out + map.slice(at);
}

/** The statement with its STDIN keyword read as PGlite's `/dev/blob` device. */
function fromBlob(pg: PgParser, sql: string): string {
  const map = new LineMap(sql);
  const stdin = pg.scan(sql).tokens.find((t) => t.keywordKind !== 0 && t.text.toUpperCase() === 'STDIN');
  return stdin ? `${map.slice(0, stdin.start)}'/dev/blob'${map.slice(stdin.end)}` : sql;
}

function describe(pg: PgParser, stmt: Node, sql: string, line: number): Statement {
  const kind = Object.keys(stmt)[0] ?? '';
  const node = (stmt as AnyNode)[kind] as AnyNode;
  const out: Statement = { sql, line, kind, outsideTransaction: false };
  if (kind === 'CopyStmt' && node.is_from === true && node.is_program !== true && node.filename === undefined) out.stdin = { fromBlob: fromBlob(pg, sql) };
  if (kind === 'TransactionStmt') {
    if (BEGIN.has(node.kind)) out.control = 'begin';
    else if (COMMIT.has(node.kind)) out.control = 'commit';
    else if (ROLLBACK.has(node.kind)) out.control = 'rollback';
  }
  if (NEVER_IN_TRANSACTION.has(kind)) out.outsideTransaction = true;
  if (isConcurrent(kind, node)) {
    out.outsideTransaction = true;
    out.plain = withoutConcurrently(pg, sql);
  }
  return out;
}

/** Splits script pieces into statements with their file lines. Never throws on bad SQL. */
export async function splitStatements(pieces: SqlPiece[]): Promise<Statement[]> {
  const pg = await loadPgParser();
  const out: Statement[] = [];
  for (const piece of pieces) {
    const written = piece.sql.replaceAll('\u0000', ' ');
    // A COPY's inline rows are its data, not SQL: read around them, kept for the COPY by its line.
    const copies = copyDataBlocks(pg, written);
    const text = withoutCopyData(written, copies);
    const rowsAt = new Map(
      copies.map((c) => [
        piece.line + lineBreaks(written.slice(0, c.statement)),
        { rows: written.slice(c.dataStart, c.dataEnd), rowsLine: piece.line + lineBreaks(written.slice(0, c.dataStart)) },
      ]),
    );
    let stmts;
    try {
      stmts = pg.parse(text).stmts ?? [];
    } catch {
      // Postgres will reject it too, and say where: run it whole.
      if (text.trim()) out.push({ sql: text, line: piece.line, outsideTransaction: false, unparsed: true, ...(piece.path ? { path: piece.path } : {}) });
      continue;
    }
    const map = new LineMap(text);
    let tokens: Array<{ start: number }> | undefined;
    const firstToken = (from: number) => {
      tokens ??= pg.scan(text).tokens;
      return tokens.find((t) => t.start >= from)?.start ?? from;
    };
    for (const raw of stmts) {
      if (!raw.stmt) continue;
      const from = raw.stmt_location ?? 0;
      const end = raw.stmt_len === undefined ? undefined : from + raw.stmt_len;
      // From the first token: comments before a statement belong to no statement.
      const start = Math.min(firstToken(from), end ?? Infinity);
      const sql = map.slice(start, end).trimEnd();
      const line = piece.line - 1 + map.line(start);
      const statement = describe(pg, raw.stmt, sql, line);
      if (statement.stdin && rowsAt.has(line)) Object.assign(statement.stdin, rowsAt.get(line));
      if (piece.path) statement.path = piece.path;
      out.push(statement);
    }
  }
  return out;
}

/** How many line breaks `text` holds. */
function lineBreaks(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** The 1-based file line of a 1-based character position Postgres reported inside a statement. */
export function lineOfPosition(statement: Statement, position: number | undefined): number {
  if (!position || position < 1) return statement.line;
  const before = statement.sql.slice(0, position - 1);
  let lines = 0;
  for (let i = before.indexOf('\n'); i >= 0; i = before.indexOf('\n', i + 1)) lines++;
  return statement.line + lines;
}

/**
 * The extensions scripts create (`CREATE EXTENSION [IF NOT EXISTS] name`), read with the parser.
 * Only scripts that mention the word are parsed: the rest cannot create one.
 */
export async function extensionsCreated(scripts: Iterable<{ pieces: SqlPiece[] }>): Promise<Set<string>> {
  const pg = await loadPgParser();
  const names = new Set<string>();
  for (const script of scripts) {
    for (const piece of script.pieces) {
      if (!/extension/i.test(piece.sql)) continue;
      try {
        for (const raw of pg.parse(piece.sql.replaceAll('\u0000', ' ')).stmts ?? []) {
          const name = (raw.stmt as { CreateExtensionStmt?: { extname?: string } } | undefined)?.CreateExtensionStmt?.extname;
          if (name) names.add(name);
        }
      } catch {
        // Unparsable text creates nothing the drill could load; running it reports the error.
      }
    }
  }
  return names;
}
