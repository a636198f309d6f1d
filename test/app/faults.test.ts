// The App under GitHub's real faults, many seeds: a fifth of requests fail with 502s, secondary
// rate limits, or writes that land but whose answer is lost (GitHub's 502-after-write). Two
// replicas, deliveries racing, latency. Every seed ends with one completed check run on the head,
// one sticky comment and one reply per command, and every failure given up on is in the log with
// the pull request and the request. And the failure the issue reported: a POST /check-runs that
// keeps failing is logged, and the re-check completes the pull request once GitHub answers again.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../support/emulator/index';
import { headShown } from '../../src/runner/comment-body';
import {
  adjustRepository,
  CHECK,
  DROP_COLUMN_PR,
  examplePayload,
  makeServiceRepo,
  MARKER,
  pullRequestPayload,
  rsaPrivateKey,
  waitFor,
  type ServiceRepo,
} from '../runner/fixture';
import { commitBranches, inProcessReplica, seeded, type Replica } from './in-process';

const SEEDS = 8;
let repo: ServiceRepo;
let emu: Emulator;
let heads: Map<string, string>;
let baseSha: string;
let replicas: Replica[];
let key: string;

beforeAll(async () => {
  repo = makeServiceRepo();
  repo.branch('drop-email', 'main', DROP_COLUMN_PR);
  heads = commitBranches(repo.dir, repo.sha('drop-email'), [...Array.from({ length: SEEDS }, (_, i) => `fault-${i + 1}`), 'stuck']);
  baseSha = repo.sha('main');
  emu = await startEmulator({ repoDir: repo.dir, validate: false });
  key = rsaPrivateKey();
  // A lease whose answer was lost is taken over after its time to live: short here, as are the backoffs.
  const options = { lease: { ttlMs: 2000, pollMs: 40 }, writes: { baseMs: 10 }, recheckMs: 300 };
  replicas = [await inProcessReplica(emu, key, 'a', options), await inProcessReplica(emu, key, 'b', options)];
});

afterAll(async () => {
  await emu?.close();
  repo?.cleanup();
});

const coords = () => ({ owner: emu.owner, repo: emu.repo, installationId: 424242 });

function commandPayload(n: number, body: string, login: string) {
  const human = emu.addComment(n, body, login);
  const payload = adjustRepository(examplePayload('issue_comment', 'created'), coords());
  payload.issue = { ...payload.issue, number: n, pull_request: { url: `${emu.url}/repos/${emu.owner}/${emu.repo}/pulls/${n}` } };
  payload.comment = { ...payload.comment, id: human.id, body, user: { ...payload.comment.user, login, type: 'User' } };
  payload.sender = { ...payload.sender, login, type: 'User' };
  return { payload, id: human.id };
}

const settled = (n: number, sha: string) =>
  emu.state.checkRuns.some((c) => c.head_sha === sha && c.name === CHECK && c.status === 'completed') &&
  headShown(emu.state.comments.find((c) => c.issue_number === n && c.body.includes(MARKER))?.body) === sha &&
  !emu.state.reactions.some((x) => x.issue_number === n);

describe('the App under 502s, secondary rate limits and lost answers', () => {
  it(`converges for each of ${SEEDS} seeds, and logs every give-up with the pull request and the request`, { timeout: 180_000 }, async () => {
    let landedLost = 0;
    for (let seed = 1; seed <= SEEDS; seed++) {
      const rand = seeded(seed);
      const t0 = Date.now();
      const head = `fault-${seed}`;
      const sha = heads.get(head)!;
      const pr = emu.createPullRequest({ head, base: 'main', body: `Seed ${seed}.` });
      const help = commandPayload(pr.number, '/rollback help', 'reviewer');
      emu.resetRequests();
      emu.injectFaults({ rate: 0.2, kinds: ['502', 'secondary-rate-limit', 'lost-answer'], seed, latencyMs: 2, jitterMs: 15 });
      const logsBefore = replicas.map((r) => r.logs.length);
      let failures: unknown[];
      try {
        const deliveries: [string, unknown][] = [
          ...['opened', 'synchronize', 'edited', 'synchronize', 'reopened'].map((a): [string, unknown] => [
            'pull_request',
            pullRequestPayload(a, { number: pr.number, head, base: 'main', headSha: sha, baseSha }, coords()),
          ]),
          // The same command delivered to both replicas (a redelivery): answered once.
          ['issue_comment', help.payload],
          ['issue_comment', help.payload],
          ['issue_comment', commandPayload(pr.number, '/rollback check', 'reviewer').payload],
        ];
        failures = (await Promise.all(deliveries.map(([event, payload], i) => replicas[(i + Math.floor(rand() * 2)) % 2]!.deliver(event, payload)))).filter(
          (e) => e !== undefined,
        );
        // A delivery that gave up is completed by the re-check.
        await waitFor(() => settled(pr.number, sha), `seed ${seed} to settle`, 120_000);
      } finally {
        emu.injectFaults(null);
      }
      landedLost += emu.requests.filter((r) => r.landed).length;
      if (process.env.DEBUG_APP)
        console.log('seed', seed, Date.now() - t0, 'ms', emu.requests.length, 'requests', emu.requests.filter((r) => r.fault).length, 'faults');
      const runs = emu.state.checkRuns.filter((c) => c.head_sha === sha && c.name === CHECK);
      expect(runs, `seed ${seed}`).toHaveLength(1);
      expect(runs[0]).toMatchObject({ status: 'completed', conclusion: 'failure' });
      expect(
        emu.state.comments.filter((c) => c.issue_number === pr.number && c.body.includes(MARKER)),
        `seed ${seed}`,
      ).toHaveLength(1);
      expect(
        emu.state.comments.filter((c) => c.issue_number === pr.number && c.body.includes(`rollback-ready:reply:${help.id}`)),
        `seed ${seed}`,
      ).toHaveLength(1);
      const newLogs = replicas.flatMap((r, i) => r.logs.slice(logsBefore[i]));
      const gaveUp = newLogs.filter((l) => l.includes('gave up'));
      expect(gaveUp.length, `seed ${seed}: ${failures.length} failed deliveries`).toBeGreaterThanOrEqual(failures.length);
      for (const line of gaveUp) expect(line).toMatch(new RegExp(`acme/widgets#${pr.number}\\b`));
    }
    if (process.env.DEBUG_APP)
      console.log(
        replicas
          .flatMap((r) => r.logs)
          .filter((l) => /gave up|took over|duplicate|runs on/.test(l))
          .map((l) => l.slice(0, 250))
          .join('\n'),
      );
    // The faults did hit writes whose answer was lost.
    expect(landedLost).toBeGreaterThan(0);
  });

  it('a POST /check-runs that keeps failing is logged with the pull request and the request; the re-check completes it', async () => {
    const stubborn = await inProcessReplica(emu, key, 'c', { attempts: 1, writes: { attempts: 2, baseMs: 10 }, recheckMs: 300 });
    const sha = heads.get('stuck')!;
    const pr = emu.createPullRequest({ head: 'stuck', base: 'main' });
    emu.injectFaults({ rate: 1, kinds: ['502'], only: /^\/repos\/acme\/widgets\/check-runs$/ });
    const failure = await stubborn.deliver(
      'pull_request',
      pullRequestPayload('opened', { number: pr.number, head: 'stuck', base: 'main', headSha: sha, baseSha }, coords()),
    );
    expect(failure).toBeDefined();
    const line = stubborn.logs.find((l) => l.startsWith('ERROR') && l.includes('gave up'));
    expect(line).toContain(`acme/widgets#${pr.number}`);
    expect(line).toContain('POST /repos/acme/widgets/check-runs failed 2 times (last answer 502)');
    expect(line).toMatch(/Evaluating it again in \d+ s/);
    emu.injectFaults(null);
    await waitFor(() => settled(pr.number, sha), 'the re-check to complete it');
    expect(emu.state.checkRuns.filter((c) => c.head_sha === sha && c.name === CHECK)).toMatchObject([{ status: 'completed', conclusion: 'failure' }]);
  });
});
