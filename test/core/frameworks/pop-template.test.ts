// pop's migration templates (gobuffalo/pop and ory/popx render every file with Go's text/template):
// shapes from supabase/auth (`{{ index .Options "Namespace" }}`) and ory/kratos (`{{ if .IsCockroach }}`,
// `{{ identifier .Parameters.tableName }}`).
import { describe, expect, test } from 'vitest';
import pop from '../../../src/core/frameworks/pop';
import { renderPopTemplate } from '../../../src/core/frameworks/pop/template';
import { detectSqlFramework, hasPopTemplate, popName } from '../../../src/core/frameworks/sql-detect';

describe('renderPopTemplate', () => {
  test('a value becomes an identifier from its last string or field, in lower case', () => {
    const sql =
      'ALTER TABLE {{ index .Options "Namespace" }}.users ADD COLUMN x int;\nALTER TABLE "{{index .Options "Namespace" }}"."users" RENAME COLUMN a TO b;';
    expect(renderPopTemplate(sql).text).toBe('ALTER TABLE _namespace_.users ADD COLUMN x int;\nALTER TABLE "_namespace_"."users" RENAME COLUMN a TO b;');
    expect(renderPopTemplate('CREATE TABLE {{ identifier .Parameters.tableName }} (id uuid);').text).toBe('CREATE TABLE _tablename_ (id uuid);');
    expect(renderPopTemplate('-- on {{ .DialectDetails.Database }}').text).toBe('-- on _database_');
  });

  test('if / else if / else / end keep the branch the database runs; lines stay where they were', () => {
    const fizz = [
      '{{ if or .IsPostgreSQL .IsMySQL .IsMariaDB }}',
      '  add_column("t", "form", "json", { "null": true })',
      '{{ end }}',
      '{{ if .IsCockroach }}',
      '  add_column("t", "form", "json", { "default": "{}" })',
      '{{ else if .IsSQLite }}',
      '  sql("-- sqlite")',
      '{{ else }}',
      '  drop_column("t", "x")',
      '{{ end }}',
    ].join('\n');
    const postgres = renderPopTemplate(fizz).text.split('\n');
    expect(postgres).toHaveLength(10);
    expect(postgres[1]).toContain('add_column("t", "form", "json", { "null": true })');
    expect(postgres[4]).toBe('');
    expect(postgres[6]).toBe('');
    expect(postgres[8]).toContain('drop_column');
    const cockroach = renderPopTemplate(fizz, 'cockroachdb').text.split('\n');
    // popx's IsPostgreSQL holds for CockroachDB too (dbal.IsPostgresCompatible).
    expect(cockroach[1]).toContain('"null": true');
    expect(cockroach[4]).toContain('"default": "{}"');
    expect(cockroach[8]).toBe('');
    const sqlite = renderPopTemplate(fizz, 'sqlite').text.split('\n');
    expect(sqlite[1]).toBe('');
    expect(sqlite[6]).toContain('sqlite');
    expect(
      renderPopTemplate('{{ if not .IsMySQL }}a{{ end }}{{ if eq .Dialect "postgres" "cockroach" }}b{{ end }}{{ if and .IsMySQL (not .IsSQLite) }}c{{ end }}')
        .text,
    ).toBe('ab');
    expect(renderPopTemplate('{{ if ne .Dialect "mysql" }}a{{ end }}', 'mysql').text).toBe('');
  });

  test('comments and trim markers', () => {
    expect(renderPopTemplate('{{/* a\ncomment */}}SELECT 1;{{- /* x */ -}}').text).toBe('\nSELECT 1;');
    expect(renderPopTemplate('{{- if .IsPostgreSQL -}}x{{- end -}}').text).toBe('x');
  });

  test('what is not evaluated leaves the file as written, and says why', () => {
    for (const sql of [
      '{{ range .Parameters.tables }}DROP TABLE x;{{ end }}',
      '{{ if .IsOracle }}x{{ end }}',
      '{{ if .IsMySQL }}x',
      'x{{ end }}',
      '{{ with .Options }}x{{ end }}',
      '{{ if eq .Dialect }}x{{ end }}',
    ]) {
      const r = renderPopTemplate(sql);
      expect(r.text).toBe(sql);
      expect(r.unread).toMatch(/on line 1|without/);
    }
    // A condition inside a branch the database does not run is not evaluated (Go does not either).
    expect(renderPopTemplate('{{ if .IsMySQL }}{{ if .IsOracle }}x{{ end }}{{ end }}y')).toEqual({ text: 'y' });
    // `}}` inside a string of an action does not close it.
    expect(renderPopTemplate('{{ index .Options "a}}b" }}').text).toBe('_a__b_');
    expect(renderPopTemplate('SELECT 1;').text).toBe('SELECT 1;');
  });
});

describe('a file that is a pop template is read as pop', () => {
  test('classification: a template over pop data, with pop names of any version length', () => {
    const content = 'CREATE TABLE {{ index .Options "Namespace" }}.users (id uuid);';
    expect(hasPopTemplate(content)).toBe(true);
    expect(hasPopTemplate("INSERT INTO mail VALUES ('Hello {{ name }}');")).toBe(false);
    expect(detectSqlFramework('migrations/00_init_auth_schema.up.sql', content)).toBe('pop');
    expect(detectSqlFramework('migrations/20210710035447_alter_users.up.sql', content)).toBe('pop');
    // Mustache text in a string, as golang-migrate runs it: not a pop template.
    expect(detectSqlFramework('migrations/000001_mail.up.sql', "INSERT INTO mail VALUES ('Hello {{ name }}');")).toBe('golang-migrate');
    // Name-only rules unchanged: a short version with a dialect part is not pop by name alone.
    expect(detectSqlFramework('migrations/1_x.postgres.up.sql', 'SELECT 1;')).toBe('golang-migrate');
    expect(popName('00_init_auth_schema.up.sql')).toMatchObject({ stamp: '00', part: '', name: 'init_auth_schema', direction: 'up' });
  });

  test('the file, its down and the earlier migrations a look back reads are rendered', async () => {
    const dir = 'migrations/';
    const files: Record<string, string> = {
      '20210101000000_users.up.sql': 'CREATE TABLE IF NOT EXISTS {{ index .Options "Namespace" }}.users (id uuid PRIMARY KEY, phone varchar(15));',
      '20210101000000_users.down.sql': 'DROP TABLE {{ index .Options "Namespace" }}.users;',
      '20210201000000_phone.up.sql': 'ALTER TABLE "{{ index .Options "Namespace" }}".users ALTER COLUMN phone TYPE integer USING phone::integer;',
      '20210201000000_phone.down.sql': 'ALTER TABLE {{ index .Options "Namespace" }}.users ALTER COLUMN phone TYPE varchar(15);',
    };
    const name = '20210201000000_phone.up.sql';
    const analysis = await pop.analyse({
      path: dir + name,
      content: files[name]!,
      siblings: { [`${dir}20210201000000_phone.down.sql`]: files['20210201000000_phone.down.sql'] },
      listDir: async (d) => (d === dir ? Object.keys(files) : undefined),
      readFile: async (p) => files[p.slice(dir.length)],
    });
    expect(analysis.down).toBe('present');
    const change = analysis.hits.find((h) => h.rule === 'change-column-type');
    // The earlier type came from the templated CREATE TABLE (quoted in one file, not in the other).
    expect(change?.message).toContain('from varchar(15) (20210101000000_users.up.sql) to integer');
    expect(analysis.hits.map((h) => h.rule)).not.toContain('parse-error');
  });

  test('a construct not evaluated: the parser says where it stopped', async () => {
    const content = '{{ range .Parameters.tables }}DROP TABLE x;{{ end }}';
    const analysis = await pop.analyse({
      path: 'migrations/20210101000000_x.up.sql',
      content,
      siblings: { 'migrations/20210101000000_x.down.sql': 'SELECT 1;' },
    });
    expect(analysis.hits.map((h) => h.rule)).toContain('parse-error');
  });
});
