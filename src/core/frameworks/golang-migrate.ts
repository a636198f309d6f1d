// golang-migrate: `NNN_name.up.sql` beside `NNN_name.down.sql` (or `_up.sql` / `_down.sql`).
// Its Postgres driver sends a file as one query string, so several statements run as one
// implicit transaction (CREATE INDEX CONCURRENTLY then fails).
import type { Framework } from './framework';
import { analyseDown, analyseUp, judgeDownFile } from './shared-sql';
import { detectSqlFramework } from './sql-detect';

const UP = /([._])up\.sql$/;
const DOWN = /([._])down\.sql$/;

/** The down file of an up file, or undefined for a down file. */
export function downPathOf(path: string): string | undefined {
  return UP.test(path) ? path.replace(UP, '$1down.sql') : undefined;
}

const golangMigrate: Framework = {
  id: 'golang-migrate',
  globs: ['**/*.up.sql', '**/*.down.sql', '**/*_up.sql', '**/*_down.sql'],
  comment: '--',
  detect: (path, content) => detectSqlFramework(path, content) === 'golang-migrate',
  counterparts(path) {
    const down = downPathOf(path);
    return down ? [down] : [];
  },
  async analyse({ path, content, siblings }) {
    const options = { multiStatementTransaction: true };
    const pieces = [{ sql: content, line: 1 }];
    if (DOWN.test(path)) return analyseDown('golang-migrate', pieces, options);
    const downPath = downPathOf(path);
    const judged = downPath ? await judgeDownFile(siblings[downPath], downPath) : { down: 'no-convention' as const, hits: [] };
    return analyseUp('golang-migrate', pieces, options, judged.down, judged.hits);
  },
};

export default golangMigrate;
