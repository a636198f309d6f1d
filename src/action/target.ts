// Which pull request (or merge group) a workflow event asks about, or which slash command it carries.
import { parseCommand, type Command } from '../core/commands';
import { COMMENT_MARKER } from '../core/render/markdown';
import type { CommandComment } from '../runner/commands';
import type { Target } from '../runner/run';

/** The login comments made with a workflow's GITHUB_TOKEN carry. */
export const ACTIONS_BOT = 'github-actions[bot]';

interface EventPayload {
  pull_request?: { number: number };
  merge_group?: { head_sha: string; base_sha: string; base_ref: string; head_ref: string };
  issue?: { number: number; pull_request?: unknown };
  comment?: { id: number; body?: string; user?: { login: string } | null };
  changes?: { body?: { from?: string } };
  sender?: { login: string; type?: string };
  action?: string;
}

export type EventTarget = { target: Target } | { command: Command; comment: CommandComment } | { skip: string };

export function targetFromEvent(eventName: string, payload: EventPayload, botLogin = ACTIONS_BOT): EventTarget {
  if ((eventName === 'pull_request' || eventName === 'pull_request_target') && payload.pull_request) {
    return { target: { kind: 'pull_request', number: payload.pull_request.number } };
  }
  if (eventName === 'merge_group' && payload.merge_group) {
    const g = payload.merge_group;
    return { target: { kind: 'merge_group', headSha: g.head_sha, baseSha: g.base_sha, baseRef: g.base_ref, headRef: g.head_ref } };
  }
  if (eventName === 'issue_comment' && payload.issue?.pull_request && payload.comment && payload.sender) {
    if (payload.sender.type === 'Bot' || payload.sender.login === botLogin) return { skip: 'comment by a bot' };
    const body = payload.comment.body ?? '';
    if (payload.action === 'edited' && body.includes(COMMENT_MARKER) && payload.comment.user?.login === botLogin) {
      const before = payload.changes?.body?.from;
      if (before === undefined) return { skip: 'comment edit without the previous body' };
      return { target: { kind: 'pull_request', number: payload.issue.number, tickEdit: { by: payload.sender.login, before, after: body } } };
    }
    const command = payload.action === 'created' ? parseCommand(body) : undefined;
    if (command) return { command, comment: { number: payload.issue.number, commentId: payload.comment.id, by: payload.sender.login } };
    return { skip: 'comment is neither a checklist edit nor a /rollback command' };
  }
  return { skip: `event "${eventName}" has no pull request to check` };
}
