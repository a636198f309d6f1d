// The database a migration's project config names, asked without linting (the drill's question):
// src/core/frameworks/project-dialect.ts gathers each framework's reader.
import { describe, expect, it } from 'vitest';
import { projectDialect } from '../../../src/core/frameworks/project-dialect';
import type { DialectSource } from '../../../src/core/sql/dialect';

const reader = (files: Record<string, string>) => async (path: string) => files[path];

describe('projectDialect', () => {
  it("asks each framework's own config: Spring's application.yml, go.mod, sqitch.conf, database.yml, Laravel's .env.example, TypeORM's ormconfig", async () => {
    const files = {
      // 9oormthonUniv-SCH/1000meal-be@0de97a80
      'src/main/resources/application.yml': 'spring:\n  datasource:\n    url: jdbc:mysql://localhost:3306/meal\n',
      // navidrome/navidrome: goose migrations, mattn/go-sqlite3
      'go.mod': 'module x\n\nrequire (\n\tgithub.com/mattn/go-sqlite3 v1.14.22\n\tgithub.com/pressly/goose/v3 v3.20.0\n)\n',
      // inqwise-opinion/opinion-sqitch-mysql
      'sqitch/sqitch.conf': '[core]\n\tengine = mysql\n',
      // redmine/redmine@890812e4
      'config/database.yml.example': 'production:\n  adapter: mysql2\n',
      // koel/koel
      'api/.env.example': 'DB_CONNECTION=mysql\n',
      // kentlouisetonino/songbook@96b1eeda server/ormconfig.ts
      'server/ormconfig.ts': "export const connectionSource = new DataSource({ type: 'mysql', host: 'localhost' })\n",
    };
    const read = reader(files);
    const ask = async (framework: Parameters<typeof projectDialect>[0], path: string) =>
      ((await projectDialect(framework, path, read)) as DialectSource | undefined)?.dialect;
    expect(await ask('flyway', 'src/main/resources/db/migration/V1__init.sql')).toBe('mysql');
    expect(await ask('goose', 'db/migrations/20240101_x.sql')).toBe('sqlite');
    expect(await ask('sqitch', 'sqitch/deploy/users.sql')).toBe('mysql');
    expect(await ask('rails', 'db/migrate/20240101000000_x.rb')).toBe('mysql');
    expect(await ask('laravel', 'api/database/migrations/2024_01_01_000000_x.php')).toBe('mysql');
    expect(await ask('typeorm', 'server/src/migrations/1663824858297-InitialMigration.ts')).toBe('mysql');
    expect(((await projectDialect('rails', 'db/migrate/20240101000000_x.rb', read)) as DialectSource | undefined)?.from).toBe(
      "the app's database.yml.example (config/database.yml.example)",
    );
  });

  it('says nothing where no config names a database, or for a framework with no such config', async () => {
    const read = reader({});
    expect(await projectDialect('flyway', 'src/main/resources/db/migration/V1__init.sql', read)).toBeUndefined();
    expect(
      await projectDialect('golang-migrate', 'db/migrations/000001_x.up.sql', reader({ 'go.mod': 'require github.com/go-sql-driver/mysql v1.8.1\n' })),
    ).toBeUndefined();
  });

  it('hands the drill the doubt, never a silent Postgres: profiles that disagree, a config that cannot be read', async () => {
    const flyway = 'src/main/resources/db/migration/V1__init.sql';
    const profiles = reader({
      'src/main/resources/application.yml': 'spring:\n  datasource:\n    url: jdbc:mysql://db/app\n',
      'src/main/resources/application-pg.yml': 'spring:\n  datasource:\n    url: jdbc:postgresql://db/app\n',
    });
    const list = async (dir: string) => (dir === 'src/main/resources/' ? ['application.yml', 'application-pg.yml', 'db'] : undefined);
    expect(await projectDialect('flyway', flyway, profiles, list)).toMatchObject({ doubt: [{ dialect: 'mysql' }, { dialect: 'postgres' }] });
    const broken = reader({ 'config/database.yml': 'production:\n  adapter: mysql2\n   host: [db\n' });
    expect(await projectDialect('rails', 'db/migrate/20240101000000_x.rb', broken)).toMatchObject({
      doubt: [],
      unread: [{ file: 'config/database.yml', failure: expect.stringContaining('not YAML') }],
    });
    // Liquibase's formatted SQL, which the drill runs, is read as lint reads it.
    const changelog = 'src/main/resources/db/changelog/001-init.sql';
    expect(
      await projectDialect('liquibase', changelog, reader({ 'src/main/resources/application.yml': 'spring:\n  datasource:\n    url: jdbc:mysql://db/app\n' })),
    ).toMatchObject({
      dialect: 'mysql',
    });
  });
});
