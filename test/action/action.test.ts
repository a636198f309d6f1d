// The built Action run the way a runner runs it: action.yml's `dist/action/index.js` under Node 24, from a copy
// of the shipped files alone (no node_modules), with the environment the runner sets.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runShippedAction, shipAction } from '../helpers/action-runner';
import { startEmulator, type Emulator } from '../support/emulator/index';
import { tool } from '../helpers/built';
import {
  adjustRepository,
  CHECK,
  DOCS_PR,
  DROP_COLUMN_PR,
  examplePayload,
  makeServiceRepo,
  MARKER,
  pullRequestPayload,
  type ServiceRepo,
} from '../runner/fixture';

const NODE24 = tool('node24');
let repo: ServiceRepo;
let emu: Emulator;
let shipped: string;
let unship: (() => void) | undefined;

beforeAll(async () => {
  repo = makeServiceRepo();
  repo.branch('drop-email', 'main', DROP_COLUMN_PR);
  repo.branch('docs', 'main', DOCS_PR);
  emu = await startEmulator({ repoDir: repo.dir, botLogin: 'github-actions[bot]' });
  // What the Action runs: action.yml and its own folder (dist/action/), nothing else.
  ({ dir: shipped, cleanup: unship } = shipAction());
});

afterAll(async () => {
  await emu?.close();
  repo?.cleanup();
  unship?.();
});

/** The shipped Action run once, as a runner runs it (test/helpers/action-runner.ts). */
const runAction = (event: string, payload: unknown, inputs: Record<string, string> = {}) =>
  runShippedAction(shipped, emu, event, payload, inputs, { WRITE_SPACING_MS: '0' });

const payloadFor = (n: number, event = 'pull_request') => {
  const pr = emu.state.pulls.get(n)!;
  const payload = pullRequestPayload(
    'synchronize',
    { number: n, head: pr.head, base: pr.base, headSha: repo.sha(pr.head), baseSha: repo.sha(pr.base) },
    { owner: emu.owner, repo: emu.repo },
  );
  return event === 'pull_request_target' ? { ...payload } : payload;
};

describe('the Action (dist/action/index.js under Node 24, no node_modules)', () => {
  it('ships no node_modules and runs under Node 24', () => {
    expect(existsSync(join(shipped, 'node_modules'))).toBe(false);
    expect(spawnSync(NODE24, ['--version'], { encoding: 'utf8' }).stdout).toMatch(/^v24\./);
  });

  it('publishes a failing check run and the sticky comment, sets outputs, writes the summary and fails the step', async () => {
    const pr = emu.createPullRequest({ head: 'drop-email', base: 'main', body: 'Drop the email column.' });
    const run = await runAction('pull_request', payloadFor(pr.number));
    expect(run.status, run.stdout + run.stderr).toBe(1);
    expect(run.outputs.verdict).toBe('fail');
    expect(['low', 'medium', 'high']).toContain(run.outputs.risk);
    expect(run.outputs.report).toBeTruthy();
    const report = run.report!;
    expect(report).toMatchObject({ schemaVersion: 1, verdict: 'fail' });
    expect(report.findings.some((f: { rule: string }) => f.rule === 'drop-column')).toBe(true);
    expect(run.summary).toContain('Rollback readiness: fail');
    expect(run.stdout).toContain('::error::');

    const checks = emu.state.checkRuns.filter((r) => r.head_sha === repo.sha('drop-email') && r.name === CHECK);
    expect(checks).toHaveLength(1);
    expect(checks[0]!.conclusion).toBe('failure');
    expect(checks[0]!.annotations.some((a) => a.title === 'drop-column')).toBe(true);
    const comments = emu.state.comments.filter((c) => c.issue_number === pr.number && c.body.includes(MARKER));
    expect(comments).toHaveLength(1);
    expect(comments[0]!.user.login).toBe('github-actions[bot]');

    // Run again (a re-run of the workflow): same check run, same comment.
    const again = await runAction('pull_request_target', payloadFor(pr.number, 'pull_request_target'));
    expect(again.outputs.verdict).toBe('fail');
    expect(emu.state.checkRuns.filter((r) => r.head_sha === repo.sha('drop-email') && r.name === CHECK)).toHaveLength(1);
    expect(emu.state.comments.filter((c) => c.issue_number === pr.number && c.body.includes(MARKER))).toHaveLength(1);
    expect(emu.validationErrors).toEqual([]);
  });

  it('passes a docs-only PR with a success check run and no comment', async () => {
    const pr = emu.createPullRequest({ head: 'docs', base: 'main' });
    const run = await runAction('pull_request', payloadFor(pr.number));
    expect(run.status, run.stderr).toBe(0);
    expect(run.outputs.verdict).toBe('not-applicable');
    expect(run.outputs.risk).toBe('none');
    expect(emu.state.checkRuns.find((r) => r.head_sha === repo.sha('docs') && r.name === CHECK)?.conclusion).toBe('success');
    expect(emu.state.comments.filter((c) => c.issue_number === pr.number)).toHaveLength(0);
  });

  it('answers every slash command the App answers: help, a refused ack, an ack, an override, with reactions', async () => {
    const pr = emu.createPullRequest({ head: 'drop-email', base: 'main', body: 'Drops the email column.' });
    expect((await runAction('pull_request', payloadFor(pr.number))).outputs.verdict).toBe('fail');
    const sticky = () => emu.state.comments.filter((c) => c.issue_number === pr.number && c.body.includes(MARKER));
    const replies = () => emu.state.comments.filter((c) => c.issue_number === pr.number && c.user.login === 'github-actions[bot]' && !c.body.includes(MARKER));
    // A real issue_comment payload, pointed at this pull request and a comment the emulator holds.
    const command = (body: string, login: string) => {
      const human = emu.addComment(pr.number, body, login);
      const payload = adjustRepository(examplePayload('issue_comment', 'created'), { owner: emu.owner, repo: emu.repo });
      payload.issue = { ...payload.issue, number: pr.number, pull_request: { url: `${emu.url}/repos/${emu.owner}/${emu.repo}/pulls/${pr.number}` } };
      payload.comment = { ...payload.comment, id: human.id, body, user: { ...payload.comment.user, login, type: 'User' } };
      payload.sender = { ...payload.sender, login, type: 'User' };
      return { human, run: runAction('issue_comment', payload) };
    };
    const reactions = (id: number) => emu.state.reactions.filter((r) => r.comment_id === id).map((r) => r.content);

    const help = command('/rollback help', 'drive-by');
    expect((await help.run).status).toBe(0);
    expect(replies().at(-1)?.body).toContain('/rollback override <reason>');
    expect(reactions(help.human.id)).toEqual(['eyes']);

    emu.setPermission('drive-by', 'write');
    const refused = command('/rollback ack drop-column nobody reads it', 'drive-by');
    const refusal = await refused.run;
    expect(refusal.outputs.verdict).toBe('fail');
    // A run that only replies passes its step: the verdict lives on the check run.
    expect(refusal.status, refusal.stdout).toBe(0);
    expect(refusal.stdout).not.toContain('::error::');
    expect(replies().at(-1)?.body).toContain('needs the maintain permission');
    expect(sticky()[0]!.body).not.toContain('acknowledged by');

    const template = await command('/rollback template', 'drive-by').run;
    expect(template.status, template.stdout).toBe(0);
    expect(replies().at(-1)?.body).toContain('## Rollback plan');
    // `/rollback check` judges the pull request again: a failing verdict fails the step.
    const recheck = await command('/rollback check', 'drive-by').run;
    expect(recheck.status).toBe(1);
    expect(recheck.stdout).toContain('::error::Rollback readiness failed');

    emu.setPermission('lead-lou', 'write', 'maintain');
    const ack = command('/rollback ack drop-column the column was never read since v3', 'lead-lou');
    await ack.run;
    expect(sticky()[0]!.body).toContain('acknowledged by @lead-lou');
    expect(reactions(ack.human.id)).toEqual(['eyes', '+1']);

    const override = command('/rollback override hotfix, restore rehearsed by hand', 'lead-lou');
    const overridden = await override.run;
    expect(overridden.status, overridden.stdout).toBe(0);
    expect(overridden.outputs.verdict).toBe('pass');
    const runs = emu.state.checkRuns.filter((r) => r.head_sha === repo.sha('drop-email') && r.name === CHECK);
    expect(runs).toHaveLength(1);
    expect(runs[0]!.conclusion).toBe('success');
    expect(sticky()).toHaveLength(1);
    expect(sticky()[0]!.body).toContain('**Override** by @lead-lou');
    expect(emu.validationErrors).toEqual([]);
  });

  it('dry-run evaluates and prints without publishing', async () => {
    const pr = emu.createPullRequest({ head: 'drop-email', base: 'main' });
    const writes = emu.state.checkRuns.reduce((n, r) => n + r.writes, 0);
    emu.resetRequests();
    const run = await runAction('pull_request', payloadFor(pr.number), { 'dry-run': 'true' });
    expect(run.outputs.verdict).toBe('fail');
    // Nothing is published, but the step still fails on a failing verdict (docs/action.md).
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('Dry run: nothing was published');
    expect(run.stdout).toContain('drop-column');
    expect(emu.state.checkRuns.reduce((n, r) => n + r.writes, 0)).toBe(writes);
    expect(emu.requests.filter((r) => r.method !== 'GET')).toEqual([]);
    expect(emu.state.comments.filter((c) => c.issue_number === pr.number)).toHaveLength(0);
  });
});
