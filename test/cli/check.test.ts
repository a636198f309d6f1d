import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../src/core/types';
import { makeRepo, runCli, type TempRepo } from '../helpers/git-repo';

const PLAN = (sha: string) => `Adds a column.

## Rollback plan

Revert SHA: \`${sha}\`

### Rollback trigger
Error rate doubles for five minutes after the deploy.

### Rollback steps
1. Redeploy the revert SHA.
2. Run \`migrate down 1\`.

### Rollback verification
- [x] Health check returns 200

- [x] A backup is taken before the deploy and its restore is known to work
- [x] Rollback tested (in staging, or by the rollback drill)
`;

let repo: TempRepo;
let baseSha: string;

const json = (stdout: string) => JSON.parse(stdout) as Report;
const body = (name: string, text: string) => {
  const file = join(repo.dir, '.git', name);
  writeFileSync(file, text);
  return file;
};
const check = (head: string, bodyText: string | undefined, extra: string[] = []) =>
  runCli([
    'check',
    '--repo',
    repo.dir,
    '--base',
    'main',
    '--head',
    head,
    ...(bodyText === undefined ? [] : ['--body', body(`${head}.md`, bodyText)]),
    '--format',
    'json',
    ...extra,
  ]);

beforeAll(() => {
  repo = makeRepo();
  repo.write({
    'README.md': '# app\n',
    'db/migrations/000001_users.up.sql': 'CREATE TABLE users (id bigint PRIMARY KEY, email text, legacy text);\n',
    'db/migrations/000001_users.down.sql': 'DROP TABLE users;\n',
    'assets/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]),
    'old/name.sql': 'SELECT 1;\n',
  });
  baseSha = repo.commit('base');

  // pr-good: a golang-migrate pair that only adds a nullable column.
  repo.git('checkout', '-q', '-b', 'pr-good', 'main');
  repo.write({
    'db/migrations/000002_add_name.up.sql': 'ALTER TABLE users ADD COLUMN name text;\n',
    'db/migrations/000002_add_name.down.sql': 'ALTER TABLE users DROP COLUMN name;\n',
  });
  repo.commit('add name');

  // pr-bad: drops a column, no down file.
  repo.git('checkout', '-q', '-b', 'pr-bad', 'main');
  repo.write({ 'db/migrations/000002_drop_legacy.up.sql': '-- drop it\nALTER TABLE users DROP COLUMN legacy;\n' });
  repo.commit('drop legacy');

  // pr-docs: nothing relevant.
  repo.git('checkout', '-q', '-b', 'pr-docs', 'main');
  repo.write({ 'README.md': '# app\n\nMore words.\n' });
  repo.commit('docs');

  // pr-mixed: rename, delete, binary change and a deploy manifest with :latest.
  repo.git('checkout', '-q', '-b', 'pr-mixed', 'main');
  repo.git('mv', 'old/name.sql', 'old/renamed.sql');
  repo.remove('README.md');
  repo.write({
    'assets/logo.png': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 9, 9]),
    'k8s/deployment.yaml':
      'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: api\nspec:\n  template:\n    spec:\n      containers:\n        - name: web\n          image: registry.example.com/api:latest\n',
  });
  repo.commit('mixed');

  // pr-config: the head tries to switch the gates off; config must come from the base.
  repo.git('checkout', '-q', '-b', 'pr-config', 'main');
  repo.write({
    '.github/rollback-ready.yml':
      'gates:\n  rollback-plan: false\n  plan-sections: false\n  revert-sha: false\n  reversible: false\n  findings: false\n  checklist: false\n',
    'db/migrations/000002_drop_legacy.up.sql': 'ALTER TABLE users DROP COLUMN legacy;\n',
  });
  repo.commit('sneaky config');

  // a commit that is not on main, for the revert SHA test
  repo.git('checkout', '-q', '-b', 'side', 'main');
  repo.write({ 'side.txt': 'x\n' });
  repo.commit('side');

  repo.git('checkout', '-q', 'main');
});

afterAll(() => repo.cleanup());

describe('rollback-ready check (built CLI on real git repositories)', () => {
  it('prints the contract JSON and exits 0 for a golang-migrate pair with a filled-in plan', () => {
    const result = check('pr-good', PLAN(baseSha.slice(0, 10)));
    expect(result.stderr).toBe('');
    const report = json(result.stdout);
    expect(Object.keys(report)).toEqual(['schemaVersion', 'verdict', 'risk', 'changes', 'findings', 'gates']);
    expect(report.schemaVersion).toBe(1);
    expect(report.risk).toBe('medium');
    expect(report.changes).toEqual([
      { path: 'db/migrations/000002_add_name.down.sql', kind: 'migration', framework: 'golang-migrate', status: 'added' },
      { path: 'db/migrations/000002_add_name.up.sql', kind: 'migration', framework: 'golang-migrate', status: 'added' },
    ]);
    expect(report.gates.map((g) => [g.id, g.status])).toEqual([
      ['rollback-plan', 'pass'],
      ['plan-sections', 'pass'],
      ['revert-sha', 'pass'],
      ['reversible', 'pass'],
      ['findings', 'pass'],
      ['checklist', 'pass'],
      ['drill', 'skipped'],
    ]);
    expect(report.verdict).toBe('pass');
    expect(result.status).toBe(0);
  });

  it('fails (exit 1) a destructive migration without a down file or a plan', () => {
    const result = check('pr-bad', 'Drop the legacy column.');
    const report = json(result.stdout);
    expect(result.status).toBe(1);
    expect(report.verdict).toBe('fail');
    expect(report.risk).toBe('high');
    const rules = report.findings.map((f) => `${f.rule}@${f.line}`);
    expect(rules).toContain('drop-column@2');
    expect(rules).toContain('missing-down-migration@1');
    const dropColumn = report.findings.find((f) => f.rule === 'drop-column')!;
    expect(dropColumn.severity).toBe('error');
    expect(dropColumn.docs).toMatch(/docs\/rules\/drop-column\.md$/);
    const failing = report.gates.filter((g) => g.status === 'fail').map((g) => g.id);
    expect(failing).toEqual(expect.arrayContaining(['rollback-plan', 'revert-sha', 'reversible', 'findings']));
  });

  it('is not applicable (exit 0) when nothing relevant changed', () => {
    const result = check('pr-docs', '');
    const report = json(result.stdout);
    expect(result.status).toBe(0);
    expect(report.verdict).toBe('not-applicable');
    expect(report.risk).toBe('none');
    expect(report.changes).toEqual([]);
    expect(report.gates.every((g) => g.status === 'skipped')).toBe(true);
  });

  it('handles renamed, deleted and binary files and flags a :latest image', () => {
    const result = check('pr-mixed', '');
    const report = json(result.stdout);
    expect(report.changes).toContainEqual({ path: 'k8s/deployment.yaml', kind: 'deploy', status: 'added' });
    expect(report.findings.map((f) => [f.rule, f.path, f.line])).toContainEqual(['mutable-image-tag', 'k8s/deployment.yaml', 10]);
    expect(report.changes.find((c) => c.path === 'assets/logo.png')).toBeUndefined();
    expect(result.status).toBe(1);
  });

  it('reads the config from the base branch, never from the pull request head', () => {
    const report = json(check('pr-config', 'no plan').stdout);
    expect(report.changes.map((c) => c.path)).toContain('.github/rollback-ready.yml');
    expect(report.verdict).toBe('fail');
    expect(report.gates.find((g) => g.id === 'rollback-plan')!.status).toBe('fail');
  });

  it('fails the revert-sha gate for a SHA that is not on the base branch, and one that does not exist', () => {
    const sideSha = repo.git('rev-parse', 'side');
    const notOnBase = json(check('pr-good', PLAN(sideSha)).stdout).gates.find((g) => g.id === 'revert-sha')!;
    expect(notOnBase.status).toBe('fail');
    expect(notOnBase.message).toContain('not on the base branch');
    const unknown = json(check('pr-good', PLAN('deadbeefdeadbeef')).stdout).gates.find((g) => g.id === 'revert-sha')!;
    expect(unknown.status).toBe('fail');
    expect(unknown.message).toContain('does not exist');
  });

  it('prints a text report and a Markdown comment with a plan skeleton naming the base SHA', () => {
    const args = ['check', '--repo', repo.dir, '--base', 'main', '--head', 'pr-bad', '--body', body('bad.md', 'x')];
    const text = runCli(args);
    expect(text.status).toBe(1);
    expect(text.stdout).toContain('Rollback readiness: FAIL');
    expect(text.stdout).toContain('db/migrations/000002_drop_legacy.up.sql:2');
    expect(text.stdout).not.toMatch(/\x1b\[/);
    const markdown = runCli([...args, '--format', 'markdown']);
    expect(markdown.stdout).toContain('❌ **Rollback readiness: fail**');
    expect(markdown.stdout).toContain('| ❌ | Rollback plan |');
    expect(markdown.stdout).toContain(`Revert SHA: \`${baseSha.slice(0, 12)}\``);
    expect(markdown.stdout).toContain('[`drop-column`]');
  });

  it('reads the body from stdin with --body -', () => {
    const result = runCli(['check', '--repo', repo.dir, '--base', 'main', '--head', 'pr-good', '--body', '-', '--format', 'json'], {
      input: PLAN(baseSha),
    });
    expect(json(result.stdout).verdict).toBe('pass');
  });

  it('defaults --base to the merge base with the default branch and --head to HEAD', () => {
    repo.git('checkout', '-q', 'pr-bad');
    try {
      const result = runCli(['check', '--format', 'json'], { cwd: repo.dir });
      expect(json(result.stdout).findings.some((f) => f.rule === 'drop-column')).toBe(true);
    } finally {
      repo.git('checkout', '-q', 'main');
    }
  });

  it('works on a shallow clone with detached HEAD when the refs exist', () => {
    const clone = makeRepo();
    try {
      clone.git('fetch', '-q', '--depth', '1', `file://${repo.dir}`, 'main:refs/remotes/origin/main', 'pr-bad:refs/remotes/origin/pr-bad');
      expect(clone.git('rev-parse', '--is-shallow-repository')).toBe('true');
      clone.git('checkout', '-q', '--detach', 'origin/pr-bad');
      const result = runCli(['check', '--repo', clone.dir, '--base', 'origin/main', '--format', 'json']);
      expect(json(result.stdout).findings.some((f) => f.rule === 'drop-column')).toBe(true);
    } finally {
      clone.cleanup();
    }
  });

  it('prints a rollback plan template sized to the risk', () => {
    const result = runCli(['template', '--repo', repo.dir, '--base', 'main', '--head', 'pr-bad']);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain('## Rollback plan');
    expect(result.stdout).toContain('### Point of no return');
    expect(result.stdout).toContain(`Revert SHA: \`${baseSha.slice(0, 12)}\``);
  });
});

describe('bad input: one clear line on stderr, exit 2', () => {
  const expectError = (result: ReturnType<typeof runCli>, pattern: RegExp) => {
    expect(result.status).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')[0]).toMatch(pattern);
  };

  it('a missing --body file', () => {
    expectError(
      runCli(['check', '--repo', repo.dir, '--base', 'main', '--head', 'pr-good', '--body', '/nope/body.md']),
      /--body \/nope\/body\.md: no such file/,
    );
  });

  it('a directory that is not a git repository', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rr-not-a-repo-'));
    try {
      expectError(runCli(['check', '--repo', dir]), /not a git repository/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an unknown ref', () => {
    expectError(runCli(['check', '--repo', repo.dir, '--base', 'main', '--head', 'no-such-branch']), /unknown git ref "no-such-branch"/);
  });

  it('a malformed config names file and line', () => {
    const cfg = join(repo.dir, '.git', 'bad.yml');
    writeFileSync(cfg, 'gates:\n  findings: maybe\n');
    expectError(runCli(['check', '--repo', repo.dir, '--base', 'main', '--head', 'pr-good', '--config', cfg]), new RegExp(`${cfg}:2: "gates\\.findings"`));
  });

  it('a malformed base-branch config names .github/rollback-ready.yml and its line', () => {
    const other = makeRepo();
    try {
      other.write({ '.github/rollback-ready.yml': 'rules:\n  drop-columns: error\n' });
      other.commit('base');
      expectError(
        runCli(['check', '--repo', other.dir, '--base', 'main', '--head', 'main']),
        /\.github\/rollback-ready\.yml:2: "rules\.drop-columns": unknown rule/,
      );
    } finally {
      other.cleanup();
    }
  });

  it('unknown commands and flags', () => {
    expectError(runCli(['frobnicate']), /unknown command "frobnicate"/);
    expectError(runCli(['check', '--colour']), /^rollback-ready check: unknown option --colour\. Run "rollback-ready check --help" for usage\.$/);
    expectError(runCli(['check', '--repo', repo.dir, '--format', 'yaml']), /--format must be one of text, json, markdown/);
  });
});

describe('big and odd input still produces a report', () => {
  it('a 1 MB body and a body of binary junk', () => {
    const big = `${PLAN(baseSha)}\n${'lorem ipsum dolor sit amet '.repeat(40_000)}`;
    expect(big.length).toBeGreaterThan(1_000_000);
    expect(json(check('pr-good', big).stdout).verdict).toBe('pass');
    const junk = Buffer.from(Array.from({ length: 50_000 }, (_, i) => (i * 7919) % 256)).toString('latin1');
    const result = check('pr-good', junk);
    expect(result.status).toBe(1);
    expect(json(result.stdout).gates.find((g) => g.id === 'rollback-plan')!.status).toBe('fail');
  });

  it('a pull request of 3,000 files', () => {
    const big = makeRepo();
    try {
      big.write({ 'README.md': 'x\n' });
      big.commit('base');
      big.git('checkout', '-q', '-b', 'huge');
      const files: Record<string, string> = {};
      for (let i = 0; i < 1500; i++) {
        const n = String(i + 1).padStart(6, '0');
        files[`db/migrations/${n}_t${i}.up.sql`] = `CREATE TABLE t${i} (id int);\n`;
        files[`db/migrations/${n}_t${i}.down.sql`] = `DROP TABLE t${i};\n`;
      }
      big.write(files);
      big.commit('3000 files');
      const result = runCli(['check', '--repo', big.dir, '--base', 'main', '--head', 'huge', '--format', 'json']);
      const report = json(result.stdout);
      expect(report.changes).toHaveLength(3000);
      expect(report.verdict).toBe('fail');
      expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    } finally {
      big.cleanup();
    }
  });
});

describe('rollback-ready check reads earlier migrations from git', () => {
  it("judges a Django AlterField against the head commit's history, not the working tree", () => {
    const r = makeRepo();
    try {
      const migration = (deps: string, ops: string) =>
        `from django.db import migrations, models\n\n\nclass Migration(migrations.Migration):\n    dependencies = [${deps}]\n\n    operations = [\n${ops}\n    ]\n`;
      r.write({
        'shop/migrations/0001_initial.py': migration(
          '',
          '        migrations.CreateModel(name="Order", fields=[("id", models.BigAutoField(primary_key=True)), ("quantity", models.IntegerField())]),',
        ),
      });
      r.commit('initial');
      r.git('checkout', '-q', '-b', 'help');
      r.write({
        'shop/migrations/0002_help.py': migration(
          '("shop", "0001_initial")',
          '        migrations.AlterField("order", "quantity", models.IntegerField(help_text="items")),',
        ),
      });
      r.commit('help text');
      // The working tree says otherwise: only the head commit counts.
      r.write({
        'shop/migrations/0001_initial.py': migration('', '        migrations.CreateModel(name="Order", fields=[("quantity", models.BigIntegerField())]),'),
      });
      const result = runCli(['check', '--repo', r.dir, '--base', 'main', '--head', 'help', '--body', '-', '--format', 'json'], { input: '' });
      const report = JSON.parse(result.stdout) as Report;
      expect(report.changes.map((c) => c.path)).toEqual(['shop/migrations/0002_help.py']);
      expect(report.findings.map((f) => f.rule).filter((rule) => rule !== 'missing-lock-timeout')).toEqual([]);
    } finally {
      r.cleanup();
    }
  });
});
