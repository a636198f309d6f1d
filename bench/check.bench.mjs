// `check` on a generated 3,000-file pull request: git I/O and evaluation timed apart (in-process,
// median of several runs), then the built CLI end to end as a user runs it.
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { importTs, makeGitRepo, median, ms, root, timeit } from './lib.mjs';

const RUNS = 7;
const prFiles = {};
for (let i = 0; i < 1000; i++) {
  const n = String(i + 2).padStart(6, '0');
  prFiles[`db/migrations/${n}_t${i}.up.sql`] = `CREATE TABLE t${i} (id bigint PRIMARY KEY, name text);\nCREATE INDEX t${i}_name ON t${i} (name);\n`;
  prFiles[`db/migrations/${n}_t${i}.down.sql`] = `DROP TABLE t${i};\n`;
  prFiles[`src/module${i}.js`] = `export const m${i} = ${i};\n`;
}
const repo = makeGitRepo(
  {
    'README.md': '# bench\n',
    'db/migrations/000001_init.up.sql': 'CREATE TABLE users (id int);\n',
    'db/migrations/000001_init.down.sql': 'DROP TABLE users;\n',
  },
  prFiles,
);
const body = '## Rollback plan\n\nRevert SHA: `' + repo.git('rev-parse', 'main') + '`\n\n### Rollback steps\n1. Redeploy.\n';

const { readGitPullRequest, evaluate } = await importTs(
  'check',
  "export { readGitPullRequest } from './src/cli/read-git-pr'; export { evaluate } from './src/core/evaluate'; import { useNodeWasm } from './src/node/wasm'; useNodeWasm();",
);

const gitTimes = [];
const evalTimes = [];
let report;
for (let i = 0; i < RUNS; i++) {
  const [g, pr] = await timeit(() => readGitPullRequest({ repoDir: repo.dir, base: 'main', head: 'pr' }));
  const [e, evaluation] = await timeit(() => evaluate({ ...pr.input, body }));
  gitTimes.push(g);
  evalTimes.push(e);
  report = evaluation.report;
}
// Baseline, same repository, same run: what git itself takes to list the diff and print every
// changed blob (the floor our git I/O stands on).
const floorTimes = [];
for (let i = 0; i < RUNS; i++) {
  const t = performance.now();
  const raw = execFileSync('git', ['diff', '--raw', '--no-abbrev', '-z', '-M', 'main', 'pr'], { cwd: repo.dir, encoding: 'utf8', maxBuffer: 1 << 28 });
  const ids = raw
    .split('\0')
    .filter((p) => p.startsWith(':'))
    .map((p) => p.split(' ')[3]);
  execFileSync('git', ['cat-file', '--batch'], { cwd: repo.dir, input: ids.join('\n') + '\n', maxBuffer: 1 << 28 });
  floorTimes.push(performance.now() - t);
}
const cliTimes = [];
for (let i = 0; i < 5; i++) {
  const t = performance.now();
  const r = spawnSync(process.execPath, [join(root, 'dist/cli.js'), 'check', '--repo', repo.dir, '--base', 'main', '--head', 'pr', '--format', 'json'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
  cliTimes.push(performance.now() - t);
  if (r.status === 2) throw new Error(r.stderr);
}
rmSync(repo.dir, { recursive: true, force: true });

console.log(`check on a 3,000-file pull request (${report.changes.length} relevant, ${report.findings.length} findings), ${RUNS} runs:`);
console.log(
  `  git I/O     median ${ms(median(gitTimes))}   (baseline: git diff --raw + cat-file of every blob, ${ms(median(floorTimes))}; ratio ${(median(gitTimes) / median(floorTimes)).toFixed(2)}x)`,
);
console.log(`  evaluation  median ${ms(median(evalTimes))}   (first run ${ms(evalTimes[0])}: includes loading the SQL parser)`);
console.log(`  CLI end to end (node dist/cli.js check, new process each time) median ${ms(median(cliTimes))}`);
