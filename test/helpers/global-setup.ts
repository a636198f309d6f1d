import { execFileSync } from 'node:child_process';

// Tests that spawn dist/ must run what src/ says: rebuild once before the run (about a second).
export default function setup(): void {
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
}
