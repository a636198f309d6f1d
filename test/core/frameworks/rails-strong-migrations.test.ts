// Shapes from Rails apps that run strong_migrations (rubyforgood/casa, hackclub/hcb,
// rubygems/rubygems.org), read as Rails runs them: a validation needs no undo, `reversible`
// names its direction as it likes, constants and `Arel.sql`/`.squish` strings are values, and a
// call no handler knows is said, never read as nothing.
import { describe, expect, it } from 'vitest';
import rails, { railsToPieces } from '../../../src/core/frameworks/rails';
import type { MigrationAnalysis } from '../../../src/core/frameworks/framework';

const analyse = (content: string) => rails.analyse({ path: 'db/migrate/1_x.rb', content, siblings: {} });
const hits = (a: MigrationAnalysis) => a.hits.filter((h) => h.rule !== 'missing-lock-timeout').map((h) => [h.line, h.rule]);
const sqlOf = async (content: string) => (await railsToPieces(content, 'db/migrate/1_x.rb')).up.map((p) => [p.line, p.sql.trim()]);

const upDown = (up: string, down = '') => `class M < ActiveRecord::Migration[7.2]
  def up
    ${up}
  end

  def down
    ${down}
  end
end
`;

describe('an up that only validates constraints needs no down (casa validate_constraint_*)', () => {
  it('`connection.execute(Arel.sql("ALTER TABLE … VALIDATE CONSTRAINT …"))` with an empty down: no finding', async () => {
    const a = await analyse(
      upDown('ActiveRecord::Base.connection.execute(Arel.sql("ALTER TABLE notes VALIDATE CONSTRAINT fk_rails_5d4a723a34;"))', '# cannot un-validate'),
    );
    expect(hits(a)).toEqual([]);
    expect(a.down).toBe('present');
  });

  it('validate_foreign_key, validate_check_constraint and validate_constraint with an empty down: no finding', async () => {
    const a = await analyse(
      upDown(`validate_foreign_key :users, :orgs
    validate_check_constraint :users, name: "users_email_null"
    validate_constraint :users, "users_x_check"`),
    );
    expect(hits(a)).toEqual([]);
  });

  it('an up that validates and does anything else still needs its down', async () => {
    const a = await analyse(
      upDown(`validate_check_constraint :users, name: "users_email_null"
    change_column_null :users, :email, false`),
    );
    expect(hits(a)).toContainEqual([7, 'empty-down-migration']);
    const b = await analyse(upDown('execute "ALTER TABLE users VALIDATE CONSTRAINT c; UPDATE users SET x = 1"'));
    expect(hits(b)).toContainEqual([6, 'empty-down-migration']);
  });
});

describe('`reversible do |direction|`: the block names its direction as it likes', () => {
  it('reads `direction.down` as the down, not the up', async () => {
    const src = `class M < ActiveRecord::Migration[7.2]
  def change
    reversible do |direction|
      direction.up { execute "UPDATE users SET x = 1" }
      direction.down { execute "DROP TABLE users" }
    end
  end
end
`;
    expect(await sqlOf(src)).toEqual([[4, 'UPDATE users SET x = 1']]);
    expect(hits(await analyse(src))).toEqual([[4, 'data-backfill']]);
  });
});

describe('values written as Ruby the reader can read', () => {
  it('a class constant names the columns (rubygems.org NEW_COLUMNS = %i[…].freeze)', async () => {
    const src = `class M < ActiveRecord::Migration[8.0]
  disable_ddl_transaction!
  COLS = %i[owner name].freeze

  def change
    add_index :actions, COLS, unique: true, algorithm: :concurrently
  end
end
`;
    expect(await sqlOf(src)).toEqual([[6, 'CREATE UNIQUE INDEX CONCURRENTLY index_actions_on_owner_and_name ON actions (owner, "name");']]);
    expect(hits(await analyse(src))).toEqual([]);
  });

  it('`<<~SQL.squish` as a check constraint expression (hcb create_ledgers)', async () => {
    const src = `class M < ActiveRecord::Migration[8.0]
  def change
    add_check_constraint :ledgers,
                         <<~SQL.squish,
                           event_id IS NOT NULL OR card_grant_id IS NOT NULL
                         SQL
                         name: "ledgers_owner_rules",
                         validate: false
  end
end
`;
    expect(String((await sqlOf(src))[0]?.[1]).replace(/\s+/g, ' ')).toBe(
      'ALTER TABLE ledgers ADD CONSTRAINT ledgers_owner_rules CHECK ( event_id IS NOT NULL OR card_grant_id IS NOT NULL ) NOT VALID;',
    );
    expect(hits(await analyse(src))).toEqual([]);
  });

  it('`add_reference … foreign_key: { validate: false }` adds the key NOT VALID, as Rails passes the hash on', async () => {
    const src = `class M < ActiveRecord::Migration[7.2]
  disable_ddl_transaction!

  def change
    add_reference :users, :org, index: { algorithm: :concurrently }, foreign_key: { validate: false }
  end
end
`;
    expect((await sqlOf(src)).map(([, s]) => s)).toContain(
      'ALTER TABLE users ADD CONSTRAINT users_org_id_fkey FOREIGN KEY (org_id) REFERENCES orgs (id) NOT VALID;',
    );
    expect(hits(await analyse(src))).toEqual([]);
  });

  it('the connection’s `update "…"` runs its SQL (hcb add_type_and_value_to_expense)', async () => {
    expect(await sqlOf(upDown('update "UPDATE users SET x = 1"', 'raise ActiveRecord::IrreversibleMigration'))).toEqual([[3, 'UPDATE users SET x = 1']]);
  });
});

describe('calls no handler knows are said, never read as nothing', () => {
  it('an app or gem helper naming a table (Mastodon add_column_with_default, fx create_function)', async () => {
    const a = await analyse(
      upDown(
        `safety_assured { add_column_with_default :accounts, :thing, :boolean, default: false, allow_null: false }
    create_function :hcb_code_type
    say "done"`,
        'remove_column :accounts, :thing',
      ),
    );
    expect(hits(a)).toEqual([
      [3, 'not-analysed'],
      [4, 'not-analysed'],
    ]);
    expect(a.hits[0]!.message).toContain('`add_column_with_default :accounts, :thing, :boolean, default: false, …` is not a call rollback-ready reads');
  });

  it('`revert` is said, and what it is given is not read as the up', async () => {
    const a = await analyse(`class M < ActiveRecord::Migration[7.2]
  def change
    revert do
      create_table :old_things
    end
  end
end
`);
    expect(hits(a)).toEqual([[3, 'not-analysed']]);
    expect(await sqlOf('class M < ActiveRecord::Migration[7.2]\n  def change\n    revert { drop_table :t }\n  end\nend\n')).toEqual([]);
  });

  it('Rails methods read for what they are: create_enum, rename_enum, rename_index, create_schema', async () => {
    const src = upDown(`create_enum :mood, %w[happy sad]
    rename_enum :mood, :feeling
    rename_index :users, :index_a, :index_b
    create_schema :archive`);
    expect(await sqlOf(src)).toEqual([
      [3, "CREATE TYPE mood AS ENUM ('happy', 'sad');"],
      [4, 'ALTER TYPE mood RENAME TO feeling;'],
      [5, 'ALTER INDEX index_a RENAME TO index_b;'],
      [6, 'CREATE SCHEMA archive;'],
    ]);
  });
});

describe('SQL in `change`: what a rollback does with it', () => {
  const change = (body: string) => `class M < ActiveRecord::Migration[7.0]
  def change
    ${body}
  end
end
`;

  it('`execute` is recorded and a rollback raises; the connection’s own methods bypass the recorder and run again (casa populate_user_languages)', async () => {
    const recorded = await analyse(change('execute "UPDATE users SET x = 1"'));
    expect(recorded.hits.find((h) => h.rule === 'irreversible-operation')?.message).toContain('`execute` inside `change` cannot be reversed automatically');
    const direct = await analyse(change('ActiveRecord::Base.connection.execute("SELECT 1")'));
    expect(direct.hits.find((h) => h.rule === 'irreversible-operation')?.message).toContain(
      'SQL sent to the connection (`ActiveRecord::Base.connection.execute`) inside `change` runs again when the migration is rolled back',
    );
  });
});
