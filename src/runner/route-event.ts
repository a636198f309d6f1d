// What an event means, decided once for both faces: the App calls this for every webhook delivery,
// the Action for the workflow's event. Evaluate a pull request (or a merge group), answer a slash
// command, record a tick in the sticky comment, or leave it alone (and say why).
import { parseCommand, type Command } from '../core/commands';
import { COMMENT_MARKER } from '../core/render/markdown';
import { CHECK_NAME } from './check-run';
import type { CommandComment } from './commands';
import type { Target } from './run';

export type Route =
  /** `coalesce`: a plain re-evaluation, which may join one already waiting for the same pull request. */
  | { kind: 'evaluate'; targets: Target[]; coalesce: boolean }
  | { kind: 'command'; command: Command; comment: CommandComment }
  | { kind: 'tick-edit'; target: Extract<Target, { kind: 'pull_request' }> }
  | { kind: 'ignore'; reason: string };

/** Pull request actions that can change the verdict (the Actions trigger sends others only when listed). */
export const PULL_REQUEST_ACTIONS = ['opened', 'edited', 'synchronize', 'reopened', 'ready_for_review'] as const;

interface Login {
  login: string;
  type?: string;
}

export interface EventPayload {
  action?: string;
  pull_request?: { number: number; state?: string };
  merge_group?: { head_sha: string; base_sha: string; base_ref: string; head_ref: string };
  check_run?: { name: string; pull_requests?: { number: number }[] };
  check_suite?: { pull_requests?: { number: number }[] };
  issue?: { number: number; pull_request?: unknown; state?: string };
  comment?: { id: number; body?: string | null; user?: Login | null; updated_at?: string };
  changes?: { body?: { from?: string } };
  sender?: Login;
}

/**
 * Route one event. `botLogin` resolves the login the bot comments as (`<slug>[bot]` for the App,
 * `github-actions[bot]` or a token's user for the Action); it is asked only for comment events.
 */
export async function routeEvent(name: string, payload: EventPayload, botLogin: () => Promise<string>): Promise<Route> {
  const action = payload.action;
  switch (name) {
    case 'pull_request':
    case 'pull_request_target': {
      const pr = payload.pull_request;
      if (!pr) return { kind: 'ignore', reason: `${name} without a pull request` };
      if (action && !(PULL_REQUEST_ACTIONS as readonly string[]).includes(action))
        return { kind: 'ignore', reason: `${name}.${action} does not change the verdict` };
      return { kind: 'evaluate', targets: [{ kind: 'pull_request', number: pr.number }], coalesce: true };
    }
    case 'merge_group': {
      const g = payload.merge_group;
      if (!g || (action && action !== 'checks_requested')) return { kind: 'ignore', reason: `merge_group.${action ?? '?'} asks for no check` };
      return {
        kind: 'evaluate',
        targets: [{ kind: 'merge_group', headSha: g.head_sha, baseSha: g.base_sha, baseRef: g.base_ref, headRef: g.head_ref }],
        coalesce: true,
      };
    }
    case 'check_run': {
      const run = payload.check_run;
      if (action !== 'rerequested' || !run) return { kind: 'ignore', reason: `check_run.${action ?? '?'} asks for nothing` };
      if (run.name !== CHECK_NAME) return { kind: 'ignore', reason: `a re-run of another check (${run.name})` };
      return pullRequests(run.pull_requests, 'the re-run check names no pull request');
    }
    case 'check_suite': {
      if (action !== 'requested' && action !== 'rerequested') return { kind: 'ignore', reason: `check_suite.${action ?? '?'} asks for nothing` };
      return pullRequests(payload.check_suite?.pull_requests, 'the check suite names no pull request');
    }
    case 'issue_comment':
      return routeComment(payload, botLogin);
    default:
      return { kind: 'ignore', reason: `event "${name}" has no pull request to check` };
  }
}

function pullRequests(list: { number: number }[] | undefined, none: string): Route {
  if (!list?.length) return { kind: 'ignore', reason: none };
  return { kind: 'evaluate', targets: list.map((pr) => ({ kind: 'pull_request', number: pr.number })), coalesce: true };
}

async function routeComment(payload: EventPayload, botLogin: () => Promise<string>): Promise<Route> {
  const { issue, comment, sender, action } = payload;
  if (!issue?.pull_request || !comment || !sender) return { kind: 'ignore', reason: 'a comment on an issue, not a pull request' };
  // The bot's own edits of its comment (and its replies) come back as deliveries too.
  if (sender.type === 'Bot') return { kind: 'ignore', reason: 'comment by a bot' };
  const body = comment.body ?? '';
  if (action === 'edited' && body.includes(COMMENT_MARKER)) {
    const me = await botLogin();
    if (sender.login === me) return { kind: 'ignore', reason: 'comment by the bot' };
    if (comment.user?.login !== me) return { kind: 'ignore', reason: 'a copy of the marker in a comment the bot did not write' };
    const before = payload.changes?.body?.from;
    if (before === undefined) return { kind: 'ignore', reason: 'comment edit without the previous body' };
    return {
      kind: 'tick-edit',
      target: {
        kind: 'pull_request',
        number: issue.number,
        tickEdit: { by: sender.login, before, after: body, ...(comment.updated_at ? { at: comment.updated_at } : {}) },
      },
    };
  }
  const command = action === 'created' ? parseCommand(body) : undefined;
  if (!command) return { kind: 'ignore', reason: 'comment is neither a checklist edit nor a /rollback command' };
  // A personal access token comments as a user: its own replies must not be taken for commands.
  if (sender.login.endsWith('[bot]') || sender.login === (await botLogin())) return { kind: 'ignore', reason: 'comment by the bot' };
  return { kind: 'command', command, comment: { number: issue.number, commentId: comment.id, by: sender.login } };
}
