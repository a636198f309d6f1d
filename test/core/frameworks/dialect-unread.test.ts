// A config file that is there but cannot be read may name any database: the migration is read for
// what holds on every database, with one not-analysed notice naming the file and what failed, and
// the `dialect:` line to copy (src/core/frameworks/dialect-doubt.ts). Never Postgres in silence.
// An absent config still names nothing. Each reader broken the way a repository can break it.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rails from '../../../src/core/frameworks/rails';
import knex from '../../../src/core/frameworks/knex';
import sequelize from '../../../src/core/frameworks/sequelize';
import typeorm from '../../../src/core/frameworks/typeorm';
import flyway from '../../../src/core/frameworks/flyway';
import type { Framework } from '../../../src/core/frameworks/framework';

const text = (rel: string) => readFileSync(`test/fixtures/patterns/${rel}`, 'utf8');
const reader = (files: Record<string, string>) => async (path: string) => files[path];
const lister = (files: Record<string, string>) => async (dir: string) => {
  const names = Object.keys(files)
    .filter((p) => p.startsWith(dir))
    .map((p) => p.slice(dir.length).split('/')[0]!);
  return names.length ? [...new Set(names)] : undefined;
};

/** The hits of `framework` on the migration with the project's `files`. */
async function hits(framework: Framework, path: string, content: string, files: Record<string, string>) {
  return (await framework.analyse({ path, content, siblings: {}, readFile: reader(files), listDir: lister(files) })).hits;
}

/** The one notice: not-analysed on line 1, naming the file, what failed and the dialect line; no Postgres-only advice. */
function expectUnread(found: Awaited<ReturnType<typeof hits>>, file: string, failure: RegExp, folder: string) {
  const notices = found.filter((h) => h.rule === 'not-analysed');
  expect(notices, JSON.stringify(found)).toHaveLength(1);
  expect(notices[0]!.line).toBe(1);
  expect(notices[0]!.message).toContain(`could not be read: ${file} (`);
  expect(notices[0]!.message).toMatch(failure);
  expect(notices[0]!.message).toContain(`\`dialect: {'${folder}**': `);
  expect(found.map((h) => h.rule)).not.toContain('non-concurrent-index');
}

describe('a config that does not parse leaves the database in doubt, said on the migration', () => {
  it('Rails: a database.yml that is no YAML', async () => {
    const path = 'db/migrate/20260602222249_add_index_to_stories_merged_story_id_and_hotness.rb';
    const content = text(`app-dialect/ok/lobsters/${path}`);
    expect((await hits(rails, path, content, {})).map((h) => h.rule)).toContain('non-concurrent-index'); // absent: Postgres, as before
    const found = await hits(rails, path, content, { 'config/database.yml': 'production:\n  adapter: mysql2\n   host: [db\n' });
    expectUnread(found, 'config/database.yml', /not YAML/, 'db/migrate/');
  });

  it('Knex: a knexfile with a syntax error where its client would be', async () => {
    const path = 'migrations/20240115093000_add_orders_created_at_index.js';
    const content = text(`app-dialect/ok/knex-mysql/${path}`);
    expect((await hits(knex, path, content, {})).map((h) => h.rule)).toContain('non-concurrent-index');
    const found = await hits(knex, path, content, { 'knexfile.js': 'module.exports = { client: (process.env.X ?? , connection: {} };\n' });
    expectUnread(found, 'knexfile.js', /syntax error at line 1/, 'migrations/');
  });

  it('Sequelize: a config.json that is no JSON', async () => {
    const path = 'migrations/20240115093000-add-documents-updated-at-index.js';
    const content = text(`app-dialect/ok/sequelize-mysql/server/${path}`);
    const found = await hits(sequelize, path, content, { 'config/config.json': '{ "production": { "dialect": "mysql", } ' });
    expectUnread(found, 'config/config.json', /not JSON/, 'migrations/');
  });

  it('TypeORM: an ormconfig.json that is no JSON, and a DataSource file with a syntax error', async () => {
    const path = 'server/src/migrations/1663824858297-InitialMigration.ts';
    const content = text(`typeorm-dialect/ok/songbook/${path}`);
    const json = await hits(typeorm, path, content, { 'server/package.json': '{}', 'server/ormconfig.json': '{ "type": "mysql", }' });
    expectUnread(json, 'server/ormconfig.json', /not JSON/, 'server/src/migrations/');
    const ds = await hits(typeorm, path, content, {
      'server/package.json': '{}',
      'server/src/data-source.ts': 'export default new DataSource({ type: , host: "db" ));\n',
    });
    expectUnread(ds, 'server/src/data-source.ts', /syntax error at line 1/, 'server/src/migrations/');
  });

  it('Flyway: an application.yml that is no YAML, beside one that names MySQL: both said', async () => {
    const path = 'src/main/resources/db/migration/V17__add_unique_notification_history_daily.sql';
    const content = text(`flyway-spring-dialect/ok/meal/${path}`);
    const files = {
      'src/main/resources/application.yml': 'spring:\n  datasource:\n    url: jdbc:mysql://db/meal\n',
      'src/main/resources/application-prod.yml': 'spring:\n  datasource:\n    url: [jdbc:postgresql://db/meal\n',
    };
    const found = (await flyway.analyse({ path, content, siblings: {}, readFile: reader(files), listDir: lister(files) })).hits;
    expectUnread(found, 'src/main/resources/application-prod.yml', /not YAML/, 'src/main/resources/db/migration/');
    expect(found[0]!.message).toContain("the app's spring.datasource.url (src/main/resources/application.yml) names MySQL");
  });

  it('Flyway: a pom.xml that is not well-formed XML', async () => {
    const path = 'src/main/resources/db/migration/V17__add_unique_notification_history_daily.sql';
    const content = text(`flyway-spring-dialect/ok/meal/${path}`);
    const found = (await flyway.analyse({ path, content, siblings: {}, readFile: reader({ 'pom.xml': '<project><artifactId>meal</artifactId>' }) })).hits;
    expectUnread(found, 'pom.xml', /not well-formed XML/, 'src/main/resources/db/migration/');
    expect(found[0]!.message).toContain("`dialect: {'src/main/resources/db/migration/**': postgres}` (or mysql, sqlite, sqlserver…: the database it runs on)");
  });

  it('SQL that no reading understands says its database is in doubt, not that it "is MySQL SQL"', async () => {
    const path = 'src/main/resources/db/migration/V18__odd.sql';
    const found = (
      await flyway.analyse({ path, content: 'CREATE TABLE t (id int);\nFROBNICATE THE WIDGETS;\n', siblings: {}, readFile: reader({ 'pom.xml': '<project>' }) })
    ).hits;
    expectUnread(found, 'pom.xml', /not well-formed XML/, 'src/main/resources/db/migration/');
    const parse = found.filter((h) => h.rule === 'parse-error');
    expect(parse, JSON.stringify(found)).toHaveLength(1);
    expect(parse[0]!.line).toBe(2);
    expect(parse[0]!.message).toMatch(/^The database of this file is in doubt \(see the not-analysed notice\)/);
    expect(parse[0]!.message).not.toContain('MySQL');
  });
});
