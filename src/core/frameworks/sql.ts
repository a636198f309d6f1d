// Raw SQL migration directories: no down convention, unless a down file sits where one is
// recognisable (`x.sql` with `x.down.sql`/`x_down.sql`, or `up/x.sql` with `down/x.sql`).
import type { Framework } from './framework';
import { SQL_MIGRATION_DIRS, analyseDown, analyseUp, emptyDownHit, isEmptySql, baseName } from './shared-sql';
import { detectSqlFramework } from './sql-detect';

const isDownPath = (path: string): boolean => path.split('/').slice(0, -1).includes('down');

export function downCandidates(path: string): string[] {
  if (isDownPath(path)) return [];
  const stem = path.slice(0, -'.sql'.length);
  const out = [`${stem}.down.sql`, `${stem}_down.sql`];
  const segments = path.split('/');
  const up = segments.lastIndexOf('up');
  if (up >= 0 && up < segments.length - 1) {
    segments[up] = 'down';
    out.push(segments.join('/'));
  }
  return out;
}

const sql: Framework = {
  id: 'sql',
  globs: SQL_MIGRATION_DIRS,
  comment: '--',
  detect: (path, content) => detectSqlFramework(path, content) === 'sql',
  counterparts: downCandidates,
  async analyse({ path, content, siblings }) {
    const pieces = [{ sql: content, line: 1 }];
    if (isDownPath(path)) return analyseDown('sql', pieces);
    const found = downCandidates(path).find((p) => siblings[p] !== undefined);
    if (found === undefined) return analyseUp('sql', pieces, {}, 'no-convention', []);
    if (await isEmptySql([{ sql: siblings[found] as string, line: 1 }])) {
      return analyseUp('sql', pieces, {}, 'empty', [emptyDownHit(1, baseName(found))]);
    }
    return analyseUp('sql', pieces, {}, 'present', []);
  },
};

export default sql;
