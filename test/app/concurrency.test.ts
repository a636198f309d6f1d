// Racing deliveries for one pull request, with and without a flaky GitHub: one sticky comment,
// one check run per head SHA, and the last state published.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/index';
import { CHECK, deliver, DROP_COLUMN_PR, makeServiceRepo, MARKER, pullRequestPayload, rsaPrivateKey, waitFor, type ServiceRepo } from '../runner/fixture';

const SECRET = 'concurrency-secret';
let repo: ServiceRepo;
let emu: Emulator;
let app: ChildProcess;
let hookUrl: string;
let logs = '';

beforeAll(async () => {
  repo = makeServiceRepo();
  repo.branch('drop-email', 'main', DROP_COLUMN_PR);
  repo.branch('drop-email-v2', 'drop-email', { 'src/users.js': 'export const users = ["v2"];\n' });
  emu = await startEmulator({ repoDir: repo.dir });
  app = spawn(process.execPath, [resolve('dist/app.js')], {
    env: {
      PATH: process.env.PATH,
      APP_ID: '12345',
      PRIVATE_KEY: rsaPrivateKey(),
      WEBHOOK_SECRET: SECRET,
      GHE_HOST: new URL(emu.url).host,
      GHE_PROTOCOL: 'http',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      RETRY_AFTER_BASE_MS: '20',
      // The emulator needs no second between writes (GitHub asks for it; the default keeps it).
      WRITE_SPACING_MS: '0',
      // Whatever .env the working tree holds, this test sets everything.
      ENV_FILE: '/nonexistent/.env',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  app.stdout!.on('data', (d: Buffer) => (logs += d.toString()));
  app.stderr!.on('data', (d: Buffer) => (logs += d.toString()));
  hookUrl = await waitFor(() => /listening on (http:\/\/\S+)/.exec(logs)?.[1], 'the app to listen');
});

afterAll(async () => {
  if (process.env.DEBUG_APP) console.log(logs);
  app?.kill('SIGTERM');
  await emu?.close();
  repo?.cleanup();
});

const coords = () => ({ owner: emu.owner, repo: emu.repo, installationId: 424242 });
const payloadFor = (action: string, n: number) => {
  const pr = emu.state.pulls.get(n)!;
  return pullRequestPayload(action, { number: n, head: pr.head, base: pr.base, headSha: repo.sha(pr.head), baseSha: repo.sha(pr.base) }, coords());
};
const ACTIONS = ['opened', 'synchronize', 'edited', 'reopened', 'ready_for_review'];

describe('20 racing deliveries for one pull request', () => {
  it('leave exactly one sticky comment and a final check run on the last head', async () => {
    const pr = emu.createPullRequest({ head: 'drop-email', base: 'main' });
    const first = Array.from({ length: 10 }, (_, i) => deliver(hookUrl, SECRET, 'pull_request', payloadFor(ACTIONS[i % 5]!, pr.number)));
    await new Promise((r) => setTimeout(r, 30));
    emu.updatePullRequest(pr.number, { head: 'drop-email-v2', body: 'Second version.' });
    const second = Array.from({ length: 10 }, (_, i) => deliver(hookUrl, SECRET, 'pull_request', payloadFor(ACTIONS[i % 5]!, pr.number)));
    const statuses = (await Promise.all([...first, ...second])).map((r) => r.status);
    expect(statuses.every((s) => s === 200 || s === 202)).toBe(true);

    const finalSha = repo.sha('drop-email-v2');
    const final = await waitFor(
      () => emu.state.checkRuns.find((r) => r.head_sha === finalSha && r.name === CHECK && r.status === 'completed'),
      'the final check run',
    );
    await waitFor(() => emu.state.comments.some((c) => c.issue_number === pr.number && c.body.includes(`head ${finalSha.slice(0, 7)}`)), 'the final comment');
    expect(final.conclusion).toBe('failure');
    expect(emu.state.checkRuns.filter((r) => r.head_sha === finalSha && r.name === CHECK)).toHaveLength(1);
    expect(emu.state.checkRuns.filter((r) => r.head_sha === repo.sha('drop-email') && r.name === CHECK).length).toBeLessThanOrEqual(1);
    expect(emu.state.comments.filter((c) => c.issue_number === pr.number && c.body.includes(MARKER))).toHaveLength(1);
    expect(emu.validationErrors).toEqual([]);
  });

  it('with 20% of API requests failing (5xx, secondary rate limit) every evaluation completes, without duplicates', async () => {
    const prs = [emu.createPullRequest({ head: 'drop-email', base: 'main' }), emu.createPullRequest({ head: 'drop-email-v2', base: 'main' })];
    emu.resetRequests();
    emu.injectFaults({ rate: 0.2, kinds: ['500', '502', 'secondary-rate-limit'], seed: 7, retryAfter: 1 });
    try {
      const deliveries = Array.from({ length: 20 }, (_, i) => deliver(hookUrl, SECRET, 'pull_request', payloadFor(ACTIONS[i % 5]!, prs[i % 2]!.number)));
      const results = await Promise.all(deliveries);
      expect(results.map((r) => r.status).filter((s) => s !== 200 && s !== 202)).toEqual([]);
      for (const pr of prs) {
        await waitFor(
          () => emu.state.comments.filter((c) => c.issue_number === pr.number && c.body.includes(MARKER)).length === 1,
          `the comment on #${pr.number}`,
        );
      }
    } finally {
      emu.injectFaults(null);
    }
    expect(emu.requests.filter((r) => r.fault).length).toBeGreaterThan(0);
    for (const pr of prs) {
      expect(emu.state.comments.filter((c) => c.issue_number === pr.number && c.body.includes(MARKER))).toHaveLength(1);
    }
    for (const branch of ['drop-email', 'drop-email-v2']) {
      const runs = emu.state.checkRuns.filter((r) => r.head_sha === repo.sha(branch) && r.name === CHECK);
      expect(runs).toHaveLength(1);
      expect(runs[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
    }
  });
});
