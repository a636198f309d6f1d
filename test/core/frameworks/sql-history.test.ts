// The type-change look back's own machinery (src/core/frameworks/sql-history.ts): the order of a
// folder's names without a collator where it can be told, and earlier files parsed only when they
// may name the table looked for.
import { describe, expect, test } from 'vitest';
import golangMigrate from '../../../src/core/frameworks/golang-migrate';
import { plainlyBefore } from '../../../src/core/frameworks/version-order';
import { knownColumnHistory } from '../../../src/core/sql/lint-sql';
import { seeded } from '../../support/seeded';

const collator = new Intl.Collator('en', { numeric: true });

describe('version order without a collator', () => {
  test('never says "before" where the collator would not', () => {
    const rand = seeded(20261202);
    // Names made of the characters migration names use, with digit runs of varying length so that
    // `V2__` / `V10__`, case and punctuation differences all occur.
    const pieces = ['0', '1', '2', '9', '10', '09', '000001', '000010', 'a', 'b', 'B', 'z', 'Z', '_', '.', '-', 'up', 'down', 'V', '__', '.sql'];
    const name = () => Array.from({ length: 1 + Math.floor(rand() * 6) }, () => pieces[Math.floor(rand() * pieces.length)]).join('');
    let told = 0;
    for (let i = 0; i < 20_000; i++) {
      const [a, b] = [name(), name()].sort();
      if (a === b) continue;
      if (plainlyBefore(a!, b!)) {
        told++;
        expect(collator.compare(a!, b!), `${a} before ${b}`).toBeLessThan(0);
      }
    }
    expect(told).toBeGreaterThan(1000);
  });

  test('tells the usual folders without it', () => {
    // golang-migrate pairs, Flyway with zero-padded versions, Rails-style timestamps, sql-migrate names.
    for (const [a, b] of [
      ['000009_create_users.up.sql', '000010_add_email.down.sql'],
      ['000001_create_tenant_1.down.sql', '000001_create_tenant_1.up.sql'],
      ['V0001__init.sql', 'V0002__users.sql'],
      ['20240101120000_create_users.sql', '20240102093000_add_index.sql'],
    ])
      expect(plainlyBefore(a!, b!), `${a} before ${b}`).toBe(true);
    // Left to the collator: numbers of different lengths, punctuation, a name that starts the other.
    for (const [a, b] of [
      ['V10__b.sql', 'V2__a.sql'],
      ['1-a.sql', '1_a.sql'],
      ['001_x.sql', '001_x.sql.bak'],
    ])
      expect(plainlyBefore(a!, b!), `${a} before ${b}`).toBe(false);
  });
});

describe('earlier migrations parsed only when they may name the table', () => {
  test('a file whose words do not name the table is passed without parsing; one that does is parsed', async () => {
    // Texts used nowhere else, so that no other test has parsed them.
    const unrelated = 'CREATE TABLE sql_history_unrelated (id bigint, note text);\n';
    const named = 'CREATE TABLE sql_history_orders (qty integer);\n';
    const mentions = '-- sql_history_orders keep their qty\nCREATE TABLE sql_history_lines (order_id bigint);\n';
    const folder: Record<string, string> = {
      '000001_create.up.sql': named,
      '000002_mentions.up.sql': mentions,
      '000003_unrelated.up.sql': unrelated,
    };
    const a = await golangMigrate.analyse({
      path: 'db/migrations/000004_change.up.sql',
      content: "SET lock_timeout = '2s';\nALTER TABLE sql_history_orders ALTER COLUMN qty TYPE text;\n",
      siblings: { 'db/migrations/000004_change.down.sql': 'SELECT 2;' },
      listDir: async () => [...Object.keys(folder), '000004_change.up.sql'],
      readFile: async (path: string) => folder[path.slice('db/migrations/'.length)],
    });
    expect(a.hits.filter((h) => h.rule === 'change-column-type').map((h) => h.message)).toEqual([
      expect.stringContaining('from integer (000001_create.up.sql) to text'),
    ]);
    const known = (sql: string) => knownColumnHistory([{ sql, line: 1 }]) !== undefined;
    expect(known(unrelated)).toBe(false);
    expect(known(mentions)).toBe(true); // its words name the table: parsed, and passed
    expect(known(named)).toBe(true);
  });
});

describe('a folder looked back through in more than one dialect', () => {
  test('a file parsed through one dialect is still found by the other', async () => {
    // The folder's files without a dialect in their names are read once and shared by the Postgres
    // and the CockroachDB views of the folder. The Postgres view first passes the shared file
    // unparsed (looking for another table), the CockroachDB view then parses it, and the Postgres
    // view must still find the table there.
    const folder: Record<string, string> = {
      '000001_create.up.sql': 'CREATE TABLE sql_history_views (qty integer);\n',
      '000002_other.up.sql': 'CREATE TABLE sql_history_views_unrelated (id int);\n',
    };
    const names = [...Object.keys(folder), '000004_p1.postgres.up.sql', '000005_c.cockroach.up.sql', '000006_p2.postgres.up.sql'];
    const analyse = async (file: string, sql: string) => {
      folder[file] = `SET lock_timeout = '2s';\n${sql}\n`;
      const a = await golangMigrate.analyse({
        path: `db/migrations/${file}`,
        content: folder[file],
        siblings: {},
        listDir: async () => names,
        readFile: async (path: string) => folder[path.slice('db/migrations/'.length)],
      });
      return a.hits.filter((h) => h.rule === 'change-column-type').map((h) => h.message);
    };
    await analyse('000004_p1.postgres.up.sql', 'ALTER TABLE sql_history_views_elsewhere ALTER COLUMN n TYPE text;');
    expect(await analyse('000005_c.cockroach.up.sql', 'ALTER TABLE sql_history_views ALTER COLUMN qty TYPE text;')).toEqual([
      expect.stringContaining('from integer (000001_create.up.sql) to text'),
    ]);
    expect(await analyse('000006_p2.postgres.up.sql', 'ALTER TABLE sql_history_views ALTER COLUMN qty TYPE bigint;')).toEqual([
      expect.stringContaining('from integer (000001_create.up.sql) to bigint'),
    ]);
  });
});

describe('walks that read the folder at the same time', () => {
  test('find what walks made one at a time find, whatever order the reads come back in', async () => {
    // The App reads earlier migrations through the API, so several type changes walk back through
    // one listing at once and each records what the others read meanwhile; a walk that has checked
    // files it keeps unparsed does not check them again. Seeded folders of creates, additions,
    // drops, renames and unrelated files (tables with plain, quoted and mixed-case names), walked
    // concurrently with reads that resolve in a shuffled order, against each walk made alone.
    const rand = seeded(20261203);
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
    const tables = ['sql_history_conc_a', 'sql_history_conc_b', '"Sql_History_Conc_C"', 'sql_history_conc_d'];
    const columns = ['qty', 'note', 'ref'];
    const types = ['integer', 'bigint', 'text', 'varchar(20)', 'numeric(10,2)'];
    let found = 0;
    for (let round = 0; round < 6; round++) {
      const folder: Record<string, string> = {};
      const names: string[] = [];
      for (let i = 1; i <= 80; i++) {
        const table = pick(tables);
        const column = pick(columns);
        const sql =
          i <= tables.length
            ? `CREATE TABLE ${tables[i - 1]} (id bigint, ${columns.map((c) => `${c} ${pick(types)}`).join(', ')});`
            : pick([
                `CREATE TABLE IF NOT EXISTS ${table} (id bigint, ${columns.map((c) => `${c} ${pick(types)}`).join(', ')});`,
                `ALTER TABLE ${table} ADD COLUMN ${column} ${pick(types)};`,
                `ALTER TABLE ${table} DROP COLUMN ${column};`,
                `ALTER TABLE ${table} RENAME COLUMN ${column} TO ${pick(columns)};`,
                `ALTER TABLE ${table} ALTER COLUMN ${column} TYPE ${pick(types)};`,
                `CREATE TABLE sql_history_conc_other_${round}_${i} (id bigint); -- not ${table}`,
                `CREATE INDEX sql_history_conc_${round}_${i} ON sql_history_conc_unrelated (id);`,
              ]);
        const name = `${String(i).padStart(6, '0')}_m.up.sql`;
        folder[name] = `-- round ${round}\n${sql}\n`;
        names.push(name);
      }
      const changes = Array.from({ length: 12 }, (_, j) => ({
        file: `${String(81 + j).padStart(6, '0')}_change.up.sql`,
        sql: `SET lock_timeout = '2s';\nALTER TABLE ${pick(tables)} ALTER COLUMN ${pick(columns)} TYPE ${pick(types)};\n`,
      }));
      for (const change of changes) folder[change.file] = change.sql;
      const listing = () => [...names, ...changes.map((c) => c.file)];
      const walk = (list: string[], change: (typeof changes)[number], read: (path: string) => Promise<string | undefined>) =>
        golangMigrate
          .analyse({ path: `db/migrations/${change.file}`, content: change.sql, siblings: {}, listDir: async () => list, readFile: read })
          .then((a) => a.hits.filter((h) => h.rule === 'change-column-type').map((h) => h.message));
      const direct = async (path: string) => folder[path.slice('db/migrations/'.length)];
      const alone: string[][] = [];
      for (const change of changes) alone.push(await walk(listing(), change, direct));
      // One listing shared by every walk (one index), reads resolving after 0–3 turns of the event loop.
      const shared = listing();
      const shuffled = async (path: string) => {
        for (let turns = Math.floor(rand() * 4); turns > 0; turns--) await new Promise((r) => setImmediate(r));
        return folder[path.slice('db/migrations/'.length)];
      };
      expect(await Promise.all(changes.map((change) => walk(shared, change, shuffled)))).toEqual(alone);
      // Found: an error naming the old type, or the finding withdrawn (the same type, or a widening).
      found += alone.filter((m) => m.length === 0 || m.some((x) => x.includes(' from '))).length;
    }
    expect(found).toBeGreaterThan(20); // of 72 walks: the folders name the types most walks look for
  });
});

describe('a SET NOT NULL resting on a CHECK (col IS NOT NULL) of earlier migrations', () => {
  // hackclub/hcb @ c1c20063: the check added NOT VALID (20220712183932), validated in the next
  // migration (20220712184744), and SET NOT NULL years later (20260819120000): Postgres takes the
  // valid check as proof and skips the scan, and NULL writes have failed since the check was added.
  const setNotNull = async (earlier: string[], before = '', statement = 'ALTER TABLE null_checks_pending ALTER COLUMN fronted SET NOT NULL;') => {
    const folder: Record<string, string> = { '000001_create.up.sql': 'CREATE TABLE null_checks_pending (id bigint PRIMARY KEY, fronted boolean);\n' };
    earlier.forEach((sql, i) => (folder[`00000${i + 2}_step.up.sql`] = `SET lock_timeout = '2s';\n${sql}\n`));
    const a = await golangMigrate.analyse({
      path: 'db/migrations/000009_enforce.up.sql',
      content: `SET lock_timeout = '2s';\n${before}${statement}\n`,
      siblings: { 'db/migrations/000009_enforce.down.sql': 'ALTER TABLE null_checks_pending ALTER COLUMN fronted DROP NOT NULL;' },
      listDir: async () => [...Object.keys(folder), '000009_enforce.up.sql'],
      readFile: async (path: string) => folder[path.slice('db/migrations/'.length)],
    });
    return a.hits.filter((h) => h.rule === 'set-not-null').length;
  };
  const add = 'ALTER TABLE null_checks_pending ADD CONSTRAINT fronted_null CHECK (fronted IS NOT NULL) NOT VALID;';
  const validate = 'ALTER TABLE null_checks_pending VALIDATE CONSTRAINT fronted_null;';
  test('validated in an earlier migration than the one it was added in: no finding', async () => {
    expect(await setNotNull([add, validate])).toBe(0);
    expect(await setNotNull(['ALTER TABLE null_checks_pending ADD CONSTRAINT fronted_null CHECK (fronted IS NOT NULL);'])).toBe(0);
  });
  test('never validated, dropped since, or on another column: the scan stands', async () => {
    expect(await setNotNull([add])).toBe(1);
    expect(await setNotNull([add, validate, 'ALTER TABLE null_checks_pending DROP CONSTRAINT fronted_null;'])).toBe(1);
    expect(await setNotNull(['ALTER TABLE null_checks_pending ADD CONSTRAINT id_null CHECK (id IS NOT NULL);'])).toBe(1);
    // Dropped by this file before its SET NOT NULL (after it, as hcb drops it, is fine).
    const drop = 'ALTER TABLE null_checks_pending DROP CONSTRAINT fronted_null;\n';
    expect(await setNotNull([add, validate], drop)).toBe(1);
    expect(await setNotNull([add], validate + '\n' + drop)).toBe(1);
  });
  test('one ALTER TABLE that drops the check and sets NOT NULL: Postgres runs the drop first, so no proof', async () => {
    // tablecmds.c: DROP CONSTRAINT runs in AT_PASS_DROP, before SET NOT NULL (AT_PASS_COL_ATTRS)
    // looks for a constraint that proves the column; VALIDATE CONSTRAINT runs after it (AT_PASS_MISC).
    const both = (first: string) => `ALTER TABLE null_checks_pending ${first}, ALTER COLUMN fronted SET NOT NULL;`;
    expect(await setNotNull([add, validate], '', both('DROP CONSTRAINT fronted_null'))).toBe(1);
    expect(await setNotNull([add], '', both('VALIDATE CONSTRAINT fronted_null'))).toBe(1);
    // A drop of another constraint in the statement leaves the proof standing.
    expect(await setNotNull([add, validate], '', both('DROP CONSTRAINT other_check'))).toBe(0);
  });
});
