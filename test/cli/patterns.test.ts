// The patterns real migration folders hold (issue #9), each as ok and err fixtures modelled on a
// public repository (named at the top of every fixture), run through the built CLI as a user runs
// it: `lint` on the files, and `check` on a pull request that adds them. The findings must be
// exactly the `expect: <rule> <line>` lines of the fixtures: nothing missed, nothing extra.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding, Report } from '../../src/core/types';
import { makeRepo, runCli, type TempRepo } from '../helpers/git-repo';

const FIXTURES = join(import.meta.dirname, '../fixtures');

/** Fixture folders: each holds `ok/` and `err/` trees laid out as in a repository. */
const PATTERNS = [
  'frameworks/sql-migrate',
  'frameworks/db-migrate',
  'frameworks/pop',
  'patterns/dialect-folders',
  'patterns/dialect-config',
  'patterns/do-blocks',
  'patterns/same-type-restatement',
  'patterns/rails-remove-columns',
  'patterns/rails-change-column-same-type',
  'patterns/django-operations',
  'patterns/liquibase-automatic-rollback',
  'patterns/liquibase-dbms',
  'patterns/liquibase-context',
  'patterns/liquibase-history',
  'patterns/liquibase-yaml',
  'patterns/liquibase-changesets',
  'patterns/drizzle-folder',
  'patterns/drizzle-sqlite',
  'patterns/diesel-folders',
  'patterns/diesel-history',
  'patterns/knex-sequelize-same-type',
  'patterns/restated-nullability',
  'patterns/alembic-existing-type',
  'patterns/laravel-change',
  'patterns/prisma-sqlite-lock',
  'patterns/nothing-to-undo',
  'patterns/ecto-modify',
  'patterns/ecto-helpers',
  'patterns/ecto-loops',
  'patterns/ecto-array-types',
  'patterns/laravel-blueprint-gaps',
  'patterns/sqlite-rebuild-rename',
  'patterns/sqlite-rebuild-drop',
  'patterns/clickhouse',
  'patterns/app-dialect',
  'patterns/flyway-spring-dialect',
  'patterns/jvm-modules',
  'patterns/gradle-flyway-dialect',
  'patterns/alembic-history',
  'patterns/alembic-data-writes',
  'patterns/orm-data-writes',
  'patterns/mysql-modify',
  'patterns/sqlite-rebuild-not-null',
  'patterns/pop-dialect-twins',
  'patterns/down-narrows',
  'patterns/rails-command-recorder',
  'patterns/rails-loops',
  'patterns/rb-ex-helpers',
  'patterns/js-loops',
  'patterns/py-php-loops',
  'patterns/py-php-helpers',
  'patterns/not-null-check',
  'patterns/pop-templates',
  'patterns/django-squashed-proxy',
  'patterns/django-null-boolean',
  'patterns/django-generated-field',
  'patterns/django-queryset-variable',
  'patterns/django-alter-foreign-key',
  'patterns/django-schema-editor-sql',
  'patterns/django-defaults',
  'patterns/django-app-label',
  'patterns/laravel-10-change',
  'patterns/alembic-dialect-branches',
  'patterns/laravel-table-prefix',
  'patterns/laravel-record-loops',
  'patterns/laravel-mysql-types',
  'patterns/alembic-autoincrement-key',
  'patterns/alembic-built-sql',
  'patterns/alembic-mysql-types',
  'patterns/rails-code-shapes',
  'patterns/rb-ex-interpolation',
  'patterns/rails-force-and-guards',
  'patterns/rails-strong-migrations',
  'patterns/js-sequelize',
  'patterns/js-helpers',
  'patterns/js-templates',
  'patterns/js-knex-db-argument',
  'patterns/knex-helpers-and-aliases',
  'patterns/renamed-away-rebuild',
  'patterns/flyway-db2-h2',
  'patterns/js-sql-variables',
  'patterns/rebuild-added-columns',
  'patterns/column-swap',
  'patterns/down-rebuilds-unique',
  'patterns/js-dialect-branches',
  'patterns/sequelize-dialect-helper',
  'patterns/typeorm-queryrunner-helpers',
  'patterns/sqlite-swap',
  'patterns/temporal-versioned',
  'patterns/flyway-mysql-clauses',
  'patterns/drop-if-exists-create',
  'patterns/partitioned-index',
  'patterns/sqitch-project',
  'patterns/sqitch-variables',
  'patterns/copy-stdin',
  'patterns/goose-go-mod-dialect',
  'patterns/goose-go',
  'patterns/goose-dbmate-markers',
  'patterns/typeorm-dialect',
  'patterns/nestjs-typeorm-dialect',
  'patterns/jvm-doubt',
  'patterns/django-two-databases',
  'patterns/django-split-settings',
  'patterns/ecto-two-repos',
  'patterns/tool-record-unread',
  'patterns/do-block-loops',
  'rules/not-analysed',
];

function files(dir: string): string[] {
  return readdirSync(dir)
    .flatMap((name) => {
      const p = join(dir, name);
      return statSync(p).isDirectory() ? files(p) : [p];
    })
    .sort();
}

/** `-- expect: rule line`, `// …`, `# …` or `<!-- … -->` lines of a fixture, as `path:rule@line`. */
function expectations(root: string, file: string): string[] {
  const path = relative(root, file);
  return [...readFileSync(file, 'utf8').matchAll(/^\s*(?:--|#|\/\/|<!--)\s*expect:\s*([a-z-]+)\s+(\d+)/gm)].map((m) => `${path}:${m[1]}@${m[2]}`);
}

const listed = (findings: Finding[]) => findings.map((f) => `${f.path}:${f.rule}@${f.line}`).sort();

/** A config the fixture tree carries, kept out of the files linted. */
const CONFIG = '.github/rollback-ready.yml';

/**
 * A file a migration reads (a Liquibase `sqlFile`), marked `support:` on its first line, or
 * drizzle-kit's journal or Prisma's migration_lock.toml, temporal-sql-tool's manifest.json, or an app's database config (Laravel's
 * `.env.example`, `composer.json` and `config/database.php` or BookStack's `app/Config/database.php`, Rails' `config/*database.yml*`), with no expectations
 * in them: in the tree and in the pull request, but not given to lint itself and not a migration.
 */
const isSupport = (file: string) =>
  file.endsWith('/meta/_journal.json') ||
  file.endsWith('/migration_lock.toml') ||
  /\/versioned\/v[\d.]+\/manifest\.json$/.test(file) ||
  /\/(?:\.env\.example|composer\.json|(?:config|app\/Config)\/database\.php|config\/[\w.]*database\.yml[\w.]*)$/.test(file) ||
  /^\s*(?:--|#|\/\/|<!--)\s*support:/.test(readFileSync(file, 'utf8'));

const repos: TempRepo[] = [];
afterAll(() => {
  for (const r of repos) r.cleanup();
});

describe.each(PATTERNS)('%s', (pattern) => {
  for (const kind of ['ok', 'err'] as const) {
    const root = join(FIXTURES, pattern, kind);
    const all = files(root);
    const added = all.filter((f) => relative(root, f) !== CONFIG && !f.endsWith('SOURCE.md'));
    const migrations = added.filter((f) => !isSupport(f));
    const want = migrations.flatMap((f) => expectations(root, f)).sort();
    const config = all.find((f) => relative(root, f) === CONFIG);

    it(`${kind}: lint reports exactly the expected findings`, () => {
      if (kind === 'err') expect(want.length).toBeGreaterThan(0);
      const args = ['lint', ...migrations.map((f) => relative(root, f)), '--format', 'json', ...(config ? ['--config', CONFIG] : [])];
      const { status, stdout, stderr } = runCli(args, { cwd: root });
      expect(stderr).toBe('');
      const { findings } = JSON.parse(stdout) as { findings: Finding[] };
      expect(listed(findings)).toEqual(want);
      expect(status).toBe(findings.some((f) => f.severity === 'error' && !f.suppressed) ? 1 : 0);
    });

    it(`${kind}: check on a pull request adding the files reports the same`, () => {
      const repo = makeRepo();
      repos.push(repo);
      // The config is read from the base branch: it is committed there.
      repo.write({ 'README.md': '# app\n', ...(config ? { [CONFIG]: readFileSync(config, 'utf8') } : {}) });
      repo.commit('base');
      repo.git('checkout', '-q', '-b', 'pr');
      repo.write(Object.fromEntries(added.map((f) => [relative(root, f), readFileSync(f)])));
      repo.commit('pr');
      const { stdout, stderr } = runCli(['check', '--repo', repo.dir, '--base', 'main', '--head', 'pr', '--format', 'json']);
      expect(stderr).toBe('');
      const report = JSON.parse(stdout) as Report;
      expect(listed(report.findings)).toEqual(want);
      // Every file is classified as a migration: nothing passes unclassified.
      for (const f of migrations) expect(report.changes.map((c) => c.path)).toContain(relative(root, f));
    });
  }
});
