import { describe, expect, test } from 'vitest';
import goose from '../../../src/core/frameworks/goose';
import { detectSqlFramework } from '../../../src/core/frameworks/sql-detect';

const path = 'db/migrations/20240101120000_users.sql';
const analyse = (content: string) => goose.analyse({ path, content, siblings: {} });

describe('goose', () => {
  test('detected by its annotation lines, not by text inside statements', () => {
    expect(detectSqlFramework(path, '-- +goose Up\nCREATE TABLE t (id int);')).toBe('goose');
    expect(detectSqlFramework(path, "SELECT '-- +goose Up';")).toBe('sql');
  });

  test('Up lines keep their file line numbers; Down drops are not findings', async () => {
    const a = await analyse(
      ['-- +goose Up', "SET lock_timeout = '1s';", '', 'ALTER TABLE users DROP COLUMN email;', '', '-- +goose Down', 'DROP TABLE users;'].join('\n'),
    );
    expect(a).toMatchObject({ framework: 'goose', role: 'up', down: 'present' });
    expect(a.hits.map((h) => `${h.rule} ${h.line}`)).toEqual(['drop-column 4']);
  });

  test('no Down section: missing-down-migration', async () => {
    const a = await analyse('-- +goose Up\nCREATE TABLE t (id int);\n');
    expect(a.down).toBe('missing');
    expect(a.hits.map((h) => h.rule)).toEqual(['missing-down-migration']);
  });

  test('an empty Down section: empty-down-migration on the Down line', async () => {
    const a = await analyse('-- +goose Up\nCREATE TABLE t (id int);\n\n-- +goose Down\n-- nothing\n');
    expect(a.down).toBe('empty');
    expect(a.hits.map((h) => `${h.rule} ${h.line}`)).toEqual(['empty-down-migration 4']);
  });

  test('StatementBegin/End blocks whose last statement has no semicolon still parse', async () => {
    const content = [
      '-- +goose Up',
      '-- +goose StatementBegin',
      'CREATE FUNCTION touch() RETURNS trigger AS $$',
      'BEGIN NEW.updated_at = now(); RETURN NEW; END',
      '$$ LANGUAGE plpgsql',
      '-- +goose StatementEnd',
      'DROP TABLE legacy;',
      '-- +goose Down',
      'DROP FUNCTION touch();',
    ].join('\n');
    const a = await analyse(content);
    expect(a.hits.map((h) => `${h.rule} ${h.line}`)).toEqual(['drop-table 7', 'missing-lock-timeout 7']);
  });

  test('goose runs each file in a transaction unless NO TRANSACTION', async () => {
    const cic = 'CREATE INDEX CONCURRENTLY users_email ON users (email);';
    const inTx = await analyse(`-- +goose Up\n${cic}\n-- +goose Down\nDROP INDEX users_email;`);
    expect(inTx.hits.map((h) => h.rule)).toEqual(['concurrent-index-in-transaction']);
    const noTx = await analyse(`-- +goose NO TRANSACTION\n-- +goose Up\n${cic}\n-- +goose Down\nDROP INDEX users_email;`);
    expect(noTx.hits).toEqual([]);
  });
});
