// The bad inputs both robustness suites feed to `lint`: through the core APIs and the built CLI.
import { bigSql } from './lint-helpers';

export interface BadFile {
  /** Repo-relative path; its name decides the framework or deploy format, as in a real repo. */
  path: string;
  bytes: Buffer;
  /** Rules that must be among the findings (the readable parts are still read). */
  expectRules?: string[];
  /** The file is binary: never analysed (a binary migration gets one parse-error notice saying so). */
  binary?: boolean;
}

const utf8 = (text: string) => Buffer.from(text, 'utf8');

/** YAML that expands to 9^6 nodes if aliases are followed blindly ("billion laughs"). */
const LAUGHS = [
  'x-a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]',
  'x-b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]',
  'x-c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]',
  'x-d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]',
  'x-e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]',
  'x-f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]',
].join('\n');

function manyDocuments(count: number): string {
  const docs: string[] = [];
  for (let i = 0; i < count; i++) {
    docs.push(
      [
        `x-tmpl: &tmpl${i}`,
        `  image: "registry.example.com/app:${i % 3 === 0 ? 'latest' : `1.${i}.0`}"`,
        'apiVersion: apps/v1',
        'kind: Deployment',
        `metadata: { name: app-${i} }`,
        'spec:',
        '  template:',
        '    spec:',
        '      containers:',
        `        - <<: *tmpl${i}`,
        '          name: app',
      ].join('\n'),
    );
  }
  // Broken documents among good ones: an undefined alias, a bad indent, a stray document end.
  docs.splice(5, 0, 'spec: *nowhere\n');
  docs.splice(9, 0, 'kind: Deployment\n  spec: [\n');
  docs.splice(13, 0, '...\n...\n');
  return docs.join('\n---\n');
}

function randomBytes(count: number, seed: number): Buffer {
  const out = Buffer.alloc(count);
  let x = seed >>> 0 || 1;
  for (let i = 0; i < count; i++) {
    x ^= x << 13;
    x ^= x >>> 17;
    x ^= x << 5;
    out[i] = x & 0xff;
  }
  return out;
}

/** Bytes that are not UTF-8 (lone continuation bytes, overlong forms, surrogates, 0xFF). */
const INVALID_UTF8 = Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0xa0, 0xa1, 0xe2, 0x28, 0xa1, 0xf0, 0x90, 0x28, 0xbc, 0xc0, 0xaf, 0xed, 0xa0, 0x80]);

export function badFiles(): BadFile[] {
  const bigLine = 'UPDATE accounts SET flagged = true WHERE id IN (' + Array.from({ length: 120_000 }, (_, i) => String(i)).join(', ') + ');';
  return [
    // Empty and whitespace-only files of every kind.
    { path: 'db/migrations/000001_empty.up.sql', bytes: utf8(''), expectRules: ['missing-down-migration'] },
    { path: 'db/migrations/000002_blank.up.sql', bytes: utf8('\n\n   \n\t\n') },
    { path: 'db/migrations/000003_goose.sql', bytes: utf8('-- +goose Up\n') },
    { path: 'db/migrate/20240101000000_empty.rb', bytes: utf8('') },
    { path: 'shop/migrations/0001_empty.py', bytes: utf8('') },
    { path: 'k8s/empty.yaml', bytes: utf8('') },
    { path: 'infra/empty.tf', bytes: utf8('') },
    // Binary files (NUL bytes), named like migrations and manifests.
    { path: 'db/migrations/000004_blob.up.sql', bytes: randomBytes(4096, 4).fill(0, 10, 12), binary: true },
    { path: 'k8s/blob.yaml', bytes: Buffer.concat([utf8('kind: Deployment\n'), Buffer.from([0, 0, 0, 1, 2, 3])]), binary: true },
    // Random bytes without NULs: not binary by the rule, so they are read as (garbled) text.
    { path: 'db/migrations/000005_noise.up.sql', bytes: Buffer.from(randomBytes(20_000, 5).map((b) => b || 1)) },
    { path: 'infra/noise.tf', bytes: Buffer.from(randomBytes(5_000, 6).map((b) => b || 1)) },
    // Invalid UTF-8 around real statements.
    {
      path: 'db/migrations/000006_latin1.up.sql',
      bytes: Buffer.concat([
        utf8("ALTER TABLE users DROP COLUMN email;\nCOMMENT ON TABLE users IS '"),
        INVALID_UTF8,
        utf8("';\nUPDATE users SET name = 'caf"),
        Buffer.from([0xe9]),
        utf8("';\n"),
      ]),
      expectRules: ['drop-column'],
    },
    {
      path: 'db/migrate/20240102000000_bytes.rb',
      bytes: Buffer.concat([
        utf8('class X < ActiveRecord::Migration[7.1]\n  def change\n    remove_column :users, :email\n    # '),
        INVALID_UTF8,
        utf8('\n  end\nend\n'),
      ]),
    },
    {
      path: 'k8s/latin1.yaml',
      bytes: Buffer.concat([
        utf8('kind: Pod\napiVersion: v1\nmetadata: { name: "'),
        INVALID_UTF8,
        utf8('" }\nspec:\n  containers:\n    - image: nginx:latest\n'),
      ]),
      expectRules: ['mutable-image-tag'],
    },
    // A 5 MB migration.
    { path: 'db/migrations/000007_huge.up.sql', bytes: utf8(bigSql(5 * 1024 * 1024) + 'DROP TABLE legacy;\n'), expectRules: ['drop-table'] },
    // Huge single lines.
    { path: 'db/migrations/000008_one_line.up.sql', bytes: utf8(bigLine), expectRules: ['data-backfill'] },
    { path: 'db/migrations/000009_one_line_garbage.up.sql', bytes: utf8('DROP TABLE t; ' + 'x'.repeat(1_000_000)) },
    {
      path: 'k8s/one-line.yaml',
      bytes: utf8(
        '{"kind": "Deployment", "apiVersion": "apps/v1", "metadata": {"labels": {' +
          Array.from({ length: 20_000 }, (_, i) => `"k${i}": "v"`).join(', ') +
          '}}, "spec": {"template": {"spec": {"containers": [{"image": "app:latest"}]}}}}',
      ),
    },
    {
      path: 'db/migrate/20240103000000_long.rb',
      bytes: utf8(`class X < ActiveRecord::Migration[7.1]\n  def up\n    execute "${'SELECT 1; '.repeat(50_000)}"\n  end\nend\n`),
    },
    // SQL the Postgres parser rejects: MySQL, Go templates, unterminated quotes and comments.
    {
      path: 'db/migrations/mysql/000010_mysql.up.sql',
      bytes: utf8(
        'CREATE TABLE `orders` (`id` INT AUTO_INCREMENT, PRIMARY KEY (`id`)) ENGINE=InnoDB;\nDROP INDEX idx_orders_user ON orders;\nALTER TABLE orders MODIFY COLUMN total DECIMAL(10,2) AFTER id;\nOPTIMIZE TABLE orders;\nALTER TABLE users DROP COLUMN legacy;\n',
      ),
      expectRules: ['parse-error', 'drop-column'],
    },
    {
      path: 'db/migrations/000011_template.up.sql',
      bytes: utf8('CREATE TABLE {{ index .Options "Namespace" }}.jobs (id bigint);\n{{ if .Cleanup }}\nDROP TABLE {{ .Schema }}.old_jobs;\n{{ end }}\n'),
      expectRules: ['parse-error'],
    },
    {
      path: 'db/migrations/000012_unterminated.up.sql',
      bytes: utf8("DROP TABLE a;\nSELECT 'never closed;\nCREATE FUNCTION f() RETURNS int AS $$ SELECT 1;\n/* open comment\n"),
      expectRules: ['parse-error'],
    },
    { path: 'db/migrations/000013_psql.up.sql', bytes: utf8('\\set ON_ERROR_STOP on\n\\i other.sql\nDROP TABLE gone;\n'), expectRules: ['parse-error'] },
    { path: 'db/migrations/000014_deep.up.sql', bytes: utf8('SELECT ' + '('.repeat(20_000) + '1' + ')'.repeat(20_000) + ';\nDROP TABLE deep;\n') },
    // YAML: anchors and aliases (bombs included), many documents, broken documents.
    {
      path: 'k8s/laughs.yaml',
      bytes: utf8(
        `${LAUGHS}\napiVersion: apps/v1\nkind: Deployment\nspec:\n  revisionHistoryLimit: 0\n  template:\n    spec:\n      containers:\n        - image: *a\n`,
      ),
      expectRules: ['rollback-history-disabled'],
    },
    { path: 'k8s/many.yaml', bytes: utf8(manyDocuments(3000)), expectRules: ['mutable-image-tag'] },
    { path: 'db/changelog/laughs.yaml', bytes: utf8(`${LAUGHS}\ndatabaseChangeLog:\n  - changeSet:\n      id: 1\n      author: a\n      changes: *f\n`) },
    { path: 'k8s/recursive.yaml', bytes: utf8('a: &a\n  b: *a\nkind: Deployment\n') },
    // HCL with syntax errors.
    { path: 'fly/broken/fly.toml', bytes: utf8('app = "x"\n[build\n  image = "nginx:latest"\n= = =\n[deploy]\nstrategy = """immediate\n') },
    {
      path: 'infra/broken.tf',
      bytes: utf8('resource "aws_db_instance" "main" {\n  deletion_protection = false\n  tags = {\n    Name = "db"\n'),
      expectRules: ['deletion-protection-removed'],
    },
    { path: 'infra/garbage.tf', bytes: utf8('}}}} resource "x" {{{ = = = "\nlifecycle { prevent_destroy = \n<<EOF\nnever ends\n') },
    { path: 'infra/deep.tf', bytes: utf8('locals {\n  x = ' + '['.repeat(5000) + ']'.repeat(5000) + '\n}\n') },
    // DSL migrations that do not parse.
    { path: 'db/migrate/20240104000000_broken.rb', bytes: utf8('class X < ActiveRecord::Migration[7.1]\n  def change\n    drop_table :users\n    if (\n') },
    {
      path: 'shop/migrations/0002_broken.py',
      bytes: utf8(
        'from django.db import migrations\nclass Migration(migrations.Migration):\n    operations = [\n        migrations.RemoveField(model_name="user", name="email"),\n        migrations.RunPython(\n',
      ),
    },
  ];
}
