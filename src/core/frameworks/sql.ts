// Raw SQL migration directories: no down convention, unless a down file sits where one is
// recognisable (`x.sql` with `x.down.sql`/`x_down.sql`, `up/x.sql` with `down/x.sql`, or a
// folder per migration holding `up.sql` and `down.sql`, as Diesel and Hasura write them).
// temporal-sql-tool's `versioned/v1.2/*.sql` (a folder per schema version, its manifest.json
// naming the files it runs) is read as raw SQL too, its earlier versions' files as history.
import type { Framework, MigrationInput } from './framework';
import { sql as meta, downCandidates, isDownPath } from './meta/index';
import { analyseDown, analyseUp, downSqlOf, emptyDownHit, isEmptySql, baseName, sqlOptions } from './shared-sql';
import { drizzleDialect } from './tool-dialect';
import { analyseInVerdict, isDoubt } from './dialect-doubt';
import { byVersion } from './version-order';

export { downCandidates } from './meta/index';

/** The folder's other .sql files in name order, down files left out, for a column's earlier type. */
const isMigration = (name: string) => name.toLowerCase().endsWith('.sql') && !/(?:^|[._])down\.sql$/i.test(name);
/** A folder per migration (Diesel, Hasura): the folders beside this one's named by a version. */
const isMigrationFolder = (name: string) => name.charCodeAt(0) >= 48 && name.charCodeAt(0) <= 57;

/**
 * Diesel's run order: by the version before the first `_`, dashes dropped, compared as text
 * (diesel_migrations' `version_from_string`): crates.io's `2019-06-14-175833_x` runs after its
 * `20140924113530_y`, where comparing the numbers would put 2019 first.
 */
const folderOrder = async (names: readonly string[]): Promise<readonly string[]> => {
  const version = (name: string) => name.slice(0, name.includes('_') ? name.indexOf('_') : name.length).replaceAll('-', '');
  return names
    .map((name) => [version(name), name] as const)
    .sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0))
    .map(([, name]) => name);
};

/** `migrations/2019-06-14-175833_x/up.sql`: the up of a migration that is a folder, named by its version. */
function perFolder(path: string): string | undefined {
  const name = baseName(path);
  if (name !== 'up.sql') return undefined;
  const folder = baseName(path.slice(0, -name.length - 1));
  return isMigrationFolder(folder) ? name : undefined;
}

/** temporal-sql-tool's version folders: `v1.2` (`^v\d+(\.\d+)*$` in its updatetask.go). */
const VERSION_FOLDER = /^v\d+(?:\.\d+)*$/;

/** `…/versioned/v1.2/x.sql`: a file of one of temporal-sql-tool's schema versions. */
export function isVersionedPath(path: string): boolean {
  const parts = path.split('/');
  return parts.length >= 3 && parts[parts.length - 3] === 'versioned' && VERSION_FOLDER.test(parts[parts.length - 2]!);
}

/** Listings of a `versioned/` folder by the listing of its folders: each read once per run. */
const versionListings = new WeakMap<readonly string[], Promise<readonly string[]>>();

/**
 * The files of every version folder in `dir` (`versioned/`), as `v1.2/x.sql`, in the order
 * temporal-sql-tool runs them: versions compared as numbers (`v1.10` after `v1.9`), each
 * version's files as its manifest.json lists them (`SchemaUpdateCqlFiles`), or by name where
 * there is no manifest. A manifest that is not JSON throws: the order is then unknown.
 */
async function versionsIn(input: MigrationInput, dir: string): Promise<readonly string[] | undefined> {
  const folders = await input.listFolders?.(dir);
  if (!folders) return undefined;
  let listing = versionListings.get(folders);
  if (!listing) versionListings.set(folders, (listing = listVersions(input, dir, folders)));
  return listing;
}

async function listVersions(input: MigrationInput, dir: string, folders: readonly string[]): Promise<readonly string[]> {
  const out: string[] = [];
  for (const version of folders.filter((f) => VERSION_FOLDER.test(f)).sort(byVersion)) {
    const manifest = await input.readFile!(`${dir}${version}/manifest.json`);
    let files: readonly string[];
    if (manifest === undefined) {
      const listed = await input.listDir!(`${dir}${version}/`);
      if (!listed) throw new Error(`${dir}${version}/ could not be listed`);
      files = listed.filter(isMigration).sort(byVersion);
    } else files = manifestFiles(manifest, `${dir}${version}/manifest.json`);
    for (const file of files) out.push(`${version}/${file}`);
  }
  return out;
}

/** The files a temporal-sql-tool manifest runs, in its order. */
function manifestFiles(text: string, path: string): string[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path} is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const files = (parsed as { SchemaUpdateCqlFiles?: unknown } | null)?.SchemaUpdateCqlFiles;
  if (!Array.isArray(files) || !files.every((f): f is string => typeof f === 'string')) throw new Error(`${path} has no SchemaUpdateCqlFiles list`);
  return files;
}

const sql: Framework = {
  ...meta,
  async analyse(input) {
    const { path, content, siblings } = input;
    const pieces = [{ sql: content, line: 1 }];
    let options = sqlOptions(input);
    if (!options.dialect) {
      // Not configured or named by the path: drizzle-kit's journal may name it.
      const journal = await drizzleDialect(input);
      // A journal that does not read (or whose read fails) may name any database: in doubt, said.
      if (isDoubt(journal)) return analyseInVerdict(sql, input, journal);
      if (journal) options = { ...options, dialect: journal };
    }
    if (isDownPath(path)) return analyseDown('sql', pieces, options);
    const folder = perFolder(path);
    const history = folder
      ? { input, isMigration: isMigrationFolder, perFolder: folder, order: folderOrder }
      : isVersionedPath(path)
        ? { input, isMigration, versions: (dir: string) => versionsIn(input, dir) }
        : { input, isMigration };
    const found = downCandidates(path).find((p) => siblings[p] !== undefined);
    if (found === undefined) return analyseUp('sql', pieces, options, 'no-convention', [], history);
    if (await isEmptySql([{ sql: siblings[found] as string, line: 1 }])) {
      return analyseUp('sql', pieces, options, 'empty', [emptyDownHit(1, baseName(found))], history);
    }
    return analyseUp('sql', pieces, options, 'present', [], history, downSqlOf(siblings[found] as string, found));
  },
};

export default sql;
