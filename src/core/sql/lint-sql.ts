import type { Node, TypeName } from 'libpg-query';
import type { Hit } from '../types';
import { loadedPgParser, loadPgParser, type PgParser } from './pg';

export { loadPgParser } from './pg';
import { LineMap } from './line-map';
import { lastPart, nameOf, relKey, relLabel } from './ast';
import { alterTableCmds } from './checks/types';
import { newContext, type PendingColumnChange, type SqlContext } from './context';
import { historyKey, knownHistory, rememberEvents, type ColumnHistory } from './column-history';

export { columnsThrough, nullCheckThrough, partitionedThrough, traceThrough, type ColumnEvent, type ColumnHistory, type ColumnTrace } from './column-history';
import { CHECKS_BY_KIND, SQL_CHECKS } from './checks/index';
import { isNoop, newUnit, trackStatement } from './track';
import { readUnparsable } from './fallback';
import { DIALECT_NAMES, POSTGRES_ONLY_RULES, type Dialect, type DialectSource } from './dialect';
import { doBlockOf, statementsInDo, type DynamicSql } from './plpgsql';
import { ColumnSwaps } from './column-swap';
import { uniqueEvents, type UniqueEvent } from './unique-indexes';
import { psqlScript } from './psql';

export { mysqlClientScript } from './mysql-client';

export type { UniqueEvent } from './unique-indexes';

/** A run of Postgres SQL inside a migration file (the whole file, or one `execute` string). */
export interface SqlPiece {
  sql: string;
  /** 1-based line in the file where `sql` starts. */
  line: number;
  /** True for SQL synthesised from a DSL call (remove_column → ALTER TABLE … DROP COLUMN). */
  synthetic?: boolean;
  /** The file the piece is from, when one script spans several (pop's numbered parts, in the drill). */
  path?: string;
  /**
   * The migration unit the piece belongs to, where one file holds several applied one by one
   * (Liquibase's changesets): what an earlier unit created is history to a later one (see `newUnit`).
   */
  unit?: number;
}

export interface SqlLintOptions {
  /** The framework runs each migration inside a transaction (Rails, Django, Alembic by default). */
  transactional?: boolean;
  /**
   * The whole file is sent as one query string (golang-migrate): Postgres runs several
   * statements as one implicit transaction, so CREATE INDEX CONCURRENTLY fails among others.
   */
  multiStatementTransaction?: boolean;
  /** The dialect as configured or named by the file's path; by default Postgres unless the content shows another. */
  dialect?: DialectSource;
  /** Column types known before this SQL runs (a DSL's own history), written as SQL types. */
  columnTypes?: { table: string; column: string; type: string }[];
  /** Whether columns allowed NULL before this SQL runs (Alembic's `existing_nullable`). */
  columnNullable?: { table: string; column: string; nullable: boolean }[];
  /**
   * Keep what the SQL does to columns for later files that look back through it (default true):
   * a down migration is never such a file.
   */
  remember?: boolean;
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
  /** The SQL is of another dialect than Postgres (configured, from its path, or from its content). */
  dialect?: DialectSource;
  /** Type and nullability changes the SQL alone cannot judge, reported provisionally (see `PendingColumnChange`). */
  columnChanges: PendingColumnChange[];
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

/** A statement the Postgres parser rejected. */
interface Failure {
  line: number;
  message: string;
  /** Read whole by the tolerant reading (see `UnparsedStatement.understood`). */
  understood: boolean;
}

interface PieceReading {
  statements: Statement[];
  failures: Failure[];
  /** `EXECUTE`s of DO blocks whose SQL is built at run time in a way not read: said, by line. */
  dynamic?: { line: number; expr: string }[];
  /** A NUL byte, read as a space (Postgres rejects it). */
  nul?: { line: number; message: string };
  /** Another dialect's marks in what the parser rejected. */
  dialect?: DialectSource;
}

/**
 * Recent readings by piece: a down file is read once when its up is judged and once on its own;
 * parsing is nearly all of the cost, so the second read is free. Readings are never mutated.
 * A small ring of slots, not a Map: a Map used as a FIFO rehashes as entries come and go, and
 * V8 links each discarded table to its successor without clearing it, so a discarded table that
 * had reached the old generation kept every later syntax tree alive through each young-generation
 * collection (2,000 files: 11 MB of trees promoted, a 16 MB young generation, ~80 ms of GC).
 * Compared by the SQL text itself (usually the same string, so an identity check), then line.
 */
const RECENT_SLOTS = 4;
const recentSql: (string | undefined)[] = new Array<string | undefined>(RECENT_SLOTS).fill(undefined);
const recentLine = new Array<number>(RECENT_SLOTS).fill(0);
const recentDialect: (Dialect | undefined)[] = new Array<Dialect | undefined>(RECENT_SLOTS).fill(undefined);
const recentReading: (PieceReading | undefined)[] = new Array<PieceReading | undefined>(RECENT_SLOTS).fill(undefined);
let recentNext = 0;

/**
 * `dialect`: the database the file is known to be for, which the tolerant reading of what Postgres
 * rejects depends on (see `readUnparsable`); `'any'` takes a recent reading whatever it was read as
 * (for what reads the same everywhere, such as type changes).
 */
function readPieceCached(pg: PgParser, piece: SqlPiece, dialect?: Dialect | 'any'): PieceReading {
  const { sql, line } = piece;
  for (let i = 0; i < RECENT_SLOTS; i++) {
    if (recentLine[i] === line && recentSql[i] === sql && (dialect === 'any' || recentDialect[i] === dialect)) return recentReading[i]!;
  }
  const as = dialect === 'any' ? undefined : dialect;
  const reading = readPiece(pg, piece, as);
  recentSql[recentNext] = sql;
  recentLine[recentNext] = line;
  recentDialect[recentNext] = as;
  recentReading[recentNext] = reading;
  recentNext = (recentNext + 1) % RECENT_SLOTS;
  return reading;
}

/**
 * Parses one piece; SQL the parser rejects is read statement by statement, then from tokens.
 * The parser reads a C string, so a NUL byte would silently end the text there and hide what
 * follows: NULs are read as spaces (same offsets, same lines) and reported.
 */
function readPiece(pg: PgParser, piece: SqlPiece, dialect?: Dialect): PieceReading {
  const nul = piece.sql.indexOf('\u0000');
  if (nul < 0) return readText(pg, piece.sql, piece.line, dialect);
  const reading = readText(pg, piece.sql.replaceAll('\u0000', ' '), piece.line, dialect);
  const lines = new LineMap(piece.sql);
  const line = piece.line - 1 + lines.line(lines.ascii ? nul : new TextEncoder().encode(piece.sql.slice(0, nul)).length);
  const message = `The SQL holds a NUL byte (line ${line}), which Postgres rejects: this migration cannot run as written. It was read with the NUL as a space.`;
  return { ...reading, nul: { line, message } };
}

function readText(pg: PgParser, sql: string, firstLine: number, dialect: Dialect | undefined): PieceReading {
  const lines = new LineMap(sql);
  const lineOf = (offset: number) => firstLine - 1 + lines.line(offset);
  const failures: Failure[] = [];
  const statements: Statement[] = [];
  const dynamic: { line: number; expr: string }[] = [];
  /** A statement, and the statements inside it when it is a DO block. */
  const add = (node: Node, offset: number, base = 0) => {
    statements.push({ node, line: lineOf(offset) });
    if (!('DoStmt' in node)) return;
    const block = doBlockOf(node);
    if (!block) return;
    // Node locations are offsets in the whole text the parser was given, not in the statement.
    const bodyLine = lineOf(base + block.location);
    try {
      const unread: DynamicSql[] = [];
      for (const inner of statementsInDo(pg, block, unread)) statements.push({ node: inner.node, line: bodyLine + inner.lineInBody - 1 });
      for (const d of unread) dynamic.push({ line: bodyLine + d.lineInBody - 1, expr: d.expr });
    } catch (error) {
      failures.push({ line: bodyLine, message: `the DO block's PL/pgSQL: ${error instanceof Error ? error.message : String(error)}`, understood: false });
    }
  };
  try {
    const stmts = pg.parse(sql).stmts ?? [];
    for (const raw of stmts) if (raw.stmt) add(raw.stmt, raw.stmt_location ?? 0);
    return dynamic.length ? { statements, failures, dynamic } : { statements, failures };
  } catch (error) {
    const reading = readUnparsable(sql, lines, pg, error, dialect);
    const all = [
      ...reading.parsed.map((p) => ({ offset: p.offset, nodes: [p.stmt], parsed: true, base: p.base })),
      ...reading.failed.map((f) => ({ offset: f.offset, nodes: f.recognised, parsed: false, base: 0 })),
    ].sort((a, b) => a.offset - b.offset);
    for (const { offset, nodes, parsed, base } of all) {
      for (const node of nodes) {
        if (parsed) add(node, offset, base);
        else statements.push({ node, line: lineOf(offset) });
      }
    }
    for (const f of reading.failed) failures.push({ line: lineOf(f.offset), message: f.message.replace(/\s+/g, ' ').trim(), understood: f.understood });
    failures.sort((a, b) => a.line - b.line);
    const out: PieceReading = dynamic.length ? { statements, failures, dynamic } : { statements, failures };
    if (reading.dialect) out.dialect = reading.dialect;
    return out;
  }
}

/** A type written as SQL (`character varying(2)`) as the parser's TypeName, undefined when it does not parse. */
function typeNameOf(pg: PgParser, type: string): TypeName | undefined {
  try {
    const [raw] = pg.parse(`CREATE TABLE t (c ${type})`).stmts ?? [];
    const el = raw?.stmt && 'CreateStmt' in raw.stmt ? raw.stmt.CreateStmt.tableElts?.[0] : undefined;
    return el && 'ColumnDef' in el ? el.ColumnDef.typeName : undefined;
  } catch {
    return undefined;
  }
}

/** The Postgres reading's notice for a piece the parser rejected (one per piece). */
function postgresParseError(reading: PieceReading): Hit | undefined {
  const first = reading.failures[0];
  const nul = reading.nul;
  if (!first) return nul ? { rule: 'parse-error', line: nul.line, message: nul.message } : undefined;
  const more = reading.failures.length > 1 ? ` (${reading.failures.length - 1} more statement(s) could not be parsed either)` : '';
  const message =
    `The Postgres parser rejected this statement: ${first.message}${more}. ` +
    'It was read conservatively for destructive operations only; check it by hand or make it plain Postgres SQL.';
  return { rule: 'parse-error', line: first.line, message: nul ? `${message} ${nul.message}` : message };
}

/**
 * The one notice of a file of another dialect: one that could not be read whole even tolerantly,
 * or one whose dialect only its content showed (`sniffed`: in a Postgres folder it will not run).
 */
function dialectNotice(dialect: DialectSource, unread: Failure[], sniffed: boolean): Hit {
  const name = DIALECT_NAMES[dialect.dialect];
  const first = unread[0]!;
  const count = unread.length > 1 ? `${unread.length} statements` : 'a statement';
  if (sniffed && unread.every((f) => f.understood)) {
    return {
      rule: 'parse-error',
      line: first.line,
      message:
        `The Postgres parser rejected ${count} here (${first.message}), and the file reads as ${name} SQL (from ${dialect.from}): it was read for what holds on every database, ` +
        `without Postgres locking advice. If it is meant for Postgres it will not run as written; if it is ${name}, say so with the dialect setting of .github/rollback-ready.yml.`,
    };
  }
  if (dialect.standIn)
    return {
      rule: 'parse-error',
      line: first.line,
      message:
        `The database of ${dialect.part?.toLowerCase() ?? 'this file'} is in doubt (see the not-analysed notice), so it was read for what holds on every database ` +
        `(drops, renames, type and nullability changes, data changes, missing or empty downs), and ${count} could not be read even that way ` +
        `(the first here; the Postgres parser said: ${first.message}). Review ${unread.length > 1 ? 'them' : 'it'} by hand.`,
    };
  return {
    rule: 'parse-error',
    line: first.line,
    message:
      `${dialect.part ?? 'This file'} is ${name} SQL (known from ${dialect.from}). rollback-ready reads ${name} for what holds on every database ` +
      `(drops, renames, type and nullability changes, data changes, missing or empty downs), not for Postgres locking advice, and ${count} ` +
      `could not be read even that way (the first here; the Postgres parser said: ${first.message}). Review ${unread.length > 1 ? 'them' : 'it'} by hand.`,
  };
}

/**
 * Lint Postgres SQL with the real Postgres parser. Pieces share context in order (a table created
 * by an earlier piece is new in later ones). Never throws on bad SQL: a `parse-error` hit instead.
 */
export async function lintSql(pieces: SqlPiece[], options: SqlLintOptions = {}): Promise<SqlLintResult> {
  const pg = await loadPgParser();
  const result: SqlLintResult = { hits: [], changesData: false, empty: true, additiveOnly: true, parseFailed: false, columnChanges: [] };
  const readAs = readingDialect(options.dialect);
  const readings = pieces.filter((p) => p.sql.trim() !== '').map((piece) => ({ piece, reading: readPieceCached(pg, piece, readAs) }));
  // The file's dialect: as configured or named by its path, else as its content shows where the
  // Postgres parser rejected it (backticks, ENGINE=, IDENTITY(…)); Postgres otherwise.
  const dialect = options.dialect ?? readings.find((r) => r.reading.dialect)?.reading.dialect;
  const foreign = dialect && dialect.dialect !== 'postgres' ? dialect : undefined;
  if (foreign) result.dialect = foreign;
  const unread: Failure[] = [];

  const count = readings.reduce((n, r) => n + r.reading.statements.length + r.reading.failures.length, 0);
  const singleQuery = options.multiStatementTransaction === true && count > 1;
  const ctx = newContext(options.transactional === true, singleQuery);
  if (foreign) ctx.dialect = foreign.dialect;
  if (singleQuery && !options.transactional) ctx.transactionReason = 'the file is sent as one query string, which Postgres runs as one transaction';
  for (const known of options.columnTypes ?? []) {
    const type = typeNameOf(pg, known.type);
    if (type) ctx.columnTypes.set(`${known.table}.${known.column}`, type);
  }
  for (const known of options.columnNullable ?? []) ctx.columnNullable.set(`${known.table}.${known.column}`, known.nullable);

  let unit: number | undefined;
  for (const { piece, reading } of readings) {
    if (piece.unit !== undefined && unit !== undefined && piece.unit !== unit) newUnit(ctx);
    if (piece.unit !== undefined) unit = piece.unit;
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
    for (const d of reading.dynamic ?? []) {
      const expr = d.expr.replace(/\s+/g, ' ').trim();
      result.hits.push({
        rule: 'not-analysed',
        line: d.line,
        message: `\`EXECUTE ${expr.length > 60 ? `${expr.slice(0, 59)}…` : expr}\` in a DO block runs SQL built at run time, which was not read: review what it changes by hand (a constant string, format() with a constant format string, or a concatenation of known parts is read, also with a loop's variable over a list written in the block).`,
      });
    }
    if (reading.failures.length || reading.nul) {
      result.empty = false;
      if (!foreign) {
        result.parseFailed = true;
        result.additiveOnly = false;
        result.hits.push(postgresParseError(reading)!);
      } else {
        // A dialect only the content showed: every statement Postgres rejected is said (it may be a slip in a Postgres folder).
        const missed = options.dialect ? reading.failures.filter((f) => !f.understood) : reading.failures;
        if (missed.length || reading.nul) {
          result.parseFailed = true;
          result.additiveOnly = false;
        }
        unread.push(...missed);
        if (reading.nul) result.hits.push({ rule: 'parse-error', line: reading.nul.line, message: reading.nul.message });
      }
    }
  }
  if (foreign && unread.length)
    result.hits.push(
      dialectNotice(
        foreign,
        unread.sort((a, b) => a.line - b.line),
        !options.dialect,
      ),
    );

  for (const { finish } of SQL_CHECKS) if (finish) result.hits.push(...finish(ctx));
  if (ctx.withdrawn.size) result.hits = result.hits.filter((h) => !ctx.withdrawn.has(h));
  // Postgres-only advice (locks, CONCURRENTLY, NOT VALID, lock_timeout) is never given on another dialect.
  if (foreign) result.hits = result.hits.filter((h) => !POSTGRES_ONLY_RULES.has(h.rule));
  // A SET/DROP NOT NULL is looked up only where it restates the column (see `nullabilityHit`).
  result.columnChanges = ctx.columnChanges.filter(
    (c) => !ctx.withdrawn.has(c.hit) && (c.kind !== 'nullability' || c.restated === true || ctx.typedAt.has(c.restated)),
  );
  // What this SQL does to columns, kept for later files that look back through it.
  if (options.remember !== false) {
    const key = historyKey(pieces, readAs);
    if (!knownHistory(key)) rememberEvents(key, readings.length === 1 ? readings[0]!.reading.statements : readings.flatMap((r) => r.reading.statements));
  }
  result.hits.sort((a, b) => a.line - b.line);
  return result;
}

/**
 * Whether SQL does nothing (comments, whitespace, SELECT 1): `lintSql(pieces).empty` without
 * running the checks, for judging a down file that is only judged for existence and emptiness.
 */
/**
 * The SQL psql sends of a psql script's pieces (its meta-commands blanked, see psql.ts), and the
 * lines where it includes other files (their SQL is not in these pieces).
 */
export async function psqlPieces(pieces: SqlPiece[]): Promise<{ pieces: SqlPiece[]; includes: { line: number; file: string }[] }> {
  const pg = await loadPgParser();
  const includes: { line: number; file: string }[] = [];
  const out = pieces.map((piece) => {
    const script = psqlScript(pg, piece.sql);
    for (const { offset, file } of script.includes) includes.push({ line: piece.line + lineOffset(piece.sql, offset), file });
    return script.sql === piece.sql ? piece : { ...piece, sql: script.sql };
  });
  return { pieces: out, includes };
}

/** How many lines `offset` is below the start of `text`. */
function lineOffset(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/**
 * The lines of a down's `DROP INDEX` statements that drop only indexes its up created (`CREATE INDEX
 * i ON t`) on tables the down drops after them: the table's drop takes the same lock and takes the
 * index with it, so CONCURRENTLY would spare nothing (maevsi/sqitch's reverts drop each index of a
 * table, then the table). Index and table names are compared without their schema.
 */
export async function indexDropsBeforeTheirTable(down: SqlPiece[], up: SqlPiece[]): Promise<Set<number>> {
  const pg = await loadPgParser();
  const tableOf = new Map<string, string>();
  for (const piece of up)
    for (const { node } of readPieceCached(pg, piece, 'any').statements)
      if ('IndexStmt' in node && node.IndexStmt.idxname && node.IndexStmt.relation) tableOf.set(node.IndexStmt.idxname, relKey(node.IndexStmt.relation));
  const statements = down.flatMap((piece) => readPieceCached(pg, piece, 'any').statements);
  /** Each table the down drops, by the line of its (last) drop. */
  const droppedAt = new Map<string, number>();
  for (const { node, line } of statements)
    if ('DropStmt' in node && node.DropStmt.removeType === 'OBJECT_TABLE')
      for (const obj of node.DropStmt.objects ?? []) droppedAt.set(lastPart(nameOf(obj)), line);
  const lines = new Set<number>();
  for (const { node, line } of statements) {
    if (!('DropStmt' in node) || node.DropStmt.removeType !== 'OBJECT_INDEX') continue;
    const objects = node.DropStmt.objects ?? [];
    const beforeTable = (obj: Node) => {
      const table = tableOf.get(lastPart(nameOf(obj)));
      return table !== undefined && (droppedAt.get(table) ?? 0) > line;
    };
    if (objects.length && objects.every(beforeTable)) lines.add(line);
  }
  return lines;
}

export async function isEmptySqlPieces(pieces: SqlPiece[]): Promise<boolean> {
  const pg = await loadPgParser();
  for (const piece of pieces) {
    if (piece.sql.trim() === '') continue;
    const reading = readPieceCached(pg, piece, 'any');
    if (reading.failures.length || reading.nul) return false;
    for (const { node } of reading.statements) if (!isNoop(node)) return false;
  }
  return true;
}

/** One `ALTER COLUMN … TYPE` of a piece of SQL: the table (unqualified) and column, the new type, its file line. */
export interface TypeChange {
  table: string;
  tableLabel: string;
  column: string;
  type: TypeName | undefined;
  line: number;
  /** The file of its piece, when the SQL spans several (`SqlPiece.path`). */
  path?: string;
  /**
   * The SQL deals with the column's values itself: the change converts them (`USING …`), or the
   * table's rows were updated or deleted before it (a down that shortens values, then narrows).
   */
  prepared: boolean;
}

/**
 * Every column type change in SQL (statements inside DO blocks too, and swaps: src/core/sql/column-swap.ts), in file order, without
 * running the checks: for comparing an up's type changes with its down's. Parses through the
 * recent-readings cache (an up and its down were usually read a moment before).
 */
export async function typeChangesOf(pieces: SqlPiece[]): Promise<TypeChange[]> {
  const pg = await loadPgParser();
  const out: TypeChange[] = [];
  const written = new Set<string>();
  const swaps = new ColumnSwaps();
  for (const piece of pieces) {
    if (piece.sql.trim() === '') continue;
    for (const { node, line } of readPieceCached(pg, piece, 'any').statements) {
      // A swap (src/core/sql/column-swap.ts) changes the column's type as ALTER COLUMN … TYPE does; a copy that converts the values prepares them.
      const swap = swaps.read(node, line);
      if (swap && 'RenameStmt' in node) {
        const change: TypeChange = {
          table: swap.table,
          tableLabel: relLabel(node.RenameStmt.relation),
          column: swap.column,
          type: swap.type,
          line,
          prepared: swap.converts,
        };
        if (piece.path) change.path = piece.path;
        out.push(change);
      }
      if ('UpdateStmt' in node) written.add(relKey(node.UpdateStmt.relation));
      else if ('DeleteStmt' in node) written.add(relKey(node.DeleteStmt.relation));
      for (const { table, cmd } of alterTableCmds(node)) {
        if (cmd.subtype !== 'AT_AlterColumnType' || !cmd.name) continue;
        const def = cmd.def && 'ColumnDef' in cmd.def ? cmd.def.ColumnDef : undefined;
        const key = relKey(table);
        const change: TypeChange = {
          table: key,
          tableLabel: relLabel(table),
          column: cmd.name,
          type: def?.typeName,
          line,
          prepared: !!def?.raw_default || written.has(key),
        };
        if (piece.path) change.path = piece.path;
        out.push(change);
      }
    }
  }
  return out;
}

/**
 * What SQL does to unique indexes and constraints (drops, builds; statements inside DO blocks too),
 * in file order, without running the checks: for comparing an up that drops one with a down that
 * builds it again. Parses through the recent-readings cache, as `typeChangesOf` does.
 */
export async function uniqueEventsOf(pieces: SqlPiece[]): Promise<UniqueEvent[]> {
  const pg = await loadPgParser();
  const out: UniqueEvent[] = [];
  for (const piece of pieces) {
    if (piece.sql.trim() === '') continue;
    for (const { node, line } of readPieceCached(pg, piece, 'any').statements)
      for (const e of uniqueEvents(node, line)) out.push(piece.path && e.kind === 'build' ? { ...e, path: piece.path } : e);
  }
  return out;
}

/**
 * What an earlier migration's up SQL does to columns. Synchronous (it runs for every earlier file
 * a type change looks back through): call `loadPgParser()` once before.
 */
export function columnHistory(pieces: SqlPiece[], dialect?: DialectSource): ColumnHistory {
  const readAs = readingDialect(dialect);
  const key = historyKey(pieces, readAs);
  const known = knownHistory(key);
  if (known) return known;
  const pg = loadedPgParser();
  return rememberEvents(
    key,
    pieces.filter((p) => p.sql.trim() !== '').flatMap((p) => readPiece(pg, p, readAs).statements),
  );
}

/** What this SQL does to columns if it has been read already (by its own lint or an earlier look back): no parsing. */
export const knownColumnHistory = (pieces: SqlPiece[], dialect?: DialectSource): ColumnHistory | undefined =>
  knownHistory(historyKey(pieces, readingDialect(dialect)));

/** The dialect SQL is read as where Postgres rejects it: another database's, none for Postgres. */
const readingDialect = (dialect: DialectSource | undefined): Dialect | undefined => (dialect && dialect.dialect !== 'postgres' ? dialect.dialect : undefined);
