import type { FrameworkMeta } from './types';
import { detectSqlFramework } from '../sql-detect';

// goose files sit wherever a project keeps them (`migrations/`, `sql/schema/` beside sqlc,
// `db/db_mysql/migrations/`): any `.sql` file whose `-- +goose Up` marker says so.
const goose: FrameworkMeta = {
  id: 'goose',
  globs: ['**/*.sql'],
  wideGlobs: true,
  comment: '--',
  detect: (path, content) => detectSqlFramework(path, content) === 'goose',
};
export default goose;
