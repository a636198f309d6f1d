import { describe, expect, test } from 'vitest';
import flyway from '../../../src/core/frameworks/flyway';
import { detectSqlFramework } from '../../../src/core/frameworks/sql-detect';

const v = 'src/main/resources/db/migration/V3__add_nickname.sql';
const u = 'src/main/resources/db/migration/U3__add_nickname.sql';

describe('flyway', () => {
  test('names: V, U and R files; the undo is the counterpart of a versioned file', () => {
    expect(detectSqlFramework(v, '')).toBe('flyway');
    expect(detectSqlFramework('db/migration/V1.2.3__x.sql', '')).toBe('flyway');
    expect(detectSqlFramework('db/migration/R__views.sql', '')).toBe('flyway');
    expect(flyway.counterparts?.(v)).toEqual([u]);
    expect(flyway.counterparts?.(u)).toEqual([]);
  });

  test('no undo script: forward-only (a warning), not missing', async () => {
    const a = await flyway.analyse({ path: v, content: 'CREATE TABLE t (id int);', siblings: { [u]: undefined } });
    expect(a.down).toBe('forward-only');
    expect(a.hits.map((h) => `${h.rule} ${h.line}`)).toEqual(['forward-only-migration 1']);
  });

  test('undo present, empty undo, undo file alone, repeatable', async () => {
    expect((await flyway.analyse({ path: v, content: 'CREATE TABLE t (id int);', siblings: { [u]: 'DROP TABLE t;' } })).down).toBe('present');
    const empty = await flyway.analyse({ path: v, content: 'CREATE TABLE t (id int);', siblings: { [u]: '-- todo' } });
    expect(empty.hits.map((h) => h.rule)).toEqual(['empty-down-migration']);
    expect((await flyway.analyse({ path: u, content: 'DROP TABLE t;', siblings: {} })).role).toBe('down');
    const r = await flyway.analyse({ path: 'db/migration/R__views.sql', content: 'CREATE OR REPLACE VIEW v AS SELECT 1;', siblings: {} });
    expect(r.hits).toEqual([]);
  });

  test('placeholders (${name}, ${flyway:defaultSchema}) are no syntax errors, and what is around them is read', async () => {
    // Shape from conductor-oss/conductor postgres-external-storage/src/main/resources/db/migration_external_postgres/R__initial_schema.sql.
    const sql = [
      'CREATE TABLE IF NOT EXISTS ${tableName} (id TEXT, data bytea NOT NULL, PRIMARY KEY (id));',
      'ALTER TABLE ${tableName} ALTER COLUMN data SET STORAGE EXTERNAL;',
      'ALTER TABLE ${flyway:defaultSchema}.queue DROP COLUMN legacy;',
      '',
    ].join('\n');
    const a = await flyway.analyse({ path: 'db/migration/V4__payloads.sql', content: sql, siblings: { 'db/migration/U4__payloads.sql': 'SELECT 1;' } });
    expect(a.hits.filter((h) => h.rule !== 'missing-lock-timeout').map((h) => [h.line, h.rule])).toEqual([
      [1, 'empty-down-migration'],
      [3, 'drop-column'],
    ]);
  });
});

// eclipse-hawkbit/hawkbit @ 124be742 keeps one Flyway folder per database
// (hawkbit-repository/hawkbit-repository-jpa-flyway/src/main/resources/db/migration/{DB2,H2,SQL_SERVER,…}):
// `ALTER COLUMN c VARCHAR(n)` restates the column; what it leaves of NOT NULL depends on the database.
describe('per-database Flyway folders', () => {
  const folder = (db: string) => `src/main/resources/db/migration/${db}/`;
  const files: Record<string, string> = {
    V1__baseline: 'CREATE TABLE sp_action (id BIGINT NOT NULL, created_by VARCHAR(40) NOT NULL, PRIMARY KEY (id));',
    V2__change_length: 'ALTER TABLE sp_action ALTER COLUMN created_by VARCHAR(64);',
    V3__change_length_again: 'ALTER TABLE sp_action ALTER COLUMN created_by VARCHAR(128);',
  };
  const analyse = (db: string, name: string) =>
    flyway.analyse({
      path: `${folder(db)}${name}.sql`,
      content: files[name]!,
      siblings: { [`${folder(db)}U${name.slice(1)}.sql`]: 'SELECT 1;' },
      listDir: async () => Object.keys(files).map((n) => `${n}.sql`),
      readFile: async (path: string) => files[path.slice(folder(db).length, -'.sql'.length)],
    });
  const rules = async (db: string, name: string) =>
    (await analyse(db, name)).hits.filter((h) => h.rule !== 'empty-down-migration').map((h) => `${h.rule} ${h.line}`);

  test('SQL Server makes a restated column nullable when NOT NULL is left out; H2 keeps its NOT NULL', async () => {
    expect(await rules('SQL_SERVER', 'V2__change_length')).toEqual(['drop-not-null 1']);
    expect(await rules('H2', 'V2__change_length')).toEqual([]);
  });

  test("the earlier migrations are read as the folder's database: a column SQL Server already made nullable is no new change", async () => {
    expect(await rules('SQL_SERVER', 'V3__change_length_again')).toEqual([]);
  });
});

describe('DROP TABLE IF EXISTS before the CREATE of the same table (dataease/dataease @ 09e05f84, db/migration/)', () => {
  const dir = 'core/core-backend/src/main/resources/db/migration/';
  const folder: Record<string, string> = {
    'V2.0__core_ddl.sql': 'DROP TABLE IF EXISTS `core_datasource`;\nCREATE TABLE `core_datasource` (`id` bigint NOT NULL, PRIMARY KEY (`id`)) ENGINE=InnoDB;\n',
  };
  const lint = (name: string, content: string) =>
    flyway.analyse({
      path: `${dir}${name}`,
      content,
      siblings: {},
      listDir: async () => [...Object.keys(folder), name],
      readFile: async (path: string) => folder[path.slice(dir.length)],
    });
  const drops = async (name: string, content: string) => (await lint(name, content)).hits.filter((h) => h.rule === 'drop-table').map((h) => h.line);

  test('a table no earlier migration made: nothing is dropped', async () => {
    expect(
      await drops('V2.1__ddl.sql', 'DROP TABLE IF EXISTS `visualization_template`;\nCREATE TABLE `visualization_template` (`id` varchar(50) NOT NULL);\n'),
    ).toEqual([]);
    expect(
      await drops('V2.1__ddl.sql', 'DROP TABLE IF EXISTS visualization_template;\nCREATE TABLE visualization_template (id varchar(50) NOT NULL);\n'),
    ).toEqual([]);
  });

  test('a table an earlier migration made, or one the file does not create again, is dropped', async () => {
    expect(await drops('V2.1__ddl.sql', 'DROP TABLE IF EXISTS `core_datasource`;\nCREATE TABLE `core_datasource` (`id` bigint NOT NULL);\n')).toEqual([1]);
    expect(await drops('V2.1__ddl.sql', 'DROP TABLE IF EXISTS legacy_sessions;\n')).toEqual([1]);
    expect(await drops('V2.1__ddl.sql', 'DROP TABLE legacy_sessions;\nCREATE TABLE legacy_sessions (id int);\n')).toEqual([1]);
    // The folder's first migration: the schema may start outside it (killbill's ddl.sql).
    expect(await drops('V1.0__init.sql', 'DROP TABLE IF EXISTS core_menu;\nCREATE TABLE core_menu (id bigint NOT NULL);\n')).toEqual([1]);
  });

  test('a folder whose oldest migration changes tables it does not make starts elsewhere: the drop stands', async () => {
    const started = { 'V20160324060345__revisit_indexes.sql': 'ALTER TABLE payment_methods ADD COLUMN plugin_name varchar(50);\n' };
    const a = await flyway.analyse({
      path: `${dir}V20161220000000__unit_price_override.sql`,
      content: 'DROP TABLE IF EXISTS catalog_override_usage_definition;\ncreate table catalog_override_usage_definition (record_id serial unique);\n',
      siblings: {},
      listDir: async () => [...Object.keys(started), 'V20161220000000__unit_price_override.sql'],
      readFile: async (path: string) => started[path.slice(dir.length) as keyof typeof started],
    });
    expect(a.hits.filter((h) => h.rule === 'drop-table').map((h) => h.line)).toEqual([1]);
  });

  test('without the folder the drop stands', async () => {
    const a = await flyway.analyse({ path: `${dir}V2.1__ddl.sql`, content: 'DROP TABLE IF EXISTS t;\nCREATE TABLE t (id int);\n', siblings: {} });
    expect(a.hits.filter((h) => h.rule === 'drop-table').map((h) => h.line)).toEqual([1]);
  });
});
