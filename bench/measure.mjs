// Runs a Node script as a new process and reports its wall time and peak memory (the resident set
// high-water mark of the whole process, worker threads included), read by the process itself at
// exit: no external `time` tool needed.
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** `node --import <writer> script args…`, timed; maxRssMb is the child's peak resident memory. */
export function runMeasured(script, args, options = {}, nodeArgs = []) {
  const out = join(tmpdir(), `rr-peak-${process.pid}-${Date.now()}.txt`);
  const preload = `data:text/javascript,${encodeURIComponent(
    `import { writeFileSync } from 'node:fs'; process.on('exit', () => writeFileSync(${JSON.stringify(out)}, String(process.resourceUsage().maxRSS)));`,
  )}`;
  const started = performance.now();
  const result = spawnSync(process.execPath, [...nodeArgs, '--import', preload, script, ...args], { encoding: 'utf8', maxBuffer: 1 << 28, ...options });
  const elapsed = performance.now() - started;
  let maxRssMb = NaN;
  try {
    maxRssMb = Number(readFileSync(out, 'utf8')) / 1024;
    rmSync(out, { force: true });
  } catch {
    // the process died before exit handlers ran
  }
  return { elapsed, maxRssMb, status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const mb = (x) => (Number.isFinite(x) ? `${x.toFixed(0)} MB` : 'n/a');
