import type { FrameworkMeta } from './types';
import { detectSqlFramework } from '../sql-detect';

// dbmate files (`db/migrations/` by default, anywhere with `--migrations-dir`): any `.sql` file
// whose `-- migrate:up` marker says so.
const dbmate: FrameworkMeta = {
  id: 'dbmate',
  globs: ['**/*.sql'],
  wideGlobs: true,
  comment: '--',
  detect: (path, content) => detectSqlFramework(path, content) === 'dbmate',
};
export default dbmate;
