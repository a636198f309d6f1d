/** Builds a throwaway git repository with the shapes a PR bot meets. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, renameSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export interface FixtureRepo {
  dir: string;
  /** first commit on main */
  root: string;
  /** main's tip */
  main: string;
  /** pr branch tip */
  pr: string;
  cleanup(): void;
}

export function git(dir: string, ...args: string[]): string {
  return execFileSync('git', args, {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, GIT_AUTHOR_NAME: 'Dev', GIT_AUTHOR_EMAIL: 'dev@example.com', GIT_COMMITTER_NAME: 'Dev', GIT_COMMITTER_EMAIL: 'dev@example.com' },
  }).trim();
}

function write(dir: string, path: string, content: string | Buffer) {
  mkdirSync(dirname(join(dir, path)), { recursive: true });
  writeFileSync(join(dir, path), content);
}

export function binaryBytes(seed: number, n = 512): Buffer {
  const b = Buffer.alloc(n);
  let x = seed;
  for (let i = 0; i < n; i++) {
    x = (x * 1103515245 + 12345) & 0x7fffffff;
    b[i] = x & 0xff;
  }
  b[0] = 0; // NUL: git treats it as binary
  return b;
}

/**
 * main: init → second commit; pr (from init): a golang-migrate pair, README edit, a rename,
 * a deletion, a binary change, a file with a space; big (from main): 3,100 added files;
 * orphan: unrelated history.
 */
export function makeFixtureRepo(opts: { bigFiles?: number } = {}): FixtureRepo {
  const dir = mkdtempSync(join(tmpdir(), 'rr-emu-'));
  git(dir, 'init', '-q', '-b', 'main');
  git(dir, 'config', 'commit.gpgsign', 'false');
  write(dir, 'README.md', '# widgets\n\nline 2\nline 3\n');
  write(dir, 'db/migrations/000001_init.up.sql', 'CREATE TABLE widgets (id bigint PRIMARY KEY);\n');
  write(dir, 'db/migrations/000001_init.down.sql', 'DROP TABLE widgets;\n');
  write(dir, 'docs/old-name.md', 'A document long enough that a rename is detected as a rename.\nIt has several lines.\nThird line.\n');
  write(dir, 'to-delete.txt', 'bye\n');
  write(dir, 'assets/logo.png', binaryBytes(1));
  write(dir, '.github/rollback-ready.yml', 'risk: {}\n');
  // over 1 MB: the contents API sends it without content (encoding "none"), like GitHub
  write(dir, 'data/seed.csv', 'id,name\n'.repeat(150_000));
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'init');
  const root = git(dir, 'rev-parse', 'HEAD');

  git(dir, 'checkout', '-q', '-b', 'pr');
  write(dir, 'db/migrations/000002_add_color.up.sql', 'ALTER TABLE widgets ADD COLUMN color text;\n');
  write(dir, 'db/migrations/000002_add_color.down.sql', 'ALTER TABLE widgets DROP COLUMN color;\n');
  write(dir, 'README.md', '# widgets\n\nline 2 changed\nline 3\n');
  renameSync(join(dir, 'docs/old-name.md'), join(dir, 'docs/new-name.md'));
  unlinkSync(join(dir, 'to-delete.txt'));
  write(dir, 'assets/logo.png', binaryBytes(2));
  write(dir, 'docs/with space.md', 'spaced\n');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'Add color column');
  const pr = git(dir, 'rev-parse', 'HEAD');

  git(dir, 'checkout', '-q', 'main');
  write(dir, 'CHANGELOG.md', 'main moved on\n');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'main moves on');
  const main = git(dir, 'rev-parse', 'HEAD');

  const big = opts.bigFiles ?? 0;
  if (big > 0) {
    // one fast-import stream: thousands of files without touching the work tree
    const chunks = [`commit refs/heads/big\ncommitter Dev <dev@example.com> 1700000000 +0000\ndata 11\nmany files\nfrom ${main}\n`];
    for (let i = 0; i < big; i++) {
      const content = `file ${i}\n`;
      chunks.push(`M 100644 inline gen/f${String(i).padStart(5, '0')}.txt\ndata ${Buffer.byteLength(content)}\n${content}\n`);
    }
    execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: chunks.join('') });
  }

  git(dir, 'checkout', '-q', '--orphan', 'orphan');
  git(dir, 'rm', '-q', '-rf', '.');
  write(dir, 'other.txt', 'unrelated\n');
  git(dir, 'add', '-A');
  git(dir, 'commit', '-q', '-m', 'unrelated history');
  git(dir, 'checkout', '-q', '-f', 'main');

  return { dir, root, main, pr, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}
