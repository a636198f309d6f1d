// npm run demo: build a throwaway git repository from examples/ and evaluate two pull requests
// with the built CLI (dist/cli.js), printing each pull request's description, then the terminal
// report and the PR comment; then the rollback drill on the passing one, and both through the App.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHmac, generateKeyPairSync } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadEmulator } from './emulator.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(root, 'dist', 'cli.js');
if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run "npm run build" first.');
  process.exit(2);
}

const repo = mkdtempSync(join(tmpdir(), 'rollback-ready-demo-'));
const git = (...args) => execFileSync('git', args, { cwd: repo, encoding: 'utf8' }).trim();
const copy = (from) => cpSync(join(root, 'examples', from), repo, { recursive: true, filter: (src) => !src.endsWith('body.md') });

try {
  git('init', '-q', '-b', 'main');
  git('config', 'user.email', 'demo@example.com');
  git('config', 'user.name', 'Demo');
  git('config', 'commit.gpgsign', 'false');
  copy('base');
  git('add', '-A');
  git('commit', '-qm', 'Create users');
  const baseSha = git('rev-parse', 'HEAD');

  const pullRequests = [
    { branch: 'bad-pr', title: 'PR 1: drop a column, no down migration, no rollback plan' },
    { branch: 'good-pr', title: 'PR 2: add a nullable column, with a down migration and a filled-in plan' },
  ];
  for (const pr of pullRequests) {
    git('checkout', '-q', '-b', pr.branch, 'main');
    copy(pr.branch);
    git('add', '-A');
    git('commit', '-qm', pr.title);
    const body = readFileSync(join(root, 'examples', pr.branch, 'body.md'), 'utf8').replaceAll('{{BASE_SHA}}', baseSha.slice(0, 12));
    writeFileSync(join(repo, `.git/${pr.branch}-body.md`), body);
  }
  git('checkout', '-q', 'main');

  for (const pr of pullRequests) {
    const bodyFile = join(repo, `.git/${pr.branch}-body.md`);
    pr.bodyFile = bodyFile;
    const args = [cli, 'check', '--repo', repo, '--base', 'main', '--head', pr.branch, '--body', bodyFile];
    console.log(`\n${'='.repeat(100)}\n${pr.title}\n${'='.repeat(100)}\n`);
    // The description first: it is what the gates read, and why one pull request fails and the other passes.
    const description = readFileSync(bodyFile, 'utf8').trimEnd();
    console.log(
      `--- the pull request description (body.md) ---\n\n${description
        .split('\n')
        .map((l) => `  | ${l}`)
        .join('\n')}\n`,
    );
    console.log(`$ rollback-ready check --base main --head ${pr.branch} --body body.md\n`);
    const text = spawnSync(process.execPath, args, { encoding: 'utf8' });
    process.stdout.write(text.stdout);
    if (text.stderr) process.stderr.write(text.stderr);
    console.log(`(exit code ${text.status}: ${text.status === 0 ? 'the required check would pass' : 'the required check blocks the merge'})`);
    const markdown = spawnSync(process.execPath, [...args, '--format', 'markdown'], { encoding: 'utf8' });
    console.log(`\n--- the pull request comment (Markdown) ---\n\n${markdown.stdout}`);
  }
  drillFlow(repo, pullRequests[1]);
  await appFlow(repo, pullRequests);
} finally {
  rmSync(repo, { recursive: true, force: true });
}

/**
 * The rollback drill on the good pull request: its migration's up, down and up again on the
 * embedded Postgres (PGlite, inside dist/action/, which the CLI shares), schema and data compared, locks measured. No cache, so
 * what it prints is what a first run does.
 */
function drillFlow(repoDir, pr) {
  console.log(`\n${'='.repeat(100)}\nThe rollback drill on ${pr.title.slice(0, 4)}: up, down, compare, up again on an embedded Postgres\n${'='.repeat(100)}\n`);
  console.log(`$ rollback-ready drill --base main --head ${pr.branch}\n`);
  const drill = spawnSync(process.execPath, [cli, 'drill', '--repo', repoDir, '--base', 'main', '--head', pr.branch, '--no-cache'], { encoding: 'utf8' });
  process.stdout.write(drill.stdout);
  if (drill.status !== 0) process.stderr.write(drill.stderr);
  console.log(`(exit code ${drill.status}: ${drill.status === 0 ? 'the rollback works as written' : 'the rollback does not work as written'})`);
}

/**
 * The same two pull requests through the GitHub App: a local GitHub API (test/support/emulator,
 * built on the spot by scripts/emulator.mjs; backed by the demo repository), the App server (dist/app.js) started as users start it, and one signed
 * pull_request.opened delivery each. Prints the check run and the sticky comment the App leaves.
 */
async function appFlow(repoDir, pullRequests) {
  const startEmulator = await loadEmulator();
  const emulator = await startEmulator({ repoDir, defaultBranch: 'main' });
  const secret = 'demo-webhook-secret';
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const app = spawn(process.execPath, [join(root, 'dist', 'app.js')], {
    env: {
      PATH: process.env.PATH,
      APP_ID: '12345',
      PRIVATE_KEY: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
      WEBHOOK_SECRET: secret,
      GHE_HOST: new URL(emulator.url).host,
      GHE_PROTOCOL: 'http',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let logs = '';
  app.stdout.on('data', (d) => (logs += d));
  app.stderr.on('data', (d) => (logs += d));
  try {
    const hookUrl = await waitFor(
      () => /listening on (http:\/\/\S+)/.exec(logs)?.[1],
      'the App to listen',
      () => logs,
    );
    console.log(`\n${'='.repeat(100)}\nThe same pull requests through the GitHub App\n${'='.repeat(100)}`);
    console.log(`local GitHub API: ${emulator.url}   App webhook endpoint: ${hookUrl}\n`);
    const examples = JSON.parse(readFileSync(join(root, 'node_modules/@octokit/webhooks-examples/api.github.com/index.json'), 'utf8'));
    const opened = examples.find((e) => e.name === 'pull_request').examples.find((e) => e.action === 'opened');
    // The author's ticks in the description count only with write access (config: attest.permission).
    emulator.setPermission('octocat', 'write');
    for (const pr of pullRequests) {
      const created = emulator.createPullRequest({ head: pr.branch, base: 'main', title: pr.title, body: readFileSync(pr.bodyFile, 'utf8'), user: 'octocat' });
      const headSha = execFileSync('git', ['rev-parse', pr.branch], { cwd: repoDir, encoding: 'utf8' }).trim();
      const baseSha = execFileSync('git', ['rev-parse', 'main'], { cwd: repoDir, encoding: 'utf8' }).trim();
      const payload = structuredClone(opened);
      payload.number = created.number;
      payload.pull_request.number = created.number;
      payload.pull_request.head = { ...payload.pull_request.head, sha: headSha, ref: pr.branch };
      payload.pull_request.base = { ...payload.pull_request.base, sha: baseSha, ref: 'main' };
      payload.repository = {
        ...payload.repository,
        name: emulator.repo,
        full_name: `${emulator.owner}/${emulator.repo}`,
        owner: { ...payload.repository.owner, login: emulator.owner },
      };
      payload.installation = { id: 424242, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uNDI0MjQy' };
      const body = JSON.stringify(payload);
      const res = await fetch(hookUrl, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-github-event': 'pull_request',
          'x-github-delivery': `demo-${created.number}`,
          'x-hub-signature-256': `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`,
        },
        body,
      });
      const run = await waitFor(
        () => emulator.state.checkRuns.find((r) => r.head_sha === headSha && r.status === 'completed'),
        'the check run',
        () => logs,
      );
      const comment = await waitFor(
        () => emulator.state.comments.find((c) => c.issue_number === created.number),
        'the comment',
        () => logs,
      );
      console.log(`--- ${pr.title}`);
      console.log(`delivery: pull_request.opened #${created.number} → HTTP ${res.status}`);
      console.log(`check run "${run.name}" on ${headSha.slice(0, 7)}: ${run.conclusion} — ${run.output.title}; ${run.annotations.length} annotation(s)`);
      for (const a of run.annotations.slice(0, 5)) console.log(`  ${a.annotation_level} ${a.path}:${a.start_line} ${a.title ?? ''}`);
      console.log(
        `sticky comment by @${comment.user.login} (first lines):\n${comment.body
          .split('\n')
          .slice(0, 14)
          .map((l) => `  | ${l}`)
          .join('\n')}\n`,
      );
    }
    console.log(`API requests the App made: ${emulator.requests.length}; OpenAPI mismatches: ${emulator.validationErrors.length}`);
  } finally {
    app.kill();
    await emulator.close();
  }
}

async function waitFor(probe, what, context, timeoutMs = 30_000) {
  const started = Date.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}\n${context?.() ?? ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
