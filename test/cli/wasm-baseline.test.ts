// The parsers' WebAssembly stays on V8's baseline compiler (Liftoff) in every face
// (src/node/wasm.ts, keepWasmOnBaseline), as V8's own trace of each function it compiles shows.
// By default V8 recompiles hot functions with its optimising compiler, and the process waits for
// that before it exits: under Node 24 (the Action's runtime) libpg-query's grammar alone took 2 s
// and 610 MB, so a `check` of two migrations ran 2.3 s instead of 0.4 s. A `--liftoff-only` set at
// run time, which Node 20 honours, is ignored by Node 24's V8: this runs both.
import { spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tool } from '../helpers/built';
import { CLI, makeRepo, runCli, type TempRepo } from '../helpers/git-repo';

let repo: TempRepo;

beforeAll(() => {
  repo = makeRepo();
  repo.write({
    'db/migrations/000001_users.up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email varchar(100));\n',
    'db/migrations/000001_users.down.sql': 'DROP TABLE users;\n',
  });
  repo.commit('users');
  repo.git('checkout', '-q', '-b', 'status');
  // Enough SQL for V8's tiering budget: its hot parser functions tier up when allowed (the control below).
  const files: Record<string, string> = {};
  for (let i = 2; i < 12; i++) {
    const n = String(i).padStart(6, '0');
    files[`db/migrations/${n}_s${i}.up.sql`] =
      `ALTER TABLE users ADD COLUMN s${i} text;\nALTER TABLE users ALTER COLUMN email TYPE varchar(${100 + i});\nCREATE INDEX users_s${i}_idx ON users (s${i}, email);\n`;
    files[`db/migrations/${n}_s${i}.down.sql`] = `DROP INDEX users_s${i}_idx;\nALTER TABLE users DROP COLUMN s${i};\n`;
  }
  repo.write(files);
  repo.commit('statuses');
  runCli(['--help']); // builds dist/ when src/ is newer, before the timed-out spawns below
});

afterAll(() => repo?.cleanup());

/** The functions V8 compiled with its optimising compiler during `args`, from its trace. */
function optimised(node: string, args: string[], env: Record<string, string> = {}): { status: number | null; turbofan: string[]; liftoff: number } {
  const r = spawnSync(node, ['--trace-wasm-compilation-times', CLI, ...args], {
    cwd: repo.dir,
    encoding: 'utf8',
    maxBuffer: 1 << 28,
    env: { ...process.env, ...env },
  });
  const lines = r.stdout.split('\n');
  return { status: r.status, turbofan: lines.filter((l) => l.includes('using TurboFan')), liftoff: lines.filter((l) => l.includes('using Liftoff')).length };
}

const sqlFiles = () => repo.git('ls-files', 'db').split('\n');

describe.each([
  ['this Node', process.execPath],
  ['Node 24', 'node24'],
])('WebAssembly on the baseline compiler under %s', (_, which) => {
  const node = () => (which === 'node24' ? tool('node24') : which);

  it('check: the parser is compiled by Liftoff only', () => {
    const run = optimised(node(), ['check', '--base', 'main', '--format', 'json']);
    expect(run.status).toBe(1);
    expect(run.liftoff).toBeGreaterThan(0);
    expect(run.turbofan).toEqual([]);
  });

  it('lint: the parser is compiled by Liftoff only', () => {
    const run = optimised(node(), ['lint', ...sqlFiles(), '--format', 'json']);
    expect(run.status).toBe(0);
    expect(run.liftoff).toBeGreaterThan(0);
    expect(run.turbofan).toEqual([]);
  });
});

it('ROLLBACK_READY_WASM_TIERUP=1 leaves V8 its optimising compiler (the trace above would show it)', () => {
  const run = optimised(process.execPath, ['lint', ...sqlFiles(), '--format', 'json'], { ROLLBACK_READY_WASM_TIERUP: '1' });
  expect(run.status).toBe(0);
  expect(run.turbofan.length).toBeGreaterThan(0);
});
