// An up that drops a unique index or constraint whose down builds it again: duplicates written while
// the up is live make the down fail, halfway through a rollback. Shapes from quay/quay @ ffba0c70
// (Alembic: 3634f2df3c5b, b1a79fa8e630, eafdeadcebc7); see test/fixtures/patterns/down-rebuilds-unique.
import { describe, expect, test } from 'vitest';
import golangMigrate from '../../../src/core/frameworks/golang-migrate';
import goose from '../../../src/core/frameworks/goose';
import alembic from '../../../src/core/frameworks/alembic';
import type { MigrationAnalysis } from '../../../src/core/frameworks/framework';

const unique = (a: MigrationAnalysis) => a.hits.filter((h) => h.rule === 'unique-constraint');

const up = 'db/migrations/000007_relax.up.sql';
const down = 'db/migrations/000007_relax.down.sql';
const pair = async (upSql: string, downSql: string) => unique(await golangMigrate.analyse({ path: up, content: upSql, siblings: { [down]: downSql } }));

describe('a SQL down file (golang-migrate)', () => {
  test('said on the up’s drop, naming the down file and the line that builds the index again', async () => {
    const hits = await pair(
      "SET lock_timeout = '5s';\nDROP INDEX CONCURRENTLY users_email_key;",
      "SET lock_timeout = '5s';\n\nCREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);",
    );
    expect(hits.map((h) => h.line)).toEqual([2]);
    expect(hits[0]!.message).toContain(
      'This migration drops unique index "users_email_key" of "users", and its down migration (000007_relax.down.sql, line 3) builds it again',
    );
    expect(hits[0]!.message).toContain('nothing stops duplicate values, and the down then fails on the first one');
    expect(hits[0]!.message).toContain('how duplicates are found and merged before rolling back');
    expect(hits[0]!.message).toContain('or keep the unique index in this release');
  });

  test('a constraint dropped and added back: by name, also unnamed (Postgres names it table_columns_key), also USING INDEX', async () => {
    const drop = 'ALTER TABLE users DROP CONSTRAINT users_email_key;';
    expect((await pair(drop, 'ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);')).map((h) => h.line)).toEqual([1]);
    expect((await pair(drop, 'ALTER TABLE users ADD UNIQUE (email);')).map((h) => h.line)).toEqual([1]);
    const using = await pair(
      drop,
      'CREATE UNIQUE INDEX CONCURRENTLY users_email_idx ON users (email);\nALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE USING INDEX users_email_idx;',
    );
    expect(using.map((h) => h.line)).toEqual([1]);
    expect(using[0]!.message).toContain('(000007_relax.down.sql, line 1)');
  });

  test('nothing when the up leaves a unique index that enforces at least as much, or the down merges duplicates first', async () => {
    // Renamed by rebuilding it, or replaced by one on fewer columns: duplicates stay impossible.
    expect(
      await pair('DROP INDEX a_key;\nCREATE UNIQUE INDEX a_key2 ON users (email);', 'DROP INDEX a_key2;\nCREATE UNIQUE INDEX a_key ON users (email, org_id);'),
    ).toEqual([]);
    // A partial one (b1a79fa8e630: unique only where organization = false) does not.
    expect(
      (
        await pair(
          'CREATE UNIQUE INDEX u2 ON users (email) WHERE organization = false;\nDROP INDEX user_email;',
          'DROP INDEX u2;\nCREATE UNIQUE INDEX user_email ON users (email);',
        )
      ).length,
    ).toBe(1);
    // The down deletes (or updates) the table's rows before building it: it deals with the duplicates.
    expect(
      await pair(
        'DROP INDEX users_email_key;',
        'DELETE FROM users a USING users b WHERE a.id > b.id AND a.email = b.email;\nCREATE UNIQUE INDEX users_email_key ON users (email);',
      ),
    ).toEqual([]);
    // Built on a column the down adds back (the up dropped it): no values yet, no duplicates (eafdeadcebc7).
    expect(
      await pair(
        'DROP INDEX m_blob_index;\nALTER TABLE m DROP COLUMN blob_index;',
        'ALTER TABLE m ADD COLUMN blob_index integer;\nCREATE UNIQUE INDEX m_blob_index ON m (manifest_id, blob_index);',
      ),
    ).toEqual([]);
    // Wherever the down does it: ory/pop runs a migration's down parts last part first, and reads them
    // in part order (kratos' 20200831110752: the unique index in part 1's down, the column in part 7's).
    expect(
      await pair(
        'DROP INDEX m_code_uq;\nALTER TABLE m DROP COLUMN code;',
        'CREATE UNIQUE INDEX m_code_uq ON m (code);\nALTER TABLE m ADD COLUMN code varchar(32);',
      ),
    ).toEqual([]);
    // The up renames the table and the column and builds the same unique index there; the down renames
    // back, then builds the old one (PrefectHQ/prefect @ ce79dd3d, d38c5e6a9115: block → block_document).
    expect(
      await pair(
        'ALTER TABLE block RENAME TO block_document;\nDROP INDEX uq_block__spec_id_name;\nALTER TABLE block_document RENAME COLUMN block_spec_id TO block_schema_id;\n' +
          'ALTER TABLE block_document DROP CONSTRAINT pk_block_data;\nCREATE UNIQUE INDEX uq_block__schema_id_name ON block_document (block_schema_id, name);\n' +
          'ALTER TABLE block_document ADD CONSTRAINT pk_block_document PRIMARY KEY (id);',
        'ALTER TABLE block_document RENAME TO block;\nDROP INDEX uq_block__schema_id_name;\nALTER TABLE block DROP CONSTRAINT pk_block_document;\n' +
          'ALTER TABLE block RENAME COLUMN block_schema_id TO block_spec_id;\nCREATE UNIQUE INDEX uq_block__spec_id_name ON block (block_spec_id, name);\n' +
          'ALTER TABLE block ADD CONSTRAINT pk_block_data PRIMARY KEY (id);',
      ),
    ).toEqual([]);
    // Replaced by a unique index over lower(name): rows with the same name have the same lower(name),
    // so none can be written (hexpm @ dee4f9b2, 20200718045909_modify_unique_index_on_organizations).
    expect(
      await pair(
        'DROP INDEX organizations_name_index;\nCREATE UNIQUE INDEX organizations__lower_name_index ON organizations ((lower(name)));',
        'DROP INDEX organizations__lower_name_index;\nCREATE UNIQUE INDEX organizations_name_index ON organizations (name);',
      ),
    ).toEqual([]);
    // The other way round it does not hold: unique over name allows Foo and foo, which lower(name) rejects.
    expect(
      (
        await pair(
          'DROP INDEX o_lower;\nCREATE UNIQUE INDEX o_name ON organizations (name);',
          'DROP INDEX o_name;\nCREATE UNIQUE INDEX o_lower ON organizations ((lower(name)));',
        )
      ).length,
    ).toBe(1);
    // …but a rename alone does not keep it: the up renames the column and builds nothing unique.
    expect(
      (await pair('DROP INDEX t_a_key;\nALTER TABLE t RENAME COLUMN a TO b;', 'ALTER TABLE t RENAME COLUMN b TO a;\nCREATE UNIQUE INDEX t_a_key ON t (a);'))
        .length,
    ).toBe(1);
    // The same expression index built again under the same name (a rebuild), and restored by the down:
    // the up keeps exactly what the down builds.
    expect(
      await pair(
        'DROP INDEX crates_name;\nCREATE UNIQUE INDEX crates_name ON crates (lower(name));',
        'DROP INDEX crates_name;\nCREATE UNIQUE INDEX crates_name ON crates (lower(name));',
      ),
    ).toEqual([]);
    // A key computed from the down's (replace(lower(name)) from lower(name)): rows equal on lower(name)
    // are equal on it, so the up's index already keeps them apart.
    expect(
      await pair(
        "DROP INDEX crates_name;\nCREATE UNIQUE INDEX crates_name ON crates (replace(lower(name), '-', '_'));",
        'DROP INDEX crates_name;\nCREATE UNIQUE INDEX crates_name ON crates (lower(name));',
      ),
    ).toEqual([]);
    // …under a column the up renamed: read under its old name.
    expect(
      await pair(
        'DROP INDEX t_name;\nALTER TABLE t RENAME COLUMN name TO title;\nCREATE UNIQUE INDEX t_title ON t (lower(title));',
        'DROP INDEX t_title;\nALTER TABLE t RENAME COLUMN title TO name;\nCREATE UNIQUE INDEX t_name ON t (lower(name));',
      ),
    ).toEqual([]);
    // A constraint the up moves onto an index it builds: the index's keys.
    expect(
      await pair(
        'ALTER TABLE t DROP CONSTRAINT t_pkey;\nCREATE UNIQUE INDEX t_new ON t (id);\nALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY USING INDEX t_new;',
        'ALTER TABLE t DROP CONSTRAINT t_pkey;\nALTER TABLE t ADD CONSTRAINT t_pkey PRIMARY KEY (id);',
      ),
    ).toEqual([]);
    // The down makes a column it adds back the primary key again, through an index built in a DO block
    // (rust-lang/crates.io @ 57fa0006, 2019-03-22-174825_remove_version_downloads_pk).
    expect(
      await pair(
        'ALTER TABLE version_downloads\n  DROP CONSTRAINT version_downloads_pkey,\n  ADD CONSTRAINT version_downloads_pkey PRIMARY KEY USING INDEX version_downloads_unique,\n  DROP COLUMN id;',
        'DO $$\nBEGIN\n  ALTER TABLE version_downloads ADD COLUMN id SERIAL;\n  CREATE UNIQUE INDEX version_downloads_tmp ON version_downloads (id);\nEND $$;\n' +
          'ALTER TABLE version_downloads\n  DROP CONSTRAINT version_downloads_pkey,\n  ADD CONSTRAINT version_downloads_pkey PRIMARY KEY USING INDEX version_downloads_tmp;',
      ),
    ).toEqual([]);
    // An index the up did not drop, or a plain one.
    expect(await pair('DROP INDEX other_idx;', 'CREATE UNIQUE INDEX users_email_key ON users (email);')).toEqual([]);
    expect(await pair('DROP INDEX users_email_idx;', 'CREATE INDEX users_email_idx ON users (email);')).toEqual([]);
  });
});

describe('an up that keeps rows apart by a key computed by a function of its own', () => {
  // rust-lang/crates.io @ 57fa0006, 20150319224701_dumped_migration_94: unique over canon_crate_name(name)
  // in place of lower(name). canon_crate_name is replace(lower($1), '-', '_') (defined in an earlier
  // migration), which this reading does not see: unique over an arbitrary f(name) may let Foo and foo
  // both in, and then the down's lower(name) fails. Still said, naming the up's index rather than
  // claiming nothing stops duplicates.
  test('is still said, naming the index the up keeps', async () => {
    const hits = await pair(
      'DROP INDEX index_crates_name;\nCREATE UNIQUE INDEX index_crates_name ON crates (canon_crate_name(name));',
      'DROP INDEX index_crates_name;\nCREATE UNIQUE INDEX index_crates_name ON crates (lower(name));',
    );
    expect(hits.map((h) => h.line)).toEqual([1]);
    expect(hits[0]!.message).toContain(
      'while the up is live its unique index "index_crates_name" keeps rows apart by another key, which may let in two rows the down\'s would not, and the down then fails',
    );
  });
});

describe('an up that rebuilds several unique constraints of a table with a column added', () => {
  // Permify/permify @ e00d0522, internal/storage/postgres/migrations/20230117145140_multi_tenant.sql:
  // both constraints of relation_tuples rebuilt with tenant_id first; each down's finding names the up's
  // constraint of its own name, not the first one that shares a column.
  test("each finding names the up's constraint of the same name", async () => {
    const hits = await pair(
      'ALTER TABLE r DROP CONSTRAINT IF EXISTS uq_all, DROP CONSTRAINT IF EXISTS uq_live,\n' +
        "  ADD COLUMN tenant_id varchar NOT NULL DEFAULT 't1',\n" +
        '  ADD CONSTRAINT uq_all UNIQUE (tenant_id, a, b, created),\n  ADD CONSTRAINT uq_live UNIQUE (tenant_id, a, b);',
      'ALTER TABLE r DROP CONSTRAINT IF EXISTS uq_all, DROP CONSTRAINT IF EXISTS uq_live, DROP COLUMN IF EXISTS tenant_id,\n' +
        '  ADD CONSTRAINT uq_all UNIQUE (a, b, created),\n  ADD CONSTRAINT uq_live UNIQUE (a, b);',
    );
    const rebuilt = hits.filter((h) => h.message.includes('builds it again'));
    expect(rebuilt.map((h) => h.message.match(/its UNIQUE constraint "(\w+)" keeps/)?.[1])).toEqual(['uq_all', 'uq_live']);
  });
});

describe('a down in the same file', () => {
  test('goose: said on the Down section’s line', async () => {
    const content = [
      '-- +goose Up',
      "SET lock_timeout = '5s';",
      'DROP INDEX CONCURRENTLY users_email_key;',
      '-- +goose Down',
      "SET lock_timeout = '5s';",
      'CREATE UNIQUE INDEX CONCURRENTLY users_email_key ON users (email);',
    ].join('\n');
    const hits = unique(await goose.analyse({ path: 'db/migrations/00007_relax.sql', content, siblings: {} }));
    expect(hits.map((h) => h.line)).toEqual([6]);
    expect(hits[0]!.message).toContain(
      'Rolling back (the -- +goose Down section) builds unique index "users_email_key" of "users" again, which the up drops (line 3)',
    );
  });

  test('Alembic: a unique index dropped for a plain one, made unique again in downgrade() (quay 3634f2df3c5b)', async () => {
    const content = `"""drop unique constraint on org sku table"""
revision = "3634f2df3c5b"
down_revision = "8e97c2cfee57"

import sqlalchemy as sa


def upgrade(op, tables, tester):
    op.drop_index("organizationrhskus_subscription_id", table_name="organizationrhskus")
    op.create_index(
        "organizationrhskus_subscription_id",
        "organizationrhskus",
        ["subscription_id"],
        unique=False,
    )


def downgrade(op, tables, tester):
    op.drop_index("organizationrhskus_subscription_id", table_name="organizationrhskus")
    op.create_index(
        "organizationrhskus_subscription_id", "organizationrhskus", ["subscription_id"], unique=True
    )
`;
    const hits = unique(await alembic.analyse({ path: 'data/migrations/versions/3634f2df3c5b_x.py', content, siblings: {} }));
    expect(hits.map((h) => h.line)).toEqual([20]);
    expect(hits[0]!.message).toContain(
      'Rolling back (`downgrade()`) builds unique index "organizationrhskus_subscription_id" of "organizationrhskus" again, which the up drops (line 9)',
    );
  });
});
