export interface EmulatorOptions {
  /** a git repository on disk (work tree or bare) whose branches back the pull requests */
  repoDir: string;
  owner?: string;
  repo?: string;
  /** validate requests and responses against GitHub's OpenAPI description; default true */
  validate?: boolean;
  defaultBranch?: string;
  appId?: number;
  installationId?: number;
  /** default 'rollback-ready[bot]' */
  botLogin?: string;
  /** per-file patch size above which `patch` is omitted, like GitHub does for large diffs (default 200 000 bytes) */
  maxPatchBytes?: number;
  /** GitHub's OpenAPI description (default: resolved from the @octokit/openapi package) */
  openapiPath?: string;
  /** port to listen on (default 0: a random free port) */
  port?: number;
  /**
   * Personal access tokens: `Authorization: token <key>` acts as the user `<value>` (as a PAT
   * does); any other token acts as the App's bot. `GET /user` answers the token's user.
   */
  tokens?: Record<string, string>;
}

export interface Actor {
  login: string;
  type: 'User' | 'Bot';
}

export interface PullRequest {
  number: number;
  id: number;
  /** branch names in repoDir */
  head: string;
  base: string;
  title: string;
  body: string | null;
  user: string;
  state: 'open' | 'closed';
  draft: boolean;
  created_at: string;
  updated_at: string;
  closed_at: string | null;
  changed_files_override?: number;
}

export interface Comment {
  id: number;
  issue_number: number;
  body: string;
  user: Actor;
  created_at: string;
  updated_at: string;
}

export interface Annotation {
  path: string;
  start_line: number;
  end_line: number;
  start_column: number | null;
  end_column: number | null;
  annotation_level: 'notice' | 'warning' | 'failure';
  title: string | null;
  message: string;
  raw_details: string | null;
}

export interface CheckRun {
  id: number;
  name: string;
  head_sha: string;
  status: 'queued' | 'in_progress' | 'completed' | 'waiting' | 'requested' | 'pending';
  conclusion: string | null;
  started_at: string | null;
  completed_at: string | null;
  details_url: string | null;
  external_id: string | null;
  output: { title: string | null; summary: string | null; text: string | null };
  annotations: Annotation[];
  check_suite_id: number;
  /** how many create/update requests touched it */
  writes: number;
}

export interface Reaction {
  id: number;
  /** the comment reacted to; 0 for a reaction on an issue or pull request itself */
  comment_id: number;
  /** the issue or pull request reacted to (reactions on the issue itself) */
  issue_number?: number;
  content: '+1' | '-1' | 'laugh' | 'confused' | 'heart' | 'hooray' | 'rocket' | 'eyes';
  user: Actor;
  created_at: string;
}

/**
 * `lost-answer`: a write (POST, PATCH, PUT, DELETE) is carried out, then answered with a 502, as
 * GitHub sometimes does; a read so chosen is a plain 502.
 */
export type FaultKind = '500' | '502' | 'secondary-rate-limit' | 'lost-answer';

export interface FaultOptions {
  /** share of matching requests that fail, 0..1 */
  rate?: number;
  kinds?: FaultKind[];
  /** added to every matching request */
  latencyMs?: number;
  /** up to this much more, drawn per request from the seeded generator */
  jitterMs?: number;
  seed?: number;
  /** only requests whose path matches are affected */
  only?: RegExp;
  /** only requests made with this token (one client, e.g. one workflow run) are affected */
  token?: string;
  /** `retry-after` seconds sent with secondary rate limits (default 1) */
  retryAfter?: number;
}

export interface RecordedRequest {
  method: string;
  /** path without the query string */
  path: string;
  query: string;
  status: number;
  /** true when the answer was an injected fault */
  fault?: boolean;
  /** a `lost-answer` fault: the write was carried out, the client saw a 502 */
  landed?: boolean;
}

/** A request as it went over the wire, with its JSON body (for golden files of the traffic). */
export interface Exchange {
  method: string;
  path: string;
  query: string;
  status: number;
  body?: unknown;
}

export interface EmulatorState {
  checkRuns: CheckRun[];
  comments: Comment[];
  reactions: Reaction[];
  labels: Map<number, string[]>;
  pulls: Map<number, PullRequest>;
  permissions: Map<string, { permission: 'admin' | 'write' | 'read' | 'none'; role_name: string }>;
}

export interface Emulator {
  /** e.g. http://127.0.0.1:54321 (use as baseUrl / GITHUB_API_URL) */
  url: string;
  owner: string;
  repo: string;
  close(): Promise<void>;
  createPullRequest(p: {
    head: string;
    base: string;
    title?: string;
    body?: string;
    user?: string;
    draft?: boolean;
    changed_files_override?: number;
  }): PullRequest;
  updatePullRequest(
    n: number,
    patch: Partial<{ body: string; head: string; base: string; title: string; state: 'open' | 'closed'; draft: boolean; changed_files_override: number }>,
  ): void;
  setPermission(login: string, permission: 'admin' | 'write' | 'read' | 'none', role_name?: string): void;
  addComment(n: number, body: string, user: string): Comment;
  /**
   * A person's edit of a comment (GitHub does not record who edited): the new body, or a function
   * of the current one (applied atomically, like GitHub's editor that refuses stale saves); `at`
   * sets `updated_at`. Returns the body before, and the comment.
   */
  editComment(id: number, edit: string | ((body: string) => string), at?: string): { before: string; comment: Comment };
  state: EmulatorState;
  requests: RecordedRequest[];
  /** the same requests with their JSON bodies (test/helpers/wire.ts turns them into golden files) */
  exchanges: Exchange[];
  resetRequests(): void;
  /** Faults (and latency) from now on; with several, the first whose `only` and `token` match applies, each with its own seeded generator. */
  injectFaults(f: FaultOptions | FaultOptions[] | null): void;
  /** request/response schema mismatches and unhandled routes (tests assert it stays empty) */
  validationErrors: string[];
  /** false when @octokit/openapi could not be found (or validate: false): nothing is validated */
  validationAvailable: boolean;
}
