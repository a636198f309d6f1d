import { describe, expect, it } from 'vitest';
import { parseDescription } from '../../../src/core/description/index';

const SHA40 = '0123456789abcdef0123456789abcdef01234567';

describe('revert SHA forms', () => {
  it.each([
    ['Revert SHA: abc1234', 'abc1234', 1],
    ['revert sha: ABC1234', 'abc1234', 1],
    ['Revert commit: `abc1234def`', 'abc1234def', 1],
    [`Last known good: ${SHA40}`, SHA40, 1],
    ['Last-known-good SHA abc1234', 'abc1234', 1],
    ['Last-known-good SHA: `abc1234`', 'abc1234', 1],
    ['Last known good (LKG): abc1234', 'abc1234', 1],
    ['LKG: `feedbee`', 'feedbee', 1],
    ['Rollback to: deadbeef1', 'deadbeef1', 1],
    ['Roll back to `deadbeef1`', 'deadbeef1', 1],
    ['**Revert SHA:** `abc1234`', 'abc1234', 1],
    ['Revert SHA: [abc1234](https://github.com/o/r/commit/abc1234)', 'abc1234', 1],
    ['Revert commit: https://github.com/o/r/commit/abc1234def', 'abc1234def', 1],
    ['- revert commit: deadbeef1', 'deadbeef1', 1],
    ['1. Intro\n2. LKG: abc1234', 'abc1234', 2],
    ['> Revert SHA: abc1234', 'abc1234', 1],
    ['| Item | Value |\n|---|---|\n| LKG | cafebabe |', 'cafebabe', 3],
    ['| Item | Value |\n|---|---|\n| Revert SHA | `cafe123` |', 'cafe123', 3],
    ['| Revert SHA | Risk |\n|---|---|\n| `cafe123` | high |', 'cafe123', 3],
    ['### Revert SHA\n\n`1234567abc`', '1234567abc', 3],
    ['## Last known good\n\n1234567abc is the tag before this PR', '1234567abc', 3],
    ['**LKG:**\n\n```\n1234567abc\n```', '1234567abc', 4],
    ['Intro\n\nRevert SHA:\nabc1234', 'abc1234', 4],
    ['## Rollback plan\n\nRollback to: abc1234 (v1.2.3)', 'abc1234', 3],
    ['Revert SHA: abc1234, then redeploy', 'abc1234', 1],
  ])('%j → %s on line %i', (body, sha, line) => {
    expect(parseDescription(body).revertSha).toEqual({ sha, line });
  });

  it.each([
    ['a {placeholder}', 'Revert SHA: {sha}'],
    ['a <placeholder>', 'Revert SHA: <sha>'],
    ['a <placeholder> in code', 'Revert SHA: `<sha>`'],
    ['a {{placeholder}} under a heading', '### Revert SHA\n\n{{BASE_SHA}}'],
    ['too short', 'Revert SHA: abc12'],
    ['not hex', 'Revert SHA: abcdefgh12'],
    ['longer than 40', `Revert SHA: ${SHA40}a`],
    ['an HTML comment', '<!-- Revert SHA: abc1234 -->'],
    ['an inline HTML comment', 'Revert SHA: <!-- abc1234 -->'],
    ['a code block', '```\nRevert SHA: abc1234\n```'],
    ['no label', 'See abc1234 for details.'],
    ['a label in the middle of a word', 'NotRevert SHA: abc1234'],
    ['a label with text in between', 'Rollback to the release before abc1234'],
    ['a heading label followed by prose', '### Revert SHA\n\nThe commit before this one.'],
  ])('%s is not a SHA', (_name, body) => {
    expect(parseDescription(body).revertSha).toEqual({});
  });

  it('the first wins and prefixes of one SHA are the same commit (the longest spelling is kept)', () => {
    expect(parseDescription('Revert SHA: abc1234\n\nLKG: abc1234ffff').revertSha).toEqual({ sha: 'abc1234ffff', line: 1 });
    expect(parseDescription('LKG: ABC1234FFFF\n\nRevert SHA: abc1234').revertSha).toEqual({ sha: 'abc1234ffff', line: 1 });
  });

  it('several different SHAs give an error naming each, with lines', () => {
    const { revertSha } = parseDescription('Revert SHA: abc1234\n\n- LKG: 9999999\n- Rollback to: 8888888');
    expect(revertSha.sha).toBe('abc1234');
    expect(revertSha.line).toBe(1);
    expect(revertSha.error).toContain('abc1234, 9999999, 8888888');
    expect(revertSha.error).toContain('lines 1, 3, 4');
  });

  it('two SHAs in one paragraph are both read', () => {
    expect(parseDescription('Revert SHA: abc1234 LKG: 9999999').revertSha.error).toContain('abc1234, 9999999');
  });

  it('lines are 1-based in the body, CRLF included', () => {
    expect(parseDescription('a\r\n\r\nb\r\nRevert SHA: `abc1234`\r\n').revertSha).toEqual({ sha: 'abc1234', line: 4 });
  });
});
