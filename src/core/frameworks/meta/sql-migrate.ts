import type { FrameworkMeta } from './types';
import { detectSqlFramework } from '../sql-detect';

// sql-migrate (rubenv/sql-migrate) files sit wherever `dbconfig.yml` points (`migrations/`,
// `sql/`, `engine/sql/api/`): any `.sql` file whose `-- +migrate Up` marker says so.
const sqlMigrate: FrameworkMeta = {
  id: 'sql-migrate',
  globs: ['**/*.sql'],
  comment: '--',
  wideGlobs: true,
  detect: (path, content) => detectSqlFramework(path, content) === 'sql-migrate',
};
export default sqlMigrate;
