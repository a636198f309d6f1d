import { describe, expect, test } from 'vitest';
import {
  readGitConfig,
  readSqitchPlanChanges,
  sqitchConfDialect,
  sqitchEngine,
  sqitchRoot,
  sqitchScriptName,
  sqitchScriptOrder,
} from '../../../src/core/frameworks/sqitch-project';
import { psqlScript } from '../../../src/core/sql/psql';
import { loadPgParser } from '../../../src/core/sql/pg';

describe('sqitch.conf', () => {
  test('is read as git reads its config', () => {
    // chef/chef-server's src/oc_erchef/schema/sqitch.conf, with a comment and a quoted value added.
    const conf = readGitConfig('[core]\n        engine = pg\n        # plan_file = sqitch.plan\n[core "pg"]\n      db_name = "opscode chef" ; name\n');
    expect(conf.get('core.engine')).toBe('pg');
    expect(conf.get('core.plan_file')).toBeUndefined();
    expect(conf.get('core.pg.db_name')).toBe('opscode chef');
  });

  test("names the engine: core.engine, the core target's URI, or the one all targets agree on", () => {
    expect(sqitchEngine(readGitConfig('[core]\n\tengine = MySQL\n'))).toBe('mysql');
    // inqwise-opinion/opinion-sqitch-mysql's sqitch.conf names it twice; a target alone is enough.
    expect(sqitchEngine(readGitConfig('[core]\n\ttarget = office\n[target "office"]\n\turi = db:mysql:///office\n'))).toBe('mysql');
    expect(sqitchEngine(readGitConfig('[core]\n\ttarget = db:sqlite:flipr.db\n'))).toBe('sqlite');
    expect(sqitchEngine(readGitConfig('[target "a"]\n\turi = db:pg://a/x\n[target "b"]\n\turi = db:pg://b/x\n'))).toBe('pg');
    expect(sqitchEngine(readGitConfig('[target "a"]\n\turi = db:pg://a/x\n[target "b"]\n\turi = db:mysql://b/x\n'))).toBeUndefined();
    expect(sqitchConfDialect('[core]\n\tengine = vertica\n', 'sqitch.conf')).toBeUndefined();
    expect(sqitchConfDialect('[core]\n\tengine = cockroach\n', 'db/sqitch.conf')).toEqual({
      dialect: 'cockroachdb',
      from: 'the Sqitch engine in db/sqitch.conf (cockroach)',
    });
  });
});

describe('sqitch.plan', () => {
  test('a reworked change: its earlier instance runs its @tag script', () => {
    // chef/chef-server's src/oc_bifrost/schema/sqitch.plan: update_acl reworked twice.
    const plan = [
      '%syntax-version=1.0.0-b2',
      '%project=oc_bifrost',
      'update_acl 2013-04-05T00:00:00Z A <a@example.com> # acl',
      '@1.2.0 2013-05-01T00:00:00Z A <a@example.com> # tag',
      '@1.2.1 2013-05-02T00:00:00Z A <a@example.com> # tag',
      'update_acl [update_acl@1.2.1] 2013-06-01T00:00:00Z A <a@example.com> # reworked',
      '@1.3.0 2013-07-01T00:00:00Z A <a@example.com>',
      'update_acl [update_acl@1.3.0] 2013-08-01T00:00:00Z A <a@example.com>',
      '+policies 2015-01-14T21:16:03Z A <a@example.com>',
      'dropped 2015-01-14T21:16:03Z A <a@example.com>',
      '-dropped 2015-01-15T21:16:03Z A <a@example.com>',
    ].join('\n');
    expect(readSqitchPlanChanges(plan).map((c) => [c.name, c.reworkTags])).toEqual([
      ['update_acl', ['@1.2.0', '@1.2.1']],
      ['update_acl', ['@1.3.0']],
      ['update_acl', []],
      ['policies', []],
    ]);
    // The first of its tags whose script exists, else the first tag.
    expect(sqitchScriptOrder(plan, (n) => n === 'update_acl@1.2.1')).toEqual(['update_acl@1.2.1', 'update_acl@1.3.0', 'update_acl', 'policies']);
    expect(sqitchScriptOrder(plan, () => false)).toEqual(['update_acl@1.2.0', 'update_acl@1.3.0', 'update_acl', 'policies']);
  });

  test('scripts are named by their project folder', () => {
    expect(sqitchRoot('src/oc_bifrost/schema/deploy/update_acl@1.2.0.sql')).toBe('src/oc_bifrost/schema/');
    expect(sqitchRoot('deploy/x.sql')).toBe('');
    expect(sqitchScriptName('db/deploy/users/add.sql')).toBe('users/add');
    expect(sqitchRoot('db/migrations/x.sql')).toBeUndefined();
  });
});

describe('psql scripts', () => {
  test('meta-commands blanked, \\gexec ends its query, a variable the script sets interpolated', async () => {
    const pg = await loadPgParser();
    const sql = "\\set name `cat /x`\nSELECT 'a\\b', a[1:n] FROM t -- \\c\n)\\gexec\nGRANT r TO :name;\n\\ir common.sql\n";
    const out = psqlScript(pg, sql);
    expect(out.sql.split('\n')).toEqual([' '.repeat(18), "SELECT 'a\\b', a[1:n] FROM t -- \\c", ');     ', 'GRANT r TO  name;', ' '.repeat(14), '']);
    expect(out.includes).toEqual([{ offset: sql.indexOf('\\ir'), file: 'common.sql' }]);
    expect(psqlScript(pg, 'SELECT 1;').sql).toBe('SELECT 1;');
  });
});

describe('mysql client scripts', () => {
  test("a routine defined between DELIMITER commands is no part of the migration; the client's other statements are", async () => {
    const { mysqlClientScript } = await import('../../../src/core/sql/mysql-client');
    // inqwise-opinion/opinion-sqitch-mysql's deploy/autm_getJobs.sql and deploy/changeBalance.sql.
    const sql = [
      '-- Deploy changeBalance to mysql DELIMITER',
      'DELIMITER $$',
      '',
      'DROP PROCEDURE IF EXISTS `changeBalance`;',
      "CREATE DEFINER=`opinion`@`localhost` PROCEDURE `changeBalance`(p_id BIGINT, p_note VARCHAR(9) /* ';$$' */)",
      'BEGIN',
      "  UPDATE accounts SET note = 'a;b$$c' WHERE account_id = p_id; # $$",
      '  DELETE FROM accounts;',
      'END$$',
      'SELECT 1$$',
      'DELIMITER ;',
      "SELECT 'DELIMITER $$';",
      'DROP TABLE legacy;',
    ].join('\n');
    const out = mysqlClientScript(sql).split('\n');
    expect(out.length).toBe(13);
    expect(out[3]).toBe('DROP PROCEDURE IF EXISTS `changeBalance`;');
    expect(out.slice(4, 9).every((l) => l.trim() === '')).toBe(true);
    expect(out[9]).toBe('SELECT 1; ');
    expect(out.slice(10)).toEqual(['           ', "SELECT 'DELIMITER $$';", 'DROP TABLE legacy;']);
    expect(mysqlClientScript('SELECT 1;')).toBe('SELECT 1;');
  });
});
