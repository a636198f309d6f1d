// The two new commands through the App, each with a user it allows and one it refuses:
// `/rollback risk <level> <reason>` (raising needs write, lowering needs maintain; shown with who
// and why; a new push ends it) and `/rollback template --apply` (the author or write; appends the
// skeleton and never changes a byte the author wrote, CRLF included).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TEMPLATE_MARKER } from '../../src/core/render/apply-template';
import { startEmulator, type Emulator } from '../support/emulator/index';
import {
  adjustRepository,
  CHECK,
  DROP_COLUMN_PR,
  examplePayload,
  makeServiceRepo,
  MARKER,
  pullRequestPayload,
  rsaPrivateKey,
  type ServiceRepo,
} from '../runner/fixture';
import { inProcessReplica, type Replica } from './in-process';

let repo: ServiceRepo;
let emu: Emulator;
let app: Replica;

beforeAll(async () => {
  repo = makeServiceRepo();
  repo.branch('drop-email', 'main', DROP_COLUMN_PR);
  repo.branch('drop-email-2', 'drop-email', { 'src/more.js': 'export const more = 1;\n' });
  // A configuration change only: assessed medium.
  repo.branch('config', 'main', { 'config/app.yml': 'feature: on\n' });
  emu = await startEmulator({ repoDir: repo.dir });
  emu.setPermission('writer-wes', 'write');
  emu.setPermission('lead-lou', 'write', 'maintain');
  emu.setPermission('triage-tia', 'read', 'triage');
  app = await inProcessReplica(emu, rsaPrivateKey(), 'commands');
});

afterAll(async () => {
  await emu?.close();
  repo?.cleanup();
});

const coords = () => ({ owner: emu.owner, repo: emu.repo, installationId: 424242 });
const prPayload = (action: string, n: number) => {
  const pr = emu.state.pulls.get(n)!;
  return pullRequestPayload(action, { number: n, head: pr.head, base: pr.base, headSha: repo.sha(pr.head), baseSha: repo.sha(pr.base) }, coords());
};
const sticky = (n: number) => emu.state.comments.find((c) => c.issue_number === n && c.body.includes(MARKER))!;
const replyTo = (n: number, id: number) => emu.state.comments.find((c) => c.issue_number === n && c.body.includes(`rollback-ready:reply:${id} `));
const reactions = (id: number) => emu.state.reactions.filter((r) => r.comment_id === id).map((r) => r.content);
const runOf = (sha: string) => emu.state.checkRuns.find((c) => c.head_sha === sha && c.name === CHECK)!;

async function command(n: number, body: string, login: string) {
  const human = emu.addComment(n, body, login);
  const payload = adjustRepository(examplePayload('issue_comment', 'created'), coords());
  payload.issue = { ...payload.issue, number: n, pull_request: { url: `${emu.url}/repos/${emu.owner}/${emu.repo}/pulls/${n}` } };
  payload.comment = { ...payload.comment, id: human.id, body, user: { ...payload.comment.user, login, type: 'User' } };
  payload.sender = { ...payload.sender, login, type: 'User' };
  expect(await app.deliver('issue_comment', payload)).toBeUndefined();
  return human.id;
}

describe('/rollback risk', () => {
  it('lowering needs maintain: refused for write, accepted for maintain, shown with who and why, ended by a new push', async () => {
    const pr = emu.createPullRequest({ head: 'drop-email', base: 'main', body: 'Drops the email column.' });
    expect(await app.deliver('pull_request', prPayload('opened', pr.number))).toBeUndefined();
    expect(runOf(repo.sha('drop-email')).output.title).toContain('(risk high)');

    const refused = await command(pr.number, '/rollback risk low the column was never read', 'writer-wes');
    expect(replyTo(pr.number, refused)?.body).toMatch(
      /@writer-wes: `\/rollback risk low` lowers the risk below the assessed high and needs the maintain permission/,
    );
    expect(sticky(pr.number).body).not.toContain('Risk set to');
    expect(runOf(repo.sha('drop-email')).output.title).toContain('(risk high)');

    const accepted = await command(pr.number, '/rollback risk low the column was never read', 'lead-lou');
    expect(reactions(accepted)).toEqual(['eyes', '+1']);
    expect(replyTo(pr.number, accepted)).toBeUndefined();
    expect(sticky(pr.number).body).toMatch(
      /> \*\*Risk set to low\*\* by @lead-lou at \S+ \(assessed: high\): the column was never read\. A new commit ends it\./,
    );
    expect(runOf(repo.sha('drop-email')).output.title).toContain('(risk low)');
    expect(runOf(repo.sha('drop-email')).output.text).toContain('**Risk set to low** by @lead-lou');

    emu.updatePullRequest(pr.number, { head: 'drop-email-2' });
    expect(await app.deliver('pull_request', prPayload('synchronize', pr.number))).toBeUndefined();
    expect(sticky(pr.number).body).not.toContain('Risk set to');
    expect(runOf(repo.sha('drop-email-2')).output.title).toContain('(risk high)');
  });

  it('raising needs write: refused for triage, accepted for write', async () => {
    const pr = emu.createPullRequest({ head: 'config', base: 'main', body: 'Turns the feature on.' });
    expect(await app.deliver('pull_request', prPayload('opened', pr.number))).toBeUndefined();
    expect(runOf(repo.sha('config')).output.title).toContain('(risk medium)');
    const refused = await command(pr.number, '/rollback risk high this flag gates billing', 'triage-tia');
    expect(replyTo(pr.number, refused)?.body).toContain(
      '@triage-tia: `/rollback risk high` needs the write permission on this repository; nothing was changed.',
    );
    const accepted = await command(pr.number, '/rollback risk high this flag gates billing', 'writer-wes');
    expect(reactions(accepted)).toContain('+1');
    expect(sticky(pr.number).body).toContain('**Risk set to high** by @writer-wes');
    expect(runOf(repo.sha('config')).output.title).toContain('(risk high)');
    expect(emu.validationErrors).toEqual([]);
  });
});

describe('/rollback template --apply', () => {
  it('refused for someone who is neither the author nor has write; for the author it appends the skeleton, every byte of theirs kept', async () => {
    // Typed in the browser: CRLF, trailing spaces, no final newline, and text that looks like markup.
    const original = "Drops the email column.  \r\n\r\n- [ ] not our checklist\r\n<!-- the author's own note -->\r\nCafé ✓ `code`";
    const pr = emu.createPullRequest({ head: 'drop-email', base: 'main', body: original, user: 'author-ann' });
    expect(await app.deliver('pull_request', prPayload('opened', pr.number))).toBeUndefined();

    const refused = await command(pr.number, '/rollback template --apply', 'triage-tia');
    expect(replyTo(pr.number, refused)?.body).toContain('@triage-tia: `/rollback template --apply` edits the description');
    expect(emu.state.pulls.get(pr.number)!.body).toBe(original);

    const applied = await command(pr.number, '/rollback template --apply', 'author-ann');
    expect(reactions(applied)).toEqual(['eyes', '+1']);
    const body = emu.state.pulls.get(pr.number)!.body!;
    expect(Buffer.from(body).subarray(0, Buffer.byteLength(original)).equals(Buffer.from(original))).toBe(true);
    const added = body.slice(original.length);
    expect(added.startsWith('\r\n\r\n' + TEMPLATE_MARKER + '\r\n## Rollback plan\r\n')).toBe(true);
    expect(added.replace(/\r\n/g, '')).not.toContain('\n');
    expect(added).toContain('### Data considerations');

    // Again (by someone with write): the skeleton is there already, nothing changes.
    const again = await command(pr.number, '/rollback template --apply', 'writer-wes');
    expect(replyTo(pr.number, again)?.body).toContain('already has the rollback-ready skeleton');
    expect(emu.state.pulls.get(pr.number)!.body).toBe(body);
    expect(emu.validationErrors).toEqual([]);
  });
});
