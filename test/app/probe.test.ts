import { it } from 'vitest';
import { startEmulator } from '../../src/emulator/index';
import { DROP_COLUMN_PR, makeServiceRepo, pullRequestPayload, rsaPrivateKey } from '../runner/fixture';
import { inProcessReplica } from './in-process';

it('probe', async () => {
  const repo = makeServiceRepo();
  repo.branch('drop-email', 'main', DROP_COLUMN_PR);
  const emu = await startEmulator({ repoDir: repo.dir, validate: false });
  const r = await inProcessReplica(emu, rsaPrivateKey(), 'a');
  const pr = emu.createPullRequest({ head: 'drop-email', base: 'main' });
  const p = (a: string) => pullRequestPayload(a, { number: pr.number, head: 'drop-email', base: 'main', headSha: repo.sha('drop-email'), baseSha: repo.sha('main') }, { owner: emu.owner, repo: emu.repo, installationId: 424242 });
  for (let i = 0; i < 4; i++) {
    emu.resetRequests();
    const t = Date.now();
    const e = await r.deliver('pull_request', p(i ? 'synchronize' : 'opened'));
    console.log(i, Date.now() - t, 'ms', emu.requests.length, String(e ?? ''), emu.requests.map((x) => `${x.method} ${x.path.replace('/repos/acme/widgets', '')} ${x.status}`).join(' | '));
  }
  console.log(r.logs.join('\n'));
  await emu.close();
}, 120000);
