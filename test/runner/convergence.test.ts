// Pure pieces of convergent publishing: reading boxes without the parser, the attestation records,
// decisions, the template appended to a description, and writes reconciled after a lost answer.
import { describe, expect, it } from 'vitest';
import { appendTemplate, TEMPLATE_MARKER } from '../../src/core/render/apply-template';
import { write, WriteGaveUp } from '../../src/github/writes';
import { mergeAttestations, recordAttestation, ticksFromAttestations, decodeCommentState, encodeCommentState } from '../../src/runner/attestations';
import { headShown, insertAfterHeadline, keepPendingBoxes, composeComment } from '../../src/runner/comment-body';
import { permissionNeeded } from '../../src/runner/decide';
import { applyDecision, currentDecisions, decodeDecisions, encodeDecisions, mergeDecisions } from '../../src/runner/decisions';
import { parseCheckboxes, pendingBoxes, readCheckboxes } from '../../src/runner/tick-edit';

const item = (id: string, ticked: boolean, note = '') => `- [${ticked ? 'x' : ' '}] Item ${id}${note} <!-- rollback-ready:item:${id} -->`;
const drawn = (a: boolean, b: boolean) =>
  [
    '<!-- rollback-ready:comment -->',
    '',
    '❌ **Rollback readiness: fail**',
    '',
    '### Readiness checklist',
    '',
    item('a', a),
    item('b', b, ' — _attested by @mia_'),
    '',
    '<details><summary>📝 skeleton</summary>',
    '',
    '```markdown',
    '## Rollback plan',
    '```',
    '',
    '</details>',
  ].join('\n');

describe('reading the boxes', () => {
  it('answers what the GFM parser answers, with or without it', () => {
    const bodies = [
      drawn(true, false),
      drawn(false, true).replace(/\n/g, '\r\n'),
      // Not laid out as the bot draws it: the parser decides.
      `\`\`\`\n${item('a', true)}\n\`\`\`\n\n${item('b', true)}`,
      `<!-- an open comment\n\n${item('a', true)}\n-->\n\n${item('b', false)}`,
      `text right above\n${item('a', true)}`,
      `${item('a', true)}\n\n${item('a', false)}`,
      `<pre>\n\n${item('a', true)}\n</pre>`,
    ];
    for (const body of bodies) expect(readCheckboxes(body), body).toEqual(parseCheckboxes(body));
  });

  it('finds the boxes a person changed since the bot drew them', () => {
    const shown = { a: false, b: true };
    expect(pendingBoxes(drawn(false, true), shown)).toEqual(new Map());
    expect(pendingBoxes(drawn(true, false), shown)).toEqual(
      new Map([
        ['a', true],
        ['b', false],
      ]),
    );
  });

  it('keeps them as the person left them, a tick marked as not counted yet', () => {
    const out = keepPendingBoxes(
      drawn(false, true),
      new Map([
        ['a', true],
        ['b', false],
      ]),
    );
    expect(out).toContain('- [x] Item a — _ticked, not counted yet_ <!-- rollback-ready:item:a -->');
    expect(out).toContain('- [ ] Item b — _attested by @mia_ <!-- rollback-ready:item:b -->');
  });
});

describe('attestation records', () => {
  const at = (s: number) => `2026-01-01T00:00:${String(s).padStart(2, '0')}Z`;
  it('keep the newest edit of each item, unticks included, whatever order they arrive in', () => {
    const edits = [
      { item: 'a', by: 'mia', allowed: true, at: at(1) },
      { item: 'a', by: 'tom', allowed: true, at: at(3), ticked: false },
      { item: 'a', by: 'lou', allowed: true, at: at(2) },
      { item: 'b', by: 'lou', allowed: true, at: at(2) },
    ];
    for (const order of [edits, [...edits].reverse(), [edits[2]!, edits[0]!, edits[3]!, edits[1]!]]) {
      const list = order.reduce(recordAttestation, [] as typeof edits);
      expect(ticksFromAttestations(list)).toEqual([{ item: 'b', by: 'lou', allowed: true }]);
    }
  });
  it('in the same second, a tick that may not count is not replaced by one that may (fail closed)', () => {
    const list = recordAttestation([{ item: 'a', by: 'tom', allowed: false, at: at(1) }], { item: 'a', by: 'mia', allowed: true, at: at(1) });
    expect(ticksFromAttestations(list)).toEqual([{ item: 'a', by: 'tom', allowed: false }]);
  });
  it('merge copies and round-trip the marker with the boxes as drawn; the first format still reads', () => {
    const a = [{ item: 'a', by: 'mia', allowed: true, at: at(1) }];
    const b = [
      { item: 'a', by: 'lou', allowed: true, at: at(2) },
      { item: 'b', by: 'mia', allowed: true, at: at(1) },
    ];
    const merged = mergeAttestations(a, b);
    expect(
      ticksFromAttestations(merged)
        .map((t) => `${t.item}:${t.by}`)
        .sort(),
    ).toEqual(['a:lou', 'b:mia']);
    const marker = encodeCommentState({ attestations: merged, shown: { a: true, b: false } })!;
    expect(decodeCommentState(`x\n${marker}`)).toEqual({ attestations: merged, shown: { a: true, b: false } });
    const old = `<!-- rollback-ready:attestations ${Buffer.from(JSON.stringify(a)).toString('base64url')} -->`;
    expect(decodeCommentState(old)).toEqual({ attestations: a, shown: {} });
  });
});

describe('the comment', () => {
  it('carries the head SHA it shows, and a risk line under the headline', () => {
    const body = composeComment({ markdown: drawn(false, false), headSha: 'a'.repeat(40), attestations: [], shown: {}, decisions: { acks: [] } });
    expect(headShown(body)).toBe('a'.repeat(40));
    const withLine = insertAfterHeadline(drawn(false, false), '> **Risk set to high** by @lou');
    expect(withLine.split('\n\n').slice(0, 3)).toEqual([
      '<!-- rollback-ready:comment -->',
      '❌ **Rollback readiness: fail**',
      '> **Risk set to high** by @lou',
    ]);
  });
});

describe('decisions', () => {
  it('a risk level lasts for its head, raising needs write and lowering maintain', () => {
    const d = applyDecision({ acks: [] }, { kind: 'risk', by: 'lou', level: 'low', reason: 'config only' }, 'h1', '2026-01-01T00:00:00Z');
    const back = decodeDecisions(encodeDecisions(d));
    expect(currentDecisions(back, 'h1').risk).toMatchObject({ level: 'low', by: 'lou', reason: 'config only' });
    expect(currentDecisions(back, 'h2').risk).toBeUndefined();
    expect(permissionNeeded({ kind: 'risk', by: 'x', level: 'high', reason: 'r' }, undefined, 'medium')).toBe('write');
    expect(permissionNeeded({ kind: 'risk', by: 'x', level: 'low', reason: 'r' }, undefined, 'medium')).toBe('maintain');
    expect(permissionNeeded({ kind: 'override', by: 'x', reason: 'r' }, undefined, 'medium')).toBe('maintain');
    const later = applyDecision({ acks: [] }, { kind: 'override', by: 'b', reason: 'r' }, 'h1', '2026-01-02T00:00:00Z');
    expect(mergeDecisions(d, later)).toMatchObject({ risk: { level: 'low' }, override: { by: 'b' } });
  });
});

describe('appendTemplate', () => {
  const skeleton = '## Rollback plan\n\n### Rollback steps\n\n<!-- how -->';
  it('keeps every byte of the description and follows its line endings', () => {
    for (const body of ['Drops a column.\r\n\r\nSee #12.  \r\n', 'Drops a column.\r\nNo final newline', 'Unix text\n', 'ünïcødé ✓ no newline', '']) {
      const out = appendTemplate(body, skeleton)!;
      expect(out.startsWith(body)).toBe(true);
      const added = out.slice(body.length);
      expect(added).toContain(TEMPLATE_MARKER);
      if (body.includes('\r\n')) expect(added.replace(/\r\n/g, '')).not.toContain('\n');
      else expect(added).not.toContain('\r');
    }
    expect(appendTemplate(null, skeleton)).toBe(`${TEMPLATE_MARKER}\n${skeleton}\n`);
  });
  it('appends once', () => {
    expect(appendTemplate(appendTemplate('x', skeleton)!, skeleton)).toBeUndefined();
  });
});

describe('write', () => {
  const fail = (status: number, message = 'Server Error') => Object.assign(new Error(message), { status });
  it('reads back after a lost answer instead of writing twice', async () => {
    const landed: string[] = [];
    let attempts = 0;
    const result = await write(
      'POST /comments',
      { baseMs: 1 },
      async () => {
        attempts++;
        landed.push('comment');
        throw fail(502); // carried out, answer lost
      },
      async () => (landed.length ? 'found' : undefined),
    );
    expect(result).toBe('found');
    expect(attempts).toBe(1);
    expect(landed).toEqual(['comment']);
  });
  it('writes again when the read-back finds nothing, and after a rate limit without reading back', async () => {
    let n = 0;
    let reads = 0;
    expect(
      await write(
        'POST /x',
        { baseMs: 1 },
        async () => {
          n++;
          if (n === 1) throw fail(500);
          if (n === 2) throw fail(403, 'You have exceeded a secondary rate limit');
          return 'ok';
        },
        async () => {
          reads++;
          return undefined;
        },
      ),
    ).toBe('ok');
    expect([n, reads]).toEqual([3, 1]);
  });
  it('gives up with the request named, and never retries a refusal', async () => {
    await expect(write('PATCH /repos/a/b/check-runs/1', { attempts: 3, baseMs: 1 }, async () => Promise.reject(fail(503)))).rejects.toMatchObject({
      name: 'WriteGaveUp',
      message: expect.stringContaining('PATCH /repos/a/b/check-runs/1 failed 3 times (last answer 503)'),
    });
    let n = 0;
    await expect(write('POST /x', { baseMs: 1 }, async () => Promise.reject(fail(422, `Validation Failed ${++n}`)))).rejects.not.toBeInstanceOf(WriteGaveUp);
    expect(n).toBe(1);
  });
});
