/** Issue comments on pull requests: list, create, read, edit, delete. */
import { type Emu, REACTIONS, tooLong } from '../context';
import { asObject, HttpError, intParam, R, type Req, type RouteDef } from '../http';
import * as O from '../objects';
import type { Comment } from '../types';

export function commentJson(e: Emu, c: Comment) {
  const rs = e.state.reactions.filter((r) => r.comment_id === c.id);
  const rollup: Record<string, unknown> = { url: `${e.repoApi()}/issues/comments/${c.id}/reactions`, total_count: rs.length };
  for (const k of REACTIONS) rollup[k] = rs.filter((r) => r.content === k).length;
  return {
    id: c.id,
    node_id: O.nodeId('IssueComment', c.id),
    url: `${e.repoApi()}/issues/comments/${c.id}`,
    html_url: `${e.repoWeb()}/pull/${c.issue_number}#issuecomment-${c.id}`,
    body: c.body,
    user: O.user(e.ctx, c.user.login, c.user.type),
    created_at: c.created_at,
    updated_at: c.updated_at,
    issue_url: `${e.repoApi()}/issues/${c.issue_number}`,
    author_association: c.user.type === 'Bot' ? 'NONE' : e.authorAssociation(c.user.login),
    performed_via_github_app: c.user.type === 'Bot' && c.user.login === e.ctx.botLogin ? O.integration(e.ctx) : null,
    reactions: rollup,
  };
}

function listComments(e: Emu, req: Req) {
  const n = intParam(req.params.issue_number, 'issue');
  e.pull(n);
  const since = req.query.get('since');
  let list = e.state.comments.filter((c) => c.issue_number === n);
  if (since) list = list.filter((c) => c.updated_at >= since);
  list.sort((a, b) => a.id - b.id);
  const { page, headers } = e.page(req, list);
  return { status: 200, body: page.map((c) => commentJson(e, c)), headers };
}

function bodyOf(req: Req): string {
  const body = asObject(req.body).body;
  if (typeof body !== 'string') throw new HttpError(422, 'Invalid request.\n\n"body" wasn\'t supplied.');
  tooLong(body, 'IssueComment');
  return body;
}

function createComment(e: Emu, req: Req) {
  const n = intParam(req.params.issue_number, 'issue');
  e.pull(n);
  const c = e.insertComment(n, bodyOf(req), req.actor);
  return { status: 201, body: commentJson(e, c), headers: { location: `${e.repoApi()}/issues/comments/${c.id}` } };
}

function editComment(e: Emu, req: Req) {
  const c = e.comment(intParam(req.params.comment_id, 'comment'));
  c.body = bodyOf(req);
  c.updated_at = O.now();
  return { status: 200, body: commentJson(e, c) };
}

export function commentRoutes(e: Emu): RouteDef[] {
  return [
    ['GET', `${R}/issues/{issue_number}/comments`, (req) => listComments(e, req)],
    ['POST', `${R}/issues/{issue_number}/comments`, (req) => createComment(e, req)],
    ['GET', `${R}/issues/comments/{comment_id}`, (req) => ({ status: 200, body: commentJson(e, e.comment(intParam(req.params.comment_id, 'comment'))) })],
    ['PATCH', `${R}/issues/comments/{comment_id}`, (req) => editComment(e, req)],
    [
      'DELETE',
      `${R}/issues/comments/{comment_id}`,
      (req) => {
        const c = e.comment(intParam(req.params.comment_id, 'comment'));
        e.state.comments.splice(e.state.comments.indexOf(c), 1);
        return { status: 204 };
      },
    ],
  ];
}
