import { describe, expect, test } from 'vitest';
import { copyDataBlocks, withoutCopyData } from '../../../src/core/sql/copy-stdin';
import { loadPgParser } from '../../../src/core/sql/pg';
import { psqlScript } from '../../../src/core/sql/psql';
import { lintSql } from '../../../src/core/sql/lint-sql';
import sqitch from '../../../src/core/frameworks/sqitch';
import golangMigrate from '../../../src/core/frameworks/golang-migrate';
import flyway from '../../../src/core/frameworks/flyway';

// pg_dump's shape, as migrations pasted from a dump keep it (dbmate#31, golang-migrate#492,
// flyway#2143 show it in migration files): the rows after `COPY … FROM stdin;`, up to `\.`.
/** What is said, lock_timeout advice aside (off by default in the config). */
const said = (hits: { rule: string; line: number }[]) => hits.filter((h) => h.rule !== 'missing-lock-timeout').map((h) => `${h.rule} ${h.line}`);
const script = [
  'CREATE TABLE countries (code text PRIMARY KEY, name text);',
  'COPY countries (code, name) FROM stdin;',
  'de\tGermany',
  "ci\tCôte d'Ivoire",
  '\\.',
  'ALTER TABLE users DROP COLUMN legacy;',
  '',
].join('\n');

describe('COPY … FROM stdin rows', () => {
  test('are the lines after the statement up to a `\\.` line, an unterminated quote in them and all', async () => {
    const pg = await loadPgParser();
    const [block, ...more] = copyDataBlocks(pg, script);
    expect(more).toEqual([]);
    expect(block).toMatchObject({ statement: script.indexOf('COPY'), terminated: true });
    expect(script.slice(block!.dataStart, block!.dataEnd)).toBe("de\tGermany\nci\tCôte d'Ivoire\n");
    expect(script.slice(block!.end)).toBe('ALTER TABLE users DROP COLUMN legacy;\n');
    expect(
      withoutCopyData(script, [block!])
        .split('\n')
        .map((l) => l.trim()),
    ).toEqual([
      'CREATE TABLE countries (code text PRIMARY KEY, name text);',
      'COPY countries (code, name) FROM stdin;',
      '',
      '',
      '',
      'ALTER TABLE users DROP COLUMN legacy;',
      '',
    ]);
    // Byte for byte: the parser's offsets after the rows stay where they were.
    expect(new TextEncoder().encode(withoutCopyData(script, [block!], true)).length).toBe(new TextEncoder().encode(script).length);
  });

  test('run to the end of the text without `\\.`; a statement over lines, options, a meta-command and CRLF before it', async () => {
    const pg = await loadPgParser();
    const eof = 'COPY t (a)\n  FROM STDIN WITH (FORMAT csv); -- rows follow\n1\n2\n';
    expect(copyDataBlocks(pg, eof)).toEqual([
      { statement: 0, statementEnd: eof.indexOf(';') + 1, dataStart: eof.indexOf('1\n'), dataEnd: eof.length, end: eof.length, terminated: false },
    ]);
    const crlf = '\\set ON_ERROR_STOP on\r\nCOPY t FROM stdin;\r\nx\r\n\\.\r\nSELECT 1;\r\n';
    const [block] = copyDataBlocks(pg, crlf);
    expect(crlf.slice(block!.statement, block!.statementEnd)).toBe('COPY t FROM stdin;');
    expect(crlf.slice(block!.end)).toBe('SELECT 1;\r\n');
  });

  test('only a COPY that reads from the client has rows: FROM a file, a program, TO stdout, and a word in a string have none', async () => {
    const pg = await loadPgParser();
    expect(copyDataBlocks(pg, "COPY t FROM '/tmp/t.csv';\nCOPY t TO stdout;\nCOPY t FROM PROGRAM 'cat x';\nSELECT 'COPY t FROM stdin;';\nSELECT 1;\n")).toEqual(
      [],
    );
    expect(copyDataBlocks(pg, 'SELECT 1;')).toEqual([]);
  });
});

describe('psql scripts', () => {
  test("a COPY's rows are data: blanked, no variable read in them, kept beside the statement", async () => {
    const pg = await loadPgParser();
    const sql = 'COPY t (at, name) FROM stdin;\n12:30\t:name\n\\.\nGRANT r TO :role;\n';
    const out = psqlScript(pg, sql);
    expect(out.sql.split('\n').map((l) => l.trim())).toEqual(['COPY t (at, name) FROM stdin;', '', '', 'GRANT r TO __interp__;', '']);
    expect(out.copies).toEqual([{ offset: 0, data: '12:30\t:name\n' }]);
    expect(out.commands).toEqual([]);
  });
});

describe('lint', () => {
  test('a Sqitch deploy (run by psql): the rows are no SQL, the statements after them are read', async () => {
    const a = await sqitch.analyse({ path: 'deploy/countries.sql', content: script, siblings: { 'revert/countries.sql': 'DROP TABLE countries;' } });
    expect(said(a.hits)).toEqual(['drop-column 6']);
  });

  test("a Flyway migration: Flyway sends the rows as the COPY's data (its PostgreSQLCopyParsedStatement), as psql does", async () => {
    // flyway/flyway#2143's V100__Added_currencies.sql, with a drop after its rows.
    const content =
      "-- COPY ... FROM is much faster than INSERT\nCOPY currency (id, code) FROM stdin;\n1\tSPHR\n2\tSCS\n\\.\nSELECT pg_catalog.setval('currency_id_sequence', 2, true);\nALTER TABLE users DROP COLUMN legacy;\n";
    const a = await flyway.analyse({
      path: 'db/migration/V100__Added_currencies.sql',
      content,
      siblings: { 'db/migration/U100__Added_currencies.sql': 'DELETE FROM currency;' },
    });
    expect(said(a.hits)).toEqual(['drop-column 7']);
  });

  test('a golang-migrate up (sent through a driver): the rows are said at the COPY, the statements after them still read', async () => {
    const a = await golangMigrate.analyse({ path: 'db/1_countries.up.sql', content: script, siblings: { 'db/1_countries.down.sql': 'DROP TABLE countries;' } });
    expect(said(a.hits)).toEqual(['parse-error 2', 'drop-column 6']);
    expect(a.hits[0]!.message).toContain('only psql sends as data');
    // The rows are seed rows, as INSERT … VALUES: no data-backfill.
    const seeds = await lintSql([{ sql: script.replace('ALTER TABLE users DROP COLUMN legacy;', ''), line: 1 }]);
    expect(seeds.hits.map((h) => h.rule)).toEqual(['parse-error']);
  });
});
