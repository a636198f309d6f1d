// The Action's `mode: drill` end to end: the shipped dist/action/ under Node 24 (no node_modules, PGlite
// from that folder), against the GitHub API emulator, reading the migrations from the checked-out
// repository. One check run shows the drill with every other gate; the job summary shows its table.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../support/emulator/index';
import { runShippedAction, shipAction } from '../helpers/action-runner';
import { CHECK, makeServiceRepo, MARKER, pullRequestPayload, type ServiceRepo } from '../runner/fixture';

let repo: ServiceRepo;
let emu: Emulator;
let shipped: { dir: string; cleanup(): void };

beforeAll(async () => {
  repo = makeServiceRepo();
  // The down misspells the index the up creates on an existing column: the drill finds the drift.
  repo.branch('nickname', 'main', {
    'db/migrations/000002_nickname.up.sql': 'ALTER TABLE users ADD COLUMN nickname text;\nCREATE INDEX users_email_idx ON users (email);\n',
    'db/migrations/000002_nickname.down.sql': 'ALTER TABLE users DROP COLUMN nickname;\nDROP INDEX IF EXISTS user_email_idx;\n',
  });
  repo.branch('age', 'main', {
    'db/migrations/000002_age.up.sql': 'ALTER TABLE users ADD COLUMN age integer;\n',
    'db/migrations/000002_age.down.sql': 'ALTER TABLE users DROP COLUMN age;\n',
  });
  emu = await startEmulator({ repoDir: repo.dir, botLogin: 'github-actions[bot]' });
  shipped = shipAction();
});

afterAll(async () => {
  await emu?.close();
  repo?.cleanup();
  shipped?.cleanup();
});

const payloadFor = (n: number) => {
  const pr = emu.state.pulls.get(n)!;
  return pullRequestPayload(
    'synchronize',
    { number: n, head: pr.head, base: pr.base, headSha: repo.sha(pr.head), baseSha: repo.sha(pr.base) },
    { owner: emu.owner, repo: emu.repo },
  );
};

const api = () => ({ url: emu.url, owner: emu.owner, repo: emu.repo });

describe('the Action with mode: drill', () => {
  it('rehearses the migrations, fails the drill gate on drift and shows the drill table in the check run and the job summary', async () => {
    const pr = emu.createPullRequest({ head: 'nickname', base: 'main', body: 'Add a nickname.' });
    // V8 traces every WebAssembly function it compiles (to stdout): PGlite and the SQL parser stay on
    // its baseline compiler. Node 24's optimising recompile of them took 1.3 GB and doubled the run.
    const run = await runShippedAction(shipped.dir, api(), 'pull_request', payloadFor(pr.number), { mode: 'drill', 'working-directory': repo.dir }, {}, [
      '--trace-wasm-compilation-times',
    ]);
    expect(run.status, run.stderr).toBe(1);
    expect(run.stdout).toContain('using Liftoff');
    expect(run.stdout.split('\n').filter((l) => l.includes('using TurboFan'))).toEqual([]);
    expect(run.stdout).toContain('rehearsing the migrations');
    expect(run.stdout).toContain('Rehearsed 1 migration on PGlite');

    const checks = emu.state.checkRuns.filter((r) => r.head_sha === repo.sha('nickname') && r.name === CHECK);
    expect(checks).toHaveLength(1);
    const check = checks[0]!;
    expect(check.conclusion).toBe('failure');
    expect(check.output.summary).toMatch(/Rollback drill \| Rehearsed 1 migration on PGlite .*drill-schema-drift/);
    expect(check.output.text).toContain('### Rollback drill');
    expect(check.output.text).toContain('| `db/migrations/000002_nickname.up.sql` | ❌ fail |');
    expect(check.output.text).toContain('AccessExclusive on users (blocks reads and writes)');
    expect(check.annotations).toContainEqual(expect.objectContaining({ path: 'db/migrations/000002_nickname.down.sql', title: 'drill-schema-drift' }));

    expect(run.summary).toContain('### Rollback drill');
    expect(run.summary).toContain('| Migration | Result | Up | Down | Up again |');
    expect(run.summary).toContain('index users_email_idx exists after the down but did not before the up');

    // The drill gate fails alone: the drift is not counted again by the findings gate.
    const report = run.report!;
    expect(report.gates.find((g) => g.id === 'drill')?.status).toBe('fail');
    expect(report.gates.find((g) => g.id === 'findings')?.status).toBe('pass');

    // A later evaluation of the same head (mode: check, e.g. after a description edit) keeps the drill's outcome.
    const check2 = await runShippedAction(shipped.dir, api(), 'pull_request', payloadFor(pr.number), { mode: 'check' });
    expect(check2.status).toBe(1);
    const again = emu.state.checkRuns.filter((r) => r.head_sha === repo.sha('nickname') && r.name === CHECK);
    expect(again).toHaveLength(1);
    expect(again[0]!.output.text).toContain('index users_email_idx exists after the down');
    const comments = emu.state.comments.filter((c) => c.issue_number === pr.number && c.body.includes(MARKER));
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain('<!-- rollback-ready:drill ');
  });

  it('passes the drill gate for a migration whose down undoes it', async () => {
    const pr = emu.createPullRequest({ head: 'age', base: 'main', body: 'Add an age.' });
    const run = await runShippedAction(shipped.dir, api(), 'pull_request', payloadFor(pr.number), { mode: 'drill', 'working-directory': repo.dir });
    const report = run.report!;
    expect(report.gates.find((g) => g.id === 'drill')).toMatchObject({ status: 'pass', message: expect.stringContaining('1 passed') });
    expect(run.summary).toContain('values written to column users.age (the down drops it)');
  });

  it('says how to check the repository out when the history is missing', async () => {
    const pr = emu.createPullRequest({ head: 'age', base: 'main', body: 'Again.' });
    const { mkdtempSync } = await import('node:fs');
    const { tmpdir } = await import('node:os');
    const { join } = await import('node:path');
    const empty = mkdtempSync(join(tmpdir(), 'rr-no-checkout-'));
    const run = await runShippedAction(shipped.dir, api(), 'pull_request', payloadFor(pr.number), { mode: 'drill', 'working-directory': empty });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('fetch-depth: 0');
  });
});
