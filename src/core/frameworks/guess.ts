import type { FrameworkId } from '../types';
import type { Framework } from './framework';
import { detectSqlFramework, isSqitchVerify } from './sql-detect';

// By extension, the frameworks a file outside every configured migration folder could belong to,
// most distinctive first. `lint` uses this; `check` trusts the configured globs.
const BY_EXTENSION: [RegExp, FrameworkId[]][] = [
  [/\.rb$/i, ['rails']],
  [/\.py$/i, ['alembic', 'django']],
  [/\.php$/i, ['laravel']],
  [/\.exs?$/i, ['ecto']],
  [/\.[cm]?[jt]s$/i, ['typeorm', 'sequelize', 'node-pg-migrate', 'knex', 'db-migrate']],
  [/\.fizz$/i, ['pop']],
  [/\.(xml|ya?ml|json)$/i, ['liquibase']],
];

/** The framework of a migration file judged from its name and content alone. */
export function guessFramework(path: string, content: string, frameworks: readonly Framework[]): Framework | undefined {
  const byId = (id: FrameworkId) => frameworks.find((f) => f.id === id);
  if (/\.sql$/i.test(path)) {
    if (/(^|\/)prisma\/migrations\//.test(path)) return byId('prisma');
    if (/--\s*liquibase\s+formatted\s+sql/i.test(content.slice(0, 2000))) return byId('liquibase');
    // A Sqitch verify script checks a deploy; it is no migration (see `isSqitchVerify`).
    if (isSqitchVerify(path)) return undefined;
    return byId(detectSqlFramework(path, content) ?? 'sql');
  }
  for (const [pattern, ids] of BY_EXTENSION) {
    if (!pattern.test(path)) continue;
    for (const id of ids) {
      const fw = byId(id);
      if (fw && (!fw.detect || fw.detect(path, content))) return fw;
    }
    // Ruby, PHP and Elixir files have one candidate; the others need their content to agree.
    return ids.length === 1 && ids[0] !== 'liquibase' && ids[0] !== 'pop' ? byId(ids[0]!) : undefined;
  }
  return undefined;
}

/** How frameworks are named in messages. */
const NAMES: Partial<Record<FrameworkId, string>> = {
  knex: 'Knex',
  sequelize: 'Sequelize',
  typeorm: 'TypeORM',
  'node-pg-migrate': 'node-pg-migrate',
  'db-migrate': 'db-migrate',
  alembic: 'Alembic',
  django: 'Django',
  laravel: 'Laravel',
  ecto: 'Ecto',
  rails: 'Rails',
  liquibase: 'Liquibase',
};

/**
 * Why no reader analyses a file that looks like a migration (or that `lint` was given), for the
 * `not-analysed` notice: what the file seems to be, and what rollback-ready reads instead.
 */
export function unreadReason(path: string, candidates: readonly FrameworkId[]): string {
  const lower = path.toLowerCase();
  if (isSqitchVerify(path)) return SQITCH_VERIFY;
  if (lower.endsWith('.go'))
    return "It is Go code where migrations live that registers no goose migration (`goose.AddMigrationContext(up, down)`, which is read): a Go migration of a project's own runner (listmonk's), or a helper of one. rollback-ready reads SQL migrations and goose's Go migrations, not other Go: review it by hand.";
  if (/\.(java|kt)$/.test(lower)) return 'It is a Flyway Java or Kotlin migration, and rollback-ready reads SQL migrations, not JVM code: review it by hand.';
  const names = [...new Set(candidates.map((id) => NAMES[id] ?? id))];
  if (names.length) {
    const list = names.length > 1 ? `${names.slice(0, -1).join(', ')} or ${names[names.length - 1]}` : names[0];
    return `It sits where ${list} migrations live, but its content is not a ${list} migration rollback-ready can read, so it was not analysed: check that it is the migration you meant, or review it by hand.`;
  }
  // EF Core's generated .Designer.cs and model snapshot are not migrations themselves.
  if (lower.endsWith('.cs') && !/(\.designer|modelsnapshot)\.cs$/.test(lower))
    return 'It is an Entity Framework (C#) migration, and rollback-ready reads SQL migrations, not .NET code: review it by hand (or lint the SQL `dotnet ef migrations script` writes).';
  if (lower.endsWith('.rb'))
    return "It is a Ruby migration outside Rails' db/migrate (Sequel's, or ActiveRecord's kept elsewhere), which rollback-ready does not read: review it by hand, or set the folder under paths.migrations.rails if it is ActiveRecord's.";
  if (lower.endsWith('.php'))
    return 'It is a PHP migration of a runner rollback-ready does not read (Doctrine, Phinx, CakePHP or Yii; it reads Laravel): review it by hand.';
  return NEITHER_MIGRATION_NOR_DEPLOY;
}

/** Why a file that is not a migration at all was not analysed. */
export const NEITHER_MIGRATION_NOR_DEPLOY =
  'It is neither a migration nor a deploy file rollback-ready knows (by its path and content), so it was not analysed.';

/** Why a Sqitch verify script was not analysed: it is not a migration (it is listed as skipped). */
export const SQITCH_VERIFY =
  'It is a Sqitch verify script: it checks what its deploy script made and changes nothing (Sqitch runs it after the deploy), so it is not linted as a migration; its deploy and revert scripts are.';
