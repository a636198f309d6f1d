import { describe, expect, it } from 'vitest';
import type { DownStatus, MigrationAnalysis } from '../../src/core/frameworks/framework';
import { downFix, rollbackCommands } from '../../src/core/reversibility';
import type { FrameworkId } from '../../src/core/types';

const up = (framework: FrameworkId, down: DownStatus = 'present'): MigrationAnalysis => ({ framework, role: 'up', down, hits: [] });
const commands = (entries: [string, MigrationAnalysis][]) =>
  rollbackCommands(new Map(entries)).map((s) => (s.command ? (s.note ? `${s.note}: ${s.command}` : s.command) : `# ${s.note}`));

describe("each framework's exact rollback command for the change's migrations", () => {
  it.each<[string, [string, MigrationAnalysis][], string[]]>([
    [
      'golang-migrate',
      [
        ['db/migrations/000002_a.up.sql', up('golang-migrate')],
        ['db/migrations/000003_b.up.sql', up('golang-migrate')],
      ],
      ['migrate -path db/migrations -database "$DATABASE_URL" down 2'],
    ],
    ['goose', [['db/migrations/00002_a.sql', up('goose')]], ['goose -dir db/migrations postgres "$DATABASE_URL" down']],
    [
      'dbmate',
      [
        ['db/migrations/2_a.sql', up('dbmate')],
        ['db/migrations/3_b.sql', up('dbmate')],
      ],
      ['run 2 times, once per migration of this change: dbmate --migrations-dir db/migrations rollback'],
    ],
    [
      'rails',
      [
        ['db/migrate/20240101000000_a.rb', up('rails')],
        ['db/migrate/20240102000000_b.rb', up('rails')],
      ],
      ['bin/rails db:rollback STEP=2'],
    ],
    [
      'django',
      [
        ['shop/migrations/0007_a.py', up('django')],
        ['shop/migrations/0008_b.py', up('django')],
      ],
      ['python manage.py migrate shop 0006'],
    ],
    ['django, first migration', [['shop/migrations/0001_initial.py', up('django')]], ['python manage.py migrate shop zero']],
    ['alembic', [['alembic/versions/ab12_a.py', up('alembic')]], ['alembic downgrade -1']],
    ['knex, one', [['migrations/20240101_a.js', up('knex')]], ['npx knex migrate:down']],
    [
      'knex, several',
      [
        ['migrations/1_a.js', up('knex')],
        ['migrations/2_b.js', up('knex')],
      ],
      ["undo the last batch (this change's 2 migrations): npx knex migrate:rollback"],
    ],
    [
      'sequelize',
      [
        ['migrations/1-a.js', up('sequelize')],
        ['migrations/2-b.js', up('sequelize')],
      ],
      ['npx sequelize-cli db:migrate:undo --name 2-b.js', 'npx sequelize-cli db:migrate:undo --name 1-a.js'],
    ],
    ['node-pg-migrate', [['migrations/1_a.js', up('node-pg-migrate')]], ['npx node-pg-migrate down 1']],
    ['laravel', [['database/migrations/2024_01_01_000000_a.php', up('laravel')]], ['php artisan migrate:rollback --step=1']],
    ['ecto', [['priv/repo/migrations/20240101_a.exs', up('ecto')]], ['mix ecto.rollback --step 1']],
    ['flyway', [['db/migration/V2__a.sql', up('flyway')]], ['flyway undo']],
    [
      'sqitch',
      [
        ['deploy/a.sql', up('sqitch')],
        ['deploy/b.sql', up('sqitch')],
      ],
      ['sqitch revert --to @HEAD^2'],
    ],
    ['liquibase', [['db/changelog/a.xml', up('liquibase')]], ['liquibase rollback-count --count=1']],
    [
      'prisma',
      [['apps/api/prisma/migrations/20240301_a/migration.sql', up('prisma', 'forward-only')]],
      [
        'Prisma has no down migrations: restore the backup, or run a down script written for this migration: npx prisma db execute --file down.sql --schema apps/api/prisma/schema.prisma',
      ],
    ],
    ['a missing down', [['db/migrations/000002_a.up.sql', up('golang-migrate', 'missing')]], ['# 000002_a.up.sql: no down migration; restore the backup']],
    ['raw SQL', [['sql/2024_a.sql', up('sql', 'no-convention')]], ['# 2024_a.sql: raw SQL, no down convention; restore the backup']],
  ])('%s', (_, migrations, expected) => {
    expect(commands(migrations)).toEqual(expected);
  });

  it('down files get no command of their own; each folder gets its own', () => {
    const down: MigrationAnalysis = { framework: 'golang-migrate', role: 'down', down: 'present', hits: [] };
    expect(
      commands([
        ['svc/a/db/1_x.up.sql', up('golang-migrate')],
        ['svc/a/db/1_x.down.sql', down],
        ['svc/b/db/1_y.up.sql', up('golang-migrate')],
      ]),
    ).toEqual(['migrate -path svc/a/db -database "$DATABASE_URL" down 1', 'migrate -path svc/b/db -database "$DATABASE_URL" down 1']);
  });
});

describe("what the author writes to give a migration a way back, in its framework's words", () => {
  it.each<[FrameworkId, DownStatus, string, RegExp]>([
    ['golang-migrate', 'missing', 'db/migrations/000002_add.up.sql', /write 000002_add\.down\.sql/],
    ['alembic', 'missing', 'alembic/versions/ab12_add.py', /`downgrade\(\)`/],
    ['django', 'irreversible', 'shop/migrations/0002_x.py', /`RunPython` a reverse function/],
    ['rails', 'irreversible', 'db/migrate/1_x.rb', /give `remove_column` its type/],
    ['prisma', 'forward-only', 'prisma/migrations/1_x/migration.sql', /^Prisma has no down migrations$/],
    ['goose', 'missing', 'db/migrations/00002_a.sql', /`-- \+goose Down` section/],
    // A goose Go migration (navidrome's db/migrations/*.go) has no Down section: its down is a function.
    ['goose', 'missing', 'db/migrations/00003_b.go', /give `goose.AddMigrationContext` a down function/],
  ])('%s (%s)', (framework, down, path, expected) => {
    const fix = downFix(path, { framework, down });
    expect(fix).toMatch(expected);
    if (framework !== 'golang-migrate') expect(fix).not.toMatch(/write the down migration/);
  });
});
