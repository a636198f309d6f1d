// The shared runner over the one Octokit port, against the emulator (real HTTP on loopback).
import { Octokit } from '@octokit/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmulator, type Emulator } from '../support/emulator/index';
import { createOctokitPort, type OctokitLike } from '../../src/github/octokit';
import { runEvaluation } from '../../src/runner/run';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECK, DOCS_PR, DROP_COLUMN_PR, MARKER, makeServiceRepo, type ServiceRepo } from './fixture';

const PATTERNS = join(import.meta.dirname, '../fixtures/patterns');

let repo: ServiceRepo;
let emu: Emulator;
let port: ReturnType<typeof createOctokitPort>;

beforeAll(async () => {
  repo = makeServiceRepo();
  repo.branch('drop-email', 'main', DROP_COLUMN_PR);
  repo.branch('docs', 'main', DOCS_PR);
  // The PR head tries to switch its own gate off: the base config must win.
  repo.branch('sneaky', 'main', {
    ...DROP_COLUMN_PR,
    '.github/rollback-ready.yml':
      'gates:\n  findings: false\n  rollback-plan: false\n  plan-sections: false\n  revert-sha: false\n  reversible: false\n  checklist: false\n',
  });
  repo.branch('broken-base', 'main', { '.github/rollback-ready.yml': 'gates:\n  findings: false\n  checklist: sometimes\n' });
  repo.branch('on-broken', 'broken-base', DROP_COLUMN_PR);
  const drops = Array.from({ length: 300 }, (_, i) => `ALTER TABLE users DROP COLUMN c${i};`).join('\n') + '\n';
  repo.branch('many-drops', 'main', { 'db/migrations/000009_many.up.sql': drops, 'db/migrations/000009_many.down.sql': '-- nothing\n' });
  // A Django app whose base holds the model's history; the PR only restates a field (help_text).
  const djangoMigration = (deps: string, ops: string) =>
    `from django.db import migrations, models\n\n\nclass Migration(migrations.Migration):\n    dependencies = [${deps}]\n\n    operations = [\n${ops}\n    ]\n`;
  repo.branch('django-base', 'main', {
    'shop/migrations/0001_initial.py': djangoMigration(
      '',
      '        migrations.CreateModel(name="Order", fields=[("id", models.BigAutoField(primary_key=True)), ("quantity", models.IntegerField())]),',
    ),
  });
  repo.branch('django-help', 'django-base', {
    'shop/migrations/0002_help.py': djangoMigration(
      '("shop", "0001_initial")',
      '        migrations.AlterField("order", "quantity", models.IntegerField(help_text="items")),',
    ),
  });
  // golang-migrate: the column's type lives in an earlier migration on the base branch.
  repo.branch('typed-base', 'main', {
    'db/migrations/000005_orders.up.sql': 'CREATE TABLE orders (id bigint PRIMARY KEY, qty integer);\n',
    'db/migrations/000005_orders.down.sql': 'DROP TABLE orders;\n',
  });
  repo.branch('qty-text', 'typed-base', {
    'db/migrations/000006_qty.up.sql': "SET lock_timeout = '2s';\nALTER TABLE orders ALTER COLUMN qty TYPE text;\n",
    'db/migrations/000006_qty.down.sql': 'ALTER TABLE orders ALTER COLUMN qty TYPE integer USING qty::integer;\n',
  });
  // Diesel: a folder per migration; the column's type lives in an earlier migration's folder.
  repo.branch('diesel-base', 'main', {
    'migrations/20170428154714_multiple_api_tokens/up.sql': 'CREATE TABLE api_tokens (id SERIAL PRIMARY KEY, token character varying NOT NULL);\n',
    'migrations/20170428154714_multiple_api_tokens/down.sql': 'DROP TABLE api_tokens;\n',
  });
  repo.branch('diesel-bytea', 'diesel-base', {
    'migrations/2020-07-14-113112_change_api_token_to_bytea/up.sql': "ALTER TABLE api_tokens ALTER COLUMN token TYPE bytea USING decode(token, 'escape');\n",
    'migrations/2020-07-14-113112_change_api_token_to_bytea/down.sql': "ALTER TABLE api_tokens ALTER COLUMN token TYPE text USING encode(token, 'escape');\n",
  });
  // drizzle-kit's SQLite output: its journal, changed in the same pull request, names the dialect.
  const fixture = (f: string) => readFileSync(join(PATTERNS, 'drizzle-sqlite/ok/drizzle', f), 'utf8');
  repo.branch('drizzle-base', 'main', { 'drizzle/0000_init.sql': fixture('0000_init.sql') });
  repo.branch('drizzle-rebuild', 'drizzle-base', {
    'drizzle/0001_rebuild_user.sql': fixture('0001_rebuild_user.sql'),
    'drizzle/meta/_journal.json': fixture('meta/_journal.json'),
  });
  emu = await startEmulator({ repoDir: repo.dir });
  const octokit = new Octokit({ baseUrl: emu.url, auth: 'test-token' });
  port = createOctokitPort(octokit as unknown as OctokitLike, { owner: emu.owner, repo: emu.repo, botLogin: async () => 'rollback-ready[bot]' });
});

afterAll(async () => {
  await emu?.close();
  repo?.cleanup();
});

const runsFor = (sha: string) => emu.state.checkRuns.filter((r) => r.head_sha === sha && r.name === CHECK);
const commentsOn = (n: number) => emu.state.comments.filter((c) => c.issue_number === n && c.body.includes(MARKER));

describe('runEvaluation on a pull request', () => {
  it('fails a column drop with a failing check run, an annotation on the exact line, a sticky comment and a risk label', async () => {
    const pr = emu.createPullRequest({ head: 'drop-email', base: 'main', body: 'Drops the email column.' });
    const result = await runEvaluation(port, { kind: 'pull_request', number: pr.number }, { repoUrl: 'https://github.com/acme/widgets' });
    expect(result.verdict).toBe('fail');
    const runs = runsFor(repo.sha('drop-email'));
    expect(runs).toHaveLength(1);
    expect(runs[0]!.conclusion).toBe('failure');
    const drop = runs[0]!.annotations.find((a) => a.title === 'drop-column');
    expect(drop).toMatchObject({ path: 'db/migrations/000002_drop_email.up.sql', start_line: 1, annotation_level: 'failure' });
    expect(commentsOn(pr.number)).toHaveLength(1);
    expect(emu.state.labels.get(pr.number)).toEqual([`rollback-risk: ${result.risk}`]);

    // A redelivery updates the same check run and comment.
    await runEvaluation(port, { kind: 'pull_request', number: pr.number });
    expect(runsFor(repo.sha('drop-email'))).toHaveLength(1);
    expect(runsFor(repo.sha('drop-email'))[0]!.annotations.filter((a) => a.title === 'drop-column')).toHaveLength(1);
    expect(commentsOn(pr.number)).toHaveLength(1);
    expect(emu.validationErrors).toEqual([]);
  });

  it('passes quietly when nothing rollback-relevant changed: success check run, no comment', async () => {
    const pr = emu.createPullRequest({ head: 'docs', base: 'main' });
    const result = await runEvaluation(port, { kind: 'pull_request', number: pr.number });
    expect(result.verdict).toBe('not-applicable');
    const runs = runsFor(repo.sha('docs'));
    expect(runs).toHaveLength(1);
    expect(runs[0]).toMatchObject({ conclusion: 'success', status: 'completed' });
    expect(runs[0]!.output.title).toMatch(/no rollback-relevant changes/i);
    expect(commentsOn(pr.number)).toHaveLength(0);
  });

  it('updates its existing comment to say so when a PR stops applying', async () => {
    const pr = emu.createPullRequest({ head: 'drop-email', base: 'main' });
    await runEvaluation(port, { kind: 'pull_request', number: pr.number });
    expect(commentsOn(pr.number)).toHaveLength(1);
    emu.updatePullRequest(pr.number, { head: 'docs' });
    const result = await runEvaluation(port, { kind: 'pull_request', number: pr.number });
    expect(result.verdict).toBe('not-applicable');
    const comments = commentsOn(pr.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toMatch(/not applicable/i);
  });

  it('reads the config from the base branch only: a head that switches gates off still fails', async () => {
    const pr = emu.createPullRequest({ head: 'sneaky', base: 'main' });
    const result = await runEvaluation(port, { kind: 'pull_request', number: pr.number });
    expect(result.verdict).toBe('fail');
    expect(result.report!.gates.find((g) => g.id === 'findings')?.status).toBe('fail');
    const configReads = emu.requests.filter((r) => r.path.endsWith('/contents/.github/rollback-ready.yml'));
    expect(configReads.every((r) => r.query.includes(`ref=${repo.sha('main')}`))).toBe(true);
  });

  it('fails on a malformed base config with file, line and problem in the check run and the comment', async () => {
    const pr = emu.createPullRequest({ head: 'on-broken', base: 'broken-base' });
    const result = await runEvaluation(port, { kind: 'pull_request', number: pr.number });
    expect(result.verdict).toBe('fail');
    const run = runsFor(repo.sha('on-broken'))[0]!;
    expect(run.conclusion).toBe('failure');
    expect(run.output.text).toContain('.github/rollback-ready.yml');
    expect(run.output.text).toContain('line: 3');
    expect(run.output.text).toContain('gates.checklist');
    expect(commentsOn(pr.number)[0]!.body).toContain('gates.checklist');
  });

  it('fails closed when GitHub counts more files than it lists', async () => {
    const pr = emu.createPullRequest({ head: 'docs', base: 'main', changed_files_override: 3500 });
    const result = await runEvaluation(port, { kind: 'pull_request', number: pr.number });
    expect(result.verdict).toBe('fail');
    const run = runsFor(repo.sha('docs')).at(-1)!;
    expect(run.conclusion).toBe('failure');
    expect(run.output.text).toMatch(/3500 files/);
  });

  it("keeps a huge report within GitHub's limits: text and summary ≤ 65,535, every annotation sent 50 at a time", async () => {
    const pr = emu.createPullRequest({ head: 'many-drops', base: 'main' });
    emu.resetRequests();
    const result = await runEvaluation(port, { kind: 'pull_request', number: pr.number });
    const drops = result.report!.findings.filter((f) => f.rule === 'drop-column');
    expect(drops).toHaveLength(300);
    const run = runsFor(repo.sha('many-drops'))[0]!;
    expect(run.output.text!.length).toBeLessThanOrEqual(65_535);
    expect(run.output.summary!.length).toBeLessThanOrEqual(65_535);
    expect(run.annotations.filter((a) => a.title === 'drop-column').map((a) => a.start_line)).toEqual(drops.map((f) => f.line));
    const checkWrites = emu.requests.filter((r) => r.path.includes('/check-runs') && r.method !== 'GET');
    // One to create the run in progress, then the annotations 50 at a time.
    expect(checkWrites.length).toBe(1 + Math.ceil(result.report!.findings.length / 50));
    const comment = commentsOn(pr.number)[0]!;
    expect(comment.body.length).toBeLessThanOrEqual(65_536);
    expect(emu.validationErrors).toEqual([]);
  });

  it('reads earlier migrations at head through the API: a Django AlterField that only restates a field is not a type change', async () => {
    const pr = emu.createPullRequest({ head: 'django-help', base: 'django-base', body: 'Help text.' });
    emu.resetRequests();
    const result = await runEvaluation(port, { kind: 'pull_request', number: pr.number }, { publish: false });
    expect(result.report!.findings.map((f) => f.rule).filter((r) => r !== 'missing-lock-timeout')).toEqual([]);
    const reads = emu.requests.filter((r) => r.path.includes('/contents/'));
    expect(reads.map((r) => decodeURIComponent(r.path.split('/contents/')[1]!))).toContain('shop/migrations/0001_initial.py');
  });

  it("lists the migrations folder through the API to find a column's earlier type: integer → text is a change, not a widening", async () => {
    const pr = emu.createPullRequest({ head: 'qty-text', base: 'typed-base', body: 'Quantities become free text.' });
    emu.resetRequests();
    const result = await runEvaluation(port, { kind: 'pull_request', number: pr.number }, { publish: false });
    const change = result.report!.findings.find((f) => f.rule === 'change-column-type');
    expect(change?.message).toContain('from integer (000005_orders.up.sql) to text');
    expect(emu.requests.filter((r) => r.path.endsWith('/contents/db/migrations') || r.path.endsWith('/contents/db%2Fmigrations'))).toHaveLength(1);
    expect(emu.validationErrors).toEqual([]);
  });

  it("lists the folders beside a Diesel migration's folder through the API to find a column's earlier type", async () => {
    const pr = emu.createPullRequest({ head: 'diesel-bytea', base: 'diesel-base', body: 'Tokens become bytes.' });
    emu.resetRequests();
    const result = await runEvaluation(port, { kind: 'pull_request', number: pr.number }, { publish: false });
    const change = result.report!.findings.find((f) => f.rule === 'change-column-type');
    expect(change?.message).toContain('from varchar (20170428154714_multiple_api_tokens) to bytea');
    expect(emu.requests.filter((r) => /\/contents\/migrations$/.test(r.path))).toHaveLength(1);
    expect(emu.validationErrors).toEqual([]);
  });

  it('fails closed when a history read fails: the type change says the earlier migration could not be read', async () => {
    const pr = emu.createPullRequest({ head: 'qty-text', base: 'typed-base', body: 'Quantities become free text.' });
    // GitHub answers 502 to every read of the earlier migration (the retry plugin gives up too).
    emu.injectFaults({ rate: 1, kinds: ['502'], only: /contents\/db(\/|%2F)migrations(\/|%2F)000005_orders\.up\.sql/ });
    try {
      const result = await runEvaluation(port, { kind: 'pull_request', number: pr.number }, { publish: false });
      const change = result.report!.findings.find((f) => f.rule === 'change-column-type');
      expect(change?.message).toContain('could not be read');
      expect(change?.message).toContain('000005_orders.up.sql');
    } finally {
      emu.injectFaults(null);
    }
  });

  it("judges an author's ticks in the description over the one analysis: asked permission once, analysed once", async () => {
    emu.setPermission('dana', 'write');
    const body = 'Drops the email column.\n\n- [x] A backup is taken before the deploy and its restore is known to work\n';
    const pr = emu.createPullRequest({ head: 'drop-email', base: 'main', body, user: 'dana' });
    emu.resetRequests();
    const result = await runEvaluation(port, { kind: 'pull_request', number: pr.number }, { publish: false });
    expect(result.evaluation!.checklist.find((l) => l.item.id === 'backup')).toMatchObject({ state: 'ticked', by: 'dana' });
    expect(emu.requests.filter((r) => r.path.endsWith('/collaborators/dana/permission'))).toHaveLength(1);
    // Judged twice (the tick first without, then with the author's permission), analysed once.
    expect(result.analyses).toBe(1);
  });

  it('judges a slash-command risk level over the one analysis: the earlier migrations are read and listed once', async () => {
    emu.setPermission('mia', 'write');
    const pr = emu.createPullRequest({ head: 'qty-text', base: 'typed-base', body: 'Quantities become free text.' });
    emu.resetRequests();
    const decision = { kind: 'risk' as const, by: 'mia', level: 'high' as const, reason: 'orders feed billing' };
    const result = await runEvaluation(port, { kind: 'pull_request', number: pr.number, decision }, { publish: false });
    expect(result.decision?.accepted).toBe(true);
    expect(result.evaluation!.riskOverride).toMatchObject({ level: 'high', by: 'mia' });
    // The risk level's permission needs the assessed risk (one judgement), the accepted level another: one analysis.
    expect(result.analyses).toBe(1);
    const listings = emu.requests.filter((r) => r.path.endsWith('/contents/db/migrations') || r.path.endsWith('/contents/db%2Fmigrations'));
    expect(listings).toHaveLength(1);
    const earlier = emu.requests.filter((r) => /contents\/db(\/|%2F)migrations(\/|%2F)000005_orders\.up\.sql/.test(r.path));
    expect(earlier).toHaveLength(1);
    expect(emu.validationErrors).toEqual([]);
  });

  it("reads a changed file no reader analyses when a framework asks for it: drizzle-kit's journal makes the folder SQLite", async () => {
    const pr = emu.createPullRequest({ head: 'drizzle-rebuild', base: 'drizzle-base', body: 'Adds a nickname.' });
    emu.resetRequests();
    const result = await runEvaluation(port, { kind: 'pull_request', number: pr.number }, { publish: false });
    // Read as SQLite, the table rebuild is no data backfill and no Postgres syntax error (as MySQL
    // from its backticks, with the journal unread, it was a parse-error notice).
    const rules = result.report!.findings.filter((f) => f.path === 'drizzle/0001_rebuild_user.sql').map((f) => f.rule);
    expect(rules).not.toContain('parse-error');
    expect(rules).not.toContain('data-backfill');
    const journal = emu.requests.filter((r) => /contents\/drizzle(\/|%2F)meta(\/|%2F)_journal\.json/.test(r.path));
    expect(journal).toHaveLength(1);
    expect(emu.validationErrors).toEqual([]);
  });

  it('dry run evaluates without publishing', async () => {
    const pr = emu.createPullRequest({ head: 'drop-email', base: 'main' });
    const before = emu.state.checkRuns.length;
    const result = await runEvaluation(port, { kind: 'pull_request', number: pr.number }, { publish: false });
    expect(result.verdict).toBe('fail');
    expect(result.markdown).toContain('drop-column');
    expect(emu.state.checkRuns.length).toBe(before);
    expect(commentsOn(pr.number)).toHaveLength(0);
  });
});
