// The Action when workflow runs overlap (a push and a comment at once) and when GitHub fails: two
// concurrent runs for one pull request leave one comment and one completed check run; under 502s,
// secondary rate limits and lost answers, seed after seed, every run ends with one completed check
// run and one comment; and with a personal access token the Action still knows its own comment, so
// ticks in it are recorded.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../support/emulator/index';
import { decodeCommentState, ticksFromAttestations } from '../../src/runner/attestations';
import { headShown } from '../../src/runner/comment-body';
import { commitBranches } from '../app/in-process';
import { adjustRepository, CHECK, DROP_COLUMN_PR, examplePayload, makeServiceRepo, MARKER, pullRequestPayload, type ServiceRepo } from '../runner/fixture';
import { runShippedAction, shipAction, type ActionRun } from '../helpers/action-runner';

const SEEDS = 8;
const ENV = { RETRY_AFTER_BASE_MS: '10', LEASE_TTL_MS: '8000' };
let repo: ServiceRepo;
let emu: Emulator;
let shipped: ReturnType<typeof shipAction>;
let heads: Map<string, string>;
let baseSha: string;

beforeAll(async () => {
  repo = makeServiceRepo();
  repo.branch('drop-email', 'main', DROP_COLUMN_PR);
  heads = commitBranches(repo.dir, repo.sha('drop-email'), ['together', 'pat', ...Array.from({ length: SEEDS }, (_, i) => `action-fault-${i + 1}`)]);
  baseSha = repo.sha('main');
  emu = await startEmulator({ repoDir: repo.dir, botLogin: 'github-actions[bot]', validate: false, tokens: { ghp_personal: 'release-bot' } });
  shipped = shipAction();
});

afterAll(async () => {
  await emu?.close();
  repo?.cleanup();
  shipped?.cleanup();
});

const api = () => ({ url: emu.url, owner: emu.owner, repo: emu.repo });
const prEvent = (n: number, head: string) =>
  pullRequestPayload('synchronize', { number: n, head, base: 'main', headSha: heads.get(head)!, baseSha }, { owner: emu.owner, repo: emu.repo });

function commentEvent(n: number, body: string, login: string) {
  const human = emu.addComment(n, body, login);
  const payload = adjustRepository(examplePayload('issue_comment', 'created'), { owner: emu.owner, repo: emu.repo });
  payload.issue = { ...payload.issue, number: n, pull_request: { url: `${emu.url}/repos/${emu.owner}/${emu.repo}/pulls/${n}` } };
  payload.comment = { ...payload.comment, id: human.id, body, user: { ...payload.comment.user, login, type: 'User' } };
  payload.sender = { ...payload.sender, login, type: 'User' };
  return payload;
}

/** A push and a `/rollback check` comment for the same pull request, run at once. */
const pushAndComment = (n: number, head: string, inputs: Record<string, string> = {}) =>
  Promise.all([
    runShippedAction(shipped.dir, api(), 'pull_request', prEvent(n, head), inputs, ENV),
    runShippedAction(shipped.dir, api(), 'issue_comment', commentEvent(n, '/rollback check', 'reviewer'), inputs, ENV),
  ]);

function expectOne(n: number, head: string, why: string) {
  const sha = heads.get(head)!;
  const runs = emu.state.checkRuns.filter((c) => c.head_sha === sha && c.name === CHECK);
  expect(runs, why).toHaveLength(1);
  expect(runs[0], why).toMatchObject({ status: 'completed', conclusion: 'failure' });
  const comments = emu.state.comments.filter((c) => c.issue_number === n && c.body.includes(MARKER));
  expect(comments, why).toHaveLength(1);
  expect(headShown(comments[0]!.body), why).toBe(sha);
}

const gaveUp = (run: ActionRun) => run.stdout.split('\n').filter((l) => l.includes('gave up'));

describe('concurrent runs of the Action (dist/action/index.js under Node 24)', () => {
  it('a push and a comment at once leave one comment and one completed check run', async () => {
    const pr = emu.createPullRequest({ head: 'together', base: 'main' });
    const runs = await pushAndComment(pr.number, 'together');
    expect(runs.map((r) => r.outputs.verdict)).toEqual(['fail', 'fail']);
    expectOne(pr.number, 'together', runs.map((r) => r.stdout).join('\n'));
    expect(emu.state.reactions.filter((r) => r.issue_number === pr.number)).toEqual([]);
  });

  it(
    `converge under 502s, secondary rate limits and lost answers, ${SEEDS} seeds; a give-up names the pull request and the request`,
    { timeout: 240_000 },
    async () => {
      // Each seed's run has its own token, and the faults their own seeded stream: the seeds run side
      // by side (each Action run is a Node process that compiles the SQL parser: CPU is the cost).
      const seeds = Array.from({ length: SEEDS }, (_, i) => i + 1);
      const token = (seed: number) => `ghs_seed${seed}`;
      const prs = new Map(seeds.map((seed) => [seed, emu.createPullRequest({ head: `action-fault-${seed}`, base: 'main' })]));
      emu.resetRequests();
      emu.injectFaults(
        seeds
          .map((seed) => ({ rate: 0.2, kinds: ['502', 'secondary-rate-limit', 'lost-answer'] as const, seed, latencyMs: 2, jitterMs: 15, token: token(seed) }))
          .map((f) => ({ ...f, kinds: [...f.kinds] })),
      );
      let results: ActionRun[][];
      try {
        results = await Promise.all(
          seeds.map((seed) =>
            runShippedAction(
              shipped.dir,
              api(),
              'pull_request',
              prEvent(prs.get(seed)!.number, `action-fault-${seed}`),
              { 'github-token': token(seed) },
              ENV,
            ).then((run) => [run]),
          ),
        );
      } finally {
        emu.injectFaults(null);
      }
      expect(emu.requests.filter((r) => r.landed).length).toBeGreaterThan(0);
      for (const seed of seeds) {
        const pr = prs.get(seed)!;
        const head = `action-fault-${seed}`;
        const runs = results[seed - 1]!;
        for (const run of runs) {
          // Each run either reported the verdict or said, naming the pull request, what it gave up on.
          if (run.outputs.verdict) expect(run.outputs.verdict).toBe('fail');
          else expect(gaveUp(run).join('\n'), run.stdout).toMatch(new RegExp(`gave up on #${pr.number}: .*((GET|POST|PATCH|DELETE) /|lease)`));
        }
        // A run that gave up is completed by the next one (a re-run of the workflow).
        if (runs.some((r) => !r.outputs.verdict)) await runShippedAction(shipped.dir, api(), 'pull_request', prEvent(pr.number, head), {}, ENV);
        expectOne(pr.number, head, `seed ${seed}:\n${runs.map((r) => r.stdout).join('\n')}`);
      }
    },
  );

  it('with a personal access token it knows its own comment: a tick in it is recorded', async () => {
    const pat = { 'github-token': 'ghp_personal' };
    emu.setPermission('mia', 'write');
    const pr = emu.createPullRequest({ head: 'pat', base: 'main' });
    expect((await runShippedAction(shipped.dir, api(), 'pull_request', prEvent(pr.number, 'pat'), pat, ENV)).outputs.verdict).toBe('fail');
    const sticky = emu.state.comments.find((c) => c.issue_number === pr.number && c.body.includes(MARKER))!;
    expect(sticky.user.login).toBe('release-bot');
    const { before, comment } = emu.editComment(sticky.id, (b) => b.replace(/- \[ \] (.*rollback-ready:item:backup)/, '- [x] $1'));
    const edited = (sender: string) => {
      const payload = adjustRepository(examplePayload('issue_comment', 'edited'), { owner: emu.owner, repo: emu.repo });
      payload.issue = { ...payload.issue, number: pr.number, pull_request: { url: `${emu.url}/repos/${emu.owner}/${emu.repo}/pulls/${pr.number}` } };
      payload.comment = {
        ...payload.comment,
        id: sticky.id,
        body: comment.body,
        updated_at: comment.updated_at,
        user: { ...payload.comment.user, login: 'release-bot', type: 'User' },
      };
      payload.changes = { body: { from: before } };
      payload.sender = { ...payload.sender, login: sender, type: 'User' };
      return payload;
    };
    // (Its own edits of the comment, sent back as deliveries by the token's user, are left alone:
    // see test/runner/route-event.test.ts.)
    const tick = await runShippedAction(shipped.dir, api(), 'issue_comment', edited('mia'), pat, ENV);
    expect(tick.outputs.verdict, tick.stdout).toBe('fail');
    const body = emu.state.comments.find((c) => c.id === sticky.id)!.body;
    expect(ticksFromAttestations(decodeCommentState(body).attestations)).toEqual([{ item: 'backup', by: 'mia', allowed: true }]);
    expect(body).toMatch(/- \[x\] .*attested by @mia/);
  });
});
