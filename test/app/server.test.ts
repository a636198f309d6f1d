// The App as users start it (`node dist/app.js`, configured by the environment) against the
// emulator: signed deliveries built from GitHub's example payloads.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppProcess, type AppProcess } from '../helpers/app-process';
import { startEmulator, type Emulator } from '../support/emulator/index';
import { ensureDist, tool } from '../helpers/built';
import {
  adjustRepository,
  CHECK,
  deliver,
  DOCS_PR,
  DROP_COLUMN_PR,
  examplePayload,
  makeServiceRepo,
  MARKER,
  pullRequestPayload,
  rsaPrivateKey,
  waitFor,
  type ServiceRepo,
} from '../runner/fixture';

// This file runs the built App: dist/ as src/ says.
ensureDist();

const SECRET = 'webhook-secret-for-tests';
let repo: ServiceRepo;
let emu: Emulator;
let app: AppProcess;
let hookUrl: string;

beforeAll(async () => {
  repo = makeServiceRepo();
  repo.branch('drop-email', 'main', DROP_COLUMN_PR);
  repo.branch('docs', 'main', DOCS_PR);
  repo.branch('drop-email-2', 'drop-email', { 'src/more.js': 'export const more = 1;\n' });
  repo.branch('drop-email-24', 'drop-email', { 'src/node24.js': 'export const node = 24;\n' });
  emu = await startEmulator({ repoDir: repo.dir });
  app = await startAppProcess(emu.url, SECRET, {
    RETRY_AFTER_BASE_MS: '20',
    // The emulator needs no second between writes (GitHub asks for it; the default keeps it).
    WRITE_SPACING_MS: '0',
  });
  hookUrl = app.url;
});

afterAll(async () => {
  if (process.env.DEBUG_APP) console.log(app?.logs);
  app?.stop();
  await emu?.close();
  repo?.cleanup();
});

const coords = () => ({ owner: emu.owner, repo: emu.repo, installationId: 424242 });
const prPayload = (action: string, n: number) => {
  const pr = emu.state.pulls.get(n)!;
  return pullRequestPayload(action, { number: n, head: pr.head, base: pr.base, headSha: repo.sha(pr.head), baseSha: repo.sha(pr.base) }, coords());
};
const runsFor = (sha: string) => emu.state.checkRuns.filter((r) => r.head_sha === sha && r.name === CHECK);
const stickies = (n: number) => emu.state.comments.filter((c) => c.issue_number === n && c.body.includes(MARKER));

describe('the Probot server (dist/app.js)', () => {
  it('rejects a delivery with a bad signature with 400 and makes no API call', async () => {
    const pr = emu.createPullRequest({ head: 'drop-email', base: 'main' });
    emu.resetRequests();
    const res = await deliver(hookUrl, SECRET, 'pull_request', prPayload('opened', pr.number), { badSignature: true });
    expect(res.status).toBe(400);
    await new Promise((r) => setTimeout(r, 200));
    expect(emu.requests).toEqual([]);
  });

  it('pull_request.opened leaves a failing check run with annotations and one sticky comment from the App', async () => {
    const pr = emu.createPullRequest({ head: 'drop-email', base: 'main', body: 'Drops the email column.' });
    const res = await deliver(hookUrl, SECRET, 'pull_request', prPayload('opened', pr.number));
    // 200 once handled; 202 "still processing" when handling takes longer than the webhook
    // middleware's 9 s (a heavily loaded machine): GitHub counts both as delivered.
    expect([200, 202]).toContain(res.status);
    const run = await waitFor(() => runsFor(repo.sha('drop-email')).find((r) => r.status === 'completed'), 'a completed check run');
    expect(run.conclusion).toBe('failure');
    expect(run.annotations.some((a) => a.title === 'drop-column' && a.start_line === 1)).toBe(true);
    const comments = stickies(pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.user.login).toBe('rollback-ready[bot]');
    expect(comments[0]!.body).toContain('drop-column');
    expect(emu.validationErrors).toEqual([]);
  });

  it("runs under Node 24 too, with the parser on V8's baseline compiler (its optimising recompile took 610 MB there)", async () => {
    // V8 traces every WebAssembly function it compiles to stdout (the App's logs here); an
    // optimising compile runs in the background, and the process waits for it before it exits.
    const app24 = await startAppProcess(
      emu.url,
      SECRET,
      { RETRY_AFTER_BASE_MS: '20', WRITE_SPACING_MS: '0' },
      { node: tool('node24'), nodeArgs: ['--trace-wasm-compilation-times'] },
    );
    const exited = new Promise((done) => app24.child.on('close', done));
    try {
      const pr = emu.createPullRequest({ head: 'drop-email-24', base: 'main', body: 'Drops the email column.' });
      expect([200, 202]).toContain((await deliver(app24.url, SECRET, 'pull_request', prPayload('opened', pr.number))).status);
      const run = await waitFor(() => runsFor(repo.sha('drop-email-24')).find((r) => r.status === 'completed'), 'a completed check run');
      expect(run.conclusion).toBe('failure');
      expect(run.annotations.some((a) => a.title === 'drop-column')).toBe(true);
    } finally {
      app24.stop();
    }
    await exited;
    expect(app24.logs).toContain('using Liftoff');
    expect(app24.logs.split('\n').filter((l) => l.includes('using TurboFan'))).toEqual([]);
  });

  it('a docs-only PR gets a success check run and no comment', async () => {
    const pr = emu.createPullRequest({ head: 'docs', base: 'main' });
    expect((await deliver(hookUrl, SECRET, 'pull_request', prPayload('synchronize', pr.number))).status).toBe(200);
    const run = await waitFor(() => runsFor(repo.sha('docs')).find((r) => r.status === 'completed'), 'a completed check run');
    expect(run.conclusion).toBe('success');
    expect(stickies(pr.number)).toHaveLength(0);
  });

  it('a human tick in the comment is attested, permission-checked and kept across re-renders', async () => {
    const pr = emu.createPullRequest({ head: 'drop-email', base: 'main' });
    await deliver(hookUrl, SECRET, 'pull_request', prPayload('opened', pr.number));
    const comment = await waitFor(() => stickies(pr.number)[0], 'the sticky comment');
    const before = comment.body;
    expect(before).toContain('- [ ] ');
    const itemLine = before.split('\n').find((l) => l.startsWith('- [ ] ') && l.includes('rollback-ready:item:backup'));
    expect(itemLine).toBeDefined();
    const after = before.replace(itemLine!, itemLine!.replace('- [ ] ', '- [x] '));
    emu.setPermission('maintainer-mia', 'write');
    comment.body = after; // the human's edit, as GitHub stores it
    const payload = adjustRepository(examplePayload('issue_comment', 'edited'), coords());
    payload.issue = { ...payload.issue, number: pr.number, pull_request: { url: `${emu.url}/repos/acme/widgets/pulls/${pr.number}` } };
    payload.comment = { ...payload.comment, id: comment.id, body: after, user: { ...payload.comment.user, login: 'rollback-ready[bot]', type: 'Bot' } };
    payload.changes = { body: { from: before } };
    payload.sender = { ...payload.sender, login: 'maintainer-mia', type: 'User' };
    expect((await deliver(hookUrl, SECRET, 'issue_comment', payload)).status).toBe(200);
    const attested = await waitFor(
      () => stickies(pr.number)[0]!.body.includes('attested by @maintainer-mia') && stickies(pr.number)[0]!.body,
      'the attested tick',
    );
    expect(attested).toContain('rollback-ready:attestations');
    // A later push re-renders the comment: the tick stays.
    emu.updatePullRequest(pr.number, { head: 'drop-email-2' });
    await deliver(hookUrl, SECRET, 'pull_request', prPayload('synchronize', pr.number));
    await waitFor(() => stickies(pr.number)[0]!.body.includes(`head ${repo.sha('drop-email-2').slice(0, 7)}`), 'the re-render');
    expect(stickies(pr.number)[0]!.body).toContain('attested by @maintainer-mia');
    expect(stickies(pr.number)).toHaveLength(1);
  });

  it('slash commands: help replies, ack needs maintain, override passes the head and ends with a new commit', async () => {
    const pr = emu.createPullRequest({ head: 'drop-email', base: 'main', body: 'Drops the email column.' });
    await deliver(hookUrl, SECRET, 'pull_request', prPayload('opened', pr.number));
    await waitFor(() => stickies(pr.number)[0], 'the sticky comment');
    const command = (body: string, login: string) => {
      const human = emu.addComment(pr.number, body, login);
      const payload = adjustRepository(examplePayload('issue_comment', 'created'), coords());
      payload.issue = { ...payload.issue, number: pr.number, pull_request: { url: `${emu.url}/repos/acme/widgets/pulls/${pr.number}` } };
      payload.comment = { ...payload.comment, id: human.id, body, user: { ...payload.comment.user, login, type: 'User' } };
      payload.sender = { ...payload.sender, login, type: 'User' };
      return deliver(hookUrl, SECRET, 'issue_comment', payload);
    };
    const replies = () => emu.state.comments.filter((c) => c.issue_number === pr.number && c.user.login === 'rollback-ready[bot]' && !c.body.includes(MARKER));

    await command('/rollback help', 'drive-by');
    await waitFor(() => replies().find((c) => c.body.includes('/rollback override <reason>')), 'the help reply');

    emu.setPermission('drive-by', 'write');
    await command('/rollback ack drop-column nobody reads it', 'drive-by');
    await waitFor(() => replies().find((c) => c.body.includes('needs the maintain permission')), 'the refusal');
    expect(stickies(pr.number)[0]!.body).not.toContain('acknowledged by');

    emu.setPermission('lead-lou', 'write', 'maintain');
    await command('/rollback ack drop-column the column was never read since v3', 'lead-lou');
    await waitFor(() => stickies(pr.number)[0]!.body.includes('acknowledged by @lead-lou'), 'the acknowledgement');
    expect(stickies(pr.number)[0]!.body).toContain('rollback-ready:decisions');

    await command('/rollback override hotfix, restore rehearsed by hand', 'lead-lou');
    const sha = repo.sha('drop-email');
    await waitFor(() => runsFor(sha).find((r) => r.conclusion === 'success'), 'the overridden check run');
    expect(stickies(pr.number)[0]!.body).toContain('**Override** by @lead-lou');
    expect(runsFor(sha)).toHaveLength(1);

    // A new commit ends the override; the acknowledgement stays.
    emu.updatePullRequest(pr.number, { head: 'drop-email-2' });
    await deliver(hookUrl, SECRET, 'pull_request', prPayload('synchronize', pr.number));
    const run = await waitFor(() => runsFor(repo.sha('drop-email-2')).find((r) => r.status === 'completed'), 'the new head');
    expect(run.conclusion).toBe('failure');
    await waitFor(() => !stickies(pr.number)[0]!.body.includes('**Override**') && stickies(pr.number)[0]!.body, 'the override to end');
    expect(stickies(pr.number)[0]!.body).toContain('acknowledged by @lead-lou');
    expect(stickies(pr.number)).toHaveLength(1);
    expect(emu.validationErrors).toEqual([]);
  });

  it('check_run.rerequested ("Re-run") and check_suite.requested re-evaluate the pull requests they name', async () => {
    repo.branch('rerun', 'main', { 'db/migrations/000003_t.up.sql': 'CREATE TABLE t (id int);\n' });
    const pr = emu.createPullRequest({ head: 'rerun', base: 'main' });
    const sha = repo.sha('rerun');
    const rerun = adjustRepository(examplePayload('check_run', 'rerequested'), coords());
    rerun.check_run = {
      ...rerun.check_run,
      name: 'Rollback readiness',
      head_sha: sha,
      pull_requests: [
        {
          number: pr.number,
          id: pr.id,
          url: '',
          head: { ref: 'rerun', sha, repo: { id: 1, url: '', name: emu.repo } },
          base: { ref: 'main', sha: repo.sha('main'), repo: { id: 1, url: '', name: emu.repo } },
        },
      ],
    };
    expect((await deliver(hookUrl, SECRET, 'check_run', rerun)).status).toBe(200);
    const run = await waitFor(() => runsFor(sha).find((r) => r.status === 'completed'), 'the re-run check run');
    // Created in progress, then completed.
    expect(run.writes).toBe(2);
    const suite = adjustRepository(examplePayload('check_suite', 'requested'), coords());
    suite.check_suite = { ...suite.check_suite, head_sha: sha, pull_requests: rerun.check_run.pull_requests };
    expect((await deliver(hookUrl, SECRET, 'check_suite', suite)).status).toBe(200);
    await waitFor(() => runsFor(sha)[0]!.writes === 3, 'the check suite re-evaluation');
    expect(runsFor(sha)).toHaveLength(1);
    // Another check's re-run is not ours to redo.
    const other = structuredClone(rerun);
    other.check_run.name = 'lint';
    expect((await deliver(hookUrl, SECRET, 'check_run', other)).status).toBe(200);
    expect(runsFor(sha)[0]!.writes).toBe(3);
  });

  it('merge_group.checks_requested gets a check run on the group head', async () => {
    const payload = adjustRepository(examplePayload('merge_group', 'checks_requested'), coords());
    payload.merge_group.head_sha = repo.sha('drop-email-2');
    payload.merge_group.base_sha = repo.sha('main');
    payload.merge_group.base_ref = 'refs/heads/main';
    payload.merge_group.head_ref = 'refs/heads/gh-readonly-queue/main/pr-1-abc';
    expect((await deliver(hookUrl, SECRET, 'merge_group', payload)).status).toBe(200);
    const run = await waitFor(() => runsFor(repo.sha('drop-email-2')).find((r) => r.status === 'completed'), 'the merge group check run');
    expect(run.conclusion).toBe('failure');
  });
});

describe('configured by a .env file', () => {
  it('cp .env.example .env, fill it in, npm start: it listens and handles a delivery', async () => {
    // A copy of what npm start needs, and .env.example filled in the way docs/app.md says.
    const dir = mkdtempSync(join(tmpdir(), 'rr-dotenv-'));
    try {
      cpSync(resolve('dist'), join(dir, 'dist'), { recursive: true });
      cpSync(resolve('package.json'), join(dir, 'package.json'));
      writeFileSync(join(dir, 'app.pem'), rsaPrivateKey());
      const filled = readFileSync(resolve('.env.example'), 'utf8')
        .replace(/^APP_ID=.*$/m, 'APP_ID=12345')
        .replace(/^PRIVATE_KEY=.*$/m, '# PRIVATE_KEY=')
        .replace(/^# PRIVATE_KEY_PATH=.*$/m, 'PRIVATE_KEY_PATH=app.pem')
        .replace(/^WEBHOOK_SECRET=.*$/m, `WEBHOOK_SECRET=${SECRET}`)
        .replace(/^PORT=.*$/m, 'PORT=0')
        .replace(/^HOST=.*$/m, 'HOST=127.0.0.1')
        .replace(/^# GHE_HOST=.*$/m, `GHE_HOST=${new URL(emu.url).host}`)
        .replace(/^# GHE_PROTOCOL=.*$/m, 'GHE_PROTOCOL=http')
        .replace(/^LOG_LEVEL=.*$/m, 'LOG_LEVEL=warn');
      writeFileSync(join(dir, '.env'), filled);
      const child = spawn('npm', ['start', '--silent'], {
        cwd: dir,
        detached: true,
        env: { PATH: process.env.PATH, HOME: process.env.HOME, WRITE_SPACING_MS: '0' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let out = '';
      child.stdout!.on('data', (d: Buffer) => (out += d.toString()));
      child.stderr!.on('data', (d: Buffer) => (out += d.toString()));
      try {
        const url = await waitFor(() => /listening on (http:\/\/\S+)/.exec(out)?.[1], `npm start with .env to listen (${out})`);
        const pr = emu.createPullRequest({ head: 'docs', base: 'main' });
        const before = runsFor(repo.sha('docs')).reduce((n, r) => n + r.writes, 0);
        expect((await deliver(url, SECRET, 'pull_request', prPayload('opened', pr.number))).status).toBe(200);
        await waitFor(() => runsFor(repo.sha('docs')).reduce((n, r) => n + r.writes, 0) > before, 'the check run from the .env-configured app');
      } finally {
        if (child.pid) process.kill(-child.pid, 'SIGTERM');
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('starting without credentials', () => {
  it('names each missing setting and exits 2 without a stack trace', () => {
    const result = spawnSync(process.execPath, [resolve('dist/app.js')], { env: { PATH: process.env.PATH, ENV_FILE: '/nonexistent/.env' }, encoding: 'utf8' });
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('not set: APP_ID');
    expect(result.stderr).toContain('WEBHOOK_SECRET');
    expect(result.stderr).toContain('cp .env.example .env');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });
});
