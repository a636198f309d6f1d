/** Pull requests: list, get, update, and the files they change. */
import { type Emu, tooLong } from '../context';
import { asObject, HttpError, intParam, R, type Req, type RouteDef } from '../http';
import * as O from '../objects';
import type { PullRequest } from '../types';

const MAX_LISTED_FILES = 3000;

function prLinks(e: Emu, pr: PullRequest, headSha: string) {
  const api = `${e.repoApi()}/pulls/${pr.number}`;
  const issue = `${e.repoApi()}/issues/${pr.number}`;
  const html = `${e.repoWeb()}/pull/${pr.number}`;
  const fields = {
    url: api,
    html_url: html,
    diff_url: `${html}.diff`,
    patch_url: `${html}.patch`,
    issue_url: issue,
    commits_url: `${api}/commits`,
    review_comments_url: `${api}/comments`,
    review_comment_url: `${e.repoApi()}/pulls/comments{/number}`,
    comments_url: `${issue}/comments`,
    statuses_url: `${e.repoApi()}/statuses/${headSha}`,
  };
  const links = {
    self: { href: api },
    html: { href: html },
    issue: { href: issue },
    comments: { href: `${issue}/comments` },
    review_comments: { href: `${api}/comments` },
    review_comment: { href: `${e.repoApi()}/pulls/comments{/number}` },
    commits: { href: `${api}/commits` },
    statuses: { href: `${e.repoApi()}/statuses/${headSha}` },
  };
  return { fields, links };
}

export function prSimple(e: Emu, pr: PullRequest, f: { headSha: string; baseSha: string }) {
  const { fields, links } = prLinks(e, pr, f.headSha);
  const repoObj = O.repository(e.ctx);
  return {
    url: fields.url,
    id: pr.id,
    node_id: O.nodeId('PullRequest', pr.id),
    html_url: fields.html_url,
    diff_url: fields.diff_url,
    patch_url: fields.patch_url,
    issue_url: fields.issue_url,
    commits_url: fields.commits_url,
    review_comments_url: fields.review_comments_url,
    review_comment_url: fields.review_comment_url,
    comments_url: fields.comments_url,
    statuses_url: fields.statuses_url,
    number: pr.number,
    state: pr.state,
    locked: false,
    title: pr.title,
    user: O.user(e.ctx, pr.user),
    body: pr.body,
    labels: (e.state.labels.get(pr.number) ?? []).map((l) => O.label(e.ctx, l)),
    milestone: null,
    active_lock_reason: null,
    created_at: pr.created_at,
    updated_at: pr.updated_at,
    closed_at: pr.closed_at,
    merged_at: null,
    merge_commit_sha: null,
    assignee: null,
    assignees: [],
    requested_reviewers: [],
    requested_teams: [],
    head: { label: `${e.owner}:${pr.head}`, ref: pr.head, sha: f.headSha, user: O.ownerUser(e.ctx), repo: repoObj },
    base: { label: `${e.owner}:${pr.base}`, ref: pr.base, sha: f.baseSha, user: O.ownerUser(e.ctx), repo: repoObj },
    _links: links,
    author_association: e.authorAssociation(pr.user),
    auto_merge: null,
    draft: pr.draft,
  };
}

async function prFull(e: Emu, pr: PullRequest) {
  const f = await e.prFacts(pr);
  const additions = f.files.reduce((a, x) => a + x.additions, 0);
  const deletions = f.files.reduce((a, x) => a + x.deletions, 0);
  return {
    ...prSimple(e, pr, f),
    merged: false,
    mergeable: pr.state === 'open' ? true : null,
    rebaseable: pr.state === 'open' ? true : null,
    mergeable_state: pr.state === 'open' ? 'clean' : 'unknown',
    merged_by: null,
    comments: e.state.comments.filter((c) => c.issue_number === pr.number).length,
    review_comments: 0,
    maintainer_can_modify: false,
    commits: f.commits,
    additions,
    deletions,
    changed_files: pr.changed_files_override ?? f.files.length,
  };
}

async function listPulls(e: Emu, req: Req) {
  const wantState = req.query.get('state') ?? 'open';
  const head = req.query.get('head');
  const base = req.query.get('base');
  let prs = [...e.state.pulls.values()].filter((p) => wantState === 'all' || p.state === wantState);
  if (head) {
    const branch = head.includes(':') ? head.slice(head.indexOf(':') + 1) : head;
    const headOwner = head.includes(':') ? head.slice(0, head.indexOf(':')) : e.owner;
    prs = headOwner.toLowerCase() === e.owner.toLowerCase() ? prs.filter((p) => p.head === branch) : [];
  }
  if (base) prs = prs.filter((p) => p.base === base);
  prs.sort((a, b) => (req.query.get('direction') === 'asc' ? a.number - b.number : b.number - a.number));
  const { page, headers } = e.page(req, prs);
  const out = [];
  const refs = await e.git.refs();
  for (const pr of page) {
    const headSha = (await e.git.resolveCommit(pr.head, refs)) ?? '';
    const baseSha = (await e.git.resolveCommit(pr.base, refs)) ?? '';
    out.push(prSimple(e, pr, { headSha, baseSha }));
  }
  return { status: 200, body: out, headers };
}

async function updatePull(e: Emu, req: Req) {
  const pr = e.pull(intParam(req.params.pull_number, 'pull'));
  const body = asObject(req.body);
  if (body.body !== undefined && typeof body.body !== 'string') throw new HttpError(422, 'Invalid request.\n\n"body" must be a string.');
  if (typeof body.body === 'string') tooLong(body.body, 'PullRequest');
  if (body.title !== undefined && (typeof body.title !== 'string' || body.title === ''))
    throw new HttpError(422, 'Invalid request.\n\n"title" must be a non-empty string.');
  if (body.state !== undefined && body.state !== 'open' && body.state !== 'closed')
    throw new HttpError(422, 'Invalid request.\n\n"state" must be open or closed.');
  if (typeof body.body === 'string') pr.body = body.body;
  if (typeof body.title === 'string') pr.title = body.title;
  if (body.state === 'open' || body.state === 'closed') {
    pr.state = body.state;
    pr.closed_at = body.state === 'closed' ? O.now() : null;
  }
  pr.updated_at = O.now();
  return { status: 200, body: await prFull(e, pr) };
}

async function listPullFiles(e: Emu, req: Req) {
  const pr = e.pull(intParam(req.params.pull_number, 'pull'));
  const f = await e.prFacts(pr);
  const { page, headers } = e.page(req, f.files, { cap: MAX_LISTED_FILES });
  return { status: 200, body: page.map((x) => O.diffEntry(e.ctx, f.headSha, x)), headers };
}

export function pullRoutes(e: Emu): RouteDef[] {
  return [
    ['GET', `${R}/pulls`, (req) => listPulls(e, req)],
    ['GET', `${R}/pulls/{pull_number}`, async (req) => ({ status: 200, body: await prFull(e, e.pull(intParam(req.params.pull_number, 'pull'))) })],
    ['PATCH', `${R}/pulls/{pull_number}`, (req) => updatePull(e, req)],
    ['GET', `${R}/pulls/{pull_number}/files`, (req) => listPullFiles(e, req)],
  ];
}
