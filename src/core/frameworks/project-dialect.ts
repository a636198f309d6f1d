// The database a migration's project names outside the migration: its app's config (Rails'
// database.yml, Laravel's DB_CONNECTION, Django's DATABASES, a knexfile, Sequelize's config, Ecto's
// mix.exs, TypeORM's DataSource or ormconfig), its JVM config (Spring's application*.yml, flyway.conf, liquibase.properties, the Maven build), goose's go.mod driver, Sqitch's
// engine, drizzle-kit's journal or Prisma's migration_lock.toml. The same readers each framework's
// lint reads it with (app-dialect.ts, jvm-dialect.ts, go-mod-dialect.ts, sqitch.ts, tool-dialect.ts),
// gathered for those that ask without linting: the drill, which rehearses Postgres only. Where the
// project's files disagree, or one of them could not be read, the answer is the doubt itself (never
// Postgres by default): the drill does not rehearse such a migration, and says what settles it.
import type { FrameworkId } from '../types';
import type { MigrationInput } from './framework';
import { appConfigDialect, type AppFramework } from './app-dialect';
import { goProjectDialect } from './go-mod-dialect';
import { jvmDialectVerdict } from './jvm-dialect';
import type { DialectVerdict } from './dialect-doubt';
import { dirName } from './shared-sql';
import { sqitchProjectDialect } from './sqitch';
import { drizzleDialect, prismaDialect, type ConfigReader } from './tool-dialect';

const APP_FRAMEWORKS: ReadonlySet<FrameworkId> = new Set<AppFramework>(['rails', 'laravel', 'django', 'knex', 'sequelize', 'ecto', 'typeorm']);

/**
 * The database the project's config names for the migration at `path` of `framework`; undefined
 * when none says one (the migration is then read as Postgres, as lint reads it); a doubt when its
 * files disagree or one could not be read. The config's `dialect:` setting and the path come first:
 * callers ask them before this.
 */
export function projectDialect(framework: FrameworkId, path: string, read: ConfigReader, list?: MigrationInput['listDir']): Promise<DialectVerdict> {
  if (APP_FRAMEWORKS.has(framework)) return appConfigDialect(framework as AppFramework, path, read, list);
  switch (framework) {
    case 'flyway':
      return jvmDialectVerdict(path, read, list);
    // Liquibase's formatted SQL the drill runs: read as lint reads it (withJvmDialect(…, 'liquibase')).
    case 'liquibase':
      return jvmDialectVerdict(path, read, list, 'liquibase');
    case 'goose':
      return goProjectDialect(dirName(path), read);
    case 'sqitch':
      return sqitchProjectDialect({ path, readFile: read });
    case 'sql':
      return drizzleDialect({ path, readFile: read });
    case 'prisma':
      return prismaDialect({ path, readFile: read });
    default:
      return Promise.resolve(undefined);
  }
}
