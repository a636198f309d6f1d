// What Active Record runs, read as it runs it: `create_table … force:` drops the table first,
// tables named by Ruby code are tables all the same, a guard clause on the database ends the method
// on the others, and an `up` without `down` rolls back as a no-op.
import { describe, expect, it } from 'vitest';
import rails, { railsToPieces } from '../../../src/core/frameworks/rails';
import type { MigrationAnalysis } from '../../../src/core/frameworks/framework';
import type { Dialect } from '../../../src/core/types';

const PATH = 'db/migrate/20241231140709_x.rb';

/** A migration analysed in a folder holding `earlier` (name → content) before it. */
const inFolder = (content: string, earlier: Record<string, string> = {}, dialect?: Dialect) => {
  const files: Record<string, string> = { ...earlier, '20241231140709_x.rb': content };
  return rails.analyse({
    path: PATH,
    content,
    siblings: {},
    listDir: async (d) => (d === 'db/migrate/' ? Object.keys(files) : undefined),
    readFile: async (p) => files[p.slice('db/migrate/'.length)],
    ...(dialect ? { dialect: { dialect, from: 'test' } } : {}),
  });
};
const alone = (content: string, dialect?: Dialect) =>
  rails.analyse({ path: PATH, content, siblings: {}, ...(dialect ? { dialect: { dialect, from: 'test' } } : {}) });
const rules = (a: MigrationAnalysis) => a.hits.filter((h) => h.rule !== 'missing-lock-timeout').map((h) => [h.line, h.rule]);
const sqlOf = async (content: string, dialect?: Dialect) => (await railsToPieces(content, PATH, dialect)).up.map((p) => [p.line, p.sql.trim()]);

const change = (body: string) => `class X < ActiveRecord::Migration[7.2]
  def change
${body}
  end
end
`;
const CREATE_TRANSFERS = change('    create_table :transfers, id: :uuid do |t|\n      t.timestamps\n    end');

describe('create_table … force: drops the table first (maybe-finance/maybe 20241231140709_reverse_transfer_relations)', () => {
  const forced = change(`    create_table :transfers, id: :uuid, force: :cascade do |t|
      t.text :notes
    end`);

  it('is a drop-table naming the earlier migration that created the table, CASCADE said on Postgres', async () => {
    const a = await inFolder(forced, { '20240614120946_create_transfers.rb': CREATE_TRANSFERS });
    expect(rules(a)).toEqual([[3, 'drop-table']]);
    const { message } = a.hits.find((h) => h.rule === 'drop-table')!;
    expect(message).toContain('`create_table` with `force: :cascade` drops the existing table "transfers" (created by 20240614120946_create_transfers.rb)');
    expect(message).toContain('CASCADE');
    expect(message).toContain('Remove `force:`');
    // The SQL is the new table's: what follows in the file knows it as new.
    expect((await sqlOf(forced)).map(([, s]) => s)).toEqual(['CREATE TABLE transfers (id uuid PRIMARY KEY, notes text);']);
  });

  it('on MySQL, CASCADE does nothing and is not said', async () => {
    const a = await inFolder(forced, { '20240614120946_create_transfers.rb': CREATE_TRANSFERS }, 'mysql');
    expect(a.hits.find((h) => h.rule === 'drop-table')?.message).not.toContain('CASCADE');
  });

  it('says it drops the table if it exists when the earlier migrations leave none (renamed away, dropped, never made)', async () => {
    const renamed = await inFolder(forced, {
      '20240614120946_create_transfers.rb': CREATE_TRANSFERS,
      '20240620125026_rename_transfer_table.rb': change('    rename_table :transfers, :account_transfers'),
    });
    expect(renamed.hits.find((h) => h.rule === 'drop-table')?.message).toMatch(
      /first drops the table "transfers" if it exists .*20240620125026_rename_transfer_table\.rb renames it to "account_transfers"/,
    );
    const dropped = await inFolder(forced, {
      '20240614120946_create_transfers.rb': CREATE_TRANSFERS,
      '20240701000000_drop_transfers.rb': change('    drop_table :transfers do |t|\n    end'),
    });
    expect(dropped.hits.find((h) => h.rule === 'drop-table')?.message).toContain('(20240701000000_drop_transfers.rb drops it)');
    const never = await inFolder(forced, { '20240101000000_create_users.rb': change('    create_table :users') });
    expect(never.hits.find((h) => h.rule === 'drop-table')?.message).toContain('none of the 1 earlier migrations of this folder creates it');
    const first = await inFolder(forced);
    expect(first.hits.find((h) => h.rule === 'drop-table')?.message).toContain('this is the first migration of its folder');
  });

  it('a table renamed into the name is one that exists', async () => {
    const a = await inFolder(change('    create_table :account_transfers, force: true'), {
      '20240614120946_create_transfers.rb': CREATE_TRANSFERS,
      '20240620125026_rename_transfer_table.rb': change('    rename_table :transfers, :account_transfers'),
    });
    expect(a.hits.find((h) => h.rule === 'drop-table')?.message).toContain(
      'drops the existing table "account_transfers" (renamed into place from "transfers" by 20240620125026_rename_transfer_table.rb)',
    );
  });

  it('without the folder, or with an earlier file unreadable, it says the table is dropped if it exists, and why no more is known', async () => {
    const a = await alone(forced);
    expect(rules(a)).toEqual([[3, 'drop-table']]);
    expect(a.hits[0]!.message).toContain('first drops the table "transfers" if it exists (`DROP TABLE IF EXISTS`)');
    const unreadable = await rails.analyse({
      path: PATH,
      content: forced,
      siblings: {},
      listDir: async () => ['20240614120946_create_transfers.rb', '20241231140709_x.rb'],
      readFile: async () => {
        throw new Error('rate limited');
      },
    });
    expect(unreadable.hits.find((h) => h.rule === 'drop-table')?.message).toContain(
      'could not be looked up (the earlier migration 20240614120946_create_transfers.rb could not be read (rate limited))',
    );
  });

  it('`:force => true`, `self.up` (openstreetmap-website 20181031113522_create_delayed_jobs) and create_join_table are read too', async () => {
    const osm = `class CreateDelayedJobs < ActiveRecord::Migration[5.2]
  def self.up
    create_table :delayed_jobs, :force => true do |table|
      table.integer :priority, :default => 0, :null => false
    end
  end

  def self.down
    drop_table :delayed_jobs
  end
end
`;
    expect(rules(await alone(osm))).toEqual([[3, 'drop-table']]);
    expect((await alone(osm)).hits[0]!.message).toContain('`create_table` with `force: true`');
    expect(rules(await alone(change('    create_join_table :users, :roles, force: true')))).toEqual([[3, 'drop-table']]);
  });

  it('no finding for `force: false`, a force-create in `down`, or a table this file made or dropped just before', async () => {
    expect(rules(await alone(change('    create_table :transfers, force: false')))).toEqual([]);
    const down = `class X < ActiveRecord::Migration[7.2]
  def up
    drop_table :transfers
  end

  def down
    create_table :transfers, force: true
  end
end
`;
    expect(rules(await alone(down))).toEqual([[3, 'drop-table']]);
    expect(rules(await alone(change('    drop_table :transfers, if_exists: true do |t|\n    end\n    create_table :transfers, force: :cascade')))).toEqual([
      [3, 'drop-table'],
    ]);
    expect(rules(await alone(change('    create_table :transfers\n    create_table :transfers, force: :cascade')))).toEqual([]);
  });
});

describe('tables named by Ruby code (acts-as-taggable-on templates, redmine `klass.table_name`, openstreetmap-website `tbl` loops)', () => {
  const up = (body: string) => `class X < ActiveRecord::Migration[6.0]
  def self.up
${body}
  end

  def self.down
  end
end
`;

  it('reads the operation, the table shown as written', async () => {
    const a = await alone(up('    remove_column SomeModel.table_name, :legacy_flag'));
    expect(rules(a)).toEqual([
      [3, 'drop-column'],
      [6, 'empty-down-migration'],
    ]);
    expect(a.hits.find((h) => h.rule === 'drop-column')?.message).toContain('"legacy_flag" from "SomeModel.table_name"');
    expect(a.hits.some((h) => h.message.includes('rr_ruby_'))).toBe(false);
  });

  it('a create_table so named is a new table for what follows, and the same code names the same table in later files', async () => {
    const created = up(`    create_table ActsAsTaggableOn.taggings_table do |t|
      t.references :tag, foreign_key: { to_table: ActsAsTaggableOn.tags_table }
      t.string :context, limit: 128
    end
    add_index ActsAsTaggableOn.taggings_table, %i[taggable_id context], name: 'taggings_taggable_context_idx'`);
    expect(rules(await alone(created))).toEqual([[10, 'empty-down-migration']]);
    const sql = (await sqlOf(created)).map(([, s]) => String(s));
    expect(sql[0]).toMatch(/^CREATE TABLE rr_ruby_[0-9a-f]{8} \(id bigserial PRIMARY KEY, tag_id bigint, context character varying\(128\)\);$/);
    expect(sql[2]).toMatch(/REFERENCES rr_ruby_[0-9a-f]{8} \(id\)/);
    // A later migration widening the column finds its type there.
    const widen = change('    change_column ActsAsTaggableOn.taggings_table, :context, :string, limit: 255');
    const later = await inFolder(widen, { '1_acts_as_taggable_on_migration.rb': created });
    expect(later.hits.filter((h) => h.rule === 'change-column-type')).toEqual([]);
  });

  it('a column named by code is dropped, added and renamed all the same (openstreetmap-website 041 `perm`)', async () => {
    const a = await alone(
      up(`    PERMISSIONS.each do |perm|
      remove_column :oauth_tokens, perm
      rename_column tbl, :user_id, :changeset_id
    end`),
    );
    expect(rules(a)).toEqual([
      [4, 'drop-column'],
      [5, 'rename-column'],
      [9, 'empty-down-migration'],
    ]);
    expect(a.hits.find((h) => h.rule === 'drop-column')?.message).toContain('"perm" from "oauth_tokens"');
    expect(a.hits.find((h) => h.rule === 'rename-column')?.message).toContain('"user_id" of "tbl"');
  });

  it('a string with #{…} keeps its written parts', async () => {
    const a = await alone(up('    add_column "current_#{tbl}", "version", :bigint, :null => false'));
    expect(a.hits.find((h) => h.rule === 'add-required-column')?.message).toContain('"current_…" (named at run time)');
  });

  it('a type change on a table named by code is a notice: its earlier type cannot be looked up (redmine 20160416072926)', async () => {
    const a = await alone(`class RemovePositionDefaults < ActiveRecord::Migration[4.2]
  def up
    [Board, CustomField].each do |klass|
      change_column klass.table_name, :position, :integer, :default => nil
    end
  end

  def down
    [Board, CustomField].each do |klass|
      change_column klass.table_name, :position, :integer, :default => 1
    end
  end
end
`);
    expect(rules(a)).toEqual([[4, 'not-analysed']]);
    expect(a.hits[0]!.message).toContain(
      '`change_column klass.table_name, :position, :integer, :default => nil` changes a column of a table that Ruby code names',
    );
  });

  it('a call left without SQL because code names what it changes is a notice, never silence (lobsters add_unique_indexes_to_links)', async () => {
    const a = await alone(
      up(`    INDEXES_PARAMS.each do |table, columns, options|
      add_index(table, columns, **options)
      remove_index :links, name: index_name
    end`),
    );
    expect(rules(a)).toEqual([
      [4, 'not-analysed'],
      [5, 'not-analysed'],
      [9, 'empty-down-migration'],
    ]);
    expect(a.hits[0]!.message).toContain('`add_index(table, columns, **options)` names what it changes with Ruby code');
  });
});

describe('guard clauses on the database end the method on the others (gitlabhq/gitlabhq)', () => {
  const guarded = (guard: string, body: string, down = '    # no-op') => `class MarkdownCacheLimitsToMysql < ActiveRecord::Migration
  def up
    ${guard}

${body}
  end

  def down
${down}
  end
end
`;
  const MYSQL_ONLY = guarded('return unless Gitlab::Database.mysql?', '    change_column :snippets, :content_html, :text, limit: 2147483647');

  it('`return unless …mysql?` on Postgres: nothing after it is read, and the no-op down is complete', async () => {
    expect(await sqlOf(MYSQL_ONLY)).toEqual([]);
    const a = await alone(MYSQL_ONLY);
    expect(a.down).toBe('present');
    expect(rules(a)).toEqual([]);
    // On MySQL the guard does not return: the rest is read.
    expect(await sqlOf(MYSQL_ONLY, 'mysql')).toEqual([[5, 'ALTER TABLE snippets ALTER COLUMN content_html TYPE text;']]);
  });

  it.each([
    ['return unless connection.adapter_name == "PostgreSQL"', 'mysql', false],
    ['return unless connection.adapter_name == "PostgreSQL"', 'postgres', true],
    ['return if ActiveRecord::Base.connection.adapter_name =~ /sqlite/i', 'sqlite', false],
    ['return unless postgresql? && extension_enabled?("vector")', 'mysql', false],
    ['return unless postgresql? && extension_enabled?("vector")', 'postgres', true],
    ['return if column_exists?(:users, :embedding)', 'postgres', true],
    ['return if column_exists?(:users, :embedding)', 'mysql', true],
  ] as const)('`%s` on %s: the rest read: %s', async (guard, dialect, read) => {
    const src = guarded(guard, '    add_column :users, :embedding, :text');
    expect((await sqlOf(src, dialect)).length).toBe(read ? 1 : 0);
  });

  it('an `if … return end` block and a guard in `change` are followed the same way', async () => {
    const block = guarded('if Gitlab::Database.mysql?\n      return\n    end', '    remove_column :users, :legacy');
    expect(await sqlOf(block, 'mysql')).toEqual([]);
    expect((await sqlOf(block)).length).toBe(1);
    const inChange = change('    return unless connection.adapter_name =~ /postgres/i\n    add_index :users, :email, using: :gin');
    expect(await sqlOf(inChange, 'mysql')).toEqual([]);
    expect((await sqlOf(inChange)).length).toBe(1);
  });
});

describe('an `up` without `down` rolls back as a no-op (Active Record `Migration#down`: `return unless self.class.respond_to?(:down)`)', () => {
  it('says what a rollback does: nothing, the version deleted, the changes left', async () => {
    const a = await alone('class X < ActiveRecord::Migration[7.1]\n  def up\n    add_column :users, :nickname, :string\n  end\nend\n');
    const hit = a.hits.find((h) => h.rule === 'missing-down-migration')!;
    expect(hit.message).toContain("Rails' own `down` does nothing");
    expect(hit.message).toContain('deletes its version');
    expect(hit.message).toContain('raise `ActiveRecord::IrreversibleMigration` in `down` (the rollback then stops there)');
    expect(hit.message).not.toContain('cannot be rolled back');
  });
});
