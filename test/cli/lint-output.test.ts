import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main';
import { CLI, runCli } from '../helpers/git-repo';

const ESC = /\x1b\[/;

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rr-lint-out-'));
  mkdirSync(join(dir, 'db', 'migrations'), { recursive: true });
  mkdirSync(join(dir, 'k8s'), { recursive: true });
  // Two errors and a warning in one migration (no down file, a drop, a non-concurrent index).
  writeFileSync(
    join(dir, 'db/migrations/000002_drop.up.sql'),
    "SET lock_timeout = '2s';\nALTER TABLE users DROP COLUMN legacy;\n\n    CREATE INDEX users_email ON users (email);\n",
  );
  writeFileSync(
    join(dir, 'k8s/deploy.yaml'),
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: registry.example.com/api:latest\n',
  );
  writeFileSync(join(dir, 'README.md'), '# not a migration\n');
  writeFileSync(join(dir, 'notes.txt'), 'nor this\n');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const FILES = ['./db/migrations/000002_drop.up.sql', 'k8s/deploy.yaml', 'README.md', 'notes.txt'];

describe('lint text output', () => {
  it('groups findings by file, each line opening with path:line:column as the user gave the path', () => {
    const result = runCli(['lint', ...FILES], { cwd: dir });
    expect(result.status).toBe(1);
    const blocks = result.stdout.trimEnd().split('\n\n');
    // One block per file with findings, then the skipped files, then the summary.
    expect(blocks).toHaveLength(4);
    const migration = blocks[0]!.split('\n').filter((l) => !l.startsWith('    '));
    expect(migration.map((l) => l.split(/\s+/).slice(0, 3).join(' '))).toEqual([
      './db/migrations/000002_drop.up.sql:1:1 error missing-down-migration',
      './db/migrations/000002_drop.up.sql:2:1 error drop-column',
      './db/migrations/000002_drop.up.sql:4:5 warning non-concurrent-index',
    ]);
    expect(blocks[0]).toMatch(/^ {4}https:\/\/\S+\/docs\/rules\/drop-column\.md$/m);
    expect(blocks[1]!.split('\n')[0]).toMatch(/^k8s\/deploy\.yaml:10:11 +error +mutable-image-tag /);
    expect(blocks[2]).toBe('Skipped (not a migration or deploy file): README.md, notes.txt');
    expect(blocks[3]).toBe('3 errors, 1 warning in 2 files; 2 files skipped (not a migration or deploy file)');
  });

  it('never claims to have read a file it skipped', () => {
    const result = runCli(['lint', 'README.md'], { cwd: dir });
    expect(result.status).toBe(0);
    expect(result.stdout).toBe('Skipped (not a migration or deploy file): README.md\n\nNo file analysed; 1 file skipped (not a migration or deploy file)\n');
    expect(result.stdout).not.toMatch(/No findings in/);
  });

  it('absolute paths stay absolute', () => {
    const abs = join(dir, 'k8s/deploy.yaml');
    const result = runCli(['lint', abs]);
    expect(result.stdout.split('\n')[0]!.startsWith(`${abs}:10:11 `)).toBe(true);
    expect(result.stdout.trimEnd().split('\n').pop()).toBe('1 error in 1 file');
  });
});

describe('colour', () => {
  it('none when the output is not a terminal (a pipe, a file, CI logs)', () => {
    const result = runCli(['lint', ...FILES], { cwd: dir });
    expect(result.stdout).not.toMatch(ESC);
  });

  // `script` (util-linux) runs the CLI on a real pseudo-terminal, as a user's shell does.
  const script = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0;
  const onTerminal = (env: Record<string, string | undefined>) => {
    const command = [process.execPath, CLI, 'lint', ...FILES].map((a) => `'${a}'`).join(' ');
    const result = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: dir, encoding: 'utf8', env: { ...process.env, ...env } });
    return result.stdout;
  };

  it.skipIf(!script)('on a terminal: severities and the summary in colour', () => {
    const out = onTerminal({ NO_COLOR: undefined });
    expect(out).toMatch(/\x1b\[31merror/);
    expect(out).toMatch(/\x1b\[33mwarning/);
    expect(out).toContain('3 errors, 1 warning in 2 files');
  });

  it.skipIf(!script)('on a terminal with NO_COLOR set: no escape codes at all', () => {
    const out = onTerminal({ NO_COLOR: '1' });
    expect(out).toContain('3 errors, 1 warning in 2 files');
    expect(out).not.toMatch(ESC);
  });

  it('in process: colour follows isTTY, and NO_COLOR (any non-empty value) wins', async () => {
    const run = async (isTTY: boolean, env: Record<string, string>) => {
      let out = '';
      const cwd = process.cwd();
      process.chdir(dir);
      try {
        await main(['lint', ...FILES], { stdout: (t) => (out += t), stderr: () => undefined, readStdin: async () => '', isTTY, env });
      } finally {
        process.chdir(cwd);
      }
      return out;
    };
    expect(await run(true, {})).toMatch(ESC);
    expect(await run(true, { NO_COLOR: '1' })).not.toMatch(ESC);
    expect(await run(true, { NO_COLOR: '' })).toMatch(ESC);
    expect(await run(false, {})).not.toMatch(ESC);
  });
});
