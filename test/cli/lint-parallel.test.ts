import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { claim, drain, PARALLEL_MIN_FILES } from '../../src/cli/lint-parallel';
import { ensureDist } from '../helpers/built';

const CLI = resolve('dist/cli.js');

/** `lint` through the built CLI with at most `threads` threads (ROLLBACK_READY_LINT_THREADS). */
const lint = (cwd: string, threads: number, args: string[]) => {
  const r = spawnSync(process.execPath, [CLI, 'lint', ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, ROLLBACK_READY_LINT_THREADS: String(threads), NO_COLOR: '1' },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
};

/**
 * A golang-migrate folder large enough for worker threads: pairs whose ups create tables, change
 * the types of earlier tables' columns (so a worker looks back into files another thread lints),
 * drop and rename columns, plus a file that is not a migration and one the parser rejects.
 */
function writeFolder(dir: string, pairs: number): string[] {
  const folder = join(dir, 'db', 'migrations');
  mkdirSync(folder, { recursive: true });
  const files: string[] = [];
  for (let i = 1; i <= pairs; i++) {
    const stem = `db/migrations/${String(i).padStart(6, '0')}_step_${i}`;
    const up = [`CREATE TABLE t${i} (id bigserial PRIMARY KEY, email varchar(100), notes text, qty integer);`];
    if (i > 3 && i % 3 === 0) up.push(`ALTER TABLE t${Math.max(1, i - 3 - (i % 200))} ALTER COLUMN email TYPE ${i % 2 ? 'text' : 'integer USING 0'};`);
    if (i % 7 === 0) up.push(`ALTER TABLE t${i - 1} DROP COLUMN notes;`);
    if (i % 11 === 0) up.push(`ALTER TABLE t${i - 1} RENAME COLUMN qty TO quantity;`);
    if (i % 13 === 0) up.push(`CREATE INDEX CONCURRENTLY t${i}_email ON t${i} (email);`);
    if (i === Math.floor(pairs * 0.8)) up.push('ALTER TABLE oops ADD COLUMN;');
    writeFileSync(join(dir, `${stem}.up.sql`), up.join('\n') + '\n');
    files.push(`${stem}.up.sql`);
    if (i % 17 !== 0) {
      writeFileSync(join(dir, `${stem}.down.sql`), `DROP TABLE t${i};\n`);
      files.push(`${stem}.down.sql`);
    }
  }
  writeFileSync(join(dir, 'notes.txt'), 'not a migration\n');
  files.splice(Math.floor(files.length * 0.6), 0, 'notes.txt');
  return files;
}

let dir: string;
let files: string[];
beforeAll(() => {
  ensureDist();
  dir = mkdtempSync(join(tmpdir(), 'rr-lint-parallel-'));
  files = writeFolder(dir, 260);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('lint on several threads (built CLI)', () => {
  it('reports exactly what one thread reports, in every format', () => {
    expect(files.length).toBeGreaterThanOrEqual(PARALLEL_MIN_FILES);
    for (const format of ['json', 'text', 'sarif']) {
      const one = lint(dir, 1, [...files, '--format', format]);
      const two = lint(dir, 2, [...files, '--format', format]);
      expect(one.stderr).toBe('');
      expect(two).toEqual(one);
      expect(one.status).toBe(1);
    }
    const { findings } = JSON.parse(lint(dir, 2, [...files, '--format', 'json']).stdout) as { findings: { rule: string; path: string }[] };
    const rules = new Set(findings.map((f) => f.rule));
    for (const rule of ['change-column-type', 'drop-column', 'rename-column', 'parse-error', 'missing-down-migration', 'not-analysed'])
      expect(rules).toContain(rule);
    // Findings from files in the last quarter: a worker's range.
    expect(findings.some((f) => f.path > files[Math.floor(files.length * 0.9)]!)).toBe(true);
  });

  it('fails on the first file it cannot read, as one thread does', () => {
    const late = [...files];
    late.splice(Math.floor(files.length * 0.9), 0, 'db/migrations/missing-late.up.sql');
    late.splice(Math.floor(files.length * 0.7), 0, 'db/migrations/missing-early.up.sql');
    const one = lint(dir, 1, [...late, '--format', 'json']);
    const two = lint(dir, 2, [...late, '--format', 'json']);
    expect(one.status).toBe(2);
    expect(one.stderr).toContain('missing-early.up.sql: no such file');
    expect(two).toEqual(one);
  });
});

describe('sharing the files between threads', () => {
  const pack = (next: number, end: number) => next | (end << 16);
  const words = (ranges: [number, number][], stop: number) => {
    const w = new Int32Array(new SharedArrayBuffer(4 * (2 * ranges.length + 1)));
    ranges.forEach(([next, end], t) => (w[t] = pack(next, end)));
    w[2 * ranges.length] = stop;
    return w;
  };

  it('gives every file to exactly one thread, a thread out of files taking half of the largest range left', () => {
    const w = words(
      [
        [0, 10],
        [10, 30],
        [30, 31],
      ],
      31,
    );
    const taken: number[][] = [[], [], []];
    // Thread 2 finishes its one file, then takes the second half of thread 1's range (20..30).
    taken[2]!.push(claim(w, 3, 2), claim(w, 3, 2));
    expect(taken[2]).toEqual([30, 20]);
    for (let i = 0, busy = true; busy; i++) {
      busy = false;
      for (let t = 0; t < 3; t++) {
        const k = claim(w, 3, t);
        if (k >= 0) {
          taken[t]!.push(k);
          busy = true;
        }
      }
    }
    expect(taken.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: 31 }, (_, i) => i));
    // Each thread lints in order within what it took.
    expect(taken[0]!.slice(0, 10)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('stops at a failed file: later files are not linted, earlier ones still are', async () => {
    const w = words(
      [
        [0, 6],
        [6, 12],
      ],
      12,
    );
    const seen: number[] = [];
    const failure = await drain(
      w,
      2,
      1,
      async (i) => {
        if (i === 8) throw new Error('cannot read 8');
        return { findings: [], columns: [] };
      },
      (i) => seen.push(i),
    );
    expect(failure).toEqual({ index: 8, name: 'Error', message: 'cannot read 8' });
    expect(seen).toEqual([6, 7]);
    expect(w[4]).toBe(8);
    const rest: number[] = [];
    for (let k = claim(w, 2, 0); k >= 0; k = claim(w, 2, 0)) rest.push(k);
    expect(rest).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
