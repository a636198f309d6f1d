// A throwaway PostgreSQL cluster for the drill's tests: Debian's `postgresql` server binaries,
// initdb into a temporary folder, started on a free loopback port (as the `postgres` user when the
// tests run as root), stopped and deleted afterwards, or by a watchdog once the test process is gone
// (an interrupted `npm test` left clusters running). When the binaries are missing this throws:
// the drill's real-server tests fail loudly instead of being skipped (.ci/run installs them).
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface TestPostgres {
  /** `postgres://postgres@127.0.0.1:PORT/postgres` */
  url: string;
  port: number;
  /** Runs SQL as the superuser (psql), for setting up roles in tests. */
  psql(sql: string): string;
  stop(): void;
}

/** The server's bin folder: `pg_config --bindir`, else the newest /usr/lib/postgresql/N/bin. */
export function postgresBinDir(): string | undefined {
  const fromConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  const configured = fromConfig.status === 0 ? fromConfig.stdout.trim() : '';
  if (configured && existsSync(join(configured, 'initdb'))) return configured;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : undefined;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

export async function startPostgres(): Promise<TestPostgres> {
  const bin = postgresBinDir();
  if (!bin) {
    throw new Error(
      "PostgreSQL server binaries not found (no pg_config, no /usr/lib/postgresql/*/bin/initdb): install Debian's postgresql package (apt-get install postgresql); .ci/run does this.",
    );
  }
  const root = mkdtempSync(join(tmpdir(), 'rr-pg-'));
  const data = join(root, 'data');
  const asRoot = process.getuid?.() === 0;
  let uid: number | undefined;
  if (asRoot) {
    // Postgres refuses to run as root: the cluster belongs to the postgres user.
    uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(root, uid, gid);
    chmodSync(root, 0o700);
  }
  const run = (file: string, args: string[]) => {
    const result = spawnSync(join(bin, file), args, {
      encoding: 'utf8',
      ...(uid !== undefined ? { uid, gid: Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()) } : {}),
    });
    if (result.status !== 0) throw new Error(`${file} failed: ${result.stderr || result.stdout}`);
    return result.stdout;
  };
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const port = await freePort();
  run('pg_ctl', [
    '-D',
    data,
    '-l',
    join(root, 'log'),
    '-w',
    '-o',
    `-p ${port} -k ${root} -c listen_addresses=127.0.0.1 -c fsync=off -c full_page_writes=off`,
    'start',
  ]);
  // Postgres outlives the process that started it. A detached watchdog (as the cluster's owner)
  // stops and deletes it once this process is gone: `npm test` interrupted, a worker killed.
  const gid = uid !== undefined ? Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim()) : undefined;
  const watchdog = spawn(
    'sh',
    [
      '-c',
      'while [ -d "/proc/$0" ]; do sleep 1; done; "$1" -D "$2" -m immediate -w stop >/dev/null 2>&1; rm -rf "$3"',
      String(process.pid),
      join(bin, 'pg_ctl'),
      data,
      root,
    ],
    { detached: true, stdio: 'ignore', ...(uid !== undefined ? { uid, gid } : {}) },
  );
  watchdog.unref();
  const url = `postgres://postgres@127.0.0.1:${port}/postgres`;
  return {
    url,
    port,
    psql(sql) {
      return execFileSync(
        join(bin, 'psql'),
        ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-h', '127.0.0.1', '-p', String(port), '-U', 'postgres', '-d', 'postgres', '-At', '-c', sql],
        { encoding: 'utf8' },
      );
    },
    stop() {
      watchdog.kill();
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(root, { recursive: true, force: true });
      }
    },
  };
}
