// SET NOT NULL and DROP NOT NULL that restate what a column already was change nothing: when they
// come with a TYPE for the column (the tool restates the whole column), the look back through the
// folder's earlier migrations (src/core/frameworks/sql-history.ts) settles them as it settles type
// changes. The shape is outline/outline's Sequelize migrations (server/
// migrations, @ its main branch): `changeColumn` restates the whole column, so a migration that
// only lengthens a string or changes a foreign key emits `DROP NOT NULL` for every column created
// with `allowNull: true`, and `SET NOT NULL` for every one created with `allowNull: false`.
import { describe, expect, test } from 'vitest';
import golangMigrate from '../../../src/core/frameworks/golang-migrate';
import { knexToPieces } from '../../../src/core/frameworks/knex';
import { laravel, laravelToPieces } from '../../../src/core/frameworks/laravel';
import { nodePgMigrate } from '../../../src/core/frameworks/node-pg-migrate';
import { typeorm } from '../../../src/core/frameworks/typeorm';
import { railsToPieces } from '../../../src/core/frameworks/rails';
import { sequelize, sequelizeToPieces } from '../../../src/core/frameworks/sequelize';
import type { MigrationInput } from '../../../src/core/frameworks/framework';

const dir = 'db/migrations/';

/** `ALTER TABLE t ALTER COLUMN c TYPE type, ALTER COLUMN c <what>;`: the column restated, as pop's fizz writes it. */
const restate = (table: string, column: string, type: string, what: 'SET NOT NULL' | 'DROP NOT NULL') =>
  `ALTER TABLE ${table} ALTER COLUMN ${column} TYPE ${type}, ALTER COLUMN ${column} ${what};`;

/** golang-migrate's analysis of `content` as the next up migration of `folder`. */
async function sqlUp(folder: Record<string, string>, content: string, options: Partial<MigrationInput> = {}) {
  const name = `${String(Object.keys(folder).length + 1).padStart(6, '0')}_next.up.sql`;
  const a = await golangMigrate.analyse({
    path: dir + name,
    content: `SET lock_timeout = '2s';\n${content}`,
    siblings: { [dir + name.replace('.up.', '.down.')]: 'SELECT 2;' },
    listDir: async () => [...Object.keys(folder), name],
    readFile: async (path: string) => folder[path.slice(dir.length)],
    ...options,
  });
  return a.hits.filter((h) => h.rule === 'drop-not-null' || h.rule === 'set-not-null').map((h) => `${h.line} ${h.rule}`);
}

const created = {
  '000001_create.up.sql': [
    'CREATE TABLE nh_accounts (',
    '  id bigserial PRIMARY KEY,',
    '  name text NOT NULL,',
    '  nickname text,',
    '  code text,',
    '  ref integer GENERATED ALWAYS AS IDENTITY,',
    '  PRIMARY KEY (code)',
    ');',
  ].join('\n'),
};

describe('SET/DROP NOT NULL settled against the folder', () => {
  test('a file that makes a column nullable and takes it back (redmine/redmine @ 890812e4, 20100705164950: "two steps to please MySQL") is judged as one change', async () => {
    const twoSteps = restate('nh_accounts', 'name', 'varchar', 'DROP NOT NULL') + '\n' + restate('nh_accounts', 'name', 'varchar', 'SET NOT NULL');
    // NOT NULL before the file and after it: nothing changed.
    expect(await sqlUp(created, twoSteps)).toEqual([]);
    // Nullable before the file, NOT NULL after it: the second step is the change.
    const fromNullable = restate('nh_accounts', 'nickname', 'text', 'DROP NOT NULL') + '\n' + restate('nh_accounts', 'nickname', 'text', 'SET NOT NULL');
    expect(await sqlUp(created, fromNullable)).toEqual(['3 set-not-null']);
    // Bare steps are meant as changes: the pair is the one SET NOT NULL (which scans the table).
    expect(await sqlUp(created, 'ALTER TABLE nh_accounts ALTER COLUMN name DROP NOT NULL;\nALTER TABLE nh_accounts ALTER COLUMN name SET NOT NULL;')).toEqual([
      '3 set-not-null',
    ]);
  });

  test('a restatement of what the creating migration said is no finding; a change is', async () => {
    expect(await sqlUp(created, restate('nh_accounts', 'nickname', 'text', 'DROP NOT NULL'))).toEqual([]);
    expect(await sqlUp(created, restate('nh_accounts', 'name', 'text', 'SET NOT NULL'))).toEqual([]);
    expect(await sqlUp(created, restate('nh_accounts', 'name', 'text', 'DROP NOT NULL'))).toEqual(['2 drop-not-null']);
    expect(await sqlUp(created, restate('nh_accounts', 'nickname', 'text', 'SET NOT NULL'))).toEqual(['2 set-not-null']);
    // A primary key (on the column or the table), serial and identity columns never allow NULL.
    for (const [column, type] of [
      ['id', 'bigint'],
      ['code', 'text'],
      ['ref', 'integer'],
    ] as const) {
      expect(await sqlUp(created, restate('nh_accounts', column, type, 'SET NOT NULL')), column).toEqual([]);
      expect(await sqlUp(created, restate('nh_accounts', column, type, 'DROP NOT NULL')), column).toEqual(['2 drop-not-null']);
    }
  });

  test('a bare SET/DROP NOT NULL is a change as written: not looked up', async () => {
    expect(await sqlUp(created, 'ALTER TABLE nh_accounts ALTER COLUMN nickname DROP NOT NULL;')).toEqual(['2 drop-not-null']);
    // The TYPE of the same DSL call (one line, separate statements) restates it.
    expect(
      await sqlUp(created, 'ALTER TABLE nh_accounts ALTER COLUMN nickname TYPE text; ALTER TABLE nh_accounts ALTER COLUMN nickname DROP NOT NULL;'),
    ).toEqual([]);
    expect(
      await sqlUp(created, 'ALTER TABLE nh_accounts ALTER COLUMN nickname TYPE text;\nALTER TABLE nh_accounts ALTER COLUMN nickname DROP NOT NULL;'),
    ).toEqual(['3 drop-not-null']);
  });

  test('the newest earlier statement on the column decides, through renames and type changes', async () => {
    const folder = {
      ...created,
      '000002_relax.up.sql': "ALTER TABLE nh_accounts ALTER COLUMN name DROP NOT NULL;\nALTER TABLE nh_accounts ADD COLUMN email text NOT NULL DEFAULT '';",
      '000003_rename.up.sql': 'ALTER TABLE nh_accounts RENAME COLUMN name TO display_name;\nALTER TABLE nh_accounts RENAME TO nh_users;',
      '000004_widen.up.sql': 'ALTER TABLE nh_users ALTER COLUMN display_name TYPE varchar(500);',
    };
    expect(await sqlUp(folder, restate('nh_users', 'display_name', 'varchar(500)', 'DROP NOT NULL'))).toEqual([]);
    expect(await sqlUp(folder, restate('nh_users', 'display_name', 'varchar(500)', 'SET NOT NULL'))).toEqual(['2 set-not-null']);
    expect(await sqlUp(folder, restate('nh_users', 'email', 'text', 'SET NOT NULL'))).toEqual([]);
    expect(await sqlUp(folder, restate('nh_users', 'email', 'text', 'DROP NOT NULL'))).toEqual(['2 drop-not-null']);
  });

  test('what this file said first decides, and a rename in this file is looked up under the old name', async () => {
    expect(await sqlUp({}, 'ALTER TABLE nh_x ADD COLUMN c text;\nALTER TABLE nh_x ALTER COLUMN c DROP NOT NULL;')).toEqual([]);
    expect(await sqlUp({}, 'ALTER TABLE nh_x ALTER COLUMN c SET NOT NULL;\nALTER TABLE nh_x ALTER COLUMN c SET NOT NULL;')).toEqual(['2 set-not-null']);
    expect(
      await sqlUp(created, `ALTER TABLE nh_accounts RENAME COLUMN nickname TO alias;\n${restate('nh_accounts', 'alias', 'text', 'DROP NOT NULL')}`),
    ).toEqual([]);
  });

  test('a restatement whose type may widen and whose nullability may be unchanged is one warning, not two (one cause)', async () => {
    const a = await golangMigrate.analyse({
      path: `${dir}000002_next.up.sql`,
      content: `SET lock_timeout = '2s';\n${restate('nh_elsewhere', 'c', 'text', 'DROP NOT NULL')}\n`,
      siblings: { [`${dir}000002_next.down.sql`]: 'SELECT 2;' },
      listDir: async () => ['000001_create.up.sql', '000002_next.up.sql'],
      readFile: async () => created['000001_create.up.sql'],
    });
    expect(a.hits.filter((h) => h.rule === 'change-column-type' || h.rule.endsWith('not-null')).map((h) => [h.line, h.rule, h.severity])).toEqual([
      [2, 'change-column-type', 'warning'],
    ]);
    const merged = a.hits.find((h) => h.rule === 'change-column-type')!;
    expect(merged.message).toContain('may or may not be a widening');
    expect(merged.message).toContain('It also restates the column as nullable: if it was NOT NULL');
    const b = await sqlUp({}, restate('nh_elsewhere', 'c', 'text', 'SET NOT NULL'));
    expect(b).toEqual([]);
  });

  test('unknown stays a finding: a column the folder does not define (a warning), a folder that cannot be read (an error)', async () => {
    // Beside a type change that is not a widening (an error whatever the old type was).
    expect(await sqlUp(created, restate('nh_elsewhere', 'c', 'integer', 'DROP NOT NULL'))).toEqual(['2 drop-not-null']);
    const elsewhere = await golangMigrate.analyse({
      path: `${dir}000002_next.up.sql`,
      content: `SET lock_timeout = '2s';\n${restate('nh_elsewhere', 'c', 'integer', 'SET NOT NULL')}\n`,
      siblings: { [`${dir}000002_next.down.sql`]: 'SELECT 2;' },
      listDir: async () => ['000001_create.up.sql', '000002_next.up.sql'],
      readFile: async () => created['000001_create.up.sql'],
    });
    expect(elsewhere.hits.filter((h) => h.rule === 'set-not-null')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        message: expect.stringContaining('is not in this migration or the 1 earlier migration read: if it already was NOT NULL, it changes nothing'),
      }),
    ]);
    // A bare one is meant as a change: an error.
    expect((await sqlUp(created, 'ALTER TABLE nh_elsewhere ALTER COLUMN c SET NOT NULL;')).length).toBe(1);
    const failing = {
      listDir: async () => {
        throw new Error('EIO: i/o error');
      },
    };
    const a = await golangMigrate.analyse({
      path: `${dir}000002_next.up.sql`,
      content: `SET lock_timeout = '2s';\n${restate('nh_accounts', 'nickname', 'text', 'DROP NOT NULL')}\n`,
      siblings: { [`${dir}000002_next.down.sql`]: 'SELECT 2;' },
      readFile: async () => created['000001_create.up.sql'],
      ...failing,
    });
    expect(a.hits.filter((h) => h.rule === 'drop-not-null').map((h) => [h.severity, h.message])).toEqual([
      [
        undefined,
        expect.stringContaining('(Whether it allowed NULL before could not be looked up: the folder db/migrations/ could not be listed (EIO: i/o error).)'),
      ],
    ]);
  });
});

describe('Sequelize changeColumn restating the column (outline/outline)', () => {
  const folder: Record<string, string> = {
    '20160619080644-initial.js': `module.exports = {
  up: async (queryInterface, Sequelize) => {
    await queryInterface.createTable("teams", {
      id: { type: "UUID", allowNull: false, primaryKey: true },
      slackId: { type: "CHARACTER VARYING", allowNull: true, unique: true },
      name: { type: "CHARACTER VARYING", allowNull: false },
    });
  },
  down: async (queryInterface) => {
    await queryInterface.dropAllTables();
  },
};
`,
  };
  const analyse = (content: string) =>
    sequelize.analyse({
      path: 'server/migrations/20160911230444-change.js',
      content,
      siblings: {},
      listDir: async () => [...Object.keys(folder), '20160911230444-change.js'],
      readFile: async (path: string) => folder[path.slice('server/migrations/'.length)],
    });
  const change = (column: string, allowNull: boolean) => `module.exports = {
  up: async (queryInterface, Sequelize) => {
    await queryInterface.changeColumn("teams", "${column}", { type: Sequelize.STRING(1024), allowNull: ${allowNull} });
  },
  down: async (queryInterface, Sequelize) => {
    await queryInterface.changeColumn("teams", "${column}", { type: Sequelize.STRING, allowNull: ${allowNull} });
  },
};
`;

  test('allowNull restated is no nullability finding; changed, it is', async () => {
    const rules = async (content: string) => (await analyse(content)).hits.map((h) => h.rule).filter((r) => r.endsWith('not-null'));
    expect(await rules(change('slackId', true))).toEqual([]);
    expect(await rules(change('name', false))).toEqual([]);
    expect(await rules(change('name', true))).toEqual(['drop-not-null']);
    expect(await rules(change('slackId', false))).toEqual(['set-not-null']);
  });
});

describe('frameworks that restate the whole column say what their tool sends', () => {
  const sqlOf = async (t: Promise<{ up: { sql: string }[] }>) => (await t).up.map((p) => p.sql.trim());

  test("Knex's .alter() drops NOT NULL unless .notNullable() or alterNullable: false (knex's Postgres table compiler)", async () => {
    const up = (chain: string) => `exports.up = (knex) => knex.schema.alterTable('users', (t) => {\n  t.string('email', 500)${chain};\n});\n`;
    expect(await sqlOf(knexToPieces(up('.alter()')))).toEqual([
      'ALTER TABLE users ALTER COLUMN email TYPE character varying(500);',
      'ALTER TABLE users ALTER COLUMN email DROP NOT NULL;',
    ]);
    expect((await sqlOf(knexToPieces(up('.notNullable().alter()'))))[1]).toBe('ALTER TABLE users ALTER COLUMN email SET NOT NULL;');
    expect(await sqlOf(knexToPieces(up('.alter({ alterNullable: false })')))).toEqual(['ALTER TABLE users ALTER COLUMN email TYPE character varying(500);']);
  });

  test("Sequelize's changeColumn drops NOT NULL unless allowNull is false, and a reference adds a foreign key, not a TYPE", async () => {
    const up = (attrs: string) =>
      `module.exports = { up: async (queryInterface, Sequelize) => {\n  await queryInterface.changeColumn("documents", "teamId", { ${attrs} });\n} };\n`;
    expect(await sqlOf(sequelizeToPieces(up('type: Sequelize.UUID')))).toEqual([
      'ALTER TABLE documents ALTER COLUMN "teamId" DROP NOT NULL;',
      'ALTER TABLE documents ALTER COLUMN "teamId" TYPE uuid;',
    ]);
    expect(await sqlOf(sequelizeToPieces(up('type: Sequelize.UUID, allowNull: true, references: { model: "teams" }')))).toEqual([
      expect.stringMatching(/^ALTER TABLE documents ADD CONSTRAINT \S+ FOREIGN KEY \("teamId"\) REFERENCES teams/),
    ]);
  });

  test("Rails' change_column with null: true drops NOT NULL", async () => {
    const src = `class Acl < ActiveRecord::Migration[7.0]\n  def up\n    change_column :acls, :address, :inet, null: true\n  end\nend\n`;
    expect(await sqlOf(railsToPieces(src, 'db/migrate/20120208194454_add_domain_to_acl.rb'))).toEqual([
      'ALTER TABLE acls ALTER COLUMN address TYPE inet;',
      'ALTER TABLE acls ALTER COLUMN address DROP NOT NULL;',
    ]);
  });
});

describe("Laravel's ->change() (its Postgres grammar: SET NOT NULL unless ->nullable())", () => {
  const create = `<?php
return new class extends Migration {
    public function up(): void
    {
        Schema::create('artists', function (Blueprint $table) {
            $table->id();
            $table->string('name');
            $table->string('image')->nullable();
        });
    }
};
`;
  const change = (body: string) => `<?php
return new class extends Migration {
    public function up(): void
    {
        Schema::table('artists', function (Blueprint $table) {
            ${body}
        });
    }

    public function down(): void
    {
    }
};
`;
  // Shape: koel/koel database/migrations/2021_12_06_164648_increase_string_columns_length.php.
  const rules = async (body: string) =>
    (
      await laravel.analyse({
        path: 'database/migrations/2021_12_06_164648_change.php',
        content: change(body),
        siblings: {},
        listDir: async () => ['2016_01_01_000000_create_artists.php', '2021_12_06_164648_change.php'],
        readFile: async () => create,
      })
    ).hits
      .map((h) => `${h.rule}/${h.severity ?? 'error'}`)
      .filter((r) => r.includes('not-null'));

  test('the translation says what Laravel sends', async () => {
    expect((await laravelToPieces(change("$table->string('name', 500)->change();"))).up.map((p) => p.sql)).toEqual([
      'ALTER TABLE artists ALTER COLUMN "name" TYPE character varying(500);',
      'ALTER TABLE artists ALTER COLUMN "name" SET NOT NULL;',
    ]);
  });

  test('a restatement of the column as created is no finding; a change is', async () => {
    expect(await rules("$table->string('name', 500)->change();")).toEqual([]);
    expect(await rules("$table->string('image', 500)->nullable()->change();")).toEqual([]);
    // Forgetting ->nullable() makes a nullable column NOT NULL: Laravel's best-known ->change() trap.
    expect(await rules("$table->string('image', 500)->change();")).toEqual(['set-not-null/error']);
    expect(await rules("$table->string('name', 500)->nullable()->change();")).toEqual(['drop-not-null/error']);
  });
});

describe('TypeORM and node-pg-migrate look back through their folders (timestamp-first names)', () => {
  test("TypeORM: a widening of a column an earlier migration's SQL created is no finding", async () => {
    const folder: Record<string, string> = {
      '1700000000000-CreateUser.ts': `export class CreateUser1700000000000 {
  async up(queryRunner) {
    await queryRunner.query(\`CREATE TABLE "user" ("id" SERIAL PRIMARY KEY, "email" character varying(100) NOT NULL)\`);
  }
  async down(queryRunner) {
    await queryRunner.query(\`DROP TABLE "user"\`);
  }
}
`,
    };
    const analyse = (sql: string) =>
      typeorm.analyse({
        path: 'src/migrations/1700000000001-Widen.ts',
        content: `export class Widen1700000000001 {
  async up(queryRunner) {
    await queryRunner.query(\`${sql}\`);
  }
  async down(queryRunner) {
    await queryRunner.query(\`SELECT 1\`);
  }
}
`,
        siblings: {},
        listDir: async () => [...Object.keys(folder), '1700000000001-Widen.ts'],
        readFile: async (path: string) => folder[path.slice('src/migrations/'.length)],
      });
    const rules = async (sql: string) =>
      (await analyse(sql)).hits.map((h) => `${h.rule}/${h.severity ?? 'error'}`).filter((r) => r.startsWith('change-column-type') || r.includes('not-null'));
    expect(await rules('ALTER TABLE "user" ALTER COLUMN "email" TYPE character varying(200), ALTER COLUMN "email" SET NOT NULL')).toEqual([]);
    expect(await rules('ALTER TABLE "user" ALTER COLUMN "email" TYPE character varying(50)')).toEqual(['change-column-type/error']);
  });

  test('node-pg-migrate: alterColumn restating notNull is no finding', async () => {
    const folder: Record<string, string> = {
      '1700000000000_create-users.js':
        "exports.up = (pgm) => { pgm.createTable('users', { id: 'id', name: { type: 'text', notNull: true }, email: 'text' }); };\n",
    };
    const rules = async (body: string) =>
      (
        await nodePgMigrate.analyse({
          path: 'migrations/1700000000001_change.js',
          content: `exports.up = (pgm) => { ${body} };\nexports.down = (pgm) => { pgm.sql('SELECT 1'); };\n`,
          siblings: {},
          listDir: async () => [...Object.keys(folder), '1700000000001_change.js'],
          readFile: async (path: string) => folder[path.slice('migrations/'.length)],
        })
      ).hits
        .map((h) => h.rule)
        .filter((r) => r === 'change-column-type' || r.endsWith('not-null'));
    expect(await rules("pgm.alterColumn('users', 'name', { type: 'text', notNull: true });")).toEqual([]);
    expect(await rules("pgm.alterColumn('users', 'email', { type: 'text', notNull: true });")).toEqual(['set-not-null']);
  });
});
