import type { FrameworkMeta } from './types';
import { SQL_MIGRATION_DIRS } from '../shared-sql';
import { detectSqlFramework } from '../sql-detect';

const goose: FrameworkMeta = {
  id: 'goose',
  globs: [...SQL_MIGRATION_DIRS, '**/goose/**/*.sql'],
  comment: '--',
  detect: (path, content) => detectSqlFramework(path, content) === 'goose',
};
export default goose;
