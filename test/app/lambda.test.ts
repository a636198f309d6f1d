// The serverless entry (dist/lambda.js, on Probot 14's own webhook verification) handles signed
// API Gateway events end to end against the emulator; 20 invocations at once, each on its own
// handler (as Lambda runs them, in separate containers), converge on one comment and one check run.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../support/emulator/index';
import { ensureDist } from '../helpers/built';
import { headShown } from '../../src/runner/comment-body';
import { CHECK, DROP_COLUMN_PR, makeServiceRepo, MARKER, pullRequestPayload, rsaPrivateKey, sign, type ServiceRepo } from '../runner/fixture';

// This file runs the built App: dist/ as src/ says.
ensureDist();

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
    RETRY_AFTER_BASE_MS: '20',
    LEASE_TTL_MS: '8000',
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
    const res = await invoke({
      httpMethod: 'POST',
      path: '/api/github/webhooks',
      headers: { 'X-GitHub-Event': 'pull_request', 'X-GitHub-Delivery': 'bad', 'X-Hub-Signature-256': sign('wrong', body) },
      body,
    });
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
    const res = await invoke({
      httpMethod: 'POST',
      path: '/api/github/webhooks',
      headers: { 'X-GitHub-Event': 'pull_request', 'X-GitHub-Delivery': 'lambda-1', 'X-Hub-Signature-256': sign(SECRET, body) },
      body,
    });
    expect(res).toEqual({ statusCode: 200 });
    const run = emu.state.checkRuns.find((r) => r.head_sha === repo.sha('drop-email') && r.name === CHECK);
    expect(run).toMatchObject({ status: 'completed', conclusion: 'failure' });
  });
});

/**
 * Lambda containers: `processes` Node processes, each loading `perProcess` separate instances of
 * dist/lambda.js (its own App, queue and Probot, as separate containers have) and invoking every
 * one with its event at the same time.
 */
function invokeAtOnce(events: unknown[], processes: number): Promise<{ statusCode?: number; error?: string }[]> {
  const perProcess = Math.ceil(events.length / processes);
  const url = pathToFileURL(resolve('dist/lambda.js')).href;
  const script = `let input = ''; for await (const c of process.stdin) input += c;
const events = JSON.parse(input);
const handlers = await Promise.all(events.map((_, i) => import(${JSON.stringify(url)} + '?container=' + process.pid + '-' + i).then((m) => m.webhooks)));
const results = await Promise.all(handlers.map((h, i) => h(events[i], {}).then((r) => ({ statusCode: r.statusCode }), (e) => ({ error: String(e && e.message) }))));
process.stdout.write('\\nRESULT ' + JSON.stringify(results) + '\\n');`;
  const batches = Array.from({ length: processes }, (_, p) => events.slice(p * perProcess, (p + 1) * perProcess));
  return Promise.all(
    batches.map(
      (batch) =>
        new Promise<{ statusCode?: number; error?: string }[]>((done, fail) => {
          const child = spawn(process.execPath, ['--input-type=module', '-e', script], { env, stdio: ['pipe', 'pipe', 'ignore'] });
          let out = '';
          child.stdout.on('data', (d: Buffer) => (out += d.toString()));
          child.on('error', fail);
          child.on('close', () => {
            const line = out.split('\n').find((l) => l.startsWith('RESULT '));
            done(line ? JSON.parse(line.slice('RESULT '.length)) : [{ error: `no result: ${out.slice(-500)}` }]);
          });
          child.stdin.end(JSON.stringify(batch));
        }),
    ),
  ).then((all) => all.flat());
}

describe('dist/lambda.js at scale', () => {
  it('20 concurrent invocations for one pull request leave one comment and one completed check run', async () => {
    const pr = emu.createPullRequest({ head: 'drop-email', base: 'main' });
    const actions = ['opened', 'synchronize', 'edited', 'reopened', 'ready_for_review'];
    const events = Array.from({ length: 20 }, (_, i) => {
      const body = JSON.stringify(
        pullRequestPayload(
          actions[i % actions.length]!,
          { number: pr.number, head: 'drop-email', base: 'main', headSha: repo.sha('drop-email'), baseSha: repo.sha('main') },
          { owner: emu.owner, repo: emu.repo, installationId: 424242 },
        ),
      );
      return {
        httpMethod: 'POST',
        path: '/api/github/webhooks',
        headers: { 'X-GitHub-Event': 'pull_request', 'X-GitHub-Delivery': `lambda-many-${i}`, 'X-Hub-Signature-256': sign(SECRET, body) },
        body,
      };
    });
    const results = await invokeAtOnce(events, 4);
    expect(results).toEqual(Array.from({ length: 20 }, () => ({ statusCode: 200 })));
    const sha = repo.sha('drop-email');
    expect(emu.state.checkRuns.filter((r) => r.head_sha === sha && r.name === CHECK)).toMatchObject([{ status: 'completed', conclusion: 'failure' }]);
    const comments = emu.state.comments.filter((c) => c.issue_number === pr.number && c.body.includes(MARKER));
    expect(comments).toHaveLength(1);
    expect(headShown(comments[0]!.body)).toBe(sha);
    expect(emu.state.reactions.filter((r) => r.issue_number === pr.number)).toEqual([]);
  });

  it('ships the server’s Probot, no second one: it loads no more than the server does', () => {
    // What an entry loads: itself and the chunks it imports, transitively.
    const loads = (entry: string) => {
      const seen = new Set<string>();
      const visit = (file: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        for (const m of readFileSync(file, 'utf8').matchAll(/from\s*"(\.\/chunk-[A-Z0-9]+\.js)"|import\("(\.\/chunk-[A-Z0-9]+\.js)"\)/g))
          visit(join(dirname(file), m[1] ?? m[2]!));
      };
      visit(resolve(entry));
      return [...seen];
    };
    const size = (files: string[]) => files.reduce((n, f) => n + readFileSync(f).length, 0);
    const lambda = loads('dist/lambda.js');
    const server = loads('dist/app.js');
    // The adapter brought Probot 13 beside 14 (about 5 MB more); now the entry adds a few KB.
    expect(size(lambda) - size(server.filter((f) => lambda.includes(f)))).toBeLessThan(20_000);
    expect(lambda.filter((f) => !server.includes(f) && !f.endsWith('lambda.js'))).toEqual([]);
    expect(lambda.map((f) => readFileSync(f, 'utf8')).join('\n')).not.toContain('adapter-aws-lambda-serverless');
  });
});
