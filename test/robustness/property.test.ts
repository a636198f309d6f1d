// Property tests: for each kind of file `lint` reads, arbitrary text, arbitrary bytes and soups of
// the kind's own tokens give findings the report contract allows, and never a throw.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { expectValidFindings, lintContent } from './lint-helpers';

/** Runs per property: bounded so the whole robustness suite stays well under a minute. */
const RUNS = 300;

interface Kind {
  name: string;
  path: string;
  /** Fragments of the kind's own syntax, to reach deeper parser and analyser states than noise. */
  tokens: string[];
  /** Prepended to generated text, so the content check picks this framework. */
  prefix?: string;
  /** Sibling files (the down of an up) generated alongside. */
  sibling?: string;
  /** How tokens are joined (YAML is indentation-sensitive: no separator). */
  joiner?: string;
}

const SQL_TOKENS = [
  'CREATE TABLE t (id int)',
  'DROP TABLE t',
  'ALTER TABLE t ',
  'ADD COLUMN c text NOT NULL',
  'DROP COLUMN c',
  'RENAME TO u',
  'ALTER COLUMN c TYPE bigint',
  'SET NOT NULL',
  'CREATE INDEX CONCURRENTLY i ON t (c)',
  'CREATE UNIQUE INDEX i ON t (c)',
  'UPDATE t SET c = 1',
  'DELETE FROM t',
  'TRUNCATE t',
  'BEGIN',
  'COMMIT',
  'ROLLBACK',
  'VACUUM FULL t',
  "ALTER TYPE e ADD VALUE 'x'",
  "SET lock_timeout = '1s'",
  'ADD CONSTRAINT fk FOREIGN KEY (c) REFERENCES u (id)',
  'NOT VALID',
  'VALIDATE CONSTRAINT fk',
  'DEFAULT now()',
  'DEFAULT gen_random_uuid()',
  ';',
  ';\n',
  '\n',
  ' ',
  ',',
  '(',
  ')',
  "'",
  '"',
  '$$',
  '$tag$',
  '--',
  '-- rollback-ready-ignore drop-table: ok\n',
  '/*',
  '*/',
  '{{ .Schema }}',
  '`',
  'DROP INDEX i ON t',
  '\\set x 1\n',
  "E'\\\\'",
  'U&"d\\0061t"',
  '\u0000',
  '\ufeff',
  '\r\n',
];

const KINDS: Kind[] = [
  {
    name: 'golang-migrate up (.sql)',
    path: 'db/migrations/000001_change.up.sql',
    sibling: 'db/migrations/000001_change.down.sql',
    tokens: SQL_TOKENS,
  },
  {
    name: 'goose (.sql)',
    path: 'db/migrations/20240101000000_change.sql',
    prefix: '-- +goose Up\n',
    tokens: [
      ...SQL_TOKENS,
      '\n-- +goose Down\n',
      '\n-- +goose StatementBegin\n',
      '\n-- +goose StatementEnd\n',
      '\n-- +goose NO TRANSACTION\n',
      '\n-- +goose Up\n',
    ],
  },
  {
    name: 'Rails (.rb)',
    path: 'db/migrate/20240101000000_change.rb',
    prefix: 'class Change < ActiveRecord::Migration[7.1]\n',
    tokens: [
      'def change\n',
      'def up\n',
      'def down\n',
      'end\n',
      'remove_column :users, :email',
      ', :string',
      'drop_table :users',
      'rename_column :users, :a, :b',
      'add_index :users, :email',
      ', algorithm: :concurrently',
      'change_column_null :users, :a, false',
      'execute "DROP TABLE x"',
      'execute <<~SQL\nDROP TABLE y\nSQL\n',
      'reversible do |dir|\n',
      'dir.up { }',
      'raise ActiveRecord::IrreversibleMigration\n',
      'up_only { }',
      '# rollback-ready-ignore drop-table: ok\n',
      '#',
      '"',
      "'",
      '(',
      ')',
      '{',
      '}',
      '|',
      'do',
      '\n',
      ' ',
      ',',
      ':',
      '=>',
      '%w[',
      ']',
    ],
  },
  {
    name: 'Django (.py)',
    path: 'shop/migrations/0002_change.py',
    prefix: 'from django.db import migrations, models\n\nclass Migration(migrations.Migration):\n',
    tokens: [
      '    operations = [\n',
      '    ]\n',
      '        migrations.RemoveField(model_name="user", name="email"),\n',
      '        migrations.DeleteModel(name="User"),\n',
      '        migrations.RunPython(forwards),\n',
      '        migrations.RunPython(forwards, migrations.RunPython.noop),\n',
      '        migrations.RunSQL("DROP TABLE x"),\n',
      '        migrations.RunSQL(["UPDATE t SET a = 1", ("SELECT %s", [1])], reverse_sql="SELECT 1"),\n',
      '        migrations.RenameField("user", "a", "b"),\n',
      '        migrations.AlterField(model_name="u", name="a", field=models.TextField()),\n',
      '    atomic = False\n',
      'migrations.SeparateDatabaseAndState(',
      '"""',
      "'",
      '"',
      '(',
      ')',
      '[',
      ']',
      ',',
      '#',
      '\n',
      '    ',
      '\t',
      'lambda: None',
      '\\',
    ],
  },
  {
    name: 'Kubernetes (.yaml)',
    path: 'k8s/app.yaml',
    joiner: '',
    tokens: [
      // Whole documents, so that soups also hold manifests the rules read.
      '---\napiVersion: apps/v1\nkind: Deployment\nspec:\n  revisionHistoryLimit: 0\n  template:\n    spec:\n      containers:\n        - image: app:latest\n---\n',
      '---\nkind: Pod\nspec:\n  containers:\n    - &c { image: "nginx" }\n    - *c\n---\n',
      '---\n',
      '---\n',
      '---\n',
      'apiVersion: apps/v1\n',
      'kind: Deployment\n',
      'kind: CronJob\n',
      'spec:\n',
      '  revisionHistoryLimit: 0\n',
      '  strategy:\n    type: Recreate\n',
      '  template:\n    spec:\n      containers:\n',
      '        - image: nginx:latest\n',
      '        - image: nginx\n',
      '        - image: nginx@sha256:abc\n',
      '---\n',
      '...\n',
      '&a ',
      '*a',
      '<<: *a\n',
      '!!str ',
      '!custom ',
      '{',
      '}',
      '[',
      ']',
      ':',
      '- ',
      '"',
      "'",
      '#',
      '\n',
      '  ',
      '\t',
      '|\n',
      '>-\n',
      '? ',
      '%YAML 1.2\n',
    ],
  },
  {
    name: 'Terraform (.tf)',
    path: 'infra/main.tf',
    tokens: [
      'resource "aws_db_instance" "db" {\n',
      'resource "google_sql_database_instance" "x" {\n',
      '}\n',
      '  deletion_protection = false\n',
      '  deletion_protection = true\n',
      '  lifecycle {\n    prevent_destroy = false\n  }\n',
      'variable "x" {}\n',
      '  tags = {\n',
      '${var.x}',
      '<<EOF\n',
      'EOF\n',
      '"',
      '=',
      '{',
      '}',
      '[',
      ']',
      '#',
      '//',
      '/*',
      '*/',
      '\n',
      ' ',
      ',',
      'dynamic "x" {\n',
      'for_each = ',
      'count = 0\n',
    ],
  },
];

const soup = (tokens: string[], joiner = ' ') => fc.array(fc.constantFrom(...tokens), { maxLength: 60 }).map((parts) => parts.join(joiner));
const text = fc.string({ unit: 'binary', maxLength: 400 });
/** Bytes as the CLI reads a file: decoded as UTF-8, invalid sequences replaced. */
const bytes = fc.uint8Array({ maxLength: 400 }).map((b) => Buffer.from(b).toString('utf8'));

describe.each(KINDS.map((k) => [k.name, k] as const))('lint on arbitrary %s', (_name, kind) => {
  let withFindings = 0;
  const run = async (body: string, down: string | undefined) => {
    const content = (kind.prefix ?? '') + body;
    const siblings = kind.sibling ? { [kind.sibling]: down } : {};
    const findings = await lintContent(kind.path, content, siblings);
    expectValidFindings(findings, kind.path, content);
    if (findings.some((f) => f.rule !== 'parse-error')) withFindings++;
  };
  const downs = fc.option(soup(SQL_TOKENS), { nil: undefined });

  it('arbitrary text', async () => {
    await fc.assert(fc.asyncProperty(text, downs, run), { numRuns: RUNS });
  });

  it('arbitrary bytes', async () => {
    await fc.assert(fc.asyncProperty(bytes, downs, run), { numRuns: RUNS });
  });

  it('soups of its own tokens (and they do reach the rules)', async () => {
    withFindings = 0;
    await fc.assert(fc.asyncProperty(soup(kind.tokens, kind.joiner), downs, run), { numRuns: RUNS * 2 });
    expect(withFindings, 'token soups that produced a finding').toBeGreaterThan(RUNS / 10);
  });
});
