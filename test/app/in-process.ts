// A replica of the App inside the test process: the real Probot (installation auth against the
// emulator, its Octokit with retries and throttling), the real App function, its own queue; only
// the HTTP server in front is left out (deliveries go to `webhooks.receive`, as the middleware does
// once a signature is verified). Several of them share nothing but the emulated GitHub.
import { execFileSync } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { Probot } from 'probot';
import { createApp, type AppOptions } from '../../src/app/app-function';
import { appOctokit } from '../../src/app/octokit-defaults';
import type { Emulator } from '../support/emulator/index';

export interface Replica {
  name: string;
  /** Resolves when every handler finished (or failed: the error is returned, and logged). */
  deliver(event: string, payload: unknown): Promise<unknown>;
  logs: string[];
}

export async function inProcessReplica(emu: Emulator, privateKey: string, name: string, options: AppOptions = {}): Promise<Replica> {
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString().split('\n')) {
        if (!line) continue;
        try {
          const entry = JSON.parse(line) as { level: number; msg: string };
          logs.push(`${entry.level >= 50 ? 'ERROR' : entry.level >= 40 ? 'WARN' : 'INFO'} ${entry.msg}`);
        } catch {
          logs.push(line);
        }
      }
      done();
    },
  });
  const probot = new Probot({
    appId: 12345,
    privateKey,
    secret: 'in-process',
    baseUrl: emu.url,
    Octokit: appOctokit({ RETRY_AFTER_BASE_MS: '20', WRITE_SPACING_MS: '0' }),
    log: pino({ level: 'warn' }, sink) as never,
  });
  await probot.load(createApp({ writes: { baseMs: 20 }, lease: { ttlMs: 8000, pollMs: 40 }, recheckMs: 0, ...options }));
  return {
    name,
    logs,
    deliver: (event, payload) =>
      probot.webhooks.receive({ id: randomUUID(), name: event as never, payload: payload as never }).then(
        () => undefined,
        (e: unknown) => e,
      ),
  };
}

export { seeded } from '../support/seeded';

/**
 * Many branches at once, each one commit on top of `from` adding `notes/<branch>.md`, with one
 * `git fast-import` (a branch per pull request without a git process per branch). Branch → sha.
 */
export function commitBranches(dir: string, from: string, branches: string[]): Map<string, string> {
  const script = branches
    .map((b, i) =>
      [
        `commit refs/heads/${b}`,
        `mark :${i + 1}`,
        `committer Dev <dev@example.com> ${1_700_000_000 + i} +0000`,
        `data ${Buffer.byteLength(b)}`,
        b,
        `from ${from}`,
        `M 100644 inline notes/${b}.md`,
        `data ${Buffer.byteLength(b) + 1}`,
        `${b}\n`,
      ].join('\n'),
    )
    .join('\n');
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: `${script}\n` });
  // One packed-refs file rather than a file per branch for the emulator to read on each request.
  execFileSync('git', ['pack-refs', '--all'], { cwd: dir });
  const out = execFileSync('git', ['for-each-ref', '--format=%(refname:short) %(objectname)', ...branches.map((b) => `refs/heads/${b}`)], {
    cwd: dir,
    encoding: 'utf8',
  });
  return new Map(
    out
      .trim()
      .split('\n')
      .map((l) => l.split(' ') as [string, string]),
  );
}
