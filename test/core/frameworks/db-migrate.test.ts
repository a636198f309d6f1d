// db-migrate, as Unleash/unleash (JS) and republik/plattform (--sql-file) write it.
import { describe, expect, test } from 'vitest';
import dbMigrate, { dbMigrateJsPieces } from '../../../src/core/frameworks/db-migrate';
import { detectSqlFramework } from '../../../src/core/frameworks/sql-detect';
import { guessFramework } from '../../../src/core/frameworks/guess';
import { FRAMEWORKS } from '../../../src/core/frameworks/index';

const js = (content: string, path = 'migrations/20240101000000-x.js') => dbMigrate.analyse({ path, content, siblings: {} });
// missing-lock-timeout is off by default: left out here.
const rules = async (content: string) => (await js(content)).hits.filter((h) => h.rule !== 'missing-lock-timeout').map((h) => `${h.rule} ${h.line}`);

describe('db-migrate JavaScript migrations', () => {
  test('are told apart from Knex, Sequelize and node-pg-migrate by their db API', () => {
    const content = "exports.up = function (db, cb) { db.runSql('SELECT 1', cb); };";
    expect(guessFramework('migrations/20240101000000-x.js', content, FRAMEWORKS)?.id).toBe('db-migrate');
    expect(guessFramework('migrations/20240101000000-x.js', 'exports.up = (db, cb) => { cb(); };', FRAMEWORKS)?.id).toBe('db-migrate');
    expect(guessFramework('migrations/1_x.js', 'exports.up = (knex) => knex.schema.dropTable("x");', FRAMEWORKS)?.id).toBe('knex');
  });

  test('runSql strings are linted; API calls are synthesised into SQL', async () => {
    const t = (
      await dbMigrateJsPieces(
        'migrations/x.js',
        [
          'exports.up = function (db, callback) {',
          "  db.runSql('ALTER TABLE features DROP COLUMN legacy', callback);",
          "  db.addColumn('features', 'stale', { type: 'boolean', notNull: true }, callback);",
          "  db.renameColumn('features', 'name', 'title', callback);",
          '};',
        ].join('\n'),
      )
    ).translation;
    expect(t.up.map((p) => [p.line, p.sql])).toEqual([
      [2, 'ALTER TABLE features DROP COLUMN legacy'],
      [3, 'ALTER TABLE features ADD COLUMN stale boolean NOT NULL;'],
      [4, 'ALTER TABLE features RENAME COLUMN "name" TO title;'],
    ]);
  });

  test('callback, promise and async forms; bind chains in async.series', async () => {
    expect(
      await rules(
        "exports.up = async (db) => { await db.removeColumn('t', 'c'); };\nexports.down = async (db) => { await db.addColumn('t', 'c', 'string'); };",
      ),
    ).toEqual(['drop-column 1']);
    expect(
      await rules(
        "exports.up = function (db, cb) { async.series([db.dropTable.bind(db, 'old')], cb); };\nexports.down = function (db, cb) { db.createTable('old', { id: 'int' }, cb); };",
      ),
    ).toEqual(['drop-table 1']);
  });

  test('a down that only calls back, runs empty SQL or is missing is said', async () => {
    expect(await rules("exports.up = (db, cb) => db.runSql('UPDATE t SET a = 1 WHERE a IS NULL', cb);\nexports.down = (db, cb) => { cb(); };")).toEqual([
      'data-backfill 1',
      'empty-down-migration 2',
    ]);
    expect(
      await rules("exports.up = (db, cb) => db.runSql('CREATE TABLE t (id int)', cb);\nexports.down = function (db, cb) {\n  db.runSql('', cb);\n};"),
    ).toEqual(['empty-down-migration 2']);
    expect(await rules("exports.up = (db, cb) => db.runSql('CREATE TABLE t (id int)', cb);")).toEqual(['missing-down-migration 1']);
  });

  test("runSql with parameters: a `?` placeholder is not the migration's syntax error", async () => {
    expect(
      await rules(
        "exports.up = (db, cb) => db.runSql('INSERT INTO t (a) VALUES (?)', ['x'], cb);\nexports.down = (db, cb) => db.runSql('DELETE FROM t WHERE a = 1', cb);",
      ),
    ).toEqual([]);
  });
});

describe('db-migrate runSql given SQL through a name', () => {
  test('a const (or a var never assigned again) in the function is read where it is written', async () => {
    // geovistory/toolbox's early migrations: `const sql = \`…\`; db.runSql(sql, callback)`.
    const content = [
      'exports.up = function(db, callback) {',
      '  const sql = `',
      '  ALTER TABLE information.time_primitive DROP COLUMN duration;',
      '  `',
      '  db.runSql(sql, callback)',
      '};',
      'exports.down = function(db, callback) {',
      "  var sql = 'SELECT 1';",
      '  db.runSql(sql, callback)',
      '};',
    ].join('\n');
    expect(await rules(content)).toEqual(['drop-column 3', 'empty-down-migration 7']);
  });

  test('SQL built from rows it read (Unleash) or read from a file is a notice on the call', async () => {
    // Unleash/unleash src/migrations/20161212101749-better-strategy-parameter-definitions.js
    const content = [
      'exports.up = function (db, callback) {',
      "  db.all('select name, parameters_template from strategies', (err, results) => {",
      "    const updateSQL = results.map((s) => `UPDATE strategies SET name = '${s.name}';`).join('\\n');",
      '    db.runSql(updateSQL, callback);',
      '  });',
      "  fs.readFile(`${__dirname}/initial.sql`, { encoding: 'utf-8' }, (err, data) => db.runSql(data, callback));",
      '};',
      "exports.down = (db, cb) => db.runSql('UPDATE strategies SET name = name', cb);",
    ].join('\n');
    const a = await js(content);
    expect(a.hits.map((h) => `${h.rule} ${h.line}`)).toEqual(['not-analysed 4', 'not-analysed 6']);
    expect(a.hits[0]!.message).toBe(
      '`db.runSql(updateSQL)` runs SQL that `results.map(…).join(…)` returns at run time, so what it does was not judged: write the SQL in the migration ' +
        '(a string, or a `const` of this file), or review it by hand and add `// rollback-ready-ignore not-analysed: <reason>` above the call.',
    );
    expect(a.hits[1]!.message).toContain('`db.runSql(data)` runs SQL read from a file at run time (`…/initial.sql`)');
  });

  test('the --sql-file loader that reads sqls/<name>-up.sql into a const stays the loader (Coderguy71/RandomProject1)', async () => {
    const content = [
      "const fs = require('fs');",
      "const path = require('path');",
      'exports.up = function (db, callback) {',
      "  const sql = fs.readFileSync(path.join(__dirname, 'sqls/20240101000001-initial-schema-up.sql'), 'utf8');",
      '  db.runSql(sql, callback);',
      '};',
      'exports.down = function (db, callback) {',
      "  const sql = fs.readFileSync(path.join(__dirname, 'sqls/20240101000001-initial-schema-down.sql'), 'utf8');",
      '  db.runSql(sql, callback);',
      '};',
    ].join('\n');
    const { sqlFiles } = await dbMigrateJsPieces('migrations/20240101000001-initial-schema.js', content);
    expect(sqlFiles).toMatchObject({
      up: 'migrations/sqls/20240101000001-initial-schema-up.sql',
      down: 'migrations/sqls/20240101000001-initial-schema-down.sql',
      exact: true,
    });
    expect((await js(content, 'migrations/20240101000001-initial-schema.js')).hits).toEqual([]);
  });
});

describe('db-migrate --sql-file migrations', () => {
  const loader = (name: string) =>
    `exports.up = function (db) { var filePath = path.join(__dirname, 'sqls', '${name}-up.sql'); return readFile(filePath).then((d) => db.runSql(d)); };\n` +
    `exports.down = function (db) { var filePath = path.join(__dirname, 'sqls', '${name}-down.sql'); return readFile(filePath).then((d) => db.runSql(d)); };`;

  test('-up.sql and -down.sql are db-migrate files; the down is judged, never linted forward', async () => {
    expect(detectSqlFramework('migrations/sqls/20180812102333-access-up.sql', 'DROP TABLE x;')).toBe('db-migrate');
    expect(dbMigrate.counterparts?.('migrations/sqls/20180812102333-access-up.sql')).toEqual(['migrations/sqls/20180812102333-access-down.sql']);
    const down = await dbMigrate.analyse({ path: 'migrations/sqls/20180812102333-access-down.sql', content: 'DROP TABLE "accessCampaigns";', siblings: {} });
    expect(down.role).toBe('down');
    expect(down.hits.filter((h) => h.rule !== 'missing-lock-timeout')).toEqual([]);
    const up = await dbMigrate.analyse({
      path: 'migrations/sqls/20180812102333-access-up.sql',
      content: 'CREATE TABLE "accessCampaigns" (id uuid PRIMARY KEY);',
      siblings: { 'migrations/sqls/20180812102333-access-down.sql': 'DROP TABLE "accessCampaigns";' },
    });
    expect(up).toMatchObject({ role: 'up', down: 'present', hits: [] });
  });

  test('the loader JS holds no schema change; a missing up file is said', async () => {
    const a = await dbMigrate.analyse({
      path: 'migrations/20180812102333-access.js',
      content: loader('20180812102333-access'),
      siblings: { 'migrations/sqls/20180812102333-access-up.sql': undefined, 'migrations/sqls/20180812102333-access-down.sql': 'DROP TABLE t;' },
    });
    expect(a.hits.map((h) => h.rule)).toEqual(['parse-error']);
    expect(a.hits[0]!.message).toContain('20180812102333-access-up.sql, which is not there');
  });

  // republik/plattform @ 11a1a82a, packages/backend-modules/migrations/migrations/20170227114808-add-users-and-roles.js:
  // run.js maps `dir` (`packages/auth/migrations/sqls`) to `packages/backend-modules/auth/…` at run time.
  const republik = (dir: string) =>
    [
      "const run = require('../run.js')",
      '',
      `const dir = '${dir}'`,
      "const file = '20170227114808-add-users-and-roles'",
      '',
      'exports.up = (db) => run(db, dir, `${file}-up.sql`)',
      '',
      'exports.down = (db) => run(db, dir, `${file}-down.sql`)',
      '',
    ].join('\n');
  const MIGRATION = 'packages/backend-modules/migrations/migrations/20170227114808-add-users-and-roles.js';
  const SQLS = 'packages/backend-modules/auth/migrations/sqls/20170227114808-add-users-and-roles';
  const repo: Record<string, string> = { [`${SQLS}-up.sql`]: 'DROP TABLE legacy;', [`${SQLS}-down.sql`]: 'CREATE TABLE legacy (id int);' };
  const helper = (content: string, files: Record<string, string>, reads: string[] = []) =>
    dbMigrate.analyse({
      path: MIGRATION,
      content,
      siblings: {},
      readFile: async (p) => {
        reads.push(p);
        return files[p];
      },
    });

  test("a project's own loader: the file it loads is looked up, and one db-migrate judges on its own is judged there", async () => {
    const reads: string[] = [];
    const a = await helper(republik('packages/auth/migrations/sqls'), repo, reads);
    expect(a.hits).toEqual([]);
    expect(a.down).toBe('present');
    // Beside the migration, from the root, then under the migration's own `packages/backend-modules/`; the down beside the up.
    expect(reads).toEqual([
      'packages/backend-modules/migrations/migrations/packages/auth/migrations/sqls/20170227114808-add-users-and-roles-up.sql',
      'packages/auth/migrations/sqls/20170227114808-add-users-and-roles-up.sql',
      `${SQLS}-up.sql`,
      `${SQLS}-down.sql`,
    ]);
    // A folder named from the root (`'/packages/backend-modules/…'`) is found too.
    expect((await helper(republik('/packages/backend-modules/auth/migrations/sqls/'), repo)).hits).toEqual([]);
  });

  test("a project's own loader whose file is not found is one notice for the file, on its first call, never silence", async () => {
    const a = await helper(republik('packages/auth/migrations/sqls'), {});
    expect(a.hits.map((h) => `${h.rule} ${h.line}`)).toEqual(['not-analysed 6']);
    expect(a.hits[0]!.message).toContain(
      "`run(…)` loads this migration's SQL through a function of the project, from `packages/auth/migrations/sqls/20170227114808-add-users-and-roles-up.sql` and `packages/auth/migrations/sqls/20170227114808-add-users-and-roles-down.sql`",
    );
    // Without reads (a face that cannot read the repository) it is the same notice.
    const alone = await dbMigrate.analyse({ path: MIGRATION, content: republik('packages/auth/migrations/sqls'), siblings: {} });
    expect(alone.hits.map((h) => `${h.rule} ${h.line}`)).toEqual(['not-analysed 6']);
  });

  test("a project's own loader's file that is no db-migrate migration of its own is read as the migration's SQL, on the call", async () => {
    const content = republik('db/sql');
    const files = {
      'db/sql/20170227114808-add-users-and-roles-up.sql': 'CREATE TABLE t (id int);\nALTER TABLE users DROP COLUMN email;',
      'db/sql/20170227114808-add-users-and-roles-down.sql': 'ALTER TABLE users ADD COLUMN email text;',
    };
    const a = await helper(content, files);
    const drop = a.hits.find((h) => h.rule === 'drop-column');
    expect(drop).toMatchObject({ line: 6, message: expect.stringMatching(/^db\/sql\/20170227114808-add-users-and-roles-up\.sql line 2: /) });
  });
});

// Unleash's 20210615115226-migrate-strategies-to-feature-strategies.js: `VALUES (?, ?)` with `[feature.name, …]`.
describe('db-migrate runSql with parameters', () => {
  test('its `?` placeholders are read as values; SQL that still does not parse is a notice on the call', async () => {
    const a = await js(`exports.up = function (db, cb) {
  db.runSql('CREATE INDEX features_enabled ON features (name) WHERE enabled = ?', [true], cb);
  db.runSql("INSERT INTO project_environments(project_id, environment_name) VALUES (?, ':global:')", ['default']);
  db.runSql('ALTER TABLE ? DROP COLUMN legacy', ['features']);
};
exports.down = function (db, cb) { db.runSql('DROP INDEX features_enabled', cb); };
`);
    expect(a.hits.filter((h) => h.rule !== 'missing-lock-timeout').map((h) => `${h.rule} ${h.line}`)).toEqual([
      'non-concurrent-index 2',
      'not-analysed 4',
      'drop-column 4',
    ]);
    expect(a.hits.find((h) => h.rule === 'not-analysed')?.message).toMatch(
      /^`db\.runSql\(…\)` runs SQL with bind placeholders .* does not parse even with each placeholder read as a value/,
    );
  });
});
