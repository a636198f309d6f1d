// What the emulator adds for the convergence tests, checked against GitHub's OpenAPI description:
// writes that land but whose answer is lost, faults scoped to one client's token, reactions on a
// pull request (201, then 200 with the existing one), editing a description, a token's user.
import { Octokit } from '@octokit/core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../support/emulator/index';
import { client, TestOctokit } from './client';
import { makeFixtureRepo, type FixtureRepo } from './fixture';

let fx: FixtureRepo;
let emu: Emulator;
const o = { owner: 'acme', repo: 'widgets' };

beforeAll(async () => {
  fx = makeFixtureRepo();
  emu = await startEmulator({ repoDir: fx.dir, owner: 'acme', repo: 'widgets', tokens: { ghp_mine: 'release-bot' } });
  emu.createPullRequest({ head: 'pr', base: 'main', body: 'Line one.\r\nLine two.' });
});

afterAll(async () => {
  await emu?.close();
  fx?.cleanup();
});

afterEach(() => {
  emu.injectFaults(null);
  expect(emu.validationErrors.splice(0)).toEqual([]);
});

describe('emulator additions', () => {
  it('a lost answer: the write is carried out, the client sees a 502', async () => {
    const gh = client(emu.url);
    emu.injectFaults({ rate: 1, kinds: ['lost-answer'] });
    emu.resetRequests();
    await expect(gh.rest.issues.createComment({ ...o, issue_number: 1, body: 'landed' })).rejects.toMatchObject({ status: 502 });
    expect(emu.state.comments.filter((c) => c.body === 'landed')).toHaveLength(1);
    expect(emu.requests).toMatchObject([{ method: 'POST', status: 502, fault: true, landed: true }]);
    // A read so chosen is a plain 502 (nothing to carry out).
    await expect(gh.rest.pulls.get({ ...o, pull_number: 1 })).rejects.toMatchObject({ status: 502 });
  });

  it('faults scoped to one token leave the other clients alone', async () => {
    const faulty = new Octokit({ baseUrl: emu.url, auth: 'ghs_faulty' });
    const fine = new Octokit({ baseUrl: emu.url, auth: 'ghs_fine' });
    emu.injectFaults([{ rate: 1, kinds: ['500'], token: 'ghs_faulty' }]);
    await expect(faulty.request('GET /repos/{owner}/{repo}', o)).rejects.toMatchObject({ status: 500 });
    expect((await fine.request('GET /repos/{owner}/{repo}', o)).status).toBe(200);
  });

  it('reactions on a pull request: 201 once, then 200 with the same one; deleted by id', async () => {
    const gh = client(emu.url);
    const first = await gh.rest.reactions.createForIssue({ ...o, issue_number: 1, content: 'eyes' });
    const again = await gh.rest.reactions.createForIssue({ ...o, issue_number: 1, content: 'eyes' });
    expect([first.status, again.status]).toEqual([201, 200]);
    expect(again.data.id).toBe(first.data.id);
    expect((await gh.rest.reactions.listForIssue({ ...o, issue_number: 1, content: 'eyes' })).data.map((r) => r.id)).toEqual([first.data.id]);
    // Another user's reaction of the same content is their own.
    expect((await client(emu.url, 'mia').rest.reactions.createForIssue({ ...o, issue_number: 1, content: 'eyes' })).status).toBe(201);
    await gh.rest.reactions.deleteForIssue({ ...o, issue_number: 1, reaction_id: first.data.id });
    await expect(gh.rest.reactions.deleteForIssue({ ...o, issue_number: 1, reaction_id: first.data.id })).rejects.toMatchObject({ status: 404 });
    expect(emu.state.reactions.filter((r) => r.issue_number === 1).map((r) => r.user.login)).toEqual(['mia']);
  });

  it('edits a description, byte for byte', async () => {
    const body = 'Line one.\r\nLine two.\r\n\r\n<!-- rollback-ready:template -->\r\n## Rollback plan\r\n';
    const res = await client(emu.url).rest.pulls.update({ ...o, pull_number: 1, body });
    expect(res.data.body).toBe(body);
    expect(emu.state.pulls.get(1)!.body).toBe(body);
  });

  it('a personal access token acts as its user', async () => {
    const pat = new TestOctokit({ baseUrl: emu.url, auth: 'ghp_mine' });
    expect((await pat.rest.users.getAuthenticated()).data.login).toBe('release-bot');
    const c = await pat.rest.issues.createComment({ ...o, issue_number: 1, body: 'by the token' });
    expect(c.data.user?.login).toBe('release-bot');
  });

  it('applies a person’s edit to the body as it is, with GitHub’s time', () => {
    const c = emu.addComment(1, '- [ ] a', 'rollback-ready[bot]');
    const { before, comment } = emu.editComment(c.id, (b) => b.replace('[ ]', '[x]'), '2030-01-01T00:00:00Z');
    expect([before, comment.body, comment.updated_at]).toEqual(['- [ ] a', '- [x] a', '2030-01-01T00:00:00Z']);
  });
});
