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

const REGISTER = String.raw`Add(Named)?Migration(NoTx)?(Context)?\s*\(`;

/**
 * A Go file that registers a goose migration: it calls `goose.AddMigration…` (or
 * `AddNamedMigration…`), goose by the name its import gives it: `g.AddMigrationContext` after
 * `import g "github.com/pressly/goose/v3"`, a bare `AddMigrationContext` after a dot import. (A
 * file this lets through that registers nothing gets a notice from the reader, goose-go.ts.)
 */
export function isGooseGo(content: string): boolean {
  if (new RegExp(String.raw`\bgoose\.${REGISTER}`).test(content)) return true;
  for (const m of content.matchAll(/(?:^|[\s(])([A-Za-z_][A-Za-z0-9_]*|\.)\s+"[^"\n]*\/goose(?:\/v[0-9]+)?"/g)) {
    const name = m[1]!;
    if (name === '_') continue;
    const call = name === '.' ? String.raw`(?<![\w.])${REGISTER}` : String.raw`\b${name}\.${REGISTER}`;
    if (new RegExp(call).test(content)) return true;
  }
  return false;
}
