// Three replicas of the App started as users start it (`npm start`), one emulated GitHub with
// latency: ten rounds of 50 concurrent deliveries for one pull request (opened, synchronize,
// edited, comments with and without a command), split between the replicas at random. In half
// the rounds the head moves mid-way; in the last five a fifth of API requests fail (500, 502,
// secondary rate limits). Every round ends with exactly one sticky comment and one completed
// check run on the final head, showing that head's report, and no check run left in progress.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../support/emulator/index';
import { headShown } from '../../src/runner/comment-body';
import {
  adjustRepository,
  CHECK,
  deliver,
  DROP_COLUMN_PR,
  examplePayload,
  makeServiceRepo,
  MARKER,
  pullRequestPayload,
  rsaPrivateKey,
  waitFor,
  type ServiceRepo,
} from '../runner/fixture';
import { commitBranches, seeded } from './in-process';
import { ensureDist } from '../helpers/built';

// `npm start` runs the built App: dist/ as src/ says.
ensureDist();

const SECRET = 'replicas-secret';
const ROUNDS = 10;
const DELIVERIES = 50;
let repo: ServiceRepo;
let emu: Emulator;
let heads: Map<string, string>;
let baseSha: string;
const replicas: { child: ChildProcess; url?: string; logs: string }[] = [];

beforeAll(async () => {
  repo = makeServiceRepo();
  repo.branch('drop-email', 'main', DROP_COLUMN_PR);
  const branches = Array.from({ length: ROUNDS }, (_, i) => [`round-${i + 1}`, `round-${i + 1}-v2`]).flat();
  heads = commitBranches(repo.dir, repo.sha('drop-email'), branches);
  baseSha = repo.sha('main');
  emu = await startEmulator({ repoDir: repo.dir, validate: false });
  const key = rsaPrivateKey();
  for (let i = 0; i < 3; i++) {
    const child = spawn('npm', ['start', '--silent'], {
      cwd: resolve('.'),
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: {
        PATH: process.env.PATH,
        HOME: process.env.HOME,
        APP_ID: '12345',
        PRIVATE_KEY: key,
        WEBHOOK_SECRET: SECRET,
        GHE_HOST: new URL(emu.url).host,
        GHE_PROTOCOL: 'http',
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        LOG_FORMAT: 'json',
        RETRY_AFTER_BASE_MS: '20',
        WRITE_SPACING_MS: '0',
        LEASE_TTL_MS: '8000',
        RECHECK_AFTER_MS: '500',
        // No .env from the working tree: this test sets everything.
        ENV_FILE: '/nonexistent/.env',
      },
    });
    const replica = { child, logs: '' as string, url: undefined as string | undefined };
    child.stdout!.on('data', (d: Buffer) => (replica.logs += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (replica.logs += d.toString()));
    replicas.push(replica);
  }
  for (const r of replicas) r.url = await waitFor(() => /listening on (http:\/\/\S+)/.exec(r.logs)?.[1], `a replica to listen (${r.logs})`);
}, 60_000);

afterAll(async () => {
  for (const r of replicas) if (r.child.pid) process.kill(-r.child.pid, 'SIGTERM');
  await emu?.close();
  repo?.cleanup();
});

const coords = () => ({ owner: emu.owner, repo: emu.repo, installationId: 424242 });
const ACTIONS = ['opened', 'synchronize', 'edited', 'comment', 'command'];

function commentPayload(n: number, body: string, login: string) {
  const human = emu.addComment(n, body, login);
  const payload = adjustRepository(examplePayload('issue_comment', 'created'), coords());
  payload.issue = { ...payload.issue, number: n, pull_request: { url: `${emu.url}/repos/${emu.owner}/${emu.repo}/pulls/${n}` } };
  payload.comment = { ...payload.comment, id: human.id, body, user: { ...payload.comment.user, login, type: 'User' } };
  payload.sender = { ...payload.sender, login, type: 'User' };
  return payload;
}

async function round(r: number): Promise<void> {
  const rand = seeded(r);
  const moves = r % 2 === 0;
  const faulty = r > ROUNDS / 2;
  const first = `round-${r}`;
  const final = moves ? `round-${r}-v2` : first;
  const pr = emu.createPullRequest({ head: first, base: 'main', body: `Round ${r}.` });
  emu.resetRequests();
  emu.injectFaults(
    faulty ? { rate: 0.2, kinds: ['500', '502', 'secondary-rate-limit'], seed: r, latencyMs: 2, jitterMs: 20 } : { latencyMs: 2, jitterMs: 20, seed: r },
  );
  const sent: Promise<{ status: number }>[] = [];
  try {
    for (let i = 0; i < DELIVERIES; i++) {
      if (moves && i === DELIVERIES / 2) emu.updatePullRequest(pr.number, { head: final, body: `Round ${r}, second push.` });
      const head = emu.state.pulls.get(pr.number)!.head;
      const kind = ACTIONS[Math.floor(rand() * ACTIONS.length)]!;
      const replica = replicas[Math.floor(rand() * replicas.length)]!;
      const [event, payload] =
        kind === 'comment'
          ? ['issue_comment', commentPayload(pr.number, 'Looks fine to me.', 'reviewer')]
          : kind === 'command'
            ? ['issue_comment', commentPayload(pr.number, '/rollback check', 'reviewer')]
            : ['pull_request', pullRequestPayload(kind, { number: pr.number, head, base: 'main', headSha: heads.get(head)!, baseSha }, coords())];
      sent.push(deliver(replica.url!, SECRET, event, payload));
      if (rand() < 0.3) await new Promise((res) => setTimeout(res, rand() * 20));
    }
    const statuses = (await Promise.all(sent)).map((s) => s.status);
    expect(
      statuses.filter((s) => s !== 200 && s !== 202 && s !== 500),
      `round ${r}`,
    ).toEqual([]);
    const sha = heads.get(final)!;
    const ours = () => emu.state.checkRuns.filter((c) => c.head_sha === sha && c.name === CHECK);
    const sticky = () => emu.state.comments.filter((c) => c.issue_number === pr.number && c.body.includes(MARKER));
    // Settled: the final head's run completed, the comment shows that head, every lease given back.
    await waitFor(
      () =>
        ours().some((c) => c.status === 'completed') && headShown(sticky()[0]?.body) === sha && !emu.state.reactions.some((x) => x.issue_number === pr.number),
      `round ${r} to settle`,
      60_000,
    );
  } finally {
    emu.injectFaults(null);
  }
  const sha = heads.get(final)!;
  const runs = emu.state.checkRuns.filter((c) => c.head_sha === sha && c.name === CHECK);
  expect(runs, `round ${r}: one run on the final head`).toHaveLength(1);
  expect(runs[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
  const comments = emu.state.comments.filter((c) => c.issue_number === pr.number && c.body.includes(MARKER));
  expect(comments, `round ${r}: one sticky comment`).toHaveLength(1);
  expect(headShown(comments[0]!.body)).toBe(sha);
  expect(comments[0]!.body).toContain(`head ${sha.slice(0, 7)}`);
  expect(comments[0]!.body).toContain('drop-column');
  if (moves) {
    // The first head's run completed too (with its own report), never left in progress.
    const old = emu.state.checkRuns.filter((c) => c.head_sha === heads.get(first) && c.name === CHECK);
    expect(old.length, `round ${r}: runs on the first head`).toBeLessThanOrEqual(1);
    expect(old.every((c) => c.status === 'completed')).toBe(true);
  }
  // `/rollback check` is answered with a reaction, never a reply; nothing else was posted.
  expect(emu.state.comments.filter((c) => c.issue_number === pr.number && c.user.login === 'rollback-ready[bot]')).toHaveLength(1);
  if (faulty) expect(emu.requests.some((q) => q.fault)).toBe(true);
}

describe('three replicas (npm start ×3), 50 concurrent deliveries per round', () => {
  it(`converge on one comment and one completed check run on the final head, ${ROUNDS} rounds`, { timeout: 240_000 }, async () => {
    for (let r = 1; r <= ROUNDS; r++) await round(r);
    const logs = replicas.map((x) => x.logs).join('\n');
    if (process.env.DEBUG_APP)
      console.log(
        logs
          .split('\n')
          .filter((l) => /gave up|took over|duplicate|runs on/.test(l))
          .map((l) => l.slice(0, 300))
          .join('\n'),
      );
    // Every give-up is logged with the pull request and the request that failed.
    for (const line of logs.split('\n').filter((l) => l.includes('gave up'))) expect(line).toMatch(/acme\/widgets#\d+.*(GET|POST|PATCH|DELETE) \//);
    expect(emu.validationErrors).toEqual([]);
  });
});
