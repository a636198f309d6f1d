import { describe, expect, it } from 'vitest';
import { parseConfig, type Config } from '../../src/core/config';
import { analyse, evaluate, judge, type EvaluationInput } from '../../src/core/evaluate';
import type { Framework } from '../../src/core/frameworks/framework';
import type { CommitFacts } from '../../src/core/gates';
import { COMMENT_MARKER, renderMarkdown } from '../../src/core/render/markdown';
import type { ChangedFile } from '../../src/core/types';

// A stand-in framework: `.up` files, a `.down` beside them, `DROP` on a line is a drop-column hit.
const fake: Framework = {
  id: 'golang-migrate',
  globs: ['migrations/*.up', 'migrations/*.down'],
  comment: '--',
  counterparts: (path) => (path.endsWith('.up') ? [path.replace(/\.up$/, '.down')] : []),
  async analyse({ path, content, siblings }) {
    if (path.endsWith('.down')) return { framework: 'golang-migrate', role: 'down', down: 'present', hits: [] };
    const downPath = path.replace(/\.up$/, '.down');
    const hits = content.split('\n').flatMap((line, i) => (line.startsWith('DROP') ? [{ rule: 'drop-column', line: i + 1, message: 'drops a column' }] : []));
    const down = siblings[downPath] === undefined ? 'missing' : 'present';
    if (down === 'missing') hits.push({ rule: 'missing-down-migration', line: 1, message: 'no down' });
    return { framework: 'golang-migrate', role: 'up', down, hits };
  },
};

const onBase: CommitFacts = { exists: true, sha: 'a'.repeat(40), onBase: true, behindBy: 0 };
const PLAN = `## Rollback plan

Revert SHA: \`aaaaaaa\`

### Rollback trigger
Errors double.

### Rollback steps
Redeploy the revert SHA and run the down migration.

### Rollback verification
Health check returns 200.

- [x] A backup is taken before the deploy and its restore is known to work
- [x] Rollback tested (in staging, or by the rollback drill)
`;

const run = (files: ChangedFile[], overrides: Partial<EvaluationInput> = {}, config: Config = parseConfig(undefined)) =>
  evaluate({
    files,
    body: PLAN,
    config,
    frameworks: [fake],
    repo: { inspectCommit: async () => onBase },
    ...overrides,
  });

const pair: ChangedFile[] = [
  { path: 'migrations/1.up', status: 'added', head: 'ADD x' },
  { path: 'migrations/1.down', status: 'added', head: 'REMOVE x' },
];

describe('evaluate', () => {
  it('reports a binary migration as unreadable instead of passing it silently', async () => {
    const evaluation = await run([{ path: 'migrations/2.up', status: 'added', binary: true }, ...pair]);
    const notice = evaluation.report.findings.find((f) => f.path === 'migrations/2.up');
    expect(notice).toMatchObject({ rule: 'parse-error', severity: 'notice', line: 1 });
    expect(notice!.message).toContain('looks binary');
    expect(evaluation.report.changes.map((c) => c.path)).toContain('migrations/2.up');
  });

  it('passes an additive pair with a filled-in plan at medium risk', async () => {
    const { report, checklist } = await run(pair, { siblings: { 'migrations/1.down': 'REMOVE x' } });
    expect(report.risk).toBe('medium');
    expect(report.verdict).toBe('pass');
    expect(checklist.filter((l) => l.required).map((l) => [l.item.id, l.state])).toEqual([
      ['revert-sha', 'verified'],
      ['backward-compatible', 'verified'],
      ['down-migration', 'verified'],
      ['backup', 'ticked'],
      ['rollback-tested', 'ticked'],
    ]);
  });

  it('is not applicable when nothing relevant changed, and renders that', async () => {
    const evaluation = await run([{ path: 'README.md', status: 'modified', head: 'x', base: 'y' }]);
    expect(evaluation.report).toMatchObject({ verdict: 'not-applicable', risk: 'none', changes: [], findings: [] });
    expect(renderMarkdown(evaluation, { marker: true })).toContain('no rollback plan is needed');
  });

  it('rates a destructive migration high and asks for the high-risk sections and items', async () => {
    const files: ChangedFile[] = [{ path: 'migrations/2.up', status: 'added', head: 'DROP legacy' }];
    const evaluation = await run(files, { siblings: { 'migrations/2.down': undefined } });
    expect(evaluation.report.risk).toBe('high');
    // In the one order `template`, the skeleton and the gate message share (the seeds' template order).
    expect(evaluation.missingSections).toEqual(['time-estimate', 'data', 'point-of-no-return']);
    const gates = Object.fromEntries(evaluation.report.gates.map((g) => [g.id, g.status]));
    expect(gates).toMatchObject({ 'rollback-plan': 'pass', 'plan-sections': 'fail', reversible: 'fail', findings: 'fail', checklist: 'fail' });
    expect(evaluation.report.verdict).toBe('fail');
  });

  it('lets a forward-only plan with backup and restore cover a migration without a down', async () => {
    const body = `${PLAN}\nThis stage is forward-only: there is no down migration.\n\n### Backup and restore\npg_dump before the deploy; pg_restore from it to roll back.\n`;
    const files: ChangedFile[] = [{ path: 'migrations/3.up', status: 'added', head: 'ADD y' }];
    const { report } = await run(files, { body, siblings: {} });
    expect(report.gates.find((g) => g.id === 'reversible')).toMatchObject({ status: 'pass' });
  });

  it('fails the revert-sha gate when the commit is not on base, warns when behind', async () => {
    const off = await run(pair, { repo: { inspectCommit: async () => ({ exists: true, onBase: false }) } });
    expect(off.report.gates.find((g) => g.id === 'revert-sha')!.status).toBe('fail');
    const behind = await run(pair, { repo: { inspectCommit: async () => ({ ...onBase, behindBy: 3 }) } });
    const gate = behind.report.gates.find((g) => g.id === 'revert-sha')!;
    expect(gate.status).toBe('pass');
    expect(gate.warnings?.[0]).toContain('3 commits behind');
  });

  it('does not count ticks from people who may not attest', async () => {
    const { checklist, report } = await run(pair, { author: { login: 'drive-by', allowed: false } });
    expect(checklist.find((l) => l.item.id === 'backup')).toMatchObject({ state: 'not-allowed', by: 'drive-by' });
    expect(report.gates.find((g) => g.id === 'checklist')!.message).toContain('@drive-by, who may not attest it');
  });

  it('fails closed when the file list is truncated, even with nothing relevant listed', async () => {
    const { report } = await run([{ path: 'README.md', status: 'modified' }], { truncated: { listed: 3000, total: 3500 } });
    expect(report.verdict).toBe('fail');
    expect(report.gates.find((g) => g.id === 'findings')!.message).toContain('3500 files');
  });

  it('turns a failing verdict into pass under an override, and says so', async () => {
    const files: ChangedFile[] = [{ path: 'migrations/2.up', status: 'added', head: 'DROP legacy' }];
    const override = { by: 'maintainer', reason: 'hotfix, restore tested by hand', at: '2026-11-22T03:00:00Z' };
    const evaluation = await run(files, { override, body: '' });
    expect(evaluation.gatesVerdict).toBe('fail');
    expect(evaluation.report.verdict).toBe('pass');
    expect(renderMarkdown(evaluation)).toContain('**Override** by @maintainer');
  });

  it('warns that a post-deployment migration is a rollback barrier', async () => {
    const post: Framework = {
      ...fake,
      globs: ['post/*.up'],
      analyse: async () => ({ framework: 'rails', role: 'up', down: 'present', postDeploy: true, hits: [] }),
    };
    const { report } = await evaluate({
      files: [{ path: 'post/1.up', status: 'added', head: 'x' }],
      body: PLAN,
      config: parseConfig(undefined),
      frameworks: [post],
      repo: { inspectCommit: async () => onBase },
    });
    const gate = report.gates.find((g) => g.id === 'reversible')!;
    expect(gate.status).toBe('pass');
    expect(gate.warnings?.[0]).toContain('post/1.up');
    expect(gate.warnings?.[0]).toContain('does not undo it');
  });

  it('honours gate switches from the config', async () => {
    const config = parseConfig('gates:\n  checklist: false\n  revert-sha: false\n');
    const { report } = await run(pair, { body: PLAN.replace('Revert SHA: `aaaaaaa`', '') }, config);
    expect(report.gates.find((g) => g.id === 'checklist')).toMatchObject({ status: 'skipped', message: 'Disabled in the config.' });
    expect(report.verdict).toBe('pass');
  });
});

describe('analyse, then judge', () => {
  const dropping: ChangedFile[] = [
    { path: 'migrations/2.up', status: 'added', head: 'DROP email' },
    { path: 'migrations/2.down', status: 'added', head: 'ADD email' },
  ];
  const config = parseConfig(undefined);
  const repo = { inspectCommit: async () => onBase };

  it('judges one analysis as often as asked, each time as evaluate() would, and leaves the analysis as it was', async () => {
    const analysis = await analyse({ files: dropping, config, frameworks: [fake] });
    const before = structuredClone(analysis);
    const plain = await judge(analysis, { body: PLAN, repo });
    const acked = await judge(analysis, { body: PLAN, repo, acks: [{ rule: 'drop-column', reason: 'never read', by: 'lou' }] });
    expect(plain.report).toEqual((await run(dropping)).report);
    expect(acked.report).toEqual((await run(dropping, { acks: [{ rule: 'drop-column', reason: 'never read', by: 'lou' }] })).report);
    expect(plain.report.gates.find((g) => g.id === 'findings')?.status).toBe('fail');
    expect(acked.report.gates.find((g) => g.id === 'findings')?.status).toBe('pass');
    expect(analysis).toEqual(before);
  });

  it("keeps the readers' raw hits in the analysis: severities, ignores and acknowledgements are the judgement's", async () => {
    const analysis = await analyse({ files: dropping, config: parseConfig('rules:\n  drop-column: off\n'), frameworks: [fake] });
    expect(analysis.analysed.map((f) => [f.path, f.hits.map((h) => h.rule)])).toEqual([
      ['migrations/2.up', ['drop-column']],
      ['migrations/2.down', []],
    ]);
    expect((await judge(analysis, { body: PLAN, repo })).report.findings.map((f) => f.rule)).not.toContain('drop-column');
  });
});

describe('renderMarkdown', () => {
  it('groups findings by file with line links and doc links, and stays under the limit', async () => {
    const many = Array.from({ length: 3000 }, (_, i) => `DROP c${i}`).join('\n');
    const files: ChangedFile[] = [{ path: 'migrations/9.up', status: 'added', head: many }];
    const evaluation = await run(files, { siblings: {} });
    const ctx = { marker: true, repoUrl: 'https://github.com/o/r', headSha: 'b'.repeat(40), baseSha: 'c'.repeat(40) };
    const full = renderMarkdown(evaluation, { ...ctx, limit: 10_000_000 });
    expect(full).toContain(`[line 1](https://github.com/o/r/blob/${'b'.repeat(40)}/migrations/9.up#L1)`);
    const capped = renderMarkdown(evaluation, ctx);
    expect(full.length).toBeGreaterThan(65_000);
    expect(capped.length).toBeLessThanOrEqual(65_000);
    expect(capped.startsWith(COMMENT_MARKER)).toBe(true);
    expect(capped).toContain('`drop-column`: 3000');
  });
});
