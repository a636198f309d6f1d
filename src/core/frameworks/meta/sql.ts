import type { FrameworkMeta } from './types';
import { SQL_MIGRATION_DIRS } from '../shared-sql';
import { detectSqlFramework } from '../sql-detect';

/**
 * A down file of a pair: under a `down/` folder (`up/x.sql`–`down/x.sql`), or `down.sql` beside
 * `up.sql` in a migration's own folder (Diesel's `migrations/<version>_<name>/`, Hasura's
 * `migrations/<database>/<version>_<name>/`).
 */
export const isDownPath = (path: string): boolean => {
  const segments = path.split('/');
  return segments.slice(0, -1).includes('down') || segments[segments.length - 1]!.toLowerCase() === 'down.sql';
};

export function downCandidates(path: string): string[] {
  if (isDownPath(path)) return [];
  const stem = path.slice(0, -'.sql'.length);
  const slash = path.lastIndexOf('/');
  if (path.slice(slash + 1).toLowerCase() === 'up.sql') return [`${path.slice(0, slash + 1)}down.sql`];
  const out = [`${stem}.down.sql`, `${stem}_down.sql`];
  const segments = path.split('/');
  const up = segments.lastIndexOf('up');
  if (up >= 0 && up < segments.length - 1) {
    segments[up] = 'down';
    out.push(segments.join('/'));
  }
  return out;
}

const sql: FrameworkMeta = {
  id: 'sql',
  globs: SQL_MIGRATION_DIRS,
  comment: '--',
  detect: (path, content) => detectSqlFramework(path, content) === 'sql',
  counterparts: downCandidates,
};
export default sql;
