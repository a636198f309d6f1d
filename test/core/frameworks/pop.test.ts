// ory/pop and ory/popx migrations, as ory/kratos persistence/sql/migrations/sql writes them.
import { describe, expect, test } from 'vitest';
import pop, { fizzToPieces, popGroup } from '../../../src/core/frameworks/pop';
import { detectSqlFramework, popName } from '../../../src/core/frameworks/sql-detect';
import type { MigrationInput } from '../../../src/core/frameworks/framework';

const DIR = 'persistence/sql/migrations/sql/';

/** A folder on "disk": listing and reads, as the faces give them. */
function folder(files: Record<string, string>, fail?: string) {
  return {
    listDir: async (dir: string) => (dir === DIR ? Object.keys(files) : undefined),
    readFile: async (path: string) => {
      if (fail && path.endsWith(fail)) throw new Error('GitHub answered 502');
      return files[path.slice(DIR.length)];
    },
  };
}

const analyse = (name: string, files: Record<string, string>, extra: Partial<MigrationInput> = {}) =>
  pop.analyse({
    path: DIR + name,
    content: files[name]!,
    siblings: { [DIR + name.replace('.up.', '.down.')]: files[name.replace('.up.', '.down.')] },
    ...folder(files),
    ...extra,
  });
const rules = async (...args: Parameters<typeof analyse>) =>
  (await analyse(...args)).hits.filter((h) => h.rule !== 'missing-lock-timeout').map((h) => `${h.rule} ${h.line}`);

describe('pop names', () => {
  test('version, part, name, dialect, direction', () => {
    expect(popName('20200830130642000001_add_verification_methods.postgres.up.sql')).toMatchObject({
      stamp: '20200830130642',
      part: '000001',
      name: 'add_verification_methods',
      dialect: 'postgres',
      direction: 'up',
      ext: 'sql',
    });
    expect(popName('20241029153900000001_identities.autocommit.up.sql')).toMatchObject({ dialect: undefined, autocommit: true });
    expect(detectSqlFramework(`${DIR}20200830130642000001_x.postgres.up.sql`, '')).toBe('pop');
    // A plain golang-migrate name stays golang-migrate.
    expect(detectSqlFramework('migrations/000001_x.up.sql', '')).toBe('golang-migrate');
  });

  test('a group: its parts of one dialect and the dialect-less ones, in part order', () => {
    const names = [
      '20200101000000000001_x.postgres.down.sql',
      '20200101000000000000_x.up.sql',
      '20200101000000000001_x.postgres.up.sql',
      '20200101000000000000_x.mysql.up.sql',
      '20200102000000000000_y.up.sql',
    ];
    expect(popGroup(names, '20200101000000000001_x.postgres.up.sql')).toEqual({
      ups: ['20200101000000000000_x.up.sql', '20200101000000000001_x.postgres.up.sql'],
      downs: ['20200101000000000001_x.postgres.down.sql'],
    });
  });
  test("a dialect's own file of a part stands in for the generic one, however each is named (popx picks by version)", () => {
    const names = [
      '20250505150900000000_code_address_type.autocommit.up.sql',
      '20250505150900000000_code_address_type.autocommit.down.sql',
      '20250505150900000000_code_address_type.mysql.up.sql',
      '20250505150900000000_code_address_type.mysql.down.sql',
      '20250505150900000001_code_address_type.up.sql',
    ];
    expect(popGroup(names, '20250505150900000000_code_address_type.mysql.up.sql')).toEqual({
      ups: ['20250505150900000000_code_address_type.mysql.up.sql', '20250505150900000001_code_address_type.up.sql'],
      downs: ['20250505150900000000_code_address_type.mysql.down.sql'],
    });
    // Postgres has no file of its own: it runs the generic ones.
    expect(popGroup(names, '20250505150900000000_code_address_type.autocommit.up.sql')).toEqual({
      ups: ['20250505150900000000_code_address_type.autocommit.up.sql', '20250505150900000001_code_address_type.up.sql'],
      downs: ['20250505150900000000_code_address_type.autocommit.down.sql'],
    });
  });
});

describe('numbered parts: the down path is judged per group', () => {
  const group = {
    '20200830130642000000_add_state.postgres.up.sql': "ALTER TABLE flows ADD COLUMN state varchar(255) NOT NULL DEFAULT 'show_form';",
    '20200830130642000000_add_state.postgres.down.sql': '',
    '20200830130642000001_add_state.postgres.up.sql': '',
    '20200830130642000001_add_state.postgres.down.sql': 'ALTER TABLE flows DROP COLUMN state;',
  };

  test('a part whose own down is empty is fine when another part holds the undo', async () => {
    expect(await rules('20200830130642000000_add_state.postgres.up.sql', group)).toEqual([]);
    expect(await rules('20200830130642000001_add_state.postgres.up.sql', group)).toEqual([]);
  });

  test('a group with no undo in any part is said once, on its first part', async () => {
    const empty = { ...group, '20200830130642000001_add_state.postgres.down.sql': '-- nothing' };
    expect(await rules('20200830130642000000_add_state.postgres.up.sql', empty)).toEqual(['empty-down-migration 1']);
    expect(await rules('20200830130642000001_add_state.postgres.up.sql', empty)).toEqual([]);
    const none = Object.fromEntries(Object.entries(group).filter(([k]) => k.includes('.up.')));
    expect(await rules('20200830130642000000_add_state.postgres.up.sql', none)).toEqual(['missing-down-migration 1']);
  });

  test('a group whose downs cannot be read, or a folder that cannot be listed, is not-analysed, never silence', async () => {
    const failing = { ...folder({ ...group, '20200830130642000000_add_state.postgres.down.sql': '-- x' }, '000001_add_state.postgres.down.sql') };
    const a = await analyse(
      '20200830130642000000_add_state.postgres.up.sql',
      { ...group, '20200830130642000000_add_state.postgres.down.sql': '-- x' },
      failing,
    );
    const notice = a.hits.filter((h) => h.rule !== 'missing-lock-timeout');
    expect(notice.map((h) => h.rule)).toEqual(['not-analysed']);
    expect(notice[0]!.message).toContain('GitHub answered 502');
    const unlisted = await analyse(
      '20200830130642000000_add_state.postgres.up.sql',
      { ...group, '20200830130642000000_add_state.postgres.down.sql': '-- x' },
      { listDir: undefined },
    );
    expect(unlisted.hits.filter((h) => h.rule !== 'missing-lock-timeout').map((h) => h.rule)).toEqual(['not-analysed']);
  });

  test('a table rebuild spread over parts is read as one: the drop loses nothing', async () => {
    const rebuild = {
      '20191100000010000000_messages.sqlite3.up.sql': 'CREATE TABLE "messages" (id TEXT PRIMARY KEY, body TEXT NOT NULL);',
      '20191100000010000000_messages.sqlite3.down.sql': 'DROP TABLE "messages";',
      '20191100000011000000_body.sqlite3.up.sql': 'CREATE TABLE "_messages_tmp" (id TEXT PRIMARY KEY, body TEXT NOT NULL);',
      '20191100000011000001_body.sqlite3.up.sql': 'INSERT INTO "_messages_tmp" (id, body) SELECT id, body FROM "messages";',
      '20191100000011000002_body.sqlite3.up.sql': 'DROP TABLE "messages";',
      '20191100000011000003_body.sqlite3.up.sql': 'ALTER TABLE "_messages_tmp" RENAME TO "messages";',
      '20191100000011000000_body.sqlite3.down.sql': 'SELECT 1; ALTER TABLE messages ADD COLUMN legacy TEXT;',
    };
    // The copy takes every column "messages" was created with (the earlier migration says which).
    for (const name of Object.keys(rebuild).filter((n) => n.includes('.up.'))) expect(await rules(name, rebuild)).toEqual([]);
    // One it leaves out is dropped with the table.
    const leaves = {
      ...rebuild,
      '20191100000010000000_messages.sqlite3.up.sql': 'CREATE TABLE "messages" (id TEXT PRIMARY KEY, body TEXT NOT NULL, legacy TEXT);',
    };
    expect(await rules('20191100000011000002_body.sqlite3.up.sql', leaves)).toEqual(['drop-column 1']);
    // Alone, the drop part is a drop.
    expect(await rules('20191100000011000002_body.sqlite3.up.sql', rebuild, { listDir: undefined, siblings: {} })).toEqual(['not-analysed 1', 'drop-table 1']);
  });

  test('a group is judged the same whichever part is read first, with the columns its own parts added', async () => {
    // kratos' 20210816142650 group: one part adds a column, later parts rebuild the table.
    const files: Record<string, string> = {
      '20200101000000000000_flows.sqlite3.up.sql': 'CREATE TABLE "flows" (id TEXT PRIMARY KEY, url TEXT NOT NULL);',
      '20200101000000000000_flows.sqlite3.down.sql': 'DROP TABLE "flows";',
      '20210816142650000000_context.sqlite3.up.sql': 'ALTER TABLE "flows" ADD COLUMN "internal_context" TEXT;',
      '20210816142650000000_context.sqlite3.down.sql': 'ALTER TABLE "flows" DROP COLUMN "internal_context";',
      '20210816142650000001_context.sqlite3.up.sql': 'CREATE TABLE "_flows_tmp" (id TEXT PRIMARY KEY, url TEXT NOT NULL);',
      '20210816142650000002_context.sqlite3.up.sql': 'INSERT INTO "_flows_tmp" (id, url) SELECT id, url FROM "flows";',
      '20210816142650000003_context.sqlite3.up.sql': 'DROP TABLE "flows";',
      '20210816142650000004_context.sqlite3.up.sql': 'ALTER TABLE "_flows_tmp" RENAME TO "flows";',
    };
    const drop = '20210816142650000003_context.sqlite3.up.sql';
    for (const first of ['20210816142650000000_context.sqlite3.up.sql', '20210816142650000002_context.sqlite3.up.sql', drop]) {
      // One listing per run: what a run has read of the folder is kept by listing.
      const listing = Object.keys(files);
      const io = { listDir: async (dir: string) => (dir === DIR ? listing : undefined), readFile: async (path: string) => files[path.slice(DIR.length)] };
      await analyse(first, files, io);
      // The copy leaves out the column the group's first part added: it is dropped, however the run began.
      const hits = (await analyse(drop, files, io)).hits.filter((h) => h.rule !== 'missing-lock-timeout');
      expect(hits.map((h) => `${h.rule} ${h.line}`)).toEqual(['drop-column 1']);
      expect(hits[0]!.message).toContain('"internal_context"');
    }
  });

  test('a dialect part is read in its dialect; its history never mixes dialects', async () => {
    const files = {
      '20200101000000000000_t.postgres.up.sql': 'CREATE TABLE t (id int, code varchar(10));',
      '20200101000000000000_t.sqlite3.up.sql': 'CREATE TABLE t (id int, code integer);',
      '20200102000000000000_t.postgres.up.sql': "SET lock_timeout = '1s'; ALTER TABLE t ALTER COLUMN code TYPE varchar(20);",
      '20200102000000000000_t.postgres.down.sql': 'ALTER TABLE t ALTER COLUMN code TYPE varchar(10);',
      '20200103000000000000_t.mysql.up.sql': 'CREATE INDEX t_code ON `t` (`code`);',
      '20200103000000000000_t.mysql.down.sql': 'DROP INDEX t_code ON t;',
    };
    // varchar(10) → varchar(20) is a widening in the Postgres history (the SQLite integer is not read).
    expect(await rules('20200102000000000000_t.postgres.up.sql', files)).toEqual([]);
    expect(await rules('20200103000000000000_t.mysql.up.sql', files)).toEqual([]);
  });
});

describe('fizz', () => {
  test('create_table with its block, columns NOT NULL unless null: true, Plush comments', async () => {
    const t = await fizzToPieces(
      [
        '<%# a template comment: DROP TABLE is only text here %>',
        'create_table("identities") {',
        '  t.Column("id", "uuid", {primary: true})',
        '  t.Column("traits", "json", {"null": true})',
        '}',
        'add_column("identities", "state", "string", {"size": 32, "default": "active"})',
        'sql("DROP TABLE old_identities")',
      ].join('\n'),
    );
    expect(t.hits).toEqual([]);
    expect(t.up.map((p) => [p.line, p.sql])).toEqual([
      [
        2,
        'CREATE TABLE identities (id uuid PRIMARY KEY, traits jsonb, created_at timestamp without time zone NOT NULL, updated_at timestamp without time zone NOT NULL);',
      ],
      [6, "ALTER TABLE identities ADD COLUMN state character varying(32) NOT NULL DEFAULT 'active';"],
      [7, 'DROP TABLE old_identities'],
    ]);
  });

  test('a fizz up without its .down.fizz, or with an empty one', async () => {
    const up = 'drop_column("settings", "legacy")';
    const a = await pop.analyse({ path: 'migrations/20200607165100_settings.up.fizz', content: up, siblings: {} });
    expect(a.hits.filter((h) => h.rule !== 'missing-lock-timeout').map((h) => h.rule)).toEqual(['missing-down-migration', 'drop-column']);
    const b = await pop.analyse({
      path: 'migrations/20200607165100_settings.up.fizz',
      content: up,
      siblings: { 'migrations/20200607165100_settings.down.fizz': '<%# nothing to undo %>\n' },
    });
    expect(b.down).toBe('empty');
  });
});
