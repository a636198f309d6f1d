// The Probot application: what each delivery means is decided by the runner's `routeEvent` (the
// same function the Action uses). Stateless apart from a per-process queue, so any number of
// replicas can sit behind a load balancer: they converge through GitHub (see src/runner/run.ts).
// It never checks out or runs anything from a pull request: it only reads through the API.
import type { Context, Probot } from 'probot';
import { createOctokitPort, type OctokitLike } from '../github/octokit';
import type { GitHubPort } from '../github/port';
import type { WritePolicy } from '../github/writes';
import { runCommand } from '../runner/commands';
import type { LeaseOptions } from '../runner/lease';
import { PrQueue } from '../runner/pr-queue';
import { routeEvent, type EventPayload } from '../runner/route-event';
import { describeFailure, runEvaluation, withRetries, type RunResult, type Target } from '../runner/run';

export interface AppOptions {
  /** Shared by every delivery this process handles. */
  queue?: PrQueue;
  /** Whole-evaluation attempts on top of the port's own retries (default 4). */
  attempts?: number;
  /** Retries of each write (attempts, backoff base). */
  writes?: WritePolicy;
  /** The cross-replica lease (its time to live). */
  lease?: LeaseOptions;
  /**
   * After an evaluation gave up, evaluate the pull request again this much later (ms, then twice
   * that, …; default 60 s, three times; 0: never). A server keeps the timer; a Lambda invocation
   * ends first, so there the next delivery or a "Re-run" completes it.
   */
  recheckMs?: number;
  recheckTimes?: number;
}

interface RepoPayload {
  repository: { name: string; owner: { login: string }; html_url: string };
}

interface Settings {
  queue: PrQueue;
  attempts: number;
  recheckMs: number;
  recheckTimes: number;
  writes?: WritePolicy;
  lease?: LeaseOptions;
}

type BotLogin = () => Promise<string>;
type EvaluateTarget = (context: Context, target: Target, coalesce: boolean, recheck?: number) => Promise<RunResult>;

export function createApp(options: AppOptions = {}) {
  const settings: Settings = {
    queue: options.queue ?? new PrQueue(),
    attempts: options.attempts ?? 4,
    recheckMs: options.recheckMs ?? 60_000,
    recheckTimes: options.recheckTimes ?? 3,
    ...(options.writes ? { writes: options.writes } : {}),
    ...(options.lease ? { lease: options.lease } : {}),
  };
  return (app: Probot) => {
    const botLogin = askedOnce(app);
    const evaluateTarget = targetEvaluator(settings, botLogin);
    // Probot hands every handler its Context (its webhook transform), onAny included.
    app.onAny(async (event) => handleDelivery(event as unknown as Context, settings, botLogin, evaluateTarget));
  };
}

/** The App comments as `<slug>[bot]`; asked once per process (again after a failed ask). */
function askedOnce(app: Probot): BotLogin {
  let slug: Promise<string> | undefined;
  return () => {
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
}

function portFor(context: Context, settings: Settings, botLogin: BotLogin): { port: GitHubPort; repoUrl: string } {
  const { repository } = context.payload as unknown as RepoPayload;
  const port = createOctokitPort(context.octokit as unknown as OctokitLike, {
    owner: repository.owner.login,
    repo: repository.name,
    botLogin,
    ...(settings.writes ? { writes: settings.writes } : {}),
  });
  return { port, repoUrl: repository.html_url };
}

const keyOf = (port: GitHubPort, target: Target) =>
  target.kind === 'pull_request' ? `${port.owner}/${port.repo}#${target.number}` : `${port.owner}/${port.repo}@${target.headSha}`;

/** What each delivery means, decided by the runner's `routeEvent` (the same function the Action uses). */
async function handleDelivery(context: Context, settings: Settings, botLogin: BotLogin, evaluateTarget: EvaluateTarget): Promise<void> {
  const route = await routeEvent(context.name, context.payload as EventPayload, botLogin);
  switch (route.kind) {
    case 'ignore':
      context.log.debug(`${context.name}: ${route.reason}`);
      return;
    case 'evaluate':
      await Promise.all(route.targets.map((target) => evaluateTarget(context, target, route.coalesce)));
      return;
    case 'tick-edit':
      await evaluateTarget(context, route.target, false);
      return;
    case 'command': {
      const { port } = portFor(context, settings, botLogin);
      await runCommand(port, route.command, route.comment, {
        evaluate: (target, coalesce) => evaluateTarget(context, target, coalesce),
      });
      return;
    }
  }
}

/** One evaluation at a time per pull request in this process, retried whole, and evaluated again later when it gives up. */
function targetEvaluator(settings: Settings, botLogin: BotLogin): EvaluateTarget {
  const evaluateTarget: EvaluateTarget = async (context, target, coalesce, recheck = 0) => {
    const { port, repoUrl } = portFor(context, settings, botLogin);
    const key = keyOf(port, target);
    const log = context.log;
    try {
      return await settings.queue.run(
        key,
        () =>
          withRetries(
            () =>
              runEvaluation(port, target, {
                repoUrl,
                // The App never runs migrations: the drill gate is left to the Action's drill.
                drillElsewhere: true,
                log: (m) => log.info(`${key}: ${m}`),
                warn: (m) => log.warn(`${key}: ${m}`),
                ...(settings.lease ? { lease: settings.lease } : {}),
              }),
            settings.attempts,
          ),
        { coalesce },
      );
    } catch (e) {
      gaveUp(e, { context, target, key, recheck, settings, again: evaluateTarget });
      throw e;
    }
  };
  return evaluateTarget;
}

/** Never silent: the pull request, the request that failed, and what happens next (a recheck, while any are left). */
function gaveUp(
  e: unknown,
  {
    context,
    target,
    key,
    recheck,
    settings,
    again,
  }: { context: Context; target: Target; key: string; recheck: number; settings: Settings; again: EvaluateTarget },
): void {
  const { recheckMs, recheckTimes } = settings;
  const willRecheck = recheckMs > 0 && recheck < recheckTimes;
  context.log.error(
    `rollback-ready gave up on ${key} (delivery ${context.id}, ${context.name}): ${describeFailure(e)}. ${
      willRecheck ? `Evaluating it again in ${Math.round((recheckMs * 2 ** recheck) / 1000)} s; the` : 'The'
    } next delivery for it or a "Re-run" of the check completes it.`,
  );
  if (!willRecheck) return;
  // A plain re-evaluation: the delivery's own change (a tick, a command) was not recorded
  // and is not replayed from memory; its author sees it missing and repeats it.
  const plain: Target = target.kind === 'pull_request' ? { kind: 'pull_request', number: target.number } : target;
  const timer = setTimeout(
    () => {
      void again(context, plain, true, recheck + 1).catch(() => undefined);
    },
    recheckMs * 2 ** recheck,
  );
  timer.unref();
}
