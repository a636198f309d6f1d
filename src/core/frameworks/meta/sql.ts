import type { FrameworkMeta } from './types';
import { SQL_MIGRATION_DIRS } from '../shared-sql';
import { detectSqlFramework } from '../sql-detect';

/** A file under a `down/` folder: the down half of an `up/`–`down/` pair. */
export const isDownPath = (path: string): boolean => path.split('/').slice(0, -1).includes('down');

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

const sql: FrameworkMeta = {
  id: 'sql',
  globs: SQL_MIGRATION_DIRS,
  comment: '--',
  detect: (path, content) => detectSqlFramework(path, content) === 'sql',
  counterparts: downCandidates,
};
export default sql;
