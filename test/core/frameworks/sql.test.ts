import { describe, expect, test } from 'vitest';
import picomatch from 'picomatch';
import sql from '../../../src/core/frameworks/sql';
import { detectSqlFramework } from '../../../src/core/frameworks/sql-detect';

describe('raw SQL directories', () => {
  test('globs take migration folders, not every .sql file', () => {
    const match = picomatch(sql.globs);
    expect(match('db/migrations/001_init.sql')).toBe(true);
    expect(match('services/api/migrate/2024_01_users.sql')).toBe(true);
    expect(match('db/structure.sql')).toBe(false);
    expect(match('docs/example.sql')).toBe(false);
  });

  test('detection leaves Liquibase formatted SQL to Liquibase', () => {
    expect(detectSqlFramework('db/migrations/001_init.sql', 'CREATE TABLE t (id int);')).toBe('sql');
    expect(detectSqlFramework('db/migrations/001_init.sql', '--liquibase formatted sql\n--changeset a:1\nCREATE TABLE t (id int);')).toBeUndefined();
    expect(detectSqlFramework('db/migrations/README.md', '')).toBeUndefined();
  });

  test('no convention for a down: no reversibility finding, down = no-convention', async () => {
    const a = await sql.analyse({ path: 'db/migrations/001_init.sql', content: 'CREATE TABLE t (id int);', siblings: {} });
    expect(a).toMatchObject({ framework: 'sql', role: 'up', down: 'no-convention', hits: [], additiveOnly: true });
  });

  test('a recognisable sibling down (up/ and down/ folders) is used', async () => {
    const path = 'db/migrations/up/001_init.sql';
    expect(sql.counterparts?.(path)).toContain('db/migrations/down/001_init.sql');
    const present = await sql.analyse({ path, content: 'CREATE TABLE t (id int);', siblings: { 'db/migrations/down/001_init.sql': 'DROP TABLE t;' } });
    expect(present.down).toBe('present');
    const empty = await sql.analyse({ path, content: 'CREATE TABLE t (id int);', siblings: { 'db/migrations/down/001_init.sql': '' } });
    expect(empty.down).toBe('empty');
    const downAlone = await sql.analyse({ path: 'db/migrations/down/001_init.sql', content: "SET lock_timeout = '1s';\nDROP TABLE t;", siblings: {} });
    expect(downAlone).toMatchObject({ role: 'down', hits: [] });
  });

  test('changesData for data migrations', async () => {
    const a = await sql.analyse({ path: 'db/migrations/002_fill.sql', content: "UPDATE users SET plan = 'free';", siblings: {} });
    expect(a.changesData).toBe(true);
    expect(a.hits.map((h) => h.rule)).toEqual(['data-backfill']);
  });
});

describe("temporal-sql-tool's versioned/ folders (temporalio/temporal's schema/)", () => {
  const dir = 'schema/mysql/v8/temporal/versioned/';
  // A version per folder, each running the files its manifest.json lists (v1.10 runs after v1.9).
  const files: Record<string, string> = {
    'v1.0/manifest.json': '{"CurrVersion":"1.0","SchemaUpdateCqlFiles":["schema.sql"]}',
    'v1.0/schema.sql': 'CREATE TABLE cluster_membership (rpc_address VARCHAR(15), data BLOB NOT NULL);\n',
    'v1.9/manifest.json': '{"CurrVersion":"1.9","SchemaUpdateCqlFiles":["b.sql","a.sql"]}',
    'v1.9/a.sql': 'ALTER TABLE cluster_membership MODIFY COLUMN rpc_address VARCHAR(64);\n',
    'v1.9/b.sql': 'ALTER TABLE cluster_membership MODIFY COLUMN rpc_address VARCHAR(32);\n',
    'v1.10/manifest.json': '{"CurrVersion":"1.10","SchemaUpdateCqlFiles":["x.sql"]}',
  };
  const input = (path: string, content: string, over: Record<string, string | undefined> = {}) => {
    const all = { ...files, ...over };
    return {
      path: `${dir}${path}`,
      content,
      siblings: {},
      listFolders: async (d: string) => (d === dir ? ['v1.0', 'v1.10', 'v1.9'] : undefined),
      listDir: async (d: string) =>
        Object.keys(all)
          .filter((k) => `${dir}${k}`.startsWith(d) && !k.slice(d.length - dir.length).includes('/'))
          .map((k) => k.slice(k.indexOf('/') + 1)),
      readFile: async (p: string) => all[p.slice(dir.length)],
    };
  };
  const rules = (a: { hits: { rule: string; message: string }[] }) => a.hits.map((h) => `${h.rule}: ${h.message.slice(0, 60)}`);

  test('the default globs take them', () => {
    expect(picomatch(sql.globs)('schema/postgresql/v12/temporal/versioned/v1.14/add_current_executions_start_time.sql')).toBe(true);
    expect(picomatch(sql.globs)('schema/postgresql/v12/temporal/versioned/v1.14/manifest.json')).toBe(false);
  });

  test("a type change is looked up in the earlier versions' files, in the manifests' order", async () => {
    // v1.10 after v1.9, whose manifest runs b.sql before a.sql: the column was VARCHAR(64) (a.sql).
    const widened = await sql.analyse(input('v1.10/x.sql', 'ALTER TABLE cluster_membership MODIFY COLUMN rpc_address VARCHAR(128);\n'));
    expect(rules(widened)).toEqual([]);
    const narrowed = await sql.analyse(input('v1.10/x.sql', 'ALTER TABLE cluster_membership MODIFY COLUMN rpc_address VARCHAR(48);\n'));
    expect(narrowed.hits.map((h) => h.message)).toEqual([expect.stringContaining('from varchar(64) (v1.9/a.sql) to varchar(48)')]);
    // BLOB NOT NULL restated as MEDIUMBLOB: a widening, but NOT NULL left out.
    const blob = await sql.analyse(input('v1.10/x.sql', 'ALTER TABLE cluster_membership MODIFY COLUMN data MEDIUMBLOB;\n'));
    expect(blob.hits.map((h) => h.rule)).toEqual(['drop-not-null']);
  });

  test('a manifest that cannot be read leaves the type change provisional, and says why', async () => {
    const a = await sql.analyse(
      input('v1.10/x.sql', 'ALTER TABLE cluster_membership MODIFY COLUMN rpc_address VARCHAR(128);\n', { 'v1.9/manifest.json': '{' }),
    );
    expect(a.hits.map((h) => h.rule)).toEqual(['change-column-type', 'drop-not-null']);
    for (const h of a.hits) expect(h.message).toContain('v1.9/manifest.json is not JSON');
  });
});
