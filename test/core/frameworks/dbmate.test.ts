import { describe, expect, test } from 'vitest';
import dbmate from '../../../src/core/frameworks/dbmate';
import { detectSqlFramework } from '../../../src/core/frameworks/sql-detect';

const path = 'db/migrations/20240101120000_users.sql';
const analyse = (content: string) => dbmate.analyse({ path, content, siblings: {} });

describe('dbmate', () => {
  test('detected by -- migrate:up even in a generic migrations folder', () => {
    expect(detectSqlFramework(path, '-- migrate:up\nSELECT 1;\n-- migrate:down\n')).toBe('dbmate');
  });

  test('up findings keep file lines; a real down is present', async () => {
    const a = await analyse(
      "-- migrate:up\nSET lock_timeout = '1s';\nALTER TABLE users RENAME COLUMN name TO full_name;\n\n-- migrate:down\nALTER TABLE users RENAME COLUMN full_name TO name;\n",
    );
    expect(a).toMatchObject({ framework: 'dbmate', down: 'present' });
    expect(a.hits.map((h) => `${h.rule} ${h.line}`)).toEqual(['rename-column 3']);
  });

  test('missing and empty down sections', async () => {
    const missing = await analyse('-- migrate:up\nCREATE TABLE t (id int);\n');
    expect(missing.down).toBe('missing');
    expect(missing.hits.map((h) => h.rule)).toEqual(['missing-down-migration']);
    const empty = await analyse('-- migrate:up\nCREATE TABLE t (id int);\n-- migrate:down\n\n');
    expect(empty.down).toBe('empty');
    expect(empty.hits.map((h) => `${h.rule} ${h.line}`)).toEqual(['empty-down-migration 3']);
  });

  test('transaction:false lets CREATE INDEX CONCURRENTLY run', async () => {
    const cic = 'CREATE INDEX CONCURRENTLY users_email ON users (email);';
    expect((await analyse(`-- migrate:up\n${cic}\n-- migrate:down\nDROP INDEX CONCURRENTLY users_email;`)).hits.map((h) => h.rule)).toEqual([
      'concurrent-index-in-transaction',
    ]);
    expect((await analyse(`-- migrate:up transaction:false\n${cic}\n-- migrate:down\nDROP INDEX CONCURRENTLY users_email;`)).hits).toEqual([]);
  });

  test('--migrate:down without a blank is a directive too (dbmate reads `^--\\s*migrate:`)', async () => {
    const a = await analyse('--migrate:up\nALTER TABLE users DROP COLUMN email;\n\n--migrate:down\nALTER TABLE users ADD COLUMN email text;\n');
    expect(a.down).toBe('present');
    expect(a.hits.map((h) => `${h.rule} ${h.line}`)).toEqual(['drop-column 2', 'missing-lock-timeout 2']);
  });

  test('several up/down pairs in one file (dbmate 2.29): every up part is linted, every down part is the down', async () => {
    // amacneil/dbmate README: "include multiple migrations in a single file using additional
    // migrate:up and migrate:down sections".
    const content = [
      '-- migrate:up',
      'CREATE TABLE users (id serial PRIMARY KEY);',
      '-- migrate:down',
      'DROP TABLE users;',
      '-- migrate:up',
      'ALTER TABLE accounts DROP COLUMN email;',
      '-- migrate:down',
      'ALTER TABLE accounts ADD COLUMN email varchar;',
    ].join('\n');
    const a = await analyse(content);
    expect(a.down).toBe('present');
    expect(a.hits.map((h) => `${h.rule} ${h.line}`)).toEqual(['drop-column 6', 'missing-lock-timeout 6']);
  });
});
