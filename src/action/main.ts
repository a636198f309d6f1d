// The Action's runner: the one file that touches @actions/core. Inputs are read once
// (settings.ts); the work is the shared runner's.
import * as core from '@actions/core';
import * as github from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createOctokitPort, type OctokitLike } from '../github/octokit';
import type { GitHubPort, PullRequestInfo } from '../github/port';
import { writeSpacing } from '../github/write-spacing';
import { routeEvent, type EventPayload, type Route } from '../runner/route-event';
import type { RunnerOptions, RunResult, Target } from '../runner/run';
import { prefetching, type Prefetching } from './prefetch';
import { readSettings, type ActionSettings } from './settings';

/** The login comments made with a workflow's GITHUB_TOKEN carry. */
export const ACTIONS_BOT = 'github-actions[bot]';

function writeReport(result: RunResult, renderJson: (report: NonNullable<RunResult['report']>) => string): string {
  const dir = process.env.RUNNER_TEMP || mkdtempSync(join(tmpdir(), 'rollback-ready-'));
  const path = join(dir, 'rollback-ready-report.json');
  const json = result.report
    ? renderJson(result.report)
    : JSON.stringify(
        { schemaVersion: 1, verdict: result.verdict, risk: result.risk, changes: [], findings: [], gates: [], error: result.configError?.message },
        null,
        2,
      ) + '\n';
  writeFileSync(path, json);
  return path;
}

interface PayloadPullRequest {
  number?: number;
  head?: { sha?: string };
  base?: { sha?: string };
  changed_files?: number;
}

/**
 * Outputs, the JSON report, the job summary, and a failed step when the verdict is fail and this
 * run is the one that judges the pull request (`failJob`). A comment that only gets a reply
 * (`/rollback template`, a refused `ack` or `override`) leaves the step green: its job is to
 * answer, and the verdict lives on the pull request's check run, which it did not change.
 */
async function finish(result: RunResult, dryRun: boolean, failJob = true): Promise<void> {
  const { renderJson } = await import('../core/render/json');
  const reportPath = writeReport(result, renderJson);
  core.setOutput('verdict', result.verdict);
  core.setOutput('risk', result.risk);
  core.setOutput('report', reportPath);
  if (dryRun) core.info(`Dry run: nothing was published.\n\n${result.markdown}`);
  if (process.env.GITHUB_STEP_SUMMARY) await core.summary.addRaw(result.markdown, true).write();
  if (result.verdict === 'fail' && !failJob) {
    core.info(`rollback-ready: the verdict is still fail (see the "Rollback readiness" check run); this run only replied, so the step passes.`);
  } else if (result.verdict === 'fail') {
    core.setFailed(
      result.configError
        ? `Invalid rollback-ready config: ${result.configError.message}`
        : `Rollback readiness failed: ${result.report?.gates
            .filter((g) => g.status === 'fail')
            .map((g) => g.id)
            .join(', ')}.`,
    );
  }
}

/**
 * The rollback drill for the pull request (or merge group) the workflow runs for, read from the
 * checked-out repository: base and head must both be in its history (actions/checkout with
 * fetch-depth: 0). Undefined when the change has no migrations.
 */
async function drillTarget(target: Target, pullRequest: Promise<PullRequestInfo> | undefined, settings: ActionSettings) {
  const { head, base } =
    target.kind === 'pull_request' ? await pullRequest!.then((pr) => ({ head: pr.headSha, base: pr.baseSha })) : { head: target.headSha, base: target.baseSha };
  const [{ readGitPullRequest }, { runDrill }] = await Promise.all([import('../cli/read-git-pr'), import('../cli/drill')]);
  let pr;
  try {
    pr = await readGitPullRequest({ repoDir: settings.drill.workingDirectory, base, head });
  } catch (error) {
    throw new Error(
      `The drill reads the migrations from the checked-out repository, which lacks ${head.slice(0, 7)} or ${base.slice(0, 7)} (${(error as Error).message}). Check it out with its history: actions/checkout with fetch-depth: 0.`,
    );
  }
  core.info(
    `rollback-ready: rehearsing the migrations of ${base.slice(0, 7)}..${head.slice(0, 7)} on ${settings.drill.databaseUrl ? 'the server in database-url' : 'the embedded PGlite'}.`,
  );
  const drilled = await runDrill(
    { repo: pr.repo, forkPoint: pr.forkPoint, headSha: pr.headSha, config: pr.config },
    {
      repoDir: settings.drill.workingDirectory,
      statementTimeoutMs: settings.drill.statementTimeoutMs,
      budgetMs: settings.drill.budgetMs,
      ...(settings.drill.databaseUrl ? { databaseUrl: settings.drill.databaseUrl } : {}),
      ...(settings.drill.cacheDir ? { cacheDir: settings.drill.cacheDir } : {}),
    },
    (line) => core.info(line),
  );
  if ('notices' in drilled) {
    core.info(`rollback-ready: no ${drilled.notices.length ? 'Postgres ' : ''}migrations to rehearse.`);
    for (const notice of drilled.notices) core.info(notice);
    return undefined;
  }
  core.info(drilled.outcome.summary);
  return { headSha: head, ...drilled };
}

export async function run(): Promise<void> {
  let subject: string | undefined;
  try {
    const settings = readSettings((name) => core.getInput(name));
    const { context } = github;
    const base = Number(process.env.RETRY_AFTER_BASE_MS) || 1000;
    const octokit = actionOctokit(settings, base);
    const { owner, repo } = context.repo;
    const botLogin = botLoginOf(settings, octokit);
    const event = await routeEvent(context.eventName, context.payload as EventPayload, botLogin);
    if (event.kind === 'ignore') {
      core.info(`rollback-ready: nothing to do (${event.reason}).`);
      return;
    }
    subject = event.kind === 'command' ? `#${event.comment.number}` : describeTarget(event.kind === 'tick-edit' ? event.target : event.targets[0]!);
    const early = prefetching(createOctokitPort(octokit as unknown as OctokitLike, { owner, repo, botLogin, writes: { baseMs: base } }));
    const runnerOptions = runnerOptionsFor(settings, early);
    if (event.kind === 'command') await answerCommand(early.port, event, runnerOptions, settings);
    else await evaluateTarget(early, event.kind === 'tick-edit' ? event.target : event.targets[0]!, runnerOptions, settings);
  } catch (e) {
    if (subject) {
      // Never silent: the pull request, the request that failed, and what completes it.
      const { describeFailure } = await import('../runner/run');
      core.error(`rollback-ready gave up on ${subject}: ${describeFailure(e)}. Re-run this workflow (or push) to complete it.`);
    }
    core.setFailed(e instanceof Error ? e.message : String(e));
  }
}

/** The workflow token's Octokit, with retries and rate-limit handling (getOctokit has neither). */
function actionOctokit(settings: ActionSettings, base: number) {
  return github.getOctokit(
    settings.token,
    {
      retry: { retries: 5, retryAfterBaseValue: base },
      throttle: {
        retryAfterBaseValue: base,
        onRateLimit: (after: number, options: { method: string; url: string }) => {
          core.warning(`Rate limit on ${options.method} ${options.url}: retrying in ${after} s.`);
          return true;
        },
        onSecondaryRateLimit: (after: number, options: { method: string; url: string }) => {
          core.warning(`Secondary rate limit on ${options.method} ${options.url}: retrying in ${after} s.`);
          return true;
        },
        ...writeSpacing(process.env, { forOneRun: true }),
      },
    } as never,
    retry as never,
    throttling as never,
  );
}

/**
 * Comments made with the workflow's token come from github-actions[bot]; with a personal token
 * they come from its user (asked once, and only for comment events and marker comments).
 */
function botLoginOf(settings: ActionSettings, octokit: ReturnType<typeof actionOctokit>): () => Promise<string> {
  let login: Promise<string> | undefined;
  return () => {
    if (settings.token.startsWith('ghs_')) return Promise.resolve(ACTIONS_BOT);
    login ??= octokit.request('GET /user').then(({ data }) => (data as { login: string }).login);
    return login;
  };
}

function runnerOptionsFor(settings: ActionSettings, early: Prefetching): RunnerOptions {
  const { context } = github;
  const repoUrl = `${context.serverUrl}/${context.repo.owner}/${context.repo.repo}`;
  const ttl = Number(process.env.LEASE_TTL_MS);
  return {
    publish: !settings.dryRun,
    repoUrl,
    configPath: settings.configPath,
    ...(context.runId ? { detailsUrl: `${repoUrl}/actions/runs/${context.runId}` } : {}),
    log: (m: string) => core.info(m),
    warn: (m: string) => core.warning(m),
    ...(ttl > 0 ? { lease: { ttlMs: ttl } } : {}),
    // Another workflow run for this pull request published meanwhile: read everything again.
    dropEarlyReads: () => early.discard(),
  };
}

/** A `/rollback …` comment: the same handling as the App's (replies, reactions, permission checks). */
async function answerCommand(
  port: GitHubPort,
  event: Extract<Route, { kind: 'command' }>,
  runnerOptions: RunnerOptions,
  settings: ActionSettings,
): Promise<void> {
  const [{ runEvaluation, withRetries }, { runCommand }] = await Promise.all([import('../runner/run'), import('../runner/commands')]);
  const result = await runCommand(port, event.command, event.comment, {
    evaluate: (target) => withRetries(() => runEvaluation(port, target, runnerOptions)),
    react: !settings.dryRun,
    ...(settings.dryRun ? { reply: async (body: string) => core.info(`Dry run: would reply\n\n${body}`) } : {}),
  });
  // Only `check` and an accepted ack, override or risk level judge the pull request again and publish it.
  const kind = event.command.kind;
  const judged = kind === 'check' || ((kind === 'ack' || kind === 'override' || kind === 'risk') && result?.decision?.accepted === true);
  if (result) await finish(result, settings.dryRun, judged);
  else core.info(`rollback-ready: answered /rollback ${kind} on #${event.comment.number}.`);
}

/** Evaluate (after the drill, in `mode: drill`), publish, and finish the step. */
async function evaluateTarget(early: Prefetching, target: Target, runnerOptions: RunnerOptions, settings: ActionSettings): Promise<void> {
  const { port } = early;
  // Ask for the pull request first, then load the core (the parsers stay lazy inside it):
  // GitHub answers while the modules compile.
  let pullRequest = target.kind === 'pull_request' ? port.getPullRequest(target.number) : undefined;
  pullRequest?.catch(() => undefined);
  if (target.kind === 'pull_request') prefetchFromEvent(early, target.number, settings);
  // mode: drill rehearses the migrations first; one check run then shows the drill with everything else.
  const drill = settings.mode === 'drill' ? await drillTarget(target, pullRequest, settings) : undefined;
  const [{ runEvaluation, withRetries }] = await Promise.all([import('../runner/run'), import('../core/render/json')]);
  const result = await withRetries(() => {
    const prefetched = pullRequest;
    pullRequest = undefined; // a retry reads it again
    return runEvaluation(port, target, { ...(prefetched ? { pullRequest: prefetched } : {}), ...runnerOptions, ...(drill ? { drill } : {}) });
  });
  await finish(result, settings.dryRun);
}

/**
 * The runner's next reads of the pull request's content, with what the event says of it; a read
 * whose arguments the fresh pull request no longer matches is made again. (Not the comment or the
 * check run: those are read under the lease, or another run's may be missed.)
 */
function prefetchFromEvent(early: Prefetching, number: number, settings: ActionSettings): void {
  const fromEvent = (github.context.payload as { pull_request?: PayloadPullRequest }).pull_request;
  if (fromEvent?.number !== number) return;
  if (fromEvent.base?.sha) early.prefetch('getContent', settings.configPath, fromEvent.base.sha);
  if (typeof fromEvent.changed_files === 'number') early.prefetch('listFiles', number, fromEvent.changed_files);
}

const describeTarget = (target: Target) => (target.kind === 'pull_request' ? `#${target.number}` : `the merge group at ${target.headSha.slice(0, 7)}`);
