// The one GitHub port implementation, over a plain Octokit, against the emulator.
import { Octokit } from '@octokit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../support/emulator/index';
import { createOctokitPort, type OctokitLike } from '../../src/github/octokit';
import type { CheckAnnotation, GitHubPort } from '../../src/github/port';
import { hasPermission } from '../../src/github/port';
import { DOCS_PR, makeServiceRepo, MARKER, type ServiceRepo } from '../runner/fixture';

let repo: ServiceRepo;
let emu: Emulator;
let port: GitHubPort;

beforeAll(async () => {
  repo = makeServiceRepo();
  repo.branch('docs', 'main', DOCS_PR);
  repo.branch('main', 'main', { 'CHANGELOG.md': '1\n' });
  repo.branch('main', 'main', { 'CHANGELOG.md': '2\n' });
  repo.branch('orphan-ish', 'main~2', { 'side.txt': 'side\n' });
  emu = await startEmulator({ repoDir: repo.dir });
  port = createOctokitPort(new Octokit({ baseUrl: emu.url, auth: 't' }) as unknown as OctokitLike, {
    owner: emu.owner,
    repo: emu.repo,
    botLogin: async () => 'rollback-ready[bot]',
  });
});

afterAll(async () => {
  await emu?.close();
  repo?.cleanup();
});

const annotations = (n: number): CheckAnnotation[] =>
  Array.from({ length: n }, (_, i) => ({ path: 'a.sql', start_line: i + 1, end_line: i + 1, annotation_level: 'warning', title: 'r', message: `m${i}` }));

describe('createOctokitPort', () => {
  it('creates the run in progress, sends 120 annotations 50 per request, and a second publish on the same SHA updates the run, adding only the new one', async () => {
    const headSha = repo.sha('docs');
    const run = { name: 'Rollback readiness', headSha, conclusion: 'failure' as const, title: 't', summary: 's', annotations: annotations(120) };
    emu.resetRequests();
    const first = await port.createOrUpdateCheckRun(run);
    expect(first.created).toBe(true);
    // Created in progress first, then completed with the annotations 50 at a time.
    const writes = emu.requests.filter((r) => r.method !== 'GET').map((r) => r.method);
    expect(writes).toEqual(['POST', 'PATCH', 'PATCH', 'PATCH']);
    const second = await port.createOrUpdateCheckRun({ ...run, conclusion: 'success', annotations: annotations(121) });
    expect(second).toEqual({ id: first.id, created: false });
    const stored = emu.state.checkRuns.filter((r) => r.head_sha === headSha);
    expect(stored).toHaveLength(1);
    expect(stored[0]!.annotations).toHaveLength(121);
    expect(stored[0]!.conclusion).toBe('success');
    expect(emu.validationErrors).toEqual([]);
  });

  it('inspects a revert SHA: on the base and how far behind, off the base, missing', async () => {
    const root = repo.sha('main~2');
    expect(await port.inspectCommit(root.slice(0, 10), 'main')).toEqual({ exists: true, sha: root, onBase: true, behindBy: 2 });
    expect(await port.inspectCommit(repo.sha('main'), 'main')).toMatchObject({ exists: true, onBase: true, behindBy: 0 });
    expect(await port.inspectCommit(repo.sha('orphan-ish'), 'main')).toMatchObject({ exists: true, onBase: false });
    expect(await port.inspectCommit('0123456789abcdef0123456789abcdef01234567', 'main')).toEqual({ exists: false, onBase: false });
  });

  it('reads contents at a ref, undefined when absent', async () => {
    expect(await port.getContent('docs/guide.md', repo.sha('docs'))).toBe('# Guide\n');
    expect(await port.getContent('docs/guide.md', repo.sha('main'))).toBeUndefined();
  });

  it('finds only its own marker comment', async () => {
    const pr = emu.createPullRequest({ head: 'docs', base: 'main' });
    emu.addComment(pr.number, `${MARKER}\nquoted by a human`, 'mallory');
    expect(await port.findComment(pr.number, MARKER)).toBeUndefined();
    const mine = await port.createComment(pr.number, `${MARKER}\nmine`);
    expect((await port.findComment(pr.number, MARKER))?.id).toBe(mine.id);
  });

  it('lists files across pages and says when GitHub counts more than it lists', async () => {
    const pr = emu.createPullRequest({ head: 'docs', base: 'main', changed_files_override: 3100 });
    const listing = await port.listFiles(pr.number, (await port.getPullRequest(pr.number)).changedFiles);
    expect(listing.files.map((f) => f.path).sort()).toEqual(['README.md', 'docs/guide.md']);
    expect(listing.truncated).toEqual({ listed: 2, total: 3100 });
  });

  it('fails a list GitHub answers with 409 Conflict, where paginate-rest would return it empty', async () => {
    // At the HTTP boundary: every request is answered 409, as GitHub does for some lists while a
    // repository is being created or emptied. Read as empty, the comment list would make the bot
    // post a second comment.
    const seen: string[] = [];
    const fetch = async (url: string) => {
      seen.push(url);
      return new Response(JSON.stringify({ message: 'Conflict' }), { status: 409, headers: { 'content-type': 'application/json' } });
    };
    const conflicted = createOctokitPort(new Octokit({ baseUrl: 'http://127.0.0.1:9', auth: 't', request: { fetch } }) as unknown as OctokitLike, {
      owner: 'o',
      repo: 'r',
      botLogin: async () => 'rollback-ready[bot]',
    });
    await expect(conflicted.findComment(7, MARKER)).rejects.toMatchObject({ status: 409, message: expect.stringContaining('409 Conflict') });
    await expect(conflicted.listFiles(7, 3)).rejects.toMatchObject({ status: 409 });
    expect(seen[0]).toContain('/repos/o/r/issues/7/comments');
  });

  it('compares permissions with roles', async () => {
    emu.setPermission('tri', 'read', 'triage');
    const granted = await port.getPermission('tri');
    expect(hasPermission(granted, 'triage')).toBe(true);
    expect(hasPermission(granted, 'write')).toBe(false);
  });
});
