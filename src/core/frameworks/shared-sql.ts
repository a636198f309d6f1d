// What the SQL-file frameworks (raw SQL, golang-migrate, goose, dbmate, Flyway, Sqitch) share:
// linting an up, judging a down, and reading marker-delimited sections of one file.
import type { FrameworkId, Hit } from '../types';
import type { DownStatus, MigrationAnalysis, MigrationInput } from './framework';
import type { SqlLintOptions, SqlPiece } from '../sql/lint-sql';
import { getRule } from '../rules/index';
import { dialectOfPath, type DialectSource } from '../sql/dialect';
// The SQL analyser (and its rule checks) loads on the first migration, not with the registry.
import { lintSqlLazily, sqlAnalyser } from '../sql/lazy';
// The type-change history reader (a column's earlier type) lives in sql-history.ts.
import { settleColumnChanges, type SqlHistory } from './sql-history';
import { judgeDown, type DownSql } from './down-types';

export { earlierMigrations, settleColumnChanges, type SqlHistory } from './sql-history';

const lintSql = lintSqlLazily;

/** The dialect of a migration: as configured, else as its path names it (the SQL may still show one). */
export const dialectFor = (input: Pick<MigrationInput, 'path' | 'dialect'>): DialectSource | undefined => input.dialect ?? dialectOfPath(input.path);

/** Lint options with the input's dialect. */
export function sqlOptions(input: Pick<MigrationInput, 'path' | 'dialect'>, options: SqlLintOptions = {}): SqlLintOptions {
  const dialect = dialectFor(input);
  return dialect ? { ...options, dialect } : options;
}

/** Categories a down file on its own may still be flagged for (its drops undo the up's adds). */
const DOWN_CATEGORIES = new Set(['locking', 'meta']);

/**
 * Where raw SQL migrations live; `drizzle/` is drizzle-kit's default output folder (`out: './drizzle'`);
 * `versioned/v1.2/` is temporal-sql-tool's folder per schema version (temporalio/temporal's
 * `schema/postgresql/v12/temporal/versioned/`).
 */
export const SQL_MIGRATION_DIRS = [
  '**/migrations/**/*.sql',
  '**/migration/**/*.sql',
  '**/migrate/**/*.sql',
  '**/db/sql/**/*.sql',
  '**/drizzle/**/*.sql',
  '**/versioned/v[0-9]*/*.sql',
];

export async function analyseUp(
  framework: FrameworkId,
  pieces: SqlPiece[],
  options: SqlLintOptions,
  down: DownStatus,
  reversibility: Hit[],
  history?: SqlHistory,
  /** The down's SQL, where it is SQL: a type change it narrows back is said. */
  downSql?: DownSql,
): Promise<MigrationAnalysis> {
  const opts = history ? sqlOptions(history.input, options) : options;
  // An up that does nothing (a placeholder, comments only) has nothing to undo: its empty down is complete.
  if (down === 'empty' && (await isEmptySql(pieces))) {
    down = 'present';
    reversibility = reversibility.filter((h) => h.rule !== 'empty-down-migration');
  }
  const res = await lintSql(pieces, opts);
  const dialect = res.dialect ?? opts.dialect;
  let settled = history ? await settleColumnChanges(res.columnChanges, res.hits, history, dialect) : res.hits;
  if (downSql) settled = await judgeDown(pieces, settled, downSql, dialect?.dialect);
  const hits = [...reversibility, ...settled].sort((a, b) => a.line - b.line);
  const analysis: MigrationAnalysis = { framework, role: 'up', down, hits, additiveOnly: res.additiveOnly };
  if (res.changesData) analysis.changesData = true;
  if (res.dialect) analysis.dialect = res.dialect;
  return analysis;
}

/** A down judged on its own: only locking problems and parse errors, never its (expected) drops. */
export async function analyseDown(framework: FrameworkId, pieces: SqlPiece[], options: SqlLintOptions = {}): Promise<MigrationAnalysis> {
  const res = await lintSql(pieces, { ...options, remember: false });
  const hits = res.hits.filter((h) => DOWN_CATEGORIES.has(getRule(h.rule)?.category ?? ''));
  return { framework, role: 'down', down: 'present', hits };
}

/** Whether SQL does nothing (comments, whitespace, SELECT 1). Never throws. */
export async function isEmptySql(pieces: SqlPiece[]): Promise<boolean> {
  try {
    return await (await sqlAnalyser()).isEmptySqlPieces(pieces);
  } catch {
    return false;
  }
}

export const missingDownHit = (line: number, what: string): Hit => ({
  rule: 'missing-down-migration',
  line,
  message: `This migration has no down migration (${what}): rolling back means restoring a backup. Write the down that undoes it, or declare the stage forward-only in the rollback plan with its backup and restore procedure.`,
});

export const emptyDownHit = (line: number, what: string): Hit => ({
  rule: 'empty-down-migration',
  line,
  message: `The down migration (${what}) does nothing: running it leaves the up's changes in place. Write SQL that undoes the up, or declare the stage forward-only in the rollback plan with its backup and restore procedure.`,
});

/** Judges a sibling down file: missing, empty or present, with the matching hit. */
export async function judgeDownFile(content: string | undefined, downPath: string): Promise<{ down: DownStatus; hits: Hit[] }> {
  if (content === undefined) return { down: 'missing', hits: [missingDownHit(1, `no ${baseName(downPath)}`)] };
  if (await isEmptySql([{ sql: content, line: 1 }])) return { down: 'empty', hits: [emptyDownHit(1, baseName(downPath))] };
  return { down: 'present', hits: [] };
}

/** A down file's SQL, as a type change's down is compared with its up (see down-types.ts). */
export const downSqlOf = (content: string, downPath: string): DownSql => ({ pieces: [{ sql: content, line: 1 }], name: baseName(downPath) });

export const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

/** `a/./b/../c` → `a/c`; undefined when it climbs above the repository root. */
export function normalisePath(path: string): string | undefined {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (!out.length) return undefined;
      out.pop();
    } else out.push(part);
  }
  return out.join('/');
}
export const dirName = (path: string): string => (path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '');

/** One marker comment line (`-- +goose Up`, `-- migrate:down`) and what follows it. */
export interface Marker {
  /** 1-based line. */
  line: number;
  /** The marker words after the prefix, e.g. `Up`, `StatementBegin`, `down transaction:false`. */
  text: string;
}

/**
 * Marker comments of a migration file format. These are file-format annotations that the tools
 * themselves find line by line (goose and dbmate both do), not SQL, so they are read the same way:
 * a line whose first non-blank characters are the prefix.
 */
export function readMarkers(content: string, prefix: string | MarkerReader): { markers: Marker[]; lines: string[] } {
  const lines = content.split('\n');
  const markers: Marker[] = [];
  const read: MarkerReader = typeof prefix === 'string' ? (line) => (line.startsWith(prefix) ? line.slice(prefix.length) : undefined) : prefix;
  lines.forEach((raw, i) => {
    const text = read(raw.trimStart());
    if (text !== undefined) markers.push({ line: i + 1, text: text.trim() });
  });
  return { markers, lines };
}

/** The marker words of a line (its leading blanks trimmed), undefined when it is no marker. */
export type MarkerReader = (line: string) => string | undefined;

/** Lines [from, to) (1-based) as an SQL piece that keeps its file line numbers. */
export function piece(lines: string[], from: number, to: number): SqlPiece {
  return { sql: lines.slice(from - 1, to - 1).join('\n'), line: from };
}

/**
 * The SQL pieces of lines [from, to) of a marker file, split at marker lines (goose's
 * StatementBegin/StatementEnd blocks become pieces of their own, so a block whose last statement
 * lacks a semicolon does not run into the next statement). Pieces keep their file lines.
 */
export function sectionPieces(lines: string[], markers: Marker[], from: number, to: number): SqlPiece[] {
  const pieces: SqlPiece[] = [];
  let start = from;
  for (const m of markers) {
    if (m.line < from || m.line >= to) continue;
    if (m.line > start) pieces.push(piece(lines, start, m.line));
    start = m.line + 1;
  }
  if (to > start) pieces.push(piece(lines, start, to));
  return pieces.filter((p) => p.sql.trim() !== '');
}

/** A one-file migration format with up and down marker sections (goose, dbmate). */
export interface SectionedFormat {
  framework: FrameworkId;
  /** The marker comment: `-- +goose`, `-- migrate:`. */
  prefix: string;
  /** How a line is read as a marker, where the tool reads more than the prefix (`--+goose Down`); else the prefix. */
  marker?: MarkerReader;
  /** Which section a marker opens: `up`, `down`, or anything else. */
  section(marker: Marker): string;
  transactional(markers: Marker[], up: Marker | undefined): boolean;
  /**
   * Whether a marker ends the SQL before it (default: every marker does). goose reads an
   * `ENVSUB ON`/`OFF` or `NO TRANSACTION` line anywhere, even inside a StatementBegin block, and
   * leaves it out of the statement it is reading: the statement goes on past it.
   */
  splits?(marker: Marker): boolean;
  /** The down marker as findings name it: `-- +goose Down`. */
  downName: string;
}

/**
 * The up SQL and the down SQL of a sectioned file, as pieces that keep their file lines
 * (StatementBegin/End blocks are pieces of their own). Each line belongs to the up or down marker
 * above it: dbmate (since 2.29) and sql-migrate take several up/down pairs in one file, and run
 * every up part, or every down part. Without an up marker, the lines above the first down are the
 * up. Pure; the rollback drill reads a migration's up and down through it.
 */
export function sections(content: string, format: SectionedFormat) {
  const { markers, lines } = readMarkers(content, format.marker ?? format.prefix);
  // The markers that end a piece; the others stay in it as the comment lines they are.
  const bounds = format.splits ? markers.filter(format.splits) : markers;
  const up = markers.find((m) => format.section(m) === 'up');
  const down = markers.find((m) => format.section(m) === 'down');
  const parts: Record<'up' | 'down', SqlPiece[]> = { up: [], down: [] };
  let at: 'up' | 'down' | undefined = up ? undefined : 'up';
  let from = 1;
  for (const m of markers) {
    const section = format.section(m);
    if (section !== 'up' && section !== 'down') continue;
    if (at) parts[at].push(...sectionPieces(lines, bounds, from, m.line));
    at = section;
    from = m.line + 1;
  }
  if (at) parts[at].push(...sectionPieces(lines, bounds, from, lines.length + 1));
  return { up, down, transactional: format.transactional(markers, up), upPieces: parts.up, downPieces: parts.down };
}

const isSqlFile = (name: string) => name.toLowerCase().endsWith('.sql');

/** Analyse a sectioned file: its up linted, its down judged for existence and emptiness. */
export async function analyseSectioned(
  input: MigrationInput,
  format: SectionedFormat,
  /** How the folder's earlier migrations are read, where the tool has more than the format's files (goose's Go migrations). */
  folder?: SqlHistory,
): Promise<MigrationAnalysis> {
  const { up, down, transactional, upPieces, downPieces } = sections(input.content, format);
  // The folder's other files of the format, for a column's earlier type.
  const history: SqlHistory = folder ?? { input, isMigration: isSqlFile, upPieces: (sql) => sections(sql, format).upPieces };
  const options = sqlOptions(input, { transactional });
  if (!down) return analyseUp(format.framework, upPieces, options, 'missing', [missingDownHit(up?.line ?? 1, `no ${format.downName} section`)], history);
  if (await isEmptySql(downPieces))
    return analyseUp(format.framework, upPieces, options, 'empty', [emptyDownHit(down.line, `the ${format.downName} section`)], history);
  return analyseUp(format.framework, upPieces, options, 'present', [], history, { pieces: downPieces, name: `the ${format.downName} section`, inFile: true });
}
