// The App never runs the drill (it never executes a pull request's code): with the drill gate on,
// its check run leaves that gate to the Action's `mode: drill` run and says how to run it. Its
// bundle does not even contain the drill.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppProcess, type AppProcess } from '../helpers/app-process';
import { startEmulator, type Emulator } from '../support/emulator/index';
import { CHECK, deliver, GOOD_CONFIG, makeServiceRepo, pullRequestPayload, waitFor, type ServiceRepo } from '../runner/fixture';

const SECRET = 'webhook-secret-for-drill-tests';
let repo: ServiceRepo;
let emu: Emulator;
let app: AppProcess;
let hookUrl: string;

beforeAll(async () => {
  repo = makeServiceRepo();
  repo.branch('main', 'main', { '.github/rollback-ready.yml': `${GOOD_CONFIG}gates:\n  drill: true\n` }, 'turn the drill gate on');
  repo.branch('age', 'main', {
    'db/migrations/000002_age.up.sql': 'ALTER TABLE users ADD COLUMN age integer;\n',
    'db/migrations/000002_age.down.sql': 'ALTER TABLE users DROP COLUMN age;\n',
  });
  emu = await startEmulator({ repoDir: repo.dir });
  app = await startAppProcess(emu.url, SECRET);
  hookUrl = app.url;
});

afterAll(async () => {
  app?.stop();
  await emu?.close();
  repo?.cleanup();
});

describe('the App with the drill gate on', () => {
  it('leaves the drill gate to the Action and says how to run the drill', async () => {
    const pr = emu.createPullRequest({ head: 'age', base: 'main', body: 'Add an age.' });
    const payload = pullRequestPayload(
      'opened',
      { number: pr.number, head: 'age', base: 'main', headSha: repo.sha('age'), baseSha: repo.sha('main') },
      { owner: emu.owner, repo: emu.repo, installationId: 424242 },
    );
    expect((await deliver(hookUrl, SECRET, 'pull_request', payload)).status).toBeLessThan(300);
    const run = await waitFor(
      () => emu.state.checkRuns.find((r) => r.head_sha === repo.sha('age') && r.name === CHECK && r.status === 'completed'),
      `a check run (logs: ${app.logs})`,
    );
    expect(run.output.summary).toContain(
      "| ➖ | Rollback drill | Decided by the Action's `mode: drill` run (its own check run): the App never runs migrations. See docs/drill.md. |",
    );
  });
});

describe("the App's bundle", () => {
  it('reaches no drill code through any import, static or dynamic', () => {
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      const text = readFileSync(resolve('dist', file), 'utf8');
      for (const m of text.matchAll(/(?:from|import)\s*\(?\s*["']\.\/([\w-]+\.js)["']/g)) visit(m[1]!);
    };
    visit('app.js');
    expect(seen.size).toBeGreaterThan(1);
    for (const file of seen) {
      const text = readFileSync(resolve('dist', file), 'utf8');
      expect(text, `${file} carries drill code`).not.toContain('drill-worker.js');
      expect(text, `${file} carries drill code`).not.toContain('rollback_ready_drill_');
      expect(text, `${file} carries drill code`).not.toContain('DISCARD ALL');
    }
  });
});
