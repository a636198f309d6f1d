// The drill's parts on their own: statements split with the Postgres parser, each framework's up
// and down scripts and order, the schema and data comparison, and the seeder on a real PGlite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SchemaObject } from '../../src/drill/catalog';
import { readData, readSchema } from '../../src/drill/catalog';
import { leaveOutUnplanned, otherDialectOf } from '../../src/drill/collect';
import { compareData, compareSchema, lostOnRollback } from '../../src/drill/compare';
import type { Database, Session } from '../../src/drill/engine';
import { parseDuration } from '../../src/drill/engine';
import { PgliteEngine } from '../../src/drill/pglite';
import { expandEnvsubWith } from '../../src/drill/envsub';
import { withSqitchVariables } from '../../src/drill/sqitch-vars';
import { compareMigrations, migrationsOf, naturalCompare, sqitchPlanOrder, upPathOf, type Migration } from '../../src/drill/scripts';
import { seedEmptyTables } from '../../src/drill/seed';
import { standInSchemas } from '../../src/drill/stand-ins';
import { lineOfPosition, splitStatements } from '../../src/drill/statements';

describe('splitStatements', () => {
  it("gives each statement its first token's file line, skipping comments between statements", async () => {
    const stmts = await splitStatements([{ sql: '-- header\nCREATE TABLE a (id int);\n\n/* why */\nALTER TABLE a\n  ADD COLUMN b text;\n', line: 10 }]);
    expect(stmts.map((s) => [s.line, s.sql, s.kind])).toEqual([
      [11, 'CREATE TABLE a (id int)', 'CreateStmt'],
      [14, 'ALTER TABLE a\n  ADD COLUMN b text', 'AlterTableStmt'],
    ]);
    expect(lineOfPosition(stmts[1]!, 'ALTER TABLE a\n  ADD'.length)).toBe(15);
  });

  it('knows what cannot run in a transaction and its plain form for PGlite', async () => {
    const stmts = await splitStatements([
      {
        sql: 'CREATE INDEX CONCURRENTLY i ON t (a);\nDROP INDEX CONCURRENTLY IF EXISTS i;\nREINDEX (CONCURRENTLY) INDEX i;\nVACUUM t;\nCREATE INDEX j ON t (b);',
        line: 1,
      },
    ]);
    expect(stmts.map((s) => s.outsideTransaction)).toEqual([true, true, true, true, false]);
    expect(stmts.map((s) => s.plain)).toEqual(['CREATE INDEX  i ON t (a)', 'DROP INDEX  IF EXISTS i', 'REINDEX  INDEX i', undefined, undefined]);
  });

  it("reads the script's own transaction control, and leaves text the parser rejects whole", async () => {
    const [begin, , commit] = await splitStatements([{ sql: 'BEGIN;\nSELECT 1;\nCOMMIT;', line: 1 }]);
    expect([begin!.control, commit!.control]).toEqual(['begin', 'commit']);
    const bad = await splitStatements([{ sql: 'ALTER TABLE users DROPP COLUMN x;', line: 7 }]);
    expect(bad).toEqual([{ sql: 'ALTER TABLE users DROPP COLUMN x;', line: 7, outsideTransaction: false, unparsed: true }]);
  });

  it("splits a script whose comment holds a form feed (the scanner's JSON left it raw: the drill exited 2)", async () => {
    const stmts = await splitStatements([{ sql: '-- page\f\nCREATE TABLE a (id int);\nCREATE INDEX CONCURRENTLY i ON a (id);\n', line: 1 }]);
    expect(stmts.map((s) => [s.line, s.kind, s.plain])).toEqual([
      [2, 'CreateStmt', undefined],
      [3, 'IndexStmt', 'CREATE INDEX  i ON a (id)'],
    ]);
  });
});

describe('splitStatements: COPY … FROM stdin', () => {
  it("keeps a COPY's inline rows with it, as its data, and reads the statements after its `\\.` line", async () => {
    const sql = "COPY geo.countries (code, name) FROM stdin;\nde\tGermany\nci\tCôte d'Ivoire\n\\.\nALTER TABLE geo.countries ADD COLUMN iso3 text;\n";
    const stmts = await splitStatements([{ sql, line: 3 }]);
    expect(stmts.map((s) => [s.line, s.kind, s.stdin])).toEqual([
      [3, 'CopyStmt', { fromBlob: "COPY geo.countries (code, name) FROM '/dev/blob'", rows: "de\tGermany\nci\tCôte d'Ivoire\n", rowsLine: 4 }],
      [7, 'AlterTableStmt', undefined],
    ]);
    // From a file, the server reads it: no rows here.
    expect((await splitStatements([{ sql: "COPY t FROM '/tmp/t.csv';", line: 1 }]))[0]!.stdin).toBeUndefined();
  });
});

describe("Sqitch's scripts as psql runs them", () => {
  const sqitch = (deploy: string, revert: string): Migration[] =>
    migrationsOf('sqitch', 'db/deploy/x.sql', deploy, (p) => (p === 'db/revert/x.sql' ? revert : undefined))!;

  it("a COPY's inline rows stay for the drill to send, its variables interpolated around them, never in them", async () => {
    const deploy = 'COPY :"tbl" (a) FROM stdin;\n:tbl\n\\.\nGRANT SELECT ON t TO :tbl;\n';
    const [m] = await withSqitchVariables(sqitch(deploy, 'SELECT 1;'), '[deploy "variables"]\n\ttbl = t\n', 'db/sqitch.conf');
    expect(m!.up.failure).toBeUndefined();
    expect(m!.up.pieces[0]!.sql).toBe('COPY "t" (a) FROM stdin;\n:tbl\n\\.\nGRANT SELECT ON t TO t;\n');
    expect(m!.up.copyIn).toEqual({ by: 'psql', sends: true });
    expect(migrationsOf('golang-migrate', 'db/1_x.up.sql', deploy, () => undefined)![0]!.up.copyIn).toEqual({ by: 'golang-migrate', sends: false });
  });

  it('a deploy gets [deploy "variables"], a revert [revert "variables"] over them, each as psql quotes it', async () => {
    // Emapic/emapic@626c58bd db/sqitch.conf: emapic_db_user in both sections, the password in the deploy's only.
    const conf = '[core]\n\tengine = pg\n[deploy "variables"]\n\tu = emapic\n\tpass = x\n[revert "variables"]\n\tu = other\n';
    const [m] = await withSqitchVariables(
      sqitch('CREATE USER :"u" PASSWORD :\'pass\';\n', 'DROP USER :"u"; SELECT :\'pass\', :registry;\n'),
      conf,
      'db/sqitch.conf',
    );
    expect(m!.up.pieces[0]!.sql).toBe('CREATE USER "emapic" PASSWORD \'x\';\n');
    expect(m!.down!.pieces[0]!.sql).toBe('DROP USER "other"; SELECT \'x\', sqitch;\n');
    expect(m!.up.failure).toBeUndefined();
  });

  it("a shell command's value stands in by its name, said; \\gexec and an unset variable stop the script where they are", async () => {
    // maevsi/sqitch@40020545 src/deploy/role_grafana.sql and src/deploy/database_grafana.sql.
    const deploy =
      '\\set role_service_grafana_username `cat /run/secrets/postgres-role-service-grafana-username`\n\nCREATE ROLE :role_service_grafana_username;\n';
    const [m] = await withSqitchVariables(sqitch(deploy, "SELECT 'DROP DATABASE grafana'\n\\gexec\nDROP ROLE :gone;\n"), undefined, 'db/sqitch.conf');
    expect(m!.up.pieces[0]!.sql.split('\n')[2]).toBe('CREATE ROLE role_service_grafana_username;');
    expect(m!.up.failure).toBeUndefined();
    expect(m!.notes).toEqual([
      'x.sql: psql sets :role_service_grafana_username from a shell command (`cat /run/secrets/postgres-role-service-grafana-username`) the drill does not run; its name stood in for its value',
    ]);
    expect(m!.down!.failure).toMatchObject({ line: 2, by: 'psql', message: expect.stringContaining('psql runs \\gexec here') });
    const [unset] = await withSqitchVariables(sqitch('GRANT r TO :"who";\n', ''), '[core]\n\tengine = pg\n', 'db/sqitch.conf');
    expect(unset!.up.failure).toMatchObject({ line: 1, message: expect.stringContaining('the psql variable :who, which nothing sets') });
    // Another engine's scripts are no psql scripts.
    const [mysql] = await withSqitchVariables(sqitch('GRANT r TO :"who";\n', ''), '[core]\n\tengine = mysql\n', 'db/sqitch.conf');
    expect(mysql!.up.failure).toBeUndefined();
  });
});

describe('migration scripts per framework', () => {
  const none = () => undefined;

  it('goose: Up and Down sections, NO TRANSACTION, StatementBegin blocks', () => {
    const [m] = migrationsOf(
      'goose',
      'db/1_a.sql',
      '-- +goose NO TRANSACTION\n-- +goose Up\n-- +goose StatementBegin\nCREATE INDEX CONCURRENTLY i ON t (a)\n-- +goose StatementEnd\n-- +goose Down\nDROP INDEX i;\n',
      none,
    )!;
    expect(m!.up.transactional).toBe(false);
    expect(m!.up.pieces).toEqual([{ sql: 'CREATE INDEX CONCURRENTLY i ON t (a)', line: 4 }]);
    expect(m!.down?.pieces).toEqual([{ sql: 'DROP INDEX i;\n', line: 7 }]);
  });

  it("goose: ENVSUB ON lines expanded from the drill's environment, the unset ones said, a required one unset stops the script", () => {
    // pressly/goose@520411a1 README.md: `-- +goose ENVSUB ON` inside a StatementBegin block; expansions as mfridman/interpolate reads them.
    const file = (sql: string) => `-- +goose Up\n-- +goose ENVSUB ON\n${sql}\n-- +goose ENVSUB OFF\n-- +goose Down\nDROP TABLE t;\n`;
    process.env.RR_TEST_SCHEMA = 'app';
    delete process.env.RR_TEST_UNSET;
    try {
      const [m] = migrationsOf('goose', 'db/1_a.sql', file("CREATE TABLE ${RR_TEST_SCHEMA}.t (a text DEFAULT '$RR_TEST_UNSET${RR_TEST_OWNER:-x}$$');"), none)!;
      expect(m!.up.pieces[0]!.sql).toContain("CREATE TABLE app.t (a text DEFAULT 'x$');");
      expect(m!.notes).toEqual([expect.stringContaining('$RR_TEST_UNSET is not set')]);
      const [stop] = migrationsOf('goose', 'db/1_a.sql', file('CREATE TABLE ${RR_TEST_UNSET?schema not given}.t (a int);'), none)!;
      expect(stop!.up.failure).toEqual({ line: 3, message: 'variable substitution failed: $RR_TEST_UNSET: schema not given' });
      // goose expands the whole file before it picks a direction: the down stops too.
      expect(stop!.down?.failure).toEqual(stop!.up.failure);
      // A substitution it stops at in the Down section stops the up as well.
      const downStop = `-- +goose Up\n-- +goose ENVSUB ON\nCREATE TABLE t (a int);\n-- +goose Down\nDROP TABLE \${RR_TEST_UNSET?schema not given}.t;\n`;
      const [late] = migrationsOf('goose', 'db/1_a.sql', downStop, none)!;
      expect(late!.up.failure).toEqual({ line: 5, message: 'variable substitution failed: $RR_TEST_UNSET: schema not given' });
      expect(late!.down?.failure).toEqual(late!.up.failure);
    } finally {
      delete process.env.RR_TEST_SCHEMA;
    }
  });

  it('expandEnvsubWith reads every interpolate form goose supports', () => {
    const env = (n: string) => ({ A: 'abcdef', E: '' })[n];
    const marker = (line: string) => (line.startsWith('-- +goose') ? line.slice(9) : undefined);
    const one = (line: string) => expandEnvsubWith(`-- +goose ENVSUB ON\n${line}`, marker, env);
    expect(one('$A ${A} ${E:-d} ${E-d} ${U-d} ${A:2} ${A:1:2} ${A:-2} ${A: -2} ${A:1:-1} \\$A $$A $(x) \\\\').content.split('\n')[1]).toBe(
      'abcdef abcdef d  d cdef bc abcdef ef bcde $A $A $(x) \\\\',
    );
    expect(one('-- $1 in a comment').content).toContain('-- $1 in a comment');
    expect(one('SELECT $1').failure?.message).toContain('variable substitution failed: expected a variable name after $');
    expect(one('SELECT ${A:x}').failure?.message).toContain('unable to parse offset');
    expect(one('SELECT $U').missing).toEqual(['U']);
  });

  it('expandEnvsubWith follows goose where the drill read otherwise: comments inside a statement, byte substrings, Go integers', () => {
    const env = (n: string) => ({ V: 'héllo' })[n];
    const marker = (line: string) => (line.startsWith('-- +goose') ? line.slice(9) : undefined);
    const file = (sql: string) => expandEnvsubWith(`-- +goose Up\n-- +goose ENVSUB ON\n${sql}`, marker, env);
    // pressly/goose@520411a1 parser.go drops comment lines only while no statement is open.
    expect(file('-- $1 before\n-- +goose StatementBegin\nSELECT 1;\n-- $1 inside\n-- +goose StatementEnd').failure).toEqual({
      line: 6,
      message: 'variable substitution failed: expected a variable name after $, got "1"',
    });
    expect(file('SELECT 1\n-- $U inside\n;').missing).toEqual(['U']);
    // interpolate.go slices the value's bytes (Go strings); strconv.Atoi after strings.TrimSpace.
    expect(file("SELECT '${V:1:2}';").content).toContain("SELECT 'é';");
    expect(file('SELECT ${V:99999999999999999999};').failure?.message).toContain('unable to parse offset');
    expect(file('SELECT ${V:\uFEFF1};').failure?.message).toContain('unable to parse offset');
  });

  it('sql-migrate: -- +migrate Up/Down sections in a plain .sql file, notransaction per section', () => {
    const [m] = migrationsOf(
      'sql-migrate',
      'migrations/1_init.sql',
      '-- +migrate Up notransaction\nCREATE TABLE a (id int);\n\n-- +migrate Down\nDROP TABLE a;\n',
      none,
    )!;
    expect(m!.up).toMatchObject({ transactional: false, pieces: [{ sql: 'CREATE TABLE a (id int);\n', line: 2 }] });
    expect(m!.down).toMatchObject({ transactional: true, label: 'the -- +migrate Down section' });
  });

  it('dbmate: transaction:false on the down marker', () => {
    const [m] = migrationsOf(
      'dbmate',
      'db/migrations/20240101_a.sql',
      '-- migrate:up\nCREATE TABLE a (id int);\n-- migrate:down transaction:false\nDROP TABLE a;\n',
      none,
    )!;
    expect([m!.up.transactional, m!.down!.transactional]).toEqual([true, false]);
  });

  it('golang-migrate, Flyway and Sqitch find their down files; a down file is no migration of its own', () => {
    const files: Record<string, string> = {
      'db/1_a.down.sql': 'DROP TABLE a;',
      'sql/U2__b.sql': 'DROP TABLE b;',
      'deploy/c.sql': 'x',
      'revert/c.sql': 'DROP TABLE c;',
    };
    const read = (p: string) => files[p];
    expect(migrationsOf('golang-migrate', 'db/1_a.up.sql', 'CREATE TABLE a ();', read)![0]!.down?.path).toBe('db/1_a.down.sql');
    expect(migrationsOf('golang-migrate', 'db/1_a.down.sql', 'DROP TABLE a;', read)).toBeUndefined();
    expect(migrationsOf('flyway', 'sql/V2__b.sql', 'CREATE TABLE b ();', read)![0]!.down?.path).toBe('sql/U2__b.sql');
    expect(migrationsOf('flyway', 'sql/V3__c.sql', 'CREATE TABLE c ();', read)![0]!.noDown).toContain('U3__c.sql');
    expect(migrationsOf('sqitch', 'deploy/c.sql', 'BEGIN; CREATE TABLE c (); COMMIT;', read)![0]).toMatchObject({
      up: { transactional: false },
      down: { path: 'revert/c.sql' },
    });
  });

  it('Liquibase formatted SQL: one migration per changeset, its --rollback lines as the down, file lines kept', () => {
    const src =
      '--liquibase formatted sql\n\n--changeset ana:1\nCREATE TABLE a (id int);\n--rollback DROP TABLE a;\n\n--changeset ana:2 runInTransaction:false\nCREATE INDEX CONCURRENTLY i ON a (id);\n/* liquibase rollback\nDROP INDEX i;\n*/\n--changeset ana:3\nALTER TABLE a ADD COLUMN b int;\n';
    const ms = migrationsOf('liquibase', 'db/changelog/a.sql', src, none)!;
    expect(ms.map((m) => m.id)).toEqual(['db/changelog/a.sql#ana:1', 'db/changelog/a.sql#ana:2', 'db/changelog/a.sql#ana:3']);
    expect(ms[0]!.down!.pieces[0]).toEqual({ sql: 'DROP TABLE a;', line: 5 });
    expect(ms[1]!.up.transactional).toBe(false);
    expect(ms[1]!.down!.pieces[0]!.sql.trim()).toBe('DROP INDEX i;');
    expect(ms[1]!.down!.pieces[0]!.line).toBe(9);
    expect(ms[2]!.noDown).toBe('changeset ana:3 has no --rollback');
  });

  it("db-migrate: the `--sql-file` layout's up and down SQL files; its JavaScript is not rehearsed", () => {
    const files: Record<string, string> = { 'migrations/sqls/20240101-add-age-down.sql': 'ALTER TABLE users DROP COLUMN age;' };
    const [m] = migrationsOf('db-migrate', 'migrations/sqls/20240101-add-age-up.sql', 'ALTER TABLE users ADD COLUMN age int;', (p) => files[p])!;
    expect(m!.down?.path).toBe('migrations/sqls/20240101-add-age-down.sql');
    expect(migrationsOf('db-migrate', 'migrations/20240101-add-age.js', 'exports.up = function (db) {}', (p) => files[p])).toBeUndefined();
  });

  it('pop (ory/kratos shape): a group of numbered parts, the Postgres file of each part over the dialect-less one, downs in reverse', () => {
    const dir = 'persistence/sql/migrations/sql/';
    const names = [
      '20210410000000000000_x.up.sql',
      '20210410000000000000_x.postgres.up.sql',
      '20210410000000000000_x.mysql.up.sql',
      '20210410000000000001_x.up.sql',
      '20210410000000000000_x.down.sql',
      '20210410000000000001_x.down.sql',
    ];
    const read = (p: string) => `-- ${p.slice(dir.length)}\nSELECT 1;`;
    // One file stands for the group (its first up file in part order); the others give nothing.
    expect(migrationsOf('pop', dir + names[0]!, read(dir + names[0]!), read, () => names)).toBeUndefined();
    expect(migrationsOf('pop', dir + names[3]!, read(dir + names[3]!), read, () => names)).toBeUndefined();
    expect(migrationsOf('pop', dir + names[2]!, read(dir + names[2]!), read, () => names)).toBeUndefined(); // MySQL's
    const [m] = migrationsOf('pop', dir + names[1]!, read(dir + names[1]!), read, () => names)!;
    expect(m!.up.pieces.map((p) => p.path?.slice(dir.length))).toEqual(['20210410000000000000_x.postgres.up.sql', '20210410000000000001_x.up.sql']);
    expect(m!.down!.pieces.map((p) => p.path?.slice(dir.length))).toEqual(['20210410000000000001_x.down.sql', '20210410000000000000_x.down.sql']);
    expect(m!.up.label).toBe('20210410000000000000_x.postgres.up.sql (2 parts)');
  });

  it('pop: every part rendered as a Go template for Postgres before it runs, as pop does (ory/kratos, supabase/auth)', () => {
    // Shapes from ory/kratos persistence/sql/migrations/sql at b86338da (`{{ if .IsMySQL }}` kept
    // for one database) and supabase/auth migrations/ at bc32168e (the namespace).
    const dir = 'migrations/';
    const files: Record<string, string> = {
      [`${dir}20210410000000_x.down.sql`]: '{{/* undo */}}\nDROP TABLE {{ index .Options "Namespace" }}.users;',
    };
    const up =
      '{{ if .IsMySQL }}\nCREATE TABLE users (id int) ENGINE=InnoDB;\n{{ else }}\nCREATE TABLE {{ index .Options "Namespace" }}.users (id int);\n{{ end }}';
    const names = ['20210410000000_x.up.sql', '20210410000000_x.down.sql'];
    const [m] = migrationsOf(
      'pop',
      `${dir}${names[0]}`,
      up,
      (p) => files[p],
      () => names,
    )!;
    expect(m!.up.pieces[0]!.sql).toBe('\n\n\nCREATE TABLE _namespace_.users (id int);\n');
    expect(m!.down!.pieces[0]!.sql).toBe('\nDROP TABLE _namespace_.users;');
  });

  it("Flyway's ${placeholders} get stand-in names in the up and the undo, as lint reads them", () => {
    const files: Record<string, string> = { 'db/migration/U4__payloads.sql': 'DROP TABLE ${tableName};' };
    const [m] = migrationsOf('flyway', 'db/migration/V4__payloads.sql', 'CREATE TABLE ${tableName} (id text);', (p) => files[p])!;
    expect([m!.up.pieces[0]!.sql, m!.down!.pieces[0]!.sql]).toEqual(['CREATE TABLE _tableName_ (id text);', 'DROP TABLE _tableName_;']);
  });

  it('raw SQL in a folder per migration (Diesel, Hasura): up.sql with its down.sql, ordered by folder', () => {
    // Shape from LemmyNet/lemmy migrations/ at 439734dd.
    const files: Record<string, string> = { 'migrations/2019-08-11-000918_add_nsfw/down.sql': 'ALTER TABLE post DROP COLUMN nsfw;' };
    const read = (p: string) => files[p];
    const [m] = migrationsOf('sql', 'migrations/2019-08-11-000918_add_nsfw/up.sql', 'ALTER TABLE post ADD COLUMN nsfw boolean;', read)!;
    expect(m!.down?.path).toBe('migrations/2019-08-11-000918_add_nsfw/down.sql');
    expect(
      migrationsOf('sql', 'migrations/2019-08-11-000918_add_nsfw/down.sql', files['migrations/2019-08-11-000918_add_nsfw/down.sql']!, read),
    ).toBeUndefined();
    expect(upPathOf('sql', 'migrations/2019-08-11-000918_add_nsfw/down.sql')).toBe('migrations/2019-08-11-000918_add_nsfw/up.sql');
    const m2 = (path: string): Migration => ({ id: path, path, framework: 'sql', up: { path, label: path, pieces: [], transactional: true } });
    const order = [
      'migrations/2019-12-29-164820_add_avatar/up.sql',
      'migrations/00000000000000_diesel_initial_setup/up.sql',
      'migrations/2019-08-11-000918_add_nsfw/up.sql',
    ]
      .map(m2)
      .sort((a, b) => compareMigrations('sql', a, b));
    expect(order.map((x) => x.path.split('/')[1])).toEqual([
      '00000000000000_diesel_initial_setup',
      '2019-08-11-000918_add_nsfw',
      '2019-12-29-164820_add_avatar',
    ]);
  });

  it('orders as the frameworks do: numbers as numbers, Flyway versions by part, Sqitch by its plan', () => {
    const m = (path: string): Migration => ({ id: path, path, framework: 'sql', up: { path, label: path, pieces: [], transactional: true } });
    expect(['10_b.sql', '2_a.sql', '1_c.sql'].sort(naturalCompare)).toEqual(['1_c.sql', '2_a.sql', '10_b.sql']);
    const flyway = ['sql/V1_10__b.sql', 'sql/R__views.sql', 'sql/V1_9__a.sql', 'sql/V2__c.sql'].map(m).sort((a, b) => compareMigrations('flyway', a, b));
    expect(flyway.map((x) => x.path)).toEqual(['sql/V1_9__a.sql', 'sql/V1_10__b.sql', 'sql/V2__c.sql', 'sql/R__views.sql']);
    const { order: plan } = sqitchPlanOrder(
      '%syntax-version=1.0.0\n%project=app\n\nusers 2024-01-01T00:00:00Z Ana <a@x> # users\n@v1 2024-01-02T00:00:00Z Ana <a@x>\nappusers [users] 2024-01-03T00:00:00Z Ana <a@x>\n',
      () => false,
    );
    const sqitch = ['deploy/appusers.sql', 'deploy/users.sql'].map(m).sort((a, b) => compareMigrations('sqitch', a, b, plan));
    expect(sqitch.map((x) => x.path)).toEqual(['deploy/users.sql', 'deploy/appusers.sql']);
  });

  it("Sqitch: a reworked change's instances in plan order, each by its own script and the same identity on both sides", () => {
    // chef/chef-server@9df4f56e src/oc_bifrost/schema/sqitch.plan: update_acl reworked twice, its
    // earlier scripts at deploy/update_acl@1.2.0.sql and deploy/update_acl@1.3.0.sql.
    const plan = [
      'base 2013-06-24T11:10:23Z C <c@x> # base',
      'update_acl [base] 2013-06-24T13:32:28Z C <c@x> # add update_acl function',
      '@1.1.6 2013-06-25T15:05:55Z C <c@x> # back-ported',
      'actor_has_bulk_permission_on 2013-06-25T15:28:59Z C <c@x> # bulk',
      '@1.2.0 2013-06-25T15:41:51Z C <c@x> # bulk endpoint',
      'update_acl [update_acl@1.2.0] 2013-06-25T18:34:24Z C <c@x># Address potential bug',
      '@1.3.0 2013-06-28T18:44:53Z C <c@x> # fixed',
      'update_acl [update_acl@1.3.0] 2015-08-04T15:16:05Z M <m@x># advisory lock',
      '',
    ].join('\n');
    const files = new Set(['base', 'update_acl', 'update_acl@1.2.0', 'update_acl@1.3.0', 'actor_has_bulk_permission_on']);
    const { order, ids } = sqitchPlanOrder(plan, (name) => files.has(name));
    const m = (path: string): Migration => ({ id: path, path, framework: 'sqitch', up: { path, label: path, pieces: [], transactional: false } });
    const paths = [
      'deploy/update_acl.sql',
      'deploy/update_acl@1.3.0.sql',
      'deploy/actor_has_bulk_permission_on.sql',
      'deploy/update_acl@1.2.0.sql',
      'deploy/base.sql',
    ];
    const sorted = paths.map(m).sort((a, b) => compareMigrations('sqitch', a, b, order));
    expect(sorted.map((x) => x.path)).toEqual([
      'deploy/base.sql',
      'deploy/update_acl@1.2.0.sql',
      'deploy/actor_has_bulk_permission_on.sql',
      'deploy/update_acl@1.3.0.sql',
      'deploy/update_acl.sql',
    ]);
    expect([ids.get('update_acl@1.2.0'), ids.get('update_acl@1.3.0'), ids.get('update_acl')]).toEqual([
      'sqitch:update_acl#0',
      'sqitch:update_acl#1',
      'sqitch:update_acl#2',
    ]);
  });

  it('Sqitch: a script no change of the plan names is left out, as Sqitch never runs it; a plan that lists nothing decides nothing', () => {
    // sqitchers/sqitch@0ab857e3 lib/App/Sqitch/Engine.pm: `deploy` walks the plan's changes only.
    const m = (path: string): Migration => ({ id: path, path, framework: 'sqitch', up: { path, label: path, pieces: [], transactional: false } });
    const { order } = sqitchPlanOrder('%project=app\n\nusers 2024-01-01T00:00:00Z Ana <a@x> # users\n', () => false);
    const base = [m('db/deploy/users.sql'), m('db/deploy/draft.sql')];
    const pr = [m('db/deploy/posts.sql'), m('db/deploy/tags.sql')];
    const { order: head } = sqitchPlanOrder('%project=app\n\nusers 2024-01-01T00:00:00Z A <a@x>\nposts 2024-01-02T00:00:00Z A <a@x>\n', () => false);
    const notices = leaveOutUnplanned(base, order, pr, head, 'db/sqitch.plan');
    expect([base.map((x) => x.path), pr.map((x) => x.path)]).toEqual([['db/deploy/users.sql'], ['db/deploy/posts.sql']]);
    expect(notices).toHaveLength(2);
    expect(notices[0]).toMatch(/^Not rehearsed: db\/deploy\/tags\.sql\. .*named by no change of db\/sqitch\.plan/);
    expect(notices[1]).toMatch(/^Left out of the base: db\/deploy\/draft\.sql\./);
    // No plan read: every script kept.
    const kept = [m('db/deploy/a.sql')];
    expect(leaveOutUnplanned(kept, new Map(), [], new Map(), 'db/sqitch.plan')).toEqual([]);
    expect(kept).toHaveLength(1);
  });
});

describe('comparing', () => {
  const col = (name: string, position: number, type = 'text'): [string, SchemaObject] => [
    `column:${name}`,
    { kind: 'column', name, position, attrs: { type, not_null: 'false' } },
  ];

  it('a column back at another position is a notice; a changed type is drift', () => {
    const before = new Map([col('t.a', 1), col('t.b', 2), col('t.c', 3)]);
    const moved = new Map([col('t.a', 1), col('t.c', 3), col('t.b', 4)]);
    expect(compareSchema(before, moved)).toEqual({
      drift: [],
      moved: ['column t.b is back at position 3 (was 2): a restored column comes back last; not drift'],
    });
    const retyped = new Map([col('t.a', 1), col('t.b', 2, 'integer'), col('t.c', 3)]);
    expect(compareSchema(before, retyped).drift).toEqual(['column t.b: type was text, is integer']);
  });

  it('a table gone is one difference, not one per column', () => {
    const before = new Map<string, SchemaObject>([['table:t', { kind: 'table', name: 't', attrs: {} }], col('t.a', 1), col('t.b', 2)]);
    expect(compareSchema(before, new Map()).drift).toEqual(['table t existed before the up and is gone after the down']);
  });

  it('data: values changed or gone, rows gone, tables without a primary key compared as multisets', () => {
    const rows = (entries: Array<[string, Record<string, string | null>]>, byKey = true) => ({ table: 't', rows: new Map(entries), byKey });
    const before = new Map([
      [
        't',
        rows([
          ['["1"]', { id: '1', a: 'x', b: null }],
          ['["2"]', { id: '2', a: 'y', b: 'z' }],
        ]),
      ],
    ]);
    const after = new Map([['t', rows([['["1"]', { id: '1', a: 'X', b: null }]])]]);
    expect(compareData(before, after)).toEqual([
      { table: 't', count: 1, of: 2, example: 'the row with key (2) is gone' },
      { table: 't', column: 'a', count: 1, of: 2, example: "(1): 'x' → 'X'" },
    ]);
    const bag = (vs: string[]) =>
      new Map([
        [
          't',
          rows(
            vs.map((v, i) => [`k${i}`, { v }] as [string, Record<string, string>]),
            false,
          ),
        ],
      ]);
    expect(compareData(bag(['a', 'a', 'b']), bag(['a', 'b']))).toEqual([{ table: 't', count: 1, of: 3, example: 'row {"v":"a"} is not there any more' }]);
  });

  it('says what a rollback loses of data written after the deploy', () => {
    const before = new Map([col('t.a', 1)]);
    const afterUp = new Map([col('t.a', 1), col('t.b', 2)]);
    expect(lostOnRollback(before, afterUp, before)).toEqual(['values written to column t.b (the down drops it)']);
  });
});

describe('parseDuration', () => {
  it('reads ms, s, m and bare seconds, and rejects the rest', () => {
    expect(['500ms', '30s', '2m', '1.5', '1h'].map(parseDuration)).toEqual([500, 30_000, 120_000, 1500, 3_600_000]);
    expect(['', 'soon', '-1s', '0'].map(parseDuration)).toEqual([undefined, undefined, undefined, undefined]);
  });
});

describe('seeding a real PGlite', () => {
  let engine: PgliteEngine;
  let db: Database;
  let session: Session;
  beforeAll(async () => {
    engine = new PgliteEngine({ statementTimeoutMs: 30_000, lockTimeoutMs: 5_000 });
    db = await engine.empty();
    session = await db.session();
    await session.exec(`
      CREATE TYPE mood AS ENUM ('happy', 'sad', 'meh', 'angry', 'calm');
      CREATE DOMAIN positive_int AS integer CHECK (VALUE > 0);
      CREATE TABLE teams (id serial PRIMARY KEY, name varchar(3) NOT NULL UNIQUE, parent_id int REFERENCES teams (id));
      CREATE TABLE people (
        id uuid PRIMARY KEY,
        team_id int NOT NULL REFERENCES teams (id),
        price numeric(6,2) NOT NULL,
        status text NOT NULL CHECK (status IN ('active', 'gone')),
        qty positive_int NOT NULL,
        mood mood,
        at timestamptz NOT NULL,
        tags text[],
        doc jsonb,
        flag boolean NOT NULL DEFAULT false,
        big bigint GENERATED ALWAYS AS IDENTITY,
        code char(2)
      );`);
  }, 120_000);
  afterAll(async () => {
    await session?.close();
    await engine?.dispose();
  });

  it('fills every table within its types and constraints, NULL where allowed, and reports nothing', async () => {
    const seeded = await seedEmptyTables(session);
    expect(seeded.problems).toEqual([]);
    const people = seeded.rows.get('people')!;
    expect(people).toBeGreaterThanOrEqual(5); // every enum label, and the NULL row
    const data = await readData(session);
    const rows = [...data.get('people')!.rows.values()];
    // Every label of the enum, fractional digits within numeric(6,2), a zone on every timestamp.
    expect(new Set(rows.map((r) => r.mood))).toEqual(new Set(['happy', 'sad', 'meh', 'angry', 'calm', null]));
    expect(rows.every((r) => /^\d{1,4}\.\d{2}$/.test(r.price!))).toBe(true);
    expect(rows.some((r) => r.price!.split('.')[1] !== '00')).toBe(true);
    expect(rows.every((r) => ['active', 'gone'].includes(r.status!))).toBe(true);
    expect(rows.some((r) => r.tags === null) && rows.some((r) => r.tags !== null)).toBe(true);
    expect(rows.every((r) => r.code === null || r.code!.length === 2)).toBe(true);
    const teams = [...data.get('teams')!.rows.values()];
    expect(teams.every((t) => t.name!.length <= 3)).toBe(true);
    expect(teams.some((t) => /[^\x00-\x7f]/.test(t.name!))).toBe(true);
    // Seeded keys did not leave the sequence behind: the next insert by a migration does not collide.
    await session.exec("INSERT INTO teams (name) VALUES ('new')");
    const schema = await readSchema(session);
    expect(schema.get('column:people.big')?.attrs.identity).toBe('a');
  });

  it("fills tables shaped like a real application's (ente-io/ente server/migrations): state CHECKs, two keys to one parent, validating triggers", async () => {
    await session.exec(`
      CREATE TABLE accounts (id bigint PRIMARY KEY);
      CREATE TABLE contacts (user_id bigint NOT NULL REFERENCES accounts (id), contact_id bigint NOT NULL REFERENCES accounts (id),
        CONSTRAINT not_self CHECK (user_id <> contact_id), PRIMARY KEY (user_id, contact_id));
      CREATE TABLE notes (id text PRIMARY KEY, cipher text, is_deleted boolean NOT NULL DEFAULT false,
        CONSTRAINT cipher_on_delete CHECK ((is_deleted = FALSE AND cipher IS NOT NULL) OR (is_deleted = TRUE AND cipher IS NULL)));
      CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'Note must match its parent scope'; END $$;
      CREATE TRIGGER refuse BEFORE INSERT ON notes FOR EACH ROW EXECUTE FUNCTION refuse();`);
    const seeded = await seedEmptyTables(session);
    expect(seeded.problems).toEqual([]);
    expect(seeded.rows.get('contacts')).toBeGreaterThanOrEqual(3);
    expect(seeded.rows.get('notes')).toBeGreaterThanOrEqual(3);
    // Triggers are back on for the migrations themselves.
    await expect(session.exec("INSERT INTO notes (id, cipher) VALUES ('x', 'y')")).rejects.toThrow('Note must match its parent scope');
  });

  it("reads the rows of a table wider than a function's 100 arguments", async () => {
    const columns = Array.from({ length: 60 }, (_, i) => `c${i} int`).join(', ');
    await session.exec(`CREATE TABLE wide (id int PRIMARY KEY, ${columns}); INSERT INTO wide (id, c0, c59) VALUES (1, 10, 59)`);
    const wide = (await readData(session)).get('wide')!;
    expect([...wide.rows.values()]).toEqual([expect.objectContaining({ id: '1', c0: '10', c58: null, c59: '59' })]);
    await session.exec('DROP TABLE wide');
  });

  it('seeds only empty tables, and reports a table it cannot fill instead of failing', async () => {
    await session.exec('CREATE TABLE odd (id int PRIMARY KEY, v int NOT NULL CHECK (v * v = 49 AND v < 0))');
    const seeded = await seedEmptyTables(session);
    expect([...seeded.rows.keys()]).toEqual(['odd']);
    expect(seeded.problems).toEqual([
      { table: 'odd', why: expect.stringMatching(/^no row could be inserted, so its data is not compared \(.*check constraint.*\)$/) },
    ]);
    // Tried once: a table named in `skip` is left alone.
    expect((await seedEmptyTables(session, 3, new Set(['odd']))).problems).toEqual([]);
  });
});

describe('otherDialectOf', () => {
  it("leaves out every database lint knows from a path, not only the drill's own list (eclipse-hawkbit/hawkbit's db/migration/DB2/)", () => {
    expect(otherDialectOf('hawkbit-repository/hawkbit-repository-jpa-flyway/src/main/resources/db/migration/DB2/V1_12_6__add_index___DB2.sql')).toBe('DB2');
    expect(otherDialectOf('src/main/resources/db/migration/SAP_HANA/V1__init.sql')).toBe('SAP HANA');
    expect(otherDialectOf('src/main/resources/db/migration/mysql/V1__init.sql')).toBe('MySQL');
    expect(otherDialectOf('src/main/resources/db/migration/POSTGRESQL/V1__init.sql')).toBeUndefined();
    expect(otherDialectOf('db/migrations/000001_init.up.sql')).toBeUndefined();
  });
});

describe('standInSchemas', () => {
  const m = (up: string, down?: string): Migration => ({
    id: 'x',
    path: 'x',
    framework: 'flyway',
    up: { path: 'x', label: 'x', pieces: [{ sql: up, line: 1 }], transactional: true },
    ...(down ? { down: { path: 'y', label: 'y', pieces: [{ sql: down, line: 1 }], transactional: true } } : {}),
  });

  it('names the stand-ins used as schemas (tables, functions, types) that no migration creates', async () => {
    expect(
      await standInSchemas([
        m('CREATE TABLE _schema_.teams (id int);\nCREATE FUNCTION _fns_.f() RETURNS int LANGUAGE sql AS $$ SELECT 1 $$;'),
        m('ALTER TABLE _schema_.teams ADD COLUMN t _types_.mood;', 'DROP TABLE _schema_.teams;'),
        // A real schema, a stand-in table in no schema, one the migrations create themselves.
        m('CREATE TABLE public.x (id int);\nCREATE TABLE _tableName_ (id int);\nCREATE SCHEMA _own_;\nCREATE TABLE _own_.y (id int);'),
        m('this does not parse _bad_.x'),
      ]),
    ).toEqual(['_fns_', '_schema_', '_types_']);
  });
});
