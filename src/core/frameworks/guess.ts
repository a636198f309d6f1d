import type { FrameworkId } from '../types';
import type { Framework } from './framework';
import { detectSqlFramework } from './sql-detect';

// By extension, the frameworks a file outside every configured migration folder could belong to,
// most distinctive first. `lint` uses this; `check` trusts the configured globs.
const BY_EXTENSION: [RegExp, FrameworkId[]][] = [
  [/\.rb$/i, ['rails']],
  [/\.py$/i, ['alembic', 'django']],
  [/\.php$/i, ['laravel']],
  [/\.exs?$/i, ['ecto']],
  [/\.[cm]?[jt]s$/i, ['typeorm', 'sequelize', 'node-pg-migrate', 'knex']],
  [/\.(xml|ya?ml|json)$/i, ['liquibase']],
];

/** The framework of a migration file judged from its name and content alone. */
export function guessFramework(path: string, content: string, frameworks: readonly Framework[]): Framework | undefined {
  const byId = (id: FrameworkId) => frameworks.find((f) => f.id === id);
  if (/\.sql$/i.test(path)) {
    if (/(^|\/)prisma\/migrations\//.test(path)) return byId('prisma');
    if (/--\s*liquibase\s+formatted\s+sql/i.test(content.slice(0, 2000))) return byId('liquibase');
    return byId(detectSqlFramework(path, content) ?? 'sql');
  }
  for (const [pattern, ids] of BY_EXTENSION) {
    if (!pattern.test(path)) continue;
    for (const id of ids) {
      const fw = byId(id);
      if (fw && (!fw.detect || fw.detect(path, content))) return fw;
    }
    // Ruby, PHP and Elixir files have one candidate; the others need their content to agree.
    return ids.length === 1 && ids[0] !== 'liquibase' ? byId(ids[0]!) : undefined;
  }
  return undefined;
}
