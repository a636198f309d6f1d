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
    const history = { input, isMigration };
    const found = downCandidates(path).find((p) => siblings[p] !== undefined);
    if (found === undefined) return analyseUp('sql', pieces, options, 'no-convention', [], history);
    if (await isEmptySql([{ sql: siblings[found] as string, line: 1 }])) {
      return analyseUp('sql', pieces, options, 'empty', [emptyDownHit(1, baseName(found))], history);
    }
    return analyseUp('sql', pieces, options, 'present', [], history, downSqlOf(siblings[found] as string, found));
  },
};

export default sql;
