// The App when GitHub fails to answer the read of a migration's config (issue #9 item 1): drizzle-kit's
// journal on the base branch names SQLite, and its contents request answers 502 every time (the
// retry plugin gives up too). The check run must not read the new migration as Postgres in silence:
// its not-analysed notice names the journal and the 502, with the `dialect:` line to copy. When
// GitHub answers, the journal is read (SQLite: no Postgres locking advice, no notice).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startEmulator, type Emulator } from '../support/emulator/index';
import { CHECK, makeServiceRepo, pullRequestPayload, rsaPrivateKey, waitFor, type ServiceRepo } from '../runner/fixture';
import { inProcessReplica, type Replica } from './in-process';

const journal = readFileSync(join(import.meta.dirname, '../fixtures/patterns/drizzle-sqlite/ok/drizzle/meta/_journal.json'), 'utf8');
const JOURNAL_READ = /\/contents\/drizzle(\/|%2F)meta(\/|%2F)_journal\.json/;

let repo: ServiceRepo;
let emu: Emulator;
let app: Replica;

beforeAll(async () => {
  repo = makeServiceRepo();
  repo.branch('drizzle-base', 'main', {
    'drizzle/0000_init.sql': 'CREATE TABLE `orders` (`id` integer PRIMARY KEY NOT NULL, `user_id` integer NOT NULL);\n',
    'drizzle/meta/_journal.json': journal,
  });
  repo.branch('drizzle-index', 'drizzle-base', { 'drizzle/0001_orders_user.sql': 'CREATE INDEX `orders_user_idx` ON `orders` (`user_id`);\n' });
  emu = await startEmulator({ repoDir: repo.dir });
  app = await inProcessReplica(emu, rsaPrivateKey(), 'a');
});

afterAll(async () => {
  await emu?.close();
  repo?.cleanup();
});

const coords = () => ({ owner: emu.owner, repo: emu.repo, installationId: 424242 });

async function checkRunOf(head: string, base: string) {
  const headSha = repo.sha(head);
  const pr = emu.createPullRequest({ head, base, body: 'Indexes orders by user.' });
  await app.deliver('pull_request', pullRequestPayload('opened', { number: pr.number, head, base, headSha, baseSha: repo.sha(base) }, coords()));
  const done = () => emu.state.checkRuns.find((c) => c.head_sha === headSha && c.name === CHECK && c.status === 'completed');
  await waitFor(() => done() !== undefined, 'the check run to complete');
  return done()!;
}

describe("the App when the read of a migration's config fails", () => {
  it('says on the check run that the journal could not be read (HTTP 502), never Postgres in silence', async () => {
    emu.injectFaults({ rate: 1, kinds: ['502'], only: JOURNAL_READ });
    let run: Awaited<ReturnType<typeof checkRunOf>>;
    try {
      run = await checkRunOf('drizzle-index', 'drizzle-base');
    } finally {
      emu.injectFaults(null);
    }
    const notice = run.annotations.find((a) => a.title === 'not-analysed');
    expect(notice, JSON.stringify(run.annotations)).toMatchObject({ path: 'drizzle/0001_orders_user.sql', start_line: 1 });
    expect(notice!.message).toContain('could not be read: drizzle/meta/_journal.json (HTTP 502');
    expect(notice!.message).toContain("`dialect: {'drizzle/**': ");
    expect(run.annotations.map((a) => a.title)).not.toContain('non-concurrent-index');
    expect(emu.requests.filter((r) => JOURNAL_READ.test(r.path) && r.fault).length).toBeGreaterThan(0);
  });

  it('reads the journal when GitHub answers: SQLite, no notice and no Postgres advice', async () => {
    repo.branch('drizzle-index-2', 'drizzle-base', { 'drizzle/0001_orders_user.sql': 'CREATE INDEX `orders_user_idx2` ON `orders` (`user_id`);\n' });
    const run = await checkRunOf('drizzle-index-2', 'drizzle-base');
    expect(run.annotations.map((a) => a.title)).not.toContain('not-analysed');
    expect(run.annotations.map((a) => a.title)).not.toContain('non-concurrent-index');
  });
});
