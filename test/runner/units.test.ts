// Pure pieces of the runner: patches to text, checklist attestations, the per-PR queue, check-run output.
import { describe, expect, it } from 'vitest';
import { decodeAttestations, encodeAttestations, ticksFromAttestations } from '../../src/runner/attestations';
import { applyTickEdit, readCheckboxes } from '../../src/runner/tick-edit';
import { CHECK_OUTPUT_LIMIT, fitOutput, toAnnotation } from '../../src/runner/check-run';
import { contentFromPatch } from '../../src/runner/content-from-patch';
import { PrQueue } from '../../src/runner/pr-queue';
import { pullNumberFromQueueRef } from '../../src/runner/run';

describe('contentFromPatch', () => {
  it('rebuilds an added file from its one hunk', () => {
    expect(contentFromPatch('@@ -0,0 +1,2 @@\n+CREATE TABLE t (id int);\n+-- done', 'added', 2)).toBe('CREATE TABLE t (id int);\n-- done\n');
    expect(contentFromPatch('@@ -0,0 +1 @@\n+x', 'added', 1)).toBe('x\n');
  });
  it('keeps a missing final newline', () => {
    expect(contentFromPatch('@@ -0,0 +1 @@\n+x\n\\ No newline at end of file', 'added', 1)).toBe('x');
  });
  it('rebuilds a removed file', () => {
    expect(contentFromPatch('@@ -1,2 +0,0 @@\n-a\n-b', 'removed', 2)).toBe('a\nb\n');
  });
  it('refuses anything else (the caller then reads the file)', () => {
    expect(contentFromPatch(undefined, 'added', 3)).toBeUndefined();
    expect(contentFromPatch('@@ -1,2 +1,3 @@\n a\n+b\n c', 'added', 1)).toBeUndefined();
    expect(contentFromPatch('@@ -0,0 +1,3 @@\n+a\n+b', 'added', 3)).toBeUndefined();
  });
});

const comment = (backup: boolean, tested: boolean) =>
  [
    '<!-- rollback-ready:comment -->',
    '### Readiness checklist',
    '',
    `- [${backup ? 'x' : ' '}] A backup is taken <!-- rollback-ready:item:backup -->`,
    `- [${tested ? 'x' : ' '}] Rollback tested <!-- rollback-ready:item:rollback-tested -->`,
    '',
    '```markdown',
    '- [x] not a checklist line <!-- rollback-ready:item:on-call -->',
    '```',
  ].join('\n');

describe('attestations', () => {
  it('reads the ticked boxes with the GFM parser, not code blocks', () => {
    expect([...readCheckboxes(comment(true, false))]).toEqual([
      ['backup', true],
      ['rollback-tested', false],
    ]);
  });
  it('records who ticked, drops an unticked box, and round-trips through the hidden marker', () => {
    const at = '2024-01-01T00:00:00Z';
    let list = applyTickEdit([], { before: comment(false, false), after: comment(true, true), by: 'mia', allowed: true, at });
    expect(list.map((a) => [a.item, a.by])).toEqual([
      ['backup', 'mia'],
      ['rollback-tested', 'mia'],
    ]);
    list = applyTickEdit(list, { before: comment(true, true), after: comment(true, false), by: 'eve', allowed: false, at: '2024-01-01T00:00:05Z' });
    expect(ticksFromAttestations(list).map((a) => a.item)).toEqual(['backup']);
    // The untick is kept: a tick of the same box from before it, delivered late, does not count.
    list = applyTickEdit(list, { before: comment(true, false), after: comment(true, true), by: 'mia', allowed: true, at: '2024-01-01T00:00:02Z' });
    expect(ticksFromAttestations(list).map((a) => a.item)).toEqual(['backup']);
    const marker = encodeAttestations([{ item: 'x', by: 'a --> b', allowed: true, at }]);
    expect(marker.indexOf('-->')).toBe(marker.length - 3);
    expect(decodeAttestations(`text\n\n${marker}`)).toEqual([{ item: 'x', by: 'a --> b', allowed: true, at }]);
    expect(decodeAttestations('<!-- rollback-ready:attestations not-base64!! -->')).toEqual([]);
  });
});

describe('PrQueue', () => {
  it('runs jobs for one key one at a time, and lets waiting re-evaluations join', async () => {
    const queue = new PrQueue();
    const log: string[] = [];
    let running = 0;
    let maxRunning = 0;
    const job = (name: string) => async () => {
      running++;
      maxRunning = Math.max(maxRunning, running);
      log.push(`start ${name}`);
      await new Promise((r) => setTimeout(r, 10));
      running--;
      return name;
    };
    const first = queue.run('a#1', job('1'), { coalesce: true });
    const joined = queue.run('a#1', job('1b'), { coalesce: true }); // arrives before 1 starts: joins it
    await new Promise((r) => setTimeout(r, 2)); // 1 is running now
    const results = await Promise.all([
      first,
      joined,
      queue.run('a#1', job('2'), { coalesce: true }),
      queue.run('a#1', job('3'), { coalesce: true }),
      queue.run('a#1', job('tick'), { coalesce: false }),
      queue.run('b#1', job('other'), { coalesce: true }),
    ]);
    expect(results).toEqual(['1', '1', '2', '2', 'tick', 'other']);
    expect(log.filter((l) => !l.includes('other'))).toEqual(['start 1', 'start 2', 'start tick']);
    expect(maxRunning).toBe(2); // a#1 and b#1 in parallel, never two of a#1
    expect(queue.size).toBe(0);
  });
  it('keeps going after a failed job', async () => {
    const queue = new PrQueue();
    const failed = queue.run('k', async () => {
      throw new Error('boom');
    });
    await expect(failed).rejects.toThrow('boom');
    await expect(queue.run('k', async () => 'ok')).resolves.toBe('ok');
  });
});

describe('check-run output', () => {
  it('maps severities to annotation levels on the exact line', () => {
    const f = { rule: 'drop-column', severity: 'error' as const, path: 'a.sql', line: 7, message: 'm', docs: 'https://d' };
    expect(toAnnotation(f)).toMatchObject({ path: 'a.sql', start_line: 7, end_line: 7, annotation_level: 'failure', title: 'drop-column' });
    expect(toAnnotation({ ...f, severity: 'warning' }).annotation_level).toBe('warning');
    expect(toAnnotation({ ...f, severity: 'notice', suppressed: { by: 'inline', reason: 'safe' } }).message).toContain('ignored inline: safe');
  });
  it("cuts text to GitHub's limit", () => {
    const cut = fitOutput('x'.repeat(70_000));
    expect(cut.length).toBeLessThanOrEqual(CHECK_OUTPUT_LIMIT);
    expect(cut).toContain('cut to fit');
  });
  it('finds the pull request a merge-queue branch names', () => {
    expect(pullNumberFromQueueRef('refs/heads/gh-readonly-queue/main/pr-104-929f8209d40f77f4abc622a499c93a83babdbe64')).toBe(104);
    expect(pullNumberFromQueueRef('refs/heads/main')).toBeUndefined();
  });
});
