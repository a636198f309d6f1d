import { describe, expect, test } from 'vitest';
import sqitch from '../../../src/core/frameworks/sqitch';
import { detectSqlFramework } from '../../../src/core/frameworks/sql-detect';

describe('sqitch', () => {
  test('deploy scripts pair with revert scripts', () => {
    expect(detectSqlFramework('db/deploy/users.sql', '')).toBe('sqitch');
    expect(sqitch.counterparts?.('db/deploy/users.sql')).toEqual(['db/revert/users.sql']);
    expect(sqitch.counterparts?.('deploy/app/users.sql')).toEqual(['revert/app/users.sql']);
  });

  test('missing, empty and present revert scripts', async () => {
    const content = 'BEGIN;\nCREATE TABLE users (id bigint);\nCOMMIT;\n';
    const missing = await sqitch.analyse({ path: 'deploy/users.sql', content, siblings: {} });
    expect(missing.down).toBe('missing');
    expect(missing.hits.map((h) => h.rule)).toEqual(['missing-down-migration']);
    const empty = await sqitch.analyse({ path: 'deploy/users.sql', content, siblings: { 'revert/users.sql': '-- Revert app:users\n\nBEGIN;\nCOMMIT;\n' } });
    expect(empty.down).toBe('empty');
    const present = await sqitch.analyse({ path: 'deploy/users.sql', content, siblings: { 'revert/users.sql': 'BEGIN;\nDROP TABLE users;\nCOMMIT;' } });
    expect(present).toMatchObject({ down: 'present', hits: [] });
  });

  test('a revert script alone is a down: its drops are expected', async () => {
    const a = await sqitch.analyse({ path: 'revert/users.sql', content: "SET lock_timeout = '1s';\nDROP TABLE users;", siblings: {} });
    expect(a).toMatchObject({ role: 'down', hits: [] });
  });
});

// The shapes below are from public Sqitch projects: maevsi/sqitch (Postgres through psql, verify
// scripts that write test rows), chef/chef-server (reworked changes, an enum swap) and
// inqwise-opinion/opinion-sqitch-mysql (a MySQL engine named in sqitch.conf).
describe('sqitch projects', () => {
  /** What is said of a script, lock_timeout advice aside (off by default in the config). */
  const rules = (hits: { rule: string; line: number }[]) => hits.filter((h) => h.rule !== 'missing-lock-timeout').map((h) => [h.rule, h.line]);
  const reader = (files: Record<string, string>) => ({
    readFile: async (p: string) => files[p],
    listDir: async (dir: string) =>
      Object.keys(files)
        .filter((p) => p.startsWith(dir) && !p.slice(dir.length).includes('/'))
        .map((p) => p.slice(dir.length)),
  });

  test('a verify script is no migration: not linted as forward SQL', async () => {
    const { isSqitchVerify } = await import('../../../src/core/frameworks/sql-detect');
    const { guessFramework, unreadReason, SQITCH_VERIFY } = await import('../../../src/core/frameworks/guess');
    const { FRAMEWORKS } = await import('../../../src/core/frameworks/index');
    expect(isSqitchVerify('db/verify/users.sql')).toBe(true);
    expect(detectSqlFramework('db/verify/users.sql', 'BEGIN;\nDELETE FROM users;\nROLLBACK;\n')).toBeUndefined();
    expect(guessFramework('db/verify/users.sql', 'DELETE FROM users;', FRAMEWORKS)).toBeUndefined();
    expect(unreadReason('db/migrations/verify/users.sql', ['sql'])).toBe(SQITCH_VERIFY);
    expect(detectSqlFramework('db/deploy/users.sql', '')).toBe('sqitch');
  });

  test('a verify script in a migrations folder is not an unread migration', async () => {
    const { createClassifier } = await import('../../../src/core/classify');
    const { parseConfig } = await import('../../../src/core/config');
    const { FRAMEWORKS } = await import('../../../src/core/frameworks/index');
    const classifier = createClassifier(parseConfig(undefined), FRAMEWORKS);
    expect(classifier.classify('db/migrations/verify/users.sql', 'SELECT id FROM users WHERE false;')).toBeUndefined();
    expect(classifier.classify('db/migrations/deploy/users.sql', 'CREATE TABLE users (id int);')).toMatchObject({ framework: 'sqitch' });
  });

  test("sqitch.conf's engine is the scripts' dialect", async () => {
    const deploy = 'DROP PROCEDURE IF EXISTS `changeBalance`;\nCREATE INDEX i ON accounts (a);\n';
    const conf = '[core]\n\tengine = mysql\n';
    const a = await sqitch.analyse({
      path: 'deploy/x.sql',
      content: deploy,
      siblings: { 'revert/x.sql': 'DROP INDEX i ON accounts;' },
      ...reader({ 'sqitch.conf': conf }),
    });
    expect(a.dialect).toMatchObject({ dialect: 'mysql', from: 'the Sqitch engine in sqitch.conf (mysql)' });
    expect(a.hits.map((h) => h.rule)).not.toContain('non-concurrent-index');
    // The engine named by the core target's URI.
    const target = '[core]\n\ttarget = office\n[target "office"]\n\turi = db:mysql:///office\n';
    const b = await sqitch.analyse({ path: 'db/deploy/x.sql', content: deploy, siblings: {}, ...reader({ 'db/sqitch.conf': target }) });
    expect(b.dialect?.dialect).toBe('mysql');
    // The mysql client's DELIMITER: a procedure's body runs when it is called, not at deploy.
    const procedure = [
      'DELIMITER $$',
      'DROP PROCEDURE IF EXISTS `changeBalance`;',
      'CREATE DEFINER=`opinion`@`localhost` PROCEDURE `changeBalance`(p_account_id BIGINT)',
      'BEGIN',
      '  UPDATE accounts SET balance = balance + 1 WHERE account_id = p_account_id;',
      '  DELETE FROM accounts;',
      'END$$',
      'DELIMITER ;',
      'DROP TABLE legacy;',
    ].join('\n');
    const c = await sqitch.analyse({
      path: 'deploy/changeBalance.sql',
      content: procedure,
      siblings: { 'revert/changeBalance.sql': 'DROP PROCEDURE IF EXISTS `changeBalance`;' },
      ...reader({ 'sqitch.conf': conf }),
    });
    expect(rules(c.hits)).toEqual([['drop-table', 9]]);
  });

  test('psql meta-commands are read as psql reads them, not as MySQL backticks or parse errors', async () => {
    const deploy = [
      'BEGIN;',
      '',
      '\\set role_name `cat /run/secrets/postgres-role-username`',
      '',
      'DROP ROLE IF EXISTS :role_name;',
      "CREATE ROLE :role_name LOGIN PASSWORD :'role_name';",
      "SELECT 'CREATE DATABASE grafana' WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = 'grafana')\\gexec",
      'ALTER TABLE users DROP COLUMN nickname;',
      '',
      'COMMIT;',
      '',
    ].join('\n');
    const a = await sqitch.analyse({
      path: 'deploy/x.sql',
      content: deploy,
      siblings: { 'revert/x.sql': 'BEGIN;\n\\set role_name x\nDROP ROLE :role_name;\nCOMMIT;\n' },
    });
    expect(a.dialect).toBeUndefined();
    expect(rules(a.hits)).toEqual([['drop-column', 8]]);
    const included = await sqitch.analyse({
      path: 'deploy/y.sql',
      content: 'BEGIN;\n\\i deploy/common.sql\nCOMMIT;\n',
      siblings: { 'revert/y.sql': 'SELECT 1;\nDROP TABLE t;' },
    });
    expect(included.hits.map((h) => [h.rule, h.line])).toEqual([['not-analysed', 2]]);
  });

  test("a type change looks back through the earlier deploys in sqitch.plan's order, reworked scripts included", async () => {
    const plan = [
      '%syntax-version=1.0.0',
      '%project=flipr',
      '',
      'zz_users 2013-09-04T13:54:01Z A <a@example.com> # users',
      'acl 2013-09-04T13:54:01Z A <a@example.com> # acl',
      '@1.2.0 2013-09-05T13:54:01Z A <a@example.com> # tag',
      'acl [acl@1.2.0] 2013-09-06T13:54:01Z A <a@example.com> # reworked',
      'aa_widen 2013-09-07T13:54:01Z A <a@example.com> # widen',
      '',
    ].join('\n');
    const files = {
      'sqitch.plan': plan,
      'deploy/zz_users.sql': 'BEGIN;\nCREATE TABLE users (name varchar(20));\nCOMMIT;\n',
      'deploy/acl@1.2.0.sql': 'BEGIN;\nALTER TABLE users ALTER COLUMN name TYPE varchar(30);\nCOMMIT;\n',
      'deploy/acl.sql': 'BEGIN;\nCREATE TABLE acl (id int);\nCOMMIT;\n',
      'deploy/aa_widen.sql': 'BEGIN;\nALTER TABLE users ALTER COLUMN name TYPE varchar(10);\nCOMMIT;\n',
    };
    const a = await sqitch.analyse({
      path: 'deploy/aa_widen.sql',
      content: files['deploy/aa_widen.sql'],
      siblings: { 'revert/aa_widen.sql': 'BEGIN;\nALTER TABLE users ALTER COLUMN name TYPE varchar(30);\nCOMMIT;\n' },
      ...reader(files),
    });
    // Narrowed from varchar(30), the reworked acl@1.2.0's type (not zz_users', which sorts last by name).
    expect(rules(a.hits)).toEqual([['change-column-type', 2]]);
    expect(a.hits.find((h) => h.rule === 'change-column-type')!.message).toContain('acl@1.2.0.sql');
  });

  test('an enum swapped under its own name is a type change, not the type the look back found (chef-server)', async () => {
    const plan = 'users 2013-09-04T13:54:01Z A <a@example.com>\nosc_update [users] 2014-08-15T15:47:45Z A <a@example.com>\n';
    const swap = [
      'BEGIN;',
      'ALTER TYPE password_hash_type RENAME TO old_password_hash_type;',
      "CREATE TYPE password_hash_type AS ENUM ('SHA1', 'bcrypt', 'sha1+bcrypt');",
      'ALTER TABLE users ALTER COLUMN hash_type TYPE password_hash_type USING hash_type::text::password_hash_type;',
      'DROP TYPE old_password_hash_type;',
      'COMMIT;',
    ].join('\n');
    const files = {
      'sqitch.plan': plan,
      'deploy/users.sql': "BEGIN;\nCREATE TYPE password_hash_type AS ENUM ('SHA1', 'bcrypt');\nCREATE TABLE users (hash_type password_hash_type);\nCOMMIT;\n",
      'deploy/osc_update.sql': swap,
    };
    const a = await sqitch.analyse({ path: 'deploy/osc_update.sql', content: swap, siblings: { 'revert/osc_update.sql': swap }, ...reader(files) });
    expect(rules(a.hits)).toEqual([['change-column-type', 4]]);
  });

  test("a revert's drops of the indexes its deploy made, before the drop of their table, take no lock of their own", async () => {
    // maevsi/sqitch's deploy/table_address.sql and revert/table_address.sql.
    const deploy = [
      'BEGIN;',
      'CREATE TABLE vibetype.address (id uuid PRIMARY KEY, created_by uuid, location text);',
      'CREATE INDEX idx_address_created_by ON vibetype.address USING btree (created_by);',
      'CREATE INDEX idx_address_location ON vibetype.address (location);',
      'COMMIT;',
    ].join('\n');
    const revert = [
      'BEGIN;',
      'DROP INDEX vibetype.idx_address_created_by;',
      'DROP INDEX vibetype.idx_users_name;',
      'DROP TABLE vibetype.address;',
      'DROP INDEX vibetype.idx_address_location;',
      'COMMIT;',
    ].join('\n');
    expect(sqitch.counterparts?.('db/revert/table_address.sql')).toEqual(['db/deploy/table_address.sql']);
    const a = await sqitch.analyse({ path: 'db/revert/table_address.sql', content: revert, siblings: { 'db/deploy/table_address.sql': deploy } });
    // Another table's index, and one dropped after its table (an error of its own), are still said.
    expect(rules(a.hits)).toEqual([
      ['non-concurrent-index-drop', 3],
      ['non-concurrent-index-drop', 5],
    ]);
  });
});
