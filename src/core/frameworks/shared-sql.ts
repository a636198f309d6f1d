// What the SQL-file frameworks (raw SQL, golang-migrate, goose, dbmate, Flyway, Sqitch) share:
// linting an up, judging a down, and reading marker-delimited sections of one file.
import type { FrameworkId, Hit } from '../types';
import type { DownStatus, MigrationAnalysis, MigrationInput } from './framework';
import type { SqlLintOptions, SqlPiece } from '../sql/lint-sql';
import type { AssumedWidening } from '../sql/context';

// The SQL analyser (and its rule checks) loads on the first migration, not with the registry.
import { lintSqlLazily, sqlAnalyser } from '../sql/lazy';

const lintSql = lintSqlLazily;
import { getRule } from '../rules/index';

/** Categories a down file on its own may still be flagged for (its drops undo the up's adds). */
const DOWN_CATEGORIES = new Set(['locking', 'meta']);

export const SQL_MIGRATION_DIRS = ['**/migrations/**/*.sql', '**/migration/**/*.sql', '**/migrate/**/*.sql', '**/db/sql/**/*.sql'];

/** How a SQL framework's earlier migrations are found beside the current one. */
export interface SqlHistory {
  input: MigrationInput;
  /** The folder's files that are this framework's (up) migrations. */
  isMigration(name: string): boolean;
  /** The up SQL of one of them (default: the whole file). */
  upPieces?(content: string): SqlPiece[];
}

/** Earlier migrations read at most per file when looking a column's type up. */
const HISTORY_FILES = 60;

/** `V2__x.sql` before `V10__x.sql`, `000009_` before `000010_`: names compared with their numbers as numbers. */
const byVersion = (a: string, b: string) => a.localeCompare(b, 'en', { numeric: true });

/**
 * Type changes the file alone had to take as widenings, checked against the earlier migrations of
 * the folder (newest first, renames followed): a change that turns out not to widen is reported.
 */
async function checkAssumedWidenings(widenings: AssumedWidening[], history: SqlHistory): Promise<Hit[]> {
  const { input } = history;
  if (!widenings.length || !input.listDir || !input.readFile) return [];
  const dir = dirName(input.path);
  const current = baseName(input.path);
  const names = await input.listDir(dir);
  if (!names) return [];
  const earlier = names.filter((n) => n !== current && history.isMigration(n) && byVersion(n, current) < 0).sort(byVersion).reverse().slice(0, HISTORY_FILES);
  const pieces = new Map<string, Promise<SqlPiece[] | undefined>>();
  const piecesOf = (name: string) => {
    let p = pieces.get(name);
    const upOf = history.upPieces ?? ((sql: string) => [{ sql, line: 1 }]);
    if (!p) pieces.set(name, (p = input.readFile!(`${dir}${name}`).then((c) => (c === undefined ? undefined : upOf(c)))));
    return p;
  };
  const { traceColumn } = await sqlAnalyser();
  const { changeTypeMessage, widens } = await import('../sql/checks/change-column-type');
  const { typeLabel } = await import('../sql/ast');
  const hits: Hit[] = [];
  for (const w of widenings) {
    let table = w.table;
    let column = w.column;
    for (const name of earlier) {
      const up = await piecesOf(name);
      if (!up) break;
      const trace = await traceColumn(up, table, column);
      if (trace.kind === 'lost') break;
      if (trace.kind === 'earlier') {
        ({ table, column } = trace);
        continue;
      }
      if (!widens(trace.type, w.type)) {
        hits.push({ rule: 'change-column-type', line: w.line, message: changeTypeMessage(w.column, w.tableLabel, typeLabel(w.type), `${typeLabel(trace.type)} (${name})`) });
      }
      break;
    }
  }
  return hits;
}

export async function analyseUp(
  framework: FrameworkId,
  pieces: SqlPiece[],
  options: SqlLintOptions,
  down: DownStatus,
  reversibility: Hit[],
  history?: SqlHistory,
): Promise<MigrationAnalysis> {
  const res = await lintSql(pieces, options);
  const looked = history ? await checkAssumedWidenings(res.assumedWidenings, history).catch(() => []) : [];
  const hits = [...reversibility, ...res.hits, ...looked].sort((a, b) => a.line - b.line);
  const analysis: MigrationAnalysis = { framework, role: 'up', down, hits, additiveOnly: res.additiveOnly };
  if (res.changesData) analysis.changesData = true;
  return analysis;
}

/** A down judged on its own: only locking problems and parse errors, never its (expected) drops. */
export async function analyseDown(framework: FrameworkId, pieces: SqlPiece[], options: SqlLintOptions = {}): Promise<MigrationAnalysis> {
  const res = await lintSql(pieces, options);
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

export const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);
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
export function readMarkers(content: string, prefix: string): { markers: Marker[]; lines: string[] } {
  const lines = content.split('\n');
  const markers: Marker[] = [];
  lines.forEach((raw, i) => {
    const line = raw.trimStart();
    if (line.startsWith(prefix)) markers.push({ line: i + 1, text: line.slice(prefix.length).trim() });
  });
  return { markers, lines };
}

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
  /** Which section a marker opens: `up`, `down`, or anything else. */
  section(marker: Marker): string;
  transactional(markers: Marker[], up: Marker | undefined): boolean;
  /** The down marker as findings name it: `-- +goose Down`. */
  downName: string;
}

/** The up SQL (before the down marker, or all of it without an up marker) and the down SQL of a sectioned file. */
export function sections(content: string, format: SectionedFormat) {
  const { markers, lines } = readMarkers(content, format.prefix);
  const up = markers.find((m) => format.section(m) === 'up');
  const down = markers.find((m) => format.section(m) === 'down');
  const end = lines.length + 1;
  const upFrom = up ? up.line + 1 : 1;
  const upTo = down && down.line > upFrom ? down.line : end;
  const downTo = down && up && up.line > down.line ? up.line : end;
  return {
    up,
    down,
    transactional: format.transactional(markers, up),
    upPieces: sectionPieces(lines, markers, upFrom, upTo),
    downPieces: down ? sectionPieces(lines, markers, down.line + 1, downTo) : [],
  };
}

/** Analyse a sectioned file: its up linted, its down judged for existence and emptiness. */
export async function analyseSectioned(input: MigrationInput, format: SectionedFormat): Promise<MigrationAnalysis> {
  const { up, down, transactional, upPieces, downPieces } = sections(input.content, format);
  // The folder's other files of the format, for a column's earlier type.
  const history: SqlHistory = { input, isMigration: (name) => name.toLowerCase().endsWith('.sql'), upPieces: (sql) => sections(sql, format).upPieces };
  const options = { transactional };
  if (!down) return analyseUp(format.framework, upPieces, options, 'missing', [missingDownHit(up?.line ?? 1, `no ${format.downName} section`)], history);
  if (await isEmptySql(downPieces)) return analyseUp(format.framework, upPieces, options, 'empty', [emptyDownHit(down.line, `the ${format.downName} section`)], history);
  return analyseUp(format.framework, upPieces, options, 'present', [], history);
}
