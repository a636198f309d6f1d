// npm run demo: build a throwaway git repository from examples/ and evaluate two pull requests
// with the built CLI (dist/cli.js), printing the terminal report and the PR comment for each.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

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
    const args = [cli, 'check', '--repo', repo, '--base', 'main', '--head', pr.branch, '--body', bodyFile];
    console.log(`\n${'='.repeat(100)}\n${pr.title}\n$ rollback-ready check --base main --head ${pr.branch} --body body.md\n${'='.repeat(100)}\n`);
    const text = spawnSync(process.execPath, args, { encoding: 'utf8' });
    process.stdout.write(text.stdout);
    if (text.stderr) process.stderr.write(text.stderr);
    console.log(`(exit code ${text.status}: ${text.status === 0 ? 'the required check would pass' : 'the required check blocks the merge'})`);
    const markdown = spawnSync(process.execPath, [...args, '--format', 'markdown'], { encoding: 'utf8' });
    console.log(`\n--- the pull request comment (Markdown) ---\n\n${markdown.stdout}`);
  }
} finally {
  rmSync(repo, { recursive: true, force: true });
}
