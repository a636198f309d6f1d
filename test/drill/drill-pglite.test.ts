// The rollback drill on the embedded engine (PGlite), as a user runs it: the cases every engine
// passes (drill-cases.ts), then what stops a drill on PGlite.
import { describe, expect, it } from 'vitest';
import { runCli } from '../helpers/git-repo';
import { BASE, drillCases, drillFixtures, pair, type DrillJson } from './drill-cases';

const fixtures = drillFixtures();
const { prRepo } = fixtures;
drillCases('pglite', fixtures);

describe('drill on PGlite: what stops it, said plainly', () => {
  it('stops at a base migration the engine cannot apply, naming the file, the line and what to do', () => {
    const base = { ...BASE, 'db/migrations/000001_init.up.sql': `${BASE['db/migrations/000001_init.up.sql']}CREATE EXTENSION postgis;\n` };
    const repo = prRepo(pair('000002_x', 'ALTER TABLE users ADD COLUMN x int;\n', 'ALTER TABLE users DROP COLUMN x;\n'), base);
    const run = runCli(['drill', '--base', 'main', '--format', 'json', '--cache-dir', fixtures.cacheDir()], { cwd: repo.dir });
    const json = JSON.parse(run.stdout) as DrillJson;
    expect(run.status).toBe(1);
    expect(json.findings).toEqual([expect.objectContaining({ rule: 'drill-up-failed', path: 'db/migrations/000001_init.up.sql', line: 18 })]);
    expect(json.findings[0]!.message).toContain("The base branch's migration 000001_init.up.sql does not apply");
    expect(json.findings[0]!.message).toContain('postgis');
    expect(json.findings[0]!.message).toContain('--database-url');
    expect(json.drill.migrations).toEqual([expect.objectContaining({ result: 'not-run' })]);
    expect(json.gates[0]).toMatchObject({ id: 'drill', status: 'fail' });
  });

  it('fails, never passes, when it runs out of its time budget', () => {
    const repo = prRepo(pair('000002_x', 'ALTER TABLE users ADD COLUMN x int;\n', 'ALTER TABLE users DROP COLUMN x;\n'));
    const run = runCli(['drill', '--base', 'main', '--format', 'json', '--no-cache', '--time-budget', '1ms'], { cwd: repo.dir });
    const json = JSON.parse(run.stdout) as DrillJson;
    expect(run.status).toBe(1);
    expect(json.findings[0]!.message).toContain('ran out of its time budget');
  });

  it('says a Rails migration is not rehearsed and fails the gate rather than pass it unseen', () => {
    const repo = prRepo({
      'db/migrate/20240101000000_add_age.rb': 'class AddAge < ActiveRecord::Migration[7.1]\n  def change\n    add_column :users, :age, :integer\n  end\nend\n',
    });
    const run = runCli(['drill', '--base', 'main', '--format', 'json', '--cache-dir', fixtures.cacheDir()], { cwd: repo.dir });
    const json = JSON.parse(run.stdout) as DrillJson;
    expect(run.status).toBe(1);
    expect(json.drill.notices.join('\n')).toContain('Rails migrations need Rails to run');
    expect(json.gates[0]).toMatchObject({ id: 'drill', status: 'fail' });
  });

  it("leaves out drizzle-kit's SQLite migrations, known from its journal, and says so", () => {
    const repo = prRepo({
      ...pair('000002_x', 'ALTER TABLE users ADD COLUMN x int;\n', 'ALTER TABLE users DROP COLUMN x;\n'),
      'drizzle/0000_init.sql': 'CREATE TABLE `user` (\n\t`id` text PRIMARY KEY NOT NULL\n);\n',
      'drizzle/meta/_journal.json': '{ "version": "7", "dialect": "sqlite", "entries": [] }\n',
    });
    const run = runCli(['drill', '--base', 'main', '--format', 'json', '--cache-dir', fixtures.cacheDir()], { cwd: repo.dir });
    const json = JSON.parse(run.stdout) as DrillJson;
    expect(json.drill.notices.join('\n')).toContain(
      "Skipped, the database being SQLite (from drizzle-kit's journal (drizzle/meta/_journal.json)): drizzle/0000_init.sql. The drill rehearses Postgres only.",
    );
    expect(json.drill.migrations.map((m) => m.path)).toEqual(['db/migrations/000002_x.up.sql']);
    // Only such migrations: nothing to rehearse, and what was left out is said.
    const only = prRepo({
      'drizzle/0000_init.sql': 'CREATE TABLE `user` (`id` text PRIMARY KEY NOT NULL);\n',
      'drizzle/meta/_journal.json': '{ "dialect": "sqlite" }\n',
      // …and Prisma's, known from migration_lock.toml.
      'prisma/migrations/20240803232708_ldap/migration.sql': 'ALTER TABLE "User" ADD COLUMN "ldapDN" TEXT;\n',
      'prisma/migrations/migration_lock.toml': 'provider = "sqlite"\n',
    });
    const text = runCli(['drill', '--base', 'main', '--cache-dir', fixtures.cacheDir()], { cwd: only.dir });
    expect(text.status).toBe(0);
    expect(text.stdout).toContain('No Postgres migrations to rehearse');
    expect(text.stdout).toContain('Skipped, the database being SQLite');
    // …in every format: the JSON carries it in its drill object, the Markdown as a list.
    const onlyJson = runCli(['drill', '--base', 'main', '--format', 'json', '--cache-dir', fixtures.cacheDir()], { cwd: only.dir });
    expect(onlyJson.status).toBe(0);
    const report = JSON.parse(onlyJson.stdout) as DrillJson & { verdict: string };
    expect(report.verdict).toBe('not-applicable');
    expect(report.drill.migrations).toEqual([]);
    expect(report.drill.notices.join('\n')).toContain('Skipped, the database being SQLite');
    expect(report.drill.notices.join('\n')).toContain('prisma/migrations/20240803232708_ldap/migration.sql');
    const markdown = runCli(['drill', '--base', 'main', '--format', 'markdown', '--cache-dir', fixtures.cacheDir()], { cwd: only.dir });
    expect(markdown.stdout).toContain('- Skipped, the database being SQLite');
  });

  it("leaves out what the config's dialect setting says is another database's, as lint reads it", () => {
    const base = { ...BASE, '.github/rollback-ready.yml': "dialect:\n  'db/legacy/**': mysql\n" };
    const repo = prRepo(
      {
        ...pair('000002_x', 'ALTER TABLE users ADD COLUMN x int;\n', 'ALTER TABLE users DROP COLUMN x;\n'),
        'db/legacy/000001_t.up.sql': 'CREATE TABLE t (id int AUTO_INCREMENT PRIMARY KEY) ENGINE=InnoDB;\n',
        'db/legacy/000001_t.down.sql': 'DROP TABLE t;\n',
      },
      base,
    );
    const run = runCli(['drill', '--base', 'main', '--format', 'json', '--cache-dir', fixtures.cacheDir()], { cwd: repo.dir });
    const json = JSON.parse(run.stdout) as DrillJson;
    expect(json.drill.notices.join('\n')).toContain('Skipped, the database being MySQL (from the dialect setting of .github/rollback-ready.yml)');
    expect(json.drill.notices.join('\n')).toContain('db/legacy/000001_t.up.sql');
    expect(json.drill.migrations.map((m) => m.path)).toEqual(['db/migrations/000002_x.up.sql']);
  });

  it('skips a Flyway folder whose Spring Boot app names MySQL, and says so, rather than fail it on Postgres', () => {
    // 9oormthonUniv-SCH/1000meal-be@0de97a80: application.yml's `jdbc:mysql://…`, V1__init.sql's AUTO_INCREMENT.
    const app = {
      'src/main/resources/application.yml':
        'spring:\n  datasource:\n    url: jdbc:mysql://localhost:3306/meal\n    driver-class-name: com.mysql.cj.jdbc.Driver\n',
      'src/main/resources/db/migration/V1__init.sql': 'CREATE TABLE users (id BIGINT NOT NULL AUTO_INCREMENT, PRIMARY KEY (id)) ENGINE=InnoDB;\n',
    };
    const repo = prRepo(
      {
        ...pair('000002_x', 'ALTER TABLE users ADD COLUMN x int;\n', 'ALTER TABLE users DROP COLUMN x;\n'),
        'src/main/resources/db/migration/V2__holiday.sql': 'CREATE TABLE holiday (id BIGINT NOT NULL AUTO_INCREMENT, PRIMARY KEY (id)) ENGINE=InnoDB;\n',
      },
      { ...BASE, ...app },
    );
    const run = runCli(['drill', '--base', 'main', '--format', 'json', '--cache-dir', fixtures.cacheDir()], { cwd: repo.dir });
    const json = JSON.parse(run.stdout) as DrillJson;
    expect(json.findings).toEqual([]);
    expect(run.status).toBe(0);
    expect(json.drill.notices).toContain(
      "Skipped, the database being MySQL (from the app's spring.datasource.url (src/main/resources/application.yml)): src/main/resources/db/migration/V2__holiday.sql. The drill rehearses Postgres only.",
    );
    expect(json.drill.migrations.map((m) => m.path)).toEqual(['db/migrations/000002_x.up.sql']);
  });

  it('does not rehearse on Postgres a Flyway migration whose database is in doubt: says what said what, and the dialect line', () => {
    // Two Spring profiles on two databases (dataease-like: application.yml on MySQL, a profile on
    // Postgres); V2's SQL runs on Postgres too, so main rehearsed it there and passed it unseen.
    const app = {
      'src/main/resources/application.yml': 'spring:\n  datasource:\n    url: jdbc:mysql://localhost:3306/meal\n',
      'src/main/resources/application-pg.yml': 'spring:\n  datasource:\n    url: jdbc:postgresql://localhost:5432/meal\n',
    };
    const repo = prRepo({ 'src/main/resources/db/migration/V2__holiday.sql': 'CREATE TABLE holiday (id bigint PRIMARY KEY);\n' }, { ...BASE, ...app });
    const run = runCli(['drill', '--base', 'main', '--format', 'json', '--cache-dir', fixtures.cacheDir()], { cwd: repo.dir });
    const json = JSON.parse(run.stdout) as DrillJson;
    expect(json.drill.migrations).toEqual([]);
    expect(run.status).toBe(1);
    const notice = json.drill.notices.find((n) => n.startsWith('Not rehearsed: src/main/resources/db/migration/V2__holiday.sql.'));
    expect(notice, json.drill.notices.join('\n')).toBeDefined();
    expect(notice).toContain(
      "The project names different databases for this migration: the app's spring.datasource.url (src/main/resources/application.yml) names MySQL",
    );
    expect(notice).toContain("`dialect: {'src/main/resources/db/migration/**': mysql}` (or postgres)");
  });

  it('does not rehearse on Postgres a Flyway migration whose application.yml cannot be read: names the file', () => {
    const app = { 'src/main/resources/application.yml': 'spring:\n  datasource:\n    url: [jdbc:mysql://localhost:3306/meal\n' };
    const repo = prRepo({ 'src/main/resources/db/migration/V2__holiday.sql': 'CREATE TABLE holiday (id bigint PRIMARY KEY);\n' }, { ...BASE, ...app });
    const run = runCli(['drill', '--base', 'main', '--format', 'json', '--cache-dir', fixtures.cacheDir()], { cwd: repo.dir });
    const json = JSON.parse(run.stdout) as DrillJson;
    expect(json.drill.migrations).toEqual([]);
    expect(run.status).toBe(1);
    const notice = json.drill.notices.find((n) => n.startsWith('Not rehearsed: src/main/resources/db/migration/V2__holiday.sql.'));
    expect(notice, json.drill.notices.join('\n')).toContain('could not be read: src/main/resources/application.yml (not YAML');
    expect(notice).toContain("`dialect: {'src/main/resources/db/migration/**': postgres}`");
  });

  it("skips a Rails app's migrations when its database.yml names MySQL: no failed gate for what it never runs", () => {
    // redmine/redmine@890812e4: config/database.yml.example, `production: adapter: mysql2`.
    const base = { ...BASE, 'config/database.yml.example': 'production:\n  adapter: mysql2\n  database: redmine\n' };
    const repo = prRepo(
      {
        'db/migrate/20240101000000_add_age.rb':
          'class AddAge < ActiveRecord::Migration[7.1]\n  def change\n    add_column :users, :age, :integer\n  end\nend\n',
      },
      base,
    );
    const run = runCli(['drill', '--base', 'main', '--format', 'json', '--cache-dir', fixtures.cacheDir()], { cwd: repo.dir });
    const json = JSON.parse(run.stdout) as DrillJson & { verdict: string };
    expect(run.status).toBe(0);
    expect(json.verdict).toBe('not-applicable');
    expect(json.drill.notices.join('\n')).toContain(
      "Skipped, the database being MySQL (from the app's database.yml.example (config/database.yml.example)): db/migrate/20240101000000_add_age.rb.",
    );
    expect(json.drill.notices.join('\n')).not.toContain('need Rails to run');
  });

  it("skips a TypeORM project's migrations when its DataSource names MySQL, rather than failing the gate on them", () => {
    // kentlouisetonino/songbook@96b1eeda: server/ormconfig.ts, `new DataSource({ type: 'mysql', … })`,
    // named by its scripts (`typeorm migration:run -d ./ormconfig.ts`).
    const base = {
      ...BASE,
      'server/package.json': JSON.stringify({ scripts: { 'migration:run': 'typeorm migration:run -d ./ormconfig.ts' } }),
      'server/ormconfig.ts':
        "import { DataSource } from 'typeorm'\nexport const connectionSource = new DataSource({ type: 'mysql', host: 'localhost', migrations: ['dist/src/migrations/*.js'] })\n",
    };
    const migration = 'server/src/migrations/1663824858297-InitialMigration.ts';
    const repo = prRepo(
      {
        [migration]:
          "import { MigrationInterface, QueryRunner } from 'typeorm';\nexport class InitialMigration1663824858297 implements MigrationInterface {\n" +
          '  public async up(queryRunner: QueryRunner): Promise<void> {\n    await queryRunner.query(`CREATE TABLE \\`song\\` (\\`id\\` int NOT NULL AUTO_INCREMENT, PRIMARY KEY (\\`id\\`)) ENGINE=InnoDB`);\n  }\n' +
          '  public async down(queryRunner: QueryRunner): Promise<void> {\n    await queryRunner.query(`DROP TABLE \\`song\\``);\n  }\n}\n',
      },
      base,
    );
    const run = runCli(['drill', '--base', 'main', '--format', 'json', '--cache-dir', fixtures.cacheDir()], { cwd: repo.dir });
    const json = JSON.parse(run.stdout) as DrillJson & { verdict: string };
    expect(run.status).toBe(0);
    expect(json.verdict).toBe('not-applicable');
    expect(json.drill.notices).toContain(
      `Skipped, the database being MySQL (from TypeORM's connection type (server/ormconfig.ts)): ${migration}. The drill rehearses Postgres only.`,
    );
    expect(json.drill.notices.join('\n')).not.toContain('need TypeORM to run');
  });

  it("expands goose's ENVSUB ON lines from its environment, as goose does, and says which variables were not set", () => {
    // pressly/goose@520411a1 README.md: `-- +goose ENVSUB ON` … `${SOME_ENV_VAR}`.
    const base = { ...BASE, 'db/goose/00001_init.sql': '-- +goose Up\nCREATE SCHEMA app;\n-- +goose Down\nDROP SCHEMA app;\n' };
    const goose = (sql: string) => ({
      'db/goose/00002_t.sql': `-- +goose Up\n-- +goose ENVSUB ON\n${sql}\n-- +goose ENVSUB OFF\n-- +goose Down\n-- +goose ENVSUB ON\nDROP TABLE \${RR_DRILL_SCHEMA}.t;\n`,
    });
    process.env.RR_DRILL_SCHEMA = 'app';
    try {
      const repo = prRepo(goose("CREATE TABLE ${RR_DRILL_SCHEMA}.t (a text DEFAULT '$RR_DRILL_UNSET');"), base);
      const run = runCli(['drill', '--base', 'main', '--format', 'json', '--cache-dir', fixtures.cacheDir()], { cwd: repo.dir });
      const json = JSON.parse(run.stdout) as DrillJson & { drill: { migrations: { notes: string[] }[] } };
      expect(json.findings).toEqual([]);
      expect(json.drill.migrations.map((m) => [m.path, m.result])).toEqual([['db/goose/00002_t.sql', 'pass']]);
      expect(json.drill.migrations[0]!.notes.join('\n')).toContain("$RR_DRILL_UNSET is not set in the drill's environment");
      // A required variable unset: goose stops before it runs anything, and so does the rehearsal.
      const stop = prRepo(goose('CREATE TABLE ${RR_DRILL_UNSET?set the schema}.t (a int);'), base);
      const failed = JSON.parse(
        runCli(['drill', '--base', 'main', '--format', 'json', '--cache-dir', fixtures.cacheDir()], { cwd: stop.dir }).stdout,
      ) as DrillJson;
      expect(failed.findings).toEqual([expect.objectContaining({ rule: 'drill-up-failed', path: 'db/goose/00002_t.sql', line: 3 })]);
      expect(failed.findings[0]!.message).toContain(
        'goose stops at line 3 before it runs anything: variable substitution failed: $RR_DRILL_UNSET: set the schema',
      );
    } finally {
      delete process.env.RR_DRILL_SCHEMA;
    }
  });

  it('rehearses a reworked Sqitch change on a base that ran its earlier instance, each instance by its own scripts', () => {
    // chef/chef-server@59def4af (src/oc_bifrost/schema): update_acl reworked after @1.3.0, the
    // earlier deploy and revert copied to deploy/update_acl@1.3.0.sql and revert/update_acl@1.3.0.sql.
    const fn = (n: number) => `BEGIN;\nCREATE OR REPLACE FUNCTION acl() RETURNS int LANGUAGE sql AS $$ SELECT ${n} $$;\nCOMMIT;\n`;
    const plan = '%syntax-version=1.0.0\n%project=app\n\nacl 2013-06-24T13:32:28Z C <c@x> # add acl\n@1.3.0 2013-06-28T18:44:53Z C <c@x> # tag\n';
    const base = {
      ...BASE,
      'sqitch/sqitch.conf': '[core]\n\tengine = pg\n',
      'sqitch/sqitch.plan': plan,
      'sqitch/deploy/acl.sql': fn(1),
      'sqitch/revert/acl.sql': 'BEGIN;\nDROP FUNCTION acl();\nCOMMIT;\n',
    };
    const repo = prRepo(
      {
        'sqitch/sqitch.plan': `${plan}acl [acl@1.3.0] 2015-08-04T15:16:05Z M <m@x> # advisory lock\n`,
        'sqitch/deploy/acl@1.3.0.sql': fn(1),
        'sqitch/revert/acl@1.3.0.sql': 'BEGIN;\nDROP FUNCTION acl();\nCOMMIT;\n',
        'sqitch/deploy/acl.sql': fn(2),
        'sqitch/revert/acl.sql': fn(1),
      },
      base,
    );
    const run = runCli(['drill', '--base', 'main', '--format', 'json', '--cache-dir', fixtures.cacheDir()], { cwd: repo.dir });
    const json = JSON.parse(run.stdout) as DrillJson;
    expect(json.findings).toEqual([]);
    expect(json.drill.migrations.map((m) => [m.path, m.result])).toEqual([['sqitch/deploy/acl.sql', 'pass']]);
    expect(run.status).toBe(0);
  });

  describe("runs Sqitch's scripts as psql runs them: with sqitch.conf's variables", () => {
    // Emapic/emapic@626c58bd db/sqitch.conf ([deploy "variables"], [revert "variables"]) and
    // db/deploy/emapic_db_user.sql, db/revert/emapic_db_user.sql: Sqitch passes the variables to psql
    // as --set (sqitchers/sqitch@0ab857e3 lib/App/Sqitch/Engine/pg.pm), which interpolates them.
    const plan = '%syntax-version=1.0.0\n%project=emapic\n\nopinions 2016-01-01T00:00:00Z E <e@x> # schema\n';
    const conf = (vars: string) =>
      `[core]\n\tengine = pg\n\tplan_file = sqitch.plan\n[engine "pg"]\n\ttarget = emapic\n[target "emapic"]\n\turi = db:pg://postgres:postgres@localhost:5432/emapic\n${vars}`;
    const VARS = '[deploy "variables"]\n\temapic_db_user = emapic\n\temapic_db_user_pass = emapic\n[revert "variables"]\n\temapic_db_user = emapic\n';
    const repoWith = (sqitchConf: string) =>
      prRepo(
        {
          'db/sqitch.plan': `${plan}emapic_db_user [opinions] 2016-01-02T00:00:00Z E <e@x> # the app's user\n`,
          'db/deploy/emapic_db_user.sql':
            '-- Deploy emapic:emapic_db_user to pg\n\nBEGIN;\n\nCREATE USER :"emapic_db_user" WITH PASSWORD :\'emapic_db_user_pass\';\n\nGRANT ALL ON SCHEMA opinions TO :"emapic_db_user";\n\nCOMMIT;\n',
          'db/revert/emapic_db_user.sql':
            '-- Revert emapic:emapic_db_user from pg\n\nBEGIN;\n\nDROP OWNED BY :"emapic_db_user";\n\nDROP USER IF EXISTS :"emapic_db_user";\n\nCOMMIT;\n',
        },
        {
          ...BASE,
          'db/sqitch.conf': sqitchConf,
          'db/sqitch.plan': plan,
          'db/deploy/opinions.sql': 'BEGIN;\nCREATE SCHEMA opinions;\nCOMMIT;\n',
          'db/revert/opinions.sql': 'BEGIN;\nDROP SCHEMA opinions;\nCOMMIT;\n',
        },
      );

    it('interpolates :\'x\' and :"x" with the values of [deploy "variables"] and [revert "variables"]', () => {
      const repo = repoWith(conf(VARS));
      const run = runCli(['drill', '--base', 'main', '--format', 'json', '--cache-dir', fixtures.cacheDir()], { cwd: repo.dir });
      const json = JSON.parse(run.stdout) as DrillJson;
      expect(json.findings).toEqual([]);
      expect(json.drill.migrations.map((m) => [m.path, m.result])).toEqual([['db/deploy/emapic_db_user.sql', 'pass']]);
      expect(run.status).toBe(0);
    });

    it('says which variable nothing sets and where to set it, rather than run it into a syntax error; --set gives it as `sqitch deploy --set` does', () => {
      const repo = repoWith(conf('[deploy "variables"]\n\temapic_db_user = emapic\n'));
      const run = runCli(['drill', '--base', 'main', '--format', 'json', '--cache-dir', fixtures.cacheDir()], { cwd: repo.dir });
      const json = JSON.parse(run.stdout) as DrillJson;
      expect(run.status).toBe(1);
      expect(json.findings).toEqual([expect.objectContaining({ rule: 'drill-up-failed', path: 'db/deploy/emapic_db_user.sql', line: 5 })]);
      expect(json.findings[0]!.message).toContain(
        'psql stops at line 5 before it runs anything: the script uses the psql variable :emapic_db_user_pass, which nothing sets',
      );
      expect(json.findings[0]!.message).toContain('[deploy "variables"]');
      expect(json.findings[0]!.message).toContain('--set emapic_db_user_pass=VALUE');
      const given = runCli(['drill', '--base', 'main', '--format', 'json', '--cache-dir', fixtures.cacheDir(), '--set', 'emapic_db_user_pass=s3cret'], {
        cwd: repo.dir,
      });
      expect((JSON.parse(given.stdout) as DrillJson).findings).toEqual([]);
      expect(given.status).toBe(0);
    });
  });

  it('gives psql\'s own variables the values of its session: :"DBNAME" is the database the script runs in', () => {
    // seattleflu/id3c@6c3c1a94 schema/deploy/roles/dumper/grants.sql: `grant connect on database :"DBNAME" to …`.
    const plan = '%syntax-version=1.0.0\n%project=seattleflu/schema\n\nroles/dumper/create 2019-05-01T00:00:00Z T <t@x> # role\n';
    const repo = prRepo(
      {
        'schema/sqitch.plan': `${plan}roles/dumper/grants [roles/dumper/create] 2019-05-02T00:00:00Z T <t@x> # grants\n`,
        'schema/deploy/roles/dumper/grants.sql': 'begin;\n\ngrant connect on database :"DBNAME" to dumper;\n\ncommit;\n',
        'schema/revert/roles/dumper/grants.sql': 'begin;\n\nrevoke connect on database :"DBNAME" from dumper;\n\ncommit;\n',
      },
      {
        ...BASE,
        'schema/sqitch.plan': plan,
        'schema/deploy/roles/dumper/create.sql': 'begin;\ncreate role dumper;\ncommit;\n',
        'schema/revert/roles/dumper/create.sql': 'begin;\ndrop role dumper;\ncommit;\n',
      },
    );
    const run = runCli(['drill', '--base', 'main', '--format', 'json', '--cache-dir', fixtures.cacheDir()], { cwd: repo.dir });
    const json = JSON.parse(run.stdout) as DrillJson;
    expect(json.findings).toEqual([]);
    expect(json.drill.migrations.map((m) => [m.path, m.result])).toEqual([['schema/deploy/roles/dumper/grants.sql', 'pass']]);
  });

  it('leaves out a Sqitch script no change of the plan names, as Sqitch does, and says so', () => {
    // sqitchers/sqitch@0ab857e3 lib/App/Sqitch/Engine.pm: `deploy` walks the plan's changes, each
    // change's deploy_file (lib/App/Sqitch/Plan/Change.pm) its script: a script in deploy/ that no
    // change names is never run.
    const plan = '%syntax-version=1.0.0\n%project=app\n\nusers 2024-01-01T00:00:00Z A <a@x> # users\n';
    const base = {
      ...BASE,
      'sqitch/sqitch.conf': '[core]\n\tengine = pg\n',
      'sqitch/sqitch.plan': plan,
      'sqitch/deploy/users.sql': 'BEGIN;\nCREATE TABLE users (id int PRIMARY KEY);\nCOMMIT;\n',
      'sqitch/revert/users.sql': 'BEGIN;\nDROP TABLE users;\nCOMMIT;\n',
      // A leftover the plan never listed: Sqitch never ran it, and it would not apply.
      'sqitch/deploy/old_draft.sql': 'BEGIN;\nALTER TABLE missing ADD COLUMN x int;\nCOMMIT;\n',
    };
    const repo = prRepo(
      {
        'sqitch/sqitch.plan': `${plan}posts [users] 2024-01-02T00:00:00Z A <a@x> # posts\n`,
        'sqitch/deploy/posts.sql': 'BEGIN;\nCREATE TABLE posts (id int PRIMARY KEY, user_id int REFERENCES users);\nCOMMIT;\n',
        'sqitch/revert/posts.sql': 'BEGIN;\nDROP TABLE posts;\nCOMMIT;\n',
        'sqitch/deploy/comments.sql': 'BEGIN;\nCREATE TABLE comments (id int);\nCOMMIT;\n',
        'sqitch/revert/comments.sql': 'BEGIN;\nDROP TABLE comments;\nCOMMIT;\n',
      },
      base,
    );
    const run = runCli(['drill', '--base', 'main', '--format', 'json', '--cache-dir', fixtures.cacheDir()], { cwd: repo.dir });
    const json = JSON.parse(run.stdout) as DrillJson;
    expect(json.findings).toEqual([]);
    expect(json.drill.migrations.map((m) => [m.path, m.result])).toEqual([['sqitch/deploy/posts.sql', 'pass']]);
    expect(json.drill.notices).toEqual([
      'Not rehearsed: sqitch/deploy/comments.sql. Sqitch deploys only the changes its plan lists, and this script is named by no change of sqitch/sqitch.plan, ' +
        'so Sqitch never runs it: add the change with `sqitch add` (or its line to the plan) for Sqitch to deploy it, or delete the script.',
      'Left out of the base: sqitch/deploy/old_draft.sql. Sqitch deploys only the changes its plan lists, and this script is named by no change of sqitch/sqitch.plan, ' +
        'so Sqitch never runs it: add the change with `sqitch add` (or its line to the plan) for Sqitch to deploy it, or delete the script.',
    ]);
    expect(run.status).toBe(0);
    // A change whose only script is such a one: nothing to rehearse, no base built, nothing failed.
    const only = prRepo({ 'sqitch/deploy/comments.sql': 'BEGIN;\nCREATE TABLE comments (id int);\nCOMMIT;\n' }, base);
    const alone = runCli(['drill', '--base', 'main', '--format', 'json', '--cache-dir', fixtures.cacheDir()], { cwd: only.dir });
    const report = JSON.parse(alone.stdout) as DrillJson & { verdict: string };
    expect([alone.status, report.verdict, report.drill.migrations]).toEqual([0, 'not-applicable', []]);
    expect(report.drill.notices[0]).toMatch(/^Not rehearsed: sqitch\/deploy\/comments\.sql\. Sqitch deploys only/);
  });

  it("follows sqitch.conf's top_dir and plan_file to the plan, as Sqitch does", () => {
    // `sqitch init app --engine pg --top-dir db --plan-file sqitch.plan` (sqitchers/sqitch@0ab857e3
    // lib/App/Sqitch/Target.pm): the scripts under db/, the plan beside sqitch.conf.
    const plan = '%syntax-version=1.0.0\n%project=app\n\nusers 2024-01-01T00:00:00Z A <a@x> # users\n';
    const base = {
      ...BASE,
      'sqitch.conf': '[core]\n\tengine = pg\n\ttop_dir = db\n\tplan_file = sqitch.plan\n',
      'sqitch.plan': plan,
      'db/deploy/users.sql': 'BEGIN;\nCREATE TABLE users (id int PRIMARY KEY);\nCOMMIT;\n',
      'db/revert/users.sql': 'BEGIN;\nDROP TABLE users;\nCOMMIT;\n',
    };
    const repo = prRepo(
      {
        // In the plan's order, orders before addresses (in name order, addresses would come first and fail).
        'sqitch.plan': `${plan}orders [users] 2024-01-02T00:00:00Z A <a@x>\naddresses [orders] 2024-01-03T00:00:00Z A <a@x>\n`,
        'db/deploy/orders.sql': 'BEGIN;\nCREATE TABLE orders (id int PRIMARY KEY, user_id int REFERENCES users);\nCOMMIT;\n',
        'db/revert/orders.sql': 'BEGIN;\nDROP TABLE orders;\nCOMMIT;\n',
        'db/deploy/addresses.sql': 'BEGIN;\nCREATE TABLE addresses (order_id int REFERENCES orders);\nCOMMIT;\n',
        'db/revert/addresses.sql': 'BEGIN;\nDROP TABLE addresses;\nCOMMIT;\n',
        'db/deploy/draft.sql': 'BEGIN;\nCREATE TABLE draft (id int);\nCOMMIT;\n',
      },
      base,
    );
    const run = runCli(['drill', '--base', 'main', '--format', 'json', '--cache-dir', fixtures.cacheDir()], { cwd: repo.dir });
    const json = JSON.parse(run.stdout) as DrillJson;
    expect(json.findings).toEqual([]);
    expect(json.drill.migrations.map((m) => [m.path, m.result])).toEqual([
      ['db/deploy/orders.sql', 'pass'],
      ['db/deploy/addresses.sql', 'pass'],
    ]);
    expect(json.drill.notices.join('\n')).toContain(
      'Not rehearsed: db/deploy/draft.sql. Sqitch deploys only the changes its plan lists, and this script is named by no change of sqitch.plan',
    );
    expect(run.status).toBe(0);
  });

  it('exits 0 and says so when the change has no migrations', () => {
    const repo = prRepo({ 'README.md': '# docs only\n' });
    const run = runCli(['drill', '--base', 'main'], { cwd: repo.dir });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('No migrations to rehearse');
  });

  it('rejects a bad duration and an unknown flag with usage errors (exit 2)', () => {
    const repo = prRepo({ 'README.md': '# x\n' });
    const bad = runCli(['drill', '--statement-timeout', 'soon'], { cwd: repo.dir });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--statement-timeout must be a duration such as 30s');
    const unknown = runCli(['drill', '--databse-url', 'x'], { cwd: repo.dir });
    expect(unknown.status).toBe(2);
    const help = runCli(['drill', '--help'], { cwd: repo.dir });
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('--database-url URL');
  });
});
