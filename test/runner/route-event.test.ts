// One routing function for the App and the Action: real webhook payloads in, what they mean out.
import { describe, expect, it } from 'vitest';
import { routeEvent } from '../../src/runner/route-event';
import { examplePayload } from './fixture';

const bot = async () => 'rollback-ready[bot]';
const MARKER = '<!-- rollback-ready:comment -->';

function comment(action: 'created' | 'edited', body: string, sender: { login: string; type?: string }, author = sender.login) {
  const payload = examplePayload('issue_comment', action);
  payload.issue = { ...payload.issue, number: 7, pull_request: { url: 'https://api.github.com/repos/a/b/pulls/7' } };
  payload.comment = {
    ...payload.comment,
    id: 99,
    body,
    updated_at: '2026-01-02T03:04:05Z',
    user: { ...payload.comment.user, login: author, type: author.endsWith('[bot]') ? 'Bot' : 'User' },
  };
  payload.sender = { ...payload.sender, login: sender.login, type: sender.type ?? 'User' };
  if (action === 'edited') payload.changes = { body: { from: body.replace('[x]', '[ ]') } };
  return payload;
}

describe('routeEvent', () => {
  it('evaluates the pull request actions that can change the verdict, for the App and the Action alike', async () => {
    for (const action of ['opened', 'edited', 'synchronize', 'reopened', 'ready_for_review']) {
      const payload = examplePayload('pull_request', 'opened');
      payload.action = action;
      for (const name of ['pull_request', 'pull_request_target']) {
        expect(await routeEvent(name, payload, bot)).toEqual({
          kind: 'evaluate',
          targets: [{ kind: 'pull_request', number: payload.pull_request.number }],
          coalesce: true,
        });
      }
    }
    const closed = examplePayload('pull_request', 'closed');
    expect(await routeEvent('pull_request', closed, bot)).toMatchObject({ kind: 'ignore', reason: expect.stringContaining('closed') });
  });

  it('evaluates a merge group, a re-run of its own check and a requested check suite', async () => {
    const group = examplePayload('merge_group', 'checks_requested');
    expect(await routeEvent('merge_group', group, bot)).toMatchObject({
      kind: 'evaluate',
      targets: [{ kind: 'merge_group', headSha: group.merge_group.head_sha }],
    });
    const rerun = examplePayload('check_run', 'rerequested');
    rerun.check_run = { ...rerun.check_run, name: 'Rollback readiness', pull_requests: [{ number: 3 }, { number: 4 }] };
    expect(await routeEvent('check_run', rerun, bot)).toMatchObject({ kind: 'evaluate', targets: [{ number: 3 }, { number: 4 }] });
    rerun.check_run.name = 'lint';
    expect(await routeEvent('check_run', rerun, bot)).toMatchObject({ kind: 'ignore' });
    const suite = examplePayload('check_suite', 'requested');
    suite.check_suite = { ...suite.check_suite, pull_requests: [{ number: 5 }] };
    expect(await routeEvent('check_suite', suite, bot)).toMatchObject({ kind: 'evaluate', targets: [{ number: 5 }] });
    expect(await routeEvent('push', examplePayload('push'), bot)).toMatchObject({ kind: 'ignore' });
  });

  it('a command in a new comment, by a person; never one by a bot or by the token the bot writes with', async () => {
    expect(await routeEvent('issue_comment', comment('created', '/rollback risk high touches billing', { login: 'lou' }), bot)).toEqual({
      kind: 'command',
      command: { kind: 'risk', level: 'high', reason: 'touches billing' },
      comment: { number: 7, commentId: 99, by: 'lou' },
    });
    expect(await routeEvent('issue_comment', comment('created', '/rollback check', { login: 'other[bot]', type: 'Bot' }), bot)).toMatchObject({
      kind: 'ignore',
    });
    // A personal access token comments as its user.
    expect(await routeEvent('issue_comment', comment('created', '/rollback help', { login: 'release-bot' }), async () => 'release-bot')).toMatchObject({
      kind: 'ignore',
    });
    expect(await routeEvent('issue_comment', comment('created', 'LGTM', { login: 'lou' }), bot)).toMatchObject({ kind: 'ignore' });
  });

  it('a tick edit of the bot’s own comment, with GitHub’s edit time; not a copy of the marker elsewhere, not the bot’s own edit', async () => {
    const body = `${MARKER}\n- [x] Backup <!-- rollback-ready:item:backup -->`;
    expect(await routeEvent('issue_comment', comment('edited', body, { login: 'mia' }, 'rollback-ready[bot]'), bot)).toEqual({
      kind: 'tick-edit',
      target: { kind: 'pull_request', number: 7, tickEdit: { by: 'mia', before: body.replace('[x]', '[ ]'), after: body, at: '2026-01-02T03:04:05Z' } },
    });
    expect(await routeEvent('issue_comment', comment('edited', body, { login: 'mia' }, 'mallory'), bot)).toMatchObject({ kind: 'ignore' });
    // With a personal access token the bot is a user: its own re-render comes back as an edit by it.
    const pat = async () => 'release-bot';
    expect(await routeEvent('issue_comment', comment('edited', body, { login: 'release-bot' }, 'release-bot'), pat)).toMatchObject({
      kind: 'ignore',
      reason: 'comment by the bot',
    });
    expect(await routeEvent('issue_comment', comment('edited', body, { login: 'mia' }, 'release-bot'), pat)).toMatchObject({ kind: 'tick-edit' });
  });
});
