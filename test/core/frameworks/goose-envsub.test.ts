import { describe, expect, test } from 'vitest';
import { expandEnvsub, expandLine, parseEnvsubLine, renderValues } from '../../../src/core/frameworks/goose-envsub';

// mfridman/interpolate v0.0.2 (parser.go, interpolate.go), as pressly/goose@520411a1 internal/sqlparser/parser.go calls it.
const marker = (line: string) => (line.startsWith('-- +goose') ? line.slice(9) : undefined);
const values = (line: string, env: Record<string, string>) => renderValues(parseEnvsubLine(line).items, (n) => env[n], new Set());

describe("goose's ENVSUB grammar, read once", () => {
  test('a line is a tree of text and expansions with their operator and default, message or offsets', () => {
    expect(parseEnvsubLine('a $B ${C:-${D}x} ${E?no e} ${F: -2:1} \\$ $$ $(x)')).toEqual({
      items: [
        { text: 'a ' },
        { op: 'var', name: 'B' },
        { text: ' ' },
        { op: ':-', name: 'C', content: [{ op: 'var', name: 'D' }, { text: 'x' }] },
        { text: ' ' },
        { op: '?', name: 'E', content: [{ text: 'no e' }] },
        { text: ' ' },
        { op: ':', name: 'F', offset: -2, length: 1 },
        { text: ' ' },
        { text: '$' },
        { text: ' ' },
        { text: '$' },
        { text: ' ' },
        { text: '$(' },
        { text: 'x)' },
      ],
    });
  });

  test("what goose stops at: a $ that starts no name, an operator it does not know, ':?' (an offset it cannot read)", () => {
    expect(parseEnvsubLine('SELECT $1').error).toBe('expected a variable name after $, got "1"');
    expect(parseEnvsubLine('SELECT $_x').error).toBe('expected a variable name after $, got "_"');
    expect(parseEnvsubLine('${X.y}').error).toBe('expected an operator in ${X…}, got "."');
    expect(parseEnvsubLine('${X:?no schema}').error).toBe('unable to parse offset "?no schema"');
    expect(parseEnvsubLine('${X:-a').error).toBe('${X…} does not close with }');
    // Lint's reading goes on past it as it always did: a closed `${…}` is one run-time name, a lone `$` is text.
    expect(expandLine('SELECT $1, ${X:?m}.t, $Y')).toBe('SELECT $1, __interp__.t, __interp__');
    expect(expandLine('SELECT ${X:-a $Y')).toBe('SELECT ${X:-a $Y');
  });

  test('a default closes at its first } as interpolate reads it, even after an escaped ${', () => {
    expect(expandLine('${X:-\\${Y}}.t')).toBe('__interp__}.t');
    expect(expandLine('${X:-$${Y}}.t')).toBe('__interp__}.t');
  });

  test('names are Unicode letters, also outside the Basic Multilingual Plane', () => {
    expect(expandLine('SELECT $𝒜b')).toBe('SELECT __interp__');
  });

  test("substrings take byte offsets, as Go slices; offsets read as Go's strconv.Atoi", () => {
    expect(values('${V:1:2}|${V: -3}', { V: 'héllo' })).toBe('é|llo');
    expect(parseEnvsubLine('${V:\uFEFF1}').error).toBe('unable to parse offset "\uFEFF1"');
    expect(parseEnvsubLine('${V:99999999999999999999}').error).toContain('unable to parse offset');
    expect(values('${V:\u00851\u0085}', { V: 'abc' })).toBe('bc');
    // scanUntil stops at U+FFFD (utf8.RuneError): the next rune, whatever it is, separates offset and length.
    expect(values('${V:1\uFFFD2}', { V: 'abcdef' })).toBe('bc');
  });

  test('goose expands no annotation line, no comment or empty line before a statement, but a comment inside one', () => {
    const file = [
      '-- +goose Up',
      '-- +goose ENVSUB ON',
      '-- costs $1 before a statement: dropped by goose',
      '-- +goose StatementBegin',
      'CREATE FUNCTION f() RETURNS int AS $BODY',
      '-- $X inside the statement',
      'SELECT 1;',
      '$BODY LANGUAGE sql;',
      '-- +goose StatementEnd',
      '-- $2 after it',
      '-- +goose Down',
      'DROP FUNCTION f;',
    ].join('\n');
    const { content, failure } = expandEnvsub(file, marker);
    expect(failure).toBeUndefined();
    expect(content.split('\n').slice(2, 10)).toEqual([
      '-- costs $1 before a statement: dropped by goose',
      '-- +goose StatementBegin',
      'CREATE FUNCTION f() RETURNS int AS __interp__',
      '-- __interp__ inside the statement',
      'SELECT 1;',
      '__interp__ LANGUAGE sql;',
      '-- +goose StatementEnd',
      '-- $2 after it',
    ]);
    expect(expandEnvsub(file.replace('-- $X inside', '-- $1 inside'), marker).failure).toEqual({
      line: 6,
      message: 'variable substitution failed: expected a variable name after $, got "1"',
    });
    // A statement that does not end on its line keeps the next comment inside it; a `-- ` word ends the words read for its `;`.
    expect(expandEnvsub('-- +goose Up\n-- +goose ENVSUB ON\nSELECT 1 -- x;\n-- $1\n;', marker).failure?.line).toBe(4);
    expect(expandEnvsub('-- +goose Up\n-- +goose ENVSUB ON\nSELECT 1; -- x\n-- $1\n', marker).failure).toBeUndefined();
  });
});
