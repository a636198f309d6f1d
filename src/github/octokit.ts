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
  ReactionContent,
} from './port';

/** The slice of Octokit the port uses; both Probot's and @actions/github's instances fit. */
export interface OctokitLike {
  request(route: string, params?: Record<string, unknown>): Promise<{ data: unknown; status: number; headers: Record<string, unknown> }>;
}

export interface OctokitPortOptions {
  owner: string;
  repo: string;
  /** Resolves the bot's login; asked only when a marker comment is found, then cached. */
  botLogin: () => Promise<string>;
}

/** GitHub answers 50 annotations per check-run request. */
export const ANNOTATIONS_PER_REQUEST = 50;
const FILES_PER_PAGE = 100;
const COMMENTS_PER_PAGE = 100;

const statusOf = (e: unknown) => (e && typeof e === 'object' && 'status' in e ? Number((e as { status: unknown }).status) : undefined);
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
}

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

  async function appendAnnotations(id: number, run: CheckRunRequest, annotations: CheckAnnotation[]) {
    for (let i = 0; i < annotations.length; i += ANNOTATIONS_PER_REQUEST) {
      await octokit.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
        ...base,
        check_run_id: id,
        output: { title: run.title, summary: run.summary, annotations: annotations.slice(i, i + ANNOTATIONS_PER_REQUEST) },
      });
    }
  }

  async function findCheckRun(headSha: string, name: string): Promise<ExistingCheckRun | undefined> {
    const { data } = await octokit.request('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
      ...base,
      ref: headSha,
      check_name: name,
      filter: 'latest',
      per_page: 1,
    });
    const runs = (data as { check_runs: { id: number; name: string; output?: { annotations_count?: number } }[] }).check_runs;
    const found = runs.find((r) => r.name === name);
    return found ? { id: found.id, annotationsCount: found.output?.annotations_count ?? 0 } : undefined;
  }

  const annotationKey = (a: Pick<CheckAnnotation, 'path' | 'start_line' | 'annotation_level' | 'title' | 'message'>) =>
    JSON.stringify([a.path, a.start_line, a.annotation_level, a.title, a.message]);

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
      const candidates = (await listAllComments(number)).filter((c) => (c.body ?? '').includes(marker));
      if (candidates.length === 0) return undefined;
      const me = await botLogin();
      const mine = candidates.filter((c) => c.user?.login === me).sort((a, b) => a.id - b.id)[0];
      return mine ? { id: mine.id, body: mine.body ?? '', login: me } : undefined;
    },

    async createComment(number, body): Promise<IssueComment> {
      const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...base, issue_number: number, body });
      const c = data as ApiComment;
      return { id: c.id, body: c.body ?? body, login: c.user?.login ?? '' };
    },

    async updateComment(id, body) {
      await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...base, comment_id: id, body });
    },

    findCheckRun,

    async createOrUpdateCheckRun(run, lookup) {
      // Look the run up by name on this SHA first, so a redelivery updates rather than duplicates.
      const existing = await (lookup ?? findCheckRun(run.headSha, run.name));
      const output = (annotations: CheckAnnotation[]) => ({
        title: run.title,
        summary: run.summary,
        ...(run.text !== undefined ? { text: run.text } : {}),
        annotations,
      });
      const state = { status: 'completed', conclusion: run.conclusion, completed_at: new Date().toISOString(), ...(run.detailsUrl ? { details_url: run.detailsUrl } : {}) };
      if (!existing) {
        const first = run.annotations.slice(0, ANNOTATIONS_PER_REQUEST);
        const res = await octokit.request('POST /repos/{owner}/{repo}/check-runs', { ...base, name: run.name, head_sha: run.headSha, ...state, output: output(first) });
        const id = (res.data as { id: number }).id;
        await appendAnnotations(id, run, run.annotations.slice(ANNOTATIONS_PER_REQUEST));
        return { id, created: true };
      }
      // GitHub appends annotations on every update and cannot delete them: send only new ones.
      let fresh = run.annotations;
      if (existing.annotationsCount > 0) {
        const seen = new Set<string>();
        for (let page = 1; ; page++) {
          const res = await octokit.request('GET /repos/{owner}/{repo}/check-runs/{check_run_id}/annotations', {
            ...base,
            check_run_id: existing.id,
            per_page: 100,
            page,
          });
          for (const a of res.data as CheckAnnotation[]) seen.add(annotationKey(a));
          if (!hasNext(res.headers)) break;
        }
        fresh = run.annotations.filter((a) => !seen.has(annotationKey(a)));
      }
      await octokit.request('PATCH /repos/{owner}/{repo}/check-runs/{check_run_id}', {
        ...base,
        check_run_id: existing.id,
        ...state,
        output: output(fresh.slice(0, ANNOTATIONS_PER_REQUEST)),
      });
      await appendAnnotations(existing.id, run, fresh.slice(ANNOTATIONS_PER_REQUEST));
      return { id: existing.id, created: false };
    },

    async addReaction(commentId, content: ReactionContent) {
      await octokit.request('POST /repos/{owner}/{repo}/issues/comments/{comment_id}/reactions', { ...base, comment_id: commentId, content });
    },

    async setLabels(number, add, remove) {
      if (add.length) await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/labels', { ...base, issue_number: number, labels: add });
      for (const name of remove) {
        try {
          await octokit.request('DELETE /repos/{owner}/{repo}/issues/{issue_number}/labels/{name}', { ...base, issue_number: number, name });
        } catch (e) {
          if (statusOf(e) !== 404) throw e;
        }
      }
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
