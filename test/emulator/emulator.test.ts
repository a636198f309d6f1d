import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../support/emulator/index';
import { client } from './client';
import { binaryBytes, git, makeFixtureRepo, type FixtureRepo } from './fixture';

const BIG = 3100;
let fx: FixtureRepo;
let emu: Emulator;
let gh: ReturnType<typeof client>;
const o = { owner: 'acme', repo: 'widgets' };

beforeAll(async () => {
  fx = makeFixtureRepo({ bigFiles: BIG });
  emu = await startEmulator({ repoDir: fx.dir, owner: 'acme', repo: 'widgets' });
  gh = client(emu.url);
  emu.createPullRequest({ head: 'pr', base: 'main', title: 'Add color', body: '## Rollback plan\n\nrevert', user: 'alice' }); // #1
  emu.createPullRequest({ head: 'big', base: 'main', title: 'Generated files' }); // #2
});

afterAll(async () => {
  await emu?.close();
  fx?.cleanup();
});

afterEach(() => {
  // every exchange of every test must match GitHub's OpenAPI description
  expect(emu.validationErrors.splice(0)).toEqual([]);
});

async function status(p: Promise<unknown>): Promise<number> {
  try {
    await p;
    return 200;
  } catch (e) {
    return (e as { status: number }).status;
  }
}

describe('GitHub REST emulator', () => {
  it('validates against the OpenAPI description', () => {
    expect(emu.validationAvailable).toBe(true);
    expect(emu.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('serves app and installation endpoints', async () => {
    const tok = await gh.request('POST /app/installations/{installation_id}/access_tokens', { installation_id: 424242 });
    expect(tok.status).toBe(201);
    expect(tok.data.token).toMatch(/^ghs_/);
    expect(Date.parse(tok.data.expires_at)).toBeGreaterThan(Date.now());
    const inst = await gh.rest.apps.getRepoInstallation(o);
    expect(inst.data.id).toBe(424242);
    const app = await gh.rest.apps.getAuthenticated();
    expect(app.data?.slug).toBe('rollback-ready');
    const repo = await gh.rest.repos.get(o);
    expect(repo.data.default_branch).toBe('main');
    expect(repo.data.full_name).toBe('acme/widgets');
  });

  it('describes a pull request from the git branches', async () => {
    const { data: pr } = await gh.rest.pulls.get({ ...o, pull_number: 1 });
    expect(pr.head.sha).toBe(fx.pr);
    expect(pr.base.sha).toBe(fx.main);
    expect(pr.head.ref).toBe('pr');
    expect(pr.base.ref).toBe('main');
    expect(pr.body).toContain('Rollback plan');
    expect(pr.user.login).toBe('alice');
    expect(pr.changed_files).toBe(7);
    expect(pr.commits).toBe(1);
    expect(pr.state).toBe('open');
    expect(pr.draft).toBe(false);
    expect(await status(gh.rest.pulls.get({ ...o, pull_number: 99 }))).toBe(404);
    const list = await gh.rest.pulls.list({ ...o, head: 'acme:pr' });
    expect(list.data.map((p) => p.number)).toEqual([1]);
  });

  it('lists pull request files with statuses, renames and no patch for binaries', async () => {
    const files = await gh.paginate(gh.rest.pulls.listFiles, { ...o, pull_number: 1, per_page: 100 });
    const by = new Map(files.map((f) => [f.filename, f]));
    expect([...by.keys()].sort()).toEqual([
      'README.md',
      'assets/logo.png',
      'db/migrations/000002_add_color.down.sql',
      'db/migrations/000002_add_color.up.sql',
      'docs/new-name.md',
      'docs/with space.md',
      'to-delete.txt',
    ]);
    expect(by.get('README.md')?.status).toBe('modified');
    expect(by.get('README.md')?.patch).toBe('@@ -1,4 +1,4 @@\n # widgets\n \n-line 2\n+line 2 changed\n line 3');
    expect(by.get('db/migrations/000002_add_color.up.sql')?.status).toBe('added');
    expect(by.get('db/migrations/000002_add_color.up.sql')?.patch).toContain('+ALTER TABLE widgets ADD COLUMN color text;');
    expect(by.get('docs/new-name.md')?.status).toBe('renamed');
    expect(by.get('docs/new-name.md')?.previous_filename).toBe('docs/old-name.md');
    expect(by.get('to-delete.txt')?.status).toBe('removed');
    const bin = by.get('assets/logo.png');
    expect(bin?.status).toBe('modified');
    expect(bin && 'patch' in bin).toBe(false);
    expect(by.get('README.md')?.sha).toBe(git(fx.dir, 'rev-parse', 'pr:README.md'));
  });

  it('caps a pull request listing at 3,000 files like GitHub, with Link pagination', async () => {
    const { data: pr } = await gh.rest.pulls.get({ ...o, pull_number: 2 });
    expect(pr.changed_files).toBe(BIG);
    const first = await gh.rest.pulls.listFiles({ ...o, pull_number: 2, per_page: 100 });
    expect(first.data).toHaveLength(100);
    expect(first.headers.link).toContain('rel="next"');
    expect(first.headers.link).toMatch(/page=30>; rel="last"/);
    const all = await gh.paginate(gh.rest.pulls.listFiles, { ...o, pull_number: 2, per_page: 100 });
    expect(all).toHaveLength(3000);
    expect(new Set(all.map((f) => f.filename)).size).toBe(3000);
    const defaultPage = await gh.rest.pulls.listFiles({ ...o, pull_number: 2 });
    expect(defaultPage.data).toHaveLength(30);
  });

  it('reads contents at two refs, directories as arrays, 404 when absent', async () => {
    const atMain = await gh.rest.repos.getContent({ ...o, path: 'README.md', ref: 'main' });
    const atPr = await gh.rest.repos.getContent({ ...o, path: 'README.md', ref: fx.pr });
    if (Array.isArray(atMain.data) || atMain.data.type !== 'file' || Array.isArray(atPr.data) || atPr.data.type !== 'file') throw new Error('expected files');
    expect(Buffer.from(atMain.data.content, 'base64').toString()).toBe(git(fx.dir, 'show', 'main:README.md') + '\n');
    expect(Buffer.from(atPr.data.content, 'base64').toString()).toContain('line 2 changed');
    expect(atMain.data.sha).not.toBe(atPr.data.sha);

    const logo = await gh.rest.repos.getContent({ ...o, path: 'assets/logo.png', ref: 'pr' });
    if (Array.isArray(logo.data) || logo.data.type !== 'file') throw new Error('expected a file');
    expect(Buffer.from(logo.data.content, 'base64').equals(binaryBytes(2))).toBe(true);

    const spaced = await gh.rest.repos.getContent({ ...o, path: 'docs/with space.md', ref: 'pr' });
    expect(Array.isArray(spaced.data)).toBe(false);

    const dir = await gh.rest.repos.getContent({ ...o, path: 'db/migrations', ref: 'pr' });
    if (!Array.isArray(dir.data)) throw new Error('expected a directory');
    expect(dir.data.map((d) => d.name).sort()).toEqual(['000001_init.down.sql', '000001_init.up.sql', '000002_add_color.down.sql', '000002_add_color.up.sql']);
    expect(dir.data.every((d) => d.type === 'file')).toBe(true);

    const root = await gh.rest.repos.getContent({ ...o, path: '' });
    if (!Array.isArray(root.data)) throw new Error('expected a directory');
    expect(root.data.find((d) => d.name === 'db')?.type).toBe('dir');

    expect(await status(gh.rest.repos.getContent({ ...o, path: 'to-delete.txt', ref: 'pr' }))).toBe(404);
    expect(await status(gh.rest.repos.getContent({ ...o, path: 'to-delete.txt', ref: 'main' }))).toBe(200);
    expect(await status(gh.rest.repos.getContent({ ...o, path: 'README.md', ref: 'no-such-branch' }))).toBe(404);

    // over 1 MB: no inline content; the blob endpoint still serves it
    const big = await gh.rest.repos.getContent({ ...o, path: 'data/seed.csv', ref: 'main' });
    if (Array.isArray(big.data) || big.data.type !== 'file') throw new Error('expected a file');
    expect([big.data.encoding, big.data.content, big.data.size]).toEqual(['none', '', 1_200_000]);
    const bigBlob = await gh.rest.git.getBlob({ ...o, file_sha: big.data.sha });
    expect(Buffer.from(bigBlob.data.content, 'base64').length).toBe(1_200_000);

    const blobSha = git(fx.dir, 'rev-parse', 'pr:db/migrations/000002_add_color.up.sql');
    const blob = await gh.rest.git.getBlob({ ...o, file_sha: blobSha });
    expect(Buffer.from(blob.data.content, 'base64').toString()).toBe('ALTER TABLE widgets ADD COLUMN color text;\n');
    expect(await status(gh.rest.git.getBlob({ ...o, file_sha: '0'.repeat(40) }))).toBe(404);
  });

  it('gets commits and compares refs (ahead, behind, identical, diverged, unrelated)', async () => {
    const c = await gh.rest.repos.getCommit({ ...o, ref: 'main' });
    expect(c.data.sha).toBe(fx.main);
    expect(c.data.parents.map((p) => p.sha)).toEqual([fx.root]);
    expect(c.data.commit.message).toBe('main moves on');
    expect(c.data.files?.map((f) => f.filename)).toEqual(['CHANGELOG.md']);
    expect(await status(gh.rest.repos.getCommit({ ...o, ref: 'deadbeef'.repeat(5) }))).toBe(422);
    expect(await status(gh.rest.repos.getCommit({ ...o, ref: 'no-such-branch' }))).toBe(404);

    const cmp = async (basehead: string) => (await gh.rest.repos.compareCommitsWithBasehead({ ...o, basehead })).data;
    const ahead = await cmp(`${fx.root}...main`);
    expect([ahead.status, ahead.ahead_by, ahead.behind_by]).toEqual(['ahead', 1, 0]);
    expect(ahead.commits.map((x) => x.sha)).toEqual([fx.main]);
    expect((await cmp('main...main')).status).toBe('identical');
    const behind = await cmp(`main...${fx.root}`);
    expect([behind.status, behind.ahead_by, behind.behind_by]).toEqual(['behind', 0, 1]);
    const diverged = await cmp('main...pr');
    expect([diverged.status, diverged.ahead_by, diverged.behind_by]).toEqual(['diverged', 1, 1]);
    expect(diverged.merge_base_commit.sha).toBe(fx.root);
    expect(await status(cmp('main...orphan'))).toBe(404);
    expect(await status(cmp('main...nope'))).toBe(404);
  });

  it('creates and updates check runs, appending annotations, enforcing GitHub limits', async () => {
    const ann = (i: number) => ({
      path: 'db/migrations/000002_add_color.up.sql',
      start_line: 1,
      end_line: 1,
      annotation_level: 'failure' as const,
      message: `finding ${i}`,
    });
    const created = await gh.rest.checks.create({
      ...o,
      name: 'Rollback readiness',
      head_sha: fx.pr,
      status: 'in_progress',
      output: { title: 'Checking', summary: 'first batch', annotations: Array.from({ length: 50 }, (_, i) => ann(i)) },
    });
    expect(created.status).toBe(201);
    expect(created.data.output.annotations_count).toBe(50);
    expect(created.data.pull_requests.map((p) => p.number)).toEqual([1]);
    const id = created.data.id;

    const upd = await gh.rest.checks.update({
      ...o,
      check_run_id: id,
      output: { title: 'Checking', summary: 'second batch', annotations: Array.from({ length: 50 }, (_, i) => ann(50 + i)) },
    });
    expect(upd.data.output.annotations_count).toBe(100);
    const done = await gh.rest.checks.update({
      ...o,
      check_run_id: id,
      conclusion: 'failure',
      output: { title: 'Not ready', summary: 'gates failed', annotations: [ann(100)] },
    });
    expect(done.data.status).toBe('completed');
    expect(done.data.conclusion).toBe('failure');
    expect(done.data.output.summary).toBe('gates failed');
    expect(done.data.output.annotations_count).toBe(101);
    const anns = await gh.paginate(gh.rest.checks.listAnnotations, { ...o, check_run_id: id, per_page: 100 });
    expect(anns.map((a) => a.message)).toEqual(Array.from({ length: 101 }, (_, i) => `finding ${i}`));

    // 51 annotations in one request: 422, and the run is unchanged
    expect(
      await status(
        gh.rest.checks.update({ ...o, check_run_id: id, output: { title: 'x', summary: 'y', annotations: Array.from({ length: 51 }, (_, i) => ann(i)) } }),
      ),
    ).toBe(422);
    expect(await status(gh.rest.checks.create({ ...o, name: 'x', head_sha: fx.pr, output: { title: 'x', summary: 's'.repeat(65536) } }))).toBe(422);
    expect(await status(gh.rest.checks.create({ ...o, name: 'x', head_sha: 'f'.repeat(40) }))).toBe(422);
    expect((await gh.rest.checks.get({ ...o, check_run_id: id })).data.output.annotations_count).toBe(101);
    // exactly 65,535 characters is allowed
    const max = await gh.rest.checks.create({
      ...o,
      name: 'limits',
      head_sha: fx.pr,
      conclusion: 'success',
      output: { title: 'x', summary: 's'.repeat(65535), text: 't'.repeat(65535) },
    });
    expect(max.data.id).toBeGreaterThan(id);
    expect(max.data.completed_at).not.toBeNull();

    const second = await gh.rest.checks.create({
      ...o,
      name: 'Rollback readiness',
      head_sha: fx.pr,
      conclusion: 'success',
      output: { title: 'Ready', summary: 'ok' },
    });
    expect(second.data.id).toBeGreaterThan(max.data.id);
    const latest = await gh.rest.checks.listForRef({ ...o, ref: 'pr', check_name: 'Rollback readiness' });
    expect(latest.data.total_count).toBe(1);
    expect(latest.data.check_runs[0]?.id).toBe(second.data.id);
    const all = await gh.rest.checks.listForRef({ ...o, ref: fx.pr, check_name: 'Rollback readiness', filter: 'all' });
    expect(all.data.check_runs.map((r) => r.id)).toEqual([second.data.id, id]);
    expect((await gh.rest.checks.listForRef({ ...o, ref: 'main' })).data.total_count).toBe(0);
    expect(emu.state.checkRuns.find((r) => r.id === id)?.annotations).toHaveLength(101);
  });

  it('creates, lists (paginated), edits and deletes issue comments; the bot token authors as the bot', async () => {
    const mine = await gh.rest.issues.createComment({ ...o, issue_number: 1, body: '<!-- rollback-ready -->\nsticky' });
    expect(mine.status).toBe(201);
    expect(mine.data.user?.login).toBe('rollback-ready[bot]');
    expect(mine.data.user?.type).toBe('Bot');
    expect(mine.data.performed_via_github_app?.id).toBe(12345);

    const human = await client(emu.url, 'bob').rest.issues.createComment({ ...o, issue_number: 1, body: '/rollback check' });
    expect(human.data.user?.login).toBe('bob');
    expect(human.data.user?.type).toBe('User');
    const helper = emu.addComment(1, 'looks good', 'carol');

    for (let i = 0; i < 32; i++) emu.addComment(1, `filler ${i}`, 'dave');
    const all = await gh.paginate(gh.rest.issues.listComments, { ...o, issue_number: 1 });
    expect(all).toHaveLength(35);
    expect(all.map((c) => c.id)).toEqual([...all.map((c) => c.id)].sort((a, b) => a - b));
    expect(all[2]?.id).toBe(helper.id);
    const firstPage = await gh.rest.issues.listComments({ ...o, issue_number: 1 });
    expect(firstPage.data).toHaveLength(30);

    const edited = await gh.rest.issues.updateComment({ ...o, comment_id: mine.data.id, body: '<!-- rollback-ready -->\nupdated' });
    expect(edited.data.body).toContain('updated');
    expect((await gh.rest.issues.getComment({ ...o, comment_id: mine.data.id })).data.body).toContain('updated');

    expect(await status(gh.rest.issues.createComment({ ...o, issue_number: 1, body: 'x'.repeat(65537) }))).toBe(422);
    expect(await status(gh.rest.issues.updateComment({ ...o, comment_id: mine.data.id, body: 'x'.repeat(65537) }))).toBe(422);
    expect(await status(gh.rest.issues.createComment({ ...o, issue_number: 1, body: 'x'.repeat(65536) }))).toBe(200);
    expect(await status(gh.rest.issues.createComment({ ...o, issue_number: 404, body: 'x' }))).toBe(404);

    await gh.rest.issues.deleteComment({ ...o, comment_id: human.data.id });
    expect(await status(gh.rest.issues.getComment({ ...o, comment_id: human.data.id }))).toBe(404);
    expect(emu.state.comments.some((c) => c.id === human.data.id)).toBe(false);
  });

  it('adds reactions and labels', async () => {
    const c = emu.addComment(1, '/rollback help', 'erin');
    const r1 = await gh.rest.reactions.createForIssueComment({ ...o, comment_id: c.id, content: 'eyes' });
    expect(r1.status).toBe(201);
    const again = await gh.rest.reactions.createForIssueComment({ ...o, comment_id: c.id, content: 'eyes' });
    expect(again.status).toBe(200);
    expect(again.data.id).toBe(r1.data.id);
    expect(emu.state.reactions.filter((r) => r.comment_id === c.id).map((r) => r.content)).toEqual(['eyes']);
    const got = await gh.rest.issues.getComment({ ...o, comment_id: c.id });
    expect(got.data.reactions?.eyes).toBe(1);

    const added = await gh.rest.issues.addLabels({ ...o, issue_number: 1, labels: ['rollback:high-risk', 'needs-plan'] });
    expect(added.data.map((l) => l.name)).toEqual(['rollback:high-risk', 'needs-plan']);
    await gh.rest.issues.addLabels({ ...o, issue_number: 1, labels: ['needs-plan'] });
    const removed = await gh.rest.issues.removeLabel({ ...o, issue_number: 1, name: 'needs-plan' });
    expect(removed.data.map((l) => l.name)).toEqual(['rollback:high-risk']);
    expect(await status(gh.rest.issues.removeLabel({ ...o, issue_number: 1, name: 'needs-plan' }))).toBe(404);
    expect((await gh.rest.issues.listLabelsOnIssue({ ...o, issue_number: 1 })).data.map((l) => l.name)).toEqual(['rollback:high-risk']);
    expect(emu.state.labels.get(1)).toEqual(['rollback:high-risk']);
  });

  it('answers collaborator permission levels', async () => {
    emu.setPermission('maria', 'write', 'maintain');
    emu.setPermission('nobody', 'none');
    const m = await gh.rest.repos.getCollaboratorPermissionLevel({ ...o, username: 'maria' });
    expect([m.data.permission, m.data.role_name, m.data.user?.login]).toEqual(['write', 'maintain', 'maria']);
    expect((await gh.rest.repos.getCollaboratorPermissionLevel({ ...o, username: 'nobody' })).data.permission).toBe('none');
    expect((await gh.rest.repos.getCollaboratorPermissionLevel({ ...o, username: 'stranger' })).data.permission).toBe('read');
    expect((await gh.rest.repos.getCollaboratorPermissionLevel({ ...o, username: 'acme' })).data.permission).toBe('admin');
  });

  it('follows pull request updates made through the state helpers and the git repo', async () => {
    const n = emu.createPullRequest({ head: 'pr', base: 'main', changed_files_override: 4000 }).number;
    expect((await gh.rest.pulls.get({ ...o, pull_number: n })).data.changed_files).toBe(4000);
    emu.updatePullRequest(n, { body: 'new body', state: 'closed' });
    const pr = (await gh.rest.pulls.get({ ...o, pull_number: n })).data;
    expect(pr.body).toBe('new body');
    expect(pr.state).toBe('closed');
    expect(pr.closed_at).not.toBeNull();

    git(fx.dir, 'branch', 'pr-moving', 'pr');
    const m = emu.createPullRequest({ head: 'pr-moving', base: 'main' }).number;
    git(fx.dir, 'checkout', '-q', 'pr-moving');
    git(fx.dir, 'commit', '-q', '--allow-empty', '-m', 'synchronize');
    git(fx.dir, 'checkout', '-q', 'main');
    const moved = (await gh.rest.pulls.get({ ...o, pull_number: m })).data;
    expect(moved.head.sha).toBe(git(fx.dir, 'rev-parse', 'pr-moving'));
    expect(moved.commits).toBe(2);
  });

  it('keeps state consistent under 20 concurrent writes', async () => {
    const before = emu.state.comments.length;
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => gh.rest.issues.createComment({ ...o, issue_number: 1, body: `concurrent ${i}` })));
    const ids = results.map((r) => r.data.id);
    expect(new Set(ids).size).toBe(20);
    expect(emu.state.comments.length).toBe(before + 20);
    const stored = emu.state.comments.map((c) => c.id);
    expect(stored).toEqual([...stored].sort((a, b) => a - b));

    const runs = await Promise.all(Array.from({ length: 20 }, (_, i) => gh.rest.checks.create({ ...o, name: `c${i}`, head_sha: fx.pr })));
    const runIds = emu.state.checkRuns.map((r) => r.id);
    expect(runIds).toEqual([...runIds].sort((a, b) => a - b));
    expect(new Set(runs.map((r) => r.data.id)).size).toBe(20);
  });

  it('counts requests and reports unknown routes as 404 validation errors', async () => {
    emu.resetRequests();
    await gh.rest.repos.get(o);
    await gh.rest.pulls.get({ ...o, pull_number: 1 });
    expect(emu.requests.map((r) => `${r.method} ${r.path} ${r.status}`)).toEqual(['GET /repos/acme/widgets 200', 'GET /repos/acme/widgets/pulls/1 200']);
    expect(await status(gh.request('GET /repos/{owner}/{repo}/branches', o))).toBe(404);
    expect(await status(gh.rest.repos.get({ owner: 'other', repo: 'widgets' }))).toBe(404);
    expect(emu.validationErrors).toEqual(['unhandled route: GET /repos/acme/widgets/branches']);
    emu.validationErrors.length = 0;
  });

  it('records a request GitHub would reject even when the emulator accepts it', async () => {
    // the create-check-run schema requires output.summary; the emulator stores the run anyway
    const res = await gh.request('POST /repos/{owner}/{repo}/check-runs', {
      ...o,
      name: 'sloppy',
      head_sha: fx.pr,
      output: { title: 'no summary' } as { title: string; summary: string },
    });
    expect(res.status).toBe(201);
    expect(emu.validationErrors).toHaveLength(1);
    expect(emu.validationErrors[0]).toMatch(/^request POST \/repos\/\{owner\}\/\{repo\}\/check-runs: .*summary/);
    emu.validationErrors.length = 0;
  });
});
