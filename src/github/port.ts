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
  /** Does `sha` exist, is it on `baseRef`, how far behind the branch head? */
  inspectCommit(sha: string, baseRef: string): Promise<CommitFacts>;
  /** The bot's own comment carrying `marker` (oldest first when several). */
  findComment(number: number, marker: string): Promise<IssueComment | undefined>;
  createComment(number: number, body: string): Promise<IssueComment>;
  updateComment(id: number, body: string): Promise<void>;
  /** The latest run named `name` on `headSha` (to update it rather than add a duplicate). */
  findCheckRun(headSha: string, name: string): Promise<ExistingCheckRun | undefined>;
  /**
   * Create, or update the run with the same name on the same SHA; annotations 50 per request.
   * `existing` is a lookup already made with `findCheckRun` (saves a round trip).
   */
  createOrUpdateCheckRun(run: CheckRunRequest, existing?: Promise<ExistingCheckRun | undefined>): Promise<{ id: number; created: boolean }>;
  addReaction(commentId: number, content: ReactionContent): Promise<void>;
  /** Add `add` and remove `remove` (names) from the issue's labels. */
  setLabels(number: number, add: string[], remove: string[]): Promise<void>;
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
