import { describe, expect, test } from 'vitest';
import golangMigrate from '../../../src/core/frameworks/golang-migrate';
import { detectSqlFramework } from '../../../src/core/frameworks/sql-detect';

const up = 'db/migrations/000042_add_nickname.up.sql';
const down = 'db/migrations/000042_add_nickname.down.sql';
const analyse = (path: string, content: string, siblings: Record<string, string | undefined> = {}) =>
  golangMigrate.analyse({ path, content, siblings });

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
