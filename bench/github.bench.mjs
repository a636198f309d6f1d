// GitHub faces: API requests per evaluation as the emulator counts them (token requests included),
// for the App (dist/app.js, a signed delivery) and the Action (dist/action/index.js); and the Action's
// cold start on a not-applicable PR beside a hello-world action, both under Node 24.
// Prints figures; never fails on them.
import { spawn } from 'node:child_process';
import { createHmac, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { loadEmulator } from '../scripts/emulator.mjs';
import { toolPath } from '../scripts/tools.mjs';
import { makeGitRepo, median, ms, root } from './lib.mjs';

const NODE24 = toolPath('node24');
const node24 = NODE24;
const startEmulator = await loadEmulator();

// ---------------------------------------------------------------- repositories
const typicalFiles = {
  'db/migrations/000002_add_status.up.sql': 'ALTER TABLE users ADD COLUMN status text;\n',
  'db/migrations/000002_add_status.down.sql': 'ALTER TABLE users DROP COLUMN status;\n',
  'src/users.js': 'export const users = [];\n',
  'src/status.js': 'export const status = "active";\n',
  'README.md': '# service\n\nUsers have a status.\n',
};
const MIGRATION_PAIRS = 5;
const bigFiles = {};
for (let i = 0; i < 3000 - MIGRATION_PAIRS * 2; i++) bigFiles[`src/gen/module${i}.js`] = `export const m${i} = ${i};\n`;
for (let i = 0; i < MIGRATION_PAIRS; i++) {
  const n = String(i + 10).padStart(6, '0');
  bigFiles[`db/migrations/${n}_t${i}.up.sql`] = `CREATE TABLE t${i} (id bigint PRIMARY KEY);\n`;
  bigFiles[`db/migrations/${n}_t${i}.down.sql`] = `DROP TABLE t${i};\n`;
}
const base = {
  'README.md': '# service\n',
  '.github/rollback-ready.yml': 'rules: {}\n',
  'db/migrations/000001_users.up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY);\n',
  'db/migrations/000001_users.down.sql': 'DROP TABLE users;\n',
};
const repo = makeGitRepo(base, typicalFiles);
repo.git('checkout', '-q', '-b', 'big', 'main');
for (const [path, content] of Object.entries(bigFiles)) {
  mkdirSync(join(repo.dir, path, '..'), { recursive: true });
  writeFileSync(join(repo.dir, path), content);
}
repo.git('add', '-A');
repo.git('commit', '-qm', 'big');
repo.git('checkout', '-q', '-b', 'docs', 'main');
writeFileSync(join(repo.dir, 'README.md'), '# service\n\nDocs only.\n');
repo.git('commit', '-qam', 'docs');
repo.git('checkout', '-q', 'main');
const mainSha = repo.git('rev-parse', 'main');
const body = `## Rollback plan\n\nRevert SHA: \`${mainSha}\`\n\n### Trigger\nErrors rise.\n\n### Rollback steps\n1. Redeploy the previous image.\n\n### Verification\nDashboards are green.\n`;

const emu = await startEmulator({ repoDir: repo.dir, validate: false });
const sha = (ref) => repo.git('rev-parse', ref);

// ---------------------------------------------------------------- the App
const SECRET = 'bench-secret';
const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
const app = spawn(process.execPath, [join(root, 'dist/app.js')], {
  env: {
    PATH: process.env.PATH,
    APP_ID: '12345',
    PRIVATE_KEY: privateKey.export({ type: 'pkcs1', format: 'pem' }).toString(),
    WEBHOOK_SECRET: SECRET,
    GHE_HOST: new URL(emu.url).host,
    GHE_PROTOCOL: 'http',
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'error',
  },
  stdio: ['ignore', 'pipe', 'inherit'],
});
const hookUrl = await new Promise((resolve, reject) => {
  let out = '';
  app.stdout.on('data', (d) => {
    out += d.toString();
    const m = /listening on (http:\/\/\S+)/.exec(out);
    if (m) resolve(m[1]);
  });
  app.on('exit', () => reject(new Error(`app exited: ${out}`)));
});

async function deliverPullRequest(number) {
  const pr = emu.state.pulls.get(number);
  const payload = {
    action: 'synchronize',
    number,
    pull_request: { number, head: { sha: sha(pr.head), ref: pr.head }, base: { sha: sha(pr.base), ref: pr.base } },
    repository: { name: emu.repo, full_name: `${emu.owner}/${emu.repo}`, owner: { login: emu.owner }, html_url: `https://github.com/${emu.owner}/${emu.repo}` },
    sender: { login: 'octocat', type: 'User' },
    installation: { id: 424242 },
  };
  const text = JSON.stringify(payload);
  const res = await fetch(hookUrl, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': 'pull_request',
      'x-github-delivery': `bench-${number}-${Date.now()}`,
      'x-hub-signature-256': `sha256=${createHmac('sha256', SECRET).update(text).digest('hex')}`,
    },
    body: text,
  });
  if (res.status !== 200) throw new Error(`delivery answered ${res.status}: ${await res.text()}`);
}

function describeRequests(requests) {
  const counts = new Map();
  for (const r of requests) {
    const key = `${r.method} ${r.path
      .replace(/\/repos\/[^/]+\/[^/]+/, '')
      .replace(/\/[0-9a-f]{40}(?=\/|$)/g, '/{sha}')
      .replace(/\/\d+(?=\/|$)/g, '/{n}')
      .replace(/contents\/.*/, 'contents/…')
      .replace(/compare\/.*/, 'compare/…')}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([k, n]) => `${n}× ${k}`).join(', ');
}

const rows = [];
async function measureApp(label, head, budget) {
  const pr = emu.createPullRequest({ head, base: 'main', body });
  emu.resetRequests();
  await deliverPullRequest(pr.number);
  const first = [...emu.requests];
  emu.resetRequests();
  await deliverPullRequest(pr.number);
  const second = [...emu.requests];
  rows.push({ face: 'App', label, first: first.length, second: second.length, budget, detail: describeRequests(first) });
}

await measureApp('typical PR (5 files, one migration pair)', 'pr', '≤ 10');
await measureApp(`3,000-file PR (${MIGRATION_PAIRS * 2} migration files read)`, 'big', `≤ ${40 + MIGRATION_PAIRS * 2}`);
app.kill('SIGTERM');

// ---------------------------------------------------------------- the Action
const work = mkdtempSync(join(tmpdir(), 'rr-bench-action-'));
function actionEnv(number, extra = {}, on = emu, git = repo.git) {
  const pr = on.state.pulls.get(number);
  const shaOf = (ref) => git('rev-parse', ref);
  // As GitHub sends it: the event's pull request carries its SHAs and changed-file count.
  const changedFiles = git('diff', '--name-only', `${shaOf(pr.base)}...${shaOf(pr.head)}`)
    .split('\n')
    .filter(Boolean).length;
  const eventPath = join(work, `event-${number}.json`);
  writeFileSync(
    eventPath,
    JSON.stringify({
      action: 'synchronize',
      number,
      pull_request: { number, changed_files: changedFiles, head: { sha: shaOf(pr.head), ref: pr.head }, base: { sha: shaOf(pr.base), ref: pr.base } },
      repository: { name: on.repo, owner: { login: on.owner } },
    }),
  );
  const output = join(work, 'output');
  const summary = join(work, 'summary');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  return {
    PATH: process.env.PATH,
    GITHUB_EVENT_NAME: 'pull_request',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_REPOSITORY: `${on.owner}/${on.repo}`,
    GITHUB_API_URL: on.url,
    GITHUB_OUTPUT: output,
    GITHUB_STEP_SUMMARY: summary,
    RUNNER_TEMP: work,
    'INPUT_GITHUB-TOKEN': 'ghs_bench',
    INPUT_CONFIG: '.github/rollback-ready.yml',
    INPUT_MODE: 'check',
    'INPUT_DRY-RUN': 'false',
    ...extra,
  };
}
function runNode(script, env) {
  return new Promise((resolve) => {
    const t = performance.now();
    const child = spawn(node24, [script], { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => (err += d));
    child.on('close', (code) => resolve({ ms: performance.now() - t, code, err }));
  });
}

const typicalAction = emu.createPullRequest({ head: 'pr', base: 'main', body });
emu.resetRequests();
await runNode(join(root, 'dist/action/index.js'), actionEnv(typicalAction.number));
rows.push({
  face: 'Action',
  label: 'typical PR (5 files, one migration pair)',
  first: emu.requests.length,
  second: '',
  budget: '≤ 10',
  detail: describeRequests(emu.requests),
});

// A hello-world action: @actions/core and @actions/github only, bundled the same way.
const helloDir = join(work, 'hello');
mkdirSync(helloDir, { recursive: true });
await build({
  stdin: {
    contents: `import * as core from '@actions/core';
import * as github from '@actions/github';
const octokit = github.getOctokit(core.getInput('github-token'));
const { data } = await octokit.rest.pulls.get({ ...github.context.repo, pull_number: github.context.payload.pull_request.number });
core.setOutput('title', data.title);
core.info('hello ' + data.title);`,
    resolveDir: root,
    loader: 'js',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: join(helloDir, 'index.js'),
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'error',
});
writeFileSync(join(helloDir, 'package.json'), '{"type":"module"}\n');

// The request floor: an action with no logic that makes the requests an evaluation of a pull request
// needs (the pull request, its files, the base config, the check run to update, the sticky comment:
// at once; then the check run), through the same Octokit retry and throttling plugins. No
// implementation that reads fresh, reads the config from the base and updates in place can start
// faster than this.
const floorDir = join(work, 'floor');
mkdirSync(floorDir, { recursive: true });
await build({
  stdin: {
    contents: `import * as core from '@actions/core';
import * as github from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
const octokit = github.getOctokit(core.getInput('github-token'), { throttle: { onRateLimit: () => true, onSecondaryRateLimit: () => true } }, retry, throttling);
const { repo } = github.context;
const event = github.context.payload.pull_request;
const [{ data: pr }] = await Promise.all([
  octokit.rest.pulls.get({ ...repo, pull_number: event.number }),
  octokit.rest.pulls.listFiles({ ...repo, pull_number: event.number, per_page: 100 }),
  octokit.rest.repos.getContent({ ...repo, path: core.getInput('config'), ref: event.base.sha }).catch((e) => e),
  octokit.rest.checks.listForRef({ ...repo, ref: event.head.sha, check_name: 'Rollback readiness', filter: 'latest', per_page: 1 }),
  octokit.rest.issues.listComments({ ...repo, issue_number: event.number, per_page: 100 }),
]);
await octokit.rest.checks.create({ ...repo, name: 'Rollback readiness', head_sha: pr.head.sha, status: 'completed', conclusion: 'success', output: { title: 'No rollback-relevant changes', summary: 'Nothing to check.' } });
core.setOutput('verdict', 'not-applicable');`,
    resolveDir: root,
    loader: 'js',
  },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  outfile: join(floorDir, 'index.js'),
  banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
  logLevel: 'error',
});
writeFileSync(join(floorDir, 'package.json'), '{"type":"module"}\n');

// Cold start against a small repository of its own, so the emulator's git work on the big branch
// does not weigh on either side.
await emu.close();
const small = makeGitRepo({ 'README.md': '# service\n', 'src/app.js': 'export {};\n' }, { 'README.md': '# service\n\nDocs only.\n' });
const coldEmu = await startEmulator({ repoDir: small.dir, validate: false });
const docsPr = coldEmu.createPullRequest({ head: 'pr', base: 'main' });
const RUNS = 7;
const ours = [];
const hello = [];
const floor = [];
for (let i = 0; i < RUNS; i++) {
  const coldEnv = actionEnv(docsPr.number, {}, coldEmu, small.git);
  const a = await runNode(join(root, 'dist/action/index.js'), coldEnv);
  if (a.code !== 0) throw new Error(`action failed: ${a.err}`);
  ours.push(a.ms);
  const h = await runNode(join(helloDir, 'index.js'), coldEnv);
  if (h.code !== 0) throw new Error(`hello failed: ${h.err}`);
  hello.push(h.ms);
  const f = await runNode(join(floorDir, 'index.js'), coldEnv);
  if (f.code !== 0) throw new Error(`request floor failed: ${f.err}`);
  floor.push(f.ms);
}

await coldEmu.close();
rmSync(repo.dir, { recursive: true, force: true });
rmSync(small.dir, { recursive: true, force: true });
rmSync(work, { recursive: true, force: true });

console.log('API requests per evaluation (emulator count, token requests included)\n');
console.log('| face | pull request | first delivery | redelivery | target |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(`| ${r.face} | ${r.label} | ${r.first} | ${r.second} | ${r.budget} |`);
console.log('');
for (const r of rows) console.log(`- ${r.face}, ${r.label}: ${r.detail}`);
console.log(
  `\nAction cold start on a not-applicable PR, ${node24 === NODE24 ? 'Node 24' : `node ${process.version}`}, median of ${RUNS} runs (process spawn to exit, one evaluation):`,
);
console.log(`- rollback-ready dist/action/index.js: ${ms(median(ours))}`);
console.log(`- hello-world action (@actions/core + @actions/github, one API call): ${ms(median(hello))}`);
console.log(`- request floor (no logic; the same five reads at once, then the check run, same Octokit plugins): ${ms(median(floor))}`);
console.log(
  `- ratio: ${(median(ours) / median(hello)).toFixed(2)}× hello-world (target ≤ 1.3×); the request floor alone is ${(median(floor) / median(hello)).toFixed(2)}× hello-world, and rollback-ready is ${(median(ours) / median(floor)).toFixed(2)}× the floor`,
);
