import type { FrameworkMeta } from './types';
import { SQL_MIGRATION_DIRS } from '../shared-sql';
import { detectSqlFramework } from '../sql-detect';

const dbmate: FrameworkMeta = {
  id: 'dbmate',
  globs: SQL_MIGRATION_DIRS,
  comment: '--',
  detect: (path, content) => detectSqlFramework(path, content) === 'dbmate',
};
export default dbmate;
