/**
 * Builders for complete, realistic GitHub REST objects (users, repositories, apps, commits…),
 * filled in enough to satisfy GitHub's OpenAPI response schemas.
 */
import type { CommitInfo, DiffFile } from './git';

export interface Ctx {
  /** emulator base url, no trailing slash: API urls */
  api: string;
  /** base for html urls */
  web: string;
  owner: string;
  repo: string;
  ownerId: number;
  repoId: number;
  appId: number;
  appSlug: string;
  installationId: number;
  botLogin: string;
  defaultBranch: string;
  createdAt: string;
}

export function now(): string {
  return new Date().toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Stable positive id for a login (so a user keeps its id across requests). */
export function userId(login: string): number {
  let h = 2166136261;
  for (let i = 0; i < login.length; i++) {
    h ^= login.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return 1000 + ((h >>> 0) % 90_000_000);
}

export function nodeId(kind: string, id: number | string): string {
  return Buffer.from(`0:${kind}${id}`).toString('base64').replace(/=+$/, '');
}

const enc = (s: string) => encodeURIComponent(s);
/** Encode a repository path for use in a URL, keeping slashes. */
export const encPath = (p: string) => p.split('/').map(enc).join('/');

export function user(ctx: Ctx, login: string, type?: 'User' | 'Bot' | 'Organization') {
  const isBot = type === 'Bot' || (type === undefined && login.endsWith('[bot]'));
  const t = type ?? (isBot ? 'Bot' : 'User');
  const id = userId(login);
  const u = `${ctx.api}/users/${enc(login)}`;
  return {
    login,
    id,
    node_id: nodeId(t === 'Bot' ? 'Bot' : 'User', id),
    avatar_url: `${ctx.web}/avatars/u/${id}?v=4`,
    gravatar_id: '',
    url: u,
    html_url: isBot ? `${ctx.web}/apps/${enc(login.replace(/\[bot\]$/, ''))}` : `${ctx.web}/${enc(login)}`,
    followers_url: `${u}/followers`,
    following_url: `${u}/following{/other_user}`,
    gists_url: `${u}/gists{/gist_id}`,
    starred_url: `${u}/starred{/owner}{/repo}`,
    subscriptions_url: `${u}/subscriptions`,
    organizations_url: `${u}/orgs`,
    repos_url: `${u}/repos`,
    events_url: `${u}/events{/privacy}`,
    received_events_url: `${u}/received_events`,
    type: t,
    user_view_type: 'public',
    site_admin: false,
  };
}

/** `GET /user`: the public profile of the token's user. */
export function publicUser(ctx: Ctx, login: string, type?: 'User' | 'Bot') {
  return {
    ...user(ctx, login, type),
    name: null,
    company: null,
    blog: '',
    location: null,
    email: null,
    hireable: null,
    bio: null,
    public_repos: 0,
    public_gists: 0,
    followers: 0,
    following: 0,
    created_at: ctx.createdAt,
    updated_at: ctx.createdAt,
  };
}

export function ownerUser(ctx: Ctx) {
  return user(ctx, ctx.owner, 'Organization');
}

function repoUrls(ctx: Ctx) {
  const r = `${ctx.api}/repos/${enc(ctx.owner)}/${enc(ctx.repo)}`;
  return {
    url: r,
    forks_url: `${r}/forks`,
    keys_url: `${r}/keys{/key_id}`,
    collaborators_url: `${r}/collaborators{/collaborator}`,
    teams_url: `${r}/teams`,
    hooks_url: `${r}/hooks`,
    issue_events_url: `${r}/issues/events{/number}`,
    events_url: `${r}/events`,
    assignees_url: `${r}/assignees{/user}`,
    branches_url: `${r}/branches{/branch}`,
    tags_url: `${r}/tags`,
    blobs_url: `${r}/git/blobs{/sha}`,
    git_tags_url: `${r}/git/tags{/sha}`,
    git_refs_url: `${r}/git/refs{/sha}`,
    trees_url: `${r}/git/trees{/sha}`,
    statuses_url: `${r}/statuses/{sha}`,
    languages_url: `${r}/languages`,
    stargazers_url: `${r}/stargazers`,
    contributors_url: `${r}/contributors`,
    subscribers_url: `${r}/subscribers`,
    subscription_url: `${r}/subscription`,
    commits_url: `${r}/commits{/sha}`,
    git_commits_url: `${r}/git/commits{/sha}`,
    comments_url: `${r}/comments{/number}`,
    issue_comment_url: `${r}/issues/comments{/number}`,
    contents_url: `${r}/contents/{+path}`,
    compare_url: `${r}/compare/{base}...{head}`,
    merges_url: `${r}/merges`,
    archive_url: `${r}/{archive_format}{/ref}`,
    downloads_url: `${r}/downloads`,
    issues_url: `${r}/issues{/number}`,
    pulls_url: `${r}/pulls{/number}`,
    milestones_url: `${r}/milestones{/number}`,
    notifications_url: `${r}/notifications{?since,all,participating}`,
    labels_url: `${r}/labels{/name}`,
    releases_url: `${r}/releases{/id}`,
    deployments_url: `${r}/deployments`,
  };
}

/** `repository` schema (used in pull request head/base). */
export function repository(ctx: Ctx) {
  const html = `${ctx.web}/${enc(ctx.owner)}/${enc(ctx.repo)}`;
  return {
    id: ctx.repoId,
    node_id: nodeId('Repository', ctx.repoId),
    name: ctx.repo,
    full_name: `${ctx.owner}/${ctx.repo}`,
    owner: ownerUser(ctx),
    private: false,
    html_url: html,
    description: 'Repository served by the rollback-ready GitHub API emulator',
    fork: false,
    ...repoUrls(ctx),
    git_url: `${html.replace(/^https?:/, 'git:')}.git`,
    ssh_url: `git@emulator:${ctx.owner}/${ctx.repo}.git`,
    clone_url: `${html}.git`,
    svn_url: html,
    mirror_url: null,
    homepage: null,
    language: null,
    forks_count: 0,
    forks: 0,
    stargazers_count: 0,
    watchers_count: 0,
    watchers: 0,
    size: 0,
    default_branch: ctx.defaultBranch,
    open_issues_count: 0,
    open_issues: 0,
    is_template: false,
    topics: [],
    has_issues: true,
    has_projects: false,
    has_wiki: false,
    has_pages: false,
    has_downloads: true,
    has_discussions: false,
    archived: false,
    disabled: false,
    visibility: 'public',
    pushed_at: ctx.createdAt,
    created_at: ctx.createdAt,
    updated_at: ctx.createdAt,
    license: null,
    allow_forking: true,
    web_commit_signoff_required: false,
  };
}

export function fullRepository(ctx: Ctx) {
  return {
    ...repository(ctx),
    permissions: { admin: false, maintain: false, push: true, triage: true, pull: true },
    allow_rebase_merge: true,
    allow_squash_merge: true,
    allow_merge_commit: true,
    allow_auto_merge: false,
    delete_branch_on_merge: false,
    network_count: 0,
    subscribers_count: 0,
  };
}

export function appPermissions() {
  return { checks: 'write', contents: 'read', issues: 'write', metadata: 'read', pull_requests: 'write' };
}

export function integration(ctx: Ctx) {
  return {
    id: ctx.appId,
    slug: ctx.appSlug,
    node_id: nodeId('Integration', ctx.appId),
    client_id: `Iv1.${ctx.appId.toString(16).padStart(16, '0')}`,
    owner: ownerUser(ctx),
    name: ctx.appSlug,
    description: 'Emulated GitHub App',
    external_url: `${ctx.web}/apps/${enc(ctx.appSlug)}`,
    html_url: `${ctx.web}/apps/${enc(ctx.appSlug)}`,
    created_at: ctx.createdAt,
    updated_at: ctx.createdAt,
    permissions: appPermissions(),
    events: ['check_run', 'issue_comment', 'merge_group', 'pull_request'],
    installations_count: 1,
  };
}

export function installation(ctx: Ctx) {
  return {
    id: ctx.installationId,
    // name/slug/created_at/updated_at: GET /app/installations documents the account as allOf [user, enterprise]
    account: {
      ...ownerUser(ctx),
      name: ctx.owner,
      slug: ctx.owner.toLowerCase(),
      description: null,
      website_url: null,
      created_at: ctx.createdAt,
      updated_at: ctx.createdAt,
    },
    repository_selection: 'all',
    access_tokens_url: `${ctx.api}/app/installations/${ctx.installationId}/access_tokens`,
    repositories_url: `${ctx.api}/installation/repositories`,
    html_url: `${ctx.web}/organizations/${enc(ctx.owner)}/settings/installations/${ctx.installationId}`,
    app_id: ctx.appId,
    app_slug: ctx.appSlug,
    client_id: `Iv1.${ctx.appId.toString(16).padStart(16, '0')}`,
    target_id: ctx.ownerId,
    target_type: 'Organization',
    permissions: appPermissions(),
    events: ['check_run', 'issue_comment', 'merge_group', 'pull_request'],
    created_at: ctx.createdAt,
    updated_at: ctx.createdAt,
    single_file_name: null,
    has_multiple_single_files: false,
    single_file_paths: [],
    suspended_by: null,
    suspended_at: null,
  };
}

function gitPerson(name: string, email: string, date: string) {
  return { name, email, date };
}

function personUser(ctx: Ctx, name: string, email: string) {
  // like GitHub, a git identity maps to a user only when it is known: here, a noreply address
  void name;
  const m = /^(?:\d+\+)?([A-Za-z0-9-]+(?:\[bot\])?)@users\.noreply\./.exec(email);
  return m?.[1] ? user(ctx, m[1]) : null;
}

export function diffEntry(ctx: Ctx, headSha: string, f: DiffFile) {
  const r = `${ctx.web}/${enc(ctx.owner)}/${enc(ctx.repo)}`;
  const p = encPath(f.filename);
  const e: Record<string, unknown> = {
    sha: f.sha,
    filename: f.filename,
    status: f.status,
    additions: f.additions,
    deletions: f.deletions,
    changes: f.changes,
    blob_url: `${r}/blob/${headSha}/${p}`,
    raw_url: `${r}/raw/${headSha}/${p}`,
    contents_url: `${ctx.api}/repos/${enc(ctx.owner)}/${enc(ctx.repo)}/contents/${p}?ref=${headSha}`,
  };
  if (f.patch !== undefined) e.patch = f.patch;
  if (f.previous_filename !== undefined) e.previous_filename = f.previous_filename;
  return e;
}

export function commitObject(ctx: Ctx, c: CommitInfo, files?: DiffFile[]) {
  const r = `${ctx.api}/repos/${enc(ctx.owner)}/${enc(ctx.repo)}`;
  const html = `${ctx.web}/${enc(ctx.owner)}/${enc(ctx.repo)}`;
  const out: Record<string, unknown> = {
    sha: c.sha,
    node_id: nodeId('Commit', c.sha),
    url: `${r}/commits/${c.sha}`,
    html_url: `${html}/commit/${c.sha}`,
    comments_url: `${r}/commits/${c.sha}/comments`,
    commit: {
      url: `${r}/git/commits/${c.sha}`,
      author: gitPerson(c.authorName, c.authorEmail, c.authorDate),
      committer: gitPerson(c.committerName, c.committerEmail, c.committerDate),
      message: c.message,
      comment_count: 0,
      tree: { sha: c.tree, url: `${r}/git/trees/${c.tree}` },
      verification: { verified: false, reason: 'unsigned', payload: null, signature: null, verified_at: null },
    },
    author: personUser(ctx, c.authorName, c.authorEmail),
    committer: personUser(ctx, c.committerName, c.committerEmail),
    parents: c.parents.map((p) => ({ sha: p, url: `${r}/commits/${p}`, html_url: `${html}/commit/${p}` })),
  };
  if (files) {
    const additions = files.reduce((a, f) => a + f.additions, 0);
    const deletions = files.reduce((a, f) => a + f.deletions, 0);
    out.stats = { additions, deletions, total: additions + deletions };
    out.files = files.map((f) => diffEntry(ctx, c.sha, f));
  }
  return out;
}

export function label(ctx: Ctx, name: string) {
  const id = userId(`label:${name}`);
  return {
    id,
    node_id: nodeId('Label', id),
    url: `${ctx.api}/repos/${enc(ctx.owner)}/${enc(ctx.repo)}/labels/${enc(name)}`,
    name,
    description: null,
    color: (id % 0xffffff).toString(16).padStart(6, '0'),
    default: false,
  };
}

export function basicError(message: string, status: number) {
  return { message, documentation_url: 'https://docs.github.com/rest', status: String(status) };
}

export function validationError(message: string, errors: { resource: string; field: string; code: string; message?: string }[] = []) {
  return { message, errors, documentation_url: 'https://docs.github.com/rest', status: '422' };
}
