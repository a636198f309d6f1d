/** Reactions on issue comments and on pull requests (issues). */
import { type Emu, REACTIONS } from '../context';
import { asObject, HttpError, intParam, R, type Req, type Res, type RouteDef } from '../http';
import * as O from '../objects';
import type { Reaction } from '../types';

function reactionJson(e: Emu, r: Reaction) {
  return { id: r.id, node_id: O.nodeId('Reaction', r.id), user: O.user(e.ctx, r.user.login, r.user.type), content: r.content, created_at: r.created_at };
}

function contentOf(req: Req): Reaction['content'] {
  const content = asObject(req.body).content;
  if (typeof content !== 'string' || !(REACTIONS as readonly string[]).includes(content)) {
    throw new HttpError(422, "Invalid request.\n\nFor 'properties/content', is not one of the allowed values.");
  }
  return content as Reaction['content'];
}

function list(e: Emu, req: Req, on: (r: Reaction) => boolean): Res {
  let found = e.state.reactions.filter(on);
  const content = req.query.get('content');
  if (content) found = found.filter((r) => r.content === content);
  const { page, headers } = e.page(req, found);
  return { status: 200, body: page.map((r) => reactionJson(e, r)), headers };
}

/** GitHub answers 200 with the existing reaction when this user already reacted so. */
function react(e: Emu, req: Req, on: (r: Reaction) => boolean, target: Pick<Reaction, 'comment_id'> & Partial<Pick<Reaction, 'issue_number'>>): Res {
  const content = contentOf(req);
  const existing = e.state.reactions.find((r) => on(r) && r.content === content && r.user.login === req.actor.login);
  if (existing) return { status: 200, body: reactionJson(e, existing) };
  const r: Reaction = { id: ++e.ids.reaction, ...target, content, user: req.actor, created_at: O.now() };
  e.state.reactions.push(r);
  return { status: 201, body: reactionJson(e, r) };
}

function remove(e: Emu, on: (r: Reaction) => boolean, id: number): Res {
  const i = e.state.reactions.findIndex((r) => r.id === id && on(r));
  if (i < 0) throw new HttpError(404, 'Not Found');
  e.state.reactions.splice(i, 1);
  return { status: 204 };
}

const onComment = (id: number) => (r: Reaction) => r.comment_id === id;
const onIssue = (n: number) => (r: Reaction) => r.issue_number === n;

export function reactionRoutes(e: Emu): RouteDef[] {
  const comment = (req: Req) => e.comment(intParam(req.params.comment_id, 'comment')).id;
  const issue = (req: Req) => e.pull(intParam(req.params.issue_number, 'issue')).number;
  return [
    ['GET', `${R}/issues/comments/{comment_id}/reactions`, (req) => list(e, req, onComment(comment(req)))],
    [
      'POST',
      `${R}/issues/comments/{comment_id}/reactions`,
      (req) => {
        const id = comment(req);
        return react(e, req, onComment(id), { comment_id: id });
      },
    ],
    [
      'DELETE',
      `${R}/issues/comments/{comment_id}/reactions/{reaction_id}`,
      (req) => remove(e, onComment(comment(req)), intParam(req.params.reaction_id, 'reaction')),
    ],
    ['GET', `${R}/issues/{issue_number}/reactions`, (req) => list(e, req, onIssue(issue(req)))],
    [
      'POST',
      `${R}/issues/{issue_number}/reactions`,
      (req) => {
        const n = issue(req);
        return react(e, req, onIssue(n), { comment_id: 0, issue_number: n });
      },
    ],
    [
      'DELETE',
      `${R}/issues/{issue_number}/reactions/{reaction_id}`,
      (req) => {
        const n = issue(req);
        return remove(e, onIssue(n), intParam(req.params.reaction_id, 'reaction'));
      },
    ],
  ];
}
