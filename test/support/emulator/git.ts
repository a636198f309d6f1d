/**
 * Thin async wrapper over the `git` CLI for the GitHub API emulator.
 * Every call shells out with execFile (no shell), so paths and refs are never interpreted.
 */
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';

export class GitError extends Error {
  constructor(
    message: string,
    readonly code: number | null,
    readonly stderr: string,
  ) {
    super(message);
  }
}

export interface CommitInfo {
  sha: string;
  tree: string;
  parents: string[];
  authorName: string;
  authorEmail: string;
  authorDate: string;
  committerName: string;
  committerEmail: string;
  committerDate: string;
  message: string;
}

export interface DiffFile {
  filename: string;
  previous_filename?: string;
  status: 'added' | 'removed' | 'modified' | 'renamed' | 'copied' | 'changed';
  /** blob sha at head (or at base for a removal) */
  sha: string;
  additions: number;
  deletions: number;
  changes: number;
  binary: boolean;
  /** hunks only (from the first `@@`), like GitHub; undefined for binary / pure rename / too large */
  patch?: string;
}

export interface TreeEntry {
  mode: string;
  type: 'blob' | 'tree' | 'commit';
  sha: string;
  size: number;
  path: string;
}

const MAX_BUFFER = 1024 * 1024 * 1024;
const SHA_RE = /^[0-9a-f]{40}$/;

export class GitRepo {
  private diffCache = new Map<string, Promise<DiffFile[]>>();
  private commitCache = new Map<string, Promise<CommitInfo>>();

  constructor(
    readonly dir: string,
    private readonly maxPatchBytes = 200_000,
  ) {}

  run(args: string[]): Promise<string> {
    return this.runBuffer(args).then((b) => b.toString('utf8'));
  }

  runBuffer(args: string[]): Promise<Buffer> {
    return new Promise((resolve, reject) => {
      execFile(
        'git',
        ['-c', 'core.quotepath=off', '-c', 'diff.renames=true', ...args],
        { cwd: this.dir, maxBuffer: MAX_BUFFER, encoding: 'buffer', env: { ...process.env, GIT_TERMINAL_PROMPT: '0', LC_ALL: 'C' } },
        (err, stdout, stderr) => {
          if (err) {
            const code = typeof (err as NodeJS.ErrnoException & { code?: unknown }).code === 'number' ? (err as unknown as { code: number }).code : null;
            reject(new GitError(`git ${args.join(' ')} failed: ${stderr.toString('utf8').trim()}`, code, stderr.toString('utf8')));
          } else resolve(stdout);
        },
      );
    });
  }

  private knownCommits = new Set<string>();

  /**
   * Every branch and tag with the commit it points at, read fresh each time: from the ref files
   * when they are plain (no process to start: the emulator asks on most requests), else with git.
   */
  async refs(): Promise<Map<string, string>> {
    const fromFiles = await this.refsFromFiles();
    if (fromFiles) return fromFiles;
    const out = await this.run(['for-each-ref', '--format=%(refname)%00%(objectname)%00%(*objectname)%00%(objecttype)', 'refs/heads', 'refs/tags']);
    const map = new Map<string, string>();
    for (const line of out.split('\n')) {
      if (!line) continue;
      const [name, obj, peeled, type] = line.split('\0');
      if (!name || !obj) continue;
      if (type === 'commit') map.set(name, obj);
      else if (peeled) map.set(name, peeled);
    }
    return map;
  }

  private gitDir?: Promise<string | null>;

  /** Loose and packed branch refs; undefined (ask git) for tags, symbolic or odd refs. */
  private async refsFromFiles(): Promise<Map<string, string> | undefined> {
    this.gitDir ??= this.run(['rev-parse', '--absolute-git-dir']).then(
      (d) => d.trim() || null,
      () => null,
    );
    const dir = await this.gitDir;
    if (!dir) return undefined;
    const map = new Map<string, string>();
    try {
      const packed = await readFile(join(dir, 'packed-refs'), 'utf8').catch(() => '');
      for (const line of packed.split('\n')) {
        if (!line || line.startsWith('#')) continue;
        // A peeled line belongs to an annotated tag: leave tags to git.
        if (line.startsWith('^')) return undefined;
        const [sha, name] = line.split(' ');
        if (!sha || !name || !SHA_RE.test(sha)) return undefined;
        if (name.startsWith('refs/tags/')) return undefined;
        if (name.startsWith('refs/heads/')) map.set(name, sha);
      }
      if ((await readdir(join(dir, 'refs', 'tags')).catch(() => [])).length) return undefined;
      const walk = async (rel: string): Promise<boolean> => {
        for (const entry of await readdir(join(dir, rel), { withFileTypes: true })) {
          const name = `${rel}/${entry.name}`;
          if (entry.isDirectory()) {
            if (!(await walk(name))) return false;
          } else if (entry.isFile()) {
            const sha = (await readFile(join(dir, name), 'utf8')).trim();
            if (!SHA_RE.test(sha)) return false;
            map.set(name, sha);
          } else return false;
        }
        return true;
      };
      if (!(await walk('refs/heads'))) return undefined;
    } catch {
      return undefined;
    }
    return map;
  }

  /** Resolve a branch, tag or (possibly abbreviated) sha to a full commit sha; null when unknown. */
  async resolveCommit(ref: string, refs?: Map<string, string>): Promise<string | null> {
    if (!ref || ref.startsWith('-') || ref.includes('..')) return null;
    if (SHA_RE.test(ref)) {
      if (this.knownCommits.has(ref)) return ref;
      if ((await this.objectType(ref)) !== 'commit') return null;
      this.knownCommits.add(ref);
      return ref;
    }
    const map = refs ?? (await this.refs());
    const named = map.get(`refs/heads/${ref}`) ?? map.get(`refs/tags/${ref}`) ?? (ref.startsWith('refs/') ? map.get(ref) : undefined);
    if (named) return named;
    try {
      const sha = (await this.run(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`])).trim();
      return SHA_RE.test(sha) ? sha : null;
    } catch {
      return null;
    }
  }

  private typeCache = new Map<string, string>();

  async objectType(sha: string): Promise<string | null> {
    if (!/^[0-9a-f]{4,40}$/.test(sha)) return null;
    const known = this.typeCache.get(sha);
    if (known) return known;
    try {
      const type = (await this.run(['cat-file', '-t', sha])).trim();
      // An object's type never changes; a missing one may appear (a push), so only hits are kept.
      if (SHA_RE.test(sha)) this.typeCache.set(sha, type);
      return type;
    } catch {
      return null;
    }
  }

  private blobCache = new Map<string, Promise<Buffer>>();

  /** A blob's bytes (cached: blobs are immutable; small ones only). */
  readBlob(sha: string): Promise<Buffer> {
    let p = this.blobCache.get(sha);
    if (!p) {
      p = this.runBuffer(['cat-file', 'blob', sha]);
      p.then(
        (b) => {
          if (b.length > 256 * 1024) this.blobCache.delete(sha);
        },
        () => this.blobCache.delete(sha),
      );
      this.blobCache.set(sha, p);
      if (this.blobCache.size > 2000) this.blobCache.delete(this.blobCache.keys().next().value!);
    }
    return p;
  }

  commit(sha: string): Promise<CommitInfo> {
    let p = this.commitCache.get(sha);
    if (!p) {
      p = this.loadCommit(sha);
      p.catch(() => this.commitCache.delete(sha));
      this.commitCache.set(sha, p);
    }
    return p;
  }

  private async loadCommit(sha: string): Promise<CommitInfo> {
    const out = await this.run(['show', '-s', '--format=%H%x00%T%x00%P%x00%an%x00%ae%x00%aI%x00%cn%x00%ce%x00%cI%x00%B', sha, '--']);
    const [h, t, p, an, ae, ad, cn, ce, cd, ...msg] = out.split('\0');
    return {
      sha: h ?? sha,
      tree: t ?? '',
      parents: (p ?? '').split(' ').filter(Boolean),
      authorName: an ?? '',
      authorEmail: ae ?? '',
      authorDate: isoNoMs(ad ?? ''),
      committerName: cn ?? '',
      committerEmail: ce ?? '',
      committerDate: isoNoMs(cd ?? ''),
      message: msg.join('\0').replace(/\n+$/, ''),
    };
  }

  private mergeBaseCache = new Map<string, string | null>();
  private countCache = new Map<string, number>();

  /** Merge base of two commit shas (cached: commits are immutable). */
  async mergeBase(a: string, b: string): Promise<string | null> {
    const key = `${a} ${b}`;
    const hit = this.mergeBaseCache.get(key);
    if (hit !== undefined) return hit;
    let res: string | null = null;
    try {
      const out = (await this.run(['merge-base', a, b])).trim();
      res = SHA_RE.test(out) ? out : null;
    } catch {
      res = null;
    }
    if (SHA_RE.test(a) && SHA_RE.test(b)) this.mergeBaseCache.set(key, res);
    return res;
  }

  /** `git rev-list --count`; cached when the range is made of full shas. */
  async countCommits(range: string): Promise<number> {
    const hit = this.countCache.get(range);
    if (hit !== undefined) return hit;
    const n = Number((await this.run(['rev-list', '--count', range])).trim());
    if (/^[0-9a-f]{40}(\.\.[0-9a-f]{40})?$/.test(range)) this.countCache.set(range, n);
    return n;
  }

  /** Commits reachable from head and not from base, oldest first. */
  async listCommits(base: string, head: string, limit: number): Promise<string[]> {
    const out = await this.run(['rev-list', '--reverse', `--max-count=${Math.max(1, limit)}`, `${base}..${head}`]);
    // --max-count applies before --reverse: that keeps the newest `limit`, which differs from GitHub
    // (oldest 250) only on huge ranges; fine for an emulator.
    return out.split('\n').filter(Boolean);
  }

  /** Files changed between two commits (two-dot), with GitHub-like fields. Cached per pair. */
  diff(base: string | null, head: string): Promise<DiffFile[]> {
    const key = `${base ?? 'ROOT'}..${head}`;
    let p = this.diffCache.get(key);
    if (!p) {
      p = this.loadDiff(base, head);
      p.catch(() => this.diffCache.delete(key));
      this.diffCache.set(key, p);
      if (this.diffCache.size > 200) {
        const first = this.diffCache.keys().next().value;
        if (first !== undefined) this.diffCache.delete(first);
      }
    }
    return p;
  }

  private async loadDiff(base: string | null, head: string): Promise<DiffFile[]> {
    const range = base ? [base, head] : ['--root', head];
    const cmd = base ? 'diff' : 'diff-tree';
    const common = base ? ['-M', '--no-ext-diff', '--no-color'] : ['-r', '-M', '--no-ext-diff', '--no-color'];
    const [raw, numstat, patch] = await Promise.all([
      this.run([cmd, ...common, '--raw', '-z', '--no-abbrev', ...range, '--']),
      this.run([cmd, ...common, '--numstat', '-z', ...range, '--']),
      this.run([cmd, ...common, '-p', '--full-index', ...range, '--']),
    ]);
    const files = parseRaw(raw);
    const stats = parseNumstat(numstat);
    const patches = splitPatch(patch);
    return files.map((f, i) => {
      const st = stats[i];
      const binary = st ? st.binary : false;
      const additions = st?.additions ?? 0;
      const deletions = st?.deletions ?? 0;
      let p = binary ? undefined : patches[i];
      if (p !== undefined && (p.length === 0 || Buffer.byteLength(p) > this.maxPatchBytes)) p = undefined;
      const out: DiffFile = { ...f, additions, deletions, changes: additions + deletions, binary };
      if (p !== undefined) out.patch = p;
      return out;
    });
  }

  private entryCache = new Map<string, Promise<TreeEntry | null>>();

  /** One tree entry at `commit:path`, or null. path '' means the root tree. Cached per full sha. */
  entry(commit: string, path: string): Promise<TreeEntry | null> {
    if (!SHA_RE.test(commit)) return this.loadEntry(commit, path);
    const key = `${commit}:${path}`;
    let p = this.entryCache.get(key);
    if (!p) {
      p = this.loadEntry(commit, path);
      p.catch(() => this.entryCache.delete(key));
      this.entryCache.set(key, p);
      if (this.entryCache.size > 5000) this.entryCache.delete(this.entryCache.keys().next().value!);
    }
    return p;
  }

  private async loadEntry(commit: string, path: string): Promise<TreeEntry | null> {
    if (path === '') {
      const info = await this.commit(commit);
      return { mode: '040000', type: 'tree', sha: info.tree, size: 0, path: '' };
    }
    const out = await this.run(['ls-tree', '-l', '-z', '--full-tree', commit, '--', path]);
    const entries = parseLsTree(out);
    return entries.find((e) => e.path === path) ?? null;
  }

  async listTree(commit: string, dir: string): Promise<TreeEntry[]> {
    const args = ['ls-tree', '-l', '-z', '--full-tree', commit];
    if (dir !== '') args.push('--', dir.endsWith('/') ? dir : `${dir}/`);
    return parseLsTree(await this.run(args));
  }
}

export function isoNoMs(d: string): string {
  const t = Date.parse(d);
  if (Number.isNaN(t)) return d;
  return new Date(t).toISOString().replace(/\.\d{3}Z$/, 'Z');
}

function parseLsTree(out: string): TreeEntry[] {
  const entries: TreeEntry[] = [];
  for (const rec of out.split('\0')) {
    if (!rec) continue;
    const tab = rec.indexOf('\t');
    const [mode, type, sha, size] = rec.slice(0, tab).split(/ +/);
    entries.push({
      mode: mode ?? '',
      type: (type ?? 'blob') as TreeEntry['type'],
      sha: sha ?? '',
      size: size && size !== '-' ? Number(size) : 0,
      path: rec.slice(tab + 1),
    });
  }
  return entries;
}

function parseRaw(out: string): Omit<DiffFile, 'additions' | 'deletions' | 'changes' | 'binary'>[] {
  const parts = out.split('\0');
  const res: Omit<DiffFile, 'additions' | 'deletions' | 'changes' | 'binary'>[] = [];
  let i = 0;
  // diff-tree --root prints the commit sha first
  if (parts[0] && /^[0-9a-f]{40}$/.test(parts[0])) i = 1;
  while (i < parts.length) {
    const meta = parts[i++];
    if (!meta || !meta.startsWith(':')) continue;
    const [, , srcSha, dstSha, statusRaw] = meta.slice(1).split(' ');
    const letter = (statusRaw ?? 'M')[0];
    const src = parts[i++] ?? '';
    if (letter === 'R' || letter === 'C') {
      const dst = parts[i++] ?? '';
      res.push({ filename: dst, previous_filename: src, status: letter === 'R' ? 'renamed' : 'copied', sha: dstSha ?? '' });
    } else if (letter === 'A') res.push({ filename: src, status: 'added', sha: dstSha ?? '' });
    else if (letter === 'D') res.push({ filename: src, status: 'removed', sha: srcSha ?? '' });
    else if (letter === 'T') res.push({ filename: src, status: 'changed', sha: dstSha ?? '' });
    else res.push({ filename: src, status: 'modified', sha: dstSha ?? '' });
  }
  return res;
}

function parseNumstat(out: string): { additions: number; deletions: number; binary: boolean }[] {
  const parts = out.split('\0');
  const res: { additions: number; deletions: number; binary: boolean }[] = [];
  let i = 0;
  if (parts[0] && /^[0-9a-f]{40}$/.test(parts[0].trim())) i = 1;
  while (i < parts.length) {
    const rec = parts[i++];
    if (!rec) continue;
    const m = /^\n?(-|\d+)\t(-|\d+)\t(.*)$/s.exec(rec);
    if (!m) continue;
    if (m[3] === '') i += 2; // rename/copy: the two paths follow as separate fields
    const binary = m[1] === '-';
    res.push({ additions: binary ? 0 : Number(m[1]), deletions: binary ? 0 : Number(m[2]), binary });
  }
  return res;
}

/** Split a unified diff into per-file hunk text (from the first @@), in file order. */
function splitPatch(out: string): (string | undefined)[] {
  const res: (string | undefined)[] = [];
  const lines = out.split('\n');
  let current: string[] | null = null;
  let inHunks = false;
  const flush = () => {
    if (current !== null) res.push(inHunks ? current.join('\n') : undefined);
  };
  for (const line of lines) {
    if (line.startsWith('diff --git ')) {
      flush();
      current = [];
      inHunks = false;
      continue;
    }
    if (current === null) continue;
    if (!inHunks) {
      if (line.startsWith('@@')) {
        inHunks = true;
        current.push(line);
      }
      continue;
    }
    current.push(line);
  }
  flush();
  // drop the trailing empty line produced by the final newline of each hunk block
  return res.map((p) => (p === undefined ? p : p.replace(/\n$/, '')));
}
