import type { FrameworkMeta } from './types';
import { SQL_MIGRATION_DIRS } from '../shared-sql';
import { detectSqlFramework } from '../sql-detect';

/**
 * A down file of a pair: under a `down/` folder (`up/x.sql`–`down/x.sql`), or `down.sql` beside
 * `up.sql` in a migration's own folder (Diesel's `migrations/<version>_<name>/`, Hasura's
 * `migrations/<database>/<version>_<name>/`).
 */
export const isDownPath = (path: string): boolean => path.split('/').slice(0, -1).includes('down') || isFolderPerMigration(path, 'down.sql');

/** A raw SQL migration kept in a folder of its own as `up.sql` (or `name`): Diesel, Hasura. */
export const isFolderPerMigration = (path: string, name = 'up.sql'): boolean => path.slice(path.lastIndexOf('/') + 1).toLowerCase() === name;

export function downCandidates(path: string): string[] {
  if (isDownPath(path)) return [];
  const stem = path.slice(0, -'.sql'.length);
  if (isFolderPerMigration(path)) return [`${path.slice(0, path.lastIndexOf('/') + 1)}down.sql`];
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
