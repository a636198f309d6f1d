// What some tests run beside the sources, made ready on first use rather than before every run:
// the built dist/ (rebuilt when src/ is newer) and the tools beside the project (Node 24 for the
// Action, squawk for the differential check). Unit-only runs (`npx vitest run test/core`) never
// build nor download anything. Test files run in parallel workers: a lock directory makes one
// worker do the work while the others wait, then find it done.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { toolPath } from '../../scripts/tools.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const LOCKS = join(ROOT, 'node_modules', '.cache', 'rollback-ready');
/** A lock older than this is left over from a killed run. */
const STALE_LOCK_MS = 10 * 60_000;

function sleepSync(ms: number) {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/** Runs `work` while holding the named lock (a directory: creating one is atomic). */
function withLock<T>(name: string, work: () => T): T {
  const lock = join(LOCKS, `${name}.lock`);
  mkdirSync(LOCKS, { recursive: true });
  for (;;) {
    try {
      mkdirSync(lock);
      break;
    } catch {
      try {
        if (Date.now() - statSync(lock).mtimeMs > STALE_LOCK_MS) rmSync(lock, { recursive: true, force: true });
      } catch {
        // released meanwhile
      }
      sleepSync(100);
    }
  }
  try {
    return work();
  } finally {
    rmSync(lock, { recursive: true, force: true });
  }
}

function newest(dir: string): number {
  let latest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

function distIsFresh(): boolean {
  let built = 0;
  try {
    // The CLI's entry and the Action's (an older layout, with dist/action.js, lacks the latter).
    built = Math.min(statSync(join(ROOT, 'dist', 'cli.js')).mtimeMs, statSync(join(ROOT, 'dist', 'action', 'index.js')).mtimeMs);
  } catch {
    return false;
  }
  return built >= Math.max(newest(join(ROOT, 'src')), statSync(join(ROOT, 'scripts', 'build.mjs')).mtimeMs);
}

let distChecked = false;

/**
 * dist/ as src/ says, for tests that spawn or import it: rebuilt (`npm run build`) when src/ or the
 * build script is newer. A failed build throws with the build's output.
 */
export function ensureDist(): void {
  if (distChecked) return;
  withLock('dist', () => {
    if (distIsFresh()) return;
    const result = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.mjs')], { cwd: ROOT, encoding: 'utf8' });
    if (result.status !== 0) throw new Error(`npm run build failed; tests that run dist/ cannot run:\n${result.stdout}\n${result.stderr}`);
  });
  distChecked = true;
}

/** A tool beside the project (scripts/tools.mjs), installed from the npm registry on first use. */
export function tool(name: 'node24' | 'squawk'): string {
  return withLock(`tool-${name}`, () => toolPath(name));
}
