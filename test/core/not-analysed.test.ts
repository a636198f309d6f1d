// Nothing unanalysed passes in silence (issue #9): a file classified as a migration that no reader
// analyses leaves a `not-analysed` notice, and its down path counts as unknown.
import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../src/core/classify';
import { parseConfig } from '../../src/core/config';
import { evaluate } from '../../src/core/evaluate';
import { FRAMEWORKS } from '../../src/core/frameworks/index';
import type { CommitFacts } from '../../src/core/gates';
import type { ChangedFile } from '../../src/core/types';

const config = parseConfig(undefined);
const onBase: CommitFacts = { exists: true, sha: 'a'.repeat(40), onBase: true, behindBy: 0 };
const run = (files: ChangedFile[]) => evaluate({ files, body: '', config, frameworks: FRAMEWORKS, repo: { inspectCommit: async () => onBase } });

describe('classifying files no reader analyses', () => {
  const classifier = createClassifier(config, FRAMEWORKS);

  it.each([
    // Shape from pressly/goose examples/go-migrations: Go migrations beside SQL ones.
    ['db/migrations/00002_rename_root.go', 'package migrations\n'],
    // A Flyway Java migration.
    ['src/main/resources/db/migration/V3__Backfill.java', 'public class V3__Backfill {}\n'],
    // A .js file in a migrations folder that no JS framework recognises.
    ['server/migrations/20240101-x.js', 'module.exports = { run: () => doSomething() };\n'],
    // A .py file in a Django migrations folder that is not a migration class.
    ['shop/migrations/0003_helpers.py', 'def helper():\n    return 1\n'],
    // Doctrine (Symfony's migrations/Version<date>.php), Phinx (db/migrations/<date>_<name>.php):
    // they passed as "not applicable".
    [
      'migrations/Version20240101120000.php',
      "<?php\nfinal class Version20240101120000 extends AbstractMigration {\n  public function up(Schema $schema): void { $this->addSql('ALTER TABLE user DROP email'); }\n}\n",
    ],
    [
      'db/migrations/20240101120000_drop_email.php',
      '<?php\nclass DropEmail extends AbstractMigration {\n  public function change() { $this->table("users")->removeColumn("email")->update(); }\n}\n',
    ],
    // Entity Framework Core (C#); Sequel (Ruby) outside Rails' db/migrate.
    ['src/Infrastructure/Migrations/20240101120000_DropEmail.cs', 'public partial class DropEmail : Migration {}\n'],
    ['db/migrations/001_drop_email.rb', 'Sequel.migration do\n  up do\n    drop_column :users, :email\n  end\nend\n'],
    // Kysely's schema builder is no Knex migration (read as one, its column drops were lost).
    [
      'src/migrations/2024-01-01_drop.ts',
      "import { Kysely } from 'kysely';\nexport async function up(db: Kysely<any>) {\n  await db.schema.alterTable('person').dropColumn('legacy').execute();\n}\n",
    ],
  ])('%s is a migration without a framework', (path, content) => {
    expect(classifier.classify(path, content)).toEqual({ path, kind: 'migration' });
  });

  it.each([
    ['db/migrations/migrations.go', 'package migrations\n'],
    ['shop/migrations/__init__.py', ''],
    ['server/migrations/index.ts', "export * from './1-init';\n"],
    // What EF Core generates beside each migration: not migrations themselves.
    ['Migrations/20240101120000_DropEmail.Designer.cs', 'partial class DropEmail {}\n'],
    ['Migrations/AppDbContextModelSnapshot.cs', 'partial class AppDbContextModelSnapshot : ModelSnapshot {}\n'],
    ['queries/get_user.sql', 'SELECT * FROM users WHERE id = $1;\n'],
    ['CHANGELOG.yml', 'version: 1\n'],
  ])('%s is not a migration at all', (path, content) => {
    expect(classifier.classify(path, content)?.kind).not.toBe('migration');
  });

  it('goose and sql-migrate files are found by their markers wherever they sit', () => {
    expect(classifier.classify('sql/schema/001_users.sql', '-- +goose Up\nCREATE TABLE users (id int);\n')).toMatchObject({ framework: 'goose' });
    expect(classifier.classify('engine/sql/api/001_event.sql', '-- +migrate Up\nDROP TABLE x;\n')).toMatchObject({ framework: 'sql-migrate' });
  });
});

describe('evaluate', () => {
  it('gives an unread migration a notice naming why, and counts its down path as unknown', async () => {
    const { report, migrations } = await run([{ path: 'db/migrations/00002_rename_root.go', status: 'added', head: 'package migrations\n' }]);
    expect(report.changes).toEqual([{ path: 'db/migrations/00002_rename_root.go', kind: 'migration', status: 'added' }]);
    expect(report.findings).toMatchObject([{ rule: 'not-analysed', severity: 'notice', line: 1 }]);
    expect(report.findings[0]!.message).toContain('Go migration');
    expect(migrations.get('db/migrations/00002_rename_root.go')?.down).toBe('not-analysed');
    expect(report.gates.find((g) => g.id === 'reversible')?.status).toBe('fail');
    expect(report.risk).not.toBe('none');
  });
});
