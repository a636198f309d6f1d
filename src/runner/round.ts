// One round of a pull request's evaluation: the pull request as read, the sticky comment's state,
// the delivery's own change (a tick, a slash-command decision) applied, the changed files analysed
// once and judged, and what would be published (check run, Markdown) rendered.
import type { Config } from '../core/config';
import { COMMENT_MARKER, renderMarkdown } from '../core/render/markdown';
import { renderDrillMarkdown } from '../core/render/drill';
import type { CheckRunRequest, FileListing, GitHubPort, IssueComment, PullRequestInfo } from '../github/port';
import { hasPermission } from '../github/port';
import { decodeCommentState, mergeAttestations, type Attestation } from './attestations';
import { checkRunFromConfigError, checkRunFromEvaluation, commentForConfigError, CHECK_NAME } from './check-run';
import { insertAfterHeadline, riskOverrideLine } from './comment-body';
import { decide } from './decide';
import { applyDecision, currentDecisions, decodeDecisions, mergeDecisions, type DecisionRequest, type Decisions } from './decisions';
import { decodeDrillRecord, outcomeOf, type DrillRecord } from './drill-record';
import { analyseChanges, judgeAnalysed, readConfig, type Analysed, type ChangesToAnalyse, type Evaluated } from './evaluate-changes';
import type { RunnerOptions, RunResult, Target, TickEdit } from './run';

type PullRequestTarget = Extract<Target, { kind: 'pull_request' }>;

export interface CommentSnapshot {
  copies: IssueComment[];
  attestations: Attestation[];
  decisions: Decisions;
}

/** Every copy of the sticky comment (normally one), with the state they carry merged. */
export async function readCommentState(port: GitHubPort, pr: PullRequestInfo): Promise<CommentSnapshot> {
  const copies = await port.findComments(pr.number, COMMENT_MARKER);
  let attestations: Attestation[] = [];
  let decisions: Decisions = { acks: [] };
  for (const c of copies) {
    attestations = mergeAttestations(attestations, decodeCommentState(c.body).attestations);
    decisions = mergeDecisions(decisions, decodeDecisions(c.body));
  }
  return { copies, attestations, decisions: currentDecisions(decisions, pr.headSha) };
}

export interface Round {
  result: RunResult;
  check: CheckRunRequest;
  attestations: Attestation[];
  decisions: Decisions;
  config?: Config;
  drillRecord?: DrillRecord;
}

/** Evaluate the pull request as read, with the delivery's change (a tick, a decision) applied. */
export async function evaluateRound(
  port: GitHubPort,
  target: PullRequestTarget,
  pr: PullRequestInfo,
  snapshot: CommentSnapshot,
  options: RunnerOptions,
  listingPromise?: Promise<FileListing>,
): Promise<Round> {
  const configPromise = readConfig(port, pr.baseSha, options.configPath);
  configPromise.catch(() => undefined);
  const listing = await (listingPromise ?? port.listFiles(pr.number, pr.changedFiles));
  const attestations = target.tickEdit ? await withTickEdit(port, snapshot.attestations, target.tickEdit, configPromise) : snapshot.attestations;
  const drill = drillOfHead(pr.headSha, snapshot, options);
  const analysis = analyseOnce(port, {
    listing,
    configPromise,
    headSha: pr.headSha,
    baseSha: pr.baseSha,
    baseRef: pr.baseRef,
    body: pr.body,
    docsBase: options.docsBase,
    ...(drill.input ? { drill: drill.input } : {}),
    ...(options.drillElsewhere ? { drillElsewhere: true } : {}),
  });
  const judgeWith = async (decisions: Decisions) => judgeAnalysed(port, await analysis.get(), { author: pr.author, attestations, decisions });
  const { evaluated, decisions, decision } = await decideThenJudge(port, target.decision, { pr, configPromise, decisions: snapshot.decisions }, judgeWith);
  const { result, check } = renderRound(target, pr, evaluated, options);
  if (decision) result.decision = decision;
  result.analyses = analysis.count();
  const config = evaluated.config;
  return { result, check, attestations, decisions, ...(config ? { config } : {}), ...(drill.record ? { drillRecord: drill.record } : {}) };
}

/** The changed files analysed at most once, however many times the round judges them. */
function analyseOnce(port: GitHubPort, args: ChangesToAnalyse): { get(): Promise<Analysed>; count(): number } {
  let analysed: Promise<Analysed> | undefined;
  let count = 0;
  return {
    get: () => {
      if (!analysed) {
        count++;
        analysed = analyseChanges(port, args);
      }
      return analysed;
    },
    count: () => count,
  };
}

/** A person's edit of the comment's boxes, counted when their permission allows. */
async function withTickEdit(port: GitHubPort, attestations: Attestation[], edit: TickEdit, configPromise: Promise<Config>): Promise<Attestation[]> {
  const config = await configPromise.catch(() => undefined);
  const granted = await port.getPermission(edit.by);
  const allowed = hasPermission(granted, config?.attest.permission ?? 'write');
  const { applyTickEdit } = await import('./tick-edit');
  return applyTickEdit(attestations, { ...edit, allowed, at: edit.at ?? new Date().toISOString() });
}

/** The drill just run for this head, else the one recorded in the comment for this head. */
function drillOfHead(headSha: string, snapshot: CommentSnapshot, options: RunnerOptions): { record?: DrillRecord; input?: ChangesToAnalyse['drill'] } {
  const fresh = options.drill?.headSha === headSha ? options.drill : undefined;
  if (fresh) {
    const { outcome } = fresh;
    const markdown = outcome.run ? { markdown: renderDrillMarkdown(outcome.run, outcome.summary, outcome.passed) } : {};
    return { record: { sha: headSha, passed: outcome.passed, summary: outcome.summary, findings: fresh.findings, ...markdown }, input: fresh };
  }
  const recorded = snapshot.copies.map((c) => decodeDrillRecord(c.body, headSha)).find((r) => r !== undefined);
  return recorded ? { record: recorded, input: { outcome: outcomeOf(recorded), findings: recorded.findings } } : {};
}

/** A slash command's decision, checked against the permission it needs, then the judgement with it. */
async function decideThenJudge(
  port: GitHubPort,
  request: DecisionRequest | undefined,
  now: { pr: PullRequestInfo; configPromise: Promise<Config>; decisions: Decisions },
  judgeWith: (decisions: Decisions) => Promise<Evaluated>,
): Promise<{ evaluated: Evaluated; decisions: Decisions; decision?: RunResult['decision'] }> {
  let decisions = now.decisions;
  if (!request) return { evaluated: await judgeWith(decisions), decisions };
  const config = await now.configPromise.catch(() => undefined);
  // A risk level's permission depends on the level assessed: judge first.
  let evaluated: Evaluated = request.kind === 'risk' ? await judgeWith(decisions) : {};
  const decision = await decide(port, request, { config, assessed: evaluated.evaluation?.assessedRisk, headSha: now.pr.headSha });
  if (decision.accepted) {
    decisions = applyDecision(decisions, request, now.pr.headSha, new Date().toISOString());
    evaluated = await judgeWith(decisions);
  } else if (!evaluated.evaluation && !evaluated.configError) evaluated = await judgeWith(decisions);
  return { evaluated, decisions, decision };
}

/** The check run and the Markdown report (no markers) of an evaluation or a config error. */
function renderRound(
  target: PullRequestTarget,
  pr: PullRequestInfo,
  evaluated: Evaluated,
  options: RunnerOptions,
): { result: RunResult; check: CheckRunRequest } {
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
    ...(config ? { config } : {}),
  };
  return { result, check };
}
