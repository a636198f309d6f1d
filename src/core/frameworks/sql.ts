// Raw SQL migration directories: no down convention, unless a down file sits where one is
// recognisable (`x.sql` with `x.down.sql`/`x_down.sql`, `up/x.sql` with `down/x.sql`, or a
// folder per migration holding `up.sql` and `down.sql`, as Diesel and Hasura write them).
import type { Framework } from './framework';
import { sql as meta, downCandidates, isDownPath } from './meta/index';
import { analyseDown, analyseUp, downSqlOf, emptyDownHit, isEmptySql, baseName, sqlOptions } from './shared-sql';
import { drizzleDialect } from './tool-dialect';

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

const sql: Framework = {
  ...meta,
  async analyse(input) {
    const { path, content, siblings } = input;
    const pieces = [{ sql: content, line: 1 }];
    let options = sqlOptions(input);
    if (!options.dialect) {
      // Not configured or named by the path: drizzle-kit's journal may name it.
      const journal = await drizzleDialect(input);
      if (journal) options = { ...options, dialect: journal };
    }
    if (isDownPath(path)) return analyseDown('sql', pieces, options);
    const folder = perFolder(path);
    const history = folder ? { input, isMigration: isMigrationFolder, perFolder: folder, order: folderOrder } : { input, isMigration };
    const found = downCandidates(path).find((p) => siblings[p] !== undefined);
    if (found === undefined) return analyseUp('sql', pieces, options, 'no-convention', [], history);
    if (await isEmptySql([{ sql: siblings[found] as string, line: 1 }])) {
      return analyseUp('sql', pieces, options, 'empty', [emptyDownHit(1, baseName(found))], history);
    }
    return analyseUp('sql', pieces, options, 'present', [], history, downSqlOf(siblings[found] as string, found));
  },
};

export default sql;
