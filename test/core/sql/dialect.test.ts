import { describe, expect, test } from 'vitest';
import { dialectOfName, dialectOfPath } from '../../../src/core/sql/dialect';
import { lintSql } from '../../../src/core/sql/lint-sql';

const lint = (sql: string, dialect?: Parameters<typeof lintSql>[1] extends infer O ? (O extends { dialect?: infer D } ? D : never) : never) =>
  lintSql([{ sql, line: 1 }], dialect ? { dialect } : {});
const rules = async (sql: string, dialect?: Parameters<typeof lint>[1]) => (await lint(sql, dialect)).hits.map((h) => `${h.rule} ${h.line}`);

describe('the dialect a path names', () => {
  test.each([
    ['persistence/sql/migrations/sql/20191100000001000000_identities.cockroach.up.sql', 'cockroachdb'],
    ['persistence/sql/migrations/sql/20191100000001000000_identities.sqlite3.down.sql', 'sqlite'],
    ['x/20200101000000_a.mysql.up.sql', 'mysql'],
    ['db/db_mysql/migrations/20160118194630_init.sql', 'mysql'],
    ['db/db_sqlite3/migrations/20160118194630_init.sql', 'sqlite'],
    ['src/main/resources/db/migration/SQL_SERVER/V1__init.sql', 'sqlserver'],
    ['src/main/resources/db/migration/h2/V1__init.sql', 'h2'],
    ['migrations/postgres/000001_init.up.sql', 'postgres'],
    // n8n-io/n8n: a TypeORM folder per DB_TYPE.
    ['packages/cli/src/databases/migrations/mysqldb/1588157391238-InitialMigration.ts', 'mysql'],
    ['packages/cli/src/databases/migrations/postgresdb/1587669153312-InitialMigration.ts', 'postgres'],
    ['db/clickhouse/migrations/01_edit_keys.sql', 'clickhouse'],
    // eclipse-hawkbit/hawkbit @ 124be742: one Flyway folder per database, named as Spring's {vendor} or in capitals.
    ['hawkbit-repository/hawkbit-repository-jpa-flyway/src/main/resources/db/migration/DB2/V1_12_10__change_length___DB2.sql', 'db2'],
    ['src/main/resources/db/migration/db2/V1__init.sql', 'db2'],
    ['src/main/resources/db/migration/derby/V1__init.sql', 'derby'],
    ['src/main/resources/db/migration/hsqldb/V1__init.sql', 'hsqldb'],
    ['src/main/resources/db/migration/informix/V1__init.sql', 'informix'],
    ['src/main/resources/db/migration/oracle/V1__init.sql', 'oracle'],
    ['src/main/resources/db/migration/sybase_ase/V1__init.sql', 'sybase'],
    ['src/main/resources/db/migration/SAP_HANA/V1__init.sql', 'hana'],
    ['src/main/resources/db/migration/hana/V1__init.sql', 'hana'],
    ['src/main/resources/db/migration/firebird/V1__init.sql', 'firebird'],
    ['src/main/resources/db/migration/snowflake/V1__init.sql', 'snowflake'],
    ['src/main/resources/db/migration/redshift/V1__init.sql', 'redshift'],
    ['src/main/resources/db/migration/bigquery/V1__init.sql', 'bigquery'],
    ['src/main/resources/db/migration/spanner/V1__init.sql', 'spanner'],
    ['src/main/resources/db/migration/yugabytedb/V1__init.sql', 'yugabytedb'],
    ['src/main/resources/db/migration/duckdb/V1__init.sql', 'duckdb'],
    ['src/main/resources/db/migration/teradata/V1__init.sql', 'teradata'],
    ['src/main/resources/db/migration/mariadb/V1__init.sql', 'mysql'],
    ['src/main/resources/db/migration/tidb/V1__init.sql', 'mysql'],
    ['src/main/resources/db/migration/timescaledb/V1__init.sql', 'postgres'],
    ['db/migrations/20200101000000_a.snowflake.sql', 'snowflake'],
  ])('%s → %s', (path, dialect) => {
    expect(dialectOfPath(path)?.dialect).toBe(dialect);
  });

  test('a word that is also a name of something else counts only as a whole folder name', () => {
    expect(dialectOfPath('apps/derby-game/db/migration/V1__init.sql')).toBeUndefined();
    expect(dialectOfPath('services/snowflake-id/migrations/0001_init.sql')).toBeUndefined();
    expect(dialectOfPath('db/hana_montana/V1__init.sql')).toBeUndefined();
    // The database's own names count inside a longer folder name, as mysql does (`db_mysql/`).
    expect(dialectOfPath('db/migration_db2/V1__init.sql')?.dialect).toBe('db2');
  });

  test('the words of a file name say what it does, not what it is written for', () => {
    expect(dialectOfPath('db/migrations/20200101_import_from_mysql.sql')).toBeUndefined();
    expect(dialectOfName('0001_mysql_compat.up.sql')).toBeUndefined();
  });

  test('a word that is a member of every JavaScript object names no dialect (`x.constructor.sql`, `toString/`)', () => {
    expect(dialectOfName('0001_x.constructor.sql')).toBeUndefined();
    expect(dialectOfName('0001_x.toString.up.sql')).toBeUndefined();
    expect(dialectOfPath('db/__proto__/0001_x.sql')).toBeUndefined();
    expect(dialectOfPath('db/hasOwnProperty/0001_x.sql')).toBeUndefined();
    expect(dialectOfPath('db/valueOf-migrations/0001_x.up.sql')).toBeUndefined();
  });

  test('a column type named like a member of every JavaScript object reads as a type of its own', async () => {
    const hits = (await lint('ALTER TABLE t ALTER COLUMN a TYPE "constructor";\nALTER TABLE t ALTER COLUMN b TYPE "toString";')).hits;
    const types = hits.filter((h) => h.rule === 'change-column-type').map((h) => h.message);
    expect(types).toHaveLength(2);
    expect(types[0]).toContain('to constructor');
    expect(types[1]).toContain('to toString');
  });
});

describe('files of another dialect', () => {
  const mysql = { dialect: 'mysql' as const, from: 'its folder (mysql/)' };

  test('get no Postgres-only advice, but every universal rule', async () => {
    const sql =
      'CREATE INDEX i ON orders (a);\nALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (u) REFERENCES users (id);\nALTER TABLE orders DROP COLUMN note;\nALTER TABLE orders RENAME COLUMN a TO b;';
    expect(await rules(sql)).toEqual(expect.arrayContaining(['non-concurrent-index 1', 'constraint-not-valid-missing 2', 'missing-lock-timeout 1']));
    expect(await rules(sql, mysql)).toEqual(['drop-column 3', 'rename-column 4']);
    // CockroachDB builds indexes online: no CONCURRENTLY advice there either.
    expect(await rules(sql, { dialect: 'cockroachdb', from: 'its file name (.cockroach.)' })).toEqual(['drop-column 3', 'rename-column 4']);
  });

  test('are recognised by their content where the Postgres parser rejects them, and read for drops and renames', async () => {
    const sql = [
      'CREATE TABLE `sessions` (`id` int AUTO_INCREMENT PRIMARY KEY, `token` varchar(64)) ENGINE=InnoDB;',
      'ALTER TABLE `sessions` ADD COLUMN `expires_at` datetime NOT NULL AFTER `token`;',
      'DROP TABLE `sessions`;',
      'ALTER TABLE `users` DROP `legacy_flag`, ADD INDEX `users_email` (`email`);',
      'RENAME TABLE `accounts` TO `customers`;',
      'ALTER TABLE `orders` CHANGE `note` `remark` text;',
    ].join('\n');
    const result = await lint(sql);
    expect(result.dialect).toMatchObject({ dialect: 'mysql' });
    // `sessions` is new in this file: its column and its drop are not findings. CHANGE restates
    // `note` (text, nullable: MySQL drops NOT NULL left out), provisionally until a look back.
    expect(result.hits.map((h) => `${h.rule} ${h.line}`).sort()).toEqual([
      'change-column-type 6',
      'drop-column 4',
      'drop-not-null 6',
      'parse-error 1',
      'rename-column 6',
      'rename-table 5',
    ]);
    const notice = result.hits.find((h) => h.rule === 'parse-error')!;
    // Every statement was read whole (CHANGE too): the notice only asks which database it is for.
    expect(notice.message).toContain('the file reads as MySQL SQL (from its content (backtick-quoted names))');
    expect(notice.message).toContain('rejected 6 statements');
    expect(notice.message).not.toContain('The Postgres parser rejected this statement');
  });

  test('names backtick-quoted columns and tables as MySQL writes them (umami-software/umami @ 94b4b66a, db/mysql/migrations)', async () => {
    const sql = [
      'ALTER TABLE `event_data` CHANGE `event_data_type` `data_type` INTEGER UNSIGNED NOT NULL;',
      'ALTER TABLE `website_event` ADD COLUMN `visit_id` VARCHAR(36) NOT NULL;',
      'UPDATE `website_event` we',
      'JOIN (SELECT DISTINCT s.session_id FROM website_event s) a ON we.session_id = a.session_id',
      'SET we.visit_id = a.session_id;',
    ].join('\n');
    const messages = (await lint(sql, { dialect: 'mysql', from: 'its folder (mysql/)' })).hits.map((h) => `${h.rule} ${h.line}: ${h.message}`);
    const said = (start: string) =>
      expect(
        messages.some((m) => m.startsWith(start)),
        start,
      ).toBe(true);
    said('rename-column 1: Renaming column "event_data_type" of "event_data" to "data_type"');
    said('add-required-column 2: Adding NOT NULL column "visit_id" to "website_event"');
    said('data-backfill 3: UPDATE "website_event" rewrites existing rows');
  });

  test('a file read whole in the dialect its path names gets no notice; one only its content shows gets one, in case it is a slip', async () => {
    const sql = 'CREATE TABLE `t` (`id` int) ENGINE=InnoDB;\nDROP TABLE `old`;';
    expect(await rules(sql, mysql)).toEqual(['drop-table 2']);
    const sniffed = await lint(sql);
    expect(sniffed.hits.map((h) => `${h.rule} ${h.line}`)).toEqual(['parse-error 1', 'drop-table 2']);
    expect(sniffed.hits[0]!.message).toContain('If it is meant for Postgres it will not run as written');
  });

  test('SQL Server: GO batches, [bracketed] names, sp_rename', async () => {
    const sql =
      "CREATE TABLE [dbo].[audit] ([id] INT IDENTITY(1,1) NOT NULL)\nGO\nEXEC sp_rename 'dbo.orders.note', 'remark', 'COLUMN'\nGO\nDROP TABLE [dbo].[legacy]\nGO\n";
    const result = await lint(sql);
    expect(result.dialect?.dialect).toBe('sqlserver');
    expect(result.hits.map((h) => `${h.rule} ${h.line}`)).toEqual(['parse-error 1', 'rename-column 3', 'drop-table 5']);
  });

  test('a Postgres file with one foreign statement keeps its Postgres reading', async () => {
    const result = await lint('DROP INDEX users_email ON users;\nCREATE INDEX i ON orders (a);');
    expect(result.dialect).toBeUndefined();
    expect(result.hits.map((h) => h.rule)).toEqual(expect.arrayContaining(['parse-error', 'non-concurrent-index']));
  });
});

// eclipse-hawkbit/hawkbit @ 124be742 (hawkbit-repository/hawkbit-repository-jpa-flyway/src/main/resources/db/migration/DB2):
// DB2 SQL that Postgres parses, read as Postgres before its folder was known.
describe('a Flyway DB2 folder', () => {
  const db2 = dialectOfPath('src/main/resources/db/migration/DB2/V1_12_18__add_target_type___DB2.sql');

  test('gets what holds on every database, never Postgres advice', async () => {
    const sql = [
      'CREATE INDEX sp_idx_target_05 ON sp_target (tenant, last_modified_at);',
      'ALTER TABLE sp_target ADD CONSTRAINT fk_target_relation_target_type FOREIGN KEY (target_type) REFERENCES sp_target_type (id) ON DELETE SET NULL;',
      'ALTER TABLE sp_target_type ADD CONSTRAINT uk_target_type_key UNIQUE (type_key, tenant);',
      'ALTER TABLE sp_rollout ALTER COLUMN weight SET NOT NULL;',
      'ALTER TABLE sp_target DROP COLUMN legacy;',
    ].join('\n');
    expect(db2?.dialect).toBe('db2');
    expect(await rules(sql, db2)).toEqual(['set-not-null 4', 'drop-column 5']);
  });

  test('a statement not even the tolerant reading understands is said, naming DB2', async () => {
    const notice = (await lint("CALL SYSPROC.ADMIN_CMD('REORG TABLE sp_target');\nREORG TABLE sp_target;", db2)).hits.find((h) => h.rule === 'parse-error');
    expect(notice?.message).toContain('This file is DB2 SQL (known from its folder (DB2/))');
  });
});

// ClickHouse, as umami-software/umami @ c0ea3aef writes it (db/clickhouse/migrations): table engines,
// LowCardinality and CODEC types, materialized views writing TO a table, tables swapped by name.
describe('MySQL fills what Postgres refuses', () => {
  test("a NOT NULL column without a default gives existing rows the type's zero value on MySQL: only inserts fail (snipe-it)", async () => {
    const sql = 'ALTER TABLE settings ADD COLUMN ldap_default_group int NOT NULL;';
    const [mysql] = (await lint(sql, { dialect: 'mysql', from: 'its folder (mysql/)' })).hits;
    expect(mysql?.rule).toBe('add-required-column');
    expect(mysql?.message).toContain("gives existing rows the type's implicit default");
    expect(mysql?.message).not.toContain('fails on existing rows');
    const [postgres] = (await lint(sql)).hits.filter((h) => h.rule === 'add-required-column');
    expect(postgres?.message).toContain('fails on existing rows');
  });
});

describe('ClickHouse', () => {
  test('is known by its engines and types, not taken for MySQL', async () => {
    const create =
      'CREATE TABLE umami.website_event_new (\n  website_id UUID,\n  browser LowCardinality(String)\n) ENGINE = MergeTree\n  ORDER BY (website_id);';
    expect((await lint(create)).dialect).toMatchObject({ dialect: 'clickhouse', from: 'its content (LOWCARDINALITY(…))' });
    expect((await lint('CREATE TABLE t (id UInt64, s String CODEC(ZSTD(1))) ENGINE MergeTree ORDER BY id;')).dialect?.dialect).toBe('clickhouse');
    expect((await lint('CREATE TABLE t (id int) ENGINE=InnoDB;')).dialect?.dialect).toBe('mysql');
  });

  test('a materialized view dropped and created again loses nothing; a table dropped does', async () => {
    const recreate =
      'DROP TABLE umami.website_event_stats_hourly_mv;\nCREATE MATERIALIZED VIEW umami.website_event_stats_hourly_mv\nTO umami.website_event_stats_hourly\nAS SELECT website_id FROM umami.website_event;';
    expect(await rules(recreate, { dialect: 'clickhouse', from: 'its folder (clickhouse/)' })).toEqual([]);
    expect(await rules('DROP TABLE umami.website_event_stats_hourly_mv;', { dialect: 'clickhouse', from: 'its folder (clickhouse/)' })).toEqual([
      'drop-table 1',
    ]);
    // Without TO, a materialized view stores its own rows: dropping it loses them.
    const stores =
      'DROP TABLE umami.stats_mv;\nCREATE MATERIALIZED VIEW umami.stats_mv ENGINE = SummingMergeTree ORDER BY id POPULATE AS SELECT id FROM umami.website_event;';
    expect(await rules(stores, { dialect: 'clickhouse', from: 'its folder (clickhouse/)' })).toEqual(['drop-table 1']);
    // On Postgres DROP TABLE drops a table, never a view: its rows are gone whatever is created after.
    expect(await rules("SET lock_timeout = '1s';\nDROP TABLE stats;\nCREATE MATERIALIZED VIEW stats AS SELECT 1;")).toEqual(['drop-table 2']);
  });

  test('mutations are data changes: ALTER TABLE … UPDATE and … DELETE', async () => {
    const ch = { dialect: 'clickhouse' as const, from: 'x' };
    // umami-software/umami @ c0ea3aef, db/clickhouse/migrations/01_edit_keys.sql.
    expect(await rules('alter table umami.event_data\nupdate string_value = number_value\nwhere data_type = 2;', ch)).toEqual(['data-backfill 1']);
    expect(await rules('ALTER TABLE umami.event_data UPDATE a = 1, b = 2 WHERE data_type = 4;', ch)).toEqual(['data-backfill 1']);
    expect(await rules('ALTER TABLE umami.event_data DELETE WHERE created_at < now() - INTERVAL 1 YEAR;', ch)).toEqual(['data-backfill 1']);
  });

  test('dropping a projection drops no column', async () => {
    expect(await rules('ALTER TABLE umami.website_event  DROP PROJECTION website_event_url_path_projection;', { dialect: 'clickhouse', from: 'x' })).toEqual(
      [],
    );
  });

  test('a table swapped by name keeps its name for running code; a rename alone does not', async () => {
    const create = 'CREATE TABLE umami.event_data_new (website_id UUID) ENGINE = MergeTree ORDER BY website_id;';
    const copy = 'INSERT INTO umami.event_data_new SELECT website_id FROM umami.event_data;';
    const swap = 'RENAME TABLE umami.event_data TO umami.event_data_old;\nRENAME TABLE umami.event_data_new TO umami.event_data;';
    const ch = { dialect: 'clickhouse' as const, from: 'x' };
    expect(await rules(`${create}\n${copy}\n${swap}`, ch)).toEqual([]);
    // An empty table swapped in: code finds the name, but not its rows.
    expect(await rules(`${create}\n${swap}`, ch)).toEqual(['rename-table 2']);
    expect(await rules('RENAME TABLE umami.event_data TO umami.event_data_old;', ch)).toEqual(['rename-table 1']);
    // Postgres: a view left under the old name keeps old code reading (outline/outline's
    // rename-collection-groups); a new table filled from the old one's rows keeps them (ovh/cds).
    expect(await rules("SET lock_timeout = '1s';\nALTER TABLE users RENAME TO accounts;\nCREATE VIEW users AS SELECT * FROM accounts;")).toEqual([]);
    const refill =
      "SET lock_timeout = '1s';\nALTER TABLE jobs RENAME TO jobs_old;\nCREATE TABLE jobs (id bigint);\nINSERT INTO jobs (id) SELECT id FROM jobs_old;";
    expect(await rules(refill)).toEqual([]);
    expect(await rules("SET lock_timeout = '1s';\nALTER TABLE jobs RENAME TO jobs_old;\nCREATE TABLE jobs (id bigint);")).toEqual(['rename-table 2']);
  });
});

describe("MySQL known by its ALTER TABLE clauses alone (killbill/killbill @ cb60779c, Flyway's */migration/)", () => {
  test.each([
    // account/.../V20160822115745__account_notes.sql
    ['alter table accounts add column notes varchar(4096) DEFAULT NULL after reference_time;', 'ALTER TABLE … AFTER'],
    // account/.../V20170915165117__external_key_not_null.sql
    ['alter table accounts modify external_key varchar(255) NOT NULL;', 'ALTER TABLE … MODIFY'],
    // catalog/.../V20190717131708__rename_size_field.sql
    ['alter table catalog_override_block_definition change size bsize double NOT NULL;', 'ALTER TABLE … CHANGE'],
  ])('%s', async (sql, clause) => {
    const result = await lint(sql);
    expect(result.dialect).toEqual({ dialect: 'mysql', from: `its content (${clause})` });
    expect(result.hits.map((h) => h.rule)).not.toContain('non-concurrent-index');
  });

  test("another dialect's mark wins, and a SQLite trigger's AFTER is no mark", async () => {
    expect((await lint('ALTER TABLE t MODIFY c VARCHAR2(20);')).dialect).toMatchObject({ dialect: 'oracle' });
    expect((await lint('ALTER TABLE t MODIFY (c NOT NULL);')).dialect).toBeUndefined();
    const trigger = 'CREATE TRIGGER t_touch AFTER UPDATE ON t BEGIN UPDATE t SET n = n + 1 WHERE id = NEW.id; END;';
    expect((await lint(trigger)).dialect?.dialect).not.toBe('mysql');
  });
});
