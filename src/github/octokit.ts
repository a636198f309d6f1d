// The one implementation of the GitHub port, over any Octokit (Probot's or @actions/github's),
// assembled from one part per responsibility (octokit/: pulls, contents, comments, check runs,
// reactions); reads of lists go through Octokit's paginate.
import type { GitHubPort } from './port';
import type { WritePolicy } from './writes';
import type { OctokitLike, PortContext } from './octokit/api';
import { checkRuns } from './octokit/check-runs';
import { comments } from './octokit/comments';
import { contents } from './octokit/contents';
import { pulls } from './octokit/pulls';
import { reactions } from './octokit/reactions';

export type { OctokitLike } from './octokit/api';
export { ANNOTATIONS_PER_REQUEST } from './octokit/check-runs';

export interface OctokitPortOptions {
  owner: string;
  repo: string;
  /** Resolves the bot's login; asked only when a marker comment is found, then cached. */
  botLogin: () => Promise<string>;
  /** Retries of writes (reads are retried by the Octokit's own plugins). */
  writes?: WritePolicy;
}

/** The bot's login, asked once; a failed answer is asked again next time. */
function cachedLogin(resolve: () => Promise<string>): () => Promise<string> {
  let login: Promise<string> | undefined;
  return () => {
    login ??= resolve().catch((e: unknown) => {
      login = undefined;
      throw e;
    });
    return login;
  };
}

export function createOctokitPort(octokit: OctokitLike, options: OctokitPortOptions): GitHubPort {
  const { owner, repo } = options;
  const ctx: PortContext = {
    octokit,
    owner,
    repo,
    base: { owner, repo },
    policy: options.writes ?? {},
    botLogin: cachedLogin(options.botLogin),
    route: (method, path) => `${method} /repos/${owner}/${repo}${path}`,
  };
  return {
    owner,
    repo,
    botLogin: ctx.botLogin,
    ...pulls(ctx),
    ...contents(ctx),
    ...comments(ctx),
    ...checkRuns(ctx),
    ...reactions(ctx),
  };
}
