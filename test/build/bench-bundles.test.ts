// `npm run bench` must work on a fresh clone: the benches bundle the sources on the spot
// (bench/lib.mjs) and run them on this Node. A bundle that keeps syntax Node 20 does not run (a
// `using` declaration, which the readers use to free their syntax trees) broke check.bench.mjs
// once; this bundles what that bench imports and runs it in a plain Node process.
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';

it('bundles the sources the check bench imports into a module this Node runs', () => {
  const script = `
    const { importTs } = await import('./bench/lib.mjs');
    const m = await importTs('bench-bundles-test', "export { readGitPullRequest } from './src/cli/read-git-pr'; export { evaluate } from './src/core/evaluate';");
    console.log(typeof m.readGitPullRequest, typeof m.evaluate);
  `;
  const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  expect(r.stderr).not.toContain('SyntaxError');
  expect(r.stdout.trim()).toBe('function function');
  expect(r.status).toBe(0);
});
