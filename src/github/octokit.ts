// The one implementation of the GitHub port, over any Octokit (Probot's or @actions/github's).
import type { CommitFacts } from '../core/gates';
import type {
  CheckAnnotation,
  CheckRunRequest,
  ExistingCheckRun,
  FileListing,
  GitHubPort,
  IssueComment,
  ListedFile,
  Permission,
  PullRequestInfo,
  PullRequestReaction,
  ReactionContent,
} from './port';
import { statusOf, write, type WritePolicy } from './writes';

/** The slice of Octokit the port uses; both Probot's and @actions/github's instances fit. */
export interface OctokitLike {
  request(route: string, params?: Record<string, unknown>): Promise<{ data: unknown; status: number; headers: Record<string, unknown> }>;
}

export interface OctokitPortOptions {
  owner: string;
  repo: string;
  /** Resolves the bot's login; asked only when a marker comment is found, then cached. */
  botLogin: () => Promise<string>;
  /** Retries of writes (reads are retried by the Octokit's own plugins). */
  writes?: WritePolicy;
}

/** Octokit's retry plugin must not send a write again on its own: the port decides (see writes.ts). */
const NO_PLUGIN_RETRY = { request: { retries: 0 } };

/** GitHub answers 50 annotations per check-run request. */
export const ANNOTATIONS_PER_REQUEST = 50;
const FILES_PER_PAGE = 100;
const COMMENTS_PER_PAGE = 100;

const hasNext = (headers: Record<string, unknown>) => String(headers.link ?? '').includes('rel="next"');

interface ApiFile {
  filename: string;
  previous_filename?: string;
  status: string;
  additions: number;
  deletions: number;
  patch?: string;
}

function toListedFile(f: ApiFile): ListedFile {
  const status: ListedFile['status'] =
    f.status === 'added' || f.status === 'removed' || f.status === 'renamed' ? f.status : f.status === 'copied' ? 'added' : 'modified';
  const file: ListedFile = { path: f.filename, status, additions: f.additions, deletions: f.deletions };
  if (f.previous_filename) file.previousPath = f.previous_filename;
  if (typeof f.patch === 'string') file.patch = f.patch;
  return file;
}

interface ApiComment {
  id: number;
  body?: string;
  user: { login: string } | null;
  updated_at?: string;
}

interface ApiCheckRun {
  id: number;
  name: string;
  status?: string;
  conclusion?: string | null;
  app?: { slug?: string } | null;
  output?: { annotations_count?: number };
}

interface ApiReaction {
  id: number;
  content: string;
  user: { login: string } | null;
  created_at: string;
}

const toComment = (c: ApiComment, fallbackBody = ''): IssueComment => ({
  id: c.id,
  body: c.body ?? fallbackBody,
  login: c.user?.login ?? '',
  ...(c.updated_at ? { updatedAt: c.updated_at } : {}),
});

const toCheckRun = (r: ApiCheckRun): ExistingCheckRun => ({
  id: r.id,
  annotationsCount: r.output?.annotations_count ?? 0,
  ...(r.status ? { status: r.status } : {}),
  ...(r.conclusion !== undefined ? { conclusion: r.conclusion } : {}),
});

const toReaction = (r: ApiReaction): PullRequestReaction => ({ id: r.id, login: r.user?.login ?? '', createdAt: r.created_at });

export function createOctokitPort(octokit: OctokitLike, options: OctokitPortOptions): GitHubPort {
  const { owner, repo } = options;
  const base = { owner, repo };
  let login: Promise<string> | undefined;
  const botLogin = () => {
    login ??= options.botLogin().catch((e: unknown) => {
      login = undefined;
      throw e;
    });
    return login;
  };

  async function listAllComments(number: number): Promise<ApiComment[]> {
    const out: ApiComment[] = [];
    for (let page = 1; ; page++) {
      const res = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', {
        ...base,
        issue_number: number,
        per_page: COMMENTS_PER_PAGE,
        page,
      });
      out.push(...(res.data as ApiComment[]));
      if (!hasNext(res.headers)) return out;
    }
  }

  const policy = options.writes ?? {};
  const route = (method: string, path: string) => `${method} /repos/${owner}/${repo}${path}`;

  /** The App's own runs only: another app may publish a check of the same name. */
  async function ownRun(r: ApiCheckRun): Promise<boolean> {
    const slug = r.app?.slug;
    if (!slug) return true;
    const me = await botLogin().catch(() => undefined);
    // A personal access token cannot create check runs: then any app's run of this name is ours.
    if (!me || !me.endsWith('[bot]')) return true;
    return me.slice(0, -'[bot]'.length) === slug;
  }

  async function listCheckRuns(headSha: string, name: string): Promise<ExistingCheckRun[]> {
    const out: ExistingCheckRun[] = [];
    for (let page = 1; ; page++) {
      const res = await octokit.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
        ...base,
        ref: headSha,
        check_name: name,
        filter: 'all',
        per_page: 100,
        page,
      });
      for (const r of (res.data as { check_runs: ApiCheckRun[] }).check_runs) if (r.name === name && (await ownRun(r))) out.push(toCheckRun(r));
      if (!hasNext(res.headers)) break;
    }
    return out.sort((a, b) => a.id - b.id);
  }

  async function findCheckRun(headSha: string, name: string): Promise<ExistingCheckRun | undefined> {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
      ...base,
      ref: headSha,
      check_name: name,
      filter: 'latest',
      per_page: 100,
    });
    for (const r of (data as { check_runs: ApiCheckRun[] }).check_runs) if (r.name === name && (await ownRun(r))) return toCheckRun(r);
    return undefined;
  }

  const annotationKey = (a: Pick<CheckAnnotation, 'path' | 'start_line' | 'annotation_level' | 'title' | 'message'>) =>
    JSON.stringify([a.path, a.start_line, a.annotation_level, a.title, a.message]);

  async function annotationKeys(id: number): Promise<Set<string>> {
    const seen = new Set<string>();
    for (let page = 1; ; page++) {
      const res = await octokit.request('GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations', { ...base, check_run_id: id, per_page: 100, page });
      for (const a of res.data as CheckAnnotation[]) seen.add(annotationKey(a));
      if (!hasNext(res.headers)) return seen;
    }
  }

  async function startCheckRun(start: { name: string; headSha: string; detailsUrl?: string }) {
    let created = true;
    const id = await write(
      route('POST', '/check-runs'),
      policy,
      async () => {
        const res = await octokit.request('POST /repos/{owner}/{repo}/check-runs', {
          ...base,
          name: start.name,
          head_sha: start.headSha,
          status: 'in_progress',
          started_at: new Date().toISOString(),
          ...(start.detailsUrl ? { details_url: start.detailsUrl } : {}),
          ...NO_PLUGIN_RETRY,
        });
        return (res.data as { id: number }).id;
      },
      // A run of this name on this head after a lost answer is the one just created (or a
      // replica's): either way it must not be created again.
      async () => {
        const found = (await listCheckRuns(start.headSha, start.name)).at(-1);
        if (found) created = false;
        return found?.id;
      },
    );
    return { id, created };
  }

  async function completeCheckRun(id: number, run: CheckRunRequest, known: { annotationsCount?: number } = {}) {
    const output = (annotations: CheckAnnotation[]) => ({
      title: run.title,
      summary: run.summary,
      ...(run.text !== undefined ? { text: run.text } : {}),
      annotations,
    });
    const state = {
      status: 'completed',
      conclusion: run.conclusion,
      completed_at: new Date().toISOString(),
      ...(run.detailsUrl ? { details_url: run.detailsUrl } : {}),
    };
    // GitHub appends annotations on every update and cannot delete them: send only the ones the
    // run lacks, and after a lost answer read them back rather than append twice.
    let seen = run.annotations.length && known.annotationsCount !== 0 ? await annotationKeys(id) : new Set<string>();
    const missing = () => run.annotations.filter((a) => !seen.has(annotationKey(a)));
    let first = true;
    do {
      const batch = missing().slice(0, ANNOTATIONS_PER_REQUEST);
      await write(
        route('PATCH', `/check-runs/${id}`),
        policy,
        async () => {
          await octokit.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
            ...base,
            check_run_id: id,
            ...(first ? state : {}),
            output: output(batch.filter((a) => !seen.has(annotationKey(a)))),
            ...NO_PLUGIN_RETRY,
          });
          return true;
        },
        batch.length
          ? async () => {
              seen = await annotationKeys(id);
              return batch.every((a) => seen.has(annotationKey(a))) ? true : undefined;
            }
          : undefined,
      );
      for (const a of batch) seen.add(annotationKey(a));
      first = false;
    } while (missing().length > 0);
  }

  async function findComments(number: number, marker: string): Promise<IssueComment[]> {
    const candidates = (await listAllComments(number)).filter((c) => (c.body ?? '').includes(marker));
    if (candidates.length === 0) return [];
    const me = await botLogin();
    return candidates
      .filter((c) => c.user?.login === me)
      .sort((a, b) => a.id - b.id)
      .map((c) => toComment(c));
  }

  return {
    owner,
    repo,
    botLogin,

    async getPullRequest(number) {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}', { ...base, pull_number: number });
      const pr = data as {
        number: number;
        title: string;
        body: string | null;
        state: 'open' | 'closed';
        draft?: boolean;
        user: { login: string } | null;
        head: { sha: string; ref: string };
        base: { sha: string; ref: string };
        changed_files: number;
        labels: { name: string }[];
        html_url: string;
      };
      const info: PullRequestInfo = {
        number: pr.number,
        title: pr.title,
        body: pr.body ?? null,
        state: pr.state,
        draft: pr.draft ?? false,
        author: pr.user?.login ?? 'ghost',
        headSha: pr.head.sha,
        headRef: pr.head.ref,
        baseSha: pr.base.sha,
        baseRef: pr.base.ref,
        changedFiles: pr.changed_files,
        labels: pr.labels.map((l) => l.name),
        htmlUrl: pr.html_url,
      };
      return info;
    },

    async listFiles(number, changedFiles): Promise<FileListing> {
      const files: ListedFile[] = [];
      for (let page = 1; ; page++) {
        const res = await octokit.request('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', {
          ...base,
          pull_number: number,
          per_page: FILES_PER_PAGE,
          page,
        });
        files.push(...(res.data as ApiFile[]).map(toListedFile));
        if (!hasNext(res.headers)) break;
      }
      return changedFiles > files.length ? { files, truncated: { listed: files.length, total: changedFiles } } : { files };
    },

    async compareFiles(baseSha, headSha): Promise<FileListing> {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
        ...base,
        basehead: `${baseSha}...${headSha}`,
        per_page: 1,
      });
      const files = ((data as { files?: ApiFile[] }).files ?? []).map(toListedFile);
      // The compare API lists at most 300 files and does not say how many there are.
      return files.length >= 300 ? { files, truncated: { listed: files.length, total: files.length + 1 } } : { files };
    },

    async getContent(path, ref) {
      try {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', {
          ...base,
          path,
          ref,
          mediaType: { format: 'raw' },
        });
        if (typeof data === 'string') return data;
        if (data instanceof ArrayBuffer) return new TextDecoder().decode(data);
        // The JSON form (a server that ignores the raw media type): base64 content, or none
        // above 1 MB, when the blob API has it.
        const item = data as { type?: string; encoding?: string; content?: string; sha?: string };
        if (item.type !== 'file') return undefined;
        if (item.encoding === 'base64' && typeof item.content === 'string') return Buffer.from(item.content, 'base64').toString('utf8');
        if (!item.sha) return undefined;
        const blob = await octokit.request('GET /repos/{owner}/{repo}/git/blobs/{file_sha}', { ...base, file_sha: item.sha });
        const b = blob.data as { content: string; encoding: string };
        return Buffer.from(b.content, b.encoding === 'base64' ? 'base64' : 'utf8').toString('utf8');
      } catch (e) {
        if (statusOf(e) === 404) return undefined;
        throw e;
      }
    },

    async listDirectory(path, ref) {
      try {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/contents/{path}', { ...base, path, ref });
        if (!Array.isArray(data)) return undefined;
        return (data as { type?: string; name?: string }[]).filter((e) => e.type === 'file' && e.name).map((e) => e.name!);
      } catch (e) {
        if (statusOf(e) === 404) return undefined;
        throw e;
      }
    },

    async inspectCommit(sha, baseRef): Promise<CommitFacts> {
      // One request in the common case: `compare/{sha}...{base}` is `ahead` or `identical` exactly
      // when sha is on the base branch, and `ahead_by` counts the base commits after it.
      try {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', {
          ...base,
          basehead: `${sha}...${baseRef}`,
          per_page: 1,
        });
        const cmp = data as { status: string; ahead_by: number; base_commit: { sha: string } };
        const onBase = cmp.status === 'ahead' || cmp.status === 'identical';
        return { exists: true, sha: cmp.base_commit.sha, onBase, ...(onBase ? { behindBy: cmp.ahead_by } : {}) };
      } catch (e) {
        if (statusOf(e) !== 404 && statusOf(e) !== 422) throw e;
      }
      // Not comparable: either no such commit, or an unrelated history.
      try {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/commits/{ref}', { ...base, ref: sha, per_page: 1 });
        return { exists: true, sha: (data as { sha: string }).sha, onBase: false };
      } catch (e) {
        if (statusOf(e) === 404 || statusOf(e) === 422) return { exists: false, onBase: false };
        throw e;
      }
    },

    async findComment(number, marker) {
      return (await findComments(number, marker))[0];
    },

    findComments,

    async getComment(id) {
      try {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...base, comment_id: id });
        return toComment(data as ApiComment);
      } catch (e) {
        if (statusOf(e) === 404) return undefined;
        throw e;
      }
    },

    async createComment(number, body, createOptions = {}): Promise<IssueComment> {
      const marker = createOptions.reconcile;
      return write(
        route('POST', `/issues/${number}/comments`),
        policy,
        async () => {
          const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', {
            ...base,
            issue_number: number,
            body,
            ...NO_PLUGIN_RETRY,
          });
          return toComment(data as ApiComment, body);
        },
        marker ? async () => (await findComments(number, marker))[0] : undefined,
      );
    },

    async updateComment(id, body) {
      await write(route('PATCH', `/issues/comments/${id}`), policy, () =>
        octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...base, comment_id: id, body, ...NO_PLUGIN_RETRY }),
      );
    },

    async deleteComment(id) {
      await write(route('DELETE', `/issues/comments/${id}`), policy, async () => {
        try {
          await octokit.request('DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...base, comment_id: id, ...NO_PLUGIN_RETRY });
        } catch (e) {
          // Gone already: deleted by another replica, or by the attempt whose answer was lost.
          if (statusOf(e) !== 404) throw e;
        }
      });
    },

    findCheckRun,
    listCheckRuns,
    startCheckRun,
    completeCheckRun,

    async createOrUpdateCheckRun(run, lookup) {
      // Look the run up by name on this SHA first, so a redelivery updates rather than duplicates.
      const existing = await (lookup ?? findCheckRun(run.headSha, run.name));
      const started = existing ? { id: existing.id, created: false } : await startCheckRun(run);
      await completeCheckRun(started.id, run, { annotationsCount: existing?.annotationsCount ?? 0 });
      return started;
    },

    async addReaction(commentId, content: ReactionContent) {
      // Idempotent: GitHub answers 200 with the reaction the bot already left.
      await write(route('POST', `/issues/comments/${commentId}/reactions`), policy, () =>
        octokit.request('POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', { ...base, comment_id: commentId, content, ...NO_PLUGIN_RETRY }),
      );
    },

    async claimReaction(number, content) {
      try {
        const res = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/reactions', {
          ...base,
          issue_number: number,
          content,
          ...NO_PLUGIN_RETRY,
        });
        return { created: res.status === 201, reaction: toReaction(res.data as ApiReaction) };
      } catch (e) {
        const status = statusOf(e);
        if (status !== undefined && status < 500 && status !== 0 && !/rate limit/i.test(String((e as Error).message))) throw e;
        // 5xx or no answer: it may have been created. A rate limit: it was not.
        return { created: status === 403 || status === 429 ? false : undefined };
      }
    },

    async listReactions(number, content) {
      const me = await botLogin();
      const reactions: PullRequestReaction[] = [];
      let now = Date.now();
      for (let page = 1; ; page++) {
        const res = await octokit.request('GET /repos/{owner}/{repo}/issues/{issue_number}/reactions', {
          ...base,
          issue_number: number,
          content,
          per_page: 100,
          page,
        });
        const date = Date.parse(String(res.headers.date ?? ''));
        if (Number.isFinite(date)) now = date;
        for (const r of res.data as ApiReaction[]) if (r.user?.login === me && r.content === content) reactions.push(toReaction(r));
        if (!hasNext(res.headers)) break;
      }
      return { reactions, now };
    },

    async deleteReaction(number, reactionId) {
      await write(route('DELETE', `/issues/${number}/reactions/${reactionId}`), policy, async () => {
        try {
          await octokit.request('DELETE /repos/{owner}/{repo}/issues/{issue_number}/reactions/{reaction_id}', {
            ...base,
            issue_number: number,
            reaction_id: reactionId,
            ...NO_PLUGIN_RETRY,
          });
        } catch (e) {
          if (statusOf(e) !== 404) throw e;
        }
      });
    },

    async setLabels(number, add, remove) {
      // Adding a label twice keeps one; removing one already gone is done.
      if (add.length) {
        await write(route('POST', `/issues/${number}/labels`), policy, () =>
          octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', { ...base, issue_number: number, labels: add, ...NO_PLUGIN_RETRY }),
        );
      }
      for (const name of remove) {
        await write(route('DELETE', `/issues/${number}/labels/${name}`), policy, async () => {
          try {
            await octokit.request('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', { ...base, issue_number: number, name, ...NO_PLUGIN_RETRY });
          } catch (e) {
            if (statusOf(e) !== 404) throw e;
          }
        });
      }
    },

    async updatePullRequestBody(number, body) {
      await write(route('PATCH', `/pulls/${number}`), policy, () =>
        octokit.request('PATCH /repos/{owner}/{repo}/pulls/{pull_number}', { ...base, pull_number: number, body, ...NO_PLUGIN_RETRY }),
      );
    },

    async getPermission(user) {
      try {
        const { data } = await octokit.request('GET /repos/{owner}/{repo}/collaborators/{username}/permission', { ...base, username: user });
        const p = data as { permission: Permission; role_name?: string };
        return { permission: p.permission, role: p.role_name ?? p.permission };
      } catch (e) {
        if (statusOf(e) === 404) return { permission: 'none' as const, role: 'none' };
        throw e;
      }
    },
  };
}
