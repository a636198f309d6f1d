// The changelogs that run before a Liquibase changelog, for looking a column's earlier type or
// nullability back through them (sql-history.ts): first the master changelog that includes this
// one is looked for in its folder and the folders above it, and the masters above that one; the
// top one's `<include>` and `<includeAll>` entries, followed in document order (includeAll: the
// folder's changelogs sorted by path, as Liquibase's standard comparator does), give what runs
// before it. Without a master, the folder's changelogs in the order includeAll would run them
// (alphabetical). apache/fineract's `tenant/parts/0117_set_datetime_precision.xml` changes
// columns `tenant/parts/0001_initial_schema.xml` created, both included by
// `tenant/changelog-tenant.xml` and `tenant/initial-switch-changelog-tenant.xml`, themselves
// included by `db.changelog-master.xml`.
import type { MigrationInput } from '../framework';
import type { SqlHistory } from '../sql-history';
import type { SqlPiece } from '../../sql/lint-sql';
import type { Dialect } from '../../sql/dialect';
import { liquibaseFormat } from '../meta/index';
import { baseName, dirName, normalisePath } from '../shared-sql';
import { changelogEntries, mayInclude, type ChangelogEntry } from './includes';
import { contextDbms } from './context';
import { dbmsTarget } from './dbms';
import { loadYaml } from './yaml';

/** The file names Liquibase reads as changelogs (includeAll's default filter). */
const CHANGELOG_FILE = /\.(?:xml|ya?ml|json|sql)$/i;

/** Folders above a changelog's own looked through for the master that includes it. */
const LEVELS_UP = 5;
/** Candidate masters read at most while looking for the one that includes a changelog. */
const CANDIDATE_READS = 40;
/** Masters above masters followed at most (a cycle, or a tree deeper than any seen). */
const NESTING = 8;
/** Changelogs placed at most before the one looked back from. */
const RUN_FILES = 5_000;

/** The classpath root a changelog sits under (`fineract-provider/src/main/resources/`), or '' (the repository's root). */
export function resourceRoot(path: string): string {
  const at = path.lastIndexOf('/resources/');
  if (at >= 0) return path.slice(0, at + '/resources/'.length);
  return path.startsWith('resources/') ? 'resources/' : '';
}

/**
 * Where a path written in a changelog (`include file`, `includeAll path`, `sqlFile path`) may be:
 * beside the changelog with `relativeToChangelogFile`, otherwise on Liquibase's search path (the
 * changelog's classpath root, the repository root, a Maven/Gradle `src/main/resources`), and
 * beside the changelog as a last guess.
 */
export function pathCandidates(changelog: string, written: string, relativeToChangelog: boolean): string[] {
  const dir = dirName(changelog);
  const clean = written.replace(/^classpath\*?:/, '').replace(/^\/+/, '');
  const root = resourceRoot(changelog);
  const candidates = relativeToChangelog ? [`${dir}${clean}`] : [`${root}${clean}`, clean, `src/main/resources/${clean}`, `${dir}${clean}`];
  return [...new Set(candidates.map(normalisePath).filter((p): p is string => !!p))];
}

/** Whether an include whose context is `context` runs on `dialect` (a context naming another database does not). */
function runsOn(context: string | undefined, dialect: Dialect): boolean {
  const dbms = contextDbms(context);
  return dbms === undefined || dbmsTarget(dbms, dialect).run === 'here';
}

/** `from/` → `to`, as a relative include writes it (`../parts/0001.xml`). */
export function relativePath(fromDir: string, to: string): string {
  const from = fromDir.split('/').filter(Boolean);
  const target = to.split('/');
  let common = 0;
  while (common < from.length && common < target.length - 1 && from[common] === target[common]) common++;
  return [...from.slice(common).map(() => '..'), ...target.slice(common)].join('/');
}

/**
 * Changelogs' entries by content (the face hands the same string to every reader: a lookup costs
 * no rehash) and format: every changelog that looks back reads the same ones.
 */
const entryCache = new Map<string, Map<string, ChangelogEntry[]>>();
const ENTRY_CACHE_LIMIT = 500;
const CHANGESETS_ONLY: readonly ChangelogEntry[] = [{ kind: 'changeSets' }];

/** A changelog's run-order entries (its YAML loaded first when it is YAML or JSON). */
async function entriesOf(content: string, path: string): Promise<readonly ChangelogEntry[]> {
  const format = liquibaseFormat(path, content);
  if (format === undefined) return CHANGESETS_ONLY;
  let byFormat = entryCache.get(content);
  let entries = byFormat?.get(format);
  if (!entries) {
    if (format !== 'sql' && mayInclude(content)) await loadYaml();
    entries = changelogEntries(content, path);
    if (!byFormat) {
      if (entryCache.size >= ENTRY_CACHE_LIMIT) entryCache.delete(entryCache.keys().next().value as string);
      entryCache.set(content, (byFormat = new Map()));
    }
    byFormat.set(format, entries);
  }
  return entries;
}

/** Master-like names first (`db.changelog-master.xml`), then other changelog names, then the rest. */
const rank = (name: string): number => (/master|main|root|index/i.test(name) ? 0 : /changelog|all|include/i.test(name) ? 1 : 2);

/** The folder and the folders above it, up to a classpath root (`…/resources/`) or the repository's root. */
function foldersUp(dir: string): string[] {
  const out = [dir];
  let at = dir;
  for (let i = 0; i < LEVELS_UP && at !== '' && !/(^|\/)resources\/$/.test(at); i++) {
    at = dirName(at.slice(0, -1));
    out.push(at);
  }
  return out;
}

/** Reads one file of the repository; a face that reads nothing (no `readFile`) finds nothing. */
const readText = (input: MigrationInput, path: string): Promise<string | undefined> => input.readFile?.(path) ?? Promise.resolve(undefined);

/** The changelogs in a folder and the folders under it, sorted by path (includeAll's order). */
async function changelogsUnder(input: MigrationInput, folder: string, depth = 0): Promise<string[]> {
  const files = ((await input.listDir?.(folder)) ?? []).filter((n) => CHANGELOG_FILE.test(n)).map((n) => `${folder}${n}`);
  const sub = depth < 6 ? ((await input.listFolders?.(folder)) ?? []) : [];
  for (const f of sub) files.push(...(await changelogsUnder(input, `${folder}${f}/`, depth + 1)));
  return files.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** The first folder of `candidates` that holds files or folders, with a trailing slash; undefined when none. */
async function existingFolder(input: MigrationInput, candidates: string[]): Promise<string | undefined> {
  for (const c of candidates) {
    // A folder of folders lists no files (git's listing of it is empty).
    if ((await input.listDir?.(`${c}/`)) !== undefined || (await input.listFolders?.(`${c}/`))?.length) return `${c}/`;
  }
  return undefined;
}

/** Whether `master` includes `child` (by `include file`, or an `includeAll` of a folder above it). */
async function includes(input: MigrationInput, master: string, content: string, child: string): Promise<boolean> {
  for (const e of await entriesOf(content, master)) {
    if (e.kind === 'include' && pathCandidates(master, e.file, e.relative).includes(child)) return true;
    if (e.kind === 'includeAll' && (!e.endsWith || child.endsWith(e.endsWith))) {
      const folder = await existingFolder(input, pathCandidates(master, e.path, e.relative));
      if (folder && child.startsWith(folder)) return true;
    }
  }
  return false;
}

/**
 * The master changelog that includes `child`, looked for in its folder and those above; undefined
 * when none is found. Names a master goes by are read first, nearest first (`db.changelog-master.xml`
 * two folders up before the `changelog-tenant.xml` beside it); in the changelog's own folder only
 * those (its other neighbours are its peers).
 */
async function masterOf(input: MigrationInput, child: string, chain: ReadonlySet<string>): Promise<string | undefined> {
  const candidates: { path: string; rank: number; level: number }[] = [];
  for (const [level, folder] of foldersUp(dirName(child)).entries())
    for (const name of (await input.listDir?.(folder)) ?? []) {
      const path = `${folder}${name}`;
      const r = rank(name);
      if (CHANGELOG_FILE.test(name) && path !== child && !chain.has(path) && (level > 0 || r < 2)) candidates.push({ path, rank: r, level });
    }
  candidates.sort((a, b) => a.rank - b.rank || a.level - b.level || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const { path } of candidates.slice(0, CANDIDATE_READS)) {
    const content = await readText(input, path);
    if (content === undefined || !mayInclude(content) || !(content.includes(baseName(child)) || content.includes('includeAll'))) continue;
    if (await includes(input, path, content, child)) return path;
  }
  return undefined;
}

/** The top master above `path` (following masters of masters), or undefined when nothing includes it. */
async function topMaster(input: MigrationInput, path: string): Promise<string | undefined> {
  const chain = new Set([path]);
  let top: string | undefined;
  for (let at = path, i = 0; i < NESTING; i++) {
    const master = await masterOf(input, at, chain);
    if (!master) break;
    chain.add(master);
    top = at = master;
  }
  return top;
}

/** What runs before a changelog: repository paths in run order, and the entries among them that cannot be read, with why. */
export interface RunBefore {
  paths: string[];
  /** Includes that could not be found or read (the look back stops there, saying why). */
  unreadable: Map<string, string>;
  /** SQL files an includeAll runs as changelogs of their own (raw SQL, one changeset each). */
  rawSql: Set<string>;
}

const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error)).split('\n')[0]!;

/** The first of an include's candidates that exists (`current` is known to), the one whose read failed, or none. */
async function firstFound(input: MigrationInput, candidates: string[], current: string): Promise<{ path: string } | { failed: string; why: string } | object> {
  for (const c of candidates) {
    if (c === current) return { path: c };
    try {
      if ((await readText(input, c)) !== undefined) return { path: c };
    } catch (error) {
      return { failed: c, why: errorText(error) };
    }
  }
  return {};
}

/**
 * The changelogs `root` runs before `current`, on `dialect` (includes whose context names another
 * database are left out), or undefined when `root` never reaches it.
 */
async function runBefore(input: MigrationInput, root: string, current: string, dialect: Dialect): Promise<RunBefore | undefined> {
  const run: RunBefore = { paths: [], unreadable: new Map(), rawSql: new Set() };
  const placed = new Set<string>();
  const open = new Set<string>();
  let reached = false;
  const place = (path: string) => {
    if (placed.has(path) || placed.size >= RUN_FILES) return;
    placed.add(path);
    run.paths.push(path);
  };
  const unreadable = (path: string, why: string) => {
    if (!placed.has(path)) run.unreadable.set(path, why);
    place(path);
  };
  /** Reads and places one included file (a master: what it includes, in its place). */
  const include = async (path: string): Promise<void> => {
    if (path === current) return visit(path, input.content);
    if (placed.has(path) || open.has(path)) return;
    let content: string | undefined;
    try {
      content = await readText(input, path);
    } catch (error) {
      return unreadable(path, errorText(error));
    }
    if (content === undefined) return unreadable(path, 'it was not found');
    // includeAll runs a plain SQL file as one changeset of its own.
    if (path.toLowerCase().endsWith('.sql') && liquibaseFormat(path, content) === undefined) {
      run.rawSql.add(path);
      return place(path);
    }
    return visit(path, content);
  };
  const visit = async (path: string, content: string): Promise<void> => {
    open.add(path);
    for (const e of await entriesOf(content, path)) {
      if (reached) return;
      if (e.kind === 'changeSets') {
        if (path === current) reached = true;
        else place(path);
        continue;
      }
      if (!runsOn(e.context, dialect)) continue;
      if (e.kind === 'include') {
        const candidates = pathCandidates(path, e.file, e.relative);
        const found = await firstFound(input, candidates, current);
        if ('path' in found) await include(found.path);
        else if ('failed' in found) unreadable(found.failed, found.why);
        else if (!e.optional && candidates[0])
          unreadable(candidates[0], `it was not found (\`${e.file}\`, included by ${path}; looked for ${candidates.map((c) => `\`${c}\``).join(', ')})`);
      } else {
        const candidates = pathCandidates(path, e.path, e.relative);
        const folder = await existingFolder(input, candidates);
        const files = folder ? (await changelogsUnder(input, folder)).filter((f) => !e.endsWith || f.endsWith(e.endsWith)) : [];
        if (!files.length && !e.optional && candidates[0])
          unreadable(candidates[0], `the folder of \`includeAll path="${e.path}"\` (in ${path}) was not found or is empty`);
        for (const f of files) {
          if (reached) return;
          await include(f);
        }
      }
    }
    open.delete(path);
  };
  await include(root);
  return reached ? run : undefined;
}

/**
 * What runs before the changelog `input` on `dialect`: the top master's includes when one is
 * found (and reaches it), else the changelogs of its folder in includeAll's order. Throws when a
 * folder or a candidate master cannot be read (the look back then says so).
 */
export async function changelogsBefore(input: MigrationInput, dialect: Dialect, listing: readonly string[]): Promise<RunBefore> {
  const current = normalisePath(input.path) ?? input.path;
  const top = await topMaster(input, current);
  let run = top ? await runBefore(input, top, current, dialect) : undefined;
  // The changelog is itself a master that includes changelogs before its own changesets.
  if (!run && mayInclude(input.content)) run = await runBefore(input, current, current, dialect);
  if (run) return run;
  const dir = dirName(current);
  const paths = listing
    .filter((n) => CHANGELOG_FILE.test(n))
    .map((n) => `${dir}${n}`)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return { paths: paths.slice(0, Math.max(0, paths.indexOf(current))), unreadable: new Map(), rawSql: new Set() };
}

/** Module-level (the look back keeps a listing's index per predicate): every name of an ordered run is a changelog. */
const isRunEntry = (): boolean => true;

/**
 * The look back of a changelog read as `dialect`: the changelogs before it (`changelogsBefore`),
 * named relative to its folder, each read as `dialect` by `pieces`.
 */
export function liquibaseHistory(
  input: MigrationInput,
  dialect: Dialect,
  pieces: (content: string, path: string, dialect: Dialect) => Promise<SqlPiece[]>,
): SqlHistory | undefined {
  const { readFile } = input;
  if (!readFile || !input.listDir) return undefined;
  const repoPath = (path: string) => normalisePath(path) ?? path;
  const dir = dirName(repoPath(input.path));
  let run: RunBefore | undefined;
  return {
    input: {
      ...input,
      // The names are relative to the changelog's folder (`../parts/0001_initial_schema.xml`).
      readFile: async (path) => {
        const at = repoPath(path);
        const why = run?.unreadable.get(at);
        if (why !== undefined) throw new Error(why);
        return readFile(at);
      },
      readFileNow: undefined,
    },
    isMigration: isRunEntry,
    upPieces: (content, path) => {
      const at = repoPath(path);
      return run?.rawSql.has(at) ? [{ sql: content, line: 1 }] : pieces(content, at, dialect);
    },
    order: async (listing) => {
      run = await changelogsBefore(input, dialect, listing);
      const relative = run.paths.map((p) => relativePath(dir, p));
      return [...relative, baseName(input.path)];
    },
  };
}
