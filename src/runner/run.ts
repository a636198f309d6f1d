// The shared runner: read a pull request (or merge group) fresh through the port, evaluate it with
// the pure core, publish one check run and one sticky comment. The App and the Action call this.
//
// Publishing converges through GitHub alone, whatever runs beside it (replicas, Lambda invocations,
// concurrent workflow runs): one evaluation per pull request at a time under a lease (lease.ts);
// the check run is created first, in progress, then completed with its own head's report; the pull
// request is read again right before the comment is written, and a comment is never written for a
// head older than the pull request's; a person's boxes are read back and kept; duplicate comments
// are deleted, the oldest wins (publish-comment.ts).
//
// Where each step lives: this file holds the rounds under the lease and the merge group;
// round.ts reads one round's inputs (the comment's state, the delivery's tick or decision, the
// drill record) and evaluates; evaluate-changes.ts reads the config and the files, analyses them
// once and judges them; publish-round.ts writes the check runs, the comment and the labels.
import type { Config } from '../core/config';
import { ConfigError, DEFAULT_CONFIG } from '../core/config-defaults';
import { createClassifier } from '../core/classify';
import type { DrillOutcome } from '../core/drill';
import type { Evaluation } from '../core/evaluate';
import { FRAMEWORKS } from '../core/frameworks/index';
import { renderMarkdown } from '../core/render/markdown';
import type { Finding, Report, Risk, Verdict } from '../core/types';
import type { GitHubPort, PullRequestInfo } from '../github/port';
import { isTransient, statusOf, WriteGaveUp } from '../github/writes';
import { checkRunFromConfigError, checkRunFromEvaluation, commentForConfigError, CHECK_NAME } from './check-run';
import type { DecisionRequest } from './decisions';
import { evaluateChanges, readConfig } from './evaluate-changes';
import { LeaseExpired, LeaseTimeout, withLease, type Lease, type LeaseOptions } from './lease';
import type { CommentOutcome } from './publish-comment';
import { ensureCheckRun, publishRound } from './publish-round';
import { evaluateRound, readCommentState } from './round';

export type Target =
  | { kind: 'pull_request'; number: number; tickEdit?: TickEdit; decision?: DecisionRequest }
  | { kind: 'merge_group'; headSha: string; baseSha: string; baseRef: string; headRef: string };

/** A human edit of the bot's comment (`issue_comment.edited`): the body before and after. */
export interface TickEdit {
  by: string;
  before: string;
  after: string;
  /** GitHub's time of the edit (the comment's `updated_at`); the time it is handled otherwise. */
  at?: string;
}

export interface RunnerOptions {
  /** false: evaluate and return what would be published, publish nothing (dry run). */
  publish?: boolean;
  checkName?: string;
  /** `https://github.com/owner/repo`, for links to exact lines. */
  repoUrl?: string;
  detailsUrl?: string;
  docsBase?: string;
  /** Where the config lives on the base branch (default `.github/rollback-ready.yml`). */
  configPath?: string;
  /** The pull request, already requested by the caller (the Action asks while it loads the core). */
  pullRequest?: Promise<PullRequestInfo>;
  /** The rollback drill just run for `headSha` (the Action's `mode: drill`): shown, counted and recorded. */
  drill?: { headSha: string; outcome: DrillOutcome; findings: Finding[] };
  /** The App: it never runs migrations, so the drill gate is left to the Action's drill. */
  drillElsewhere?: boolean;
  log?: (message: string) => void;
  /** Something a person should see in the logs: a write given up on, duplicates cleaned up. */
  warn?: (message: string) => void;
  /** One evaluation per pull request at a time across replicas (false: no lease, a lone writer). */
  lease?: LeaseOptions | false;
  /** Reads made early (before the lease) are stale once another evaluation held the lease. */
  dropEarlyReads?: () => void;
}

export interface RunResult {
  target: Target;
  headSha: string;
  verdict: Verdict;
  risk: Risk;
  report?: Report;
  evaluation?: Evaluation;
  configError?: ConfigError;
  /** The Markdown report (comment body without markers): job summary, dry-run output. */
  markdown: string;
  checkRun?: { id: number; created: boolean; conclusion: 'success' | 'failure' };
  /** Evaluations it took: more than one when the pull request changed while it was evaluated. */
  rounds?: number;
  /**
   * Analyses of the changed files the (last) round took: one, however many times a tick or a
   * decision had it judged again.
   */
  analyses?: number;
  comment?: CommentOutcome;
  pr?: PullRequestInfo;
  /** The outcome of a slash-command decision (ack, override) carried by the target. */
  decision?: { accepted: boolean; message: string };
  config?: Config;
}

export async function runEvaluation(port: GitHubPort, target: Target, options: RunnerOptions = {}): Promise<RunResult> {
  return target.kind === 'merge_group' ? runMergeGroup(port, target, options) : runPullRequest(port, target, options);
}

let warmed = false;
/**
 * Compile the default classifier (the one a repository without a config uses, cached per config)
 * while the first request travels: on a cold start the CPU would otherwise wait idle. Once.
 */
function warmClassifier(): void {
  if (warmed) return;
  warmed = true;
  try {
    createClassifier(DEFAULT_CONFIG, FRAMEWORKS).mayMatter('README.md');
  } catch {
    // the evaluation meets (and reports) the same problem
  }
}

/** Rounds of evaluation at most when the pull request keeps changing underneath. */
const MAX_ROUNDS = 3;

async function runPullRequest(port: GitHubPort, target: Extract<Target, { kind: 'pull_request' }>, options: RunnerOptions): Promise<RunResult> {
  const log = options.log ?? (() => undefined);
  warmClassifier();
  if (options.publish === false) {
    const pr = await (options.pullRequest ?? port.getPullRequest(target.number));
    const state = await readCommentState(port, pr);
    return (await evaluateRound(port, target, pr, state, options)).result;
  }
  let early = options.pullRequest;
  for (let round = 1; ; round++) {
    const outcome = await holding(port, target.number, options, async (lease) => {
      // Read before the lease: still fresh only when nobody else held it meanwhile.
      if (lease?.waited) {
        early = undefined;
        options.dropEarlyReads?.();
      }
      const pr = await (early ?? port.getPullRequest(target.number));
      early = undefined;
      return publishRound(port, target, pr, options, lease, round === MAX_ROUNDS);
    });
    outcome.result.rounds = round;
    if (outcome.settled || round === MAX_ROUNDS) return outcome.result;
    log(`#${target.number} changed while it was evaluated (${outcome.why}): evaluating it again`);
  }
}

function holding<T>(port: GitHubPort, number: number, options: RunnerOptions, job: (lease: Lease | undefined) => Promise<T>): Promise<T> {
  if (options.lease === false) return job(undefined);
  return withLease(port, number, job, { ...options.lease, log: options.warn ?? options.log });
}

/** The queue's branch names its first pull request: `gh-readonly-queue/main/pr-104-<sha>`. */
export function pullNumberFromQueueRef(ref: string): number | undefined {
  const name = ref.split('/').at(-1) ?? '';
  if (!name.startsWith('pr-')) return undefined;
  const n = Number(name.slice(3).split('-')[0]);
  return Number.isInteger(n) && n > 0 ? n : undefined;
}

async function runMergeGroup(port: GitHubPort, target: Extract<Target, { kind: 'merge_group' }>, options: RunnerOptions): Promise<RunResult> {
  const publish = options.publish ?? true;
  const baseRef = target.baseRef.replace(/^refs\/heads\//, '');
  const configPromise = readConfig(port, target.baseSha, options.configPath);
  configPromise.catch(() => undefined);
  const number = pullNumberFromQueueRef(target.headRef);
  const [listing, pr] = await Promise.all([
    port.compareFiles(target.baseSha, target.headSha),
    number ? port.getPullRequest(number).catch(() => undefined) : Promise.resolve(undefined),
  ]);
  const { evaluation, configError } = await evaluateChanges(port, {
    listing,
    configPromise,
    headSha: target.headSha,
    baseSha: target.baseSha,
    baseRef,
    body: pr?.body ?? null,
    ...(pr ? { author: pr.author } : {}),
    attestations: [],
    docsBase: options.docsBase,
    ...(options.drill?.headSha === target.headSha ? { drill: options.drill } : {}),
  });
  const ctx = {
    headSha: target.headSha,
    baseSha: target.baseSha,
    repoUrl: options.repoUrl,
    detailsUrl: options.detailsUrl,
    name: options.checkName ?? CHECK_NAME,
  };
  const check = evaluation ? checkRunFromEvaluation(evaluation, ctx) : checkRunFromConfigError(configError!, ctx);
  const result: RunResult = {
    target,
    headSha: target.headSha,
    verdict: evaluation ? evaluation.report.verdict : 'fail',
    risk: evaluation ? evaluation.report.risk : 'high',
    markdown: evaluation ? renderMarkdown(evaluation, { repoUrl: options.repoUrl, headSha: target.headSha }) : commentForConfigError(configError!),
    ...(evaluation ? { evaluation, report: evaluation.report } : {}),
    ...(configError ? { configError } : {}),
  };
  if (!publish) return result;
  const run = await ensureCheckRun(port, check, undefined, options);
  for (const id of [run.id, ...run.duplicates]) await port.completeCheckRun(id, check, id === run.id ? { annotationsCount: run.annotationsCount } : {});
  result.checkRun = { id: run.id, created: run.created, conclusion: check.conclusion };
  return result;
}

/**
 * Run a whole evaluation again when GitHub keeps failing underneath the port's own retries (token
 * requests, reads that failed every retry, a lease held too long). Safe: every step converges.
 */
export async function withRetries<T>(job: () => Promise<T>, attempts = 3, delayMs = 250): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await job();
    } catch (e) {
      if (i >= attempts || e instanceof ConfigError || !(isTransient(e) || e instanceof WriteGaveUp || e instanceof LeaseExpired || e instanceof LeaseTimeout))
        throw e;
      await new Promise((r) => setTimeout(r, delayMs * i));
    }
  }
}

/** What failed, in one line for the log: the request and GitHub's answer. */
export function describeFailure(e: unknown): string {
  if (e instanceof WriteGaveUp || e instanceof LeaseExpired || e instanceof LeaseTimeout) return e.message;
  const req = (e as { request?: { method?: string; url?: string } })?.request;
  const status = statusOf(e);
  const what = req?.method && req.url ? `${req.method} ${req.url.replace(/^https?:\/\/[^/]+/, '')}` : undefined;
  const message = e instanceof Error ? e.message : String(e);
  return [what, status ? `answered ${status}` : undefined, message].filter(Boolean).join(': ');
}
