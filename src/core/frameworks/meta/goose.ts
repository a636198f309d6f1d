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
  return registersWithClient(content);
}

/**
 * An `init()` that registers with a goose client of its package, no package it imports: fleet's
 * migrations call `MigrationClient.AddMigration(Up_…, Down_…)`, the client made in the package's
 * migration.go (`goose.New(…)` of its fork of goose). The reader checks the client is goose's; a
 * file where it is not gets its notice.
 */
function registersWithClient(content: string): boolean {
  if (!/\bfunc init\(\)/.test(content)) return false;
  const imported = new Set<string>();
  for (const m of content.matchAll(/^\s*(?:import\s+)?(?:([A-Za-z_][A-Za-z0-9_]*)\s+)?"([^"\n]+)"\s*$/gm))
    imported.add(
      m[1] ??
        m[2]!
          .split('/')
          .filter((p) => !/^v[0-9]+$/.test(p))
          .at(-1)!,
    );
  for (const m of content.matchAll(new RegExp(String.raw`\b([A-Za-z_][A-Za-z0-9_]*)\.${REGISTER}`, 'g'))) if (!imported.has(m[1]!)) return true;
  return false;
}
