import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/core/config';
import { finalizeFindings } from '../../src/core/findings';
import { indexIgnores } from '../../src/core/ignore';

const config = parseConfig(undefined);
const SQL = [
  'CREATE TABLE a (id int);', // 1
  '-- rollback-ready-ignore drop-column: nothing reads it since v2.3', // 2
  'ALTER TABLE users DROP COLUMN legacy;', // 3
  '-- rollback-ready-ignore drop-table', // 4
  'DROP TABLE old_things;', // 5
  "-- a note: 'rollback-ready-ignore truncate: no' is only text here", // 6
  'TRUNCATE audit;', // 7
].join('\n');

describe('inline ignores', () => {
  it('applies a directive with a reason to the next statement and keeps the finding as a notice', () => {
    const [finding] = finalizeFindings('m.sql', SQL, [{ rule: 'drop-column', line: 3, message: 'drops' }], { config });
    expect(finding).toMatchObject({ rule: 'drop-column', severity: 'notice', suppressed: { by: 'inline', reason: 'nothing reads it since v2.3' } });
  });

  it('does not apply a directive without a reason, and says why', () => {
    const [finding] = finalizeFindings('m.sql', SQL, [{ rule: 'drop-table', line: 5, message: 'drops' }], { config });
    expect(finding!.severity).toBe('error');
    expect(finding!.suppressed).toBeUndefined();
    expect(finding!.message).toContain('line 4 gives no reason');
  });

  it.each(['TODO', 'x', '...', '<why this is safe here>', '{reason}', 'N/A', '-', 'tbd: later', 'reason', '[why]', '…'])(
    'refuses the placeholder reason %j with a message, as the plan refuses placeholders',
    (reason) => {
      const sql = `-- rollback-ready-ignore drop-table: ${reason}\nDROP TABLE old_things;\n`;
      const [finding] = finalizeFindings('m.sql', sql, [{ rule: 'drop-table', line: 2, message: 'drops' }], { config });
      expect(finding!.severity).toBe('error');
      expect(finding!.suppressed).toBeUndefined();
      expect(finding!.message).toMatch(
        /the rollback-ready-ignore comment on line 1 gives .*(not a reason|placeholder).*, so it does not apply: after "rollback-ready-ignore drop-table:" write why it is safe/,
      );
    },
  );

  it.each(['nothing reads it since v2.3', 'emptied in v4.1', 'CI-only table', 'see JIRA-123'])('accepts the real reason %j', (reason) => {
    const sql = `-- rollback-ready-ignore drop-table: ${reason}\nDROP TABLE old_things;\n`;
    const [finding] = finalizeFindings('m.sql', sql, [{ rule: 'drop-table', line: 2, message: 'drops' }], { config });
    expect(finding).toMatchObject({ severity: 'notice', suppressed: { by: 'inline', reason } });
  });

  it('does not apply a directive for another rule or far from the statement', () => {
    const ignores = indexIgnores(SQL);
    expect(ignores.find('drop-table', 3)).toBeUndefined();
    expect(ignores.find('drop-column', 5)).toBeUndefined();
  });

  it('supports several rules, # and // comments, and the whole-file form', () => {
    const ruby = '# rollback-ready-ignore rename-column, drop-column: done in two deploys\nrename_column :a, :b, :c\n';
    expect(indexIgnores(ruby).find('drop-column', 2)?.reason).toBe('done in two deploys');
    const js = '// rollback-ready-ignore-file truncate: test fixture table\nexports.up = () => {};\n\nknex.raw("TRUNCATE t")\n';
    expect(indexIgnores(js).find('truncate', 4)?.wholeFile).toBe(true);
  });
});

describe('finalizeFindings', () => {
  it('uses configured severities, drops rules set to off, and links the rule doc', () => {
    const custom = parseConfig('rules:\n  drop-column: warning\n  truncate: off\n');
    const findings = finalizeFindings(
      'm.sql',
      'x',
      [
        { rule: 'drop-column', line: 1, message: 'a' },
        { rule: 'truncate', line: 2, message: 'b' },
        { rule: 'missing-lock-timeout', line: 3, message: 'off by default' },
      ],
      { config: custom, docsBase: 'https://example.com/rules/' },
    );
    expect(findings).toEqual([
      { rule: 'drop-column', severity: 'warning', path: 'm.sql', line: 1, message: 'a', docs: 'https://example.com/rules/drop-column.md' },
    ]);
  });

  it('applies an acknowledgement to the rule in the named file only', () => {
    const hits = [{ rule: 'drop-column', line: 1, message: 'a' }];
    const acks = [{ rule: 'drop-column', path: 'a.sql', reason: 'agreed with the data team', by: 'octocat' }];
    expect(finalizeFindings('a.sql', '', hits, { config, acks })[0]!.suppressed).toEqual({ by: 'ack', reason: 'agreed with the data team', who: 'octocat' });
    expect(finalizeFindings('b.sql', '', hits, { config, acks })[0]!.suppressed).toBeUndefined();
  });
});
