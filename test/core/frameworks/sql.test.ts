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
