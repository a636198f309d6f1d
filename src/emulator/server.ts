/**
 * The emulator's HTTP server: routing, state, GitHub-like handlers, fault injection and
 * OpenAPI validation of every exchange.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GitRepo, type DiffFile } from './git';
import * as O from './objects';
import { OpenApiValidator } from './validator';
import type {
  Actor,
  Annotation,
  CheckRun,
  Comment,
  Emulator,
  EmulatorOptions,
  EmulatorState,
  FaultOptions,
  PullRequest,
  Reaction,
  RecordedRequest,
} from './types';

interface Req {
  method: string;
  path: string;
  query: URLSearchParams;
  params: Record<string, string>;
  body: unknown;
  actor: Actor;
  headers: IncomingMessage['headers'];
}
interface Res {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
  /** raw bytes (not JSON, not validated) */
  raw?: Buffer;
}
type Handler = (req: Req) => Promise<Res> | Res;
interface Route {
  method: string;
  template: string;
  re: RegExp;
  names: string[];
  handler: Handler;
}

class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra?: Record<string, unknown>,
  ) {
    super(message);
  }
}

const REACTIONS = ['+1', '-1', 'laugh', 'confused', 'heart', 'hooray', 'rocket', 'eyes'] as const;
const MAX_LISTED_FILES = 3000;
const MAX_COMMIT_FILES = 300;
const MAX_BODY = 65536;
const MAX_OUTPUT = 65535;
const MAX_ANNOTATIONS = 50;
const MAX_CONTENT_BYTES = 1024 * 1024;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function base64Lines(buf: Buffer): string {
  const b64 = buf.toString('base64');
  let out = '';
  for (let i = 0; i < b64.length; i += 60) out += `${b64.slice(i, i + 60)}\n`;
  return out;
}

function compileTemplate(template: string): { re: RegExp; names: string[] } {
  const names: string[] = [];
  const src = template.replace(/[.*+?^$()|[\]\\]/g, '\\$&').replace(/\/\{(\w+)\}/g, (_m, name: string) => {
    names.push(name);
    // a repository path may be empty (`/contents` is the root) and may contain slashes, like refs
    if (name === 'path') return '(?:/(.*?))?';
    return name === 'basehead' || name === 'ref' ? '/(.+?)' : '/([^/]+)';
  });
  return { re: new RegExp(`^${src}/?$`), names };
}

export async function startEmulator(opts: EmulatorOptions): Promise<Emulator> {
  const git = new GitRepo(opts.repoDir, opts.maxPatchBytes);
  const owner = opts.owner ?? 'acme';
  const repoName = opts.repo ?? 'widgets';
  const botLogin = opts.botLogin ?? 'rollback-ready[bot]';
  const appSlug = botLogin.replace(/\[bot\]$/, '');
  let defaultBranch = opts.defaultBranch;
  if (!defaultBranch) {
    try {
      defaultBranch = (await git.run(['symbolic-ref', '--short', 'HEAD'])).trim() || 'main';
    } catch {
      defaultBranch = 'main';
    }
  }

  const validator = opts.validate === false ? null : await OpenApiValidator.load(opts.openapiPath);
  const validationErrors: string[] = [];
  const requests: RecordedRequest[] = [];

  const state: EmulatorState = {
    checkRuns: [],
    comments: [],
    reactions: [],
    labels: new Map(),
    pulls: new Map(),
    permissions: new Map(),
  };
  const ids = { pull: 0, checkRun: 4_000_000, comment: 1_000_000, reaction: 7_000_000, suite: 9_000_000 };
  const suites = new Map<string, number>();

  const ctx: O.Ctx = {
    api: '',
    web: '',
    owner,
    repo: repoName,
    ownerId: O.userId(owner),
    repoId: O.userId(`${owner}/${repoName}`),
    appId: opts.appId ?? 12345,
    appSlug,
    installationId: opts.installationId ?? 424242,
    botLogin,
    defaultBranch,
    createdAt: '2020-01-01T00:00:00Z',
  };

  let faults: (FaultOptions & { rand: () => number })[] = [];

  // ---------------------------------------------------------------- helpers
  const repoApi = () => `${ctx.api}/repos/${encodeURIComponent(owner)}/${encodeURIComponent(repoName)}`;
  const repoWeb = () => `${ctx.web}/${encodeURIComponent(owner)}/${encodeURIComponent(repoName)}`;

  function intParam(v: string | undefined, what: string): number {
    const n = Number(v);
    if (!Number.isInteger(n) || n <= 0) throw new HttpError(404, 'Not Found', { what });
    return n;
  }

  function paginate<T>(req: Req, items: T[], opt: { defaultPer?: number; cap?: number } = {}): { page: T[]; headers: Record<string, string> } {
    const per = Math.min(100, Math.max(1, Number(req.query.get('per_page')) || opt.defaultPer || 30));
    const pageNo = Math.max(1, Number(req.query.get('page')) || 1);
    const total = Math.min(items.length, opt.cap ?? Infinity);
    const last = Math.max(1, Math.ceil(total / per));
    const start = (pageNo - 1) * per;
    const page = start >= total ? [] : items.slice(start, Math.min(start + per, total));
    const link = (p: number, rel: string) => {
      const q = new URLSearchParams(req.query);
      q.set('per_page', String(per));
      q.set('page', String(p));
      return `<${ctx.api}${req.path}?${q.toString()}>; rel="${rel}"`;
    };
    const links: string[] = [];
    if (pageNo > 1) links.push(link(Math.min(pageNo - 1, last), 'prev'));
    if (pageNo < last) links.push(link(pageNo + 1, 'next'));
    if (pageNo < last) links.push(link(last, 'last'));
    if (pageNo > 1) links.push(link(1, 'first'));
    return { page, headers: links.length ? { link: links.join(', ') } : {} };
  }

  function pull(n: number): PullRequest {
    const pr = state.pulls.get(n);
    if (!pr) throw new HttpError(404, 'Not Found');
    return pr;
  }

  async function commitOr(ref: string, status: 404 | 422 = 404): Promise<string> {
    const sha = await git.resolveCommit(ref);
    if (!sha) {
      if (status === 422) throw new HttpError(422, `No commit found for SHA: ${ref}`);
      throw new HttpError(404, 'Not Found');
    }
    return sha;
  }

  interface PrFacts {
    headSha: string;
    baseSha: string;
    mergeBase: string | null;
    files: DiffFile[];
    commits: number;
  }
  async function prFacts(pr: PullRequest): Promise<PrFacts> {
    const refs = await git.refs();
    const headSha = await git.resolveCommit(pr.head, refs);
    const baseSha = await git.resolveCommit(pr.base, refs);
    if (!headSha || !baseSha) throw new HttpError(500, `emulator: branch ${headSha ? pr.base : pr.head} of pull request #${pr.number} does not exist in ${opts.repoDir}`);
    const mergeBase = await git.mergeBase(baseSha, headSha);
    const files = await git.diff(mergeBase ?? baseSha, headSha);
    const commits = mergeBase ? await git.countCommits(`${mergeBase}..${headSha}`) : await git.countCommits(headSha);
    return { headSha, baseSha, mergeBase, files, commits };
  }

  function authorAssociation(login: string): string {
    if (login === owner) return 'OWNER';
    const p = state.permissions.get(login);
    if (p && p.permission !== 'none' && p.permission !== 'read') return 'COLLABORATOR';
    if (login.endsWith('[bot]')) return 'NONE';
    return 'CONTRIBUTOR';
  }

  function prSimple(pr: PullRequest, f: { headSha: string; baseSha: string }) {
    const api = `${repoApi()}/pulls/${pr.number}`;
    const issue = `${repoApi()}/issues/${pr.number}`;
    const html = `${repoWeb()}/pull/${pr.number}`;
    const repoObj = O.repository(ctx);
    return {
      url: api,
      id: pr.id,
      node_id: O.nodeId('PullRequest', pr.id),
      html_url: html,
      diff_url: `${html}.diff`,
      patch_url: `${html}.patch`,
      issue_url: issue,
      commits_url: `${api}/commits`,
      review_comments_url: `${api}/comments`,
      review_comment_url: `${repoApi()}/pulls/comments{/number}`,
      comments_url: `${issue}/comments`,
      statuses_url: `${repoApi()}/statuses/${f.headSha}`,
      number: pr.number,
      state: pr.state,
      locked: false,
      title: pr.title,
      user: O.user(ctx, pr.user),
      body: pr.body,
      labels: (state.labels.get(pr.number) ?? []).map((l) => O.label(ctx, l)),
      milestone: null,
      active_lock_reason: null,
      created_at: pr.created_at,
      updated_at: pr.updated_at,
      closed_at: pr.closed_at,
      merged_at: null,
      merge_commit_sha: null,
      assignee: null,
      assignees: [],
      requested_reviewers: [],
      requested_teams: [],
      head: { label: `${owner}:${pr.head}`, ref: pr.head, sha: f.headSha, user: O.ownerUser(ctx), repo: repoObj },
      base: { label: `${owner}:${pr.base}`, ref: pr.base, sha: f.baseSha, user: O.ownerUser(ctx), repo: repoObj },
      _links: {
        self: { href: api },
        html: { href: html },
        issue: { href: issue },
        comments: { href: `${issue}/comments` },
        review_comments: { href: `${api}/comments` },
        review_comment: { href: `${repoApi()}/pulls/comments{/number}` },
        commits: { href: `${api}/commits` },
        statuses: { href: `${repoApi()}/statuses/${f.headSha}` },
      },
      author_association: authorAssociation(pr.user),
      auto_merge: null,
      draft: pr.draft,
    };
  }

  async function prFull(pr: PullRequest) {
    const f = await prFacts(pr);
    const additions = f.files.reduce((a, x) => a + x.additions, 0);
    const deletions = f.files.reduce((a, x) => a + x.deletions, 0);
    return {
      ...prSimple(pr, f),
      merged: false,
      mergeable: pr.state === 'open' ? true : null,
      rebaseable: pr.state === 'open' ? true : null,
      mergeable_state: pr.state === 'open' ? 'clean' : 'unknown',
      merged_by: null,
      comments: state.comments.filter((c) => c.issue_number === pr.number).length,
      review_comments: 0,
      maintainer_can_modify: false,
      commits: f.commits,
      additions,
      deletions,
      changed_files: pr.changed_files_override ?? f.files.length,
    };
  }

  function commentJson(c: Comment) {
    const rs = state.reactions.filter((r) => r.comment_id === c.id);
    const rollup: Record<string, unknown> = { url: `${repoApi()}/issues/comments/${c.id}/reactions`, total_count: rs.length };
    for (const k of REACTIONS) rollup[k] = rs.filter((r) => r.content === k).length;
    return {
      id: c.id,
      node_id: O.nodeId('IssueComment', c.id),
      url: `${repoApi()}/issues/comments/${c.id}`,
      html_url: `${repoWeb()}/pull/${c.issue_number}#issuecomment-${c.id}`,
      body: c.body,
      user: O.user(ctx, c.user.login, c.user.type),
      created_at: c.created_at,
      updated_at: c.updated_at,
      issue_url: `${repoApi()}/issues/${c.issue_number}`,
      author_association: c.user.type === 'Bot' ? 'NONE' : authorAssociation(c.user.login),
      performed_via_github_app: c.user.type === 'Bot' && c.user.login === botLogin ? O.integration(ctx) : null,
      reactions: rollup,
    };
  }

  function comment(id: number): Comment {
    const c = state.comments.find((x) => x.id === id);
    if (!c) throw new HttpError(404, 'Not Found');
    return c;
  }

  function checkRunJson(run: CheckRun) {
    const url = `${repoApi()}/check-runs/${run.id}`;
    const prs = [...state.pulls.values()].filter((p) => p.state === 'open' && headShaCache.get(p.number) === run.head_sha);
    return {
      id: run.id,
      head_sha: run.head_sha,
      node_id: O.nodeId('CheckRun', run.id),
      external_id: run.external_id ?? '',
      url,
      html_url: `${repoWeb()}/runs/${run.id}`,
      details_url: run.details_url ?? `${ctx.web}/apps/${encodeURIComponent(appSlug)}`,
      status: run.status,
      conclusion: run.conclusion,
      started_at: run.started_at,
      completed_at: run.completed_at,
      output: {
        title: run.output.title,
        summary: run.output.summary,
        text: run.output.text,
        annotations_count: run.annotations.length,
        annotations_url: `${url}/annotations`,
      },
      name: run.name,
      check_suite: { id: run.check_suite_id },
      app: O.integration(ctx),
      pull_requests: prs.map((p) => ({
        id: p.id,
        number: p.number,
        url: `${repoApi()}/pulls/${p.number}`,
        head: { ref: p.head, sha: run.head_sha, repo: { id: ctx.repoId, url: repoApi(), name: repoName } },
        base: { ref: p.base, sha: baseShaCache.get(p.number) ?? run.head_sha, repo: { id: ctx.repoId, url: repoApi(), name: repoName } },
      })),
    };
  }
  // head/base shas of PRs as last seen (for check_run.pull_requests, which is synchronous)
  const headShaCache = new Map<number, string>();
  const baseShaCache = new Map<number, string>();
  async function refreshPrShas() {
    const refs = await git.refs();
    for (const pr of state.pulls.values()) {
      const h = await git.resolveCommit(pr.head, refs);
      const b = await git.resolveCommit(pr.base, refs);
      if (h) headShaCache.set(pr.number, h);
      if (b) baseShaCache.set(pr.number, b);
    }
  }

  function checkOutputLimits(output: Record<string, unknown> | undefined) {
    if (!output) return;
    for (const k of ['summary', 'text'] as const) {
      const v = output[k];
      if (typeof v === 'string' && v.length > MAX_OUTPUT) {
        throw new HttpError(422, 'Invalid request.', {
          errors: [{ resource: 'CheckRun', field: `output.${k}`, code: 'invalid', message: `Only ${MAX_OUTPUT} characters are allowed; ${v.length} were supplied.` }],
        });
      }
    }
    const anns = output.annotations;
    if (anns !== undefined && !Array.isArray(anns)) throw new HttpError(422, 'Invalid request.\n\nFor \'properties/annotations\', it is not an array.');
    if (Array.isArray(anns) && anns.length > MAX_ANNOTATIONS) {
      throw new HttpError(422, 'Invalid request.', {
        errors: [{ resource: 'CheckRun', field: 'output.annotations', code: 'too_many', message: `Only ${MAX_ANNOTATIONS} annotations are allowed per request; ${anns.length} were supplied.` }],
      });
    }
  }

  function toAnnotations(output: Record<string, unknown> | undefined): Annotation[] {
    const anns = output?.annotations;
    if (!Array.isArray(anns)) return [];
    return anns.map((a: Record<string, unknown>, i) => {
      const level = a.annotation_level;
      if (typeof a.path !== 'string' || typeof a.start_line !== 'number' || typeof a.end_line !== 'number' || typeof a.message !== 'string' || (level !== 'notice' && level !== 'warning' && level !== 'failure')) {
        throw new HttpError(422, `Invalid request.\n\nannotation ${i} needs path, start_line, end_line, annotation_level (notice|warning|failure) and message.`);
      }
      return {
        path: a.path,
        start_line: a.start_line,
        end_line: a.end_line,
        start_column: typeof a.start_column === 'number' ? a.start_column : null,
        end_column: typeof a.end_column === 'number' ? a.end_column : null,
        annotation_level: level,
        title: typeof a.title === 'string' ? a.title : null,
        message: a.message,
        raw_details: typeof a.raw_details === 'string' ? a.raw_details : null,
      };
    });
  }

  function applyStatus(run: CheckRun, body: Record<string, unknown>, creating: boolean) {
    const conclusion = body.conclusion as string | undefined;
    const status = body.status as CheckRun['status'] | undefined;
    if (status === 'completed' && !conclusion && !run.conclusion) {
      throw new HttpError(422, 'Invalid request.\n\nNo conclusion given for a completed check run.');
    }
    if (typeof body.started_at === 'string') run.started_at = body.started_at;
    if (conclusion) {
      run.conclusion = conclusion;
      run.status = 'completed';
      run.completed_at = typeof body.completed_at === 'string' ? body.completed_at : O.now();
    } else if (status) {
      run.status = status;
      if (status !== 'completed') {
        run.conclusion = null;
        run.completed_at = null;
      }
    } else if (creating) run.status = 'queued';
    if (typeof body.details_url === 'string') run.details_url = body.details_url;
    if (typeof body.external_id === 'string') run.external_id = body.external_id;
    if (typeof body.name === 'string') run.name = body.name;
  }

  function applyOutput(run: CheckRun, output: Record<string, unknown> | undefined) {
    if (!output) return;
    const anns = toAnnotations(output);
    if (typeof output.title === 'string') run.output.title = output.title;
    if (typeof output.summary === 'string') run.output.summary = output.summary;
    if (typeof output.text === 'string') run.output.text = output.text;
    run.annotations.push(...anns);
  }

  function checkRun(id: number): CheckRun {
    const r = state.checkRuns.find((x) => x.id === id);
    if (!r) throw new HttpError(404, 'Not Found');
    return r;
  }

  function asObject(b: unknown): Record<string, unknown> {
    if (b === null || typeof b !== 'object' || Array.isArray(b)) throw new HttpError(400, 'Problems parsing JSON');
    return b as Record<string, unknown>;
  }

  function permissionOf(login: string) {
    const p = state.permissions.get(login);
    if (p) return p;
    if (login === owner) return { permission: 'admin' as const, role_name: 'admin' };
    return { permission: 'read' as const, role_name: 'read' };
  }

  async function contentItem(commitSha: string, e: { mode: string; type: string; sha: string; size: number; path: string }, withContent: boolean) {
    const name = e.path.split('/').pop() ?? e.path;
    const p = O.encPath(e.path);
    const self = `${repoApi()}/contents/${p}?ref=${commitSha}`;
    const isLink = e.mode === '120000';
    const type = e.type === 'tree' ? 'dir' : e.type === 'commit' ? 'submodule' : isLink ? 'symlink' : 'file';
    const gitUrl = e.type === 'tree' ? `${repoApi()}/git/trees/${e.sha}` : e.type === 'commit' ? `${repoApi()}/git/trees/${e.sha}` : `${repoApi()}/git/blobs/${e.sha}`;
    const html = `${repoWeb()}/${e.type === 'tree' ? 'tree' : 'blob'}/${commitSha}/${p}`;
    const download = type === 'file' || type === 'symlink' ? `${repoWeb()}/raw/${commitSha}/${p}` : null;
    const item: Record<string, unknown> = {
      type,
      size: type === 'file' || type === 'symlink' ? e.size : 0,
      name,
      path: e.path,
      sha: e.sha,
      url: self,
      git_url: gitUrl,
      html_url: e.type === 'commit' ? null : html,
      download_url: download,
      _links: { self, git: gitUrl, html: e.type === 'commit' ? null : html },
    };
    if (withContent) {
      if (type === 'symlink') item.target = (await git.readBlob(e.sha)).toString('utf8');
      else if (type === 'submodule') item.submodule_git_url = '';
      else if (type === 'file') {
        if (e.size > MAX_CONTENT_BYTES) {
          item.content = '';
          item.encoding = 'none';
        } else {
          item.content = base64Lines(await git.readBlob(e.sha));
          item.encoding = 'base64';
        }
      }
    }
    return item;
  }

  // ---------------------------------------------------------------- routes
  const R = '/repos/{owner}/{repo}';
  const routeDefs: [string, string, Handler][] = [
    // --- apps
    ['POST', '/app/installations/{installation_id}/access_tokens', (req) => {
      intParam(req.params.installation_id, 'installation');
      const expires = new Date(Date.now() + 3600_000).toISOString().replace(/\.\d{3}Z$/, 'Z');
      return {
        status: 201,
        body: { token: `ghs_emulator${Math.random().toString(36).slice(2, 14)}`, expires_at: expires, permissions: O.appPermissions(), repository_selection: 'all' },
      };
    }],
    ['GET', '/app/installations', (req) => {
      const { page, headers } = paginate(req, [O.installation(ctx)]);
      return { status: 200, body: page, headers };
    }],
    ['GET', '/app', () => ({ status: 200, body: O.integration(ctx) })],
    ['GET', '/user', (req) => ({ status: 200, body: O.publicUser(ctx, req.actor.login, req.actor.type) })],
    ['GET', `${R}/installation`, () => ({ status: 200, body: O.installation(ctx) })],

    // --- repository
    ['GET', `${R}`, () => ({ status: 200, body: O.fullRepository(ctx) })],

    // --- pulls
    ['GET', `${R}/pulls`, async (req) => {
      const wantState = req.query.get('state') ?? 'open';
      const head = req.query.get('head');
      const base = req.query.get('base');
      let prs = [...state.pulls.values()].filter((p) => wantState === 'all' || p.state === wantState);
      if (head) {
        const branch = head.includes(':') ? head.slice(head.indexOf(':') + 1) : head;
        const headOwner = head.includes(':') ? head.slice(0, head.indexOf(':')) : owner;
        prs = headOwner.toLowerCase() === owner.toLowerCase() ? prs.filter((p) => p.head === branch) : [];
      }
      if (base) prs = prs.filter((p) => p.base === base);
      prs.sort((a, b) => (req.query.get('direction') === 'asc' ? a.number - b.number : b.number - a.number));
      const { page, headers } = paginate(req, prs);
      const out = [];
      const refs = await git.refs();
      for (const pr of page) {
        const headSha = (await git.resolveCommit(pr.head, refs)) ?? '';
        const baseSha = (await git.resolveCommit(pr.base, refs)) ?? '';
        out.push(prSimple(pr, { headSha, baseSha }));
      }
      return { status: 200, body: out, headers };
    }],
    ['GET', `${R}/pulls/{pull_number}`, async (req) => ({ status: 200, body: await prFull(pull(intParam(req.params.pull_number, 'pull'))) })],
    ['PATCH', `${R}/pulls/{pull_number}`, async (req) => {
      const pr = pull(intParam(req.params.pull_number, 'pull'));
      const body = asObject(req.body);
      if (body.body !== undefined && typeof body.body !== 'string') throw new HttpError(422, 'Invalid request.\n\n"body" must be a string.');
      if (typeof body.body === 'string') tooLong(body.body, 'PullRequest');
      if (body.title !== undefined && (typeof body.title !== 'string' || body.title === '')) throw new HttpError(422, 'Invalid request.\n\n"title" must be a non-empty string.');
      if (body.state !== undefined && body.state !== 'open' && body.state !== 'closed') throw new HttpError(422, 'Invalid request.\n\n"state" must be open or closed.');
      if (typeof body.body === 'string') pr.body = body.body;
      if (typeof body.title === 'string') pr.title = body.title;
      if (body.state === 'open' || body.state === 'closed') {
        pr.state = body.state;
        pr.closed_at = body.state === 'closed' ? O.now() : null;
      }
      pr.updated_at = O.now();
      return { status: 200, body: await prFull(pr) };
    }],
    ['GET', `${R}/pulls/{pull_number}/files`, async (req) => {
      const pr = pull(intParam(req.params.pull_number, 'pull'));
      const f = await prFacts(pr);
      const { page, headers } = paginate(req, f.files, { cap: MAX_LISTED_FILES });
      return { status: 200, body: page.map((x) => O.diffEntry(ctx, f.headSha, x)), headers };
    }],

    // --- contents & git data
    ['GET', `${R}/contents/{path}`, async (req) => {
      const ref = req.query.get('ref') ?? defaultBranch;
      const sha = await git.resolveCommit(ref);
      if (!sha) throw new HttpError(404, `No commit found for the ref ${ref}`);
      const path = (req.params.path ?? '').replace(/^\/+|\/+$/g, '');
      const e = await git.entry(sha, path);
      if (!e) throw new HttpError(404, 'Not Found');
      const accept = String(req.headers.accept ?? '');
      if (e.type === 'tree') {
        const children = await git.listTree(sha, path);
        const items = [];
        for (const c of children) items.push(await contentItem(sha, c, false));
        return { status: 200, body: items };
      }
      if (e.type === 'blob' && accept.includes('application/vnd.github.raw')) {
        return { status: 200, raw: await git.readBlob(e.sha), headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' } };
      }
      return { status: 200, body: await contentItem(sha, e, true) };
    }],
    ['GET', `${R}/git/blobs/{file_sha}`, async (req) => {
      const sha = req.params.file_sha ?? '';
      if (!/^[0-9a-f]{40}$/.test(sha)) throw new HttpError(422, 'The sha parameter must be exactly 40 characters and contain only [0-9a-f].');
      if ((await git.objectType(sha)) !== 'blob') throw new HttpError(404, 'Not Found');
      const buf = await git.readBlob(sha);
      if (String(req.headers.accept ?? '').includes('application/vnd.github.raw')) {
        return { status: 200, raw: buf, headers: { 'content-type': 'application/vnd.github.raw; charset=utf-8' } };
      }
      return {
        status: 200,
        body: { sha, node_id: O.nodeId('Blob', sha), size: buf.length, url: `${repoApi()}/git/blobs/${sha}`, content: base64Lines(buf), encoding: 'base64' },
      };
    }],
    ['GET', `${R}/commits/{ref}`, async (req) => {
      const ref = req.params.ref ?? '';
      const sha = await commitOr(ref, /^[0-9a-f]{4,40}$/.test(ref) ? 422 : 404);
      const info = await git.commit(sha);
      const files = await git.diff(info.parents[0] ?? null, sha);
      return { status: 200, body: O.commitObject(ctx, info, files.slice(0, MAX_COMMIT_FILES)) };
    }],
    ['GET', `${R}/compare/{basehead}`, async (req) => {
      const bh = req.params.basehead ?? '';
      const idx = bh.indexOf('...');
      const [baseRef, headRef] = idx >= 0 ? [bh.slice(0, idx), bh.slice(idx + 3)] : bh.includes('..') ? [bh.slice(0, bh.indexOf('..')), bh.slice(bh.indexOf('..') + 2)] : [bh, ''];
      const strip = (r: string) => (r.includes(':') ? r.slice(r.indexOf(':') + 1) : r);
      const baseSha = await git.resolveCommit(strip(baseRef));
      const headSha = await git.resolveCommit(strip(headRef));
      if (!baseSha || !headSha) throw new HttpError(404, 'Not Found');
      const mb = await git.mergeBase(baseSha, headSha);
      if (!mb) throw new HttpError(404, `No common ancestor between ${baseRef} and ${headRef}.`);
      const ahead = await git.countCommits(`${baseSha}..${headSha}`);
      const behind = await git.countCommits(`${headSha}..${baseSha}`);
      const status = ahead === 0 && behind === 0 ? 'identical' : behind === 0 ? 'ahead' : ahead === 0 ? 'behind' : 'diverged';
      const commitShas = ahead > 0 ? await git.listCommits(baseSha, headSha, 250) : [];
      const commits = [];
      for (const c of commitShas) commits.push(O.commitObject(ctx, await git.commit(c)));
      const files = await git.diff(mb, headSha);
      const html = `${repoWeb()}/compare/${baseRef}...${headRef}`;
      return {
        status: 200,
        body: {
          url: `${repoApi()}/compare/${encodeURIComponent(baseRef)}...${encodeURIComponent(headRef)}`,
          html_url: encodeURI(html),
          permalink_url: `${repoWeb()}/compare/${owner}:${baseSha.slice(0, 7)}...${owner}:${headSha.slice(0, 7)}`,
          diff_url: `${encodeURI(html)}.diff`,
          patch_url: `${encodeURI(html)}.patch`,
          base_commit: O.commitObject(ctx, await git.commit(baseSha)),
          merge_base_commit: O.commitObject(ctx, await git.commit(mb)),
          status,
          ahead_by: ahead,
          behind_by: behind,
          total_commits: ahead,
          commits,
          files: files.slice(0, MAX_COMMIT_FILES).map((f) => O.diffEntry(ctx, headSha, f)),
        },
      };
    }],

    // --- check runs
    ['POST', `${R}/check-runs`, async (req) => {
      const body = asObject(req.body);
      if (typeof body.name !== 'string' || body.name === '') throw new HttpError(422, 'Invalid request.\n\n"name" wasn\'t supplied.');
      if (typeof body.head_sha !== 'string') throw new HttpError(422, 'Invalid request.\n\n"head_sha" wasn\'t supplied.');
      const output = body.output as Record<string, unknown> | undefined;
      checkOutputLimits(output);
      const headSha = body.head_sha;
      if (!/^[0-9a-f]{40}$/.test(headSha) || (await git.objectType(headSha)) !== 'commit') throw new HttpError(422, `No commit found for SHA: ${headSha}`);
      await refreshPrShas();
      let suite = suites.get(headSha);
      if (suite === undefined) {
        suite = ++ids.suite;
        suites.set(headSha, suite);
      }
      const run: CheckRun = {
        id: 0,
        name: body.name,
        head_sha: headSha,
        status: 'queued',
        conclusion: null,
        started_at: O.now(),
        completed_at: null,
        details_url: null,
        external_id: null,
        output: { title: null, summary: null, text: null },
        annotations: [],
        check_suite_id: suite,
        writes: 1,
      };
      applyStatus(run, body, true);
      applyOutput(run, output);
      run.id = ++ids.checkRun;
      state.checkRuns.push(run);
      return { status: 201, body: checkRunJson(run) };
    }],
    ['PATCH', `${R}/check-runs/{check_run_id}`, async (req) => {
      const run = checkRun(intParam(req.params.check_run_id, 'check run'));
      const body = asObject(req.body);
      const output = body.output as Record<string, unknown> | undefined;
      checkOutputLimits(output);
      await refreshPrShas();
      // validate everything before mutating, so a rejected update changes nothing
      const draft: CheckRun = { ...run, output: { ...run.output }, annotations: [...run.annotations] };
      applyStatus(draft, body, false);
      applyOutput(draft, output);
      Object.assign(run, draft, { writes: run.writes + 1 });
      return { status: 200, body: checkRunJson(run) };
    }],
    ['GET', `${R}/check-runs/{check_run_id}`, async (req) => {
      const run = checkRun(intParam(req.params.check_run_id, 'check run'));
      await refreshPrShas();
      return { status: 200, body: checkRunJson(run) };
    }],
    ['GET', `${R}/check-runs/{check_run_id}/annotations`, (req) => {
      const run = checkRun(intParam(req.params.check_run_id, 'check run'));
      const { page, headers } = paginate(req, run.annotations);
      const blob = (p: string) => `${repoWeb()}/blob/${run.head_sha}/${O.encPath(p)}`;
      return { status: 200, body: page.map((a) => ({ ...a, blob_href: blob(a.path) })), headers };
    }],
    ['GET', `${R}/commits/{ref}/check-runs`, async (req) => {
      const ref = req.params.ref ?? '';
      const sha = await commitOr(ref, 422);
      await refreshPrShas();
      let runs = state.checkRuns.filter((r) => r.head_sha === sha);
      const name = req.query.get('check_name');
      if (name) runs = runs.filter((r) => r.name === name);
      const st = req.query.get('status');
      if (st) runs = runs.filter((r) => r.status === st);
      if ((req.query.get('filter') ?? 'latest') === 'latest') {
        const latest = new Map<string, CheckRun>();
        for (const r of runs) {
          const prev = latest.get(r.name);
          if (!prev || prev.id < r.id) latest.set(r.name, r);
        }
        runs = [...latest.values()];
      }
      runs = [...runs].sort((a, b) => b.id - a.id);
      const { page, headers } = paginate(req, runs);
      return { status: 200, body: { total_count: runs.length, check_runs: page.map(checkRunJson) }, headers };
    }],

    // --- issue comments
    ['GET', `${R}/issues/{issue_number}/comments`, (req) => {
      const n = intParam(req.params.issue_number, 'issue');
      pull(n);
      const since = req.query.get('since');
      let list = state.comments.filter((c) => c.issue_number === n);
      if (since) list = list.filter((c) => c.updated_at >= since);
      list.sort((a, b) => a.id - b.id);
      const { page, headers } = paginate(req, list);
      return { status: 200, body: page.map(commentJson), headers };
    }],
    ['POST', `${R}/issues/{issue_number}/comments`, (req) => {
      const n = intParam(req.params.issue_number, 'issue');
      pull(n);
      const body = asObject(req.body).body;
      if (typeof body !== 'string') throw new HttpError(422, 'Invalid request.\n\n"body" wasn\'t supplied.');
      tooLong(body, 'IssueComment');
      const c = insertComment(n, body, req.actor);
      return { status: 201, body: commentJson(c), headers: { location: `${repoApi()}/issues/comments/${c.id}` } };
    }],
    ['GET', `${R}/issues/comments/{comment_id}`, (req) => ({ status: 200, body: commentJson(comment(intParam(req.params.comment_id, 'comment'))) })],
    ['PATCH', `${R}/issues/comments/{comment_id}`, (req) => {
      const c = comment(intParam(req.params.comment_id, 'comment'));
      const body = asObject(req.body).body;
      if (typeof body !== 'string') throw new HttpError(422, 'Invalid request.\n\n"body" wasn\'t supplied.');
      tooLong(body, 'IssueComment');
      c.body = body;
      c.updated_at = O.now();
      return { status: 200, body: commentJson(c) };
    }],
    ['DELETE', `${R}/issues/comments/{comment_id}`, (req) => {
      const c = comment(intParam(req.params.comment_id, 'comment'));
      state.comments.splice(state.comments.indexOf(c), 1);
      return { status: 204 };
    }],

    // --- reactions
    ['GET', `${R}/issues/comments/{comment_id}/reactions`, (req) => {
      const c = comment(intParam(req.params.comment_id, 'comment'));
      let list = state.reactions.filter((r) => r.comment_id === c.id);
      const content = req.query.get('content');
      if (content) list = list.filter((r) => r.content === content);
      const { page, headers } = paginate(req, list);
      return { status: 200, body: page.map(reactionJson), headers };
    }],
    ['POST', `${R}/issues/comments/{comment_id}/reactions`, (req) => {
      const c = comment(intParam(req.params.comment_id, 'comment'));
      const content = asObject(req.body).content;
      if (typeof content !== 'string' || !(REACTIONS as readonly string[]).includes(content)) {
        throw new HttpError(422, 'Invalid request.\n\nFor \'properties/content\', is not one of the allowed values.');
      }
      const existing = state.reactions.find((r) => r.comment_id === c.id && r.content === content && r.user.login === req.actor.login);
      if (existing) return { status: 200, body: reactionJson(existing) };
      const r: Reaction = { id: ++ids.reaction, comment_id: c.id, content: content as Reaction['content'], user: req.actor, created_at: O.now() };
      state.reactions.push(r);
      return { status: 201, body: reactionJson(r) };
    }],

    ['DELETE', `${R}/issues/comments/{comment_id}/reactions/{reaction_id}`, (req) => {
      const c = comment(intParam(req.params.comment_id, 'comment'));
      return deleteReaction((r) => r.comment_id === c.id, intParam(req.params.reaction_id, 'reaction'));
    }],
    ['GET', `${R}/issues/{issue_number}/reactions`, (req) => {
      const n = intParam(req.params.issue_number, 'issue');
      pull(n);
      let list = state.reactions.filter((r) => r.issue_number === n);
      const content = req.query.get('content');
      if (content) list = list.filter((r) => r.content === content);
      const { page, headers } = paginate(req, list);
      return { status: 200, body: page.map(reactionJson), headers };
    }],
    ['POST', `${R}/issues/{issue_number}/reactions`, (req) => {
      const n = intParam(req.params.issue_number, 'issue');
      pull(n);
      const content = asObject(req.body).content;
      if (typeof content !== 'string' || !(REACTIONS as readonly string[]).includes(content)) {
        throw new HttpError(422, 'Invalid request.\n\nFor \'properties/content\', is not one of the allowed values.');
      }
      // GitHub answers 200 with the existing reaction when this user already reacted so.
      const existing = state.reactions.find((r) => r.issue_number === n && r.content === content && r.user.login === req.actor.login);
      if (existing) return { status: 200, body: reactionJson(existing) };
      const r: Reaction = { id: ++ids.reaction, comment_id: 0, issue_number: n, content: content as Reaction['content'], user: req.actor, created_at: O.now() };
      state.reactions.push(r);
      return { status: 201, body: reactionJson(r) };
    }],
    ['DELETE', `${R}/issues/{issue_number}/reactions/{reaction_id}`, (req) => {
      const n = intParam(req.params.issue_number, 'issue');
      pull(n);
      return deleteReaction((r) => r.issue_number === n, intParam(req.params.reaction_id, 'reaction'));
    }],

    // --- labels
    ['GET', `${R}/issues/{issue_number}/labels`, (req) => {
      const n = intParam(req.params.issue_number, 'issue');
      pull(n);
      const { page, headers } = paginate(req, state.labels.get(n) ?? []);
      return { status: 200, body: page.map((l) => O.label(ctx, l)), headers };
    }],
    ['POST', `${R}/issues/{issue_number}/labels`, (req) => {
      const n = intParam(req.params.issue_number, 'issue');
      pull(n);
      const raw = Array.isArray(req.body) ? req.body : (asObject(req.body).labels as unknown);
      if (!Array.isArray(raw) || raw.length === 0) throw new HttpError(422, 'Invalid request.\n\nNo labels given.');
      const names = raw.map((x: unknown) => (typeof x === 'string' ? x : x && typeof x === 'object' ? (x as { name?: unknown }).name : undefined));
      if (names.some((x) => typeof x !== 'string' || x === '')) throw new HttpError(422, 'Invalid request.\n\nLabels must be names.');
      const list = state.labels.get(n) ?? [];
      for (const name of names as string[]) if (!list.includes(name)) list.push(name);
      state.labels.set(n, list);
      return { status: 200, body: list.map((l) => O.label(ctx, l)) };
    }],
    ['DELETE', `${R}/issues/{issue_number}/labels/{name}`, (req) => {
      const n = intParam(req.params.issue_number, 'issue');
      pull(n);
      const list = state.labels.get(n) ?? [];
      const i = list.indexOf(req.params.name ?? '');
      if (i < 0) throw new HttpError(404, 'Label does not exist');
      list.splice(i, 1);
      return { status: 200, body: list.map((l) => O.label(ctx, l)) };
    }],

    // --- permissions
    ['GET', `${R}/collaborators/{username}/permission`, (req) => {
      const login = req.params.username ?? '';
      const p = permissionOf(login);
      const perms = {
        admin: p.permission === 'admin',
        maintain: p.permission === 'admin' || p.role_name === 'maintain',
        push: p.permission === 'admin' || p.permission === 'write',
        triage: p.permission !== 'none' && p.permission !== 'read' ? true : p.role_name === 'triage',
        pull: p.permission !== 'none',
      };
      return { status: 200, body: { permission: p.permission, role_name: p.role_name, user: { ...O.user(ctx, login), permissions: perms, role_name: p.role_name } } };
    }],
  ];

  function deleteReaction(on: (r: Reaction) => boolean, id: number): Res {
    const i = state.reactions.findIndex((r) => r.id === id && on(r));
    if (i < 0) throw new HttpError(404, 'Not Found');
    state.reactions.splice(i, 1);
    return { status: 204 };
  }

  function reactionJson(r: Reaction) {
    return { id: r.id, node_id: O.nodeId('Reaction', r.id), user: O.user(ctx, r.user.login, r.user.type), content: r.content, created_at: r.created_at };
  }

  function tooLong(body: string, resource: string) {
    if (body.length > MAX_BODY) {
      throw new HttpError(422, 'Validation Failed', {
        errors: [{ resource, code: 'unprocessable', field: 'data', message: `Body is too long (maximum is ${MAX_BODY} characters)` }],
      });
    }
  }

  function insertComment(n: number, body: string, actor: Actor): Comment {
    const t = O.now();
    const c: Comment = { id: ++ids.comment, issue_number: n, body, user: { ...actor }, created_at: t, updated_at: t };
    state.comments.push(c);
    return c;
  }

  const routes: Route[] = routeDefs.map(([method, template, handler]) => ({ method, template, handler, ...compileTemplate(template) }));
  if (validator) {
    for (const r of routes) if (!validator.hasOperation(r.template, r.method)) validationErrors.push(`emulator route ${r.method} ${r.template} has no OpenAPI operation`);
  }

  function match(method: string, path: string): { route: Route; params: Record<string, string> } | null {
    for (const route of routes) {
      if (route.method !== method) continue;
      const m = route.re.exec(path);
      if (!m) continue;
      const params: Record<string, string> = {};
      route.names.forEach((name, i) => {
        params[name] = decodeURIComponent(m[i + 1] ?? '');
      });
      if (params.owner !== undefined && (params.owner.toLowerCase() !== owner.toLowerCase() || (params.repo ?? '').toLowerCase() !== repoName.toLowerCase())) {
        return { route: { ...route, handler: () => ({ status: 404, body: O.basicError('Not Found', 404) }) }, params };
      }
      return { route, params };
    }
    return null;
  }

  // more specific templates first (literal segments beat parameters that may contain slashes)
  routes.sort((a, b) => specificity(b.template) - specificity(a.template));

  // ---------------------------------------------------------------- server
  function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>, raw?: Buffer) {
    const base: Record<string, string> = {
      'x-github-media-type': 'github.v3; format=json',
      'x-github-api-version-selected': '2022-11-28',
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '4999',
      'x-ratelimit-used': '1',
      'x-ratelimit-resource': 'core',
      'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
      'x-github-request-id': `EMU:${requests.length}`,
      ...headers,
    };
    if (raw) {
      res.writeHead(status, { ...base, 'content-length': String(raw.length), 'content-type': headers['content-type'] ?? 'application/octet-stream' });
      res.end(raw);
      return;
    }
    if (status === 204 || body === undefined) {
      res.writeHead(status, base);
      res.end();
      return;
    }
    const text = JSON.stringify(body);
    res.writeHead(status, { ...base, 'content-type': 'application/json; charset=utf-8', 'content-length': String(Buffer.byteLength(text)) });
    res.end(text);
  }

  function readBody(req: IncomingMessage): Promise<string> {
    return new Promise((resolve, reject) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
      req.on('error', reject);
    });
  }

  function actorOf(req: IncomingMessage): Actor {
    const h = req.headers['x-emulator-user'];
    const login = Array.isArray(h) ? h[0] : h;
    if (login) return { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' };
    // A personal access token acts as its user.
    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
    const owner = token ? opts.tokens?.[token] : undefined;
    if (owner) return { login: owner, type: owner.endsWith('[bot]') ? 'Bot' : 'User' };
    return { login: botLogin, type: 'Bot' };
  }

  async function handle(req: IncomingMessage, res: ServerResponse) {
    const method = (req.method ?? 'GET').toUpperCase();
    const url = new URL(req.url ?? '/', 'http://emulator');
    const rawPath = url.pathname.replace(/^\/api\/v3(?=\/)/, '');
    const record = (status: number, fault?: boolean) => {
      const r: RecordedRequest = { method, path: rawPath, query: url.search, status };
      if (fault) r.fault = true;
      requests.push(r);
    };
    const text = await readBody(req);

    const token = /^(?:token|bearer)\s+(\S+)$/i.exec(String(req.headers.authorization ?? ''))?.[1];
    const f = faults.find((x) => (!x.only || x.only.test(rawPath)) && (!x.token || x.token === token));
    let loseAnswer = false;
    if (f) {
      const delay = (f.latencyMs ?? 0) + (f.jitterMs ? Math.floor(f.rand() * f.jitterMs) : 0);
      if (delay) await sleep(delay);
      if ((f.rate ?? 0) > 0 && f.rand() < (f.rate ?? 0)) {
        const kinds = f.kinds && f.kinds.length ? f.kinds : (['500'] as const);
        const kind = kinds[Math.floor(f.rand() * kinds.length)] ?? '500';
        if (kind === 'lost-answer' && method !== 'GET' && method !== 'HEAD') {
          // Carried out below, then answered with a 502.
          loseAnswer = true;
        } else if (kind === 'secondary-rate-limit') {
          send(res, 403, { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.', documentation_url: 'https://docs.github.com/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits', status: '403' }, { 'retry-after': String(f.retryAfter ?? 1) });
          record(403, true);
          return;
        } else {
          const status = kind === 'lost-answer' ? 502 : Number(kind);
          send(res, status, { message: status === 502 ? 'Server Error' : 'Internal Server Error', status: String(status) }, {});
          record(status, true);
          return;
        }
      }
    }

    let body: unknown = undefined;
    if (text.length > 0) {
      try {
        body = JSON.parse(text);
      } catch {
        send(res, 400, { message: 'Problems parsing JSON', documentation_url: 'https://docs.github.com/rest', status: '400' }, {});
        record(400);
        return;
      }
    }

    const m = match(method, rawPath);
    if (!m) {
      validationErrors.push(`unhandled route: ${method} ${rawPath}`);
      send(res, 404, { message: 'Not Found', documentation_url: 'https://docs.github.com/rest', status: '404' }, {});
      record(404);
      return;
    }
    let out: Res;
    try {
      out = await m.route.handler({ method, path: rawPath, query: url.searchParams, params: m.params, body, actor: actorOf(req), headers: req.headers });
    } catch (e) {
      if (e instanceof HttpError) {
        out = e.status === 422 ? { status: 422, body: { ...O.validationError(e.message), ...(e.extra ?? {}) } } : { status: e.status, body: O.basicError(e.message, e.status) };
        if (e.status >= 500) validationErrors.push(`emulator error on ${method} ${rawPath}: ${e.message}`);
      } else {
        const msg = e instanceof Error ? e.message : String(e);
        validationErrors.push(`emulator crashed on ${method} ${rawPath}: ${msg}`);
        out = { status: 500, body: O.basicError(msg, 500) };
      }
    }
    if (validator) {
      try {
        // a request GitHub would reject is only an error when the emulator accepted it
        if (body !== undefined && out.status < 400) {
          const err = validator.validateRequest(m.route.template, method, body);
          if (err) validationErrors.push(err);
        }
        if (!out.raw) {
          const err = validator.validateResponse(m.route.template, method, out.status, out.body);
          if (err) validationErrors.push(err);
        }
      } catch (e) {
        validationErrors.push(`validator failed on ${method} ${m.route.template}: ${e instanceof Error ? e.message : String(e)}`);
      }
    }
    if (loseAnswer) {
      send(res, 502, { message: 'Server Error', status: '502' }, {});
      requests.push({ method, path: rawPath, query: url.search, status: 502, fault: true, landed: out.status < 400 });
      return;
    }
    send(res, out.status, out.body, out.headers ?? {}, out.raw);
    record(out.status);
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      validationErrors.push(`emulator failure: ${e instanceof Error ? e.message : String(e)}`);
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ message: 'emulator failure' }));
      } else res.destroy();
    });
  });
  server.keepAliveTimeout = 5000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://127.0.0.1:${port}`;
  ctx.api = url;
  ctx.web = url;

  const emulator: Emulator = {
    url,
    owner,
    repo: repoName,
    state,
    requests,
    validationErrors,
    validationAvailable: validator !== null,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
    createPullRequest(p) {
      const number = ++ids.pull;
      const t = O.now();
      const pr: PullRequest = {
        number,
        id: 500_000_000 + number,
        head: p.head,
        base: p.base,
        title: p.title ?? `Pull request #${number}`,
        body: p.body ?? null,
        user: p.user ?? 'octocat',
        state: 'open',
        draft: p.draft ?? false,
        created_at: t,
        updated_at: t,
        closed_at: null,
      };
      if (p.changed_files_override !== undefined) pr.changed_files_override = p.changed_files_override;
      state.pulls.set(number, pr);
      return pr;
    },
    updatePullRequest(n, patch) {
      const pr = state.pulls.get(n);
      if (!pr) throw new Error(`no pull request #${n}`);
      Object.assign(pr, patch);
      if (patch.state === 'closed') pr.closed_at = O.now();
      if (patch.state === 'open') pr.closed_at = null;
      pr.updated_at = O.now();
    },
    setPermission(login, permission, role_name) {
      state.permissions.set(login, { permission, role_name: role_name ?? (permission === 'none' ? 'none' : permission) });
    },
    addComment(n, body, login) {
      if (!state.pulls.has(n)) throw new Error(`no pull request #${n}`);
      return insertComment(n, body, { login, type: login.endsWith('[bot]') ? 'Bot' : 'User' });
    },
    editComment(id, edit, at) {
      const c = comment(id);
      const before = c.body;
      // Read and written in one step, as GitHub's editor refuses a save over a newer version.
      c.body = typeof edit === 'function' ? edit(before) : edit;
      c.updated_at = at ?? O.now();
      return { before, comment: c };
    },
    resetRequests() {
      requests.length = 0;
    },
    injectFaults(f) {
      faults = (f === null ? [] : Array.isArray(f) ? f : [f]).map((x) => ({ ...x, rand: mulberry32(x.seed ?? 1) }));
    },
  };
  return emulator;
}

function specificity(template: string): number {
  const segs = template.split('/').filter(Boolean);
  const literal = segs.filter((s) => !s.startsWith('{')).length;
  const greedy = /\{(path|basehead|ref)\}/.test(template) ? 1 : 0;
  return literal * 10 + segs.length - greedy * 5;
}
