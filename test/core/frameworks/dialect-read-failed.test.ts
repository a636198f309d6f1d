// A config file whose read fails (the App's GitHub API answers 502, its budget of reads is spent;
// lint meets EACCES) may be there and name any database: the migration is read for what holds on
// every database, with one not-analysed notice naming the file and the failure, and the `dialect:`
// line to copy (src/core/frameworks/dialect-doubt.ts). Never Postgres in silence; an absent config
// (the read resolves undefined) still names nothing. And the tool records that exist but do not
// read (a drizzle journal, Prisma's migration_lock.toml, go.mod, sqitch.conf) are said the same way.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rails from '../../../src/core/frameworks/rails';
import laravel from '../../../src/core/frameworks/laravel';
import knex from '../../../src/core/frameworks/knex';
import sequelize from '../../../src/core/frameworks/sequelize';
import typeorm from '../../../src/core/frameworks/typeorm';
import flyway from '../../../src/core/frameworks/flyway';
import goose from '../../../src/core/frameworks/goose';
import sqitch from '../../../src/core/frameworks/sqitch';
import sql from '../../../src/core/frameworks/sql';
import prisma from '../../../src/core/frameworks/prisma';
import type { Framework } from '../../../src/core/frameworks/framework';

const text = (rel: string) => readFileSync(`test/fixtures/patterns/${rel}`, 'utf8');
const lister = (files: Record<string, string>) => async (dir: string) => {
  const names = Object.keys(files)
    .filter((p) => p.startsWith(dir))
    .map((p) => p.slice(dir.length).split('/')[0]!);
  return names.length ? [...new Set(names)] : undefined;
};

/** GitHub's answer when it fails, as Octokit rejects with it. */
const http502 = () => Object.assign(new Error('Server Error'), { status: 502 });

/** The project's `files`, with the read of `failed` rejecting. */
const failingAt =
  (files: Record<string, string>, failed: string, error: () => Error = http502) =>
  async (path: string) => {
    if (path === failed) throw error();
    return files[path];
  };

async function hits(framework: Framework, path: string, content: string, files: Record<string, string>, failed?: string) {
  const readFile = failed === undefined ? async (p: string) => files[p] : failingAt(files, failed);
  return (await framework.analyse({ path, content, siblings: {}, readFile, listDir: lister(files) })).hits;
}

/** The one notice: not-analysed on line 1, naming the file and what failed, and the dialect line; no Postgres-only advice. */
function expectUnread(found: Awaited<ReturnType<typeof hits>>, file: string, failure: string | RegExp, folder: string) {
  const notices = found.filter((h) => h.rule === 'not-analysed');
  expect(notices, JSON.stringify(found)).toHaveLength(1);
  expect(notices[0]!.line).toBe(1);
  expect(notices[0]!.message).toContain(`could not be read: ${file} (`);
  if (typeof failure === 'string') expect(notices[0]!.message).toContain(`${file} (${failure})`);
  else expect(notices[0]!.message).toMatch(failure);
  expect(notices[0]!.message).toContain(`\`dialect: {'${folder}**': `);
  expect(found.map((h) => h.rule)).not.toContain('non-concurrent-index');
}

const INDEX = 'CREATE INDEX orders_user_idx ON orders (user_id);\n';

describe('a config read that fails leaves the database in doubt, said on the migration', () => {
  it('Rails: database.yml (the App got a 502): named, with the status, and what to do', async () => {
    const path = 'db/migrate/20260602222249_add_index_to_stories_merged_story_id_and_hotness.rb';
    const content = text(`app-dialect/ok/lobsters/${path}`);
    expect((await hits(rails, path, content, {})).map((h) => h.rule)).toContain('non-concurrent-index'); // absent: Postgres, as before
    const found = await hits(rails, path, content, {}, 'config/database.yml');
    expectUnread(found, 'config/database.yml', 'HTTP 502, Server Error', 'db/migrate/');
    expect(found[0]!.message).toContain('Run again once the file can be read, or say which one it runs on');
  });

  it("Laravel: .env.example's read fails while database.php is absent", async () => {
    const path = 'database/migrations/2022_06_11_091750_add_indexes.php';
    const content = text(`app-dialect/ok/koel/${path}`);
    expectUnread(await hits(laravel, path, content, {}, '.env.example'), '.env.example', 'HTTP 502, Server Error', 'database/migrations/');
  });

  it('Knex and Sequelize: the knexfile, the .sequelizerc, the config it names', async () => {
    const kpath = 'migrations/20240115093000_add_orders_created_at_index.js';
    const kcontent = text(`app-dialect/ok/knex-mysql/${kpath}`);
    expectUnread(await hits(knex, kpath, kcontent, {}, 'knexfile.js'), 'knexfile.js', 'HTTP 502, Server Error', 'migrations/');
    const spath = 'migrations/20240115093000-add-documents-updated-at-index.js';
    const scontent = text(`app-dialect/ok/sequelize-mysql/server/${spath}`);
    expectUnread(await hits(sequelize, spath, scontent, {}, '.sequelizerc'), '.sequelizerc', 'HTTP 502, Server Error', 'migrations/');
    expectUnread(await hits(sequelize, spath, scontent, {}, 'config/config.json'), 'config/config.json', 'HTTP 502, Server Error', 'migrations/');
  });

  it('TypeORM: the package.json, and an ormconfig it lists', async () => {
    const path = 'server/src/migrations/1663824858297-InitialMigration.ts';
    const content = text(`typeorm-dialect/ok/songbook/${path}`);
    const files = { 'server/package.json': '{}', 'server/ormconfig.json': '{ "type": "mysql" }' };
    expect((await hits(typeorm, path, content, files)).map((h) => h.rule)).not.toContain('not-analysed');
    expectUnread(
      await hits(typeorm, path, content, files, 'server/ormconfig.json'),
      'server/ormconfig.json',
      'HTTP 502, Server Error',
      'server/src/migrations/',
    );
    expectUnread(await hits(typeorm, path, content, files, 'server/package.json'), 'server/package.json', 'HTTP 502, Server Error', 'server/src/migrations/');
  });

  it("Flyway: a Spring profile's application-prod.yml, beside one that names MySQL: both said", async () => {
    const path = 'src/main/resources/db/migration/V17__add_unique_notification_history_daily.sql';
    const content = text(`flyway-spring-dialect/ok/meal/${path}`);
    const files = {
      'src/main/resources/application.yml': 'spring:\n  datasource:\n    url: jdbc:mysql://db/meal\n',
      'src/main/resources/application-prod.yml': 'spring:\n  datasource:\n    url: jdbc:postgresql://db/meal\n',
    };
    const found = await hits(flyway, path, content, files, 'src/main/resources/application-prod.yml');
    expectUnread(found, 'src/main/resources/application-prod.yml', 'HTTP 502, Server Error', 'src/main/resources/db/migration/');
    expect(found[0]!.message).toContain("the app's spring.datasource.url (src/main/resources/application.yml) names MySQL");
  });

  it("Flyway: flyway.conf, Hibernate's properties and the Maven build's pom.xml", async () => {
    const path = 'src/main/resources/db/migration/V17__add_unique_notification_history_daily.sql';
    const content = text(`flyway-spring-dialect/ok/meal/${path}`);
    const folder = 'src/main/resources/db/migration/';
    expectUnread(await hits(flyway, path, content, {}, 'flyway.conf'), 'flyway.conf', 'HTTP 502, Server Error', folder);
    expectUnread(
      await hits(flyway, path, content, {}, 'src/main/resources/hibernate.properties'),
      'src/main/resources/hibernate.properties',
      'HTTP 502, Server Error',
      folder,
    );
    expectUnread(await hits(flyway, path, content, {}, 'pom.xml'), 'pom.xml', 'HTTP 502, Server Error', folder);
  });

  it('goose: the go.mod above the migrations (the read budget spent)', async () => {
    const path = 'db/migrations/20241020003138_add_sort_tags_index.sql';
    const content = `-- +goose Up\n${INDEX}-- +goose Down\nDROP INDEX orders_user_idx;\n`;
    expect((await hits(goose, path, content, {})).map((h) => h.rule)).toContain('non-concurrent-index');
    const budget = () => new Error('the budget of 60 history reads per evaluation is spent');
    const found = (await goose.analyse({ path, content, siblings: {}, readFile: failingAt({}, 'db/go.mod', budget) })).hits;
    expectUnread(found, 'db/go.mod', 'the budget of 60 history reads per evaluation is spent', 'db/migrations/');
  });

  it("Sqitch: a sqitch.conf on the way to the project's (its layout and engine unknown)", async () => {
    const path = 'db/deploy/orders_index.sql';
    const files = { 'db/revert/orders_index.sql': 'DROP INDEX orders_user_idx;\n' };
    expect((await hits(sqitch, path, INDEX, files)).map((h) => h.rule)).toContain('non-concurrent-index');
    expectUnread(await hits(sqitch, path, INDEX, files, 'db/sqitch.conf'), 'db/sqitch.conf', 'HTTP 502, Server Error', 'db/deploy/');
    expectUnread(await hits(sqitch, path, INDEX, files, 'sqitch.conf'), 'sqitch.conf', 'HTTP 502, Server Error', 'db/deploy/');
  });

  it("drizzle-kit's journal and Prisma's migration_lock.toml", async () => {
    const dpath = 'drizzle/0001_orders_index.sql';
    expect((await hits(sql, dpath, INDEX, {})).map((h) => h.rule)).toContain('non-concurrent-index');
    expectUnread(await hits(sql, dpath, INDEX, {}, 'drizzle/meta/_journal.json'), 'drizzle/meta/_journal.json', 'HTTP 502, Server Error', 'drizzle/');
    const ppath = 'prisma/migrations/20240803232708_orders_index/migration.sql';
    expect((await hits(prisma, ppath, INDEX, {})).map((h) => h.rule)).toContain('non-concurrent-index');
    const found = await hits(prisma, ppath, INDEX, {}, 'prisma/migrations/migration_lock.toml');
    expectUnread(found, 'prisma/migrations/migration_lock.toml', 'HTTP 502, Server Error', 'prisma/migrations/20240803232708_orders_index/');
    expect(found.map((h) => h.rule)).toContain('forward-only-migration');
  });
});

describe('a tool record that is there but does not read leaves the database in doubt, said', () => {
  it('a drizzle journal that is no JSON', async () => {
    const path = 'drizzle/0001_orders_index.sql';
    const found = await hits(sql, path, INDEX, { 'drizzle/meta/_journal.json': '{\n  "version": "7",\n  "dialect": "sqlite",\n' });
    expectUnread(found, 'drizzle/meta/_journal.json', /\(not JSON: /, 'drizzle/');
    expect(found[0]!.message).toContain('Fix the file, or say');
  });

  it("a migration_lock.toml that is no TOML, or names no provider; mongodb's names no SQL database", async () => {
    const path = 'prisma/migrations/20240803232708_orders_index/migration.sql';
    const lock = 'prisma/migrations/migration_lock.toml';
    const folder = 'prisma/migrations/20240803232708_orders_index/';
    expectUnread(await hits(prisma, path, INDEX, { [lock]: 'provider = "sqlite\n' }), lock, /\(not TOML: /, folder);
    expectUnread(await hits(prisma, path, INDEX, { [lock]: '# Please do not edit this file manually\n' }), lock, 'no provider = "…" line', folder);
    expect((await hits(prisma, path, INDEX, { [lock]: 'provider = "sqlite"\n' })).map((h) => h.rule)).toEqual(['forward-only-migration']);
  });

  it('a go.mod the go command would not read: an unknown directive, a requirement without a version, a block never closed', async () => {
    const path = 'db/migrations/20241020003138_add_sort_tags_index.sql';
    const content = `-- +goose Up\n${INDEX}-- +goose Down\nDROP INDEX orders_user_idx;\n`;
    const at = (gomod: string) => hits(goose, path, content, { 'go.mod': gomod });
    expectUnread(
      await at('module example.com/app\n\nrequir github.com/mattn/go-sqlite3 v1.14.22\n'),
      'go.mod',
      /line 3: unknown directive requir/,
      'db/migrations/',
    );
    expectUnread(
      await at('module example.com/app\n\nrequire github.com/mattn/go-sqlite3\n'),
      'go.mod',
      /line 3: a requirement without its version/,
      'db/migrations/',
    );
    expectUnread(
      await at('module example.com/app\n\nrequire (\n\tgithub.com/mattn/go-sqlite3 v1.14.22\n'),
      'go.mod',
      /line 3: the require \( block is never closed/,
      'db/migrations/',
    );
    // Every directive the go command knows, blocks and comments: SQLite, read.
    const good =
      'module example.com/app // the app\n\ngo 1.23\n\ntoolchain go1.23.4\n\nrequire (\n\tgithub.com/mattn/go-sqlite3 v1.14.22 // indirect\n)\n\nreplace example.com/x => ../x\n\nexclude (\n\texample.com/y v1.0.0\n)\n\ntool example.com/z\n';
    expect((await at(good)).map((h) => h.rule)).toEqual([]);
  });

  it('a sqitch.conf with a line git would not read', async () => {
    const path = 'db/deploy/orders_index.sql';
    const files = { 'db/revert/orders_index.sql': 'DROP INDEX orders_user_idx;\n', 'db/sqitch.conf': '[core]\n\tengine: sqlite\n' };
    expectUnread(await hits(sqitch, path, INDEX, files), 'db/sqitch.conf', /line 2 is no \[section\], key = value or comment/, 'db/deploy/');
    const good = {
      ...files,
      'db/sqitch.conf': '# the project\n[core]\n\tengine = sqlite\n[engine "sqlite"]\n\ttarget = db:sqlite:app.db ; local\n\tclient = \\\n\t  sqlite3\n',
    };
    expect((await hits(sqitch, path, INDEX, good)).map((h) => h.rule)).not.toContain('not-analysed');
  });
});
