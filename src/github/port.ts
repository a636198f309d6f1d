// The GitHub port: everything the runner asks of GitHub, as plain data. One implementation over
// Octokit (`octokit.ts`) serves both the App (Probot's Octokit) and the Action (`getOctokit`).
import type { CommitFacts } from '../core/gates';

export interface PullRequestInfo {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  draft: boolean;
  author: string;
  headSha: string;
  headRef: string;
  baseSha: string;
  /** The base branch name. */
  baseRef: string;
  /** What GitHub counts; the file listing stops at 3,000. */
  changedFiles: number;
  labels: string[];
  htmlUrl: string;
}

export interface ListedFile {
  path: string;
  previousPath?: string;
  status: 'added' | 'modified' | 'removed' | 'renamed';
  additions: number;
  deletions: number;
  /** Absent for binary files and very large diffs. */
  patch?: string;
}

export interface FileListing {
  files: ListedFile[];
  /** Set when GitHub counts more changed files than it would list. */
  truncated?: { listed: number; total: number };
}

export interface IssueComment {
  id: number;
  body: string;
  login: string;
  /** When GitHub last changed it (second precision). */
  updatedAt?: string;
}

export type AnnotationLevel = 'notice' | 'warning' | 'failure';

export interface CheckAnnotation {
  path: string;
  start_line: number;
  end_line: number;
  annotation_level: AnnotationLevel;
  title: string;
  message: string;
}

export interface CheckRunRequest {
  name: string;
  headSha: string;
  conclusion: 'success' | 'failure';
  title: string;
  summary: string;
  text?: string;
  annotations: CheckAnnotation[];
  detailsUrl?: string;
}

export interface ExistingCheckRun {
  id: number;
  annotationsCount: number;
  status?: 'queued' | 'in_progress' | 'completed' | string;
  conclusion?: string | null;
}

/** The first request of a check run: it exists (in progress) before anything else is tried. */
export interface CheckRunStart {
  name: string;
  headSha: string;
  detailsUrl?: string;
}

/** A reaction on the pull request itself, as the lease uses them. */
export interface PullRequestReaction {
  id: number;
  login: string;
  /** GitHub's time of creation, ISO 8601. */
  createdAt: string;
}

export type Permission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';

export type ReactionContent = '+1' | '-1' | 'laugh' | 'confused' | 'heart' | 'hooray' | 'rocket' | 'eyes';

export interface GitHubPort {
  readonly owner: string;
  readonly repo: string;
  /** Always fetched fresh: deliveries repeat and arrive out of order. */
  getPullRequest(number: number): Promise<PullRequestInfo>;
  /** Every page, up to GitHub's 3,000; `changedFiles` tells whether the list was cut. */
  listFiles(number: number, changedFiles: number): Promise<FileListing>;
  /** Files between two commits (merge groups), as listed by the compare API (at most 300). */
  compareFiles(baseSha: string, headSha: string): Promise<FileListing>;
  /** Raw text at a ref; undefined when the path does not exist there. */
  getContent(path: string, ref: string): Promise<string | undefined>;
  /** Names of the files in a folder at a ref (GitHub lists at most 1,000); undefined when it is not a folder there. */
  listDirectory(path: string, ref: string): Promise<string[] | undefined>;
  /** Names of the folders in a folder at a ref; undefined when it is not a folder there. */
  listFolders(path: string, ref: string): Promise<string[] | undefined>;
  /** Does `sha` exist, is it on `baseRef`, how far behind the branch head? */
  inspectCommit(sha: string, baseRef: string): Promise<CommitFacts>;
  /** The bot's own comment carrying `marker` (the oldest when several). */
  findComment(number: number, marker: string): Promise<IssueComment | undefined>;
  /** Every comment of the bot carrying `marker`, oldest first. */
  findComments(number: number, marker: string): Promise<IssueComment[]>;
  /** One comment read fresh; undefined once deleted. */
  getComment(id: number): Promise<IssueComment | undefined>;
  /**
   * Post a comment. With `reconcile`, a post whose answer is lost is looked for (a comment of the
   * bot carrying that text) before it is posted again, so it is never posted twice.
   */
  createComment(number: number, body: string, options?: { reconcile?: string }): Promise<IssueComment>;
  updateComment(id: number, body: string): Promise<void>;
  /** Delete a comment (already gone counts as done). */
  deleteComment(id: number): Promise<void>;
  /** The latest run named `name` on `headSha` (to update it rather than add a duplicate). */
  findCheckRun(headSha: string, name: string): Promise<ExistingCheckRun | undefined>;
  /** Every run of the bot named `name` on `headSha`, oldest first. */
  listCheckRuns(headSha: string, name: string): Promise<ExistingCheckRun[]>;
  /** Create a run `in_progress` (reconciled by name and head when the answer is lost). */
  startCheckRun(start: CheckRunStart): Promise<{ id: number; created: boolean }>;
  /**
   * Complete a run: state and output, and only the annotations it does not carry yet, 50 per
   * request. `annotationsCount` 0 (a run just created) saves reading them back first.
   */
  completeCheckRun(id: number, run: CheckRunRequest, known?: { annotationsCount?: number }): Promise<void>;
  /**
   * Create, or update the run with the same name on the same SHA; annotations 50 per request.
   * `existing` is a lookup already made with `findCheckRun` (saves a round trip).
   */
  createOrUpdateCheckRun(run: CheckRunRequest, existing?: Promise<ExistingCheckRun | undefined>): Promise<{ id: number; created: boolean }>;
  addReaction(commentId: number, content: ReactionContent): Promise<void>;
  /**
   * React to the pull request itself, once: `created` is true for a new reaction, false when the
   * bot already had this one (GitHub answers 200), undefined when the answer was lost.
   */
  claimReaction(number: number, content: ReactionContent): Promise<{ created: boolean | undefined; reaction?: PullRequestReaction }>;
  /** The bot's reactions of this content on the pull request, and GitHub's clock (from the answer's Date). */
  listReactions(number: number, content: ReactionContent): Promise<{ reactions: PullRequestReaction[]; now: number }>;
  /** Remove a reaction from the pull request (already gone counts as done). */
  deleteReaction(number: number, reactionId: number): Promise<void>;
  /** Add `add` and remove `remove` (names) from the issue's labels. */
  setLabels(number: number, add: string[], remove: string[]): Promise<void>;
  /** Replace the pull request's description. */
  updatePullRequestBody(number: number, body: string): Promise<void>;
  getPermission(login: string): Promise<{ permission: Permission; role: string }>;
  /** The login the bot comments as (`<slug>[bot]`, `github-actions[bot]`). */
  botLogin(): Promise<string>;
}

/** Repository roles from least to most; custom roles count as their base permission. */
export const PERMISSION_RANK: Record<Permission, number> = { none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 };

export function hasPermission(granted: { permission: Permission; role: string }, needed: Permission): boolean {
  const byRole = PERMISSION_RANK[granted.role as Permission] ?? 0;
  return Math.max(byRole, PERMISSION_RANK[granted.permission] ?? 0) >= PERMISSION_RANK[needed];
}
