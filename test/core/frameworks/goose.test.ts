import { describe, expect, test } from 'vitest';
import goose, { GOOSE_FORMAT } from '../../../src/core/frameworks/goose';
import { sections } from '../../../src/core/frameworks/shared-sql';
import { detectSqlFramework } from '../../../src/core/frameworks/sql-detect';
import { goModDialect, goModRequires } from '../../../src/core/frameworks/go-mod-dialect';
import { expandLine } from '../../../src/core/frameworks/goose-envsub';

const path = 'db/migrations/20240101120000_users.sql';
const analyse = (content: string) => goose.analyse({ path, content, siblings: {} });

describe('goose', () => {
  test('detected by its annotation lines, not by text inside statements', () => {
    expect(detectSqlFramework(path, '-- +goose Up\nCREATE TABLE t (id int);')).toBe('goose');
    expect(detectSqlFramework(path, "SELECT '-- +goose Up';")).toBe('sql');
  });

  test('Up lines keep their file line numbers; Down drops are not findings', async () => {
    const a = await analyse(
      ['-- +goose Up', "SET lock_timeout = '1s';", '', 'ALTER TABLE users DROP COLUMN email;', '', '-- +goose Down', 'DROP TABLE users;'].join('\n'),
    );
    expect(a).toMatchObject({ framework: 'goose', role: 'up', down: 'present' });
    expect(a.hits.map((h) => `${h.rule} ${h.line}`)).toEqual(['drop-column 4']);
  });

  test('no Down section: missing-down-migration', async () => {
    const a = await analyse('-- +goose Up\nCREATE TABLE t (id int);\n');
    expect(a.down).toBe('missing');
    expect(a.hits.map((h) => h.rule)).toEqual(['missing-down-migration']);
  });

  test('an empty Down section: empty-down-migration on the Down line', async () => {
    const a = await analyse('-- +goose Up\nCREATE TABLE t (id int);\n\n-- +goose Down\n-- nothing\n');
    expect(a.down).toBe('empty');
    expect(a.hits.map((h) => `${h.rule} ${h.line}`)).toEqual(['empty-down-migration 4']);
  });

  test('StatementBegin/End blocks whose last statement has no semicolon still parse', async () => {
    const content = [
      '-- +goose Up',
      '-- +goose StatementBegin',
      'CREATE FUNCTION touch() RETURNS trigger AS $$',
      'BEGIN NEW.updated_at = now(); RETURN NEW; END',
      '$$ LANGUAGE plpgsql',
      '-- +goose StatementEnd',
      'DROP TABLE legacy;',
      '-- +goose Down',
      'DROP FUNCTION touch();',
    ].join('\n');
    const a = await analyse(content);
    expect(a.hits.map((h) => `${h.rule} ${h.line}`)).toEqual(['drop-table 7', 'missing-lock-timeout 7']);
  });

  test('goose runs each file in a transaction unless NO TRANSACTION', async () => {
    const cic = 'CREATE INDEX CONCURRENTLY users_email ON users (email);';
    const inTx = await analyse(`-- +goose Up\n${cic}\n-- +goose Down\nDROP INDEX users_email;`);
    expect(inTx.hits.map((h) => h.rule)).toEqual(['concurrent-index-in-transaction']);
    const noTx = await analyse(`-- +goose NO TRANSACTION\n-- +goose Up\n${cic}\n-- +goose Down\nDROP INDEX users_email;`);
    expect(noTx.hits).toEqual([]);
  });

  test('--+goose Down without a blank is an annotation too, as goose reads it', async () => {
    // Public goose files write `--+goose Down`; goose strips every `--`, then `+goose` (internal/sqlparser).
    const a = await analyse('--+goose Up\nCREATE TABLE sessions (id text);\n\n--+goose down\nDROP TABLE sessions;\n');
    expect(a.down).toBe('present');
    expect(a.hits).toEqual([]);
  });

  test('ENVSUB ON lines are read as goose expands them: each variable a name set at run time', async () => {
    // Public goose files: `ALTER TABLE cuisine OWNER TO $DATABASE_USER;` between ENVSUB ON and OFF.
    const content = [
      '-- +goose Up',
      '-- +goose ENVSUB ON',
      'CREATE TABLE cuisine (id uuid NOT NULL);',
      'ALTER TABLE cuisine OWNER TO $DATABASE_USER;',
      'ALTER TABLE ${SCHEMA:-public}.accounts DROP COLUMN email;',
      '-- +goose ENVSUB OFF',
      '-- +goose Down',
      'DROP TABLE cuisine;',
    ].join('\n');
    const a = await analyse(content);
    expect(a.hits.map((h) => `${h.rule} ${h.line}`)).toEqual(['drop-column 5', 'missing-lock-timeout 5']);
    expect(a.hits[0]!.message).toContain('(named at run time)');
    // Outside ENVSUB ON, `$name` is Postgres' own (a dollar-quoted body's tag): left as written.
    const off = await analyse('-- +goose Up\nDO $body$ BEGIN PERFORM 1; END $body$;\n-- +goose Down\nSELECT 1;\n');
    expect(off.hits.map((h) => h.rule)).not.toContain('parse-error');
  });

  test("goose's interpolation: $$ and \\$ are a literal $, $( and $1 are left, braces may nest", () => {
    expect(expandLine("SELECT '$$', '\\$x', $(cmd), $1, ${A:-${B}}x, $Név")).toBe("SELECT '$', '$x', $(cmd), $1, __interp__x, __interp__");
  });

  test('an ENVSUB ON line goose cannot interpolate: one parse-error notice at that line, goose runs none of the file', async () => {
    // mfridman/interpolate v0.0.2 reads `${X:?msg}` as a substring whose offset `?msg` is no number,
    // and `$1` as a $ with no name after it: goose stops ("variable substitution failed").
    const file = (line: string) => `-- +goose Up\n-- +goose ENVSUB ON\n${line}\n-- +goose Down\nSELECT 1;\n`;
    for (const [line, reason] of [
      ['ALTER TABLE ${SCHEMA:?no schema}.t ADD COLUMN a int;', 'unable to parse offset "?no schema"'],
      ['SELECT $1;', 'expected a variable name after $, got "1"'],
      ['ALTER TABLE ${SCHEMA.t ADD COLUMN a int;', 'expected an operator in ${SCHEMA…}, got "."'],
    ]) {
      const a = await analyse(file(line!));
      expect(a.hits.filter((h) => h.rule === 'parse-error')).toEqual([
        {
          rule: 'parse-error',
          line: 3,
          message: expect.stringContaining(`goose stops at this line before running the migration (up or down): variable substitution failed: ${reason}.`),
        },
      ]);
    }
    // Still one parse-error per file: goose's, the first to fix (the unclosed `${B` later would stop goose too).
    const two = await analyse(file('CREATE TABLE t (\n  ${A:?x} text);\nSELECT ${B;'));
    expect(two.hits.filter((h) => h.rule === 'parse-error').map((h) => h.line)).toEqual([4]);
    // A comment before the statement is dropped by goose before it expands anything.
    const comment = await analyse(file('-- costs $1\nSELECT 1;'));
    expect(comment.hits.filter((h) => h.rule === 'parse-error')).toEqual([]);
  });

  test('an ENVSUB line inside a StatementBegin block does not end the statement (pressly/goose envsub/test02)', async () => {
    const content = [
      '-- +goose Up',
      '-- +goose StatementBegin',
      'CREATE OR REPLACE FUNCTION test_func()',
      'RETURNS void AS $$',
      '-- +goose ENVSUB ON',
      'BEGIN',
      "\tRAISE NOTICE '${GOOSE_ENV_NAME} \\$GOOSE_ENV_NAME';",
      'END;',
      '-- +goose ENVSUB OFF',
      '$$ LANGUAGE plpgsql;',
      '-- +goose StatementEnd',
      '-- +goose Down',
      'DROP FUNCTION test_func();',
      '',
    ].join('\n');
    // One statement, as goose reads it (the drill runs these pieces): the function whole.
    const { upPieces } = sections(content, GOOSE_FORMAT);
    expect(upPieces.map((p) => [p.line, p.sql.split('\n').length])).toEqual([[3, 8]]);
    expect((await analyse(content)).hits.filter((h) => h.rule === 'parse-error')).toEqual([]);
  });

  test('a dollar quote under ENVSUB ON: goose sends $ for $$, and the notice says the migration fails as written', async () => {
    const body = [
      '-- +goose StatementBegin',
      'DO $$',
      'BEGIN',
      "  EXECUTE 'CREATE SCHEMA IF NOT EXISTS ${SCHEMA_NAME}';",
      'END',
      '$$;',
      '-- +goose StatementEnd',
    ];
    const file = (...lines: string[]) => ['-- +goose Up', ...lines, '-- +goose Down', 'SELECT 1;', ''].join('\n');
    const broken = await analyse(file('-- +goose ENVSUB ON', ...body, '-- +goose ENVSUB OFF'));
    expect(broken.hits.filter((h) => h.rule === 'parse-error')).toEqual([
      { rule: 'parse-error', line: 4, message: expect.stringContaining('goose turns each $$ into $ before it sends the statement') },
    ]);
    // Written as goose needs it ($$$$ sends $$), or outside ENVSUB: it parses, no notice.
    const escaped = body.map((l) => l.replaceAll('$$', '$$$$$$$$'));
    expect((await analyse(file('-- +goose ENVSUB ON', ...escaped, '-- +goose ENVSUB OFF'))).hits.filter((h) => h.rule === 'parse-error')).toEqual([]);
    expect((await analyse(file(...body))).hits.filter((h) => h.rule === 'parse-error')).toEqual([]);
    // A statement the parser rejects for another reason keeps the parser's own notice.
    const other = await analyse(file('-- +goose ENVSUB ON', 'SELECT $$x$$ FROM;', '-- +goose ENVSUB OFF'));
    expect(other.hits.filter((h) => h.rule === 'parse-error').map((h) => h.message)).toEqual([expect.stringContaining('The Postgres parser rejected')]);
  });

  // navidrome (navidrome/navidrome @ 295886cb): db/migrations/*.sql run on SQLite, which only its
  // go.mod's driver (github.com/mattn/go-sqlite3) says; every index was given CONCURRENTLY advice.
  describe("the Go module's database driver", () => {
    const index = '-- +goose Up\nCREATE INDEX album_sort_name ON album (sort_album_name);\n-- +goose Down\nDROP INDEX album_sort_name;\n';
    const read = (files: Record<string, string>) => async (p: string) => files[p];
    const goMod = (requires: string) => `module github.com/x/app\n\ngo 1.24\n\nrequire (\n${requires}\n)\n`;

    test('a SQLite-only module: no Postgres locking advice', async () => {
      const files = { 'go.mod': goMod('\tgithub.com/mattn/go-sqlite3 v1.14.50\n\tgithub.com/pressly/goose/v3 v3.27.3') };
      const a = await goose.analyse({ path, content: index, siblings: {}, readFile: read(files) });
      expect(a.hits).toEqual([]);
    });

    test('a Postgres module, two databases, or no go.mod: read as Postgres', async () => {
      for (const files of <Record<string, string>[]>[
        { 'go.mod': goMod('\tgithub.com/jackc/pgx/v5 v5.7.1') },
        { 'go.mod': goMod('\tgithub.com/jackc/pgx/v5 v5.7.1\n\tmodernc.org/sqlite v1.34.1 // indirect') },
        {},
      ]) {
        const a = await goose.analyse({ path, content: index, siblings: {}, readFile: read(files) });
        expect(a.hits.map((h) => h.rule)).toEqual(['non-concurrent-index', 'missing-lock-timeout']);
      }
    });

    test('the nearest go.mod above the folder answers; a path that names a database comes first', async () => {
      const files = { 'db/go.mod': goMod('\tgithub.com/go-sql-driver/mysql v1.8.1'), 'go.mod': goMod('\tgithub.com/lib/pq v1.10.9') };
      const a = await goose.analyse({ path, content: index, siblings: {}, readFile: read(files) });
      expect(a.hits).toEqual([]);
      const pg = await goose.analyse({ path: 'db/postgres/1_x.sql', content: index, siblings: {}, readFile: read(files) });
      expect(pg.hits.map((h) => h.rule)).toEqual(['non-concurrent-index', 'missing-lock-timeout']);
    });

    test('require lines and blocks, comments and major versions', () => {
      const text =
        'module m\nrequire github.com/lib/pq v1.10.9 // db\nrequire (\n\t"gorm.io/driver/sqlite" v1.5.0\n\t// github.com/go-sql-driver/mysql v1\n)\n';
      expect(goModRequires(text)).toEqual(['github.com/lib/pq', 'gorm.io/driver/sqlite']);
      expect(goModDialect('require github.com/jackc/pgx/v5 v5.0.0\n', 'go.mod')).toEqual({
        dialect: 'postgres',
        from: "the project's database driver (go.mod)",
      });
      expect(goModDialect('require github.com/pressly/goose/v3 v3.0.0\n', 'go.mod')).toBeUndefined();
    });
  });
});
