import { describe, expect, test } from 'vitest';
import golangMigrate from '../../../src/core/frameworks/golang-migrate';
import goose from '../../../src/core/frameworks/goose';
import pop from '../../../src/core/frameworks/pop';
import rails from '../../../src/core/frameworks/rails';
import { judgeDownTypes } from '../../../src/core/frameworks/down-types';

const up = 'db/migrations/000042_widen.up.sql';
const down = 'db/migrations/000042_widen.down.sql';
/** An up and its down, the folder holding `earlier` (the first migration) when given. */
async function pair(upSql: string, downSql: string, earlier?: string) {
  const files: Record<string, string> = { [up]: upSql, [down]: downSql };
  if (earlier) files['db/migrations/000001_init.up.sql'] = earlier;
  const a = await golangMigrate.analyse({
    path: up,
    content: upSql,
    siblings: { [down]: downSql },
    listDir: async () => Object.keys(files).map((p) => p.slice(p.lastIndexOf('/') + 1)),
    readFile: async (p) => files[p],
  });
  // The type changes' findings (their statements' lock_timeout findings are not this test's).
  return a.hits.filter((h) => h.rule === 'change-column-type').map((h) => ({ rule: h.rule, line: h.line, severity: h.severity, message: h.message }));
}
const INIT = 'CREATE TABLE t (id bigint PRIMARY KEY, name varchar(50), code varchar(10), amount numeric(8,2), tags text);';

describe('a down that narrows back what its up widened', () => {
  test('a known widening gets a warning on the up line, naming the down, its line and the type it goes back to', async () => {
    const hits = await pair('SELECT 1;\nALTER TABLE t ALTER COLUMN name TYPE varchar(100);', '\nALTER TABLE t ALTER COLUMN name TYPE varchar(50);', INIT);
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ rule: 'change-column-type', line: 2, severity: 'warning' });
    expect(hits[0]!.message).toContain('varchar(100) is safe going forward');
    expect(hits[0]!.message).toContain('(000042_widen.down.sql, line 2) changes it back to varchar(50)');
    expect(hits[0]!.message).not.toContain('strict mode');
  });

  test('without the old type, the provisional warning is replaced (one finding, not two)', async () => {
    const hits = await pair('ALTER TABLE t ALTER COLUMN name TYPE text;', 'ALTER TABLE t ALTER COLUMN name TYPE varchar(50);');
    expect(hits.map((h) => `${h.rule} ${h.line} ${h.severity}`)).toEqual(['change-column-type 1 warning']);
    expect(hits[0]!.message).toContain('changes it back to varchar(50)');
    expect(hits[0]!.message).not.toContain('may or may not be a widening');
  });

  test('a down that widens or restates, converts with USING, or updates the rows first: no finding', async () => {
    const widen = 'ALTER TABLE t ALTER COLUMN name TYPE varchar(100);';
    expect(await pair(widen, 'ALTER TABLE t ALTER COLUMN name TYPE text;', INIT)).toEqual([]);
    expect(await pair(widen, 'ALTER TABLE t ALTER COLUMN name TYPE varchar(100);', INIT)).toEqual([]);
    expect(await pair(widen, 'ALTER TABLE t ALTER COLUMN name TYPE varchar(50) USING left(name, 50);', INIT)).toEqual([]);
    expect(await pair(widen, 'UPDATE t SET name = left(name, 50);\nALTER TABLE t ALTER COLUMN name TYPE varchar(50);', INIT)).toEqual([]);
    // Another column's narrowing is not this one's.
    expect(await pair(widen, 'ALTER TABLE t ALTER COLUMN code TYPE varchar(5);', INIT)).toEqual([]);
  });

  test('an up change that is already an error keeps its error alone', async () => {
    const hits = await pair('ALTER TABLE t ALTER COLUMN name TYPE varchar(20);', 'ALTER TABLE t ALTER COLUMN name TYPE varchar(10);', INIT);
    expect(hits.map((h) => `${h.rule} ${h.severity ?? 'error'}`)).toEqual(['change-column-type error']);
    expect(hits[0]!.message).not.toContain('down migration (');
  });

  test('a column changed twice in the up is said once, against the type the up leaves it with', async () => {
    const hits = await pair(
      'ALTER TABLE t ALTER COLUMN tags TYPE varchar(500);\nALTER TABLE t ALTER COLUMN tags TYPE varchar(800);',
      'ALTER TABLE t ALTER COLUMN tags TYPE varchar(500);',
    );
    expect(hits.filter((h) => h.message.includes('down migration ('))).toHaveLength(1);
    expect(hits.find((h) => h.message.includes('down migration ('))!.message).toContain('to varchar(800) is safe going forward');
  });

  test('a goose Down section, and MySQL (whose non-strict mode cuts the values instead)', async () => {
    const content = '-- +goose Up\nALTER TABLE `pages` MODIFY redirect_url TEXT;\n\n-- +goose Down\nALTER TABLE `pages` MODIFY redirect_url VARCHAR(255);\n';
    const a = await goose.analyse({ path: 'db/db_mysql/migrations/20190219214543_x.sql', content, siblings: {} });
    const types = a.hits.filter((h) => h.rule === 'change-column-type');
    expect(types.map((h) => `${h.line} ${h.severity}`)).toEqual(['2 warning']);
    expect(types[0]!.message).toContain('the -- +goose Down section, line 5');
    expect(types[0]!.message).toContain('outside strict mode');
  });

  test("Rails: the `down` method's change_column, translated as the up's is", async () => {
    const content = [
      'class ChangeUsersLastnameLengthTo255 < ActiveRecord::Migration[4.2]',
      '  def self.up',
      "    change_column :users, :lastname, :string, :limit => 255, :default => '', :null => false",
      '  end',
      '',
      '  def self.down',
      "    change_column :users, :lastname, :string, :limit => 30, :default => '', :null => false",
      '  end',
      'end',
    ].join('\n');
    const a = await rails.analyse({ path: 'db/migrate/20130215073721_x.rb', content, siblings: {} });
    const hit = a.hits.find((h) => h.rule === 'change-column-type');
    expect(hit).toMatchObject({ line: 3, severity: 'warning' });
    expect(hit!.message).toContain('(the `down` method, line 7) changes it back to varchar(30)');
  });

  test('ory/pop: a whole migration and its own down file', async () => {
    const path = 'migrations/20210410175418_widen.postgres.up.sql';
    const downPath = 'migrations/20210410175418_widen.postgres.down.sql';
    const a = await pop.analyse({
      path,
      content: 'ALTER TABLE identities ALTER COLUMN nid TYPE varchar(255);',
      siblings: { [downPath]: 'ALTER TABLE identities ALTER COLUMN nid TYPE varchar(36);' },
    });
    const types = a.hits.filter((h) => h.rule === 'change-column-type');
    expect(types.map((h) => `${h.line} ${h.severity}`)).toEqual(['1 warning']);
    expect(types[0]!.message).toContain('(20210410175418_widen.postgres.down.sql, line 1) changes it back to varchar(36)');
  });

  test('a down the parser rejects is read tolerantly: no type change to compare, the hits as they were', async () => {
    const hits = [{ rule: 'x', line: 1, message: 'm' }];
    const bad = { pieces: [{ sql: 'ALTER TABLE t ALTER COLUMN name TYPE varchar(', line: 1 }], name: 'x' };
    expect(await judgeDownTypes([{ sql: 'ALTER TABLE t ALTER COLUMN name TYPE text;', line: 1 }], hits, bad, undefined)).toEqual(hits);
  });
});

describe('a column swap (ADD COLUMN x_new, UPDATE … SET x_new = x, DROP COLUMN x, RENAME x_new TO x)', () => {
  // quay/quay's a32e17bfad20 raises a password column from 4096 to 9000 characters by a swap, and its
  // downgrade() swaps back to 4096 with a plain copy: once a longer password is stored, the down fails.
  const swap = (temp: string, type: string, column: string, expr = column) =>
    `ALTER TABLE t ADD COLUMN ${temp} ${type};\nUPDATE t SET ${temp} = ${expr};\nALTER TABLE t DROP COLUMN ${column};\nALTER TABLE t RENAME COLUMN ${temp} TO ${column};`;

  test('a widening swap is no finding in the up; a down that swaps it back narrower is the down-narrows warning', async () => {
    const hits = await pair(swap('name_new', 'varchar(100)', 'name'), swap('name_old', 'varchar(50)', 'name'), INIT);
    expect(hits.map((h) => `${h.rule} ${h.line} ${h.severity}`)).toEqual(['change-column-type 4 warning']);
    expect(hits[0]!.message).toContain('(000042_widen.down.sql, line 4) changes it back to varchar(50)');
  });

  test('a down whose copy shortens the values (an expression) has dealt with them; so has a down that keeps the type', async () => {
    expect(await pair(swap('name_new', 'varchar(100)', 'name'), swap('name_old', 'varchar(50)', 'name', 'left(name, 50)'), INIT)).toEqual([]);
    expect(await pair(swap('name_new', 'varchar(100)', 'name'), 'SELECT 1;', INIT)).toEqual([]);
  });

  test('an ALTER COLUMN … TYPE up whose down swaps back narrower is the same warning', async () => {
    const hits = await pair('ALTER TABLE t ALTER COLUMN name TYPE varchar(100);', swap('name_old', 'varchar(50)', 'name'), INIT);
    expect(hits.map((h) => `${h.rule} ${h.line} ${h.severity}`)).toEqual(['change-column-type 1 warning']);
  });
});
