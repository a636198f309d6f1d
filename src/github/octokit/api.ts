// GitHub's REST shapes the port reads, how they become the port's plain data, and what every
// part of the Octokit port shares (the Octokit, the repository, the write policy, the bot login).
import { composePaginateRest } from '@octokit/plugin-paginate-rest';
import type { ExistingCheckRun, IssueComment, ListedFile, PullRequestReaction } from '../port';
import { statusOf, type WritePolicy } from '../writes';

/** The slice of Octokit the port uses; both Probot's and @actions/github's instances fit. */
export interface OctokitLike {
  request(route: string, params?: Record<string, unknown>): Promise<{ data: unknown; status: number; headers: Record<string, unknown> }>;
}

/** What the parts of the port share. */
export interface PortContext {
  octokit: OctokitLike;
  owner: string;
  repo: string;
  /** `{ owner, repo }` for every request */
  base: { owner: string; repo: string };
  policy: WritePolicy;
  botLogin: () => Promise<string>;
  /** A write's name in errors: `POST /repos/o/r/…`. */
  route: (method: string, path: string) => string;
}

/** Octokit's retry plugin must not send a write again on its own: the port decides (see writes.ts). */
export const NO_PLUGIN_RETRY = { request: { retries: 0 } };

export interface Page<T> {
  data: T[];
  headers: Record<string, unknown>;
}

/**
 * Every page of a list, by Octokit's paginate: it follows GitHub's `Link: rel="next"` and turns
 * `{ total_count, check_runs }` answers into the list itself. Probot's and @actions/github's
 * Octokits both carry paginate; composing it here lets the port take any Octokit.
 */
export async function* pages<T>(ctx: PortContext, route: string, params: Record<string, unknown>): AsyncIterable<Page<T>> {
  const iterate = composePaginateRest.iterator as unknown as (
    octokit: OctokitLike,
    route: string,
    params: Record<string, unknown>,
  ) => AsyncIterable<Page<T> & { url?: string }>;
  for await (const page of iterate(ctx.octokit, route, { ...ctx.base, ...params })) {
    // paginate-rest answers a 409 Conflict with an empty last page of its own making (no `url`):
    // for a commit list that is GitHub's "Git Repository is empty". No list the port reads is empty
    // for that reason, and taking it as empty would lose files, comments or check runs (a duplicate
    // comment, a pull request read as changing nothing). It fails as the read it is.
    if (page.url === undefined) throw new PageConflict(route);
    yield page;
  }
}

/** A list read that GitHub answered with 409 Conflict (see `pages`). */
export class PageConflict extends Error {
  readonly status = 409;
  constructor(route: string) {
    super(
      `GitHub answered 409 Conflict to GET ${route.replace(/^GET /, '')}: the list could not be read (a repository being created, moved or emptied); try again once it settles.`,
    );
    this.name = 'PageConflict';
  }
}

export interface ApiFile {
  filename: string;
  previous_filename?: string;
  status: string;
  additions: number;
  deletions: number;
  patch?: string;
}

export function toListedFile(f: ApiFile): ListedFile {
  const status: ListedFile['status'] =
    f.status === 'added' || f.status === 'removed' || f.status === 'renamed' ? f.status : f.status === 'copied' ? 'added' : 'modified';
  const file: ListedFile = { path: f.filename, status, additions: f.additions, deletions: f.deletions };
  if (f.previous_filename) file.previousPath = f.previous_filename;
  if (typeof f.patch === 'string') file.patch = f.patch;
  return file;
}

export interface ApiComment {
  id: number;
  body?: string;
  user: { login: string } | null;
  updated_at?: string;
}

export interface ApiCheckRun {
  id: number;
  name: string;
  status?: string;
  conclusion?: string | null;
  app?: { slug?: string } | null;
  output?: { annotations_count?: number };
}

export interface ApiReaction {
  id: number;
  content: string;
  user: { login: string } | null;
  created_at: string;
}

export const toComment = (c: ApiComment, fallbackBody = ''): IssueComment => ({
  id: c.id,
  body: c.body ?? fallbackBody,
  login: c.user?.login ?? '',
  ...(c.updated_at ? { updatedAt: c.updated_at } : {}),
});

export const toCheckRun = (r: ApiCheckRun): ExistingCheckRun => ({
  id: r.id,
  annotationsCount: r.output?.annotations_count ?? 0,
  ...(r.status ? { status: r.status } : {}),
  ...(r.conclusion !== undefined ? { conclusion: r.conclusion } : {}),
});

export const toReaction = (r: ApiReaction): PullRequestReaction => ({ id: r.id, login: r.user?.login ?? '', createdAt: r.created_at });

/** Deleting what is gone already (another replica, or the attempt whose answer was lost) is done. */
export async function ignoringNotFound(run: () => Promise<unknown>): Promise<void> {
  try {
    await run();
  } catch (e) {
    if (statusOf(e) !== 404) throw e;
  }
}
