// golang-migrate: `NNN_name.up.sql` beside `NNN_name.down.sql` (or `_up.sql` / `_down.sql`).
// Its Postgres driver sends a file as one query string, so several statements run as one
// implicit transaction (CREATE INDEX CONCURRENTLY then fails).
import type { Framework } from './framework';
import { golangMigrate as meta, downPathOf } from './meta/index';
import { analyseDown, analyseUp, downSqlOf, judgeDownFile, sqlOptions } from './shared-sql';

export { downPathOf } from './meta/index';

const DOWN = /([._])down\.sql$/;
const isUpMigration = (name: string) => downPathOf(name) !== undefined;

const golangMigrate: Framework = {
  ...meta,
  async analyse(input) {
    const { path, content, siblings } = input;
    const options = sqlOptions(input, { multiStatementTransaction: true });
    const pieces = [{ sql: content, line: 1 }];
    if (DOWN.test(path)) return analyseDown('golang-migrate', pieces, options);
    const downPath = downPathOf(path);
    const judged = downPath ? await judgeDownFile(siblings[downPath], downPath) : { down: 'no-convention' as const, hits: [] };
    const history = { input, isMigration: isUpMigration };
    const down = downPath && judged.down === 'present' ? downSqlOf(siblings[downPath]!, downPath) : undefined;
    return analyseUp('golang-migrate', pieces, options, judged.down, judged.hits, history, down);
  },
};

export default golangMigrate;
