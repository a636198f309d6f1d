// The shared runner: read a pull request (or merge group) fresh through the port, evaluate it with
// the pure core, publish one check run and one sticky comment. The App and the Action call this.
//
// Publishing converges through GitHub alone, whatever runs beside it (replicas, Lambda invocations,
// concurrent workflow runs): one evaluation per pull request at a time under a lease (lease.ts);
// the check run is created first, in progress, then completed with its own head's report; the pull
// request is read again right before the comment is written, and a comment is never written for a
// head older than the pull request's; a person's boxes are read back and kept; duplicate comments
// are deleted, the oldest wins (publish-comment.ts).
import type { Config } from '../core/config';
import { CONFIG_PATH, ConfigError, DEFAULT_CONFIG, loadConfig } from '../core/config-defaults';
import { createClassifier } from '../core/classify';
import { evaluate, type Evaluation } from '../core/evaluate';
import { FRAMEWORKS } from '../core/frameworks/index';
import type { CommitFacts } from '../core/gates';
import { COMMENT_MARKER, renderMarkdown } from '../core/render/markdown';
import type { ChangedFile, Finding, Report, Risk, Verdict } from '../core/types';
import type { CheckRunRequest, FileListing, GitHubPort, IssueComment, PullRequestInfo } from '../github/port';
import { hasPermission } from '../github/port';
import { isTransient, statusOf, WriteGaveUp } from '../github/writes';
import { decodeCommentState, mergeAttestations, scanBoxLines, ticksFromAttestations, type Attestation } from './attestations';
import { checkRunFromConfigError, checkRunFromEvaluation, commentForConfigError, CHECK_NAME } from './check-run';
import { composeComment, insertAfterHeadline, keepPendingBoxes, riskOverrideLine } from './comment-body';
import { decide } from './decide';
import { applyDecision, currentDecisions, decodeDecisions, mergeDecisions, type DecisionRequest, type Decisions } from './decisions';
import { LeaseExpired, LeaseTimeout, withLease, type Lease, type LeaseOptions } from './lease';
import { publishComment, type CommentOutcome } from './publish-comment';
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
  comment?: CommentOutcome;
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
    ...(args.decisions?.risk
      ? { riskOverride: { level: args.decisions.risk.level, by: args.decisions.risk.by, reason: args.decisions.risk.reason, at: args.decisions.risk.at } }
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

interface CommentSnapshot {
  copies: IssueComment[];
  attestations: Attestation[];
  decisions: Decisions;
}

/** Every copy of the sticky comment (normally one), with the state they carry merged. */
async function readCommentState(port: GitHubPort, pr: PullRequestInfo): Promise<CommentSnapshot> {
  const copies = await port.findComments(pr.number, COMMENT_MARKER);
  let attestations: Attestation[] = [];
  let decisions: Decisions = { acks: [] };
  for (const c of copies) {
    attestations = mergeAttestations(attestations, decodeCommentState(c.body).attestations);
    decisions = mergeDecisions(decisions, decodeDecisions(c.body));
  }
  return { copies, attestations, decisions: currentDecisions(decisions, pr.headSha) };
}

interface Round {
  result: RunResult;
  check: CheckRunRequest;
  attestations: Attestation[];
  decisions: Decisions;
  config?: Config;
  drillRecord?: DrillRecord;
}

/** Evaluate the pull request as read, with the delivery's change (a tick, a decision) applied. */
async function evaluateRound(
  port: GitHubPort,
  target: Extract<Target, { kind: 'pull_request' }>,
  pr: PullRequestInfo,
  snapshot: CommentSnapshot,
  options: RunnerOptions,
  listingPromise?: Promise<FileListing>,
): Promise<Round> {
  const configPromise = readConfig(port, pr.baseSha, options.configPath);
  configPromise.catch(() => undefined);
  const listing = await (listingPromise ?? port.listFiles(pr.number, pr.changedFiles));

  let attestations = snapshot.attestations;
  if (target.tickEdit) {
    const config = await configPromise.catch(() => undefined);
    const granted = await port.getPermission(target.tickEdit.by);
    const allowed = hasPermission(granted, config?.attest.permission ?? 'write');
    const { applyTickEdit } = await import('./tick-edit');
    attestations = applyTickEdit(attestations, { ...target.tickEdit, allowed, at: target.tickEdit.at ?? new Date().toISOString() });
  }

  let decisions = snapshot.decisions;
  // The drill just run for this head, else the one recorded in the comment for this head.
  const fresh = options.drill?.headSha === pr.headSha ? options.drill : undefined;
  const recorded = fresh ? undefined : snapshot.copies.map((c) => decodeDrillRecord(c.body, pr.headSha)).find((r) => r !== undefined);
  const drillRecord: DrillRecord | undefined = fresh
    ? {
        sha: pr.headSha,
        passed: fresh.outcome.passed,
        summary: fresh.outcome.summary,
        findings: fresh.findings,
        ...(fresh.outcome.run ? { markdown: renderDrillMarkdown(fresh.outcome.run, fresh.outcome.summary, fresh.outcome.passed) } : {}),
      }
    : recorded;
  const evaluateWith = (d: Decisions) =>
    evaluateChanges(port, {
      listing,
      configPromise,
      headSha: pr.headSha,
      baseSha: pr.baseSha,
      baseRef: pr.baseRef,
      body: pr.body,
      author: pr.author,
      attestations,
      decisions: d,
      docsBase: options.docsBase,
      ...(fresh ? { drill: fresh } : recorded ? { drill: { outcome: outcomeOf(recorded), findings: recorded.findings } } : {}),
      ...(options.drillElsewhere ? { drillElsewhere: true } : {}),
    });
  let decision: RunResult['decision'];
  let evaluated: Evaluated;
  if (target.decision) {
    const request: DecisionRequest = target.decision;
    const config = await configPromise.catch(() => undefined);
    // A risk level's permission depends on the level assessed: evaluate first.
    evaluated = request.kind === 'risk' ? await evaluateWith(decisions) : {};
    decision = await decide(port, request, { config, assessed: evaluated.evaluation?.assessedRisk, headSha: pr.headSha });
    if (decision.accepted) {
      decisions = applyDecision(decisions, request, pr.headSha, new Date().toISOString());
      evaluated = await evaluateWith(decisions);
    } else if (!evaluated.evaluation && !evaluated.configError) evaluated = await evaluateWith(decisions);
  } else evaluated = await evaluateWith(decisions);
  const { evaluation, configError, config } = evaluated;

  const ctx = { headSha: pr.headSha, baseSha: pr.baseSha, repoUrl: options.repoUrl, detailsUrl: options.detailsUrl, name: options.checkName ?? CHECK_NAME };
  const check = evaluation ? checkRunFromEvaluation(evaluation, ctx) : checkRunFromConfigError(configError!, ctx);
  if (evaluation?.riskOverride && check.text !== undefined) check.text = insertAfterHeadline(check.text, riskOverrideLine(evaluation));
  const markdown = evaluation
    ? insertAfterHeadline(renderMarkdown(evaluation, { repoUrl: options.repoUrl, headSha: pr.headSha, baseSha: pr.baseSha }), riskOverrideLine(evaluation))
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
  return { result, check, attestations, decisions, ...(config ? { config } : {}), ...(drillRecord ? { drillRecord } : {}) };
}

interface RoundOutcome {
  result: RunResult;
  /** false: the pull request changed meanwhile and must be evaluated again. */
  settled: boolean;
  why?: string;
}

async function publishRound(
  port: GitHubPort,
  target: Extract<Target, { kind: 'pull_request' }>,
  pr: PullRequestInfo,
  options: RunnerOptions,
  lease: Lease | undefined,
  last: boolean,
): Promise<RoundOutcome> {
  const log = options.log ?? (() => undefined);
  const name = options.checkName ?? CHECK_NAME;
  // The files are read while the check run is set up and the comment is read.
  const listing = port.listFiles(pr.number, pr.changedFiles);
  listing.catch(() => undefined);
  // The check run first, in progress: a required check is never missing while the rest is tried.
  const [runs, snapshot] = await Promise.all([
    ensureCheckRun(port, { name, headSha: pr.headSha, ...(options.detailsUrl ? { detailsUrl: options.detailsUrl } : {}) }, lease, options),
    readCommentState(port, pr),
  ]);
  const round = await evaluateRound(port, target, pr, snapshot, options, listing);
  const { result, check } = round;
  result.checkRun = { id: runs.id, created: runs.created, conclusion: check.conclusion };

  // Right before writing: the pull request as it is now.
  const now = await port.getPullRequest(pr.number);
  const headMoved = now.headSha !== pr.headSha;
  if (!headMoved && !last && (now.body !== pr.body || now.baseSha !== pr.baseSha)) {
    // Same head, other description or base: evaluate again before anything is written; the run
    // stays in progress meanwhile.
    return { result, settled: false, why: now.body !== pr.body ? 'description edited' : 'base moved' };
  }
  // The run of this head gets this head's report, whatever the head is now: it must complete.
  for (const id of [runs.id, ...runs.duplicates]) {
    lease?.check();
    await port.completeCheckRun(id, check, id === runs.id ? { annotationsCount: runs.annotationsCount } : {});
  }
  log(`check run ${runs.id} ${runs.created ? 'created' : 'updated'}: ${check.conclusion} on ${pr.headSha.slice(0, 7)}`);
  if (headMoved) return { result, settled: false, why: `head moved to ${now.headSha.slice(0, 7)}` };

  // The comment, read fresh: a person may have ticked a box since it was read.
  let copies = snapshot.copies;
  if (copies.length) {
    const fresh = await port.getComment(copies[0]!.id);
    copies = fresh ? [fresh, ...copies.slice(1)] : await port.findComments(pr.number, COMMENT_MARKER);
  }
  const fresh = copies[0];
  const { pendingBoxes } = await import('./tick-edit');
  const pending = fresh ? pendingBoxes(fresh.body, decodeCommentState(fresh.body).shown) : new Map<string, boolean>();
  let attestations = round.attestations;
  let decisions = round.decisions;
  // Copies that appeared since (a lease taken over) carry state too.
  for (const c of copies) {
    attestations = mergeAttestations(attestations, decodeCommentState(c.body).attestations);
    decisions = mergeDecisions(decisions, currentDecisions(decodeDecisions(c.body), pr.headSha));
  }
  const evaluation = result.evaluation;
  const markdown = evaluation
    ? keepPendingBoxes(
        insertAfterHeadline(
          renderMarkdown(evaluation, { marker: true, repoUrl: options.repoUrl, headSha: pr.headSha, baseSha: pr.baseSha }),
          riskOverrideLine(evaluation),
        ),
        pending,
      )
    : `${COMMENT_MARKER}\n${result.markdown}`;
  // The bot's own lines: a line scan reads them exactly.
  const shown = Object.fromEntries([...scanBoxLines(markdown)].map(([item, states]) => [item, states.at(-1)!]));
  const drillRecord = round.drillRecord ?? copies.map((c) => decodeDrillRecord(c.body, pr.headSha)).find((r) => r !== undefined);
  const body = composeComment({ markdown, headSha: pr.headSha, attestations, shown, decisions, extra: drillRecord ? [encodeDrillRecord(drillRecord)] : [] });
  const notApplicable = evaluation?.report.verdict === 'not-applicable';
  result.comment = await publishComment(port, pr.number, copies, body, { createIfMissing: !notApplicable, beforeWrite: () => lease?.check() });
  if (result.comment.deleted?.length) (options.warn ?? log)(`#${pr.number}: deleted duplicate comments ${result.comment.deleted.join(', ')} (the oldest, ${result.comment.id}, stays)`);
  log(`comment ${result.comment.id ?? '-'} ${result.comment.action}`);

  if (round.config?.labels.enabled && evaluation) await syncLabels(port, now, round.config, evaluation.report.risk);
  // A push after the read above comes with its own delivery, whose evaluation waits for this
  // lease and then writes the newer head.
  return { result, settled: true };
}

/**
 * The run for this head: the latest one of this name, or a new one in progress. Looked at again
 * after creating it: more than one (a lease taken over) are all completed alike.
 */
async function ensureCheckRun(
  port: GitHubPort,
  start: { name: string; headSha: string; detailsUrl?: string },
  lease: Lease | undefined,
  options: RunnerOptions,
): Promise<{ id: number; created: boolean; duplicates: number[]; annotationsCount: number }> {
  const found = await port.findCheckRun(start.headSha, start.name);
  if (found) return { id: found.id, created: false, duplicates: [], annotationsCount: found.annotationsCount };
  lease?.check();
  const started = await port.startCheckRun(start);
  const all = await port.listCheckRuns(start.headSha, start.name);
  const duplicates = all.map((r) => r.id).filter((id) => id !== started.id);
  if (duplicates.length) (options.warn ?? options.log ?? (() => undefined))(`${start.name} has ${all.length} runs on ${start.headSha.slice(0, 7)}: completing them alike`);
  // A run found by the read-back after a lost answer may carry annotations already.
  const annotationsCount = started.created ? 0 : (all.find((r) => r.id === started.id)?.annotationsCount ?? 1);
  return { ...started, duplicates, annotationsCount };
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
      if (i >= attempts || e instanceof ConfigError || !(isTransient(e) || e instanceof WriteGaveUp || e instanceof LeaseExpired || e instanceof LeaseTimeout)) throw e;
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
