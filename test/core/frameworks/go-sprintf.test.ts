// Go's fmt.Sprintf as the goose Go reader renders it (src/core/frameworks/go-sprintf.ts); each
// expected string is what Go 1.22 prints for the same call.
import { describe, expect, test } from 'vitest';
import { goInt, quote, sprintf, type GoConst } from '../../../src/core/frameworks/go-sprintf';

const s = (value: string): GoConst => ({ kind: 'string', value });
const i = (value: number): GoConst => ({ kind: 'int', value: BigInt(value) });

describe('fmt.Sprintf of constants', () => {
  test('%s %d %v %q and %% render as Go does', () => {
    expect(sprintf('ALTER TABLE %s ADD COLUMN n int DEFAULT %d', [s('users'), i(-3)])).toBe('ALTER TABLE users ADD COLUMN n int DEFAULT -3');
    expect(sprintf('%v %v', [s('a'), i(7)])).toBe('a 7');
    expect(sprintf("LIKE 'LastScan-%%' AND %q", [s('x')])).toBe(`LIKE 'LastScan-%' AND "x"`);
  });

  test('explicit argument indexes (navidrome: "SELECT DISTINCT %[2]s FROM %[1]s")', () => {
    expect(sprintf('SELECT %[2]s FROM %[1]s WHERE %[2]s IS NOT NULL', [s('t'), s('c')])).toBe('SELECT c FROM t WHERE c IS NOT NULL');
    expect(sprintf('%[2]s %s', [s('a'), s('b'), s('c')])).toBe('b c');
  });

  test('what Go prints as an error marker is not rendered: another verb, flags, a wrong type, a missing or extra argument', () => {
    expect(sprintf('%x', [i(1)])).toBeUndefined();
    expect(sprintf('%5s', [s('a')])).toBeUndefined();
    expect(sprintf('%-s', [s('a')])).toBeUndefined();
    expect(sprintf('%d', [s('a')])).toBeUndefined();
    expect(sprintf('%s', [i(1)])).toBeUndefined();
    expect(sprintf('%q', [i(65)])).toBeUndefined();
    expect(sprintf('%s %s', [s('a')])).toBeUndefined();
    expect(sprintf('%s', [s('a'), s('b')])).toBeUndefined();
    expect(sprintf('%[3]s', [s('a')])).toBeUndefined();
    expect(sprintf('trailing %', [])).toBeUndefined();
  });

  test('%q quotes as strconv.Quote: escapes, control characters, printable Unicode kept', () => {
    expect(quote('it\'s "x"\\')).toBe('"it\'s \\"x\\"\\\\"');
    expect(quote('a\tb\nc\x01\x7f')).toBe('"a\\tb\\nc\\x01\\x7f"');
    expect(quote('café ✓ \u200b')).toBe('"café ✓ \\u200b"');
  });

  test("Go's integer literals", () => {
    expect([goInt('42'), goInt('0x2A'), goInt('0o52'), goInt('052'), goInt('1_000'), goInt('0b101')]).toEqual([42n, 42n, 42n, 42n, 1000n, 5n]);
    expect(goInt('1.5')).toBeUndefined();
  });
});
