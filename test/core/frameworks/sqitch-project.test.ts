import { describe, expect, test } from 'vitest';
import {
  readGitConfig,
  readSqitchPlanChanges,
  sqitchConfDialect,
  sqitchEngine,
  sqitchRoot,
  sqitchScriptName,
  sqitchScriptOrder,
  sqitchVariables,
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
    expect(out.sql.split('\n')).toEqual([' '.repeat(18), "SELECT 'a\\b', a[1:n] FROM t -- \\c", ');     ', 'GRANT r TO __interp__;', ' '.repeat(14), '']);
    expect(out.includes).toEqual([{ offset: sql.indexOf('\\ir'), file: 'common.sql' }]);
    expect(psqlScript(pg, 'SELECT 1;').sql).toBe('SELECT 1;');
  });
});

describe('psql variables', () => {
  // Emapic/emapic@626c58bd db/deploy/emapic_db_user.sql and db/sqitch.conf: values from [deploy "variables"].
  const script = [
    'CREATE USER :"emapic_db_user" WITH PASSWORD :\'emapic_db_user_pass\';',
    "SELECT ':x', a[1:n], 1::int, $$ :y $$ -- :z",
    'GRANT r TO :role;',
    '',
  ].join('\n');

  test('lint reads every variable psql would interpolate as a value set at run time; a colon in brackets, strings, casts and comments stays', async () => {
    const pg = await loadPgParser();
    expect(psqlScript(pg, script).sql.split('\n')).toEqual([
      'CREATE USER "__interp__" WITH PASSWORD \'__interp__\';',
      "SELECT ':x', a[1:n], 1::int, $$ :y $$ -- :z",
      'GRANT r TO __interp__;',
      '',
    ]);
    // A colon before a number nothing set is left as written (`12:30`; a COPY's rows are data, not read here at all: copy-stdin.test.ts).
    expect(psqlScript(pg, 'x 12:30').sql).toBe('x 12:30');
    // In brackets, a name the script sets is interpolated, colon and all, as psql does (`a[1:n]` with n 2 sends `a[12]`).
    expect(psqlScript(pg, '\\set n 2\nSELECT a[1:n] FROM t;').sql).toBe('        \nSELECT a[1__interp__] FROM t;');
  });

  test('with values, psql quotes :\'x\' as a literal and :"x" as an identifier; a name nothing set is said and left as written', async () => {
    const pg = await loadPgParser();
    const values = new Map([
      ['emapic_db_user', 'em"apic'],
      ['emapic_db_user_pass', "it's\\"],
    ]);
    const out = psqlScript(pg, script, values);
    expect(out.sql.split('\n')[0]).toBe('CREATE USER "em""apic" WITH PASSWORD  E\'it\'\'s\\\\\';');
    expect(out.sql.split('\n')[2]).toBe('GRANT r TO :role;');
    expect(out.unset).toEqual([{ offset: script.indexOf(':role'), name: 'role' }]);
  });

  test("the script's \\set wins from its line on, a backquoted value is the command's (its name stands in), non-ASCII text keeps offsets", async () => {
    const pg = await loadPgParser();
    // maevsi/sqitch@40020545 src/deploy/role_grafana.sql.
    const sql = "SELECT 'Galicia – Cerdedo', :'u';\n\\set u `cat /run/secrets/u`\n\\set p 'a''b' c\nCREATE ROLE :u PASSWORD :'p';\n";
    const out = psqlScript(pg, sql, new Map([['u', 'from_conf']]));
    expect(out.sql.split('\n')[0]).toBe("SELECT 'Galicia – Cerdedo', 'from_conf';");
    expect(out.sql.split('\n')[3]).toBe("CREATE ROLE u PASSWORD 'a''bc';");
    expect(out.shell).toEqual([{ offset: sql.indexOf('\\set u'), name: 'u', command: 'cat /run/secrets/u' }]);
    expect(out.commands.map((c) => c.command)).toEqual(['set', 'set']);
  });

  test('Sqitch merges core, deploy (and revert), engine and target variables, then --set, then its registry', () => {
    const conf = readGitConfig(
      [
        '[core]\n\tengine = pg',
        '[engine "pg"]\n\ttarget = emapic\n\tregistry = meta',
        '[core "variables"]\n\ta = core\n\tb = core\n\tc = core\n\td = core',
        '[deploy "variables"]\n\tb = deploy\n\tEmapic_DB_User = emapic',
        '[revert "variables"]\n\tc = revert',
        '[engine "pg.variables"]\n\td = engine',
        '[target "emapic.variables"]\n\te = target',
      ].join('\n'),
    );
    expect(Object.fromEntries(sqitchVariables(conf, 'deploy'))).toEqual({
      a: 'core',
      b: 'deploy',
      c: 'core',
      d: 'engine',
      emapic_db_user: 'emapic',
      e: 'target',
      registry: 'meta',
    });
    expect(sqitchVariables(conf, 'revert').get('c')).toBe('revert');
    expect(sqitchVariables(conf, 'deploy', new Map([['e', 'set']])).get('e')).toBe('set');
    expect(sqitchVariables(readGitConfig('[core]\n\tengine = pg\n'), 'deploy')).toEqual(new Map([['registry', 'sqitch']]));
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
