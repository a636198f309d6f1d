// The column history reader: a column's type before an `ALTER COLUMN … TYPE`, or whether it allowed
// NULL before a SET or DROP NOT NULL, looked up in the folder's earlier migrations (newest first,
// renames followed), each read once per run.
import type { Hit } from '../types';
import type { MigrationInput } from './framework';
import type { ColumnEvent, ColumnTrace, SqlPiece } from '../sql/lint-sql';
import type { PendingColumnChange, PendingGuardDrop, PendingNullChange, PendingNullCheck, PendingRebuild, PendingTypeChange } from '../sql/context';
import { sqlAnalyser } from '../sql/lazy';
import { RESTATED_NOT_NULL, RESTATED_NULLABLE } from '../sql/checks/restated';
import type { DialectSource } from '../sql/dialect';
import { baseName, dirName } from './shared-sql';
import { earlierRange, errorText, HISTORY_FILES, historyReads, walkHistory, type EarlierRange, type HistoryOf, type HistoryRead } from './history-index';

export { earlierMigrations } from './history-index';

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
  /**
   * The folder's listing in run order, where file names do not give it (Alembic's revisions name
   * their parents); it throws when the order cannot be read. Default: version order of the names.
   */
  order?(names: readonly string[], dir: string): Promise<readonly string[]>;
  /**
   * A folder per migration (Diesel's and Hasura's `<version>_<name>/up.sql`): the name of the file
   * each migration's folder holds its up in. The earlier migrations are then the folders beside
   * this migration's (`isMigration` is asked of folder names), not the files beside this file.
   */
  perFolder?: string;
  /**
   * A folder per version holding any number of files (temporal-sql-tool's `versioned/v1.2/*.sql`):
   * the migrations before this one are the files of the version folders beside its own, listed by
   * this in run order, each as `<folder>/<file>` (it throws when that order cannot be read).
   */
  versions?(dir: string): Promise<readonly string[] | undefined>;
}

/**
 * The modules settling needs, imported once: a dynamic import per call costs a module-map lookup
 * each time (a fifth of settling over the 500 type changes of a 2,000-file folder).
 */
let typeChangeImports: Promise<[typeof import('../sql/ast'), typeof import('../sql/checks/change-column-type')]> | undefined;
const typeChangeModules = () => (typeChangeImports ??= Promise.all([import('../sql/ast'), import('../sql/checks/change-column-type')]));

/** What settling needs of the folder: its earlier migrations, how to read one, and why the folder could not be listed. */
interface Folder {
  earlier: EarlierRange | undefined;
  piecesOf: (name: string) => HistoryRead | Promise<HistoryRead>;
  historyOf: HistoryOf;
  failure: string | undefined;
  /** How many earlier migrations a look back may read. */
  count: number;
}

async function openFolder(history: SqlHistory, dialect: DialectSource | undefined): Promise<Folder> {
  const { input, perFolder, versions } = history;
  // `migrations/` for `migrations/0001_x.sql`; for `migrations/0001_x/up.sql`, the same folder
  // above the migration's own, where its name (`0001_x`) stands for it; for `versioned/v1.2/x.sql`,
  // `versioned/`, where it is `v1.2/x.sql`.
  const own = dirName(input.path);
  const dir = perFolder || versions ? dirName(own.slice(0, -1)) : own;
  const current = perFolder ? baseName(own.slice(0, -1)) : versions ? `${baseName(own.slice(0, -1))}/${baseName(input.path)}` : baseName(input.path);
  const fileOf = (name: string) => (perFolder ? `${dir}${name}/${perFolder}` : `${dir}${name}`);
  let failure: string | undefined;
  let names: readonly string[] | undefined;
  try {
    names = perFolder ? await input.listFolders?.(dir) : versions ? await versions(dir) : await input.listDir!(dir);
  } catch (error) {
    failure = versions
      ? `the versions in ${dir || './'} could not be read (${errorText(error)})`
      : `the folder ${dir || './'} could not be listed (${errorText(error)})`;
  }
  // No listing of the folder that holds this very file: it could not be read (a git or disk error,
  // an API answer that is not a folder), which is not the same as finding nothing in it.
  if (!names && !failure) failure = `the folder ${dir || './'} could not be listed`;
  if (names && history.order)
    try {
      names = await history.order(names, dir);
    } catch (error) {
      names = undefined;
      failure = `the order of the folder's migrations could not be read (${errorText(error)})`;
    }
  const earlier = names
    ? earlierRange(names, current, history.isMigration, HISTORY_FILES, dialect?.dialect ?? 'postgres', !!history.order || !!versions)
    : undefined;
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
        const c = input.readFileNow(fileOf(name));
        read = { pieces: c === undefined ? undefined : [{ sql: c, line: 1 }] };
      } catch (error) {
        read = { error };
      }
      cache.set(name, read);
      return read;
    }
    const reading: Promise<HistoryRead> = input.readFile!(fileOf(name))
      .then(async (c) => ({ pieces: c === undefined ? undefined : await upOf(c, fileOf(name)) }))
      .catch((error: unknown) => ({ error }));
    cache.set(name, reading);
    void reading.then((settled) => cache.set(name, settled));
    return reading;
  };
  const { columnHistory, knownColumnHistory, loadPgParser } = await sqlAnalyser();
  await loadPgParser();
  // Read as this file's database: what Postgres rejects is read tolerantly, per database.
  const historyOf = { parse: (p: SqlPiece[]) => columnHistory(p, dialect), known: (p: SqlPiece[]) => knownColumnHistory(p, dialect) };
  return { earlier, piecesOf, historyOf, failure, count: earlier?.count ?? 0 };
}

/** "the 12 earlier migrations read", or the folder's when none was. */
const readLabel = (count: number): string => (count ? `the ${count} earlier migration${count > 1 ? 's' : ''} read` : "the folder's earlier migrations");

/**
 * Column changes the file alone cannot judge, settled against the folder's earlier migrations
 * (newest first, renames followed). A type change: the same type or a widening withdraws the
 * provisional finding, another type makes it an error naming the old one. A SET or DROP NOT NULL
 * that leaves the column as the earlier migrations had it changes nothing: its finding is
 * withdrawn. What cannot be found keeps its provisional finding, and says why when the history
 * could not be read. A table rebuilt by copy: each earlier column the copy does not take is a
 * drop-column finding.
 */
export async function settleColumnChanges(changes: PendingColumnChange[], hits: Hit[], history: SqlHistory, dialect?: DialectSource): Promise<Hit[]> {
  const { input } = history;
  if (!changes.length || !(history.perFolder || history.versions ? input.listFolders : input.listDir) || !input.readFile) return hits;
  const folder = await openFolder(history, dialect);
  const replaced = new Map<Hit, Hit | undefined>();
  const added: Hit[] = [];
  for (const change of changes) {
    if (change.kind === 'rebuild') added.push(...(await settleRebuild(change, folder)));
    else if (change.kind === 'guard-drop') {
      if (await isNewTable(change, folder)) replaced.set(change.hit, undefined);
    } else if (change.kind === 'partitioned') {
      if (await isPartitioned(change.table, folder)) replaced.set(change.hit, change.partitioned);
    } else if (change.kind === 'null-check') {
      if (await restsOnNullCheck(change, folder)) replaced.set(change.hit, undefined);
    } else if (change.kind === 'nullability' && change.quiet) {
      // Reported only when the earlier migrations show a change.
      const settled = await settleColumn(change, folder);
      if (settled) added.push(settled);
    } else {
      const settled = await settleColumn(change, folder);
      if (settled !== change.hit) replaced.set(change.hit, settled);
    }
  }
  mergeUnknownRestatements(changes, replaced);
  if (!replaced.size && !added.length) return hits;
  const out: Hit[] = [];
  for (const h of hits) {
    if (!replaced.has(h)) out.push(h);
    else if (replaced.get(h)) out.push(replaced.get(h)!);
  }
  return added.length ? [...out, ...added].sort((a, b) => a.line - b.line) : out;
}

/** Settled findings that only say the column's earlier definition was not found (provisional warnings). */
const unknownDefinition = new WeakSet<Hit>();

const unknown = (h: Hit): Hit => {
  unknownDefinition.add(h);
  return h;
};

/**
 * One statement restating a column whose earlier definition was not found (Knex's `.alter()`,
 * Rails' `change_column`, MySQL's `MODIFY`) is one warning, not one per part of what it restates:
 * the type's warning says what the nullability may change too, and the nullability's goes.
 */
function mergeUnknownRestatements(changes: PendingColumnChange[], replaced: Map<Hit, Hit | undefined>): void {
  for (const n of changes) {
    if (n.kind !== 'nullability' || !unknownDefinition.has(replaced.get(n.hit)!)) continue;
    const t = changes.find((c): c is PendingTypeChange => c.kind === 'type' && c.table === n.table && c.column === n.column && c.hit.line === n.hit.line);
    const typeHit = t && replaced.get(t.hit);
    if (!t || !typeHit || !unknownDefinition.has(typeHit)) continue;
    const also = n.nullable ? RESTATED_NULLABLE : RESTATED_NOT_NULL;
    replaced.set(t.hit, { ...typeHit, message: `${typeHit.message} ${also}` });
    replaced.set(n.hit, undefined);
  }
}

/** A type or nullability change settled: its provisional hit, another in its place, or none (withdrawn). */
async function settleColumn(change: PendingTypeChange | PendingNullChange, folder: Folder): Promise<Hit | undefined> {
  const [{ typeLabel }, { settleTypeChange, unknownWideningMessage }] = await typeChangeModules();
  const { traceThrough } = await sqlAnalyser();
  const what = change.kind === 'type' ? 'type' : 'nullable';
  let column = change.column;
  const walked = folder.earlier
    ? await walkHistory<Exclude<Found, { why?: string }>>(change.table, folder.earlier, folder.piecesOf, folder.historyOf, (h, table, name) => {
        const trace = traceThrough(h, table, column, what);
        if (trace.kind === 'lost') return 'lost';
        if (trace.kind !== 'earlier') return { found: { trace, name } };
        column = trace.column;
        return { table: trace.table };
      })
    : {};
  const found: Found = 'found' in walked ? walked.found : walked;
  const why = 'name' in found ? undefined : (found.why ?? folder.failure);
  if (change.kind === 'nullability') return settleNullability(change, found, why, folder.count);
  if ('name' in found && found.trace.kind === 'type') return settleTypeChange(change, found.trace.type, found.name);
  const n = folder.count;
  const searched = why ?? `its earlier type is not in this migration or the ${n ? `${n} earlier one${n > 1 ? 's' : ''} read` : "folder's earlier ones"}`;
  const how = change.kind === 'type' ? change.swap?.how : undefined;
  if (change.hit.severity === 'warning' && !why)
    return unknown({ ...change.hit, message: unknownWideningMessage(change.columnLabel, change.tableLabel, typeLabel(change.type), searched, how) });
  if (change.hit.severity === 'warning')
    return { ...change.hit, message: unknownWideningMessage(change.columnLabel, change.tableLabel, typeLabel(change.type), searched, how) };
  if (why) return { ...change.hit, message: `${change.hit.message} (The old type could not be looked up: ${why}.)` };
  return change.hit;
}

/**
 * Whether one of the constraints a file validated before its SET NOT NULL is, in the earlier
 * migrations, a `CHECK (column IS NOT NULL)` of that column (see `PendingNullCheck`). Not found or
 * not readable: no (the finding stays).
 */
async function restsOnNullCheck(change: PendingNullCheck, folder: Folder): Promise<boolean> {
  if (!folder.earlier) return false;
  const { nullCheckThrough } = await sqlAnalyser();
  // This file's own validations and drops first; the newer migrations' as the walk meets them.
  const seen = { validated: new Set(change.constraints), dropped: new Set(change.dropped) };
  const walked = await walkHistory<true>(change.table, folder.earlier, folder.piecesOf, folder.historyOf, (h, table) => {
    const trace = nullCheckThrough(h, table, change.column, seen);
    if (trace.kind === 'lost') return 'lost';
    return trace.kind === 'found' ? { found: true } : { table: trace.table };
  });
  return 'found' in walked;
}

/**
 * Whether the earlier migrations made the table `PARTITION BY` (its newest CREATE TABLE, renames
 * followed). Not found or not readable: no (the plain table's finding stays).
 */
async function isPartitioned(table: string, folder: Folder): Promise<boolean> {
  if (!folder.earlier) return false;
  const { partitionedThrough } = await sqlAnalyser();
  const walked = await walkHistory<boolean>(table, folder.earlier, folder.piecesOf, folder.historyOf, (h, t) => {
    const trace = partitionedThrough(h, t);
    return trace.kind === 'found' ? { found: trace.partitioned } : { table: trace.table };
  });
  return 'found' in walked && walked.found;
}

/**
 * Whether a `DROP TABLE IF EXISTS` drops nothing: the file creates the table after it, the folder's
 * earlier migrations, all read (none failed, none left out by the bound on reads), never touch it,
 * and they start from an empty database: the oldest creates tables and changes none it does not
 * create. Where the oldest changes tables made elsewhere, or this file is the oldest (killbill/killbill's
 * Flyway folders start from a `ddl.sql` beside them: its catalog folder's first migration drops and
 * creates again tables that file made), the table may have been made outside: the drop stands.
 */
async function isNewTable(change: PendingGuardDrop, folder: Folder): Promise<boolean> {
  const { earlier } = folder;
  if (!change.created.has(change.table) || !earlier || folder.failure || folder.count >= HISTORY_FILES) return false;
  if (!earlier.count || !(await startsEmpty(earlier, folder))) return false;
  const walked = await walkHistory<true>(change.table, earlier, folder.piecesOf, folder.historyOf, (h, table) =>
    h.tables.has(table) ? { found: true } : { table },
  );
  return !('found' in walked) && !walked.why;
}

/** Whether the oldest earlier migration creates tables and changes no table it does not create. */
async function startsEmpty(earlier: EarlierRange, folder: Folder): Promise<boolean> {
  const read = await folder.piecesOf(earlier.names[earlier.index.positions[earlier.end - earlier.count]!]!);
  if ('error' in read || !read.pieces) return false;
  const created = new Set<string>();
  for (const e of folder.historyOf.parse(read.pieces).events) {
    if (e.kind === 'create') created.add(e.table);
    else if (e.kind === 'rename-table' ? !created.has(e.from) : !created.has(e.table)) return false;
  }
  return created.size > 0;
}

/**
 * A table rebuilt by copy, settled: a drop-column finding for each column the table had before
 * (its CREATE TABLE and what later migrations did to it) that the copy does not take; when they
 * cannot be found, its warning says so.
 */
async function settleRebuild(change: PendingRebuild, folder: Folder): Promise<Hit[]> {
  const [{ columnsThrough }, { rebuildDropMessage }] = await Promise.all([sqlAnalyser(), import('../sql/checks/drop-column')]);
  const later: ColumnEvent[] = [];
  const walked = folder.earlier
    ? await walkHistory<string[]>(change.table, folder.earlier, folder.piecesOf, folder.historyOf, (h, table) => {
        const trace = columnsThrough(h, table, later);
        return trace.kind === 'columns' ? { found: trace.columns } : { table: trace.table };
      })
    : {};
  const drop = (c: string): Hit => ({
    rule: 'drop-column',
    line: change.hit.line,
    message: rebuildDropMessage(c, change.name, change.copy, change.refilled.has(c)),
  });
  // A column this file added and the copy leaves out is dropped whatever the earlier migrations say.
  const here = change.addedHere.map(drop);
  if ('found' in walked) return [...walked.found.filter((c) => !change.copied.has(c) && !change.addedHere.includes(c)).map(drop), ...here];
  const why = walked.why ?? folder.failure;
  if (why)
    return [
      ...here,
      { ...change.hit, message: `${change.hit.message} Which columns it had could not be looked up (${why}): check that the copy takes every column.` },
    ];
  return [
    ...here,
    {
      ...change.hit,
      message: `${change.hit.message} Which columns it had is not in this migration or ${readLabel(folder.count)}: check that the copy takes every column.`,
    },
  ];
}

/**
 * What the look back makes of a SET/DROP NOT NULL's provisional finding: withdrawn (undefined) when
 * it restates what the earlier migrations left, kept (the same hit) when it changes it, or said
 * why it could not be judged. A restatement whose column is defined nowhere read (a squashed
 * schema, a table from elsewhere) may change nothing: a warning that says so, as for a widening.
 */
function settleNullability(change: PendingNullChange, found: Found, why: string | undefined, count: number): Hit | undefined {
  if ('name' in found) return found.trace.kind === 'nullable' && found.trace.nullable === change.nullable ? undefined : change.hit;
  if (change.quiet) return undefined;
  if (why) return { ...change.hit, message: `${change.hit.message} (Whether it allowed NULL before could not be looked up: ${why}.)` };
  const read = readLabel(count);
  const was = change.nullable ? 'already allowed NULL' : 'already was NOT NULL';
  return unknown({
    ...change.hit,
    severity: 'warning',
    message: `${change.hit.message} This statement restates the column with its type, and how the column was defined is not in this migration or ${read}: if it ${was}, it changes nothing; if not, the advice above applies.`,
  });
}

/** What an earlier migration (`name`) made a changed column (its type, or whether it allows NULL), or why none could be found. */
type Found = { trace: Extract<ColumnTrace, { kind: 'type' | 'nullable' }>; name: string } | { why?: string };
