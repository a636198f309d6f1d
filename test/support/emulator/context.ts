/**
 * What every route module shares: the repository, the state, id counters and the helpers that
 * read pull requests and comments the way GitHub answers them.
 */
import { GitRepo, type DiffFile } from './git';
import { HttpError, paginate, type Req } from './http';
import * as O from './objects';
import type { Actor, Comment, EmulatorOptions, EmulatorState, PullRequest } from './types';

export const REACTIONS = ['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes'] as const;
const MAX_BODY = 65536;

export interface PrFacts {
  headSha: string;
  baseSha: string;
  mergeBase: string | null;
  files: DiffFile[];
  commits: number;
}

export class Emu {
  readonly state: EmulatorState = { checkRuns: [], comments: [], reactions: [], labels: new Map(), pulls: new Map(), permissions: new Map() };
  readonly ids = { pull: 0, checkRun: 4_000_000, comment: 1_000_000, reaction: 7_000_000, suite: 9_000_000 };
  /** check suite per head sha */
  readonly suites = new Map<string, number>();
  // head/base shas of PRs as last seen (for check_run.pull_requests, which is synchronous)
  readonly headShaCache = new Map<number, string>();
  readonly baseShaCache = new Map<number, string>();

  constructor(
    readonly git: GitRepo,
    readonly opts: EmulatorOptions,
    readonly ctx: O.Ctx,
  ) {}

  static async create(opts: EmulatorOptions): Promise<Emu> {
    const git = new GitRepo(opts.repoDir, opts.maxPatchBytes);
    const owner = opts.owner ?? 'acme';
    const repo = opts.repo ?? 'widgets';
    const botLogin = opts.botLogin ?? 'rollback-ready[bot]';
    let defaultBranch = opts.defaultBranch;
    if (!defaultBranch) {
      try {
        defaultBranch = (await git.run(['symbolic-ref', '--short', 'HEAD'])).trim() || 'main';
      } catch {
        defaultBranch = 'main';
      }
    }
    const ctx: O.Ctx = {
      api: '',
      web: '',
      owner,
      repo,
      ownerId: O.userId(owner),
      repoId: O.userId(`${owner}/${repo}`),
      appId: opts.appId ?? 12345,
      appSlug: botLogin.replace(/\[bot\]$/, ''),
      installationId: opts.installationId ?? 424242,
      botLogin,
      defaultBranch,
      createdAt: '2020-01-01T00:00:00Z',
    };
    return new Emu(git, opts, ctx);
  }

  get owner() {
    return this.ctx.owner;
  }
  get repoName() {
    return this.ctx.repo;
  }
  repoApi() {
    return `${this.ctx.api}/repos/${encodeURIComponent(this.ctx.owner)}/${encodeURIComponent(this.ctx.repo)}`;
  }
  repoWeb() {
    return `${this.ctx.web}/${encodeURIComponent(this.ctx.owner)}/${encodeURIComponent(this.ctx.repo)}`;
  }

  page<T>(req: Req, items: T[], opt?: { defaultPer?: number; cap?: number }) {
    return paginate(this.ctx.api, req, items, opt);
  }

  pull(n: number): PullRequest {
    const pr = this.state.pulls.get(n);
    if (!pr) throw new HttpError(404, 'Not Found');
    return pr;
  }

  comment(id: number): Comment {
    const c = this.state.comments.find((x) => x.id === id);
    if (!c) throw new HttpError(404, 'Not Found');
    return c;
  }

  async commitOr(ref: string, status: 404 | 422 = 404): Promise<string> {
    const sha = await this.git.resolveCommit(ref);
    if (!sha) {
      if (status === 422) throw new HttpError(422, `No commit found for SHA: ${ref}`);
      throw new HttpError(404, 'Not Found');
    }
    return sha;
  }

  async prFacts(pr: PullRequest): Promise<PrFacts> {
    const { git } = this;
    const refs = await git.refs();
    const headSha = await git.resolveCommit(pr.head, refs);
    const baseSha = await git.resolveCommit(pr.base, refs);
    if (!headSha || !baseSha)
      throw new HttpError(500, `emulator: branch ${headSha ? pr.base : pr.head} of pull request #${pr.number} does not exist in ${this.opts.repoDir}`);
    const mergeBase = await git.mergeBase(baseSha, headSha);
    const files = await git.diff(mergeBase ?? baseSha, headSha);
    const commits = mergeBase ? await git.countCommits(`${mergeBase}..${headSha}`) : await git.countCommits(headSha);
    return { headSha, baseSha, mergeBase, files, commits };
  }

  async refreshPrShas() {
    const refs = await this.git.refs();
    for (const pr of this.state.pulls.values()) {
      const h = await this.git.resolveCommit(pr.head, refs);
      const b = await this.git.resolveCommit(pr.base, refs);
      if (h) this.headShaCache.set(pr.number, h);
      if (b) this.baseShaCache.set(pr.number, b);
    }
  }

  authorAssociation(login: string): string {
    if (login === this.owner) return 'OWNER';
    const p = this.state.permissions.get(login);
    if (p && p.permission !== 'none' && p.permission !== 'read') return 'COLLABORATOR';
    if (login.endsWith('[bot]')) return 'NONE';
    return 'CONTRIBUTOR';
  }

  permissionOf(login: string) {
    const p = this.state.permissions.get(login);
    if (p) return p;
    if (login === this.owner) return { permission: 'admin' as const, role_name: 'admin' };
    return { permission: 'read' as const, role_name: 'read' };
  }

  insertComment(n: number, body: string, actor: Actor): Comment {
    const t = O.now();
    const c: Comment = { id: ++this.ids.comment, issue_number: n, body, user: { ...actor }, created_at: t, updated_at: t };
    this.state.comments.push(c);
    return c;
  }
}

export function tooLong(body: string, resource: string) {
  if (body.length > MAX_BODY) {
    throw new HttpError(422, 'Validation Failed', {
      errors: [{ resource, code: 'unprocessable', field: 'data', message: `Body is too long (maximum is ${MAX_BODY} characters)` }],
    });
  }
}
