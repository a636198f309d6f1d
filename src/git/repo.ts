import { execFile, spawn } from 'node:child_process';
import { stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import type { CommitFacts } from '../core/gates';
import type { ChangedFile } from '../core/types';
import { InputError } from './input-error';

const run = promisify(execFile);

export interface ChangedPath extends Pick<ChangedFile, 'path' | 'previousPath' | 'status'> {
  baseBlob?: string;
  headBlob?: string;
}

const isNull = (id: string | undefined) => !id || /^0+$/.test(id);

export { InputError };

export interface Blob {
  content?: string;
  binary: boolean;
  missing: boolean;
}

/** Local git, read from objects (never the working tree), so a dirty checkout changes nothing. */
export class GitRepo {
  private constructor(readonly dir: string) {}

  static async open(dir: string): Promise<GitRepo> {
    const exists = await stat(dir).catch(() => undefined);
    if (!exists?.isDirectory()) throw new InputError(`${dir}: no such directory`);
    try {
      const { stdout } = await run('git', ['rev-parse', '--git-dir'], { cwd: dir });
      if (!stdout.trim()) throw new Error('no git dir');
    } catch {
      throw new InputError(`${dir}: not a git repository (run inside a clone or pass --repo DIR)`);
    }
    return new GitRepo(dir);
  }

  async git(args: string[], options: { allowFail?: boolean } = {}): Promise<string> {
    try {
      const { stdout } = await run('git', args, { cwd: this.dir, maxBuffer: 1 << 30, encoding: 'utf8' });
      return stdout;
    } catch (error) {
      if (options.allowFail) return '';
      throw error;
    }
  }

  /** Full SHA of a commit-ish, or an InputError naming the ref. */
  async resolve(ref: string): Promise<string> {
    const out = await this.git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { allowFail: true });
    const sha = out.trim();
    if (!sha) throw new InputError(`unknown git ref "${ref}" in ${this.dir} (fetch it, or pass --base/--head with an existing branch or SHA)`);
    return sha;
  }

  /** The default branch: origin's HEAD when known, else main, else master. */
  async defaultBranch(): Promise<string> {
    const remoteHead = (await this.git(['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD'], { allowFail: true })).trim();
    if (remoteHead) return remoteHead;
    for (const candidate of ['main', 'master', 'origin/main', 'origin/master']) {
      const out = await this.git(['rev-parse', '--verify', '--quiet', `${candidate}^{commit}`], { allowFail: true });
      if (out.trim()) return candidate;
    }
    throw new InputError('cannot find the default branch (no origin/HEAD, main or master): pass --base REF');
  }

  async mergeBase(a: string, b: string): Promise<string | undefined> {
    const out = await this.git(['merge-base', a, b], { allowFail: true });
    return out.trim() || undefined;
  }

  /**
   * Changed paths between two commits with their blob ids (so contents are read by id, not by
   * resolving `rev:path` through the tree once per file), renames detected, NUL-separated.
   */
  async changedPaths(base: string, head: string): Promise<ChangedPath[]> {
    const out = await this.git(['diff', '--no-ext-diff', '--no-textconv', '--raw', '--no-abbrev', '-z', '-M', base, head]);
    const parts = out.split('\0');
    const files: ChangedPath[] = [];
    for (let i = 0; i < parts.length - 1;) {
      const meta = parts[i++]!;
      if (!meta.startsWith(':')) continue;
      const [, , fromBlob, toBlob, code = ''] = meta.slice(1).split(' ');
      const letter = code[0];
      const blobs = { baseBlob: isNull(fromBlob) ? undefined : fromBlob, headBlob: isNull(toBlob) ? undefined : toBlob };
      if (letter === 'R' || letter === 'C') {
        const from = parts[i++]!;
        const to = parts[i++]!;
        files.push(letter === 'R' ? { path: to, previousPath: from, status: 'renamed', ...blobs } : { path: to, status: 'added', headBlob: blobs.headBlob });
      } else {
        const path = parts[i++]!;
        files.push({ path, status: letter === 'A' ? 'added' : letter === 'D' ? 'removed' : 'modified', ...blobs });
      }
    }
    return files;
  }

  /** Blob ids of paths in a commit (absent paths are left out), with one `git ls-tree` per batch. */
  async blobIds(commit: string, paths: string[]): Promise<Map<string, string>> {
    const ids = new Map<string, string>();
    for (let i = 0; i < paths.length; i += 500) {
      const out = await this.git(['ls-tree', '-z', '--full-tree', commit, '--', ...paths.slice(i, i + 500).map((p) => `:(literal)${p}`)]);
      for (const entry of out.split('\0')) {
        const tab = entry.indexOf('\t');
        if (tab < 0) continue;
        const [, type, id] = entry.slice(0, tab).split(' ');
        if (type === 'blob' && id) ids.set(entry.slice(tab + 1), id);
      }
    }
    return ids;
  }

  /** Names of the files (or, `tree`, the folders) directly in a folder at a commit (`db/migrations/`); undefined when there is none. */
  async listFolder(commit: string, dir: string, type: 'blob' | 'tree' = 'blob'): Promise<string[] | undefined> {
    const folder = dir.replace(/\/+$/, '');
    const out = await this.git(['ls-tree', '-z', commit, '--', folder ? `:(literal)${folder}/` : '.'], { allowFail: true });
    const names: string[] = [];
    for (const entry of out.split('\0')) {
      const tab = entry.indexOf('\t');
      if (tab < 0) continue;
      const [, kind] = entry.slice(0, tab).split(' ');
      const path = entry.slice(tab + 1);
      if (kind === type) names.push(path.slice(path.lastIndexOf('/') + 1));
    }
    return names.length ? names : undefined;
  }

  /** Paths of every file under a folder at a commit, recursively (`''` for the whole tree), with blob ids. */
  async listTree(commit: string, dir: string): Promise<Map<string, string>> {
    const folder = dir.replace(/\/+$/, '');
    const out = await this.git(['ls-tree', '-r', '-z', '--full-tree', commit, '--', folder ? `:(literal)${folder}/` : '.'], { allowFail: true });
    const files = new Map<string, string>();
    for (const entry of out.split('\0')) {
      const tab = entry.indexOf('\t');
      if (tab < 0) continue;
      const [, type, id] = entry.slice(0, tab).split(' ');
      if (type === 'blob' && id) files.set(entry.slice(tab + 1), id);
    }
    return files;
  }

  /** Read many objects (blob ids, or `rev:path`) with one `git cat-file --batch` process. */
  async readBlobs(specs: string[]): Promise<Map<string, Blob>> {
    const result = new Map<string, Blob>();
    if (specs.length === 0) return result;
    const child = spawn('git', ['cat-file', '--batch'], { cwd: this.dir, stdio: ['pipe', 'pipe', 'pipe'] });
    const chunks: Buffer[] = [];
    child.stdout.on('data', (c: Buffer) => chunks.push(c));
    const done = new Promise<void>((resolve, reject) => {
      child.on('error', reject);
      child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git cat-file exited with ${code}`))));
    });
    // Paths with newlines cannot be asked for in batch mode; they read as missing.
    const asked = specs.filter((s) => !s.includes('\n'));
    child.stdin.end(asked.join('\n') + '\n');
    await done;
    const buf = Buffer.concat(chunks);
    let pos = 0;
    for (const spec of asked) {
      const nl = buf.indexOf(10, pos);
      if (nl < 0) break;
      const header = buf.toString('utf8', pos, nl);
      pos = nl + 1;
      if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
        result.set(spec, { missing: true, binary: false });
        continue;
      }
      const [, type, sizeText] = header.split(' ');
      const size = Number(sizeText);
      const body = buf.subarray(pos, pos + size);
      pos += size + 1;
      if (type !== 'blob') {
        result.set(spec, { missing: true, binary: false });
        continue;
      }
      const binary = body.subarray(0, 8000).includes(0);
      result.set(spec, { binary, missing: false, content: binary ? undefined : body.toString('utf8') });
    }
    return result;
  }

  async inspectCommit(sha: string, baseSha: string): Promise<CommitFacts> {
    const full = (await this.git(['rev-parse', '--verify', '--quiet', `${sha}^{commit}`], { allowFail: true })).trim();
    if (!full) return { exists: false, onBase: false };
    const onBase = await run('git', ['merge-base', '--is-ancestor', full, baseSha], { cwd: this.dir }).then(
      () => true,
      () => false,
    );
    if (!onBase) return { exists: true, sha: full, onBase: false };
    const behind = Number((await this.git(['rev-list', '--count', `${full}..${baseSha}`])).trim());
    return { exists: true, sha: full, onBase: true, behindBy: behind };
  }
}
