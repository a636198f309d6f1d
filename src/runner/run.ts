// The shared runner: read a pull request (or merge group) fresh through the port, evaluate it with
// the pure core, publish one check run and one sticky comment. The App and the Action call this.
import type { Config } from '../core/config';
import { CONFIG_PATH, ConfigError, DEFAULT_CONFIG, loadConfig } from '../core/config-defaults';
import { createClassifier } from '../core/classify';
import { evaluate, type Evaluation } from '../core/evaluate';
import { FRAMEWORKS } from '../core/frameworks/index';
import type { CommitFacts } from '../core/gates';
import { COMMENT_MARKER, renderMarkdown } from '../core/render/markdown';
import type { ChangedFile, Finding, Report, Risk, Verdict } from '../core/types';
import type { FileListing, GitHubPort, IssueComment, PullRequestInfo } from '../github/port';
import { hasPermission } from '../github/port';
import { decodeAttestations, encodeAttestations, ticksFromAttestations, type Attestation } from './attestations';
import { checkRunFromConfigError, checkRunFromEvaluation, commentForConfigError, CHECK_NAME } from './check-run';
import { applyDecision, currentDecisions, decodeDecisions, encodeDecisions, type DecisionRequest, type Decisions } from './decisions';
import { readChanges } from './read-changes';
import { decodeDrillRecord, encodeDrillRecord, outcomeOf, type DrillRecord } from './drill-record';
import type { DrillOutcome } from '../core/drill';
import { renderDrillMarkdown } from '../core/render/drill';

export type Target =
  | { kind: 'pull_request'; number: number; tickEdit?: TickEdit; decision?: DecisionRequest }
  | { kind: 'merge_group'; headSha: string; baseSha: string; baseRef: string; headRef: string };

/** A human edit of the bot's comment (`issue_comment.edited`): the body before and after. */
export interface TickEdit {
  by: string;
  before: string;
  after: string;
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
  comment?: { id?: number; action: 'created' | 'updated' | 'unchanged' | 'skipped' };
  pr?: PullRequestInfo;
  /** The outcome of a slash-command decision (ack, override) carried by the target. */
  decision?: { accepted: boolean; message: string };
  config?: Config;
}

export async function runEvaluation(port: GitHubPort, target: Target, options: RunnerOptions = {}): Promise<RunResult> {
  return target.kind === 'merge_group' ? runMergeGroup(port, target, options) : runPullRequest(port, target, options);
}

function cachedInspector(port: GitHubPort, baseRef: string) {
  const cache = new Map<string, Promise<CommitFacts>>();
  return {
    inspectCommit(sha: string) {
      let hit = cache.get(sha);
      if (!hit) cache.set(sha, (hit = port.inspectCommit(sha, baseRef)));
      return hit;
    },
  };
}

async function readConfig(port: GitHubPort, baseSha: string, path = CONFIG_PATH): Promise<Config> {
  // Always from the base: a pull request must not be able to switch its own gate off.
  return loadConfig(await port.getContent(path, baseSha), path);
}

interface Evaluated {
  evaluation?: Evaluation;
  configError?: ConfigError;
  config?: Config;
}

async function evaluateChanges(
  port: GitHubPort,
  args: {
    listing: FileListing;
    configPromise: Promise<Config>;
    headSha: string;
    baseSha: string;
    baseRef: string;
    body: string | null;
    author?: string;
    attestations: Attestation[];
    decisions?: Decisions;
    docsBase?: string;
    drill?: { outcome: DrillOutcome; findings: Finding[] };
    drillElsewhere?: boolean;
  },
): Promise<Evaluated> {
  let config: Config;
  try {
    config = await args.configPromise;
  } catch (e) {
    if (e instanceof ConfigError) return { configError: e };
    throw e;
  }
  const { files, siblings } = await readChanges(port, args.listing.files, { headSha: args.headSha, baseSha: args.baseSha }, config, FRAMEWORKS);
  const repo = cachedInspector(port, args.baseRef);
  const input = {
    files,
    siblings,
    ...budgetedReader(port, args.headSha, files),
    body: args.body,
    config,
    frameworks: FRAMEWORKS,
    repo,
    ticks: ticksFromAttestations(args.attestations),
    acks: args.decisions?.acks ?? [],
    ...(args.decisions?.override
      ? { override: { by: args.decisions.override.by, reason: args.decisions.override.reason, at: args.decisions.override.at } }
      : {}),
    ...(args.listing.truncated ? { truncated: args.listing.truncated } : {}),
    ...(args.docsBase ? { docsBase: args.docsBase } : {}),
    ...(args.drill ? { drill: args.drill.outcome, extraFindings: args.drill.findings } : {}),
    ...(args.drillElsewhere ? { drillElsewhere: true } : {}),
  };
  // The author's own ticks in the description count only with enough permission: ask GitHub
  // only when the description ticks something.
  const author = args.author;
  let evaluation = await evaluate({ ...input, ...(author ? { author: { login: author, allowed: false } } : {}) });
  if (author && evaluation.description.checkboxes.some((b: { checked?: boolean }) => b.checked === true)) {
    const granted = await port.getPermission(author);
    if (hasPermission(granted, config.attest.permission)) evaluation = await evaluate({ ...input, author: { login: author, allowed: true } });
  }
  return { evaluation, config };
}

/** Reads and folder listings at most per evaluation for frameworks that look back (earlier migrations, Liquibase sqlFiles). */
export const HISTORY_READS = 60;

/**
 * Reads files and lists folders at head for `MigrationInput.readFile`/`listDir`: the changed files
 * from memory, the rest through the API, each once, and at most `HISTORY_READS` requests between
 * them. A failed read or one past the budget rejects: the frameworks report what they could not
 * read instead of judging as if the file were absent.
 */
function budgetedReader(
  port: GitHubPort,
  headSha: string,
  files: ChangedFile[],
): { readFile(path: string): Promise<string | undefined>; listDir(dir: string): Promise<string[] | undefined> } {
  const known = new Map(files.filter((f) => f.status !== 'removed').map((f) => [f.path, f.head]));
  const asked = new Map<string, Promise<unknown>>();
  // Fail closed: a read that fails, or one past the budget, rejects (the frameworks say what could
  // not be read), never resolves as "absent".
  const once = <T>(key: string, request: () => Promise<T>): Promise<T | undefined> => {
    let found = asked.get(key) as Promise<T | undefined> | undefined;
    if (!found) {
      if (asked.size >= HISTORY_READS) return Promise.reject(new Error(`the budget of ${HISTORY_READS} history reads per evaluation is spent`));
      found = request();
      found.catch(() => undefined); // held for the next asker; unhandled only if nobody asks again
      asked.set(key, found);
    }
    return found;
  };
  return {
    readFile: (path) => (known.has(path) ? Promise.resolve(known.get(path)) : once(`file:${path}`, () => port.getContent(path, headSha))),
    listDir: (dir) => once(`dir:${dir}`, () => port.listDirectory(dir.replace(/\/+$/, ''), headSha)),
  };
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

async function runPullRequest(port: GitHubPort, target: Extract<Target, { kind: 'pull_request' }>, options: RunnerOptions): Promise<RunResult> {
  const log = options.log ?? (() => undefined);
  const publish = options.publish ?? true;
  const prPromise = options.pullRequest ?? port.getPullRequest(target.number);
  warmClassifier();
  const pr = await prPromise;
  const configPromise = readConfig(port, pr.baseSha, options.configPath);
  configPromise.catch(() => undefined);
  // Independent of the evaluation: look the check run up while the files are read.
  const existingRun = publish ? port.findCheckRun(pr.headSha, options.checkName ?? CHECK_NAME) : undefined;
  existingRun?.catch(() => undefined);
  const [listing, existing] = await Promise.all([port.listFiles(pr.number, pr.changedFiles), port.findComment(pr.number, COMMENT_MARKER)]);

  let attestations = decodeAttestations(existing?.body);
  if (target.tickEdit) {
    const config = await configPromise.catch(() => undefined);
    const granted = await port.getPermission(target.tickEdit.by);
    const allowed = hasPermission(granted, config?.attest.permission ?? 'write');
    const { applyTickEdit } = await import('./tick-edit');
    attestations = applyTickEdit(attestations, { ...target.tickEdit, allowed, at: new Date().toISOString() });
  }

  let decisions = currentDecisions(decodeDecisions(existing?.body), pr.headSha);
  let decision: RunResult['decision'];
  if (target.decision) {
    const request = target.decision;
    const config = await configPromise.catch(() => undefined);
    const needed = config?.overrides.permission ?? 'maintain';
    const allowed = config?.overrides.users.includes(request.by) || hasPermission(await port.getPermission(request.by), needed);
    if (allowed) {
      decisions = applyDecision(decisions, request, pr.headSha, new Date().toISOString());
      decision = {
        accepted: true,
        message:
          request.kind === 'ack'
            ? `@${request.by} acknowledged \`${request.rule}\`: ${request.reason}`
            : `@${request.by} overrode the failing gates for ${pr.headSha.slice(0, 7)}: ${request.reason}. A new commit ends the override.`,
      };
    } else {
      decision = {
        accepted: false,
        message: `@${request.by}: \`/rollback ${request.kind}\` needs the ${needed} permission on this repository (or a place in \`overrides.users\` of the config); nothing was changed.`,
      };
    }
  }

  // The drill just run for this head, else the one recorded in the comment for this head.
  const fresh = options.drill?.headSha === pr.headSha ? options.drill : undefined;
  const recorded = fresh ? undefined : decodeDrillRecord(existing?.body, pr.headSha);
  const drillRecord: DrillRecord | undefined = fresh
    ? { sha: pr.headSha, passed: fresh.outcome.passed, summary: fresh.outcome.summary, findings: fresh.findings, ...(fresh.outcome.run ? { markdown: renderDrillMarkdown(fresh.outcome.run, fresh.outcome.summary, fresh.outcome.passed) } : {}) }
    : recorded;
  const { evaluation, configError, config } = await evaluateChanges(port, {
    listing,
    configPromise,
    headSha: pr.headSha,
    baseSha: pr.baseSha,
    baseRef: pr.baseRef,
    body: pr.body,
    author: pr.author,
    attestations,
    decisions,
    docsBase: options.docsBase,
    ...(fresh ? { drill: fresh } : recorded ? { drill: { outcome: outcomeOf(recorded), findings: recorded.findings } } : {}),
    ...(options.drillElsewhere ? { drillElsewhere: true } : {}),
  });

  const ctx = { headSha: pr.headSha, baseSha: pr.baseSha, repoUrl: options.repoUrl, detailsUrl: options.detailsUrl, name: options.checkName ?? CHECK_NAME };
  const check = evaluation ? checkRunFromEvaluation(evaluation, ctx) : checkRunFromConfigError(configError!, ctx);
  const markdown = evaluation
    ? renderMarkdown(evaluation, { repoUrl: options.repoUrl, headSha: pr.headSha, baseSha: pr.baseSha })
    : commentForConfigError(configError!);
  const result: RunResult = {
    target,
    headSha: pr.headSha,
    verdict: evaluation ? evaluation.report.verdict : 'fail',
    risk: evaluation ? evaluation.report.risk : 'high',
    markdown,
    pr,
    ...(evaluation ? { evaluation, report: evaluation.report } : {}),
    ...(configError ? { configError } : {}),
    ...(decision ? { decision } : {}),
    ...(config ? { config } : {}),
  };
  if (!publish) return result;

  const run = await port.createOrUpdateCheckRun(check, existingRun);
  result.checkRun = { ...run, conclusion: check.conclusion };
  log(`check run ${run.id} ${run.created ? 'created' : 'updated'}: ${check.conclusion} on ${pr.headSha.slice(0, 7)}`);

  const notApplicable = evaluation?.report.verdict === 'not-applicable';
  const body = [
    evaluation ? renderMarkdown(evaluation, { marker: true, repoUrl: options.repoUrl, headSha: pr.headSha, baseSha: pr.baseSha }) : `${COMMENT_MARKER}\n${markdown}`,
    ...(attestations.length ? [encodeAttestations(attestations)] : []),
    ...[encodeDecisions(decisions)].filter((m): m is string => m !== undefined),
    ...(drillRecord ? [encodeDrillRecord(drillRecord)] : []),
  ].join('\n\n');
  result.comment = await publishComment(port, pr.number, existing, body, { createIfMissing: !notApplicable });
  log(`comment ${result.comment.id ?? '-'} ${result.comment.action}`);

  if (config?.labels.enabled && evaluation) await syncLabels(port, pr, config, evaluation.report.risk);
  return result;
}

async function publishComment(
  port: GitHubPort,
  number: number,
  existing: IssueComment | undefined,
  body: string,
  { createIfMissing }: { createIfMissing: boolean },
): Promise<NonNullable<RunResult['comment']>> {
  if (existing) {
    if (existing.body === body) return { id: existing.id, action: 'unchanged' };
    await port.updateComment(existing.id, body);
    return { id: existing.id, action: 'updated' };
  }
  // Not applicable and never commented: stay quiet.
  if (!createIfMissing) return { action: 'skipped' };
  // Look again right before creating: another replica may have commented meanwhile.
  const again = await port.findComment(number, COMMENT_MARKER);
  if (again) {
    if (again.body !== body) await port.updateComment(again.id, body);
    return { id: again.id, action: again.body === body ? 'unchanged' : 'updated' };
  }
  const created = await port.createComment(number, body);
  return { id: created.id, action: 'created' };
}

async function syncLabels(port: GitHubPort, pr: PullRequestInfo, config: Config, risk: Risk) {
  const prefix = config.labels.prefix;
  const wanted = risk === 'none' ? [] : [`${prefix}${risk}`];
  const current = pr.labels.filter((l) => l.startsWith(prefix));
  const add = wanted.filter((l) => !current.includes(l));
  const remove = current.filter((l) => !wanted.includes(l));
  if (add.length || remove.length) await port.setLabels(pr.number, add, remove);
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
  const ctx = { headSha: target.headSha, baseSha: target.baseSha, repoUrl: options.repoUrl, detailsUrl: options.detailsUrl, name: options.checkName ?? CHECK_NAME };
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
  const run = await port.createOrUpdateCheckRun(check);
  result.checkRun = { ...run, conclusion: check.conclusion };
  return result;
}

const transient = (e: unknown) => {
  const status = e && typeof e === 'object' && 'status' in e ? Number((e as { status: unknown }).status) : undefined;
  if (status === undefined) return false;
  const rateLimited = (status === 403 || status === 429) && /rate limit/i.test(e instanceof Error ? e.message : '');
  return status >= 500 || rateLimited;
};

/**
 * Run a whole evaluation again when GitHub keeps failing underneath Octokit's own retries (token
 * requests are not retried by Octokit). Safe: every step is create-or-update.
 */
export async function withRetries<T>(job: () => Promise<T>, attempts = 3, delayMs = 250): Promise<T> {
  for (let i = 1; ; i++) {
    try {
      return await job();
    } catch (e) {
      if (i >= attempts || !transient(e) || e instanceof ConfigError) throw e;
      await new Promise((r) => setTimeout(r, delayMs * i));
    }
  }
}
