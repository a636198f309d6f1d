import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/core/types';
import { runCli } from '../helpers/git-repo';

/** `-- expect: <rule> <line>` / `# expect: …` lines at the top of a fixture. */
const expected = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*(?:--|#|\/\/)\s*expect:\s*([a-z-]+)\s+(\d+)/gm)].map((m) => `${m[1]}@${m[2]}`).sort();

const lintJson = (...files: string[]) => {
  const result = runCli(['lint', ...files, '--format', 'json']);
  return { ...result, findings: (JSON.parse(result.stdout || '{"findings":[]}') as { findings: Finding[] }).findings };
};

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'rr-lint-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('rollback-ready lint (built CLI)', () => {
  it.each(['test/fixtures/rules/drop-column/err/drop-column.sql', 'test/fixtures/rules/mutable-image-tag/err/Dockerfile'])(
    'reports exactly the expected rules and lines of %s',
    (file) => {
      const { status, findings } = lintJson(file);
      expect(
        findings
          .filter((f) => f.rule !== 'parse-error')
          .map((f) => `${f.rule}@${f.line}`)
          .sort(),
      ).toEqual(expected(file));
      expect(status).toBe(findings.some((f) => f.severity === 'error') ? 1 : 0);
    },
  );

  it('decides a Rails migration from its content, outside db/migrate', () => {
    const { findings } = lintJson('test/fixtures/frameworks/rails/err/20240101000000_remove_email.rb');
    expect(findings.map((f) => f.rule)).toEqual(expect.arrayContaining(['drop-column', 'irreversible-operation', 'rename-table']));
    expect(findings.every((f) => f.path.endsWith('.rb'))).toBe(true);
  });

  it('looks for the down counterpart on disk', () => {
    mkdirSync(join(dir, 'migrations'), { recursive: true });
    const up = join(dir, 'migrations', '000001_add.up.sql');
    writeFileSync(up, 'ALTER TABLE users ADD COLUMN nickname text;\n');
    expect(lintJson(up).findings.map((f) => f.rule)).toEqual(['missing-down-migration']);
    writeFileSync(join(dir, 'migrations', '000001_add.down.sql'), 'ALTER TABLE users DROP COLUMN nickname;\n');
    const { findings, status } = lintJson(up);
    expect(findings).toEqual([]);
    expect(status).toBe(0);
  });

  it('prints text with file:line:column, and a clean summary when nothing is found', () => {
    const text = runCli(['lint', 'test/fixtures/rules/drop-column/err/drop-column.sql']);
    expect(text.stdout).toMatch(/drop-column\.sql:\d+:1\s+error\s+drop-column/);
    const clean = runCli(['lint', 'test/fixtures/rules/drop-column/ok/add-column.sql']);
    expect(clean.stdout).toBe('No findings in 1 file\n');
    expect(clean.status).toBe(0);
  });

  it('never crashes on empty, binary or unparseable files', () => {
    const empty = join(dir, 'empty.sql');
    const binary = join(dir, 'blob.sql');
    const broken = join(dir, 'broken.sql');
    writeFileSync(empty, '');
    writeFileSync(binary, Buffer.from([0, 1, 2, 3, 255, 254, 0, 0]));
    writeFileSync(broken, 'SELECT {{ .Options "x" }} FROM;\nDROP TABLE t;\n');
    const { findings, status } = lintJson(empty, binary, broken);
    expect(status).toBe(1);
    expect(findings.map((f) => f.rule).sort()).toEqual(['drop-table', 'parse-error', 'parse-error']);
    // A binary migration is never passed silently: it was not analysed, and the report says so.
    const blob = findings.find((f) => f.path.endsWith('blob.sql'));
    expect(blob).toMatchObject({ rule: 'parse-error', severity: 'notice', line: 1 });
    expect(blob!.message).toContain('looks binary');
  });

  it('reads a Django AlterField against the earlier migrations on disk', () => {
    const app = join(dir, 'shop', 'migrations');
    mkdirSync(app, { recursive: true });
    const migration = (deps: string, ops: string) =>
      `from django.db import migrations, models\n\n\nclass Migration(migrations.Migration):\n    dependencies = [${deps}]\n\n    operations = [\n${ops}\n    ]\n`;
    writeFileSync(
      join(app, '0001_initial.py'),
      migration(
        '',
        '        migrations.CreateModel(name="Order", fields=[("id", models.BigAutoField(primary_key=True)), ("quantity", models.IntegerField())]),',
      ),
    );
    writeFileSync(
      join(app, '0002_help.py'),
      migration('("shop", "0001_initial")', '        migrations.AlterField("order", "quantity", models.IntegerField(help_text="items")),'),
    );
    writeFileSync(
      join(app, '0003_big.py'),
      migration('("shop", "0002_help")', '        migrations.AlterField("order", "quantity", models.BigIntegerField(help_text="items")),'),
    );
    const rules = (file: string) => {
      const result = runCli(['lint', file, '--format', 'json'], { cwd: dir });
      return (JSON.parse(result.stdout) as { findings: Finding[] }).findings.map((f) => f.rule).filter((r) => r !== 'missing-lock-timeout');
    };
    expect(rules('shop/migrations/0002_help.py')).toEqual([]);
    expect(rules('shop/migrations/0003_big.py')).toEqual(['change-column-type']);
  });

  it('judges a SQL type change against the earlier migrations in the folder on disk', () => {
    const folder = join(dir, 'svc', 'db', 'migrations');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, '000001_orders.up.sql'), 'CREATE TABLE orders (id bigint PRIMARY KEY, qty integer, note varchar(20));\n');
    writeFileSync(join(folder, '000001_orders.down.sql'), 'DROP TABLE orders;\n');
    writeFileSync(
      join(folder, '000002_types.up.sql'),
      "SET lock_timeout = '2s';\nALTER TABLE orders ALTER COLUMN note TYPE text;\nALTER TABLE orders ALTER COLUMN qty TYPE text;\n",
    );
    writeFileSync(join(folder, '000002_types.down.sql'), 'SELECT 2;\n');
    const result = runCli(['lint', 'db/migrations/000002_types.up.sql', '--format', 'json'], { cwd: join(dir, 'svc') });
    const found = (JSON.parse(result.stdout) as { findings: Finding[] }).findings.filter((f) => f.rule === 'change-column-type');
    expect(found.map((f) => f.line)).toEqual([3]);
    expect(found[0]!.message).toContain('from integer (000001_orders.up.sql) to text');
  });

  it('says a config it could not read (EISDIR), never reads the migration as Postgres in silence; an absent one stays silent', () => {
    const at = join(dir, 'drizzle-unread');
    mkdirSync(join(at, 'drizzle', 'meta'), { recursive: true });
    writeFileSync(join(at, 'drizzle', '0001_orders_index.sql'), 'CREATE INDEX orders_user_idx ON orders (user_id);\n');
    // No journal: Postgres, as before.
    const absent = runCli(['lint', 'drizzle/0001_orders_index.sql', '--format', 'json'], { cwd: at });
    expect((JSON.parse(absent.stdout) as { findings: Finding[] }).findings.map((f) => f.rule)).toEqual(['non-concurrent-index']);
    // A journal path that is there but cannot be read (a folder): the one notice, naming it and why.
    mkdirSync(join(at, 'drizzle', 'meta', '_journal.json'));
    const unread = runCli(['lint', 'drizzle/0001_orders_index.sql', '--format', 'json'], { cwd: at });
    const findings = (JSON.parse(unread.stdout) as { findings: Finding[] }).findings;
    expect(findings.map((f) => f.rule)).toEqual(['not-analysed']);
    expect(findings[0]!.message).toContain('could not be read: drizzle/meta/_journal.json (EISDIR: illegal operation on a directory)');
  });

  it('exits 2 on a missing file', () => {
    const result = runCli(['lint', join(dir, 'nope.sql')]);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/nope\.sql: no such file/);
  });

  it('never says "No findings" for a file it did not read: each gets a not-analysed notice naming why', () => {
    const readme = join(dir, 'README.md');
    const goMigration = join(dir, 'migrations', '00002_rename_root.go');
    writeFileSync(readme, '# migrations\n');
    mkdirSync(join(dir, 'migrations'), { recursive: true });
    writeFileSync(goMigration, 'package migrations\n');
    const { findings, status } = lintJson(readme, goMigration);
    expect(findings.map((f) => `${f.path.split('/').pop()}:${f.rule}@${f.line}:${f.severity}`).sort()).toEqual([
      '00002_rename_root.go:not-analysed@1:notice',
      'README.md:not-analysed@1:notice',
    ]);
    expect(findings.find((f) => f.path.endsWith('.go'))!.message).toContain('Go migration');
    expect(status).toBe(0);
    expect(runCli(['lint', readme]).stdout).not.toContain('No findings');
  });

  it('reads a folder by its configured dialect: no Postgres advice on MySQL, the universal rules still', () => {
    const legacy = join(dir, 'dialect', 'db', 'legacy');
    mkdirSync(legacy, { recursive: true });
    mkdirSync(join(dir, 'dialect', '.github'), { recursive: true });
    writeFileSync(join(dir, 'dialect', '.github', 'rollback-ready.yml'), "dialect:\n  'db/legacy/**': mysql\n");
    writeFileSync(join(legacy, '000002_x.up.sql'), 'CREATE INDEX i ON orders (a);\nALTER TABLE orders DROP COLUMN note;\n');
    writeFileSync(join(legacy, '000002_x.down.sql'), 'ALTER TABLE orders ADD COLUMN note text;\n');
    const run = (...extra: string[]) =>
      JSON.parse(runCli(['lint', 'db/legacy/000002_x.up.sql', '--format', 'json', ...extra], { cwd: join(dir, 'dialect') }).stdout) as { findings: Finding[] };
    expect(
      run()
        .findings.map((f) => f.rule)
        .sort(),
    ).toEqual(['drop-column', 'non-concurrent-index']);
    expect(run('--config', '.github/rollback-ready.yml').findings.map((f) => f.rule)).toEqual(['drop-column']);
  });

  it('fails closed when a parser cannot load: each file says it was not analysed, nothing passes silently', () => {
    // The built CLI with three of its WASM parsers missing, as a broken install would be.
    const broken = join(dir, 'broken-dist');
    cpSync(resolve('dist'), broken, { recursive: true });
    for (const wasm of ['libpg-query.wasm', 'tree-sitter-ruby.wasm', 'tree-sitter-python.wasm', 'tree-sitter-javascript.wasm', 'tree-sitter-terraform.wasm']) {
      // The WASM files sit in the Action's folder, which the CLI reads them from.
      rmSync(join(broken, 'action', wasm));
    }
    const tf = join(dir, 'main.tf');
    writeFileSync(tf, 'resource "aws_db_instance" "main" {\n  deletion_protection = false\n}\n');
    const files = [
      'test/fixtures/rules/drop-column/err/drop-column.sql',
      'test/fixtures/frameworks/rails/err/20240101000000_remove_email.rb',
      'test/fixtures/patterns/django-operations/err/shop/migrations/0003_move_tables.py',
      'test/fixtures/frameworks/db-migrate/err/migrations/20200101000000-remove-legacy-flag.js',
      tf,
    ];
    const result = runCli(['lint', ...files, '--format', 'json'], { node: process.execPath, cli: join(broken, 'cli.js') });
    const { findings } = JSON.parse(result.stdout) as { findings: Finding[] };
    expect(findings.map((f) => `${f.path.split('/').pop()}:${f.rule}`).sort()).toEqual([
      '0003_move_tables.py:parse-error',
      '20200101000000-remove-legacy-flag.js:parse-error',
      '20240101000000_remove_email.rb:parse-error',
      'drop-column.sql:parse-error',
      'main.tf:parse-error',
    ]);
    for (const f of findings) expect(f.message).toMatch(/\.wasm/);
  });
});
