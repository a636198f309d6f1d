import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Probot, ProbotOctokit } from 'probot';
import { startEmulator, type Emulator } from '../support/emulator/index';
import { makeFixtureRepo, type FixtureRepo } from './fixture';

let fx: FixtureRepo;
let emu: Emulator;

beforeAll(async () => {
  fx = makeFixtureRepo();
  emu = await startEmulator({ repoDir: fx.dir, owner: 'acme', repo: 'widgets', appId: 777, installationId: 99 });
  emu.createPullRequest({ head: 'pr', base: 'main' });
});
afterAll(async () => {
  await emu?.close();
  fx?.cleanup();
});

describe('Probot against the emulator', () => {
  it('authenticates as an installation and writes as the bot', async () => {
    const { privateKey } = generateKeyPairSync('rsa', {
      modulusLength: 2048,
      privateKeyEncoding: { type: 'pkcs1', format: 'pem' },
      publicKeyEncoding: { type: 'spki', format: 'pem' },
    });
    const probot = new Probot({
      appId: 777,
      privateKey,
      secret: 'test',
      baseUrl: emu.url,
      Octokit: ProbotOctokit.defaults({ retry: { enabled: false }, throttle: { enabled: false } }),
    });
    const octokit = await probot.auth(99);
    const pr = await octokit.rest.pulls.get({ owner: 'acme', repo: 'widgets', pull_number: 1 });
    expect(pr.data.head.sha).toBe(fx.pr);
    const c = await octokit.rest.issues.createComment({ owner: 'acme', repo: 'widgets', issue_number: 1, body: 'from probot' });
    expect(c.data.user?.login).toBe('rollback-ready[bot]');
    expect(emu.requests.map((r) => `${r.method} ${r.path}`)).toContain('POST /app/installations/99/access_tokens');
    expect(emu.validationErrors).toEqual([]);
  });
});
