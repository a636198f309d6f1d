// The drill gate and its wiring in the pure core: a drill that ran decides the gate whatever the
// config says, its findings fail only that gate, a passing drill verifies "Rollback tested", and
// the App (which never runs a drill) leaves the gate to the Action.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../src/core/config';
import type { DrillOutcome } from '../../src/core/drill';
import { evaluate, type EvaluationInput } from '../../src/core/evaluate';
import type { Framework } from '../../src/core/frameworks/framework';
import { renderMarkdown } from '../../src/core/render/markdown';
import type { ChangedFile, Finding } from '../../src/core/types';

const fake: Framework = {
  id: 'golang-migrate',
  globs: ['migrations/*.up', 'migrations/*.down'],
  comment: '--',
  counterparts: (path) => (path.endsWith('.up') ? [path.replace(/\.up$/, '.down')] : []),
  async analyse({ path }) {
    return path.endsWith('.down')
      ? { framework: 'golang-migrate', role: 'down', down: 'present', hits: [] }
      : { framework: 'golang-migrate', role: 'up', down: 'present', hits: [] };
  },
};

const files: ChangedFile[] = [
  { path: 'migrations/1.up', status: 'added', head: 'ADD x' },
  { path: 'migrations/1.down', status: 'added', head: 'REMOVE x' },
];

const drift: Finding = {
  rule: 'drill-schema-drift',
  severity: 'error',
  path: 'migrations/1.down',
  line: 1,
  message: 'After the up and the down the schema is not where it started: - index i exists after the down but did not before the up',
  docs: 'https://example.test/drill-schema-drift.md',
};

const run = (overrides: Partial<EvaluationInput> = {}, yaml?: string) =>
  evaluate({
    files,
    siblings: { 'migrations/1.down': 'REMOVE x' },
    body: '',
    config: parseConfig(yaml),
    frameworks: [fake],
    repo: { inspectCommit: async () => ({ exists: false, onBase: false }) },
    ...overrides,
  });

const gate = async (overrides: Partial<EvaluationInput>, yaml?: string) => (await run(overrides, yaml)).report.gates.find((g) => g.id === 'drill');

describe('the drill gate', () => {
  const passed: DrillOutcome = { passed: true, summary: 'Rehearsed 1 migration on PGlite: 1 passed.' };
  const failed: DrillOutcome = { passed: false, summary: 'Rehearsed 1 migration on PGlite: 0 passed, 1 failed (drill-schema-drift).' };

  it('is skipped when off and no drill ran; fails when on and no drill ran, saying how to run one', async () => {
    expect(await gate({})).toMatchObject({ status: 'skipped', message: 'Disabled in the config.' });
    expect(await gate({}, 'gates:\n  drill: true\n')).toMatchObject({ status: 'fail', message: expect.stringContaining('mode: drill') });
  });

  it('is decided by a drill that ran, even when the config leaves it off', async () => {
    expect(await gate({ drill: passed })).toMatchObject({ status: 'pass', message: passed.summary });
    expect(await gate({ drill: failed, extraFindings: [drift] })).toMatchObject({ status: 'fail', message: failed.summary });
  });

  it('counts drill findings once: the findings gate does not fail again for them', async () => {
    const { report } = await run({ drill: failed, extraFindings: [drift] });
    expect(report.gates.find((g) => g.id === 'findings')?.status).toBe('pass');
    expect(report.findings.map((f) => f.rule)).toEqual(['drill-schema-drift']);
  });

  it('is left to the Action by the App, which never runs a drill', async () => {
    expect(await gate({ drillElsewhere: true }, 'gates:\n  drill: true\n')).toMatchObject({
      status: 'skipped',
      message: expect.stringContaining('the App never runs migrations'),
    });
  });

  it('verifies "Rollback tested" when the drill passed; a person may still tick it without one', async () => {
    const item = async (o: Partial<EvaluationInput>) => (await run(o)).checklist.find((l) => l.item.id === 'rollback-tested');
    expect(await item({ drill: passed })).toMatchObject({ state: 'verified' });
    expect(await item({ drill: failed })).toMatchObject({ state: 'open' });
    const ticked = await item({ ticks: [{ item: 'rollback-tested', by: 'octocat', allowed: true }] });
    expect(ticked).toMatchObject({ state: 'ticked', by: 'octocat' });
  });

  it('shows the drill in the comment, from the run or from the Markdown recorded for the head', async () => {
    const run1 = await run({ drill: { ...passed, markdown: '### Rollback drill\n\n| Migration | Result |\n|---|---|\n| `migrations/1.up` | ✅ pass |' } });
    expect(renderMarkdown(run1)).toContain('| `migrations/1.up` | ✅ pass |');
  });
});

describe('the plan skeleton with a drill', () => {
  it('pre-fills "Data considerations" with what the drill measured a rollback would lose', async () => {
    const { sectionBody } = await import('../../src/core/render/plan-skeleton');
    const evaluation = await run({
      drill: {
        passed: true,
        summary: 'Rehearsed 1 migration on PGlite: 1 passed.',
        run: {
          engine: 'pglite',
          serverVersion: 'PostgreSQL 18.6',
          base: { migrations: 1, ms: 10, reused: false },
          notices: [],
          totalMs: 100,
          migrations: [
            {
              path: 'migrations/1.up',
              framework: 'golang-migrate',
              result: 'pass',
              statements: [],
              notes: [],
              lostOnRollback: ['values written to column users.age (the down drops it)'],
            },
          ],
        },
      },
    });
    expect(sectionBody('data', evaluation, {}).join('\n')).toContain(
      'Written after the deploy and lost by a rollback (measured by the rollback drill):\n- `migrations/1.up`: values written to column users.age (the down drops it)',
    );
  });
});
