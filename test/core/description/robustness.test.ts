import { readFileSync, readdirSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_PARSE_CHARS, parseDescription } from '../../../src/core/description/index';

const dir = new URL('../../fixtures/descriptions/', import.meta.url);
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.md'));

describe('input that is not a normal description', () => {
  it.each([null, undefined, '', ' ', '\n\n\n', '\u0000'])('%j gives an empty result', (body) => {
    const parsed = parseDescription(body);
    expect(parsed.plan).toEqual({ found: false, filled: false, sections: {}, forwardOnly: false, text: '' });
    expect(parsed.revertSha).toEqual({});
    expect(parsed.checkboxes).toEqual([]);
  });

  it('a non-string from untyped callers gives an empty result', () => {
    expect(parseDescription(42 as unknown as string).plan.found).toBe(false);
    expect(parseDescription({} as unknown as string).checkboxes).toEqual([]);
  });

  it.each(fixtures)('CRLF line endings give the same result as LF: %s', (name) => {
    const lf = readFileSync(new URL(name, dir), 'utf8');
    expect(lf.includes('\r')).toBe(false);
    expect(parseDescription(lf.replace(/\n/g, '\r\n'))).toEqual(parseDescription(lf));
  });

  it('a 1 MB body is read up to the cap, the plan at its top included', () => {
    const head = '## Rollback plan\n\n### Rollback steps\n\nRedeploy v1.\n\nRevert SHA: abc1234\n\n- [x] backup taken\n\n## Log\n\n';
    const line = 'GET /api/v1/orders 200 12ms `x` **y** [z](http://e) - [ ] no\n';
    const body = head + line.repeat(Math.ceil(1_000_000 / line.length));
    expect(body.length).toBeGreaterThan(1_000_000);
    const parsed = parseDescription(body);
    expect(parsed.truncated).toBe(true);
    expect(parsed.plan).toMatchObject({ found: true, filled: true });
    expect(parsed.plan.sections.steps?.text).toBe('Redeploy v1.\nRevert SHA: abc1234\nbackup taken');
    expect(parsed.plan.text).not.toContain('GET /api');
    expect(parsed.revertSha).toEqual({ sha: 'abc1234', line: 7 });
    expect(parsed.checkboxes[0]).toEqual({ text: 'backup taken', checked: true, line: 9 });
  });

  it('a body just under the cap is read whole', () => {
    const filler = 'word '.repeat(Math.floor((MAX_PARSE_CHARS - 200) / 5));
    const parsed = parseDescription(`${filler}\n\n## Rollback plan\n\nRedeploy.\n`);
    expect(parsed.truncated).toBeUndefined();
    expect(parsed.plan.filled).toBe(true);
  });

  it('binary junk: no plan, no SHA, no throw', () => {
    let junk = '';
    for (let i = 0; i < 200_000; i++) junk += String.fromCharCode((i * 7919 + (i >> 3)) % 256);
    const parsed = parseDescription(junk);
    expect(parsed.plan.found).toBe(false);
    expect(parsed.revertSha).toEqual({});
    // and a real plan after a block of junk is still found
    const mixed = parseDescription(`${junk.slice(0, 5000).replace(/[#\n\r]/g, ' ')}\n\n## Rollback plan\n\nRedeploy.\n`);
    expect(mixed.plan.filled).toBe(true);
  });

  it('invalid UTF-16 (lone surrogates) and NUL characters', () => {
    const parsed = parseDescription('## Rollback plan\n\nRedeploy \ud800 v1 \u0000 now.\n\nRevert SHA: abc1234\udfff');
    expect(parsed.plan.filled).toBe(true);
    expect(parsed.revertSha.sha).toBe('abc1234');
  });

  // Shapes on which micromark is super-linear or recurses deeply; each must come back with a result.
  const N = 65_536;
  it.each([
    ['nested block quotes', '>'.repeat(N) + ' deep'],
    ['nested list markers on one line', '- '.repeat(N / 2) + 'x'],
    ['ordered list markers on one line', '1. '.repeat(N / 3) + 'x'],
    ['quote and list markers', '> - '.repeat(N / 4) + 'x'],
    ['ever deeper indented lists', Array.from({ length: 250 }, (_, i) => `${' '.repeat(i * 2)}- [ ] item ${i}`).join('\n')],
    ['nested unclosed links', '[a'.repeat(N / 4) + '](b)'.repeat(N / 8)],
    ['one link around long text', '[' + ' a'.repeat(N / 2 - 4) + '](b)'],
    ['stray closing brackets', ']'.repeat(N)],
    ['nested footnote definitions', '[^a]: '.repeat(N / 6)],
    ['an emphasis run', '*'.repeat(N / 2) + 'a' + '*'.repeat(N / 2)],
    ['nested strong', '**a '.repeat(N / 4) + '**'.repeat(N / 4)],
    ['unclosed comments', '<!--'.repeat(N / 4)],
    ['unclosed braces', '## Rollback plan\n\n' + '{{a '.repeat(N / 4)],
    ['many SHA labels', 'Revert SHA: '.repeat(N / 12) + 'abc1234'],
    ['many headings', '## Rollback plan\n\n' + '### Steps\n'.repeat(N / 10)],
  ])('%s', (_name, body) => {
    const parsed = parseDescription(body);
    expect(Array.isArray(parsed.checkboxes)).toBe(true);
    expect(typeof parsed.plan.found).toBe('boolean');
  });

  it('deeply nested task lists keep their checkboxes and lines', () => {
    const body = Array.from({ length: 40 }, (_, i) => `${'  '.repeat(i)}- [${i % 2 ? 'x' : ' '}] level ${i}`).join('\n');
    const { checkboxes } = parseDescription(body);
    expect(checkboxes.length).toBeGreaterThanOrEqual(30);
    expect(checkboxes[0]).toEqual({ text: 'level 0', checked: false, line: 1 });
    expect(checkboxes[1]).toEqual({ text: 'level 1', checked: true, line: 2 });
  });
});

describe('checkboxes', () => {
  it('lists every task item in the body with its text, state and line', () => {
    const body = [
      'Intro',
      '',
      '- [x] Backup taken',
      '- [ ] On-call **aware**',
      '- plain item',
      '  - [X] nested `ticked`',
      '',
      '1. [ ] ordered',
      '',
      '> - [x] quoted',
      '',
      '<!-- - [ ] commented out -->',
      '',
      '```',
      '- [ ] in code',
      '```',
    ].join('\n');
    expect(parseDescription(body).checkboxes).toEqual([
      { text: 'Backup taken', checked: true, line: 3 },
      { text: 'On-call aware', checked: false, line: 4 },
      { text: 'nested ticked', checked: true, line: 6 },
      { text: 'ordered', checked: false, line: 8 },
      { text: 'quoted', checked: true, line: 10 },
    ]);
  });
});

describe('property: never throws', () => {
  const markdownish = fc.array(
    fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom(
        '\n',
        '\r\n',
        '\n\n',
        '#',
        '## Rollback plan\n',
        '### Rollback steps\n',
        '**Trigger:**',
        '- ',
        '- [ ] ',
        '- [x] ',
        '1. ',
        '> ',
        '|',
        '|---|',
        '`',
        '```',
        '<!--',
        '-->',
        '{',
        '}',
        '<',
        '>',
        '[',
        ']',
        '(',
        ')',
        '*',
        '_',
        '~',
        '\\',
        'Revert SHA: ',
        'LKG:',
        'abc1234',
        'TODO',
        'N/A',
        ':',
        '    ',
        '\t',
        '\u0000',
        '\ud800',
        '🔙',
      ),
    ),
    { maxLength: 60 },
  );

  it('parseDescription returns a well-formed result for arbitrary strings', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 500 }),
          fc.string({ unit: 'binary', maxLength: 300 }),
          markdownish.map((parts) => parts.join('')),
        ),
        (body) => {
          const parsed = parseDescription(body);
          expect(typeof parsed.plan.filled).toBe('boolean');
          if (!parsed.plan.found) expect(parsed.plan.filled).toBe(false);
          if (!parsed.plan.filled) expect(parsed.plan.text).toBe('');
          if (parsed.revertSha.sha !== undefined) expect(parsed.revertSha.sha).toMatch(/^[0-9a-f]{7,40}$/);
          for (const box of parsed.checkboxes) expect(box.line).toBeGreaterThanOrEqual(1);
        },
      ),
      { numRuns: 500 },
    );
  });
});
