// Ticks never lost: 100 seeded interleavings of ticks, unticks, description edits and re-renders,
// delivered to two replicas of the App in random order and with random delays. People edit the
// sticky comment the way GitHub's editor does (on the body as it is, refusing stale saves), each
// edit a second after the previous one in GitHub's time (its timestamps have one-second
// precision); everything else races freely. After each interleaving's deliveries settle, every
// item shows the last thing a person did to it: ticked and counted for someone allowed to attest,
// ticked and shown as not counted for someone who is not, unticked otherwise.
//
// Ten pull requests side by side, ten interleavings each in turn (each one starts from where the
// previous one left the comment).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../support/emulator/index';
import { decodeCommentState, ticksFromAttestations } from '../../src/runner/attestations';
import {
  adjustRepository,
  DROP_COLUMN_PR,
  examplePayload,
  makeServiceRepo,
  MARKER,
  pullRequestPayload,
  rsaPrivateKey,
  type ServiceRepo,
} from '../runner/fixture';
import { commitBranches, inProcessReplica, seeded, type Replica } from './in-process';

const PULL_REQUESTS = 10;
const ROUNDS = Number(process.env.TICKS_ROUNDS) || 10;
const OPS = 4;
const ITEMS = ['backup', 'rollback-tested', 'monitoring', 'on-call'];
/** Who edits: mia (write) and lou (maintain) may attest (`attest.permission: write`), tom (triage) may not. */
const PEOPLE = [
  { login: 'mia', allowed: true },
  { login: 'lou', allowed: true },
  { login: 'tom', allowed: false },
];

let repo: ServiceRepo;
let emu: Emulator;
let replicas: Replica[];
let heads: Map<string, string>;
let baseSha: string;

beforeAll(async () => {
  repo = makeServiceRepo();
  repo.branch('drop-email', 'main', DROP_COLUMN_PR);
  // One head commit per pull request: a check run belongs to a commit, whichever pull request asks.
  heads = commitBranches(
    repo.dir,
    repo.sha('drop-email'),
    Array.from({ length: PULL_REQUESTS }, (_, i) => `ticks-${i + 1}`),
  );
  baseSha = repo.sha('main');
  emu = await startEmulator({ repoDir: repo.dir, validate: false });
  emu.setPermission('mia', 'write');
  emu.setPermission('lou', 'write', 'maintain');
  emu.setPermission('tom', 'read', 'triage');
  const key = rsaPrivateKey();
  replicas = [await inProcessReplica(emu, key, 'a'), await inProcessReplica(emu, key, 'b')];
});

afterAll(async () => {
  await emu?.close();
  repo?.cleanup();
});

const coords = () => ({ owner: emu.owner, repo: emu.repo, installationId: 424242 });
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function flip(body: string, item: string): { body: string; ticked: boolean } | undefined {
  const lines = body.split('\n');
  const i = lines.findIndex((l) => l.includes(`<!-- rollback-ready:item:${item} -->`) && /^- \[[ x]\] /.test(l));
  if (i < 0) return undefined;
  const ticked = lines[i]!.startsWith('- [ ] ');
  lines[i] = `- [${ticked ? 'x' : ' '}] ${lines[i]!.slice(6)}`;
  return { body: lines.join('\n'), ticked };
}

function editedPayload(n: number, id: number, before: string, after: string, login: string, at: string) {
  const payload = adjustRepository(examplePayload('issue_comment', 'edited'), coords());
  payload.issue = { ...payload.issue, number: n, pull_request: { url: `${emu.url}/repos/${emu.owner}/${emu.repo}/pulls/${n}` } };
  payload.comment = { ...payload.comment, id, body: after, updated_at: at, user: { ...payload.comment.user, login: 'rollback-ready[bot]', type: 'Bot' } };
  payload.changes = { body: { from: before } };
  payload.sender = { ...payload.sender, login, type: 'User' };
  return payload;
}

type Last = Map<string, { ticked: boolean; login: string; allowed: boolean }>;

/** One pull request through `ROUNDS` interleavings; returns how many it checked. */
async function pullRequestRounds(index: number): Promise<number> {
  const head = `ticks-${index}`;
  const pr = emu.createPullRequest({ head, base: 'main', body: `Drops the email column (${index}).` });
  const prPayload = (action: string) => pullRequestPayload(action, { number: pr.number, head, base: 'main', headSha: heads.get(head)!, baseSha }, coords());
  expect(await replicas[index % 2]!.deliver('pull_request', prPayload('opened'))).toBeUndefined();
  const sticky = emu.state.comments.find((c) => c.issue_number === pr.number && c.body.includes(MARKER))!;
  // What people last did to each item, in GitHub's order.
  const last: Last = new Map();
  let clock = Date.parse('2030-01-01T00:00:00Z') + index * 86_400_000;
  for (let round = 1; round <= ROUNDS; round++) {
    const seed = index * 1000 + round;
    const rand = seeded(seed);
    const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
    const deliveries: Promise<unknown>[] = [];
    const later = (event: string, payload: unknown) => deliveries.push(sleep(rand() * 120).then(() => pick(replicas).deliver(event, payload)));
    for (let op = 0; op < OPS; op++) {
      await sleep(rand() * 30);
      const r = rand();
      if (r < 0.65) {
        const item = pick(ITEMS);
        const person = pick(PEOPLE);
        clock += 1000;
        const at = new Date(clock).toISOString().replace(/\.\d{3}Z$/, 'Z');
        let ticked: boolean | undefined;
        const { before, comment } = emu.editComment(
          sticky.id,
          (body) => {
            const next = flip(body, item);
            ticked = next?.ticked;
            return next?.body ?? body;
          },
          at,
        );
        if (ticked === undefined) continue;
        last.set(item, { ticked, login: person.login, allowed: person.allowed });
        later('issue_comment', editedPayload(pr.number, sticky.id, before, comment.body, person.login, at));
      } else if (r < 0.82) {
        emu.updatePullRequest(pr.number, { body: `Drops the email column (${index}), edit ${round}.${op}.` });
        later('pull_request', prPayload('edited'));
      } else {
        later('pull_request', prPayload('synchronize'));
      }
    }
    const failures = (await Promise.all(deliveries)).filter((e) => e !== undefined);
    expect(failures, `seed ${seed}: ${String(failures[0])}`).toEqual([]);
    expectShown(pr.number, last, seed);
  }
  return ROUNDS;
}

function expectShown(number: number, last: Last, seed: number): void {
  const comments = emu.state.comments.filter((c) => c.issue_number === number && c.body.includes(MARKER));
  expect(comments, `seed ${seed}`).toHaveLength(1);
  const body = comments[0]!.body;
  const counted = new Map(ticksFromAttestations(decodeCommentState(body).attestations).map((t) => [t.item, t]));
  for (const item of ITEMS) {
    const want = last.get(item);
    const line = body.split('\n').find((l) => l.includes(`<!-- rollback-ready:item:${item} -->`))!;
    const where = `seed ${seed}, item ${item}: ${JSON.stringify(want)}\n${line}`;
    if (want?.ticked && want.allowed) {
      expect(counted.get(item), where).toEqual({ item, by: want.login, allowed: true });
      expect(line, where).toMatch(new RegExp(`^- \\[x\\] .*attested by @${want.login}`));
    } else if (want?.ticked) {
      // Not counted, and shown so.
      expect(counted.get(item), where).toEqual({ item, by: want.login, allowed: false });
      expect(line, where).toMatch(new RegExp(`^- \\[ \\] .*ticked by @${want.login}, who may not attest it`));
    } else {
      expect(counted.get(item), where).toBeUndefined();
      expect(line, where).toMatch(/^- \[ \] /);
      expect(line, where).not.toMatch(/attested by|who may not attest|not counted yet/);
    }
  }
}

describe('ticks in the sticky comment, two replicas', () => {
  it(`no tick lost and no unauthorised tick counted, over ${PULL_REQUESTS * ROUNDS} seeded interleavings`, { timeout: 300_000 }, async () => {
    const checked = await Promise.all(Array.from({ length: PULL_REQUESTS }, (_, i) => pullRequestRounds(i + 1)));
    expect(checked.reduce((a, b) => a + b, 0)).toBe(PULL_REQUESTS * ROUNDS);
    expect(replicas.flatMap((r) => r.logs.filter((l) => l.startsWith('ERROR')))).toEqual([]);
    // Every lease was given back.
    expect(emu.state.reactions.filter((r) => r.issue_number !== undefined)).toEqual([]);
  });
});
