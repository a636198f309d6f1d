// The serverless entry (dist/lambda.js, Probot's AWS Lambda adapter) handles a signed API Gateway
// event end to end against the emulator.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../../src/emulator/index';
import { CHECK, DROP_COLUMN_PR, makeServiceRepo, pullRequestPayload, rsaPrivateKey, sign, type ServiceRepo } from '../runner/fixture';

const SECRET = 'lambda-secret';
let repo: ServiceRepo;
let emu: Emulator;
let env: Record<string, string>;

/** Invoke the handler in a fresh Node process, as Lambda would (and without vitest transforming the bundle). */
function invoke(event: unknown): Promise<{ statusCode?: number; error?: string }> {
  const script = `const { webhooks } = await import(${JSON.stringify(pathToFileURL(resolve('dist/lambda.js')).href)});
let input = ''; for await (const c of process.stdin) input += c;
try { const r = await webhooks(JSON.parse(input), {}); process.stdout.write('\\nRESULT ' + JSON.stringify({ statusCode: r.statusCode }) + '\\n'); }
catch (e) { process.stdout.write('\\nRESULT ' + JSON.stringify({ error: String(e && e.message) }) + '\\n'); }`;
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script], { env, stdio: ['pipe', 'pipe', 'ignore'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', fail);
    child.on('close', () => {
      const line = out.split('\n').find((l) => l.startsWith('RESULT '));
      done(line ? JSON.parse(line.slice('RESULT '.length)) : { error: `no result: ${out.slice(-500)}` });
    });
    child.stdin.end(JSON.stringify(event));
  });
}

beforeAll(async () => {
  repo = makeServiceRepo();
  repo.branch('drop-email', 'main', DROP_COLUMN_PR);
  emu = await startEmulator({ repoDir: repo.dir });
  env = {
    PATH: process.env.PATH ?? '',
    APP_ID: '12345',
    PRIVATE_KEY: rsaPrivateKey(),
    WEBHOOK_SECRET: SECRET,
    GHE_HOST: new URL(emu.url).host,
    GHE_PROTOCOL: 'http',
    LOG_LEVEL: 'error',
    WRITE_SPACING_MS: '0',
  };
});

afterAll(async () => {
  await emu?.close();
  repo?.cleanup();
});

describe('dist/lambda.js', () => {
  it('answers a bad signature with 400 without calling the API', async () => {
    emu.resetRequests();
    const body = JSON.stringify({ action: 'opened' });
    const res = await invoke({ httpMethod: 'POST', path: '/api/github/webhooks', headers: { 'X-GitHub-Event': 'pull_request', 'X-GitHub-Delivery': 'bad', 'X-Hub-Signature-256': sign('wrong', body) }, body });
    expect(res).toEqual({ statusCode: 400 });
    expect(emu.requests).toEqual([]);
  });

  it('evaluates the pull request of a signed delivery before answering', async () => {
    const pr = emu.createPullRequest({ head: 'drop-email', base: 'main' });
    const payload = pullRequestPayload(
      'opened',
      { number: pr.number, head: 'drop-email', base: 'main', headSha: repo.sha('drop-email'), baseSha: repo.sha('main') },
      { owner: emu.owner, repo: emu.repo, installationId: 424242 },
    );
    const body = JSON.stringify(payload);
    const res = await invoke(
      {
        httpMethod: 'POST',
        path: '/api/github/webhooks',
        headers: { 'X-GitHub-Event': 'pull_request', 'X-GitHub-Delivery': 'lambda-1', 'X-Hub-Signature-256': sign(SECRET, body) },
        body,
      },
    );
    expect(res).toEqual({ statusCode: 200 });
    const run = emu.state.checkRuns.find((r) => r.head_sha === repo.sha('drop-email') && r.name === CHECK);
    expect(run).toMatchObject({ status: 'completed', conclusion: 'failure' });
  });
});
