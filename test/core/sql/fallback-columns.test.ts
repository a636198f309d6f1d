// MySQL's MODIFY and CHANGE, and the column types the tolerant reading takes from another dialect's
// CREATE TABLE and ADD COLUMN (src/core/sql/fallback-columns.ts). Shapes from gophish/gophish,
// flipt-io/flipt and ory/kratos (see test/fixtures/patterns/mysql-modify/SOURCE.md).
import type { TypeName } from 'libpg-query';
import { describe, expect, test } from 'vitest';
import { typeLabel } from '../../../src/core/sql/ast';
import golangMigrate from '../../../src/core/frameworks/golang-migrate';
import { widens } from '../../../src/core/sql/checks/change-column-type';
import { withoutDialect } from '../../../src/core/sql/dialect';
import { lintSql } from '../../../src/core/sql/lint-sql';

const dir = 'db/migrations/mysql/';

/** `change` as the second migration of a golang-migrate MySQL folder whose first is `create`: its findings. */
async function lint(create: string, change: string) {
  const folder: Record<string, string> = { '000001_create.up.sql': create, '000001_create.down.sql': 'SELECT 1;' };
  const a = await golangMigrate.analyse({
    path: `${dir}000002_change.up.sql`,
    content: change,
    siblings: { [`${dir}000002_change.down.sql`]: 'SELECT 2;' },
    listDir: async () => [...Object.keys(folder), '000002_change.up.sql', '000002_change.down.sql'],
    readFile: async (path: string) => folder[path.slice(dir.length)],
  });
  // Every down here is a stand-in (`SELECT 2`): what it does not undo is not the point.
  return a.hits.filter((h) => h.rule !== 'empty-down-migration');
}
const rules = async (create: string, change: string) =>
  (await lint(create, change)).map((h) => `${h.rule} ${h.line}${h.severity === 'warning' ? ' warning' : ''}`);

/** The type a MySQL CREATE TABLE gives column `c`, as the messages name it after a change to tinyblob (never a widening). */
async function typeOf(definition: string): Promise<string> {
  const hits = await lint(`CREATE TABLE \`t\` (\`c\` ${definition}) ENGINE=InnoDB;`, 'ALTER TABLE `t` MODIFY `c` TINYBLOB;');
  const change = hits.find((h) => h.rule === 'change-column-type');
  return /from (.*?) \(000001_create.up.sql\) to tinyblob/.exec(change?.message ?? '')?.[1] ?? `no finding: ${JSON.stringify(hits)}`;
}

describe("a column's type read from MySQL's tokens", () => {
  test.each([
    ['int(11) NOT NULL AUTO_INCREMENT', 'integer'],
    ['INT(10) UNSIGNED NOT NULL', 'integer unsigned'],
    ['bigint(20)', 'bigint'],
    ['tinyint(1) DEFAULT 0', 'boolean'],
    ['tinyint(4)', 'tinyint'],
    ['VARCHAR (255) NOT NULL', 'varchar(255)'],
    ['varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin', 'varchar(255)'],
    ['VARCHAR(255) BINARY', 'varchar(255)'],
    ['decimal(10, 2) NOT NULL', 'numeric(10,2)'],
    ['datetime(3)', 'datetime(3)'],
    ["enum('draft','sent') NOT NULL DEFAULT 'draft'", "enum('draft','sent')"],
    ['double', 'double'],
  ])('%s → %s', async (definition, label) => {
    expect(await typeOf(definition)).toBe(label);
  });

  test('a column without a type (SQLite allows one) has none: a later change is not judged against one', async () => {
    const [hit] = (await lint('CREATE TABLE `t` (`c`, `d` text);', 'ALTER TABLE `t` MODIFY `c` TINYTEXT;')).filter((h) => h.rule === 'change-column-type');
    expect(hit?.message).not.toContain('000001_create.up.sql');
  });
});

describe('MODIFY and CHANGE', () => {
  const created =
    'CREATE TABLE `flags` (`key` varchar(255) NOT NULL, `description` text NOT NULL, `note` varchar(100), `created_at` timestamp NOT NULL) ENGINE=InnoDB;';

  test('restating the same type and NOT NULL changes nothing; a widening and more fractional seconds neither', async () => {
    expect(
      await rules(
        created,
        'ALTER TABLE `flags` MODIFY `key` VARCHAR(255) NOT NULL;\nALTER TABLE `flags` MODIFY `description` LONGTEXT NOT NULL;\n' +
          'ALTER TABLE flags MODIFY created_at TIMESTAMP(6) DEFAULT CURRENT_TIMESTAMP(6) NOT NULL;\nALTER TABLE `flags` CHANGE `note` `note` TEXT NULL;',
      ),
    ).toEqual([]);
  });

  test('a narrowing is a type change naming the old type; leaving out NOT NULL makes the column nullable', async () => {
    const hits = await lint(created, 'ALTER TABLE `flags` MODIFY `key` VARCHAR(32);');
    expect(hits.map((h) => `${h.rule} ${h.line}`)).toEqual(['change-column-type 1', 'drop-not-null 1']);
    expect(hits[0]!.message).toContain('Changing column "key" of "flags" from varchar(255) (000001_create.up.sql) to varchar(32)');
    expect(hits[1]!.message).toContain('Making "key" of "flags" nullable (DROP NOT NULL, or a MODIFY/CHANGE that leaves out NOT NULL)');
  });

  test('NOT NULL on a nullable column is set-not-null, without Postgres advice', async () => {
    const [hit] = await lint(created, 'ALTER TABLE `flags` MODIFY `note` varchar(100) NOT NULL;');
    expect(hit?.rule).toBe('set-not-null');
    expect(hit?.message).toContain('Making "note" of "flags" NOT NULL fails while any row holds NULL');
    expect(hit?.message).not.toContain('NOT VALID');
  });

  test("CHANGE to another name is a rename too, and its type and NULL are the old column's", async () => {
    expect(await rules(created, 'ALTER TABLE `flags` CHANGE `note` `remark` varchar(100) NULL;')).toEqual(['rename-column 1']);
  });

  test('a column the folder does not define: one warning says the type may widen and the nullability may change', async () => {
    expect(await rules('SELECT 1;', 'ALTER TABLE `attachments` MODIFY content LONGTEXT;')).toEqual(['change-column-type 1 warning']);
  });

  test("ClickHouse's MODIFY of what is not a column is not read as one", async () => {
    const { hits } = await lintSql([{ sql: 'ALTER TABLE events MODIFY TTL created_at + INTERVAL 90 DAY;', line: 1 }], {
      dialect: { dialect: 'clickhouse', from: 'its folder (clickhouse/)' },
    });
    expect(hits.map((h) => h.rule)).toEqual(['parse-error']);
  });
});

describe('widenings', () => {
  const t = (name: string, ...mods: number[]): TypeName => ({
    names: [{ String: { sval: name } }],
    ...(mods.length ? { typmods: mods.map((ival) => ({ A_Const: { ival: { ival } } })) } : {}),
  });
  test.each([
    [t('text'), t('longtext'), 'mysql', true],
    [t('longtext'), t('text'), 'mysql', false],
    [t('varchar', 255), t('text'), 'mysql', true],
    [t('varchar'), t('text'), 'mysql', true], // Rails' `string` on MySQL: varchar(255)
    [t('text'), t('varchar', 1000), 'mysql', false],
    [t('text'), t('varchar', 1000), undefined, false],
    [t('timestamp'), t('timestamp', 6), 'mysql', true],
    [t('timestamp', 6), t('timestamp'), 'mysql', false],
    [t('timestamp', 6), t('timestamp'), undefined, true], // Postgres keeps 6 digits by default
    [t('timestamp', 6), t('timestamp', 3), undefined, false],
    [t("enum('a','b')"), t("enum('a','b','c')"), 'mysql', true],
    [t("enum('a','b')"), t("enum('b','a')"), 'mysql', false],
    // temporalio/temporal's schema/mysql/v8/temporal/versioned/v1.2/blob_size.sql
    [t('blob'), t('mediumblob'), 'mysql', true],
    [t('longblob'), t('blob'), 'mysql', false],
    [t('blob'), t('mediumtext'), 'mysql', false], // bytes to characters: a conversion
  ] as const)('%# %j → %j on %s: %s', (from, to, dialect, expected) => {
    expect(widens(from, to, dialect)).toBe(expected);
    expect(typeLabel(to)).toBeTruthy();
  });
});

test("a file that names its dialect stands in for the one that names none (ory/pop's x.mysql.up.sql for x.up.sql)", () => {
  expect(withoutDialect('20251104000000000000_identifiers_devices_identity_id.mysql.up.sql')).toBe(
    '20251104000000000000_identifiers_devices_identity_id.up.sql',
  );
  expect(withoutDialect('20251104000000000000_identifiers_devices_identity_id.up.sql')).toBeUndefined();
});

describe('ALTER TABLE clauses the tolerant reading does not know', () => {
  const read = async (sql: string, dialect: 'mysql' | 'clickhouse' = 'mysql') =>
    (await lintSql([{ sql, line: 1 }], { dialect: { dialect, from: `its folder (${dialect}/)` } })).hits.map((h) => `${h.rule} ${h.line}`);

  test('are left unread and said, never taken into the table name', async () => {
    // CONVERT TO CHARACTER SET rewrites every text column; PARTITION BY moves every row.
    expect(await read('ALTER TABLE `users` CONVERT TO CHARACTER SET utf8mb4;')).toEqual(['parse-error 1']);
    expect(await read('ALTER TABLE orders PARTITION BY HASH(id) PARTITIONS 4;\nALTER TABLE orders DROP COLUMN note;')).toEqual([
      'parse-error 1',
      'drop-column 2',
    ]);
  });

  test("MySQL's table options and ClickHouse's MATERIALIZE PROJECTION change no column: read whole", async () => {
    expect(await read('ALTER TABLE users ENGINE=InnoDB, ALGORITHM=INPLACE, LOCK=NONE;\nALTER TABLE users DEFAULT CHARSET=utf8mb4;')).toEqual([]);
    expect(
      await read(
        'ALTER TABLE umami.website_event MATERIALIZE PROJECTION website_event_url_path_projection;\nALTER TABLE umami.events ON CLUSTER main DROP COLUMN x;',
        'clickhouse',
      ),
    ).toEqual(['drop-column 2']);
  });
});

test('a column this file added with a type the tolerant reading cannot read: a change after it is judged as one of unknown type', async () => {
  const { hits } = await lintSql([{ sql: 'ALTER TABLE `t` ADD COLUMN `c`;\nALTER TABLE `t` MODIFY `c` LONGTEXT;', line: 1 }], {
    dialect: { dialect: 'mysql', from: 'its folder (mysql/)' },
  });
  const change = hits.find((h) => h.rule === 'change-column-type');
  expect(change?.severity).toBe('warning');
  expect(change?.message).toContain('may or may not be a widening');
});

// H2's, SQL Server's and Oracle's ALTER TABLE forms that Postgres rejects, as eclipse-hawkbit/hawkbit
// writes them (hawkbit-repository/hawkbit-repository-jpa-flyway/src/main/resources/db/migration/{H2,SQL_SERVER}
// @ 124be742, and H2/V1_20_3__auto_assignment_approval__H2.sql @ 67ca1c43): they were parse notices.
describe('ALTER TABLE forms of H2, SQL Server and Oracle', () => {
  const read = async (sql: string, dialect: 'h2' | 'sqlserver' | 'oracle' | 'mysql' | 'clickhouse' | 'derby') =>
    (await lintSql([{ sql, line: 1 }], { dialect: { dialect, from: `its folder (${dialect}/)` } })).hits.map((h) => `${h.rule} ${h.line}`);

  test("H2's ALTER COLUMN … RENAME TO is a column rename", async () => {
    expect(await read('ALTER TABLE sp_artifact ALTER COLUMN gridfs_file_name RENAME TO sha1_hash;', 'h2')).toEqual(['rename-column 1']);
    expect(await read('ALTER TABLE sp_target_info ALTER ip_address RENAME TO address;', 'h2')).toEqual(['rename-column 1']);
  });

  test('one DROP COLUMN of several columns drops each (H2 and SQL Server list them; H2 and Oracle in parentheses too)', async () => {
    const h2 = 'ALTER TABLE sp_target_filter_query\n    DROP COLUMN auto_assign_distribution_set, auto_assign_action_type,\n        auto_assign_weight;';
    expect(await read(h2, 'h2')).toEqual(['drop-column 1', 'drop-column 1', 'drop-column 1']);
    expect(await read('ALTER TABLE t DROP COLUMN (a, b);', 'h2')).toEqual(['drop-column 1', 'drop-column 1']);
    expect(await read('ALTER TABLE t DROP (a, b);', 'oracle')).toEqual(['drop-column 1', 'drop-column 1']);
    // SQL Server: DROP { [CONSTRAINT] name | COLUMN name } [, …n].
    expect(await read('ALTER TABLE t DROP CONSTRAINT df_t_a, COLUMN a;', 'sqlserver')).toEqual(['drop-column 1']);
    expect(await read('ALTER TABLE t DROP CONSTRAINT fk_a, fk_b;', 'sqlserver')).toEqual([]);
    // A clause of its own after them is no list item: read as written, and said when unknown.
    expect(await read('ALTER TABLE t DROP COLUMN a, CLEAR COLUMN b IN PARTITION 1;', 'clickhouse')).toEqual(['drop-column 1', 'parse-error 1']);
  });

  test("SQL Server's ADD of several columns adds each; Oracle's ADD (…) too", async () => {
    expect(await read('ALTER TABLE sp_action ADD weight INT, initiated_by VARCHAR(64) NOT NULL;', 'sqlserver')).toEqual(['add-required-column 1']);
    expect(await read('ALTER TABLE t ADD (a NUMBER NOT NULL, b VARCHAR2(10));', 'oracle')).toEqual(['add-required-column 1']);
  });

  test('ALTER COLUMN c <type> restates the type; SQL Server makes the column nullable when NOT NULL is left out, H2 keeps it', async () => {
    expect(await read('ALTER TABLE sp_target_attributes ALTER COLUMN attribute_key VARCHAR(128);', 'sqlserver')).toEqual([
      'change-column-type 1',
      'drop-not-null 1',
    ]);
    expect(await read('ALTER TABLE sp_target_attributes ALTER COLUMN attribute_key VARCHAR(128);', 'h2')).toEqual(['change-column-type 1']);
    expect(await read('ALTER TABLE sp_rollout ALTER COLUMN weight INT NOT NULL;', 'sqlserver')).toEqual(['change-column-type 1', 'set-not-null 1']);
    expect(await read('ALTER TABLE sp_action ALTER target BIGINT NOT NULL;', 'h2')).toEqual(['change-column-type 1', 'set-not-null 1']);
    expect(await read('ALTER TABLE t ALTER c INT NULL;', 'h2')).toEqual(['change-column-type 1', 'drop-not-null 1']);
    expect(await read('ALTER TABLE t ALTER COLUMN c SET NULL;', 'h2')).toEqual(['drop-not-null 1']);
  });

  test("Oracle's MODIFY keeps the column's NULL or NOT NULL when it leaves it out; MySQL's makes it nullable", async () => {
    expect(await read('ALTER TABLE t MODIFY descr VARCHAR2(512);', 'oracle')).toEqual(['change-column-type 1']);
    expect(await read('ALTER TABLE t MODIFY (name VARCHAR2(128) NOT NULL, descr VARCHAR2(512));', 'oracle')).toEqual([
      'change-column-type 1',
      'change-column-type 1',
      'set-not-null 1',
    ]);
    expect(await read('ALTER TABLE t MODIFY (descr NULL);', 'oracle')).toEqual(['drop-not-null 1']);
    expect(await read('ALTER TABLE t MODIFY descr VARCHAR(512);', 'mysql')).toEqual(['change-column-type 1', 'drop-not-null 1']);
  });

  test('a default, visibility or index clause changes no column; the clause beside it is still read', async () => {
    expect(await read('ALTER TABLE t ALTER COLUMN c SET DEFAULT 1, DROP COLUMN d;', 'h2')).toEqual(['drop-column 1']);
    expect(await read('ALTER TABLE t ALTER INDEX i INVISIBLE, DROP COLUMN x;', 'mysql')).toEqual(['drop-column 1']);
    // Postgres's RESET (…) beside a clause Postgres rejects: no type named `reset`.
    expect(await read('ALTER TABLE t ALTER COLUMN c RESET (n_distinct), DROP COLUMN (x);', 'h2')).toEqual(['drop-column 1']);
    // Derby's DEFAULT, and its nullability alone.
    expect(await read('ALTER TABLE t ALTER COLUMN d DEFAULT 0;', 'derby')).toEqual([]);
    expect(await read('ALTER TABLE t ALTER COLUMN c NOT NULL;', 'derby')).toEqual(['set-not-null 1']);
  });

  test('sp_rename as the first statement of a batch, without EXEC', async () => {
    expect(await read("sp_rename 'sp_target.ip_address', 'address', 'COLUMN';", 'sqlserver')).toEqual(['rename-column 1']);
    expect(await read("EXEC sp_rename N'dbo.sp_target.ip_address', N'address', N'COLUMN';", 'sqlserver')).toEqual(['rename-column 1']);
  });
});
