import { Octokit } from '@octokit/core';
import { it } from 'vitest';
import { startEmulator } from '../../src/emulator/index';
import { createOctokitPort, type OctokitLike } from '../../src/github/octokit';
import { runEvaluation } from '../../src/runner/run';
import { DROP_COLUMN_PR, makeServiceRepo } from '../runner/fixture';

it('probe', async () => {
  const repo = makeServiceRepo();
  repo.branch('drop-email', 'main', DROP_COLUMN_PR);
  const emu = await startEmulator({ repoDir: repo.dir, validate: false });
  const octokit = new Octokit({ baseUrl: emu.url, auth: 't' });
  const times: string[] = [];
  octokit.hook.wrap('request', async (req, opts) => { const t = performance.now(); try { return await req(opts); } finally { times.push(`${opts.method} ${String(opts.url).replace(/.*widgets/, '')} ${(performance.now() - t).toFixed(0)}`); } });
  const port = createOctokitPort(octokit as unknown as OctokitLike, { owner: emu.owner, repo: emu.repo, botLogin: async () => 'rollback-ready[bot]' });
  const pr = emu.createPullRequest({ head: 'drop-email', base: 'main' });
  for (let i = 0; i < 30; i++) {
    times.length = 0;
    const t = performance.now();
    await runEvaluation(port, { kind: 'pull_request', number: pr.number });
    if (i % 10 === 9) console.log(i, (performance.now() - t).toFixed(0));
  }
  await emu.close();
}, 120000);
