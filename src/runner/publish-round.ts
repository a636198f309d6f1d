// Publish one round: the check run (created first, in progress, then completed with its own head's
// report), then, when the pull request has not moved meanwhile, the sticky comment with every
// person's ticks and decisions kept, and the risk label.
import type { Config } from '../core/config';
import type { Evaluation } from '../core/evaluate';
import { COMMENT_MARKER, renderMarkdown } from '../core/render/markdown';
import type { Risk } from '../core/types';
import type { CheckRunRequest, GitHubPort, IssueComment, PullRequestInfo } from '../github/port';
import { decodeCommentState, mergeAttestations, scanBoxLines } from './attestations';
import { CHECK_NAME } from './check-run';
import { composeComment, insertAfterHeadline, keepPendingBoxes, riskOverrideLine } from './comment-body';
import { currentDecisions, decodeDecisions, mergeDecisions } from './decisions';
import { decodeDrillRecord, encodeDrillRecord } from './drill-record';
import type { Lease } from './lease';
import { publishComment } from './publish-comment';
import { evaluateRound, readCommentState, type Round } from './round';
import type { RunnerOptions, RunResult, Target } from './run';

export interface RoundOutcome {
  result: RunResult;
  /** false: the pull request changed meanwhile and must be evaluated again. */
  settled: boolean;
  why?: string;
}

type CheckRuns = Awaited<ReturnType<typeof ensureCheckRun>>;

export async function publishRound(
  port: GitHubPort,
  target: Extract<Target, { kind: 'pull_request' }>,
  pr: PullRequestInfo,
  options: RunnerOptions,
  lease: Lease | undefined,
  last: boolean,
): Promise<RoundOutcome> {
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
  await completeCheckRuns(port, runs, check, lease, options);
  if (headMoved) return { result, settled: false, why: `head moved to ${now.headSha.slice(0, 7)}` };

  await publishSticky(port, pr, round, snapshot.copies, lease, options);
  if (round.config?.labels.enabled && result.evaluation) await syncLabels(port, now, round.config, result.evaluation.report.risk);
  // A push after the read above comes with its own delivery, whose evaluation waits for this
  // lease and then writes the newer head.
  return { result, settled: true };
}

async function completeCheckRuns(port: GitHubPort, runs: CheckRuns, check: CheckRunRequest, lease: Lease | undefined, options: RunnerOptions): Promise<void> {
  for (const id of [runs.id, ...runs.duplicates]) {
    lease?.check();
    await port.completeCheckRun(id, check, id === runs.id ? { annotationsCount: runs.annotationsCount } : {});
  }
  options.log?.(`check run ${runs.id} ${runs.created ? 'created' : 'updated'}: ${check.conclusion} on ${check.headSha.slice(0, 7)}`);
}

/** The sticky comment, written over the copy read fresh (a person may have ticked a box since the round read it). */
async function publishSticky(
  port: GitHubPort,
  pr: PullRequestInfo,
  round: Round,
  read: IssueComment[],
  lease: Lease | undefined,
  options: RunnerOptions,
): Promise<void> {
  const log = options.log ?? (() => undefined);
  const { result } = round;
  const copies = await readCopiesAgain(port, pr.number, read);
  const body = await stickyBody(pr, round, copies, options);
  const notApplicable = result.evaluation?.report.verdict === 'not-applicable';
  result.comment = await publishComment(port, pr.number, copies, body, { createIfMissing: !notApplicable, beforeWrite: () => lease?.check() });
  if (result.comment.deleted?.length)
    (options.warn ?? log)(`#${pr.number}: deleted duplicate comments ${result.comment.deleted.join(', ')} (the oldest, ${result.comment.id}, stays)`);
  log(`comment ${result.comment.id ?? '-'} ${result.comment.action}`);
}

async function readCopiesAgain(port: GitHubPort, number: number, copies: IssueComment[]): Promise<IssueComment[]> {
  if (!copies.length) return copies;
  const fresh = await port.getComment(copies[0]!.id);
  return fresh ? [fresh, ...copies.slice(1)] : port.findComments(number, COMMENT_MARKER);
}

/** The comment's body: the report with the boxes a person ticked meanwhile, and every copy's state merged in. */
async function stickyBody(pr: PullRequestInfo, round: Round, copies: IssueComment[], options: RunnerOptions): Promise<string> {
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
  const evaluation = round.result.evaluation;
  const markdown = evaluation ? stickyMarkdown(evaluation, pr, pending, options) : `${COMMENT_MARKER}\n${round.result.markdown}`;
  // The bot's own lines: a line scan reads them exactly.
  const shown = Object.fromEntries([...scanBoxLines(markdown)].map(([item, states]) => [item, states.at(-1)!]));
  const drillRecord = round.drillRecord ?? copies.map((c) => decodeDrillRecord(c.body, pr.headSha)).find((r) => r !== undefined);
  return composeComment({ markdown, headSha: pr.headSha, attestations, shown, decisions, extra: drillRecord ? [encodeDrillRecord(drillRecord)] : [] });
}

function stickyMarkdown(evaluation: Evaluation, pr: PullRequestInfo, pending: Map<string, boolean>, options: RunnerOptions): string {
  const rendered = renderMarkdown(evaluation, { marker: true, repoUrl: options.repoUrl, headSha: pr.headSha, baseSha: pr.baseSha });
  return keepPendingBoxes(insertAfterHeadline(rendered, riskOverrideLine(evaluation)), pending);
}

/**
 * The run for this head: the latest one of this name, or a new one in progress. Looked at again
 * after creating it: more than one (a lease taken over) are all completed alike.
 */
export async function ensureCheckRun(
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
  if (duplicates.length)
    (options.warn ?? options.log ?? (() => undefined))(`${start.name} has ${all.length} runs on ${start.headSha.slice(0, 7)}: completing them alike`);
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
