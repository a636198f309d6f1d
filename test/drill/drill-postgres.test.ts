// The rollback drill on a real PostgreSQL server (a throwaway cluster on a loopback port), as a
// user runs it: the cases every engine passes (drill-cases.ts), then what a user sets up wrong.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/git-repo';
import { startPostgres, type TestPostgres } from '../helpers/postgres';
import { drillCases, drillFixtures, pair } from './drill-cases';

const fixtures = drillFixtures();
const { prRepo } = fixtures;
drillCases('postgres', fixtures);

describe('drill on a real server: what the user sets up wrong', () => {
  let pg: TestPostgres;
  beforeAll(async () => {
    pg = await startPostgres();
  }, 60_000);
  afterAll(() => pg?.stop());

  it('exits 2 with one line when the server cannot be reached', () => {
    const repo = prRepo(pair('000002_x', 'ALTER TABLE users ADD COLUMN x int;\n', 'ALTER TABLE users DROP COLUMN x;\n'));
    const { status, stdout, stderr } = runCli(['drill', '--base', 'main', '--database-url', 'postgres://postgres:secret@127.0.0.1:1/postgres'], {
      cwd: repo.dir,
    });
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toMatch(/^rollback-ready: cannot connect to postgres:\/\/postgres:\*\*\*@127\.0\.0\.1:1\/postgres/);
    expect(stderr).not.toContain('secret');
  });

  it('exits 2 when the role may not create databases, and never touches the named database', () => {
    pg.psql('CREATE ROLE drill_reader LOGIN; CREATE TABLE keep_me (id int); INSERT INTO keep_me VALUES (1);');
    const repo = prRepo(pair('000002_x', 'ALTER TABLE users ADD COLUMN x int;\n', 'ALTER TABLE users DROP COLUMN x;\n'));
    const url = pg.url.replace('postgres@', 'drill_reader@');
    const { status, stderr } = runCli(['drill', '--base', 'main', '--database-url', url], { cwd: repo.dir });
    expect(status).toBe(2);
    expect(stderr).toContain('may not create databases');
    expect(pg.psql('SELECT count(*) FROM keep_me').trim()).toBe('1');
  });

  it('leaves no database of its own behind', () => {
    const repo = prRepo(pair('000002_x', 'ALTER TABLE users ADD COLUMN x int;\n', 'SELECT 1;\n'));
    const { status } = runCli(['drill', '--base', 'main', '--database-url', pg.url], { cwd: repo.dir });
    expect(status).toBe(1);
    expect(pg.psql("SELECT count(*) FROM pg_database WHERE datname LIKE 'rollback_ready_drill_%'").trim()).toBe('0');
  });
});

describe('the throwaway cluster', () => {
  it('is stopped and deleted by its watchdog when the process that started it dies without stopping it', async () => {
    // The helper bundled as it is, started in a child process that is then killed (as an
    // interrupted `npm test` kills its workers).
    const dir = mkdtempSync(join(tmpdir(), 'rr-pg-orphan-'));
    try {
      await build({
        entryPoints: [join(import.meta.dirname, '../helpers/postgres.ts')],
        bundle: true,
        platform: 'node',
        format: 'esm',
        outfile: join(dir, 'pg.mjs'),
        logLevel: 'error',
      });
      writeFileSync(
        join(dir, 'start.mjs'),
        "const pg = await (await import('./pg.mjs')).startPostgres();\nconsole.log(JSON.stringify({ port: pg.port, url: pg.url }));\nsetInterval(() => {}, 1000);\n",
      );
      const child = spawn(process.execPath, [join(dir, 'start.mjs')], { stdio: ['ignore', 'pipe', 'inherit'] });
      const line = await new Promise<string>((resolve, reject) => {
        child.stdout.once('data', (chunk: Buffer) => resolve(chunk.toString()));
        child.once('exit', (code) => reject(new Error(`the child exited ${code} before the cluster started`)));
      });
      const { port } = JSON.parse(line) as { port: number };
      expect(await accepts(port)).toBe(true);
      child.kill('SIGKILL');
      // Polled, not timed: the watchdog looks once a second.
      let open = true;
      for (let i = 0; i < 60 && open; i++) {
        await new Promise((r) => setTimeout(r, 500));
        open = await accepts(port);
      }
      expect(open).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});

function accepts(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1' });
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
