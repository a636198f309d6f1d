import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import rails, { railsToPieces } from '../../../src/core/frameworks/rails';
import type { MigrationAnalysis } from '../../../src/core/frameworks/framework';

const FIX = 'test/fixtures/frameworks/rails';
const analyse = (content: string, path = 'db/migrate/1_x.rb') => rails.analyse({ path, content, siblings: {} });
const fixture = (rel: string, path = `db/migrate/${rel.split('/').pop()}`) => analyse(readFileSync(`${FIX}/${rel}`, 'utf8'), path);
/** [line, rule] pairs; missing-lock-timeout belongs to the SQL engine and is off by default. */
const hits = (a: MigrationAnalysis) => a.hits.filter((h) => h.rule !== 'missing-lock-timeout').map((h) => [h.line, h.rule]);

describe('railsToPieces', () => {
  it('synthesises Postgres SQL for DSL calls with their lines', async () => {
    const t = await railsToPieces(readFileSync(`${FIX}/err/20240101000000_remove_email.rb`, 'utf8'));
    const synthetic = t.up.filter((p) => p.synthetic).map((p) => [p.line, p.sql]);
    expect(synthetic).toEqual([
      [4, 'ALTER TABLE users DROP COLUMN email;'],
      [5, 'ALTER TABLE users RENAME COLUMN "name" TO full_name;'],
      [6, 'ALTER TABLE users ALTER COLUMN age TYPE bigint;'],
      [7, 'ALTER TABLE users ADD COLUMN plan character varying NOT NULL;'],
      [8, 'ALTER TABLE users ALTER COLUMN team_id SET NOT NULL;'],
      [9, 'CREATE INDEX index_users_on_plan ON users (plan);'],
      [10, 'CREATE UNIQUE INDEX index_users_on_org_id_and_slug ON users (org_id, slug);'],
      [11, 'ALTER TABLE users ADD CONSTRAINT users_team_id_fkey FOREIGN KEY (team_id) REFERENCES teams (id);'],
      [15, 'DROP TABLE sessions;'],
      [16, 'ALTER TABLE users RENAME TO accounts;'],
    ]);
    const heredoc = t.up.find((p) => !p.synthetic);
    expect(heredoc?.line).toBe(12);
    expect(heredoc?.sql.trim()).toBe("UPDATE users SET plan = 'free', status = 'active';");
    expect(t.transactional).toBe(true);
  });

  it('honours algorithm: :concurrently, validate: false and disable_ddl_transaction!', async () => {
    const t = await railsToPieces(readFileSync(`${FIX}/ok/20240201000000_add_nullable.rb`, 'utf8'));
    expect(t.transactional).toBe(false);
    expect(t.up.map((p) => p.sql)).toContain('CREATE INDEX CONCURRENTLY index_users_on_nickname ON users (nickname);');
    expect(t.up.map((p) => p.sql)).toContain('ALTER TABLE users ADD CONSTRAINT users_team_id_fkey FOREIGN KEY (team_id) REFERENCES teams (id) NOT VALID;');
    // dir.down is not part of the up direction
    expect(t.up.some((p) => p.sql.includes('IS NULL'))).toBe(false);
  });

  it('ignores commented-out code and reads change_table blocks', async () => {
    const t = await railsToPieces(`class A < ActiveRecord::Migration[7.0]
  def change
    # remove_column :users, :email
    change_table :orders do |t|
      t.change :total, :decimal, precision: 10, scale: 2
      t.remove :note, type: :text
    end
  end
end
`);
    expect(t.up.map((p) => [p.line, p.sql])).toEqual([
      [5, 'ALTER TABLE orders ALTER COLUMN total TYPE numeric(10, 2);'],
      [6, 'ALTER TABLE orders DROP COLUMN note;'],
    ]);
    expect(t.hits.map((h) => [h.line, h.rule])).toEqual([[5, 'irreversible-operation']]);
  });
});

describe('t.change is change_column', () => {
  it('null: true drops NOT NULL and null: false sets it, in a change_table block as in change_column (Rails: t.change calls change_column)', async () => {
    const t = await railsToPieces(`class A < ActiveRecord::Migration[7.0]
  def up
    change_table :orders do |t|
      t.change :note, :text, null: true
      t.change :total, :bigint, null: false
    end
    change_column :orders, :ref, :string, null: true
  end
end
`);
    expect(t.up.map((p) => [p.line, p.sql])).toEqual([
      [4, 'ALTER TABLE orders ALTER COLUMN note TYPE text;'],
      [4, 'ALTER TABLE orders ALTER COLUMN note DROP NOT NULL;'],
      [5, 'ALTER TABLE orders ALTER COLUMN total TYPE bigint;'],
      [5, 'ALTER TABLE orders ALTER COLUMN total SET NOT NULL;'],
      [7, 'ALTER TABLE orders ALTER COLUMN ref TYPE character varying;'],
      [7, 'ALTER TABLE orders ALTER COLUMN ref DROP NOT NULL;'],
    ]);
  });
});

describe('rails.analyse', () => {
  it('flags every risky operation of a change migration', async () => {
    const a = await fixture('err/20240101000000_remove_email.rb');
    expect(a.down).toBe('irreversible');
    expect(a.changesData).toBe(true);
    expect(hits(a)).toEqual([
      [4, 'irreversible-operation'],
      [4, 'drop-column'],
      [5, 'rename-column'],
      [6, 'irreversible-operation'],
      [6, 'change-column-type'],
      [7, 'add-required-column'],
      [8, 'set-not-null'],
      [9, 'non-concurrent-index'],
      [10, 'non-concurrent-index'],
      [11, 'constraint-not-valid-missing'],
      [12, 'irreversible-operation'],
      [13, 'data-backfill'],
      [15, 'irreversible-operation'],
      [15, 'drop-table'],
      [16, 'rename-table'],
    ]);
  });

  it('reports a missing down', async () => {
    const a = await fixture('err/20240102000000_up_only.rb');
    expect(a.down).toBe('missing');
    expect(hits(a)).toEqual([
      [2, 'missing-down-migration'],
      [4, 'drop-column'],
      [5, 'rename-column'],
    ]);
  });

  it('treats a down that raises IrreversibleMigration or is empty as empty', async () => {
    const raising = await fixture('err/20240103000000_irreversible_down.rb');
    expect(raising.down).toBe('empty');
    expect(hits(raising)).toEqual([
      [3, 'drop-column'],
      [6, 'empty-down-migration'],
    ]);
    const empty = await fixture('err/20240104000000_empty_down.rb');
    expect(empty.down).toBe('empty');
    expect(hits(empty)).toEqual([[6, 'empty-down-migration']]);
  });

  it('passes safe migrations', async () => {
    for (const f of ['ok/20240201000000_add_nullable.rb', 'ok/20240202000000_up_down.rb']) {
      const a = await fixture(f);
      expect(a.down, f).toBe('present');
      expect(hits(a), f).toEqual([]);
    }
  });

  it('a down that only runs SELECT 1 is empty', async () => {
    const a = await analyse(`class A < ActiveRecord::Migration[7.0]
  def up
    add_column :users, :bio, :text
  end

  def down
    execute "SELECT 1"
  end
end
`);
    expect(a.down).toBe('empty');
    expect(hits(a)).toEqual([[6, 'empty-down-migration']]);
  });

  it('marks db/post_migrate as post-deploy', async () => {
    const a = await fixture('ok/20240202000000_up_down.rb', 'db/post_migrate/20240202000000_up_down.rb');
    expect(a.postDeploy).toBe(true);
    expect((await fixture('ok/20240202000000_up_down.rb')).postDeploy).toBeUndefined();
  });

  it('lints interpolated SQL by its static parts without a parse error', async () => {
    const a = await analyse(`class A < ActiveRecord::Migration[7.0]
  def up
    execute "DROP TABLE #{table_name}"
  end

  def down
    create_table :x
  end
end
`);
    expect(hits(a)).toEqual([[3, 'drop-table']]);
  });

  it('up_only and reversible blocks are not irreversible', async () => {
    const a = await analyse(`class A < ActiveRecord::Migration[7.0]
  def change
    add_column :users, :bio, :text
    up_only { execute "COMMENT ON TABLE users IS 'x'" }
    reversible do |dir|
      dir.up { execute "COMMENT ON TABLE users IS 'y'" }
      dir.down { execute "COMMENT ON TABLE users IS NULL" }
    end
  end
end
`);
    expect(a.down).toBe('present');
    expect(hits(a)).toEqual([]);
  });

  it('never throws on broken, empty or huge input', async () => {
    const broken = await analyse(`class A < ActiveRecord::Migration[7.0]
  def change
    remove_column :users, :email
    add_column :users, (
  end
`);
    expect(broken.hits.some((h) => h.rule === 'parse-error')).toBe(true);
    expect(broken.hits.some((h) => h.rule === 'drop-column' && h.line === 3)).toBe(true);
    const empty = await analyse('');
    expect(empty.hits).toEqual([]);
    const huge = await analyse(`class A < ActiveRecord::Migration[7.0]\n  def change\n${'    add_column :users, :c, :text\n'.repeat(3000)}  end\nend\n`);
    expect(huge.down).toBe('present');
  });
});

describe('rails: old-style migrations', () => {
  it('reads def self.up / def self.down', async () => {
    const a = await analyse(`class AddBio < ActiveRecord::Migration
  def self.up
    remove_column :users, :bio
  end

  def self.down
  end
end
`);
    expect(a.down).toBe('empty');
    expect(hits(a)).toEqual([
      [3, 'drop-column'],
      [6, 'empty-down-migration'],
    ]);
  });
});

describe("create_table's id by the migration's Rails version", () => {
  it('serial before Rails 5.1 (Migration[4.2], unversioned), bigserial since', async () => {
    const ids = async (klass: string) =>
      (
        await railsToPieces(
          `class CreateOauthTables < ${klass}\n  def change\n    create_table :oauth_nonces do |t|\n      t.string :nonce\n    end\n  end\nend\n`,
        )
      ).up
        .map((p) => p.sql)
        .join('\n');
    expect(await ids('ActiveRecord::Migration[4.2]')).toContain('id serial PRIMARY KEY');
    expect(await ids('ActiveRecord::Migration[5.0]')).toContain('id serial PRIMARY KEY');
    expect(await ids('ActiveRecord::Migration')).toContain('id serial PRIMARY KEY');
    expect(await ids('ActiveRecord::Migration[5.1]')).toContain('id bigserial PRIMARY KEY');
    expect(await ids('ActiveRecord::Migration[7.1]')).toContain('id bigserial PRIMARY KEY');
  });

  it('an old integer id widened to bigint is a type change (openstreetmap-website 20201214144017_expand_nonce_id)', async () => {
    const files: Record<string, string> = {
      '040_create_oauth_tables.rb':
        'class CreateOauthTables < ActiveRecord::Migration[4.2]\n  def self.up\n    create_table :oauth_nonces do |t|\n      t.string :nonce\n    end\n  end\n\n  def self.down\n    drop_table :oauth_nonces\n  end\nend\n',
      '20201214144017_expand_nonce_id.rb':
        'class ExpandNonceId < ActiveRecord::Migration[6.0]\n  def up\n    change_column :oauth_nonces, :id, :bigint\n  end\n\n  def down\n    raise ActiveRecord::IrreversibleMigration\n  end\nend\n',
    };
    const path = 'db/migrate/20201214144017_expand_nonce_id.rb';
    const a = await rails.analyse({
      path,
      content: files['20201214144017_expand_nonce_id.rb']!,
      siblings: {},
      listDir: async (d) => (d === 'db/migrate/' ? Object.keys(files) : undefined),
      readFile: async (p) => files[p.slice('db/migrate/'.length)],
    });
    const change = a.hits.find((h) => h.rule === 'change-column-type');
    expect(change?.message).toContain('from serial (040_create_oauth_tables.rb) to bigint');
  });
});

describe('loops over names the file holds (openstreetmap-website @ 9da0fa5e, 20120318201948_create_redactions.rb)', () => {
  const migration = (body: string) => `COLUMNS = %i[a b].freeze\n\nclass X < ActiveRecord::Migration[7.1]\n  def change\n${body}\n  end\nend\n`;

  it('reads the block once per name: a literal list, a %i/%w list, a constant bound to one', async () => {
    const { up } = await railsToPieces(
      migration(
        '    [:nodes, :ways].each do |tbl|\n      add_column tbl, :redaction_id, :integer\n    end\n    %w[x y].each { |t| drop_table t }\n    COLUMNS.each { |c| remove_column :users, c, :string }',
      ),
    );
    expect(up.map((p) => p.sql)).toEqual([
      expect.stringMatching(/^ALTER TABLE "?nodes"? ADD COLUMN "?redaction_id"? integer/),
      expect.stringMatching(/^ALTER TABLE "?ways"? ADD COLUMN "?redaction_id"? integer/),
      expect.stringMatching(/^DROP TABLE "?x"?/),
      expect.stringMatching(/^DROP TABLE "?y"?/),
      expect.stringMatching(/^ALTER TABLE "?users"? DROP COLUMN "?a"?/),
      expect.stringMatching(/^ALTER TABLE "?users"? DROP COLUMN "?b"?/),
    ]);
  });

  it('a loop over anything else is read as before: the call once, the code named as written', async () => {
    const a = await analyse(migration('    tables.each do |tbl|\n      remove_column tbl, :legacy\n    end'));
    expect(a.hits.filter((h) => h.rule === 'drop-column').map((h) => h.message)).toEqual([expect.stringContaining('tbl')]);
  });
});
