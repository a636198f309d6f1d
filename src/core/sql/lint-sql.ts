import type { Node, TypeName } from 'libpg-query';
import type { Hit } from '../types';
import { loadPgParser, type PgParser } from './pg';
import { LineMap } from './line-map';
import { newContext, type AssumedWidening, type SqlContext } from './context';
import { relKey } from './ast';
import { CHECKS_BY_KIND, SQL_CHECKS } from './checks/index';
import { isNoop, trackStatement } from './track';
import { readUnparsable } from './fallback';

/** A run of Postgres SQL inside a migration file (the whole file, or one `execute` string). */
export interface SqlPiece {
  sql: string;
  /** 1-based line in the file where `sql` starts. */
  line: number;
  /** True for SQL synthesised from a DSL call (remove_column → ALTER TABLE … DROP COLUMN). */
  synthetic?: boolean;
}

export interface SqlLintOptions {
  /** The framework runs each migration inside a transaction (Rails, Django, Alembic by default). */
  transactional?: boolean;
  /**
   * The whole file is sent as one query string (golang-migrate): Postgres runs several
   * statements as one implicit transaction, so CREATE INDEX CONCURRENTLY fails among others.
   */
  multiStatementTransaction?: boolean;
}

export interface SqlLintResult {
  hits: Hit[];
  /** The SQL changes data (UPDATE, DELETE, INSERT … SELECT), not only schema. */
  changesData: boolean;
  /** The SQL does nothing: only comments, whitespace or `SELECT 1`-style no-ops. */
  empty: boolean;
  /** Every statement only adds (CREATE TABLE/INDEX, ADD nullable COLUMN…); true when empty. */
  additiveOnly: boolean;
  /** The parser rejected part of the SQL; what it could not parse was read conservatively. */
  parseFailed: boolean;
  /** Type changes taken as widenings for want of the old type (see `AssumedWidening`). */
  assumedWidenings: AssumedWidening[];
}

function runChecks(stmt: Node, ctx: SqlContext): Hit[] {
  const hits: Hit[] = [];
  for (const kind in stmt) {
    for (const { check } of CHECKS_BY_KIND.get(kind) ?? []) {
      const found = check(stmt, ctx);
      if (found.length) hits.push(...found);
    }
  }
  return hits;
}

interface Statement {
  node: Node;
  line: number;
}

interface PieceReading {
  statements: Statement[];
  parseError?: Hit;
}

/**
 * Recent readings by piece: a down file is read once when its up is judged and once on its own;
 * parsing is nearly all of the cost, so the second read is free. Readings are never mutated.
 * Keyed by the SQL text itself (V8 keeps a string's hash, so a lookup does not rehash the file the
 * way a freshly built `line + sql` key would), then by the piece's first line.
 */
const recent = new Map<string, Map<number, PieceReading>>();
const RECENT_LIMIT = 64;

function readPieceCached(pg: PgParser, piece: SqlPiece): PieceReading {
  let byLine = recent.get(piece.sql);
  const hit = byLine?.get(piece.line);
  if (hit) return hit;
  const reading = readPiece(pg, piece);
  if (!byLine) {
    byLine = new Map();
    recent.set(piece.sql, byLine);
    if (recent.size > RECENT_LIMIT) recent.delete(recent.keys().next().value as string);
  }
  byLine.set(piece.line, reading);
  return reading;
}

/**
 * Parses one piece; SQL the parser rejects is read statement by statement, then from tokens.
 * The parser reads a C string, so a NUL byte would silently end the text there and hide what
 * follows: NULs are read as spaces (same offsets, same lines) and reported.
 */
function readPiece(pg: PgParser, piece: SqlPiece): PieceReading {
  const nul = piece.sql.indexOf('\u0000');
  if (nul < 0) return readText(pg, piece.sql, piece.line);
  const reading = readText(pg, piece.sql.replaceAll('\u0000', ' '), piece.line);
  const lines = new LineMap(piece.sql);
  const line = piece.line - 1 + lines.line(lines.ascii ? nul : new TextEncoder().encode(piece.sql.slice(0, nul)).length);
  const note = `The SQL holds a NUL byte (line ${line}), which Postgres rejects: this migration cannot run as written. It was read with the NUL as a space.`;
  return {
    statements: reading.statements,
    parseError: reading.parseError
      ? { ...reading.parseError, message: `${reading.parseError.message} ${note}` }
      : { rule: 'parse-error', line, message: note },
  };
}

function readText(pg: PgParser, sql: string, firstLine: number): PieceReading {
  const lines = new LineMap(sql);
  const lineOf = (offset: number) => firstLine - 1 + lines.line(offset);
  try {
    const stmts = pg.parse(sql).stmts ?? [];
    const statements: Statement[] = [];
    for (const raw of stmts) if (raw.stmt) statements.push({ node: raw.stmt, line: lineOf(raw.stmt_location ?? 0) });
    return { statements };
  } catch (error) {
    const reading = readUnparsable(sql, lines, pg, error);
    const all = [
      ...reading.parsed.map((p) => ({ offset: p.offset, nodes: [p.stmt] })),
      ...reading.failed.map((f) => ({ offset: f.offset, nodes: f.recognised })),
    ].sort((a, b) => a.offset - b.offset);
    const statements = all.flatMap(({ offset, nodes }) => nodes.map((node) => ({ node, line: lineOf(offset) })));
    const first = reading.failed[0];
    if (!first) return { statements };
    const more = reading.failed.length > 1 ? ` (${reading.failed.length - 1} more statement(s) could not be parsed either)` : '';
    return {
      statements,
      parseError: {
        rule: 'parse-error',
        line: lineOf(first.offset),
        message:
          `The Postgres parser rejected this statement: ${first.message.replace(/\s+/g, ' ').trim()}${more}. ` +
          'It was read conservatively for destructive operations only; check it by hand or make it plain Postgres SQL.',
      },
    };
  }
}

/**
 * Lint Postgres SQL with the real Postgres parser. Pieces share context in order (a table created
 * by an earlier piece is new in later ones). Never throws on bad SQL: a `parse-error` hit instead.
 */
export async function lintSql(pieces: SqlPiece[], options: SqlLintOptions = {}): Promise<SqlLintResult> {
  const pg = await loadPgParser();
  const result: SqlLintResult = { hits: [], changesData: false, empty: true, additiveOnly: true, parseFailed: false, assumedWidenings: [] };
  const readings = pieces.filter((p) => p.sql.trim() !== '').map((piece) => ({ piece, reading: readPieceCached(pg, piece) }));

  const count = readings.reduce((n, r) => n + r.reading.statements.length + (r.reading.parseError ? 1 : 0), 0);
  const singleQuery = options.multiStatementTransaction === true && count > 1;
  const ctx = newContext(options.transactional === true, singleQuery);
  if (singleQuery && !options.transactional) ctx.transactionReason = 'the file is sent as one query string, which Postgres runs as one transaction';

  for (const { piece, reading } of readings) {
    ctx.synthetic = piece.synthetic === true;
    for (const { node, line } of reading.statements) {
      ctx.line = line;
      const hits = runChecks(node, ctx);
      const facts = trackStatement(node, ctx, hits);
      if (hits.length) result.hits.push(...hits);
      if (!facts.noop) result.empty = false;
      if (!facts.additive) result.additiveOnly = false;
      if (facts.changesData) result.changesData = true;
    }
    if (reading.parseError) {
      result.parseFailed = true;
      result.empty = false;
      result.additiveOnly = false;
      result.hits.push(reading.parseError);
    }
  }

  for (const { finish } of SQL_CHECKS) if (finish) result.hits.push(...finish(ctx));
  result.assumedWidenings = ctx.assumedWidenings;
  if (ctx.withdrawn.size) result.hits = result.hits.filter((h) => !ctx.withdrawn.has(h));
  result.hits.sort((a, b) => a.line - b.line);
  return result;
}

/**
 * Whether SQL does nothing (comments, whitespace, SELECT 1): `lintSql(pieces).empty` without
 * running the checks, for judging a down file that is only judged for existence and emptiness.
 */
export async function isEmptySqlPieces(pieces: SqlPiece[]): Promise<boolean> {
  const pg = await loadPgParser();
  for (const piece of pieces) {
    if (piece.sql.trim() === '') continue;
    const reading = readPieceCached(pg, piece);
    if (reading.parseError) return false;
    for (const { node } of reading.statements) if (!isNoop(node)) return false;
  }
  return true;
}

/** What an earlier migration says of a column, read newest statement first. */
export type ColumnTrace =
  /** Its type as that migration left it. */
  | { kind: 'type'; type: TypeName | undefined }
  /** Not defined here; look further back under these names (renames followed). */
  | { kind: 'earlier'; table: string; column: string }
  /** Created without it, or dropped: its history cannot be followed further. */
  | { kind: 'lost' };

/** Follow `table.column` back through the statements of an earlier migration's up SQL. */
export async function traceColumn(pieces: SqlPiece[], table: string, column: string): Promise<ColumnTrace> {
  const pg = await loadPgParser();
  const statements = pieces.filter((p) => p.sql.trim() !== '').flatMap((p) => readPieceCached(pg, p).statements);
  let t = table;
  let c = column;
  for (let i = statements.length - 1; i >= 0; i--) {
    const node = statements[i]!.node;
    if ('AlterTableStmt' in node && relKey(node.AlterTableStmt.relation) === t) {
      const cmds = (node.AlterTableStmt.cmds ?? []).flatMap((x) => ('AlterTableCmd' in x ? [x.AlterTableCmd] : [])).reverse();
      for (const cmd of cmds) {
        const def = cmd.def && 'ColumnDef' in cmd.def ? cmd.def.ColumnDef : undefined;
        if (cmd.subtype === 'AT_AlterColumnType' && cmd.name === c) return { kind: 'type', type: def?.typeName };
        if (cmd.subtype === 'AT_AddColumn' && def?.colname === c) return { kind: 'type', type: def.typeName };
        if (cmd.subtype === 'AT_DropColumn' && cmd.name === c) return { kind: 'lost' };
      }
    } else if ('RenameStmt' in node) {
      const r = node.RenameStmt;
      if (r.renameType === 'OBJECT_COLUMN' && relKey(r.relation) === t && r.newname === c && r.subname) c = r.subname;
      else if (r.renameType === 'OBJECT_TABLE' && r.newname === t && r.relation?.relname) t = r.relation.relname;
    } else if ('CreateStmt' in node && relKey(node.CreateStmt.relation) === t) {
      for (const el of node.CreateStmt.tableElts ?? []) if ('ColumnDef' in el && el.ColumnDef.colname === c) return { kind: 'type', type: el.ColumnDef.typeName };
      return { kind: 'lost' };
    }
  }
  return { kind: 'earlier', table: t, column: c };
}