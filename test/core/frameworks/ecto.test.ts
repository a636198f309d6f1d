import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import ecto, { ectoToPieces } from '../../../src/core/frameworks/ecto';
import type { MigrationAnalysis } from '../../../src/core/frameworks/framework';
import { createClassifier } from '../../../src/core/classify';
import { parseConfig } from '../../../src/core/config';
import { FRAMEWORKS } from '../../../src/core/frameworks/index';

const FIX = 'test/fixtures/frameworks/ecto';
const analyse = (content: string, path = 'priv/repo/migrations/1_x.exs') => ecto.analyse({ path, content, siblings: {} });
const fixture = (rel: string) => analyse(readFileSync(`${FIX}/${rel}`, 'utf8'), rel);
const hits = (a: MigrationAnalysis) => a.hits.filter((h) => h.rule !== 'missing-lock-timeout').map((h) => [h.line, h.rule]);

describe('ectoToPieces', () => {
  it('reads a helper in place, one with arguments where they are written out (hexpm/hexpm @ dee4f9b2)', async () => {
    const a = await analyse(
      [
        'defmodule Hexpm.RepoBase.Migrations.UpdateTimestampFields do',
        '  use Ecto.Migration',
        '',
        '  def up do',
        '    fixup(:users, :inserted_at)',
        '    drop_legacy()',
        '  end',
        '',
        '  def down do',
        '    :ok',
        '  end',
        '',
        '  defp fixup(table, column) do',
        '    alter table(table) do',
        '      modify(column, :utc_datetime_usec)',
        '    end',
        '  end',
        '',
        '  defp drop_legacy do',
        '    alter table(:users) do',
        '      remove(:legacy)',
        '    end',
        '  end',
        'end',
      ].join('\n'),
    );
    expect(hits(a)).toEqual([
      [9, 'empty-down-migration'],
      [15, 'change-column-type'],
      [21, 'drop-column'],
    ]);
  });

  it('maps migration commands to SQL', async () => {
    const t = await ectoToPieces(readFileSync(`${FIX}/err/priv/repo/migrations/20240101000000_drop_email.exs`, 'utf8'));
    expect(t.up.map((p) => [p.line, p.sql.trim()])).toEqual([
      [7, 'ALTER TABLE users DROP COLUMN email;'],
      [8, 'ALTER TABLE users ADD COLUMN plan character varying(255) NOT NULL;'],
      [9, 'ALTER TABLE users ALTER COLUMN age TYPE bigint;'],
      [12, 'CREATE INDEX users_plan_index ON users (plan);'],
      [13, 'ALTER TABLE users RENAME COLUMN "name" TO full_name;'],
      [14, 'DROP TABLE sessions;'],
      [16, "UPDATE users SET plan = 'free', status = 'active'"],
    ]);
  });

  it('a type named like a member of every JavaScript object is a type of its own', async () => {
    const c = await ectoToPieces(`defmodule M do
  use Ecto.Migration
  def change do
    alter table(:posts) do
      add :kind, :constructor
    end
  end
end
`);
    expect(c.up.map((p) => p.sql)).toEqual(['ALTER TABLE posts ADD COLUMN kind constructor;']);
  });

  it('reads create table with references and @disable_ddl_transaction', async () => {
    const t = await ectoToPieces(readFileSync(`${FIX}/ok/priv/repo/migrations/20240201000000_add_nickname.exs`, 'utf8'));
    expect(t.transactional).toBe(false);
    const c = await ectoToPieces(`defmodule M do
  use Ecto.Migration
  def change do
    create table(:posts) do
      add :user_id, references(:users), null: false
      timestamps()
    end
  end
end
`);
    expect(c.up.map((p) => p.sql)).toEqual([
      'CREATE TABLE posts (id bigserial PRIMARY KEY, user_id bigint NOT NULL, inserted_at timestamp(0) without time zone NOT NULL, updated_at timestamp(0) without time zone NOT NULL);',
      'ALTER TABLE posts ADD CONSTRAINT posts_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id);',
    ]);
    expect(c.downStatus).toBe('present');
  });
});

describe('loops (plausible/analytics @ 4397dab9, priv/ingest_repo/migrations/20240220081207_drop_event_session_columns.exs)', () => {
  const migration = (body: string, attrs = '') => `defmodule M do\n  use Ecto.Migration\n${attrs}\n  def change do\n${body}\n  end\nend\n`;

  it('runs a loop body once per element of a literal list, a word sigil or a module attribute', async () => {
    const inAlter = await analyse(
      migration('    alter table(:events) do\n      for c <- @dropped do\n        remove(c)\n      end\n    end', '  @dropped [:a, :b]'),
    );
    expect(inAlter.hits.filter((h) => h.rule === 'drop-column').map((h) => [h.line, h.message.slice(0, 30)])).toEqual([
      [7, 'Dropping column "a" from "even'],
      [7, 'Dropping column "b" from "even'],
    ]);
    // `remove` without a type in `change`: one finding for the line, not one per element.
    expect(inAlter.hits.filter((h) => h.rule === 'irreversible-operation').map((h) => h.line)).toEqual([7]);
    const t = await ectoToPieces(
      migration('    for t <- ~w(x y)a, do: create index(t, [:site_id])\n    Enum.each(["p"], fn t -> execute("DROP TABLE #{t}", "SELECT 1") end)'),
    );
    expect(t.up.map((p) => p.sql)).toEqual([
      expect.stringContaining('CREATE INDEX x_site_id_index ON x'),
      expect.stringContaining('CREATE INDEX y_site_id_index ON y'),
      'DROP TABLE p',
    ]);
  });

  it('a loop over what the file does not hold, or of another shape, that runs commands is a notice, not silence', async () => {
    const a = await analyse(
      migration(
        '    for t <- tables() do\n      drop table(t)\n    end\n    alter table(:s) do\n      Enum.each([:a], &remove/1)\n    end\n    for x <- [1, 2], do: IO.puts(x)',
      ),
    );
    expect(a.hits.filter((h) => h.rule === 'not-analysed').map((h) => h.line)).toEqual([5, 9]);
    // The drop itself is a drop, of a table named at run time (as Knex's `dropTable(t)` in such a loop).
    expect(a.hits.filter((h) => h.rule === 'drop-table').map((h) => [h.line, h.message.slice(0, 40)])).toEqual([
      [6, 'Dropping table "…" (named at run time) d'],
    ]);
  });
});

describe('ecto.analyse', () => {
  it('flags risky and irreversible commands in change', async () => {
    const a = await fixture('err/priv/repo/migrations/20240101000000_drop_email.exs');
    expect(a.down).toBe('irreversible');
    expect(hits(a)).toEqual([
      [7, 'irreversible-operation'],
      [7, 'drop-column'],
      [8, 'add-required-column'],
      [9, 'irreversible-operation'],
      [9, 'change-column-type'],
      [12, 'non-concurrent-index'],
      [13, 'rename-column'],
      [14, 'irreversible-operation'],
      [14, 'drop-table'],
      [16, 'irreversible-operation'],
      [17, 'data-backfill'],
    ]);
  });

  it('a down that only returns :ok is empty', async () => {
    const a = await fixture('err/priv/repo/migrations/20240102000000_empty_down.exs');
    expect(a.down).toBe('empty');
    expect(hits(a)).toEqual([
      [5, 'drop-column'],
      [8, 'empty-down-migration'],
    ]);
  });

  it('passes a safe migration (execute/2 is reversible)', async () => {
    const a = await fixture('ok/priv/repo/migrations/20240201000000_add_nickname.exs');
    expect(a.down).toBe('present');
    expect(hits(a)).toEqual([]);
  });

  it('execute with a function is irreversible in change; its repo().query! SQL is linted', async () => {
    const a = await analyse(`defmodule M do
  use Ecto.Migration
  def change do
    execute(fn -> repo().query!("DELETE FROM sessions") end)
  end
end
`);
    expect(a.down).toBe('irreversible');
    expect(hits(a)).toEqual([
      [4, 'irreversible-operation'],
      [4, 'delete-without-where'],
    ]);
  });

  it('flags up without down', async () => {
    const a = await analyse(`defmodule M do
  use Ecto.Migration
  def up do
    execute "ALTER TABLE a ADD COLUMN b text"
  end
end
`);
    expect(a.down).toBe('missing');
    expect(hits(a)).toEqual([[3, 'missing-down-migration']]);
  });
});

describe('indexes in a prefix: schema (supabase/realtime)', () => {
  it('are named after the bare table and created in its schema, as Ecto writes them', async () => {
    const t = await ectoToPieces(`defmodule Realtime.Repo.Migrations.Idx do
  use Ecto.Migration

  def change do
    create unique_index(:channels, [:name], prefix: "realtime")
    drop index(:channels, [:topic], prefix: "realtime")
  end
end
`);
    const sqls = t.up.map((p) => p.sql);
    expect(sqls[0]).toMatch(/^CREATE UNIQUE INDEX channels_name_index ON realtime\.channels/);
    expect(sqls[1]).toMatch(/^DROP INDEX realtime\.channels_topic_index/);
    const a = await analyse(`defmodule Realtime.Repo.Migrations.Idx do
  use Ecto.Migration

  def change do
    create unique_index(:channels, [:name], prefix: "realtime")
  end
end
`);
    expect(hits(a)).toEqual([[5, 'non-concurrent-index']]);
  });
});

describe('migrations compiled into the app (.ex, supabase/realtime tenant migrations)', () => {
  it('are looked back through like .exs ones', async () => {
    const dir = 'lib/realtime/tenants/repo/migrations/';
    const files: Record<string, string> = {
      '20240523004032_redefine_messages.ex': `defmodule Realtime.Tenants.Migrations.RedefineMessages do
  use Ecto.Migration

  def change do
    create table(:messages) do
      add :topic, :text, null: false
      timestamps()
    end
  end
end
`,
      '20240919163303_add_payload_to_messages.ex': `defmodule Realtime.Tenants.Migrations.AddPayloadToMessages do
  use Ecto.Migration

  def change do
    alter table(:messages) do
      modify :inserted_at, :naive_datetime, default: fragment("now()")
    end
  end
end
`,
    };
    const name = '20240919163303_add_payload_to_messages.ex';
    const a = await ecto.analyse({
      path: dir + name,
      content: files[name]!,
      siblings: {},
      listDir: async (d) => (d === dir ? Object.keys(files) : undefined),
      readFile: async (p) => files[p.slice(dir.length)],
    });
    // timestamps() made it timestamp(0): the same type restated.
    expect(hits(a).filter(([, r]) => r === 'change-column-type')).toEqual([]);
  });
});

describe('which files are Ecto migrations', () => {
  const classifier = createClassifier(parseConfig(undefined), FRAMEWORKS);
  it('only `<integer>_<name>.exs`, as ecto_sql runs them: not the `.formatter.exs` mix phx.new writes (teslamate)', () => {
    const formatter = '[\n  import_deps: [:ecto_sql],\n  inputs: ["*.exs"]\n]\n';
    expect(classifier.classify('priv/repo/migrations/.formatter.exs', formatter)).toBeUndefined();
    expect(classifier.classify('apps/shop/priv/repo/migrations/.formatter.exs', formatter)).toBeUndefined();
    expect(classifier.classify('priv/repo/migrations/20190330150000_create_car.exs', 'defmodule M do\nend\n')).toMatchObject({
      kind: 'migration',
      framework: 'ecto',
    });
    expect(classifier.classify('apps/shop/priv/repo/migrations/1_a.exs', 'defmodule M do\nend\n')).toMatchObject({ kind: 'migration', framework: 'ecto' });
  });

  it('given to lint by name, a file that defines no module is a notice, not a missing down', async () => {
    const a = await analyse('[\n  import_deps: [:ecto_sql],\n  inputs: ["*.exs"]\n]\n', 'priv/repo/migrations/.formatter.exs');
    expect(a.down).toBe('not-analysed');
    expect(hits(a)).toEqual([[1, 'not-analysed']]);
  });
});

describe('the module that uses Ecto.Migration', () => {
  it('is read when schema modules come first in the file (teslamate 20190925182253)', async () => {
    const a = await analyse(`defmodule New do
  defmodule GeoFence do
    use Ecto.Schema

    schema "geofences" do
      field(:radius, :float)
    end
  end
end

defmodule TeslaMate.Repo.Migrations.AddGeofenceIdToAddresses do
  use Ecto.Migration

  def up do
    alter table(:geofences) do
      remove(:address_id, references(:addresses), null: false)
    end
  end

  def down do
    alter table(:geofences) do
      add(:address_id, references(:addresses), null: true)
    end
  end
end
`);
    expect(a.down).toBe('present');
    expect(hits(a)).toEqual([[16, 'drop-column']]);
  });
});

describe('column types as ecto_sql writes them', () => {
  it('passes atoms of its own mapping through as Postgres type names, sized by size:/precision: (teslamate 20200410112005)', async () => {
    const t = await ectoToPieces(`defmodule TeslaMate.Repo.Migrations.DatabaseEfficiencyImprovements do
  use Ecto.Migration

  def change do
    alter table(:positions) do
      modify(:speed, :smallint)
      modify(:outside_temp, :numeric, precision: 4, scale: 1)
      modify(:ip, :inet)
      modify(:code, :char, size: 2)
      modify(:at, :utc_datetime_usec, precision: 3)
      modify(:price, :decimal, precision: 10)
    end
  end
end
`);
    expect(t.up.map((p) => p.sql.trim())).toEqual([
      'ALTER TABLE positions ALTER COLUMN speed TYPE smallint;',
      'ALTER TABLE positions ALTER COLUMN outside_temp TYPE numeric(4, 1);',
      'ALTER TABLE positions ALTER COLUMN ip TYPE inet;',
      'ALTER TABLE positions ALTER COLUMN code TYPE char(2);',
      'ALTER TABLE positions ALTER COLUMN at TYPE timestamp(3) without time zone;',
      'ALTER TABLE positions ALTER COLUMN price TYPE numeric(10);',
    ]);
  });

  it('a text column modified to :smallint is a type change, not text restated', async () => {
    const dir = 'priv/repo/migrations/';
    const files: Record<string, string> = {
      '20190330150000_create_cars.exs': `defmodule M.Repo.Migrations.CreateCars do
  use Ecto.Migration

  def change do
    create table(:cars) do
      add :d, :text
    end
  end
end
`,
      '20200410112005_smaller.exs': `defmodule M.Repo.Migrations.Smaller do
  use Ecto.Migration

  def up do
    alter table(:cars) do
      modify :d, :smallint
    end
  end

  def down do
    alter table(:cars) do
      modify :d, :text
    end
  end
end
`,
    };
    const name = '20200410112005_smaller.exs';
    const a = await ecto.analyse({
      path: dir + name,
      content: files[name]!,
      siblings: {},
      listDir: async (d) => (d === dir ? Object.keys(files) : undefined),
      readFile: async (p) => files[p.slice(dir.length)],
    });
    expect(hits(a)).toEqual([[6, 'change-column-type']]);
    expect(a.hits.find((h) => h.rule === 'change-column-type')?.message).toMatch(/from text .* to smallint/);
  });
});

describe('array and map column types ({:array, t}, {:map, t})', () => {
  const folder = async (files: Record<string, string>, name: string) => {
    const dir = 'priv/repo/migrations/';
    return ecto.analyse({
      path: dir + name,
      content: files[name]!,
      siblings: {},
      listDir: async (d) => (d === dir ? Object.keys(files) : undefined),
      readFile: async (p) => files[p.slice(dir.length)],
    });
  };

  it('are arrays of the element type and jsonb, in add, modify and from: (hexpm, teslamate)', async () => {
    const t = await ectoToPieces(`defmodule M.Repo.Migrations.Arrays do
  use Ecto.Migration

  def change do
    alter table(:oauth_clients) do
      add :allowed_scopes, {:array, :string}
      add :fields, {:array, :string}, null: false, default: []
      add :codes, {:array, :string}, size: 2
      add :repositories, {:array, :jsonb}, null: false, default: []
      add :meta, {:map, :string}
      add :stamps, {:array, :utc_datetime}
      modify :ids, {:array, :bigint}, from: {:array, :integer}
      modify :names, {:array, :text}, from: {{:array, :string}, null: false}
      modify :settings, :map, from: {:map, null: true}
    end
  end
end
`);
    expect(t.up.map((p) => p.sql.trim())).toEqual([
      'ALTER TABLE oauth_clients ADD COLUMN allowed_scopes character varying(255)[];',
      "ALTER TABLE oauth_clients ADD COLUMN fields character varying(255)[] NOT NULL DEFAULT '[]';",
      'ALTER TABLE oauth_clients ADD COLUMN codes character varying(2)[];',
      "ALTER TABLE oauth_clients ADD COLUMN repositories jsonb[] NOT NULL DEFAULT '[]';",
      'ALTER TABLE oauth_clients ADD COLUMN meta jsonb;',
      'ALTER TABLE oauth_clients ADD COLUMN stamps timestamp(0) without time zone[];',
      'ALTER TABLE oauth_clients ALTER COLUMN ids TYPE bigint[];',
      'ALTER TABLE oauth_clients ALTER COLUMN names TYPE text[];',
      'ALTER TABLE oauth_clients ALTER COLUMN settings TYPE jsonb;',
    ]);
    expect(t.knownTypes).toEqual([
      { table: 'oauth_clients', column: 'ids', type: 'integer[]' },
      { table: 'oauth_clients', column: 'names', type: 'character varying(255)[]' },
      { table: 'oauth_clients', column: 'settings', type: 'jsonb' },
    ]);
  });

  it('an integer array modified to a string array is a type change, not varchar(255) restated', async () => {
    const files: Record<string, string> = {
      '20220101000000_create_passages.exs': `defmodule TextServer.Repo.Migrations.CreatePassages do
  use Ecto.Migration

  def change do
    create table(:version_passages) do
      add :end_location, {:array, :integer}
    end
  end
end
`,
      '20230101000000_change_passages.exs': `defmodule TextServer.Repo.Migrations.ChangePassages do
  use Ecto.Migration

  def up do
    alter table(:version_passages) do
      modify :end_location, {:array, :string}
    end
  end

  def down do
    alter table(:version_passages) do
      modify :end_location, {:array, :integer}
    end
  end
end
`,
    };
    const a = await folder(files, '20230101000000_change_passages.exs');
    expect(hits(a)).toEqual([[6, 'change-column-type']]);
    expect(a.hits.find((h) => h.rule === 'change-column-type')?.message).toMatch(/from integer\[\] .* to varchar\(255\)\[\]/);
  });

  it('from: {:array, :integer} is the old type (not `:array`)', async () => {
    const a = await analyse(`defmodule TextServer.Repo.Migrations.ChangePassages do
  use Ecto.Migration

  def change do
    alter table("version_passages") do
      modify :end_location, {:array, :string}, from: {:array, :integer}
    end
  end
end
`);
    expect(hits(a)).toEqual([[6, 'change-column-type']]);
    expect(a.hits.find((h) => h.rule === 'change-column-type')?.message).toMatch(/from integer\[\] to varchar\(255\)\[\]/);
  });

  it('a string array restated with null: false is no type change (hexpm 20260227120000)', async () => {
    const files: Record<string, string> = {
      '20250923100001_create_oauth_clients.exs': `defmodule Hexpm.RepoBase.Migrations.CreateOauthClients do
  use Ecto.Migration

  def change do
    create table(:oauth_clients, primary_key: false) do
      add :client_id, :binary_id, primary_key: true
      add :allowed_grant_types, {:array, :string}
    end
  end
end
`,
      '20260227120000_require_allowed_grant_types_on_oauth_clients.exs': `defmodule Hexpm.RepoBase.Migrations.RequireAllowedGrantTypesOnOauthClients do
  use Ecto.Migration

  def up do
    alter table(:oauth_clients) do
      modify :allowed_grant_types, {:array, :string}, null: false
    end
  end

  def down do
    alter table(:oauth_clients) do
      modify :allowed_grant_types, {:array, :string}, null: true
    end
  end
end
`,
    };
    const a = await folder(files, '20260227120000_require_allowed_grant_types_on_oauth_clients.exs');
    expect(hits(a)).toEqual([[6, 'set-not-null']]);
  });
});

describe('execute with SQL that is not written in the call', () => {
  it('reads a piped string, an attribute, a bound variable and a helper returning a string (pleroma)', async () => {
    const t = await ectoToPieces(`defmodule Pleroma.Repo.Migrations.X do
  use Ecto.Migration

  @alter_apps_scopes "ALTER TABLE apps ALTER COLUMN scopes"

  def up do
    """
    alter table notifications alter column type type notification_type using (type::notification_type)
    """
    |> execute()

    execute("#{@alter_apps_scopes} SET NOT NULL;")

    definition = "DROP INDEX activities_visibility_index"
    execute(definition)

    execute(drop_counts())
  end

  def down, do: :ok

  defp drop_counts do
    "DROP TABLE counter_cache"
  end
end
`);
    expect(t.up.map((p) => [p.line, p.sql.trim()])).toEqual([
      [7, 'alter table notifications alter column type type notification_type using (type::notification_type)'],
      [12, 'ALTER TABLE apps ALTER COLUMN scopes SET NOT NULL;'],
      [14, 'DROP INDEX activities_visibility_index'],
      [23, 'DROP TABLE counter_cache'],
    ]);
    expect(t.hits.map((h) => h.rule)).toEqual(['empty-down-migration']);
  });

  it('says what it cannot read: a variable bound twice, an argument, an attribute it does not hold', async () => {
    const a = await analyse(`defmodule M do
  use Ecto.Migration

  def up do
    sql = if repo().config()[:x], do: "DROP TABLE a", else: "DROP TABLE b"
    execute(sql)
    execute(Enum.join(["DROP", "TABLE c"], " "))
    execute("#{@missing} TYPE varchar(255)[]")
  end

  def down do
    :ok
  end
end
`);
    expect(hits(a)).toEqual([
      [6, 'not-analysed'],
      [7, 'not-analysed'],
      [8, 'not-analysed'],
      [11, 'empty-down-migration'],
    ]);
    expect(a.hits[0]!.message).toMatch(/^`execute\(sql\)`: its SQL is not a string this file holds/);
    expect(a.hits[2]!.message).toMatch(/^`execute`: its SQL begins with `#\{…\}`/);
  });

  it('a "" down in change runs nothing on rollback (pleroma 20191008132217)', async () => {
    const a = await analyse(`defmodule Pleroma.Repo.Migrations.MigrateFollowingRelationships do
  use Ecto.Migration

  def change do
    execute(import_following_from_users(), "")
  end

  defp import_following_from_users do
    """
    INSERT INTO following_relationships (follower_id, following_id) SELECT id, id FROM users
    """
  end
end
`);
    expect(a.down).toBe('empty');
    expect(hits(a)).toEqual([
      [5, 'empty-down-migration'],
      [10, 'data-backfill'],
    ]);
  });
});

describe('defdelegate up/down (Oban.Migrations)', () => {
  it('says the operations live in the module named, not missing-down (pleroma 20190730055101)', async () => {
    const a = await analyse(`defmodule Pleroma.Repo.Migrations.AddObanJobsTable do
  use Ecto.Migration

  defdelegate up, to: Oban.Migrations
  defdelegate down, to: Oban.Migrations
end
`);
    expect(a.down).toBe('not-analysed');
    expect(hits(a)).toEqual([[4, 'not-analysed']]);
    expect(a.hits[0]!.message).toMatch(/^`up` and `down` are delegated to `Oban.Migrations`: the operations live in that module/);
  });

  it('reads an up of its own beside a delegated down', async () => {
    const a = await analyse(`defmodule M do
  use Ecto.Migration

  def up, do: Oban.Migrations.up(version: 12)
  defdelegate down(opts), to: Oban.Migrations
end
`);
    expect(a.down).toBe('not-analysed');
    expect(hits(a)).toEqual([[5, 'not-analysed']]);
  });
});

describe('a column type this file does not hold', () => {
  it('is named as written in add (not a guessed varchar(255)) and a modify to it is said, not judged (ecto_enum)', async () => {
    // ecto_enum's documented shape: `add :status, StatusEnum.type()` (a Postgres enum it creates).
    const src = `defmodule M.Repo.Migrations.Status do
  use Ecto.Migration

  def up do
    StatusEnum.create_type()
    alter table(:orders) do
      add :status, StatusEnum.type()
      add :constructor, :constructor
      modify :state, StatusEnum.type(), null: false
    end
  end

  def down do
    alter table(:orders) do
      remove :status
    end
  end
end
`;
    const t = await ectoToPieces(src);
    expect(t.up.map((p) => p.sql.trim())).toEqual([
      'ALTER TABLE orders ADD COLUMN status "StatusEnum.type()";',
      'ALTER TABLE orders ADD COLUMN constructor constructor;',
      'ALTER TABLE orders ALTER COLUMN state SET NOT NULL;',
    ]);
    const a = await analyse(src);
    const notice = a.hits.find((h) => h.rule === 'not-analysed' && h.line === 9);
    expect(notice?.message).toContain('`modify :state, StatusEnum.type()`: the new type is a value this file does not hold');
    expect(a.hits.filter((h) => h.rule === 'change-column-type')).toEqual([]);
  });
});

it("modify's default: is ecto_sql's SET DEFAULT in the same statement: default: nil with null: false leaves a required column (hexpm @ dee4f9b2, 20211102164710_add_trial_end_to_organizations)", async () => {
  const file = (modify: string) => `defmodule M do
  use Ecto.Migration

  def change do
    alter table(:organizations) do
      add(:trial_end, :utc_datetime_usec, default: "NOW()")
    end

    alter table(:organizations) do
      ${modify}
    end
  end
end
`;
  const dropped = (await analyse(file('modify(:trial_end, :utc_datetime_usec, default: nil, null: false)'))).hits.filter((h) => h.rule === 'set-not-null');
  expect(dropped.map((h) => h.line)).toEqual([10]);
  expect(dropped[0]!.message).toContain('without a default');
  // The default kept: the add filled the rows, and old code's inserts get it.
  const kept = (await analyse(file('modify(:trial_end, :utc_datetime_usec, null: false)'))).hits.filter((h) => h.rule === 'set-not-null');
  expect(kept).toEqual([]);
});

describe("the module's own functions called with names written out (issue #9)", () => {
  const migration = (body: string, helpers: string) =>
    ['defmodule MyApp.Repo.Migrations.DropLegacy do', '  use Ecto.Migration', '', body, '', helpers, 'end', ''].join('\n');

  it('reads the function once per call, its parameters standing for the values given (bare, piped, an attribute, a loop)', async () => {
    const a = await analyse(
      migration(
        [
          '  @table "orders"',
          '  def up do',
          '    drop_legacy(:events)',
          '    :carts |> drop_legacy()',
          '    drop_legacy(@table)',
          '    for t <- [:invoices], do: drop_legacy(t)',
          '  end',
          '',
          '  def down do',
          '    :ok',
          '  end',
        ].join('\n'),
        ['  defp drop_legacy(name) do', '    alter table(name) do', '      remove :legacy', '    end', '  end'].join('\n'),
      ),
    );
    const drops = a.hits.filter((h) => h.rule === 'drop-column');
    expect(drops.map((h) => [h.line, /from "(\w+)"/.exec(h.message)?.[1]])).toEqual([
      [18, 'events'],
      [18, 'carts'],
      [18, 'orders'],
      [18, 'invoices'],
    ]);
    expect(hits(a).filter(([, r]) => r === 'not-analysed')).toEqual([]);
  });

  it('binds a default written out; a list parameter is looped over; in change, judged as if written inline', async () => {
    const a = await analyse(
      migration(
        ['  def change do', '    drop_columns(:users)', '    drop_typed(:accounts, :flag)', '  end'].join('\n'),
        [
          '  defp drop_columns(table, columns \\\\ [:nickname, :avatar]) do',
          '    alter table(table) do',
          '      for c <- columns, do: remove(c)',
          '    end',
          '  end',
          '',
          '  defp drop_typed(table, column) do',
          '    alter table(table) do',
          '      remove column, :string',
          '    end',
          '  end',
        ].join('\n'),
      ),
    );
    expect(hits(a)).toEqual([
      [11, 'irreversible-operation'],
      [11, 'drop-column'],
      [11, 'drop-column'],
      [17, 'drop-column'],
    ]);
    expect(a.hits.filter((h) => h.rule === 'drop-column').map((h) => /column "(\w+)" from "(\w+)"/.exec(h.message)?.slice(1).join('.'))).toEqual([
      'nickname.users',
      'avatar.users',
      'flag.accounts',
    ]);
  });

  it('`alter table(@table)` names the table its module attribute holds, a string or an atom (santiment/sanbase2)', async () => {
    const a = await analyse(
      [
        'defmodule Sanbase.Repo.Migrations.X do',
        '  use Ecto.Migration',
        '',
        '  @table :votes',
        '  def up do',
        '    alter table(@table) do',
        '      remove(:legacy)',
        '    end',
        '  end',
        '',
        '  def down, do: :ok',
        'end',
        '',
      ].join('\n'),
    );
    expect(a.hits.filter((h) => h.rule === 'drop-column').map((h) => [h.line, h.rule, /from "(\w+)"/.exec(h.message)?.[1]])).toEqual([
      [7, 'drop-column', 'votes'],
    ]);
  });

  it('`create`/`drop table(@table)`, `create index(@table, …)` and `table("#{@prefix}_events")` name the table the module holds (santiment/sanbase2)', async () => {
    const a = await analyse(
      [
        'defmodule Sanbase.Repo.Migrations.X do',
        '  use Ecto.Migration',
        '',
        '  @table "events"',
        '  @prefix :audit',
        '  def up do',
        '    drop table(@table)',
        '    drop table("#{@prefix}_events")',
        '    for t <- [:users] do',
        '      drop table("#{t}_archive")',
        '    end',
        '  end',
        '',
        '  def down do',
        '    create table(@table) do',
        '      add :name, :string',
        '    end',
        '    create index(@table, [:name])',
        '  end',
        'end',
        '',
      ].join('\n'),
    );
    expect(a.hits.filter((h) => h.rule === 'drop-table').map((h) => [h.line, /table "(\w+)"/.exec(h.message)?.[1]])).toEqual([
      [7, 'events'],
      [8, 'audit_events'],
      [10, 'users_archive'],
    ]);
    const t = await ectoToPieces(
      ['defmodule X do', '  use Ecto.Migration', '  @table "events"', '  def change do', '    create index(@table, [:name])', '  end', 'end', ''].join('\n'),
    );
    expect(t.up.map((p) => p.sql)).toEqual([expect.stringContaining('ON events')]);
  });

  it('a table named by a value the file does not hold is a notice on create/drop, never silence', async () => {
    const a = await analyse(
      migration(['  def up do', '    drop table("#{prefix()}_events")', '    drop table(@unknown)', '  end', '', '  def down, do: :ok'].join('\n'), ''),
    );
    expect(a.hits.filter((h) => h.rule === 'not-analysed').map((h) => h.message.split(':')[0])).toEqual([
      '`drop table("#{prefix()}_events")`',
      '`drop table(@unknown)`',
    ]);
  });

  it('a drop or rename of a table held in a variable is on "…" (named at run time), never silence', async () => {
    const a = await analyse(
      migration(
        [
          '  def up do',
          '    name = table_name()',
          '    drop table(name)',
          '    drop_if_exists index(name, [:legacy])',
          '    rename table(name), :a, to: :b',
          '  end',
        ].join('\n'),
        '  def down, do: :ok',
      ),
    );
    expect(hits(a)).toEqual([
      [6, 'drop-table'],
      [7, 'non-concurrent-index-drop'],
      [8, 'rename-column'],
      [11, 'empty-down-migration'],
    ]);
    expect(a.hits.find((h) => h.rule === 'drop-table')!.message).toContain('"…" (named at run time)');
  });

  it('a word sigil given is a list (hexpm 20170702145540: `set_not_null("users", ~w(username password))`)', async () => {
    const a = await analyse(
      migration(
        ['  def up do', '    drop_all("users", ~w(username password))', '  end', '', '  def down, do: :ok'].join('\n'),
        ['  defp drop_all(table, columns) do', '    alter table(table) do', '      for c <- columns, do: remove(c)', '    end', '  end'].join('\n'),
      ),
    );
    expect(a.hits.filter((h) => h.rule === 'drop-column').map((h) => /column "(\w+)"/.exec(h.message)?.[1])).toEqual(['username', 'password']);
    expect(a.hits.filter((h) => h.rule === 'not-analysed')).toEqual([]);
  });

  it('given a value known only at run time, a function of several clauses, or calling itself: a notice', async () => {
    const a = await analyse(
      migration(
        ['  def up do', '    drop_legacy(table_name())', '    drop_by(:events)', '    drop_again(:users)', '  end', '', '  def down, do: :ok'].join('\n'),
        [
          '  defp drop_legacy(name) do',
          '    alter table(name), do: remove(:legacy)',
          '  end',
          '',
          '  defp drop_by(:events), do: drop_legacy(:events)',
          '  defp drop_by(name), do: alter(table(name), do: remove(:legacy))',
          '',
          '  defp drop_again(name) do',
          '    drop_legacy(name)',
          '    drop_again(name)',
          '  end',
        ].join('\n'),
      ),
    );
    const notices = a.hits.filter((h) => h.rule === 'not-analysed');
    expect(notices.map((h) => [h.line, h.message.replace(/, a function of this migration, (runs|calls) .*/, ' $1')])).toEqual([
      [5, '`drop_legacy/1` runs'],
      [6, '`drop_by/1` runs'],
      [21, '`drop_again/1` calls'],
    ]);
    expect(a.hits.filter((h) => h.rule === 'drop-column').map((h) => [h.line, /from "(\w+)"/.exec(h.message)?.[1]])).toEqual([[13, 'users']]);
  });

  it('`alter table(t), do: …` on one line is read; on a table the file does not hold, a notice', async () => {
    const a = await analyse(
      migration(
        [
          '  def up do',
          '    alter table(:users), do: remove(:legacy)',
          '    table = Orders.__schema__(:source)',
          '    alter table(table) do',
          '      remove :legacy',
          '    end',
          '  end',
        ].join('\n'),
        '  def down, do: :ok',
      ),
    );
    expect(hits(a)).toEqual([
      [5, 'drop-column'],
      [7, 'not-analysed'],
      [12, 'empty-down-migration'],
    ]);
  });
});
