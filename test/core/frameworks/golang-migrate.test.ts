import { describe, expect, test } from 'vitest';
import golangMigrate from '../../../src/core/frameworks/golang-migrate';
import { detectSqlFramework } from '../../../src/core/frameworks/sql-detect';

const up = 'db/migrations/000042_add_nickname.up.sql';
const down = 'db/migrations/000042_add_nickname.down.sql';
const analyse = (path: string, content: string, siblings: Record<string, string | undefined> = {}) => golangMigrate.analyse({ path, content, siblings });

describe('golang-migrate', () => {
  test('counterparts: the down of an up, for both naming styles; none for a down', () => {
    expect(golangMigrate.counterparts?.(up)).toEqual([down]);
    expect(golangMigrate.counterparts?.('migrations/7_x_up.sql')).toEqual(['migrations/7_x_down.sql']);
    expect(golangMigrate.counterparts?.(down)).toEqual([]);
  });

  test('detects its names, unless goose or dbmate markers say otherwise', () => {
    expect(detectSqlFramework(up, 'SELECT 1;')).toBe('golang-migrate');
    expect(detectSqlFramework('x/1_a_down.sql', '')).toBe('golang-migrate');
    expect(detectSqlFramework(up, '-- +goose Up\nSELECT 1;')).toBe('goose');
  });

  test('an up without its down: missing-down-migration on line 1', async () => {
    const a = await analyse(up, 'CREATE TABLE t (id int);', { [down]: undefined });
    expect(a).toMatchObject({ framework: 'golang-migrate', role: 'up', down: 'missing' });
    expect(a.hits.map((h) => `${h.rule} ${h.line}`)).toEqual(['missing-down-migration 1']);
    expect(a.hits[0]?.message).toContain('000042_add_nickname.down.sql');
  });

  test('a down of comments only is empty', async () => {
    const a = await analyse(up, 'CREATE TABLE t (id int);', { [down]: '-- irreversible\n\n' });
    expect(a.down).toBe('empty');
    expect(a.hits.map((h) => h.rule)).toEqual(['empty-down-migration']);
  });

  test('a working down: present, and the up is linted with its real lines', async () => {
    const a = await analyse(up, "SET lock_timeout = '1s';\n\nALTER TABLE users DROP COLUMN email;", { [down]: 'ALTER TABLE users ADD COLUMN email text;' });
    expect(a.down).toBe('present');
    expect(a.hits.map((h) => `${h.rule} ${h.line}`)).toEqual(['drop-column 3']);
    expect(a.additiveOnly).toBe(false);
  });

  test('a down file alone: role down, no destructive findings for dropping what the up added', async () => {
    const a = await analyse(down, "SET lock_timeout = '1s';\nDROP TABLE t;\nALTER TABLE users DROP COLUMN nickname;");
    expect(a.role).toBe('down');
    expect(a.hits).toEqual([]);
  });

  test('a file of several statements is one transaction: CREATE INDEX CONCURRENTLY fails there', async () => {
    const a = await analyse(up, 'CREATE TABLE t (id int);\nCREATE INDEX CONCURRENTLY users_email ON users (email);', { [down]: 'DROP TABLE t;' });
    expect(a.hits.map((h) => `${h.rule} ${h.line}`)).toEqual(['concurrent-index-in-transaction 2']);
    expect(a.hits[0]?.message).toContain('one query string');
  });

  test('Go templates: parse-error plus the drops found in tokens', async () => {
    const a = await analyse(up, 'SET lock_timeout = \'1s\';\nDROP TABLE {{ index .Options "Namespace" }}.jobs;', { [down]: 'SELECT 1;' });
    expect(a.hits.map((h) => h.rule).sort()).toEqual(['drop-table', 'empty-down-migration', 'parse-error']);
  });
});

describe('a type change judged against the earlier migrations of the folder', () => {
  const folder: Record<string, string> = {
    '000001_create.up.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY, note varchar(20), qty integer, price numeric(10,2));\n',
    '000001_create.down.sql': 'DROP TABLE orders;\n',
    '000002_rename.up.sql': 'ALTER TABLE orders RENAME COLUMN qty TO quantity;\n',
    // A down file saying otherwise is never read as history.
    '000002_rename.down.sql': 'ALTER TABLE orders RENAME COLUMN quantity TO qty;\nALTER TABLE orders ALTER COLUMN quantity TYPE text;\n',
    '000010_later.up.sql': 'ALTER TABLE orders ALTER COLUMN quantity TYPE integer;\n',
  };
  const reads: string[] = [];
  const input = (sql: string) => ({
    path: 'db/migrations/000003_change.up.sql',
    content: `SET lock_timeout = '2s';\n${sql}\n`,
    siblings: { 'db/migrations/000003_change.down.sql': 'SELECT 2;' },
    listDir: async (dir: string) =>
      dir === 'db/migrations/' ? [...Object.keys(folder), '000003_change.up.sql', '000003_change.down.sql', 'README.md'] : undefined,
    readFile: async (path: string) => {
      reads.push(path);
      return folder[path.slice('db/migrations/'.length)];
    },
  });
  const rules = async (sql: string, extra = {}) =>
    (await golangMigrate.analyse({ ...input(sql), ...extra })).hits.filter((h) => h.rule === 'change-column-type').map((h) => h.message);
  const analyse = async (sql: string, extra = {}) =>
    (await golangMigrate.analyse({ ...input(sql), ...extra })).hits.filter((h) => h.rule === 'change-column-type');

  test('integer → text (through a rename) is reported with the old type and where it was defined', async () => {
    reads.length = 0;
    const [message] = await rules('ALTER TABLE orders ALTER COLUMN quantity TYPE text;');
    expect(message).toContain('from integer (000001_create.up.sql) to text');
    expect(reads).toEqual(['db/migrations/000002_rename.up.sql', 'db/migrations/000001_create.up.sql']);
  });

  test('real widenings stay quiet; narrowings are reported', async () => {
    expect(await rules('ALTER TABLE orders ALTER COLUMN note TYPE text;')).toEqual([]);
    expect(await rules('ALTER TABLE orders ALTER COLUMN note TYPE varchar(200);')).toEqual([]);
    expect(await rules('ALTER TABLE orders ALTER COLUMN price TYPE numeric(14,2);')).toEqual([]);
    expect(await rules('ALTER TABLE orders ALTER COLUMN note TYPE varchar(10);')).toHaveLength(1);
    expect(await rules('ALTER TABLE orders ALTER COLUMN price TYPE numeric(8,2);')).toHaveLength(1);
  });

  test('without a folder listing, or when the column is not found, a widening target is a warning that says so', async () => {
    expect(await analyse('ALTER TABLE orders ALTER COLUMN quantity TYPE text;', { listDir: undefined })).toMatchObject([
      { rule: 'change-column-type', severity: 'warning' },
    ]);
    const hits = await analyse('ALTER TABLE orders ALTER COLUMN ghost TYPE text;');
    expect(hits).toMatchObject([{ rule: 'change-column-type', severity: 'warning' }]);
    expect(hits[0]!.message).toContain('earlier type is not in this migration or the');
  });

  test('a history read that fails is said in the finding, never silence', async () => {
    const failing = { readFile: async () => Promise.reject(new Error('GitHub answered 502')) };
    const hits = await analyse('ALTER TABLE orders ALTER COLUMN quantity TYPE text;', failing);
    expect(hits).toMatchObject([{ rule: 'change-column-type', severity: 'warning' }]);
    expect(hits[0]!.message).toContain('could not be read (GitHub answered 502)');
    const listing = await analyse('ALTER TABLE orders ALTER COLUMN quantity TYPE bigint;', { listDir: async () => Promise.reject(new Error('budget spent')) });
    expect(listing).toMatchObject([{ rule: 'change-column-type' }]);
    expect(listing[0]!.message).toContain('could not be listed (budget spent)');
    // A listing that comes back empty-handed (git or disk could not list the folder holding the file itself).
    const unlisted = await analyse('ALTER TABLE orders ALTER COLUMN quantity TYPE text;', { listDir: async () => undefined });
    expect(unlisted).toMatchObject([{ rule: 'change-column-type', severity: 'warning' }]);
    expect(unlisted[0]!.message).toContain('db/migrations/ could not be listed');
    expect(unlisted[0]!.message).not.toContain('earlier type is not in this migration');
  });

  test('restating the type the earlier migrations gave is no change', async () => {
    expect(await rules('ALTER TABLE orders ALTER COLUMN quantity TYPE integer;')).toEqual([]);
  });
});

// Every way SQL can name a table (quoted, upper-case, schema-qualified, Unicode-escaped, renamed)
// is followed back to where the column got its type, past files that only mention the table.
describe('a type change found however the earlier migration spells the table', () => {
  const lookBack = async (earlier: string, sql: string, between = 'CREATE TABLE unrelated (id bigint);\n') => {
    const folder: Record<string, string> = {
      '000001_create.up.sql': earlier,
      '000002_other.up.sql': between,
      '000003_more.up.sql': 'ALTER TABLE unrelated ADD COLUMN n integer;\n',
    };
    const a = await golangMigrate.analyse({
      path: 'db/migrations/000004_change.up.sql',
      content: `SET lock_timeout = '2s';\n${sql}\n`,
      siblings: { 'db/migrations/000004_change.down.sql': 'SELECT 2;' },
      listDir: async () => [...Object.keys(folder), '000004_change.up.sql'],
      readFile: async (path: string) => folder[path.slice('db/migrations/'.length)],
    });
    return a.hits.filter((h) => h.rule === 'change-column-type').map((h) => h.message);
  };

  test.each([
    ['a quoted mixed-case name', 'CREATE TABLE "Orders" (qty integer);', 'ALTER TABLE "Orders" ALTER COLUMN qty TYPE text;'],
    ['an unquoted upper-case name', 'CREATE TABLE ORDERS (qty integer);', 'ALTER TABLE orders ALTER COLUMN qty TYPE text;'],
    ['a schema-qualified name', 'CREATE TABLE billing.orders (qty integer);', 'ALTER TABLE billing.orders ALTER COLUMN qty TYPE text;'],
    ['a Unicode-escaped name', 'CREATE TABLE U&"\\006Frders" (qty integer);', 'ALTER TABLE orders ALTER COLUMN qty TYPE text;'],
    [
      'a name renamed in between',
      'CREATE TABLE old_orders (qty integer);\nALTER TABLE old_orders RENAME TO orders;',
      'ALTER TABLE orders ALTER COLUMN qty TYPE text;',
    ],
  ])('%s', async (_, earlier, sql) => {
    expect(await lookBack(earlier, sql)).toEqual([expect.stringContaining('from integer (000001_create.up.sql) to text')]);
  });

  test('a file between that names the table without changing it (a comment, a foreign key) is read and passed', async () => {
    const between = '-- orders keep their qty\nCREATE TABLE lines (order_id bigint REFERENCES orders);\n';
    expect(await lookBack('CREATE TABLE orders (qty integer);', 'ALTER TABLE orders ALTER COLUMN qty TYPE text;', between)).toEqual([
      expect.stringContaining('from integer (000001_create.up.sql) to text'),
    ]);
    // A widening of the type found is no change.
    expect(await lookBack('CREATE TABLE orders (note varchar(20));', 'ALTER TABLE orders ALTER COLUMN note TYPE text;', between)).toEqual([]);
  });
});
