// libpg-query's scanner copies each token's text into its JSON unescaped: a form feed in a comment
// (old SQL files keep them as page breaks) or any control character in a quoted name or a
// dollar-quoted body made the scan unreadable, and every reader of tokens lost the file: the
// tolerant reading of SQL the Postgres parser rejects dropped its destructive statements in silence.
import { describe, expect, it } from 'vitest';
import { loadPgParser, readPgJson } from '../../../src/core/sql/pg';
import { lintSql } from '../../../src/core/sql/lint-sql';

const CONTROLS = ['\f', '\u0001', '\u0002', '\u001f'];

describe('readPgJson', () => {
  it('reads JSON whose strings hold raw control characters as JSON would have escaped them', () => {
    expect(readPgJson('{"a":"x\u000cy","b":["\u0001"],"c":"q\\"\u0002"}')).toEqual({ a: 'x\fy', b: ['\u0001'], c: 'q"\u0002' });
  });

  it('still fails on JSON that is broken otherwise', () => {
    expect(() => readPgJson('{"a": 1,}')).toThrow();
    expect(() => readPgJson('{"a": "\u0001",}')).toThrow();
  });
});

describe('the Postgres scanner on text with control characters', () => {
  it.each(CONTROLS)('scans a comment, a quoted name and a dollar-quoted body holding %j', async (c) => {
    const pg = await loadPgParser();
    for (const sql of [`SELECT 1 -- a${c}b`, `SELECT "a${c}b" FROM t`, `SELECT $x$a${c}$x$`, `DO $$ BEGIN RAISE NOTICE 'a${c}'; END $$`]) {
      const tokens = pg.scan(sql).tokens;
      expect(tokens.length, sql).toBeGreaterThan(1);
      expect(tokens[tokens.length - 1]!.end, sql).toBeLessThanOrEqual(Buffer.byteLength(sql));
    }
  });

  it('keeps the drop of a MySQL file whose comment holds a form feed (it passed in silence)', async () => {
    const sql = '-- legacy\f\nCREATE TABLE `t` (id int) ENGINE=InnoDB;\nALTER TABLE `u` DROP COLUMN x;\n';
    const { hits } = await lintSql([{ sql, line: 1 }]);
    expect(hits.map((h) => `${h.rule} ${h.line}`)).toContain('drop-column 3');
    expect(hits.find((h) => h.rule === 'parse-error')?.message).toContain('MySQL');
  });
});
