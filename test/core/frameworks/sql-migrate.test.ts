// sql-migrate (rubenv/sql-migrate), as ovh/cds engine/sql/api writes it.
import { describe, expect, test } from 'vitest';
import sqlMigrate, { sqlMigratePieces } from '../../../src/core/frameworks/sql-migrate';
import { detectSqlFramework } from '../../../src/core/frameworks/sql-detect';

const path = 'engine/sql/api/200_worker.sql';
const analyse = (content: string) => sqlMigrate.analyse({ path, content, siblings: {} });

describe('sql-migrate', () => {
  test('detected by its marker lines wherever the file sits, never by text inside SQL', () => {
    expect(detectSqlFramework(path, '-- +migrate Up\nCREATE TABLE t (id int);')).toBe('sql-migrate');
    expect(detectSqlFramework('sql/001.sql', '--  +migrate up\nSELECT 1;')).toBe('sql-migrate');
    expect(detectSqlFramework(path, "SELECT '-- +migrate Up';")).toBe('sql');
  });

  test('the Down section undoes the Up: its drops are never findings', async () => {
    const a = await analyse(
      [
        '-- +migrate Up',
        "SET lock_timeout = '1s';",
        'ALTER TABLE worker ADD COLUMN signer text;',
        '',
        '-- +migrate Down',
        'ALTER TABLE worker DROP COLUMN signer;',
      ].join('\n'),
    );
    expect(a).toMatchObject({ framework: 'sql-migrate', role: 'up', down: 'present', hits: [] });
  });

  test('a drop in the Up is reported on its line; a Down that does nothing is empty-down on its marker', async () => {
    const a = await analyse(['-- +migrate Up', "SET lock_timeout = '1s';", 'DROP TABLE template;', '', '-- +migrate Down', '-- nothing to do'].join('\n'));
    expect(a.down).toBe('empty');
    expect(a.hits.map((h) => `${h.rule} ${h.line}`)).toEqual(['drop-table 3', 'empty-down-migration 5']);
  });

  test('no Down section is missing-down on the Up marker', async () => {
    const a = await analyse('-- +migrate Up\nCREATE TABLE t (id int);\n');
    expect(a.hits.map((h) => `${h.rule} ${h.line}`)).toEqual(['missing-down-migration 1']);
  });

  test('StatementBegin/End keep a function body whole; notransaction lifts the transaction', async () => {
    const content = [
      '-- +migrate Up notransaction',
      '-- +migrate StatementBegin',
      'CREATE FUNCTION touch() RETURNS trigger AS $$ BEGIN NEW.updated = now(); RETURN NEW; END; $$ LANGUAGE plpgsql;',
      '-- +migrate StatementEnd',
      'CREATE INDEX CONCURRENTLY worker_name ON worker (name);',
      '-- +migrate Down',
      'DROP FUNCTION touch();',
    ].join('\n');
    const { up, down, transactional } = sqlMigratePieces(content);
    expect(transactional).toBe(false);
    expect(up.map((p) => p.line)).toEqual([3, 5]);
    expect(down.map((p) => p.sql.trim())).toEqual(['DROP FUNCTION touch();']);
    expect((await analyse(content)).hits.map((h) => h.rule)).toEqual([]);
  });
});
