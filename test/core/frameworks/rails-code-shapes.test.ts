// How a Rails migration's Ruby is laid out, read as Rails runs it: methods given in `class_eval`,
// branches on the database, SQL sent to the connection, the migration's own methods, and model
// code in `change` (which a rollback runs again).
import { describe, expect, it } from 'vitest';
import rails, { railsToPieces } from '../../../src/core/frameworks/rails';
import type { MigrationAnalysis } from '../../../src/core/frameworks/framework';
import type { Dialect } from '../../../src/core/types';

const analyse = (content: string, dialect?: Dialect) =>
  rails.analyse({ path: 'db/migrate/1_x.rb', content, siblings: {}, ...(dialect ? { dialect: { dialect, from: 'test' } } : {}) });
const hits = (a: MigrationAnalysis) => a.hits.filter((h) => h.rule !== 'missing-lock-timeout').map((h) => [h.line, h.rule]);
const sqlOf = async (content: string, dialect?: Dialect) => (await railsToPieces(content, 'db/migrate/1_x.rb', dialect)).up.map((p) => [p.line, p.sql.trim()]);

describe('methods defined in `<Class>.class_eval do … end` (acts-as-taggable-on templates)', () => {
  const template = (body: string) => `if ActiveRecord.gem_version >= Gem::Version.new('5.0')
  class AddMissingIndexes < ActiveRecord::Migration[4.2]; end
else
  class AddMissingIndexes < ActiveRecord::Migration; end
end
AddMissingIndexes.class_eval do
${body}
end
`;

  it('reads `def self.up` / `def self.down` there', async () => {
    const a = await analyse(
      template(`  def self.up
    add_index :tags, :name, unique: true
  end

  def self.down
    remove_index :tags, :name
  end`),
    );
    expect(a.down).toBe('present');
    expect(hits(a)).toEqual([[8, 'non-concurrent-index']]);
  });

  it('reads `def change` there, with `disable_ddl_transaction!`', async () => {
    const t = await railsToPieces(
      template(`  disable_ddl_transaction!

  def change
    add_index :taggings, :tag_id, algorithm: :concurrently
  end`),
    );
    expect(t.transactional).toBe(false);
    expect(t.downStatus).toBe('present');
    expect(t.up.map((p) => [p.line, p.sql])).toEqual([[10, 'CREATE INDEX CONCURRENTLY index_taggings_on_tag_id ON taggings (tag_id);']]);
  });
});

describe('branches on the database', () => {
  const migration = (body: string) => `class ChangeCollationForTagNames < ActiveRecord::Migration[6.0]
  def up
${body}
  end

  def down
  end
end
`;
  const mysqlOnly = migration(`    if ActsAsTaggableOn::Utils.using_mysql?
      execute("ALTER TABLE tags MODIFY name varchar(255) CHARACTER SET utf8 COLLATE utf8_bin;")
    end`);

  it('reads only the branch the app database runs (`using_mysql?` on Postgres: nothing; an empty down is then complete)', async () => {
    expect(await sqlOf(mysqlOnly)).toEqual([]);
    const a = await analyse(mysqlOnly);
    expect(a.down).toBe('present');
    expect(hits(a)).toEqual([]);
    expect(await sqlOf(mysqlOnly, 'mysql')).toEqual([[4, 'ALTER TABLE tags MODIFY name varchar(255) CHARACTER SET utf8 COLLATE utf8_bin;']]);
  });

  it.each([
    [`if connection.adapter_name == 'Mysql2'`, false],
    [`if connection.adapter_name == "PostgreSQL"`, true],
    [`if ActiveRecord::Base.connection.adapter_name =~ /mysql/i`, false],
    [`if connection.adapter_name !~ /postgres/i`, false],
    [`if connection.adapter_name.downcase.include?('mysql')`, false],
    [`if connection.adapter_name.downcase.start_with?("postgres")`, true],
    [`unless connection.adapter_name == 'SQLite'`, true],
    // One side false decides an `&&` (one side true an `||`), whatever the other tests.
    [`if !ActsAsTaggableOn::Utils.using_postgresql? && true`, false],
    [`if postgresql? && extension_enabled?("vector")`, undefined],
    [`if using_mysql? || table_exists?(:users)`, undefined],
    [`if postgresql? || table_exists?(:users)`, true],
    [`if /sqlite/i.match?(ActiveRecord::Base.connection.adapter_name)`, false],
    [`if postgresql? && connection.adapter_name != 'Mysql2'`, true],
    [`if using_sqlite?`, false],
  ])('%s (on Postgres: read %s)', async (condition, read) => {
    const src = migration(`    ${condition}
      add_index :users, :email
    else
      add_index :users, :name
    end`);
    const names = (await sqlOf(src)).map(([, s]) => String(s).match(/index_users_on_(\w+)/)?.[1]);
    // undefined: the condition tests something else too, so both branches are read, as before.
    expect(names).toEqual(read === undefined ? ['email', 'name'] : read ? ['email'] : ['name']);
  });

  it('an elsif chain keeps the branch that holds, and modifiers are read the same way', async () => {
    const src = migration(`    if connection.adapter_name == 'Mysql2'
      add_index :users, :a
    elsif connection.adapter_name == 'PostgreSQL'
      add_index :users, :b
    else
      add_index :users, :c
    end
    add_index :users, :d if connection.adapter_name =~ /sqlite/i
    add_index :users, :e unless connection.adapter_name =~ /sqlite/i`);
    expect((await sqlOf(src)).map(([l]) => l)).toEqual([6, 11]);
    expect((await sqlOf(src, 'sqlite')).map(([l]) => l)).toEqual([8, 10]);
  });

  it('a condition on anything else reads every branch', async () => {
    const src = migration(`    if table_exists?(:users)
      add_index :users, :a
    else
      add_index :users, :b
    end`);
    expect((await sqlOf(src)).map(([l]) => l)).toEqual([4, 6]);
  });
});

describe('SQL sent through the connection', () => {
  const up = (body: string) => `class Inline < ActiveRecord::Migration[6.1]
  def up
${body}
  end

  def down
    execute "DELETE FROM users"
  end
end
`;

  it('reads connection.execute, ActiveRecord::Base.connection.execute, Model.connection.exec_update and exec_query as execute', async () => {
    const src = up(`    connection.execute("UPDATE users SET a = 1")
    ActiveRecord::Base.connection.execute(<<~SQL)
      DELETE FROM sessions
    SQL
    User.connection.exec_update("UPDATE users SET b = 2")
    exec_delete("DELETE FROM tokens")
    connection.select_all("SELECT 1")`);
    expect(await sqlOf(src)).toEqual([
      [3, 'UPDATE users SET a = 1'],
      [4, 'DELETE FROM sessions'],
      [7, 'UPDATE users SET b = 2'],
      [8, 'DELETE FROM tokens'],
    ]);
  });

  it('in change, connection.execute is irreversible as execute is', async () => {
    const a = await analyse(`class A < ActiveRecord::Migration[7.0]
  def change
    connection.execute("COMMENT ON TABLE users IS 'x'")
  end
end
`);
    expect(hits(a)).toEqual([[3, 'irreversible-operation']]);
    expect(a.hits[0]!.message).toContain('`connection.execute`');
  });

  it('SQL in a local variable is read where it runs; SQL built otherwise is a notice, interpolation stays "named at run time"', async () => {
    const a = await analyse(
      up(`    sql = <<~SQL
      DROP TABLE legacy_users
    SQL
    execute(sql)
    execute(build_sql(:users))
    execute "DROP TABLE #{table_name}"`),
    );
    expect(hits(a)).toEqual([
      [6, 'drop-table'],
      [7, 'not-analysed'],
      [8, 'drop-table'],
    ]);
    expect(a.hits.find((h) => h.rule === 'not-analysed')!.message).toContain('`execute(build_sql(:users))` runs SQL built at run time');
    expect(a.hits.filter((h) => h.rule === 'drop-table')[1]!.message).toContain('named at run time');
  });
});

describe("the migration's own methods", () => {
  it('are read where up calls them; one taking arguments is a notice', async () => {
    const a = await analyse(`class TransferDeviseUserData < ActiveRecord::Migration[6.1]
  def up
    add_column :users, :devise_user_id, :integer
    transfer_user_data(source_table, 'devise_users')
    backfill
    self.drop_legacy
  end

  def down
    remove_column :users, :devise_user_id
  end

  private

  def backfill
    User.where(plan: nil).update_all(plan: 'free')
    backfill
  end

  def drop_legacy
    remove_column :users, :legacy
  end

  def transfer_user_data(origin_table, destination_table)
    execute("INSERT INTO #{destination_table} SELECT * FROM #{origin_table}")
  end
end
`);
    expect(hits(a)).toEqual([
      [4, 'not-analysed'],
      [16, 'data-backfill'],
      [21, 'drop-column'],
    ]);
  });
});

describe('model code in change runs again on rollback', () => {
  it('is irreversible in change (one finding per loop), not in up, up_only or reversible', async () => {
    const a = await analyse(`class AddPlan < ActiveRecord::Migration[7.0]
  def change
    add_column :users, :plan, :string
    User.update_all(plan: 'free')
    Account.find_each do |account|
      account.update!(plan: 'free')
    end
    ::User.find_in_batches do |batch|
      batch.each { |user| user.settings.new(a: 1).save! }
    end
    Conversation.find_each { |c| puts c.id }
    up_only { Plan.create!(name: 'free') }
    reversible { |dir| dir.up { Plan.delete_all } }
  end
end
`);
    expect(hits(a).filter(([, r]) => r === 'irreversible-operation')).toEqual([
      [4, 'irreversible-operation'],
      [5, 'irreversible-operation'],
      [8, 'irreversible-operation'],
    ]);
    expect(a.down).toBe('irreversible');
    const up = await analyse(`class AddPlan < ActiveRecord::Migration[7.0]
  def up
    User.update_all(plan: 'free')
  end

  def down
    User.update_all(plan: nil)
  end
end
`);
    expect(hits(up)).toEqual([[3, 'data-backfill']]);
  });
});

describe("the migration's own methods called with names written out (issue #9)", () => {
  const migration = (body: string, helpers: string) => `class DropLegacy < ActiveRecord::Migration[7.1]
${body}

  private

${helpers}
end
`;

  it('reads the method once per call, its parameters standing for the names given (bare, self., in a loop)', async () => {
    const a = await analyse(
      migration(
        `  def up
    drop_legacy(:events)
    self.drop_legacy('orders')
    %i[carts invoices].each { |t| drop_legacy(t) }
  end

  def down
    add_column :events, :legacy, :string
  end`,
        `  def drop_legacy(table)
    remove_column table, :legacy
  end`,
      ),
    );
    expect(hits(a)).toEqual([
      [15, 'drop-column'],
      [15, 'drop-column'],
      [15, 'drop-column'],
      [15, 'drop-column'],
    ]);
    expect(a.hits.filter((h) => h.rule === 'drop-column').map((h) => /from "(\w+)"/.exec(h.message)?.[1])).toEqual(['events', 'orders', 'carts', 'invoices']);
  });

  it('binds defaults and keywords written out; a list parameter is looped over', async () => {
    const a = await analyse(
      migration(
        `  def up
    drop_columns(:users)
    drop_one(:accounts, column: :flag)
  end

  def down
  end`,
        `  def drop_columns(table, columns = %i[nickname avatar])
    columns.each do |c|
      remove_column table, c
    end
  end

  def drop_one(table, column:, force: false)
    remove_column table, column
  end`,
      ),
    );
    expect(a.hits.filter((h) => h.rule === 'drop-column').map((h) => [h.line, /column "(\w+)" from "(\w+)"/.exec(h.message)?.slice(1)])).toEqual([
      [14, ['nickname', 'users']],
      [14, ['avatar', 'users']],
      [19, ['flag', 'accounts']],
    ]);
    expect(hits(a).filter(([, r]) => r === 'not-analysed')).toEqual([]);
  });

  it("keyword parameters and Ruby 3.1's `name:` shorthand pass the names given (hackclub/hcb @ c1c20063)", async () => {
    const a = await analyse(
      migration(
        `  TABLE = :mappings

  def up
    restore :ct_id, as: "index_mappings_on_ct_id", replacing: "index_old"
  end

  def down
  end`,
        `  def restore(column, as:, replacing:)
    drop(replacing)
    remove_column TABLE, column
  end

  def drop(name)
    remove_index TABLE, name:, algorithm: :concurrently
  end`,
      ),
    );
    expect(a.hits.filter((h) => h.rule === 'drop-column').map((h) => [h.line, /column "(\w+)" from "(\w+)"/.exec(h.message)?.slice(1)])).toEqual([
      [15, ['ct_id', 'mappings']],
    ]);
    expect(a.hits.filter((h) => h.rule === 'not-analysed')).toEqual([]);
    expect((await sqlOf(migration('  def up\n    drop("index_old")\n  end', '  def drop(name)\n    remove_index :t, name:\n  end'))).map(([, s]) => s)).toEqual(
      ['DROP INDEX index_old;'],
    );
  });

  it('in change, a command of the method is judged for reversibility as if written inline', async () => {
    const a = await analyse(
      migration(
        `  def change
    drop_legacy(:events)
    drop_typed(:orders)
  end`,
        `  def drop_legacy(table)
    remove_column table, :legacy
  end

  def drop_typed(table)
    remove_column table, :legacy, :string
  end`,
      ),
    );
    expect(hits(a)).toEqual([
      [10, 'irreversible-operation'],
      [10, 'drop-column'],
      [14, 'drop-column'],
    ]);
  });

  it('given a value known only at run time, or calling itself, is a notice naming the call', async () => {
    const a = await analyse(
      migration(
        `  def up
    drop_legacy(Event.table_name)
    drop_all(:users)
  end

  def down
  end`,
        `  def drop_legacy(table)
    remove_column table, :legacy
  end

  def drop_all(table)
    remove_column table, :legacy
    drop_all(table)
  end`,
      ),
    );
    expect(hits(a)).toEqual([
      [3, 'not-analysed'],
      [7, 'empty-down-migration'],
      [17, 'drop-column'],
      [18, 'not-analysed'],
    ]);
    expect(a.hits[0]!.message).toContain('`drop_legacy(Event.table_name)`: `drop_legacy`, a method of this migration, takes arguments known only at run time');
    expect(a.hits.filter((h) => h.rule === 'not-analysed')[1]!.message).toContain('calls itself');
  });
});
