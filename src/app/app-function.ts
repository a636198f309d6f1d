// The Probot application: which deliveries re-evaluate which pull request. Stateless apart from a
// per-process queue, so any number of replicas can sit behind a load balancer. It never checks
// out or runs anything from a pull request: it only reads through the API.
import type { Context, Probot } from 'probot';
import { parseCommand } from '../core/commands';
import { COMMENT_MARKER } from '../core/render/markdown';
import { createOctokitPort, type OctokitLike } from '../github/octokit';
import type { GitHubPort } from '../github/port';
import { CHECK_NAME } from '../runner/check-run';
import { runCommand } from '../runner/commands';
import { PrQueue } from '../runner/pr-queue';
import { runEvaluation, withRetries, type RunResult, type Target } from '../runner/run';

export interface AppOptions {
  /** Shared by every delivery this process handles. */
  queue?: PrQueue;
  /** Whole-evaluation attempts on top of Octokit's own retries (default 4). */
  attempts?: number;
}

const PR_ACTIONS = ['opened', 'edited', 'synchronize', 'reopened', 'ready_for_review'] as const;

interface RepoPayload {
  repository: { name: string; owner: { login: string }; html_url: string };
}

export function createApp(options: AppOptions = {}) {
  const queue = options.queue ?? new PrQueue();
  const attempts = options.attempts ?? 4;

  return (app: Probot) => {
    let slug: Promise<string> | undefined;
    // The App comments as `<slug>[bot]`; asked once per process, and only when a comment with
    // the marker needs to be told apart from a copy pasted by someone else.
    const botLogin = () => {
      slug ??= app
        .auth()
        .then((octokit) => octokit.request('GET /app'))
        .then(({ data }) => `${(data as { slug: string }).slug}[bot]`)
        .catch((e: unknown) => {
          slug = undefined;
          throw e;
        });
      return slug;
    };

    const portFor = (context: Context): { port: GitHubPort; repoUrl: string } => {
      const { repository } = context.payload as unknown as RepoPayload;
      const port = createOctokitPort(context.octokit as unknown as OctokitLike, {
        owner: repository.owner.login,
        repo: repository.name,
        botLogin,
      });
      return { port, repoUrl: repository.html_url };
    };

    const evaluateTarget = (context: Context, target: Target, coalesce: boolean): Promise<RunResult> => {
      const { port, repoUrl } = portFor(context);
      const key =
        target.kind === 'pull_request' ? `${port.owner}/${port.repo}#${target.number}` : `${port.owner}/${port.repo}@${target.headSha}`;
      return queue.run(
        key,
        () =>
          withRetries(
            () => runEvaluation(port, target, { repoUrl, drillElsewhere: true, log: (m) => context.log.info(`${key}: ${m}`) }),
            attempts,
          ),
        { coalesce },
      );
    };

    app.on(
      PR_ACTIONS.map((a) => `pull_request.${a}` as const),
      async (context) => {
        await evaluateTarget(context, { kind: 'pull_request', number: context.payload.pull_request.number }, true);
      },
    );

    app.on('check_run.rerequested', async (context) => {
      const run = context.payload.check_run;
      if (run.name !== CHECK_NAME) return;
      await Promise.all(run.pull_requests.map((pr) => evaluateTarget(context, { kind: 'pull_request', number: pr.number }, true)));
    });

    app.on(['check_suite.requested', 'check_suite.rerequested'], async (context) => {
      const suite = context.payload.check_suite;
      await Promise.all(suite.pull_requests.map((pr) => evaluateTarget(context, { kind: 'pull_request', number: pr.number }, true)));
    });

    app.on('merge_group.checks_requested', async (context) => {
      const group = context.payload.merge_group;
      await evaluateTarget(
        context,
        { kind: 'merge_group', headSha: group.head_sha, baseSha: group.base_sha, baseRef: group.base_ref, headRef: group.head_ref },
        true,
      );
    });

    app.on('issue_comment.edited', async (context) => {
      const { comment, issue, sender, changes } = context.payload;
      if (!issue.pull_request || sender.type === 'Bot') return;
      if (!(comment.body ?? '').includes(COMMENT_MARKER)) return;
      if (comment.user?.login !== (await botLogin())) return;
      const before = (changes as { body?: { from?: string } }).body?.from;
      if (before === undefined) return;
      await evaluateTarget(
        context,
        { kind: 'pull_request', number: issue.number, tickEdit: { by: sender.login, before, after: comment.body } },
        false,
      );
    });

    app.on('issue_comment.created', async (context) => {
      const { comment, issue, sender } = context.payload;
      if (!issue.pull_request || sender.type === 'Bot') return;
      const command = parseCommand(comment.body);
      if (!command) return;
      const { port } = portFor(context);
      await runCommand(port, command, { number: issue.number, commentId: comment.id, by: sender.login }, {
        evaluate: (target, coalesce) => evaluateTarget(context, target, coalesce),
      });
    });
  };
}
