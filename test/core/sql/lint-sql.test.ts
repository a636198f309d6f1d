import { describe, expect, test } from 'vitest';
import type { TypeName } from 'libpg-query';
import { lintSql } from '../../../src/core/sql/lint-sql';

const lint = (sql: string, line = 1, options = {}) => lintSql([{ sql, line }], options);
const rules = async (sql: string, options = {}) => (await lint(sql, 1, options)).hits.map((h) => `${h.rule} ${h.line}`);

describe('lines', () => {
  test('a hit sits on the first token of its statement, after comments, offset by the piece line', async () => {
    const sql = "SET lock_timeout = '1s';\n-- a comment\n/* block\n comment */\n\n  ALTER TABLE users\n    DROP COLUMN email;\n";
    expect((await lint(sql)).hits.map((h) => [h.rule, h.line])).toEqual([['drop-column', 6]]);
    expect((await lint(sql, 10)).hits.map((h) => h.line)).toEqual([15]);
  });

  test('byte offsets after non-ASCII text still give the right line', async () => {
    const sql = "SET lock_timeout = '1s';\nCOMMENT ON TABLE users IS 'Utilisateurs — données ✓ 😀';\n\nDROP TABLE sessions;\n";
    expect(await rules(sql)).toEqual(['drop-table 4']);
  });

  test('pieces share context in order: a table created in an earlier piece is new later', async () => {
    const res = await lintSql([
      { sql: 'CREATE TABLE teams (id bigint);', line: 3 },
      { sql: 'CREATE INDEX teams_id ON teams (id);\nALTER TABLE teams DROP COLUMN id;', line: 9 },
    ]);
    expect(res.hits).toEqual([]);
  });
});

describe('comments, strings and function bodies never trigger a rule', () => {
  test.each([
    '-- DROP TABLE users;\nSELECT 1;',
    '/* ALTER TABLE users DROP COLUMN email; */ SELECT 1;',
    "SELECT 'DROP TABLE users; TRUNCATE users';",
    'CREATE FUNCTION wipe() RETURNS void AS $$ BEGIN TRUNCATE users; DELETE FROM accounts; END $$ LANGUAGE plpgsql;',
    "DO $body$ BEGIN RAISE NOTICE 'DROP TABLE users'; PERFORM 1; -- DROP TABLE users\nEND $body$;",
    "COMMENT ON COLUMN users.email IS 'we will DROP COLUMN email later';",
  ])('%s', async (sql) => {
    expect((await lint(sql)).hits).toEqual([]);
  });
});

describe('DDL inside DO blocks runs like any other statement', () => {
  // EXECUTE format(…) runs its format string: pg_dump-era guards and loops over pg_tables write DDL this way.
  test('EXECUTE format() is read with its constant arguments, the others named at run time; other dynamic SQL is said', async () => {
    const res = await lint(
      [
        'DO $body$',
        'DECLARE r record;',
        'BEGIN',
        "  EXECUTE format('DROP TABLE %I', 'users');",
        "  FOR r IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP",
        "    EXECUTE format('ALTER TABLE %I DROP COLUMN IF EXISTS legacy', r.tablename);",
        '  END LOOP;',
        "  EXECUTE 'ALTER TABLE ' || quote_ident(r.tablename) || ' DROP COLUMN x';",
        "  EXECUTE format('ALTER TABLE users %s', r.action);",
        'END $body$;',
      ].join('\n'),
    );
    expect(res.hits.filter((h) => h.rule !== 'missing-lock-timeout').map((h) => [h.rule, h.line, h.message.slice(0, 40)])).toEqual([
      ['drop-table', 4, 'Dropping table "users" deletes it and ev'],
      ['drop-column', 6, 'Dropping column "legacy" from "…" (named'],
      ['not-analysed', 8, "`EXECUTE 'ALTER TABLE ' || quote_ident(r"],
      ['not-analysed', 9, "`EXECUTE format('ALTER TABLE users %s', "],
    ]);
  });

  // Issue #9 item 5: supabase-style migrations loop over tables written in the block
  // (`FOREACH t IN ARRAY ARRAY['…']`, `FOR t IN SELECT unnest(ARRAY[…])`); each was "…" (named at run time).
  const drops = async (sql: string) =>
    (await lint(`SET lock_timeout = '5s';\n${sql}`)).hits.map(
      (h) => `${h.rule} ${h.line} ${/"([^"]*)"(?: from "([^"]*)")?/.exec(h.message)?.slice(1).filter(Boolean).join('.') ?? ''}`,
    );
  test.each([
    ["FOREACH t IN ARRAY ARRAY['events', 'sessions'] LOOP", 't'],
    ['FOREACH t IN ARRAY \'{events,"sessions"}\'::text[] LOOP', 't'],
    ["FOR t IN SELECT unnest(ARRAY['events', 'sessions']) LOOP", 't'],
    ["FOR t IN SELECT unnest('{events,sessions}'::text[]) LOOP", 't'],
    ["FOR r IN SELECT x FROM (VALUES ('events'), ('sessions')) AS v(x) LOOP", 'r.x'],
    ["FOR r IN SELECT name FROM unnest(ARRAY['events', 'sessions']) AS name LOOP", 'r.name'],
  ])('a loop over elements written in the block is read once per element: %s', async (loop, v) => {
    const sql = [
      'DO $$',
      'DECLARE t text; r record;',
      'BEGIN',
      `  ${loop}`,
      `    EXECUTE format('ALTER TABLE %I DROP COLUMN legacy', ${v});`,
      '  END LOOP;',
      'END $$;',
    ].join('\n');
    expect(await drops(sql)).toEqual(['drop-column 6 legacy.events', 'drop-column 6 legacy.sessions']);
  });

  test("a loop's variable is bound in format(), in a quote_ident() concatenation, and in inner loops; a statement that reads the same each pass is one finding", async () => {
    const sql = [
      'DO $$',
      "DECLARE t text; c text; tables text[] := ARRAY['a', 'b'];",
      'BEGIN',
      '  FOREACH t IN ARRAY tables LOOP',
      "    EXECUTE 'ALTER TABLE ' || quote_ident(t) || ' DROP COLUMN x';",
      "    FOREACH c IN ARRAY ARRAY['y', 'z'] LOOP EXECUTE format('ALTER TABLE %I DROP COLUMN %I', t, c); END LOOP;",
      '    ALTER TABLE fixed DROP COLUMN w;',
      '  END LOOP;',
      'END $$;',
    ].join('\n');
    expect(await drops(sql)).toEqual([
      'drop-column 6 x.a',
      'drop-column 6 x.b',
      'drop-column 7 y.a',
      'drop-column 7 z.a',
      'drop-column 7 y.b',
      'drop-column 7 z.b',
      'drop-column 8 w.fixed',
    ]);
  });

  // hatchet-dev/hatchet @ 89d130f3, cmd/hatchet-migrate/migrate/migrations/20260424205453_v1_0_100.sql:
  // `FOREACH base_name IN ARRAY ARRAY['v1_runs_olap', …] LOOP old_parent := base_name; new_parent := base_name || '_new';`
  test('a name assigned from a loop variable is bound for the statements after it; one assigned in a branch is set at run time', async () => {
    const sql = [
      'DO $$',
      'DECLARE base_name text; old_parent text; new_parent text;',
      'BEGIN',
      "  FOREACH base_name IN ARRAY ARRAY['runs', 'tasks'] LOOP",
      '    old_parent := base_name;',
      "    new_parent := base_name || '_new';",
      "    EXECUTE format('DROP TABLE IF EXISTS %I CASCADE', old_parent);",
      "    IF random() > 0.5 THEN old_parent := 'other'; END IF;",
      "    EXECUTE format('ALTER TABLE %I DROP COLUMN a, DROP COLUMN b', new_parent, old_parent);",
      "    EXECUTE format('ALTER TABLE %I DROP COLUMN c', old_parent);",
      '  END LOOP;',
      'END $$;',
    ].join('\n');
    expect(await drops(sql)).toEqual([
      'drop-table 8 runs',
      'drop-table 8 tasks',
      'drop-column 10 a.runs_new',
      'drop-column 10 b.runs_new',
      'drop-column 10 a.tasks_new',
      'drop-column 10 b.tasks_new',
      'drop-column 11 c.…',
    ]);
  });

  test('a variable DECLAREd with a known value is bound; one written in the block, or declared twice, is set at run time', async () => {
    const sql = [
      'DO $$',
      "DECLARE t text := 'users'; c CONSTANT text = 'legacy'; u text := 'orders'; v text := 'x';",
      'BEGIN',
      "  EXECUTE format('ALTER TABLE %I DROP COLUMN %I', t, c);",
      "  SELECT 'other' INTO u;",
      "  EXECUTE format('DROP TABLE %I', u);",
      "  DECLARE v text := 'y'; BEGIN EXECUTE format('DROP TABLE %I', v); END;",
      "  EXECUTE 'ALTER TABLE ' || quote_ident(t) || ' DROP COLUMN ' || c || '_old';",
      'END $$;',
    ].join('\n');
    expect(await drops(sql)).toEqual(['drop-column 5 legacy.users', 'drop-table 7 …', 'drop-table 8 …', 'drop-column 9 legacy_old.users']);
  });

  test('two names set at run time are never the same: a drop after an add or a create of one is still a drop', async () => {
    const sql = [
      'DO $$',
      "DECLARE a text := current_setting('app.add'); d text := current_setting('app.drop');",
      'BEGIN',
      "  EXECUTE format('ALTER TABLE users ADD COLUMN %I text', a);",
      "  EXECUTE format('ALTER TABLE users DROP COLUMN %I', d);",
      "  EXECUTE format('ALTER TABLE users RENAME COLUMN %I TO x', d);",
      "  EXECUTE format('CREATE TABLE %I (id int)', a);",
      "  EXECUTE format('DROP TABLE %I', d);",
      'END $$;',
    ].join('\n');
    expect(await drops(sql)).toEqual(['drop-column 6 …', 'rename-column 7 …', 'drop-table 9 …']);
  });

  test('a loop over rows found at run time, an array variable assigned in the block, or more than 100 elements keeps each name set at run time', async () => {
    const body = (loop: string) =>
      [
        'DO $$',
        "DECLARE t text; r record; tables text[] := ARRAY['a'];",
        'BEGIN',
        "  tables := tables || 'b';",
        `  ${loop}`,
        "    EXECUTE format('ALTER TABLE %I DROP COLUMN legacy', t);",
        '  END LOOP;',
        'END $$;',
      ].join('\n');
    expect(await drops(body("FOR t IN SELECT tablename FROM pg_tables WHERE schemaname = 'public' LOOP"))).toEqual(['drop-column 7 legacy.…']);
    expect(await drops(body('FOREACH t IN ARRAY tables LOOP'))).toEqual(['drop-column 7 legacy.…']);
    const many = Array.from({ length: 101 }, (_, i) => `'t${i}'`).join(', ');
    expect(await drops(body(`FOREACH t IN ARRAY ARRAY[${many}] LOOP`))).toEqual(['drop-column 7 legacy.…']);
    expect(await drops(body(`FOREACH t IN ARRAY ARRAY[${many.split(', ').slice(0, 100).join(', ')}] LOOP`))).toHaveLength(100);
    const concat = body(
      "FOR r IN SELECT tablename FROM pg_tables LOOP EXECUTE 'ALTER TABLE ' || r.tablename || ' DROP COLUMN x'; END LOOP; FOR t IN SELECT 1 LOOP",
    );
    expect(await drops(concat)).toEqual(['not-analysed 6 ', 'drop-column 7 legacy.…']);
  });

  // Shape from real golang-migrate and Flyway folders that guard a change with IF EXISTS
  // (information_schema) inside DO $$ … $$ so the migration can be re-run.
  test('a DROP COLUMN under IF EXISTS inside DO is a drop, on its own line', async () => {
    const sql = [
      "SET lock_timeout = '5s';",
      'DO $$',
      'BEGIN',
      "  IF EXISTS (SELECT 1 FROM information_schema.columns WHERE table_name = 'users' AND column_name = 'legacy') THEN",
      '    ALTER TABLE users DROP COLUMN legacy;',
      '  END IF;',
      'END',
      '$$;',
    ].join('\n');
    expect(await rules(sql)).toEqual(['drop-column 5']);
  });

  test('EXECUTE with a constant string is read; a block in another language is not', async () => {
    expect(await rules("SET lock_timeout = '5s';\nDO $body$ BEGIN EXECUTE 'DROP TABLE users'; END $body$;")).toEqual(['drop-table 2']);
    expect(await rules("DO LANGUAGE plperl $$ my $x = 'DROP TABLE users'; $$;")).toEqual([]);
  });

  test('a table the block creates is new for the rest of the file', async () => {
    const sql = "SET lock_timeout = '5s';\nDO $$ BEGIN CREATE TABLE t (id int); END $$;\nCREATE INDEX t_id ON t (id);\nDROP TABLE t;";
    expect(await rules(sql)).toEqual([]);
  });

  test('a block whose PL/pgSQL does not parse is a parse-error notice, not silence', async () => {
    expect(await rules('DO $$ BEGIN IF THEN END $$;')).toEqual(['parse-error 1']);
  });
});

describe('transactions', () => {
  test('CREATE INDEX CONCURRENTLY in a transactional framework fails unless COMMIT escapes first', async () => {
    expect(await rules('CREATE INDEX CONCURRENTLY i ON users (email);', { transactional: true })).toEqual(['concurrent-index-in-transaction 1']);
    expect(await rules('COMMIT;\nCREATE INDEX CONCURRENTLY i ON users (email);\nBEGIN;', { transactional: true })).toEqual([]);
  });

  test('several statements sent as one query string form one implicit transaction', async () => {
    const sql = 'CREATE TABLE a (id int);\nCREATE INDEX CONCURRENTLY i ON users (email);';
    expect(await rules(sql, { multiStatementTransaction: true })).toEqual(['concurrent-index-in-transaction 2']);
    expect(await rules('CREATE INDEX CONCURRENTLY i ON users (email);', { multiStatementTransaction: true })).toEqual([]);
  });

  test('BEGIN without COMMIT is reported at the BEGIN, except where the framework commits', async () => {
    expect(await rules('SELECT 1;\nBEGIN;\nCREATE TABLE a (id int);')).toEqual(['uncommitted-transaction 2']);
    expect(await rules('BEGIN;\nCREATE TABLE a (id int);\nCOMMIT;')).toEqual([]);
    expect(await rules('COMMIT;\nCREATE TABLE a (id int);\nBEGIN;', { transactional: true })).toEqual([]);
  });
});

describe('lock timeout', () => {
  test('reported once, at the first statement that locks an existing table', async () => {
    expect(await rules('CREATE TABLE a (id int);\nALTER TABLE users ADD COLUMN x int;\nALTER TABLE users ADD COLUMN y int;')).toEqual([
      'missing-lock-timeout 2',
    ]);
  });
  test('SET lock_timeout, SET LOCAL and set_config count; 0 does not', async () => {
    expect(await rules("SET LOCAL lock_timeout TO '1s';\nALTER TABLE users ADD COLUMN x int;")).toEqual([]);
    expect(await rules("SELECT set_config('lock_timeout', '1s', false);\nALTER TABLE users ADD COLUMN x int;")).toEqual([]);
    expect(await rules('SET lock_timeout = 0;\nALTER TABLE users ADD COLUMN x int;')).toEqual(['missing-lock-timeout 2']);
  });
});

describe('result flags', () => {
  test.each([
    ['', true],
    ['-- nothing\n/* at all */', true],
    ['SELECT 1;', true],
    ['BEGIN; SELECT 1; COMMIT;', true],
    ['CREATE TABLE a (id int);', false],
    ['SELECT pg_sleep(1);', false],
  ])('empty(%j) is %s', async (sql, empty) => {
    expect((await lint(sql)).empty).toBe(empty);
  });

  test('additiveOnly: adds are additive, drops and renames are not', async () => {
    expect(
      (await lint("SET lock_timeout='1s'; CREATE TABLE a (id int); ALTER TABLE users ADD COLUMN x text; CREATE INDEX CONCURRENTLY i ON users (x);"))
        .additiveOnly,
    ).toBe(true);
    expect((await lint("SET lock_timeout='1s'; ALTER TABLE users ADD COLUMN x text NOT NULL;")).additiveOnly).toBe(false);
    expect((await lint("SET lock_timeout='1s'; ALTER TABLE users RENAME TO members;")).additiveOnly).toBe(false);
  });

  test('changesData: UPDATE, DELETE and INSERT … SELECT change data; INSERT … VALUES does not', async () => {
    expect((await lint('UPDATE users SET x = 1;')).changesData).toBe(true);
    expect((await lint('INSERT INTO a SELECT * FROM b;')).changesData).toBe(true);
    expect((await lint('INSERT INTO a VALUES (1);')).changesData).toBe(false);
  });
});

describe('SQL the parser rejects', () => {
  test('one bad statement does not hide the others, and one parse-error names the parser message', async () => {
    const sql = "SET lock_timeout='1s';\nDROP INDEX idx ON users;\nALTER TABLE users DROP COLUMN email;\nCREATE INDEX i ON orders (id);";
    const res = await lint(sql);
    expect(res.hits.map((h) => `${h.rule} ${h.line}`)).toEqual(['parse-error 2', 'drop-column 3', 'non-concurrent-index 4']);
    expect(res.hits[0]?.message).toContain('syntax error at or near "ON"');
    expect(res.parseFailed).toBe(true);
  });

  test('destructive keywords in unparsable statements are still found, from tokens', async () => {
    const sql = [
      "SET lock_timeout='1s';",
      'DROP TABLE {{ .Schema }}.users;',
      'TRUNCATE {{ .Schema }}.events;',
      'DELETE FROM {{ .Schema }}.sessions;',
      'ALTER TABLE {{ .Schema }}.users DROP COLUMN email;',
      'DROP SCHEMA {{ .Schema }};',
    ].join('\n');
    const res = await lint(sql);
    expect(res.hits.map((h) => `${h.rule} ${h.line}`)).toEqual([
      'drop-table 2',
      'parse-error 2',
      'truncate 3',
      'delete-without-where 4',
      'drop-column 5',
      'drop-schema 6',
    ]);
    expect(res.hits[0]?.message).toContain('{{ .Schema }}.users');
  });

  test.each([
    ['an unterminated string', "SELECT 'oops;"],
    ['an unterminated dollar quote', 'CREATE FUNCTION f() RETURNS int AS $$ SELECT 1'],
    ['an unterminated comment', '/* never closed'],
    ['an unterminated string after non-ASCII text', "COMMENT ON TABLE t IS 'données ✓ 😀';\nSELECT 'é"],
  ])('%s after a DROP does not hide the DROP (the scanner reads what comes before it)', async (_, tail) => {
    const sql = `SET lock_timeout='1s';\nDROP TABLE users;\nALTER TABLE orders DROP COLUMN note;\n${tail}\n`;
    const res = await lint(sql);
    const found = res.hits.map((h) => `${h.rule} ${h.line}`);
    expect(found).toContain('drop-table 2');
    expect(found).toContain('drop-column 3');
    const notice = res.hits.find((h) => h.rule === 'parse-error');
    expect(notice?.message).toMatch(/unterminated/);
    expect(notice?.message).not.toContain('\n');
    expect(res.parseFailed).toBe(true);
  });

  test('a template before an unterminated string does not hide the DROP between them', async () => {
    const sql = "SET lock_timeout='1s';\nDROP TABLE a;\nSELECT {{ .Options }} FROM x;\nDROP TABLE b;\nSELECT 'never closed\n";
    const res = await lint(sql);
    const found = res.hits.map((h) => `${h.rule} ${h.line}`);
    expect(found).toContain('drop-table 2');
    expect(found).toContain('drop-table 4');
    expect(found).toContain('parse-error 3');
  });

  test('a statement cut short by an unterminated string is still read for destructive shapes', async () => {
    const res = await lint("SET lock_timeout='1s';\nALTER TABLE orders DROP COLUMN note, ADD COLUMN x text DEFAULT 'never closed\n");
    expect(res.hits.map((h) => `${h.rule} ${h.line}`)).toEqual(['drop-column 2', 'parse-error 2']);
    expect(res.hits[1]?.message).toContain('unterminated quoted string');
  });

  test('a NUL byte does not end the SQL early: what follows it is read, and the NUL is reported', async () => {
    const filler = `-- ${'x'.repeat(9000)}\n`;
    const res = await lint(`SET lock_timeout='1s';\n${filler}SELECT 1;\u0000\nDROP TABLE users;\n`);
    expect(res.hits.map((h) => `${h.rule} ${h.line}`)).toEqual(['parse-error 3', 'drop-table 4']);
    expect(res.hits[0]?.message).toContain('NUL byte (line 3)');
  });

  test('never throws, whatever the input: each input the parser rejects is a parse-error saying why', async () => {
    for (const sql of ["'unterminated", '$$ never closed', '(((', ';;;', '\u0000', 'SELECT * FROM {{', 'DROP TABLE']) {
      await expect(lint(sql)).resolves.toBeDefined();
    }
    // Every one of these reaches the parser's failure path; the failure is visible, not swallowed.
    const rejected: [string, string][] = [
      ["'unterminated", 'unterminated quoted string'],
      ['$$ never closed', 'unterminated dollar-quoted string'],
      ['(((', 'syntax error at end of input'],
      ['\u0000', 'NUL byte (line 1)'],
      ['SELECT * FROM {{', 'syntax error at or near "{"'],
      ['DROP TABLE', 'syntax error at end of input'],
      // The PL/pgSQL parser's failure inside a DO block, a separate path.
      ['DO $$ BEGIN this is not plpgsql; END $$;', "the DO block's PL/pgSQL: syntax error"],
    ];
    for (const [sql, why] of rejected) {
      const res = await lint(sql);
      expect(res.parseFailed, sql).toBe(true);
      expect(
        res.hits.map((h) => `${h.rule} ${h.line}`),
        sql,
      ).toEqual(['parse-error 1']);
      expect(res.hits[0]!.message, sql).toContain(why);
    }
    // Only separators: nothing to reject, nothing to report.
    const empty = await lint(';;;');
    expect(empty.parseFailed).toBe(false);
    expect(empty.hits).toEqual([]);
  });
});

describe('rule details', () => {
  test('change-column-type: an unknown old type makes a widening target a warning, other targets and USING errors', async () => {
    const base = "SET lock_timeout='1s';\n";
    const severities = async (sql: string) => (await lint(base + sql)).hits.map((h) => `${h.rule} ${h.severity ?? 'rule'}`);
    expect(await severities('ALTER TABLE u ALTER COLUMN a TYPE text;')).toEqual(['change-column-type warning']);
    expect(await severities('ALTER TABLE u ALTER COLUMN a TYPE character varying(300);')).toEqual(['change-column-type warning']);
    expect(await severities('ALTER TABLE u ALTER COLUMN a TYPE integer;')).toEqual(['change-column-type rule']);
    expect(await severities('ALTER TABLE u ALTER COLUMN a TYPE text USING a::text;')).toEqual(['change-column-type rule']);
    const [warning] = (await lint(base + 'ALTER TABLE u ALTER COLUMN a TYPE text;')).hits;
    expect(warning?.message).toContain('the down migration narrows the column back');
  });

  test('change-column-type: a change that keeps every old value says so; timestamp ↔ timestamptz in a UTC session is no change', async () => {
    const base = "SET lock_timeout='1s';\nALTER TABLE t ADD COLUMN n integer, ADD COLUMN at timestamp, ADD COLUMN f varchar;\n";
    const found = async (sql: string) => (await lint(base + sql)).hits.filter((h) => h.rule === 'change-column-type').map((h) => h.message);
    const [bigint] = await found('ALTER TABLE t ALTER COLUMN n TYPE bigint;');
    expect(bigint).toContain('from integer to bigint keeps every value the old code writes, but rewrites the table');
    expect(bigint).toContain('changes it back fails');
    const [tz] = await found('ALTER TABLE t ALTER COLUMN at TYPE timestamptz;');
    expect(tz).toContain("with the session's time zone set to UTC first");
    expect(await found("SET timezone = 'UTC';\nALTER TABLE t ALTER COLUMN at TYPE timestamptz;")).toEqual([]);
    expect(await found("SET TIME ZONE 'Etc/UTC';\nALTER TABLE t ALTER COLUMN at TYPE timestamptz;")).toEqual([]);
    // Another zone, or a reset, rewrites again.
    expect(await found("SET timezone = 'UTC';\nRESET ALL;\nALTER TABLE t ALTER COLUMN at TYPE timestamptz;")).toHaveLength(1);
    expect(await found("SET timezone = 'Europe/Paris';\nALTER TABLE t ALTER COLUMN at TYPE timestamptz;")).toHaveLength(1);
    // A real conversion keeps the old message; an array type is named as one.
    const [array] = await found("ALTER TABLE t ALTER COLUMN f TYPE text[] USING string_to_array(f, ',');");
    expect(array).toContain('from varchar to text[] rewrites the table under an exclusive lock, and the old code');
  });

  test('change-column-type: a MySQL enum as a CREATE TABLE spells it is compared value by value (pixelfed visibility)', async () => {
    const { widens } = await import('../../../src/core/sql/checks/change-column-type');
    const { typeLabel } = await import('../../../src/core/sql/ast');
    const { loadPgParser } = await import('../../../src/core/sql/pg');
    const pg = await loadPgParser();
    // As Postgres's grammar reads MySQL's CREATE TABLE: a type named enum with string modifiers.
    const typeOf = (t: string) =>
      (pg.parse(`CREATE TABLE x (c ${t});`) as { stmts: { stmt: { CreateStmt: { tableElts: { ColumnDef: { typeName: TypeName } }[] } } }[] }).stmts[0]!.stmt
        .CreateStmt.tableElts[0]!.ColumnDef.typeName;
    const four = typeOf("enum('public','unlisted','private','direct')");
    expect(typeLabel(four)).toBe("enum('public','unlisted','private','direct')");
    // As the MODIFY reader spells it: the whole enum is the type's name.
    const spelled = (t: string) => ({ names: [{ String: { sval: t } }] });
    expect(widens(four, spelled("enum('public','unlisted','private','direct','draft')") as never, 'mysql')).toBe(true);
    expect(widens(four, spelled("enum('public','private')") as never, 'mysql')).toBe(false);
    expect(widens(four, typeOf("enum('public','unlisted','private','direct')"), 'mysql')).toBe(true);
  });

  test("rename-table: a serial column's sequence renamed through ALTER TABLE is no table rename (netbox users 0005)", async () => {
    const base = "SET lock_timeout='1s';\n";
    expect(await rules(base + 'ALTER TABLE auth_user_id_seq RENAME TO users_user_id_seq;')).toEqual([]);
    expect(await rules(base + 'ALTER TABLE auth_user RENAME TO users_user;')).toEqual(['rename-table 2']);
    expect(await rules(base + 'ALTER TABLE event_seq RENAME TO events;')).toEqual(['rename-table 2']);
  });

  test('change-column-type: a type the same file set is the old type; restating it is no change', async () => {
    const base = "SET lock_timeout='1s';\n";
    expect(await rules(base + 'ALTER TABLE u ADD COLUMN ref uuid;\nALTER TABLE u ALTER COLUMN ref TYPE uuid;')).toEqual([]);
    expect(await rules(base + 'ALTER TABLE u ADD COLUMN n varchar(20);\nALTER TABLE u ALTER COLUMN n TYPE text;')).toEqual([]);
    // A serial column is an integer column with a sequence default: bigserial → bigint changes nothing (pixelfed's bigIncrements).
    expect(await rules(base + 'ALTER TABLE u ADD COLUMN s bigserial;\nALTER TABLE u ALTER COLUMN s TYPE bigint;')).toEqual(['volatile-default 2']);
    expect(await rules(base + 'ALTER TABLE u ADD COLUMN s serial;\nALTER TABLE u ALTER COLUMN s TYPE integer;')).toEqual(['volatile-default 2']);
    expect(await rules(base + 'ALTER TABLE u ADD COLUMN s serial;\nALTER TABLE u ALTER COLUMN s TYPE bigint;')).toEqual([
      'volatile-default 2',
      'change-column-type 3',
    ]);
    expect(await rules(base + 'ALTER TABLE u ADD COLUMN n varchar(20);\nALTER TABLE u ALTER COLUMN n TYPE integer USING n::integer;')).toEqual([
      'change-column-type 3',
    ]);
    const [h] = (await lint(base + 'ALTER TABLE u ADD COLUMN n text;\nALTER TABLE u ALTER COLUMN n TYPE varchar(10);')).hits;
    expect(h?.message).toContain('from text to varchar(10)');
    expect(h?.severity).toBeUndefined();
  });

  test('volatile-default: serial and identity columns rewrite too; now() does not', async () => {
    const base = "SET lock_timeout='1s';\n";
    expect(await rules(base + 'ALTER TABLE u ADD COLUMN n bigserial;')).toEqual(['volatile-default 2']);
    expect(await rules(base + 'ALTER TABLE u ADD COLUMN n int GENERATED ALWAYS AS IDENTITY;')).toEqual(['volatile-default 2']);
    expect(await rules(base + 'ALTER TABLE u ADD COLUMN t timestamptz NOT NULL DEFAULT now();')).toEqual([]);
  });

  test('volatile-default on a stored generated column gives its own advice, not a default to leave out', async () => {
    const [h] = (await lint("SET lock_timeout='1s';\nALTER TABLE d ADD COLUMN t tsvector GENERATED ALWAYS AS (to_tsvector('simple', title)) STORED;")).hits;
    expect(h?.rule).toBe('volatile-default');
    expect(h?.message).toContain('Adding stored generated column "t" to "d"');
    expect(h?.message).toContain('ACCESS EXCLUSIVE');
    expect(h?.message).toContain('BEFORE INSERT OR UPDATE trigger');
    expect(h?.message).toContain('CREATE INDEX CONCURRENTLY on the expression');
    expect(h?.message).not.toContain('without a default');
    expect(await rules("SET lock_timeout='1s';\nALTER TABLE d ADD COLUMN t text GENERATED ALWAYS AS (lower(title)) VIRTUAL;")).toEqual([]);
  });

  test('messages name the table and column', async () => {
    const [h] = (await lint("SET lock_timeout='1s'; ALTER TABLE users DROP COLUMN email;")).hits;
    expect(h?.message).toBe(
      'Dropping column "email" from "users" deletes its data; a rollback cannot restore it. Stop reading the column first, deploy, then drop it in a later release.',
    );
  });

  test('a dropped table or index in a schema is named schema.name, as every other rule names a relation, not "schema.name"', async () => {
    const hits = (await lint('DROP TABLE public.users, sessions;\nDROP INDEX billing.users_email_idx;\nDROP SCHEMA legacy;')).hits;
    const named = hits.filter((h) => h.rule !== 'missing-lock-timeout').map((h) => `${h.rule}: ${/^Dropping \w+ (\S+)/.exec(h.message)?.[1]}`);
    expect(named).toEqual([
      'drop-table: public.users',
      'drop-table: "sessions"',
      'non-concurrent-index-drop: billing.users_email_idx',
      'drop-schema: "legacy"',
    ]);
  });
});

describe('DELETE without WHERE in a WITH clause', () => {
  // Postgres runs every data-modifying CTE whatever the main statement reads of it: the same wipe.
  test('is delete-without-where, as a DELETE statement is; with WHERE it stays data-backfill', async () => {
    expect((await rules('WITH gone AS (DELETE FROM t RETURNING *) INSERT INTO archive SELECT * FROM gone;')).sort()).toEqual([
      'data-backfill 1',
      'delete-without-where 1',
    ]);
    expect(await rules('WITH gone AS (DELETE FROM t WHERE id < 10 RETURNING *) INSERT INTO archive SELECT * FROM gone;')).toEqual([
      'data-backfill 1',
      'data-backfill 1',
    ]);
    expect(await rules('WITH a AS (WITH b AS (DELETE FROM t RETURNING id) SELECT id FROM b) SELECT count(*) FROM a;')).toEqual(['delete-without-where 1']);
    expect(await rules('CREATE TABLE t (id int);\nWITH gone AS (DELETE FROM t RETURNING id) SELECT count(*) FROM gone;')).toEqual([]);
  });

  test('the message says where the rows went', async () => {
    const h = (await lint('WITH gone AS (DELETE FROM t RETURNING *) INSERT INTO archive SELECT * FROM gone;')).hits.find(
      (x) => x.rule === 'delete-without-where',
    );
    expect(h?.message).toContain('DELETE FROM "t" in a WITH clause, without WHERE, deletes every row');
    expect(h?.message).toContain('writes what it deletes into "archive"');
  });
});

describe('a column swap: ADD COLUMN x_new, UPDATE … SET x_new = x, DROP COLUMN x, RENAME x_new TO x', () => {
  // DeutscheModelUnitedNations/munify-delegator prisma/migrations/20250115152503_ (TEXT → enum "Gender")
  // and quay/quay's a32e17bfad20 (varchar(4096) → varchar(9000), in Alembic) change a column's type this way.
  const swap = (type: string, copy = 'UPDATE t SET x_new = x;') =>
    `SET lock_timeout = '1s';\nALTER TABLE t ADD COLUMN x_new ${type};\n${copy}\nALTER TABLE t DROP COLUMN x;\nALTER TABLE t RENAME COLUMN x_new TO x;`;
  const known = (type: string) => ({ columnTypes: [{ table: 't', column: 'x', type }] });

  test('is a type change of x at the rename, not a drop of a column whose values survive', async () => {
    const res = await lint(swap('bigint'));
    expect(res.hits.map((h) => `${h.rule} ${h.line}`)).toEqual(['change-column-type 5']);
    expect(res.hits[0]!.message).toContain(
      'Changing column "x" of "t" to bigint by a swap ("x_new" added, filled from "x" at line 3, "x" dropped, "x_new" renamed to "x")',
    );
    expect(res.hits[0]!.message).toContain('only a down that swaps it back');
    // The old type is looked up in the earlier migrations as for ALTER COLUMN … TYPE, and whether it
    // allowed NULL (x_new does), quietly: said only if they show it did not.
    expect(res.columnChanges).toMatchObject([
      { kind: 'type', table: 't', column: 'x', line: 5 },
      { kind: 'nullability', table: 't', column: 'x', nullable: true, quiet: true },
    ]);
  });

  test('judged against the old type when known: a widening is nothing, a type that holds every value a warning, else an error', async () => {
    expect(await rules(swap('text'), known('varchar(10)'))).toEqual([]);
    const [wider] = (await lint(swap('bigint'), 1, known('integer'))).hits;
    expect(wider).toMatchObject({ rule: 'change-column-type', line: 5, severity: 'warning' });
    expect(wider!.message).toContain('from integer to bigint by a swap');
    const [other] = (await lint(swap('integer', 'UPDATE t SET x_new = x::integer;'), 1, known('text'))).hits;
    expect(other).toMatchObject({ rule: 'change-column-type', line: 5 });
    expect(other!.severity).toBeUndefined();
    expect(other!.message).toContain('from text to integer by a swap');
    // The same type, its values converted by the copy: the old values are gone (a data change).
    expect(await rules(swap('text', 'UPDATE t SET x_new = lower(x);'), known('text'))).toEqual(['data-backfill 5']);
  });

  test('on SQLite, between types of one affinity, stores every value as it was (ory/kratos @ b86338da, 20250505150900000000_code_address_type.sqlite.up.sql)', async () => {
    const sqlite = { dialect: { dialect: 'sqlite' as const, from: 'its file name (.sqlite.)' } };
    expect(await rules(swap('VARCHAR(36)'), { ...known('CHAR(36)'), ...sqlite })).toEqual([]);
    expect(await rules(swap('bigint'), { ...known('integer'), ...sqlite })).toEqual([]);
    expect(await rules(swap('varchar(10)'), { ...known('text'), ...sqlite })).toEqual([]);
    // TEXT ↔ INTEGER affinity: SQLite converts what it can, so the values change.
    expect(await rules(swap('integer'), { ...known('text'), ...sqlite })).toEqual(['change-column-type 5']);
    expect(await rules(swap('text'), { ...known('datetime'), ...sqlite })).toEqual(['change-column-type 5']);
    // On Postgres char(36) pads and varchar(36) does not: a change.
    expect(await rules(swap('VARCHAR(36)'), known('CHAR(36)'))).toEqual(['change-column-type 5']);
    // ALTER COLUMN … TYPE as a DSL reader writes it for a SQLite app: the same.
    const alter = 'ALTER TABLE t ADD COLUMN y integer;\nALTER TABLE t ALTER COLUMN y TYPE bigint;\nALTER TABLE t ALTER COLUMN y TYPE text;';
    expect(await rules(`CREATE TABLE u (id int);\n${alter}`, sqlite)).toEqual(['change-column-type 4']);
  });

  test('ADD COLUMN IF NOT EXISTS is a swap too: the copy fills every row of the column either way', async () => {
    const sql = swap('bigint').replace('ADD COLUMN x_new', 'ADD COLUMN IF NOT EXISTS x_new');
    // The UPDATE stays a data change (x_new may be an old column, its values overwritten); x is not dropped.
    expect(await rules(sql)).toEqual(['data-backfill 3', 'change-column-type 5']);
    expect(await rules(sql, known('bigint'))).toEqual(['data-backfill 3']);
  });

  test('a swap that changes whether the column allows NULL is set-not-null or drop-not-null (ory/kratos @ b86338da, 20250505150900000000_code_address_type)', async () => {
    const nullable = (value: boolean) => ({ ...known('varchar(36)'), columnNullable: [{ table: 't', column: 'x', nullable: value }] });
    // NOT NULL before, the copy allows NULL.
    const dropped = (await lint(swap('varchar(36)'), 1, nullable(false))).hits;
    expect(dropped.map((h) => `${h.rule} ${h.line}`)).toEqual(['drop-not-null 5']);
    expect(dropped[0]!.message).toContain('Changing column "x" of "t" by a swap ("x_new" added, filled from "x" at line 3');
    expect(dropped[0]!.message).toContain('makes it nullable');
    // Nullable before, the copy NOT NULL.
    const set = (await lint(swap("varchar(36) NOT NULL DEFAULT ''"), 1, nullable(true))).hits;
    expect(set.map((h) => `${h.rule} ${h.line}`)).toEqual(['set-not-null 5']);
    expect(set[0]!.message).toContain('makes it NOT NULL');
    // With a default the copy does not fail: the rows that held NULL keep it (navidrome @ 295886cb,
    // 20240122223340_add_default_values_to_null_columns.go: filled `where x is not null`).
    expect(set[0]!.message).toContain('is NOT NULL with a default, which the rows that held NULL keep): old code that writes NULL there fails');
    expect(set[0]!.message).not.toContain('the copy fails');
    // The same nullability, or made NOT NULL before the rename: nothing.
    expect(await rules(swap('varchar(36)'), nullable(true))).toEqual([]);
    expect(await rules(swap("varchar(36) NOT NULL DEFAULT ''"), nullable(false))).toEqual([]);
    // (the SET NOT NULL of the copy is judged where it stands, as any on a column the file added)
    expect(
      await rules(swap('varchar(36)').replace('ALTER TABLE t DROP', 'ALTER TABLE t ALTER COLUMN x_new SET NOT NULL;\nALTER TABLE t DROP'), nullable(false)),
    ).toEqual(['set-not-null 4']);
    // What the old column allowed not known here: looked up quietly in the earlier migrations.
    const res = await lint(swap('varchar(36)'), 1, known('varchar(36)'));
    expect(res.hits).toEqual([]);
    expect(res.columnChanges).toMatchObject([{ kind: 'nullability', table: 't', column: 'x', nullable: true, quiet: true }]);
  });

  test('a copy that converts by an expression of x alone (CASE, a WHERE on x) is a copy', async () => {
    const copy = "UPDATE t SET x_new = CASE WHEN x = 'm' THEN 'MALE' ELSE 'OTHER' END WHERE x IS NOT NULL;";
    expect(await rules(swap('text', copy))).toEqual(['change-column-type 5']);
    expect((await lint(swap('text', copy))).hits[0]!.message).toContain('by an expression that converts the values');
  });

  test('drop-column stays when the UPDATE does not copy x into x_new', async () => {
    for (const copy of [
      "UPDATE t SET x_new = nextval('t_seq');", // numbered afresh (a dbmate id swap)
      'UPDATE t SET x_new = y;', // another column
      'UPDATE t SET x_new = x || y;', // more than x
      'UPDATE t SET x_new = x WHERE id < 1000;', // only some rows
      'UPDATE t SET x_new = o.x FROM other o WHERE o.id = t.id;', // another table
      'SELECT 1;', // no copy at all
    ])
      expect(await rules(swap('bigint', copy))).toEqual(['drop-column 4']);
  });

  test('after the swap the column holds old values: a later UPDATE of it is a data change, a later DROP a drop', async () => {
    expect(await rules(`${swap('bigint')}\nUPDATE t SET x = 0;\nALTER TABLE t DROP COLUMN x;`)).toEqual([
      'change-column-type 5',
      'data-backfill 6',
      'drop-column 7',
    ]);
  });

  test('a swap of a column this file added, or of a table it created, changes nothing anyone had', async () => {
    expect(await rules(`SET lock_timeout = '1s';\nALTER TABLE t ADD COLUMN x integer;\n${swap('bigint')}`)).toEqual([]);
    expect(await rules(`CREATE TABLE t (id int, x integer);\n${swap('bigint')}`)).toEqual([]);
  });
});

describe('SET NOT NULL on a column the migration added (documenso @ Prisma migrations)', () => {
  const head = "SET lock_timeout = '5s';\nALTER TABLE doc ADD COLUMN created timestamp;\n";
  test('filled and given a default first, it is ADD COLUMN … NOT NULL DEFAULT in steps: no finding; dropping the default later is add-required-column', async () => {
    const steps = `${head}UPDATE doc SET created = now();\nALTER TABLE doc ALTER COLUMN created SET DEFAULT now();\nALTER TABLE doc ALTER COLUMN created SET NOT NULL;\n`;
    expect(await rules(steps)).toEqual([]);
    expect(await rules(`${steps}ALTER TABLE doc ALTER COLUMN created DROP DEFAULT;\n`)).toEqual(['add-required-column 6']);
    // Added with the default in the first place: the rows are filled by it.
    expect(
      await rules(
        "SET lock_timeout = '5s';\nALTER TABLE doc ADD COLUMN created timestamp DEFAULT now();\nALTER TABLE doc ALTER COLUMN created SET NOT NULL;\n",
      ),
    ).toEqual([]);
  });

  test('without a default, old code leaves it out of its inserts; without a fill of every row, the old rows hold NULL', async () => {
    const noDefault = (await lint(`${head}UPDATE doc SET created = now();\nALTER TABLE doc ALTER COLUMN created SET NOT NULL;\n`)).hits;
    expect(noDefault.map((h) => `${h.rule} ${h.line}`)).toEqual(['set-not-null 4']);
    expect(noDefault[0]!.message).toContain('added to "doc" by this migration without a default');
    const unfilled = (await lint(`${head}ALTER TABLE doc ALTER COLUMN created SET DEFAULT now();\nALTER TABLE doc ALTER COLUMN created SET NOT NULL;\n`)).hits;
    expect(unfilled.map((h) => `${h.rule} ${h.line}`)).toEqual(['set-not-null 4']);
    expect(unfilled[0]!.message).toContain('the rows already there hold NULL');
    expect(unfilled[0]!.message).toContain('SET DEFAULT fills only new rows');
    // An UPDATE with a WHERE may leave NULLs: not a fill.
    const partial = await rules(
      `${head}UPDATE doc SET created = now() WHERE id > 0;\nALTER TABLE doc ALTER COLUMN created SET DEFAULT now();\nALTER TABLE doc ALTER COLUMN created SET NOT NULL;\n`,
    );
    expect(partial).toEqual(['set-not-null 5']);
    const [partly] = (await lint(`${head}UPDATE doc SET created = now() WHERE id > 0;\nALTER TABLE doc ALTER COLUMN created SET NOT NULL;\n`)).hits;
    expect(partly!.message).toContain('only an UPDATE with a WHERE fills it: rows it does not reach hold NULL');
  });

  test('a column that was there before keeps the old message', async () => {
    const [found] = (await lint("SET lock_timeout = '5s';\nALTER TABLE doc ALTER COLUMN created SET NOT NULL;\n")).hits;
    expect(found!.message).toContain('old code that writes NULL there fails after a rollback');
  });
});

test('a column moved to an enum the migration creates says so, with its values (linkwarden @ 7550ebb8, Prisma 20240628013747_rename_fields)', async () => {
  const sql = [
    "SET lock_timeout = '5s';",
    'BEGIN;',
    `CREATE TYPE "LinksRouteTo_new" AS ENUM ('ORIGINAL', 'PDF');`,
    'ALTER TABLE "User" ALTER COLUMN "linksRouteTo" TYPE "LinksRouteTo_new" USING ("linksRouteTo"::text::"LinksRouteTo_new");',
    'ALTER TYPE "LinksRouteTo" RENAME TO "LinksRouteTo_old";',
    'ALTER TYPE "LinksRouteTo_new" RENAME TO "LinksRouteTo";',
    'DROP TYPE "LinksRouteTo_old";',
    'COMMIT;',
  ].join('\n');
  const hits = (await lint(sql)).hits.filter((h) => h.rule === 'change-column-type');
  expect(hits.map((h) => h.line)).toEqual([4]);
  expect(hits[0]!.message).toContain("an enum this migration creates ('ORIGINAL', 'PDF'; re-creating an enum is how values are removed or renamed)");
  expect(hits[0]!.message).toContain('move the rows off them first');
});

describe('SET NOT NULL on an added column: defaults that are none', () => {
  test('a DEFAULT NULL, or a default dropped in the same statement, is no default (fineract 0061, republik 20181204214945, hexpm 20211102164710)', async () => {
    const nullDefault =
      "SET lock_timeout = '5s';\nALTER TABLE t ADD COLUMN k varchar(50) DEFAULT NULL;\nUPDATE t SET k = gen_random_uuid() WHERE k IS NULL;\nALTER TABLE t ALTER COLUMN k SET NOT NULL;\n";
    const [a] = (await lint(nullDefault)).hits.filter((h) => h.rule === 'set-not-null');
    expect(a?.message).toContain('without a default');
    const dropped =
      "SET lock_timeout = '5s';\nALTER TABLE m ADD COLUMN p int DEFAULT 1;\nALTER TABLE m ALTER COLUMN p DROP DEFAULT, ALTER COLUMN p SET NOT NULL;\n";
    expect((await lint(dropped)).hits.map((h) => `${h.rule} ${h.line}`)).toEqual(['set-not-null 3']);
    const setNull =
      "SET lock_timeout = '5s';\nALTER TABLE m ADD COLUMN p int DEFAULT 1;\nALTER TABLE m ALTER COLUMN p SET DEFAULT NULL, ALTER COLUMN p SET NOT NULL;\n";
    expect((await lint(setNull)).hits.map((h) => `${h.rule} ${h.line}`)).toEqual(['set-not-null 3']);
    // Set in the same statement, the default counts (and the ADD's default filled the rows).
    const kept =
      "SET lock_timeout = '5s';\nALTER TABLE m ADD COLUMN p int DEFAULT 1;\nALTER TABLE m ALTER COLUMN p SET DEFAULT 2, ALTER COLUMN p SET NOT NULL;\n";
    expect(await rules(kept)).toEqual([]);
  });
});
