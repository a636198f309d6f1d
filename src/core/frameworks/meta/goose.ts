import type { FrameworkMeta } from './types';
import { detectSqlFramework } from '../sql-detect';

// goose files sit wherever a project keeps them (`migrations/`, `sql/schema/` beside sqlc,
// `db/db_mysql/migrations/`): any `.sql` file whose `-- +goose Up` marker says so. Its Go
// migrations sit in a folder named for migrations (navidrome's `db/migrations/`, hatchet's
// `cmd/hatchet-migrate/migrate/migrations/`, goose's own `examples/go-migrations/`): a `.go` file
// there that registers its functions with goose (`goose.AddMigrationContext(up, down)`, pressly/goose
// register.go).
const goose: FrameworkMeta = {
  id: 'goose',
  globs: ['**/*.sql', '**/*migration*/**/*.go', '**/*migrate*/**/*.go'],
  wideGlobs: true,
  comment: '--',
  detect: (path, content) => (path.endsWith('.go') ? isGooseGo(content) : detectSqlFramework(path, content) === 'goose'),
};
export default goose;

/** A Go file that registers a goose migration: it calls `goose.AddMigration…` (or `AddNamedMigration…`). */
export const isGooseGo = (content: string): boolean => /\bgoose\.Add(Named)?Migration(NoTx)?(Context)?\s*\(/.test(content);
