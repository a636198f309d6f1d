// A table rebuilt by copy (SQLite's only way to change most of a table: TypeORM's `temporary_<t>`,
// drizzle-kit's `__new_<t>`, ory/pop's `_<t>_tmp`, Prisma's `new_<t>`): the columns of the old table
// the copy does not take are dropped with the table. Which columns it had comes from this file when
// it made the table (a second rebuild), else from the folder's earlier migrations
// (src/core/frameworks/sql-history.ts). Shapes from Fallenbagel/jellyseerr and ory/kratos (see
// test/fixtures/patterns/sqlite-rebuild-drop).
import { describe, expect, test } from 'vitest';
import golangMigrate from '../../../src/core/frameworks/golang-migrate';
import type { MigrationInput } from '../../../src/core/frameworks/framework';
import { lintSql } from '../../../src/core/sql/lint-sql';

const dir = 'db/migrations/';

/** A TypeORM-style rebuild of `table` keeping `kept` (and adding `added`, not copied). */
const rebuild = (table: string, kept: string[], added: string[] = []) =>
  [
    `CREATE TABLE "temporary_${table}" (${[...kept, ...added].map((c) => `"${c}" varchar`).join(', ')});`,
    `INSERT INTO "temporary_${table}"(${kept.map((c) => `"${c}"`).join(', ')}) SELECT ${kept.map((c) => `"${c}"`).join(', ')} FROM "${table}";`,
    `DROP TABLE "${table}";`,
    `ALTER TABLE "temporary_${table}" RENAME TO "${table}";`,
  ].join('\n');

/** golang-migrate's drop-column findings for `content` as the next up migration of `folder`. */
async function drops(folder: Record<string, string>, content: string, options: Partial<MigrationInput> = {}) {
  const name = `${String(Object.keys(folder).length + 1).padStart(6, '0')}_next.up.sql`;
  const a = await golangMigrate.analyse({
    path: dir + name,
    content,
    siblings: { [dir + name.replace('.up.', '.down.')]: 'SELECT 2;' },
    listDir: async () => [...Object.keys(folder), name],
    readFile: async (path: string) => folder[path.slice(dir.length)],
    ...options,
  });
  return a.hits.filter((h) => h.rule === 'drop-column').map((h) => `${h.line} ${h.severity ?? 'error'} ${h.message}`);
}

const created = { '000001_create.up.sql': 'CREATE TABLE user_settings (id integer PRIMARY KEY, region varchar, locale varchar NOT NULL);' };

describe('a rebuild of a table the folder created', () => {
  test('a column the copy leaves out is dropped, at the DROP TABLE', async () => {
    expect(await drops(created, rebuild('user_settings', ['id', 'locale'], ['theme']))).toEqual([
      '3 error Dropping column "region" from "user_settings" (the table is rebuilt: "temporary_user_settings" takes its rows without it, then replaces it) deletes its data; a rollback cannot restore it. Stop reading the column first, deploy, then drop it in a later release.',
    ]);
  });

  test('a copy that takes every column drops nothing; neither does the rebuild of a column renamed on the way', async () => {
    expect(await drops(created, rebuild('user_settings', ['id', 'region', 'locale'], ['theme']))).toEqual([]);
    const renamed = `CREATE TABLE "temporary_user_settings" ("id" integer, "area" varchar, "locale" varchar);
INSERT INTO "temporary_user_settings"("id", "area", "locale") SELECT "id", "region", "locale" FROM "user_settings";
DROP TABLE "user_settings";
ALTER TABLE "temporary_user_settings" RENAME TO "user_settings";`;
    expect(await drops(created, renamed)).toEqual([]);
  });

  test('what later migrations did to the table counts: added, dropped and renamed columns, a renamed table', async () => {
    const folder = {
      ...created,
      '000002_more.up.sql': 'ALTER TABLE user_settings ADD COLUMN theme varchar;\nALTER TABLE user_settings DROP COLUMN region;',
      '000003_rename.up.sql': 'ALTER TABLE user_settings RENAME COLUMN locale TO language;\nALTER TABLE user_settings RENAME TO preferences;',
    };
    expect((await drops(folder, rebuild('preferences', ['id', 'language']))).map((h) => h.split(' (')[0])).toEqual([
      '3 error Dropping column "theme" from "preferences"',
    ]);
    expect(await drops(folder, rebuild('preferences', ['id', 'language', 'theme']))).toEqual([]);
  });

  test("an earlier rebuild's copy is what the table has (SQLite syntax, read by name where Postgres rejects it)", async () => {
    const folder = {
      '000001_create.up.sql': 'CREATE TABLE `budgets` (\n\t`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,\n\t`name` text NOT NULL,\n\t`note` text\n);',
      '000002_rebuild.up.sql':
        'CREATE TABLE `__new_budgets` (\n\t`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,\n\t`name` text NOT NULL,\n\t`note` text,\n\t`month` text\n);\n' +
        'INSERT INTO `__new_budgets`("id", "name", "note") SELECT "id", "name", "note" FROM `budgets`;\nDROP TABLE `budgets`;\nALTER TABLE `__new_budgets` RENAME TO `budgets`;',
    };
    const next =
      'CREATE TABLE `__new_budgets` (\n\t`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,\n\t`name` text NOT NULL\n);\n' +
      'INSERT INTO `__new_budgets`("id", "name") SELECT "id", "name" FROM `budgets`;\nDROP TABLE `budgets`;\nALTER TABLE `__new_budgets` RENAME TO `budgets`;';
    expect((await drops(folder, next)).map((h) => h.split(' (')[0])).toEqual([
      '6 error Dropping column "note" from "budgets"',
      '6 error Dropping column "month" from "budgets"',
    ]);
  });

  test("a table element that is not a column (ClickHouse's PROJECTION, an INDEX, a constraint) is not taken for one", async () => {
    const folder = {
      '000001_create.up.sql':
        'CREATE TABLE stats (\n  id UInt64,\n  name String,\n  INDEX name_idx name TYPE bloom_filter GRANULARITY 1,\n  PROJECTION by_name (SELECT * ORDER BY name),\n  CONSTRAINT positive CHECK id > 0\n) ENGINE = MergeTree ORDER BY id;',
    };
    const next =
      'CREATE TABLE temporary_stats (id UInt64, name String) ENGINE = MergeTree ORDER BY id;\nINSERT INTO temporary_stats (id, name) SELECT id, name FROM stats;\nDROP TABLE stats;\nRENAME TABLE temporary_stats TO stats;';
    expect(await drops(folder, next)).toEqual([]);
  });

  test("a column this file only changed the type of is the earlier migrations' (not one it added): renamed, the copy takes it", async () => {
    // Before, "a column this file added" was any column the file gave a type, by its name then: the
    // type change under the old name made "region" look added and dropped, though the copy takes it as "area".
    const typed = [
      'ALTER TABLE user_settings ALTER COLUMN region TYPE text;',
      'ALTER TABLE user_settings RENAME COLUMN region TO area;',
      rebuild('user_settings', ['id', 'area', 'locale']),
    ].join('\n');
    expect(await drops(created, typed)).toEqual([]);
    // A column it added and renamed is followed under its new name: taken by the copy, nothing is lost.
    const added = [
      'ALTER TABLE user_settings ADD COLUMN theme varchar;',
      'ALTER TABLE user_settings RENAME COLUMN theme TO color;',
      rebuild('user_settings', ['id', 'region', 'locale', 'color']),
    ].join('\n');
    expect(await drops(created, added)).toEqual([]);
    // Left out, it is dropped, under the name it has.
    const lost = [
      'ALTER TABLE user_settings ADD COLUMN theme varchar;',
      'ALTER TABLE user_settings RENAME COLUMN theme TO color;',
      rebuild('user_settings', ['id', 'region', 'locale']),
    ].join('\n');
    expect((await drops(created, lost)).map((h) => h.split(' (')[0])).toEqual(['5 error Dropping column "color" from "user_settings"']);
  });

  const typeChangeAfter = async (create: string) => {
    const folder = { '000001_create.up.sql': create };
    const a = await golangMigrate.analyse({
      path: `${dir}000002_next.up.sql`,
      content: 'ALTER TABLE budgets ALTER COLUMN note TYPE varchar(10);',
      siblings: { [`${dir}000002_next.down.sql`]: 'SELECT 2;' },
      listDir: async () => [...Object.keys(folder), '000002_next.up.sql'],
      readFile: async (path: string) => folder[path.slice(dir.length) as keyof typeof folder],
    });
    return a.hits.filter((x) => x.rule === 'change-column-type');
  };

  test('a column the tolerant reading typed: a type change after it is judged against that type', async () => {
    const [h] = await typeChangeAfter('CREATE TABLE `budgets` (\n\t`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,\n\t`note` text\n);');
    expect(h?.message).toContain('from text (000001_create.up.sql) to varchar(10)');
  });

  test('a column read by name only (SQLite lets a column have no type): a type change after it is not judged against one', async () => {
    const [h] = await typeChangeAfter('CREATE TABLE `budgets` (\n\t`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,\n\t`note`\n);');
    expect(h?.message).not.toContain('000001_create.up.sql');
  });
});

describe('when the earlier columns cannot be known', () => {
  test('a table the folder does not create: a warning that asks to check the copy', async () => {
    expect(await drops({}, rebuild('user_settings', ['id', 'locale']))).toEqual([
      `3 warning "user_settings" is rebuilt: "temporary_user_settings" takes its rows, then replaces it, and any column it does not take is dropped with its data, which a rollback cannot restore. Which columns it had is not in this migration or the folder's earlier migrations: check that the copy takes every column.`,
    ]);
  });

  test('an earlier migration that cannot be read: said, with why', async () => {
    const [h] = await drops(created, rebuild('user_settings', ['id', 'locale']), {
      readFile: async () => {
        throw new Error('HTTP 502 from the API');
      },
    });
    expect(h).toContain('3 warning "user_settings" is rebuilt');
    expect(h).toContain('Which columns it had could not be looked up (the earlier migration 000001_create.up.sql could not be read (HTTP 502 from the API))');
  });
});

describe('in the file alone', () => {
  test('a second rebuild of a table the file rebuilt knows its columns from the first', async () => {
    const sql = `${rebuild('media', ['id', 'title', 'imdb'], ['tvdb'])}\n${rebuild('media', ['id', 'title'])}`;
    const res = await lintSql([{ sql, line: 1 }]);
    expect(res.hits.filter((h) => h.rule === 'drop-column').map((h) => `${h.line} ${h.message.split(' (')[0]}`)).toEqual([
      '7 Dropping column "imdb" from "media"',
      '7 Dropping column "tvdb" from "media"',
    ]);
    // The first rebuild's old columns are the folder's to say: looked up later, nothing said yet.
    expect(res.columnChanges.map((c) => c.kind)).toEqual(['rebuild']);
  });

  test('a table the file created and rebuilds holds no rows: nothing is lost', async () => {
    const sql = `CREATE TABLE media (id integer, title text, imdb text);\n${rebuild('media', ['id', 'title'])}`;
    const res = await lintSql([{ sql, line: 1 }]);
    expect(res.hits.filter((h) => h.rule === 'drop-column')).toEqual([]);
    expect(res.columnChanges).toEqual([]);
  });

  test('a copy whose INSERT is not read (a value that is not a column) is not taken for the copy before it', async () => {
    // jellyseerr's AddDisplayNameToUser: the second copy selects "" (an empty name), which Postgres rejects.
    const second = `CREATE TABLE "temporary_media" ("id" varchar, "title" varchar);
INSERT INTO "temporary_media"("id", "title") SELECT "id", "" FROM "media";
DROP TABLE "media";
ALTER TABLE "temporary_media" RENAME TO "media";`;
    const res = await lintSql([{ sql: `${rebuild('media', ['id', 'title', 'imdb'], ['tvdb'])}\n${second}`, line: 1 }]);
    expect(res.hits.filter((h) => h.rule === 'drop-column')).toEqual([]);
  });
});

describe('a column the new table requires and the copy does not fill', () => {
  const copy = (create: string) => `${create}
INSERT INTO "temporary_user"("id", "email") SELECT "id", "email" FROM "user";
DROP TABLE "user";
ALTER TABLE "temporary_user" RENAME TO "user";`;
  const required = async (sql: string) =>
    (await lintSql([{ sql, line: 1 }])).hits
      .filter((h) => h.rule === 'add-required-column')
      .map((h) => `${h.line} ${h.message.split(' (a table rebuild)')[0]}`);

  test('NOT NULL without a default fails on the old rows: add-required-column, at the copy', async () => {
    // TypeORM on SQLite (AUTOINCREMENT: read by the tolerant reading, as in Fallenbagel/jellyseerr).
    const sql = copy('CREATE TABLE "temporary_user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "email" varchar NOT NULL, "userType" integer NOT NULL);');
    expect(await required(sql)).toEqual([
      '2 Copying the rows of "user" into "temporary_user" without its NOT NULL column "userType", which has no default, fails as soon as "user" has a row; if "temporary_user" then replaces it',
    ]);
    // A CREATE TABLE Postgres parses: the same.
    expect(await required(copy('CREATE TABLE "temporary_user" ("id" integer PRIMARY KEY, "email" text NOT NULL, "plan" text NOT NULL);'))).toEqual([
      '2 Copying the rows of "user" into "temporary_user" without its NOT NULL column "plan", which has no default, fails as soon as "user" has a row; if "temporary_user" then replaces it',
    ]);
  });

  test('a default, NULL allowed, a primary key the database numbers, or a table made here: nothing', async () => {
    for (const col of ['"userType" integer NOT NULL DEFAULT (1)', '"userType" integer', '"userType" integer CHECK ("userType" IS NOT NULL)'])
      expect(
        await required(copy(`CREATE TABLE "temporary_user" ("id" integer PRIMARY KEY AUTOINCREMENT NOT NULL, "email" varchar NOT NULL, ${col});`)),
      ).toEqual([]);
    expect(await required(copy('CREATE TABLE "temporary_user" ("rowid2" integer PRIMARY KEY NOT NULL, "id" integer, "email" varchar);'))).toEqual([]);
    const fresh = `CREATE TABLE "user" ("id" integer, "email" varchar);\n${copy('CREATE TABLE "temporary_user" ("id" integer, "email" varchar, "plan" text NOT NULL);')}`;
    expect(await required(fresh)).toEqual([]);
  });
});

describe('a rebuild that makes a copied column NOT NULL (test/fixtures/patterns/sqlite-rebuild-not-null)', () => {
  /** The set-not-null findings of a rebuild of user_settings whose copy defines `notNull` NOT NULL. */
  async function notNulls(folder: Record<string, string>, notNull: string[]) {
    const columns = ['id', 'region', 'locale'];
    const sql = [
      `CREATE TABLE "temporary_user_settings" (${columns.map((c) => `"${c}" varchar${notNull.includes(c) ? ' NOT NULL' : ''}`).join(', ')});`,
      `INSERT INTO "temporary_user_settings"(${columns.map((c) => `"${c}"`).join(', ')}) SELECT ${columns.map((c) => `"${c}"`).join(', ')} FROM "user_settings";`,
      'DROP TABLE "user_settings";',
      'ALTER TABLE "temporary_user_settings" RENAME TO "user_settings";',
    ].join('\n');
    const name = `${String(Object.keys(folder).length + 1).padStart(6, '0')}_next.up.sql`;
    const a = await golangMigrate.analyse({
      path: dir + name,
      content: sql,
      siblings: { [dir + name.replace('.up.', '.down.')]: 'SELECT 2;' },
      listDir: async () => [...Object.keys(folder), name],
      readFile: async (path: string) => folder[path.slice(dir.length)],
    });
    return a.hits.filter((h) => h.rule === 'set-not-null').map((h) => `${h.line} ${h.severity ?? 'error'} ${h.message.split(':')[0]}`);
  }

  test('a column that allowed NULL before is a set-not-null finding at the DROP TABLE; one that did not is none', async () => {
    expect(await notNulls(created, ['id', 'locale'])).toEqual([]);
    expect(await notNulls(created, ['id', 'region', 'locale'])).toEqual([
      '3 error Rebuilding "user_settings" ("temporary_user_settings" takes its rows, then replaces it) makes "region" NOT NULL',
    ]);
  });

  test('a column whose definition is in no earlier migration is no finding: every rebuild restates every column', async () => {
    expect(await notNulls({}, ['id', 'region', 'locale'])).toEqual([]);
  });
});

describe('a rebuild that renames the old table away first (dani-garcia/vaultwarden, riverqueue/river)', () => {
  // vaultwarden migrations/sqlite/2018-05-25-232323_update_attachments_reference/up.sql (and its
  // mysql/ twin); river's riverpgxv5/migration/main/005_migration_unique_client.up.sql, in a DO block.
  const renamedAway = (kept: string[]) =>
    [
      'ALTER TABLE attachments RENAME TO oldAttachments;',
      `CREATE TABLE attachments (${kept.map((c) => `${c} TEXT NOT NULL`).join(', ')});`,
      `INSERT INTO attachments (${kept.join(', ')}) SELECT ${kept.join(', ')} FROM oldAttachments;`,
      'DROP TABLE oldAttachments;',
    ].join('\n');
  const folder = { '000001_create.up.sql': 'CREATE TABLE attachments (id text PRIMARY KEY, cipher_uuid text NOT NULL, file_name text NOT NULL);' };

  test('dropping the old table keeps its rows (the copy has them): no drop-table, and a copy of every column drops nothing', async () => {
    const a = await golangMigrate.analyse({
      path: `${dir}000002_next.up.sql`,
      content: renamedAway(['id', 'cipher_uuid', 'file_name']),
      siblings: { [`${dir}000002_next.down.sql`]: 'SELECT 2;' },
      listDir: async () => [...Object.keys(folder), '000002_next.up.sql'],
      readFile: async (path: string) => folder[path.slice(dir.length) as keyof typeof folder],
    });
    expect(a.hits.filter((h) => ['drop-table', 'drop-column', 'rename-table'].includes(h.rule))).toEqual([]);
  });

  test('a copy that keeps only some rows leaves the others to the DROP TABLE: drop-table', async () => {
    const filtered = renamedAway(['id', 'cipher_uuid', 'file_name']).replace('FROM oldAttachments;', "FROM oldAttachments WHERE file_name <> '';");
    const a = await golangMigrate.analyse({
      path: `${dir}000002_next.up.sql`,
      content: filtered,
      siblings: { [`${dir}000002_next.down.sql`]: 'SELECT 2;' },
      listDir: async () => [...Object.keys(folder), '000002_next.up.sql'],
      readFile: async (path: string) => folder[path.slice(dir.length) as keyof typeof folder],
    });
    expect(a.hits.filter((h) => ['drop-table', 'drop-column'].includes(h.rule)).map((h) => [h.line, h.rule])).toEqual([[4, 'drop-table']]);
  });

  test('a column the copy leaves out is dropped, at the DROP TABLE of the old table', async () => {
    expect(await drops(folder, renamedAway(['id', 'file_name']))).toEqual([
      '4 error Dropping column "cipher_uuid" from "oldattachments" (the table is rebuilt: "attachments" takes its rows without it, then replaces it) deletes its data; a rollback cannot restore it. Stop reading the column first, deploy, then drop it in a later release.',
    ]);
  });

  test('a column the new table has but the copy does not fill keeps its name, not its values: said so (river, authelia)', async () => {
    // river 005_migration_unique_client: river_migration(id bigserial, created_at, version) becomes
    // (line, version, created_at); authelia's SQLite V0005/V0007 copy every column but `id` AUTOINCREMENT.
    const river = {
      '000001_create.up.sql':
        'CREATE TABLE river_migration (id bigserial PRIMARY KEY, created_at timestamptz NOT NULL DEFAULT now(), version bigint NOT NULL);',
    };
    const content = [
      'ALTER TABLE river_migration RENAME TO river_migration_old;',
      'CREATE TABLE river_migration (id bigserial PRIMARY KEY, line text NOT NULL, version bigint NOT NULL, created_at timestamptz NOT NULL DEFAULT now());',
      "INSERT INTO river_migration (created_at, line, version) SELECT created_at, 'main', version FROM river_migration_old;",
      'DROP TABLE river_migration_old;',
    ].join('\n');
    expect(await drops(river, content)).toEqual([
      '4 error The rebuild of "river_migration_old" does not copy the values of "id": "river_migration", which takes its rows and replaces it, fills its own "id" with its default or numbering instead, so the old values are lost and a rollback cannot restore them. Copy the column\'s values too, or say in the rollback plan why they need not be kept.',
    ]);
  });
});
