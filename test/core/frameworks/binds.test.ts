// Bind placeholders in a JS migration's raw SQL (Sequelize's `replacements`, db-migrate's
// `runSql(sql, [params])`): read as values, found with libpg-query's scanner.
import { describe, expect, test } from 'vitest';
import { fillBinds } from '../../../src/core/frameworks/dsl/binds';

describe('fillBinds', () => {
  test('reads `:name` and `?` as values, never inside strings, quoted names, comments or casts', async () => {
    // Unleash's 20210830113948-connect-projects-to-global-envrionments.js: `':global:'` is a value, not a bind.
    expect((await fillBinds("INSERT INTO project_environments(project_id, environment_name) VALUES (?, ':global:') -- ? :x")).sql).toBe(
      "INSERT INTO project_environments(project_id, environment_name) VALUES ('', ':global:') -- ? :x",
    );
    // opencollective-api: `:data`, `:ids` in a list, a cast after a bind.
    expect((await fillBinds('UPDATE "Collectives" SET data = :newData::jsonb, ":x" = 1 WHERE id IN (:ids)')).sql).toBe(
      `UPDATE "Collectives" SET data = ''::jsonb, ":x" = 1 WHERE id IN ('')`,
    );
  });

  test('a `?` Postgres scans into an operator (`id=?`, MySQL style) is a bind all the same (snipe/snipe-it)', async () => {
    // database/migrations/2015_03_01_231912_update_accepted_at_to_acceptance_id.php at 5aa5c480.
    expect((await fillBinds('update asset_logs set accepted_id=? where id=?')).sql).toBe("update asset_logs set accepted_id='' where id=''");
    expect((await fillBinds('UPDATE t SET a = 1 WHERE b<>? AND c>=?')).sql).toBe("UPDATE t SET a = 1 WHERE b<>'' AND c>=''");
  });

  test("the Python DB-API's `%s` and `%(name)s`, and a tuple for `IN %s` (indico)", async () => {
    expect((await fillBinds('UPDATE t SET a = %s WHERE id=%s')).sql).toBe("UPDATE t SET a = '' WHERE id=''");
    expect((await fillBinds('UPDATE t SET a = %(body)s')).sql).toBe("UPDATE t SET a = ''");
    expect((await fillBinds('UPDATE c SET r = %s WHERE id IN %s')).sql).toBe("UPDATE c SET r = ('') WHERE id IN ('')");
  });

  test('SQL that parses as written is left alone ($1 binds, a jsonb `?` operator)', async () => {
    for (const sql of ['UPDATE t SET a = $1 WHERE b = $2', "SELECT * FROM t WHERE data ? 'key'"]) expect(await fillBinds(sql)).toEqual({ sql });
  });

  test('NULL where a string does not parse; the parser’s message and line where nothing does', async () => {
    expect((await fillBinds('SELECT 1 WHERE a IS :v')).sql).toBe('SELECT 1 WHERE a IS NULL');
    const r = await fillBinds('UPDATE t SET a = 1;\nALTER TABLE :table ADD COLUMN b text');
    expect(r.error).toEqual({ message: expect.stringContaining('syntax error'), lineOffset: 1 });
  });
});
