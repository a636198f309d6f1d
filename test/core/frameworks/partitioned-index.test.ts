// Indexes on partitioned tables (src/core/sql/checks/non-concurrent-index.ts): Postgres refuses
// CREATE INDEX CONCURRENTLY on a partitioned table (DefineIndex, indexcmds.c), so the advice there is
// the ON ONLY / per-partition CONCURRENTLY / ATTACH PARTITION recipe. Whether a table is partitioned
// comes from the file itself or the folder's earlier migrations (hatchet-dev/hatchet's goose folder).
import { describe, expect, test } from 'vitest';
import golangMigrate from '../../../src/core/frameworks/golang-migrate';
import { lintSql } from '../../../src/core/sql/lint-sql';

const created = 'CREATE TABLE part_events (tenant_id uuid NOT NULL, at timestamptz NOT NULL) PARTITION BY HASH (tenant_id);\n';

/** The up `sql` after `earlier` (file name → SQL), through golang-migrate's look back. */
async function lintAfter(earlier: Record<string, string>, sql: string, rule = 'non-concurrent-index') {
  const a = await golangMigrate.analyse({
    path: 'db/migrations/000009_index.up.sql',
    content: sql,
    siblings: { 'db/migrations/000009_index.down.sql': 'SELECT 1;' },
    listDir: async () => [...Object.keys(earlier), '000009_index.up.sql'],
    readFile: async (path: string) => earlier[path.slice('db/migrations/'.length)],
  });
  return a.hits.filter((h) => h.rule === rule);
}

describe('non-concurrent-index on a partitioned table', () => {
  test('a table an earlier migration made PARTITION BY: the recipe, never CONCURRENTLY', async () => {
    const [h, ...rest] = await lintAfter({ '000001_events.up.sql': created }, 'CREATE INDEX part_events_at_idx ON part_events (at);\n');
    expect(rest).toEqual([]);
    expect(h!.message).toContain('(a partitioned table)');
    expect(h!.message).toContain('ON ONLY');
    expect(h!.message).toContain('ATTACH PARTITION');
    expect(h!.message).not.toContain('Use CREATE INDEX CONCURRENTLY');
  });

  test('followed through a rename', async () => {
    const [h] = await lintAfter(
      { '000001_events.up.sql': created, '000002_rename.up.sql': 'ALTER TABLE part_events RENAME TO part_events_v2;\n' },
      'CREATE INDEX part_events_at_idx ON part_events_v2 (at);\n',
    );
    expect(h!.message).toContain('(a partitioned table)');
  });

  test('an ordinary table, and a partition (a table of its own), keep the CONCURRENTLY advice', async () => {
    const earlier = {
      '000001_events.up.sql': created,
      '000002_parts.up.sql':
        'CREATE TABLE part_events_0 PARTITION OF part_events FOR VALUES WITH (MODULUS 2, REMAINDER 0);\nCREATE TABLE part_plain (id bigint);\n',
    };
    for (const table of ['part_events_0', 'part_plain']) {
      const [h] = await lintAfter(earlier, `CREATE INDEX ${table}_idx ON ${table} (id);\n`);
      expect(h!.message).toContain('Use CREATE INDEX CONCURRENTLY');
    }
  });

  test('a table the earlier migrations do not create keeps the plain advice', async () => {
    const [h] = await lintAfter({ '000001_other.up.sql': 'CREATE TABLE part_other (id bigint);\n' }, 'CREATE INDEX part_x_idx ON part_x (id);\n');
    expect(h!.message).toContain('Use CREATE INDEX CONCURRENTLY');
  });

  test('ON ONLY builds nothing: no finding', async () => {
    expect(await lintAfter({ '000001_events.up.sql': created }, 'CREATE INDEX IF NOT EXISTS part_events_at_idx ON ONLY part_events (at);\n')).toEqual([]);
    const res = await lintSql([
      { sql: 'CREATE INDEX part_events_at_idx ON ONLY part_events (at);\nALTER INDEX part_events_at_idx ATTACH PARTITION part_events_0_at_idx;\n', line: 1 },
    ]);
    expect(res.hits.filter((h) => h.rule === 'non-concurrent-index')).toEqual([]);
  });

  test("after the same index built CONCURRENTLY on the partitions (hatchet's v1_0_47): a notice naming the SHARE lock", async () => {
    const sql =
      'CREATE INDEX CONCURRENTLY IF NOT EXISTS part_events_0_at_idx ON part_events_0 (tenant_id, at);\n' +
      'CREATE INDEX CONCURRENTLY IF NOT EXISTS part_events_1_at_idx ON part_events_1 (tenant_id, at);\n' +
      'CREATE INDEX IF NOT EXISTS part_events_at_idx ON part_events (tenant_id, at);\n';
    const [h, ...rest] = await lintAfter({ '000001_events.up.sql': created }, sql);
    expect(rest).toEqual([]);
    expect(h).toMatchObject({ line: 3, severity: 'notice' });
    expect(h!.message).toContain('attaches the matching indexes built CONCURRENTLY above ("part_events_0", "part_events_1")');
    expect(h!.message).toContain('SHARE lock');
    // Another definition (a different column) is built, not attached: the warning with the recipe.
    const [other] = await lintAfter(
      { '000001_events.up.sql': created },
      sql.replace('(tenant_id, at);\n', '(at);\n').replace(/\(tenant_id, at\);\n$/, '(at, tenant_id);\n'),
    );
    expect(other!.severity).toBeUndefined();
    expect(other!.message).toContain('ON ONLY');
  });

  test('a table partitioned in an earlier unit of the same file', async () => {
    const res = await lintSql([
      { sql: created, line: 1, unit: 1 },
      { sql: 'CREATE INDEX part_events_at_idx ON part_events (at);\n', line: 2, unit: 2 },
    ]);
    const [h] = res.hits.filter((x) => x.rule === 'non-concurrent-index');
    expect(h!.message).toContain('(a partitioned table)');
  });
});

describe('unique-constraint and add-primary-key on a partitioned table', () => {
  const earlier = { '000001_events.up.sql': created };

  test('the recipe Postgres accepts, not CONCURRENTLY / USING INDEX', async () => {
    for (const [rule, sql] of [
      ['unique-constraint', 'ALTER TABLE part_events ADD CONSTRAINT part_events_key UNIQUE (tenant_id, at);\n'],
      ['add-primary-key', 'ALTER TABLE part_events ADD PRIMARY KEY (tenant_id, at);\n'],
    ] as const) {
      const [h, ...rest] = await lintAfter(earlier, sql, rule);
      expect(rest).toEqual([]);
      expect(h!.message).toContain('(a partitioned table)');
      expect(h!.message).toContain('refuses CREATE UNIQUE INDEX CONCURRENTLY and ADD CONSTRAINT … USING INDEX');
      expect(h!.message).toContain('ATTACH PARTITION');
    }
  });

  test('ALTER TABLE ONLY the partitioned parent builds nothing; ONLY on a plain table (as pg_dump writes it) still builds', async () => {
    expect(await lintAfter(earlier, 'ALTER TABLE ONLY part_events ADD CONSTRAINT part_events_key UNIQUE (tenant_id, at);\n', 'unique-constraint')).toEqual([]);
    expect(await lintAfter(earlier, 'ALTER TABLE ONLY part_events ADD PRIMARY KEY (tenant_id, at);\n', 'add-primary-key')).toEqual([]);
    const [h] = await lintAfter(
      { '000001_plain.up.sql': 'CREATE TABLE part_plain (id bigint);\n' },
      'ALTER TABLE ONLY part_plain ADD CONSTRAINT part_plain_key UNIQUE (id);\n',
      'unique-constraint',
    );
    expect(h!.message).toContain('CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT … UNIQUE USING INDEX');
  });
});
