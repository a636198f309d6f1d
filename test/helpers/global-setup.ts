import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { toolPath } from '../../scripts/tools.mjs';

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

// Tests that spawn dist/ must run what src/ says: rebuild before the run when src/ is newer.
// A failed build does not stop unit tests; the tests that spawn dist/ then fail on their own.
export default function setup(): void {
  // Node 24 (the Action's runtime) and squawk (the differential check), installed once.
  toolPath('node24');
  toolPath('squawk');
  let built = 0;
  try {
    built = statSync('dist/cli.js').mtimeMs;
  } catch {
    built = 0;
  }
  if (built >= Math.max(newest('src'), statSync('scripts/build.mjs').mtimeMs)) return;
  const result = spawnSync(process.execPath, ['scripts/build.mjs'], { encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(`\n[global-setup] npm run build failed; tests that run dist/ will fail:\n${result.stderr}\n`);
  }
}
