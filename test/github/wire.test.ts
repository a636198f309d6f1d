// What goes over the wire for a typical risky pull request (a golang-migrate pair that drops a
// column), through the App (the real Probot and App function, in process) and through the Action
// (dist/action/index.js under Node 24), against the emulator. Each exchange — method, path, query and
// JSON body, normalized (SHAs as branch names, no times, ids or addresses) — is compared with a
// committed golden file, so a change in what the bot sends GitHub shows up in review as a diff.
//
// To accept a deliberate change: UPDATE_GOLDEN=1 npx vitest run test/github/wire.test.ts
// then read the diff of test/github/golden/ and commit it with the change.
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inProcessReplica } from '../app/in-process';
import { runShippedAction, shipAction } from '../helpers/action-runner';
import { golden, normalizeWire, wireText } from '../helpers/wire';
import { CHECK, DROP_COLUMN_PR, makeServiceRepo, MARKER, pullRequestPayload, rsaPrivateKey, type ServiceRepo } from '../runner/fixture';
import { startEmulator, type Emulator } from '../support/emulator/index';

let repo: ServiceRepo;
const GOLDEN = resolve('test/github/golden');

beforeAll(() => {
  repo = makeServiceRepo();
  repo.branch('drop-email', 'main', DROP_COLUMN_PR);
});

afterAll(() => repo?.cleanup());

/** A fresh emulator with the pull request opened, so ids and counts start from the same place. */
async function openedPullRequest(botLogin?: string) {
  const emu = await startEmulator({ repoDir: repo.dir, ...(botLogin ? { botLogin } : {}) });
  const pr = emu.createPullRequest({ head: 'drop-email', base: 'main', title: 'Drop users.email', body: 'Drops the column.' });
  const payload = pullRequestPayload(
    'opened',
    { number: pr.number, head: 'drop-email', base: 'main', headSha: repo.sha('drop-email'), baseSha: repo.sha('main') },
    { owner: emu.owner, repo: emu.repo, installationId: 424242 },
  );
  // The delivery says what GitHub says: a description that differs would be an edit, and a second round.
  Object.assign(payload.pull_request, { title: pr.title, body: pr.body });
  return { emu, payload };
}

const names = (emu: Emulator) => ({ api: emu.url, shas: { [repo.sha('drop-email')]: 'head:drop-email', [repo.sha('main')]: 'base:main' } });

function expectPublished(emu: Emulator) {
  expect(emu.validationErrors).toEqual([]);
  expect(emu.state.checkRuns.filter((r) => r.name === CHECK).map((r) => [r.status, r.conclusion])).toEqual([['completed', 'failure']]);
  expect(emu.state.comments.filter((c) => c.body.includes(MARKER))).toHaveLength(1);
}

describe('what goes over the wire for a risky migration pull request', () => {
  it('through the App: matches test/github/golden/app-drop-column.yml', async () => {
    const { emu, payload } = await openedPullRequest();
    try {
      // The production lease (2 minutes): a short one can expire while a cold process loads its
      // parsers, and the retried evaluation would make the traffic depend on the machine's speed.
      const app = await inProcessReplica(emu, rsaPrivateKey(), 'wire', { lease: { ttlMs: 120_000 } });
      expect(await app.deliver('pull_request', payload)).toBeUndefined();
      expectPublished(emu);
      const actual = wireText(normalizeWire(emu.exchanges, names(emu)));
      expect(actual).toBe(golden(`${GOLDEN}/app-drop-column.yml`, actual));
    } finally {
      await emu.close();
    }
  });

  it('through the Action: matches test/github/golden/action-drop-column.yml', async () => {
    const { emu, payload } = await openedPullRequest('github-actions[bot]');
    const shipped = shipAction();
    try {
      const run = await runShippedAction(shipped.dir, { url: emu.url, owner: emu.owner, repo: emu.repo }, 'pull_request', payload);
      expect(run.outputs.verdict, run.stdout + run.stderr).toBe('fail');
      expectPublished(emu);
      const actual = wireText(normalizeWire(emu.exchanges, names(emu)));
      expect(actual).toBe(golden(`${GOLDEN}/action-drop-column.yml`, actual));
    } finally {
      shipped.cleanup();
      await emu.close();
    }
  });
});
