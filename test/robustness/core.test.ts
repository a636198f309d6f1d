// Bad input through the core APIs: always findings the report contract allows, never a throw.
import { describe, expect, it } from 'vitest';
import { lintSql } from '../../src/core/sql/lint-sql';
import { badFiles } from './bad-input';
import { expectValidFindings, lintContent } from './lint-helpers';

describe('lint on bad input (core APIs)', () => {
  it.each(
    badFiles()
      .filter((f) => !f.binary)
      .map((f) => [f.path, f] as const),
  )('%s: a report, never a throw', async (path, file) => {
    // As the CLI reads a file: UTF-8 with replacement characters for what is not UTF-8.
    const content = file.bytes.toString('utf8');
    const findings = await lintContent(path, content);
    expectValidFindings(findings, path, content);
    for (const rule of file.expectRules ?? []) expect(findings.map((f) => f.rule)).toContain(rule);
  });

  it('reads the statements around what the Postgres parser rejects, with the right lines', async () => {
    const path = 'db/migrations/000020_mixed.up.sql';
    const content = ['CREATE TABLE `t` (id int);', 'DROP INDEX idx ON t;', '', 'ALTER TABLE users DROP COLUMN email;', 'TRUNCATE audit;'].join('\n');
    const findings = await lintContent(path, content, { 'db/migrations/000020_mixed.down.sql': 'SELECT 1; ALTER TABLE users ADD COLUMN email text;' });
    expectValidFindings(findings, path, content);
    expect(findings.map((f) => `${f.rule}@${f.line}`)).toEqual(expect.arrayContaining(['parse-error@1', 'drop-column@4', 'truncate@5']));
  });

  it('lintSql never throws on NUL bytes, lone surrogates and control characters, and never drops a DROP silently', async () => {
    const nasty = ['\u0000', '\ud800', '\udfff', '\u2028', '\r', '\u001b[31m', '\ufeff', "E'\\x00'"];
    for (const junk of nasty) {
      const sql = `CREATE TABLE a (x int);\nSELECT '${junk}';\n${junk}\nDROP TABLE users;\n`;
      const result = await lintSql([{ sql, line: 1 }]);
      for (const hit of result.hits) {
        expect(hit.line).toBeGreaterThanOrEqual(1);
        expect(hit.line).toBeLessThanOrEqual(sql.split('\n').length);
      }
      // Either the DROP TABLE is reported, or the file is flagged as not read by the parser.
      const rules = result.hits.map((h) => h.rule);
      expect(rules.includes('drop-table') || rules.includes('parse-error'), `${JSON.stringify(junk)}: ${rules.join(', ')}`).toBe(true);
      expect(result.parseFailed).toBe(rules.includes('parse-error'));
    }
  });
});
