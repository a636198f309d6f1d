/** A git repository shaped like a service with migrations, and helpers to drive the emulator. */
import { execFileSync } from 'node:child_process';
import { createHmac, generateKeyPairSync } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const CHECK = 'Rollback readiness';
export const MARKER = '<!-- rollback-ready:comment -->';

export interface ServiceRepo {
  dir: string;
  sha(ref: string): string;
  /** Create `branch` from `from` with these files written (null removes) and commit. */
  branch(branch: string, from: string, files: Record<string, string | null>, message?: string): string;
  cleanup(): void;
}

export const GOOD_CONFIG = 'labels:\n  enabled: true\n';

export function makeServiceRepo(): ServiceRepo {
  const dir = mkdtempSync(join(tmpdir(), 'rr-gh-'));
  const git = (...args: string[]) =>
    execFileSync('git', args, {
      cwd: dir,
      encoding: 'utf8',
      maxBuffer: 1 << 28,
      env: { ...process.env, GIT_AUTHOR_NAME: 'Dev', GIT_AUTHOR_EMAIL: 'dev@example.com', GIT_COMMITTER_NAME: 'Dev', GIT_COMMITTER_EMAIL: 'dev@example.com' },
    }).trim();
  const write = (files: Record<string, string | null>) => {
    for (const [path, content] of Object.entries(files)) {
      const full = join(dir, path);
      if (content === null) rmSync(full, { force: true });
      else {
        mkdirSync(dirname(full), { recursive: true });
        writeFileSync(full, content);
      }
    }
  };
  git('init', '-q', '-b', 'main');
  git('config', 'commit.gpgsign', 'false');
  write({
    'README.md': '# widgets\n',
    'src/app.js': 'console.log("hello");\n',
    '.github/rollback-ready.yml': GOOD_CONFIG,
    'db/migrations/000001_create_users.up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text);\n',
    'db/migrations/000001_create_users.down.sql': 'DROP TABLE users;\n',
  });
  git('add', '-A');
  git('commit', '-q', '-m', 'init');
  return {
    dir,
    sha: (ref) => git('rev-parse', ref),
    branch(branch, from, files, message = `change ${branch}`) {
      git('checkout', '-q', '-B', branch, from);
      write(files);
      git('add', '-A');
      git('commit', '-q', '--allow-empty', '-m', message);
      const sha = git('rev-parse', 'HEAD');
      git('checkout', '-q', 'main');
      return sha;
    },
    cleanup: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A typical risky PR: five files, one golang-migrate pair that drops a column. */
export const DROP_COLUMN_PR: Record<string, string> = {
  'db/migrations/000002_drop_email.up.sql': 'ALTER TABLE users DROP COLUMN email;\n',
  'db/migrations/000002_drop_email.down.sql': 'ALTER TABLE users ADD COLUMN email text;\n',
  'src/app.js': 'console.log("hello, world");\n',
  'src/users.js': 'export const users = [];\n',
  'README.md': '# widgets\n\nNow without emails.\n',
};

export const DOCS_PR: Record<string, string> = { 'README.md': '# widgets\n\nBetter docs.\n', 'docs/guide.md': '# Guide\n' };

// ---------------------------------------------------------------- deliveries

interface Example {
  action?: string;
  [key: string]: unknown;
}
let examples: { name: string; examples: Example[] }[] | undefined;

/** A real payload from @octokit/webhooks-examples (deep-copied). */
export function examplePayload(event: string, action?: string, pick: (e: Example) => boolean = () => true): Record<string, any> {
  examples ??= JSON.parse(readFileSync(resolve('node_modules/@octokit/webhooks-examples/api.github.com/index.json'), 'utf8'));
  const found = examples!.find((e) => e.name === event)?.examples.find((e) => (action === undefined || e.action === action) && pick(e));
  if (!found) throw new Error(`no example for ${event}.${action}`);
  return structuredClone(found) as Record<string, any>;
}

export interface RepoCoords {
  owner: string;
  repo: string;
  installationId?: number;
  url?: string;
}

/** Point a payload at the emulator's repository and installation. */
export function adjustRepository(payload: Record<string, any>, coords: RepoCoords): Record<string, any> {
  const repository = payload.repository ?? {};
  repository.name = coords.repo;
  repository.full_name = `${coords.owner}/${coords.repo}`;
  repository.owner = { ...(repository.owner ?? {}), login: coords.owner };
  repository.html_url = `${coords.url ?? 'https://github.com'}/${coords.owner}/${coords.repo}`;
  payload.repository = repository;
  if (coords.installationId !== undefined) payload.installation = { id: coords.installationId, node_id: 'MDIzOkludGVncmF0aW9uSW5zdGFsbGF0aW9uNDI0MjQy' };
  return payload;
}

export function pullRequestPayload(action: string, pr: { number: number; headSha: string; baseSha: string; head: string; base: string }, coords: RepoCoords) {
  // The examples have no `edited` delivery: take an `opened` one and add the changes GitHub sends.
  let payload: Record<string, any>;
  try {
    payload = adjustRepository(examplePayload('pull_request', action), coords);
  } catch {
    payload = adjustRepository(examplePayload('pull_request', 'opened'), coords);
    payload.action = action;
    if (action === 'edited') payload.changes = { body: { from: 'before' } };
  }
  payload.number = pr.number;
  payload.pull_request.number = pr.number;
  payload.pull_request.head = { ...payload.pull_request.head, sha: pr.headSha, ref: pr.head };
  payload.pull_request.base = { ...payload.pull_request.base, sha: pr.baseSha, ref: pr.base };
  return payload;
}

export const sign = (secret: string, body: string) => `sha256=${createHmac('sha256', secret).update(body).digest('hex')}`;

let deliveryCounter = 0;
export async function deliver(url: string, secret: string, event: string, payload: unknown, options: { badSignature?: boolean } = {}) {
  const body = JSON.stringify(payload);
  const signature = options.badSignature ? sign('not-the-secret', body) : sign(secret, body);
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'x-github-event': event,
      'x-github-delivery': `delivery-${process.pid}-${++deliveryCounter}`,
      'x-hub-signature-256': signature,
    },
    body,
  });
  return { status: res.status, text: await res.text() };
}

export function rsaPrivateKey(): string {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return privateKey.export({ type: 'pkcs1', format: 'pem' }).toString();
}

export async function waitFor<T>(probe: () => T | undefined | false, what: string, timeoutMs = 120_000): Promise<T> {
  const started = Date.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
