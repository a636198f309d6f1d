// goose's Go migrations (src/core/frameworks/goose-go.ts): the SQL the registered up and down
// functions run, read from the file's string literals; shapes from navidrome/navidrome's
// db/migrations, pressly/goose's examples/go-migrations and hatchet-dev/hatchet's migrations.
import { afterEach, describe, expect, test } from 'vitest';
import { FRAMEWORKS } from '../../../src/core/frameworks/index';
import { isGooseGo } from '../../../src/core/frameworks/meta/goose';
import { setWasmLoader } from '../../../src/core/parsers/wasm';
import { nodeWasmLoader } from '../../../src/node/wasm';
import type { MigrationInput } from '../../../src/core/frameworks/framework';
import { isSqlLayout, migrationsOf } from '../../../src/drill/scripts';

const goose = FRAMEWORKS.find((f) => f.id === 'goose')!;
const path = 'db/migrations/20240101120000_users.go';
const analyse = (content: string, extra: Partial<MigrationInput> = {}) => goose.analyse({ path, content, siblings: {}, ...extra });
/** The hits, bar `missing-lock-timeout` (a Postgres statement's own advice, as in any .sql file; off by default in the CLI). */
const listed = (a: { hits: { rule: string; line: number }[] }) => a.hits.filter((h) => h.rule !== 'missing-lock-timeout').map((h) => `${h.rule} ${h.line}`);

/** A goose Go migration: `register` in init(), then `functions`. */
const file = (register: string, functions: string) =>
  [
    'package migrations',
    '',
    'import (',
    '\t"context"',
    '\t"database/sql"',
    '',
    '\t"github.com/pressly/goose/v3"',
    ')',
    '',
    'func init() {',
    `\t${register}`,
    '}',
    '',
    functions,
  ].join('\n');

afterEach(() => {
  setWasmLoader(nodeWasmLoader);
});

describe('goose Go migrations', () => {
  // First in the file: the Go grammar has not been loaded yet.
  test('a Go grammar that does not load leaves a notice and an unknown down, never "no findings"', async () => {
    setWasmLoader({ load: (spec) => (spec.includes('tree-sitter-go') ? Promise.reject(new Error(`cannot read ${spec}`)) : nodeWasmLoader.load(spec)) });
    const a = await analyse(file('goose.AddMigrationContext(up, down)', 'func up(ctx context.Context, tx *sql.Tx) error { return nil }\n'));
    expect(a.down).toBe('not-analysed');
    expect(listed(a)).toEqual(['parse-error 1']);
    expect(a.hits[0]!.message).toContain('tree-sitter-go');
  });

  test('detected by its registration with goose, not by its folder alone', () => {
    expect(isGooseGo(file('goose.AddMigrationContext(up, down)', ''))).toBe(true);
    expect(isGooseGo(file('goose.AddNamedMigrationNoTxContext("x.go", up, down)', ''))).toBe(true);
    expect(isGooseGo('package migrations\n\nfunc helper() {}\n')).toBe(false);
  });

  test('the SQL literals an up runs are linted on their own lines; a down that runs SQL is present', async () => {
    const a = await analyse(
      file(
        'goose.AddMigrationContext(upDrop, downDrop)',
        [
          'func upDrop(ctx context.Context, tx *sql.Tx) error {', // 14
          '\t_, err := tx.ExecContext(ctx, `', // 15
          '\t\tALTER TABLE users DROP COLUMN email;', // 16
          '\t`)',
          '\treturn err',
          '}',
          '',
          'func downDrop(ctx context.Context, tx *sql.Tx) error {',
          '\t_, err := tx.ExecContext(ctx, "ALTER TABLE users ADD COLUMN email text;")',
          '\treturn err',
          '}',
        ].join('\n'),
      ),
    );
    expect(a).toMatchObject({ framework: 'goose', down: 'present' });
    expect(listed(a)).toEqual(['drop-column 16']);
  });

  test('a nil down is missing, on the registration', async () => {
    const a = await analyse(
      file(
        'goose.AddMigrationContext(up, nil)',
        'func up(ctx context.Context, tx *sql.Tx) error {\n\t_, err := tx.Exec("CREATE TABLE t (id int);")\n\treturn err\n}\n',
      ),
    );
    expect(a.down).toBe('missing');
    expect(listed(a)).toEqual(['missing-down-migration 11']);
  });

  test('a nil up runs nothing (goose records the version): no notice, as an empty -- +goose Up section', async () => {
    const a = await analyse(
      file('goose.AddMigration(nil, down003)', 'func down003(tx *sql.Tx) error {\n\t_, err := tx.Exec("DROP TABLE bravo")\n\treturn err\n}\n'),
    );
    expect(a.down).toBe('present');
    expect(listed(a)).toEqual([]);
    expect(listed(await analyse(file('goose.AddMigration(nil, nil)', '')))).toEqual(['missing-down-migration 11']);
  });

  test('a down that returns nil is empty, on its func line, as an empty -- +goose Down section', async () => {
    const a = await analyse(
      file(
        'goose.AddMigrationContext(Up20201021135455, Down20201021135455)',
        [
          'func Up20201021135455(_ context.Context, tx *sql.Tx) error {',
          '\t_, err := tx.Exec(`create table media_file_artist (id int);`)',
          '\treturn err',
          '}',
          '',
          'func Down20201021135455(_ context.Context, _ *sql.Tx) error {', // 19
          '\treturn nil',
          '}',
        ].join('\n'),
      ),
    );
    expect(a.down).toBe('empty');
    expect(listed(a)).toEqual(['empty-down-migration 19']);
  });

  test('inline func literals, AddNamedMigration…, concatenation, a local and a const, Go escapes', async () => {
    const a = await analyse(
      [
        'package migrations',
        'import "github.com/pressly/goose/v3"',
        'const table = "users"',
        'func init() {',
        '\tgoose.AddNamedMigrationContext("00002_x.go", func(ctx context.Context, tx *sql.Tx) error {',
        '\t\tq := "ALTER TABLE " + table + " DROP COLUMN\\tname;"', // 6
        '\t\t_, err := tx.ExecContext(ctx, q)',
        '\t\treturn err',
        '\t}, func(ctx context.Context, tx *sql.Tx) error {',
        '\t\t_, err := tx.ExecContext(ctx, "ALTER TABLE users ADD COLUMN name text")',
        '\t\treturn err',
        '\t})',
        '}',
      ].join('\n'),
    );
    expect(a.down).toBe('present');
    expect(listed(a)).toEqual(['drop-column 6']);
    expect(a.hits[0]!.message).toContain('"name"');
  });

  test('NoTx variants run outside a transaction: CREATE INDEX CONCURRENTLY is allowed there only', async () => {
    const fns = (db: string) =>
      [
        `func up(ctx context.Context, db ${db}) error {`,
        '\t_, err := db.ExecContext(ctx, `CREATE INDEX CONCURRENTLY ix_users_email ON users (email)`)', // 15
        '\treturn err',
        '}',
        `func down(ctx context.Context, db ${db}) error {`,
        '\t_, err := db.ExecContext(ctx, `DROP INDEX CONCURRENTLY ix_users_email`)',
        '\treturn err',
        '}',
      ].join('\n');
    expect(listed(await analyse(file('goose.AddMigrationNoTxContext(up, down)', fns('*sql.DB'))))).toEqual([]);
    const inTx = await analyse(file('goose.AddMigrationContext(up, down)', fns('*sql.Tx')));
    expect(listed(inTx)).toEqual(['concurrent-index-in-transaction 15']);
  });

  test('SQL built at run time, a helper handed the tx, and an ORM call are notices on their lines, never silence', async () => {
    const a = await analyse(
      file(
        'goose.AddMigrationContext(up, down)',
        [
          'func up(ctx context.Context, tx *sql.Tx) error {', // 14
          '\tfor _, t := range tables {',
          '\t\tif _, err := tx.ExecContext(ctx, fmt.Sprintf("DROP TABLE %s", t)); err != nil {', // 16
          '\t\t\treturn err',
          '\t\t}',
          '\t}',
          '\tif err := forceFullRescan(ctx, tx); err != nil {', // 20
          '\t\treturn err',
          '\t}',
          '\tlog.Printf("done %s", strings.ToUpper("x"))', // pure: not a notice
          '\treturn m.AutoMigrate(&User{})', // 24
          '}',
          'func down(ctx context.Context, tx *sql.Tx) error {', // 26
          '\treturn nil',
          '}',
        ].join('\n'),
      ),
    );
    // The up's Go code is unread, so its empty down stays empty (as an up with SQL would).
    expect(a.down).toBe('empty');
    expect(listed(a)).toEqual(['not-analysed 16', 'not-analysed 20', 'not-analysed 24', 'empty-down-migration 26']);
    expect(a.hits[0]!.message).toContain('runs SQL built at run time');
    expect(a.hits[1]!.message).toContain('forceFullRescan');
    expect(a.hits[2]!.message).toContain('m.AutoMigrate');
  });

  test('a function of the file is read where it is called; a statement prepared from a literal is read at Prepare', async () => {
    const a = await analyse(
      file(
        'goose.AddMigrationContext(up, down)',
        [
          'func up(ctx context.Context, tx *sql.Tx) error {',
          '\treturn dropOld(ctx, tx)',
          '}',
          'func dropOld(ctx context.Context, tx *sql.Tx) error {',
          '\tstmt, err := tx.Prepare(`UPDATE users SET name = $1 WHERE id = $2`)', // 18
          '\tif err != nil {',
          '\t\treturn err',
          '\t}',
          '\t_, err = stmt.Exec("a", 1)',
          '\t_, err = tx.ExecContext(ctx, `DROP TABLE old_users`)', // 23
          '\treturn err',
          '}',
          'func down(ctx context.Context, tx *sql.Tx) error {',
          '\t_, err := tx.ExecContext(ctx, `CREATE TABLE old_users (id int)`)',
          '\treturn err',
          '}',
        ].join('\n'),
      ),
    );
    expect(listed(a)).toEqual(['data-backfill 18', 'drop-table 23']);
  });

  test('a Go file in the migrations folder that registers nothing is not read as goose', async () => {
    const a = await analyse('package migrations\n\nfunc init() {}\n');
    expect(a.down).toBe('not-analysed');
    expect(listed(a)).toEqual(['not-analysed 1']);
  });

  test("the folder's Go migrations give a later migration a column's earlier type", async () => {
    const create = file(
      'goose.AddMigrationContext(up, down)',
      'func up(ctx context.Context, tx *sql.Tx) error {\n\t_, err := tx.ExecContext(ctx, `CREATE TABLE users (id int, age integer)`)\n\treturn err\n}\nfunc down(ctx context.Context, tx *sql.Tx) error {\n\t_, err := tx.ExecContext(ctx, `DROP TABLE users`)\n\treturn err\n}\n',
    );
    const files: Record<string, string> = { 'db/migrations/20230101000000_create.go': create };
    const widen = '-- +goose Up\nALTER TABLE users ALTER COLUMN age TYPE bigint;\n-- +goose Down\nALTER TABLE users ALTER COLUMN age TYPE integer;\n';
    const a = await goose.analyse({
      path: 'db/migrations/20240101000000_widen.sql',
      content: widen,
      siblings: {},
      readFile: (p) => Promise.resolve(files[p]),
      listDir: () => Promise.resolve(['20230101000000_create.go', '20240101000000_widen.sql']),
    });
    const change = a.hits.find((h) => h.rule === 'change-column-type');
    expect(change?.message, JSON.stringify(a.hits)).toContain('integer');
  });
  test("a function of the file that returns SQL built from its parameters, and a const of the package's other file, are read (hatchet)", async () => {
    const other = 'package migrations\n\nconst (\n\tv1RunsOlapTable = "v1_runs_olap"\n)\n';
    const content = file(
      'goose.AddMigrationNoTxContext(up, down)',
      [
        'func buildCreateMirrorTableSQL(oldParent, newParent string) string {',
        '\treturn `CREATE TABLE IF NOT EXISTS ` + newParent + ` (LIKE ` + oldParent + `)`',
        '}',
        'func up(ctx context.Context, db *sql.DB) error {',
        '\tif _, err := db.ExecContext(ctx, buildCreateMirrorTableSQL(v1RunsOlapTable, v1RunsOlapTable+"_new")); err != nil {',
        '\t\treturn err',
        '\t}',
        '\t_, err := db.ExecContext(ctx, "CREATE INDEX ix_new ON v1_runs_olap_new (tenant_id)")',
        '\treturn err',
        '}',
        'func down(ctx context.Context, db *sql.DB) error {',
        '\t_, err := db.ExecContext(ctx, "DROP TABLE v1_runs_olap_new")',
        '\treturn err',
        '}',
      ].join('\n'),
    );
    const dir = 'cmd/migrate/migrations/';
    const files: Record<string, string> = { [`${dir}20251226153622_v1_0_66.go`]: other, [`${dir}20260424190713_v1_0_99.go`]: content };
    const a = await goose.analyse({
      path: `${dir}20260424190713_v1_0_99.go`,
      content,
      siblings: {},
      readFile: (p) => Promise.resolve(files[p]),
      listDir: () => Promise.resolve(Object.keys(files).map((p) => p.slice(dir.length))),
    });
    // The index is on the table the up creates: no non-concurrent-index, and nothing unread.
    expect(listed(a)).toEqual([]);
  });
  test("a helper of the package's other file is read at its call (navidrome's notice and forceFullRescan); placeholders are read as values", async () => {
    const helpers = [
      'package migrations',
      '',
      'func notice(ctx context.Context, tx *sql.Tx, msg string) {',
      '\tif isDBInitialized(ctx, tx) {',
      '\t\tfmt.Printf("NOTICE: %s\\n", msg)',
      '\t}',
      '}',
      '',
      'func isDBInitialized(ctx context.Context, tx *sql.Tx) bool {',
      '\tonce.Do(func() {',
      '\t\trows, err := tx.QueryContext(ctx, "select count(*) from property where id=?", consts.InitialSetupFlagKey)',
      '\t\tcheckErr(err)',
      '\t\tinitialized = rows != nil',
      '\t})',
      '\treturn initialized',
      '}',
      '',
      'func forceFullRescan(ctx context.Context, tx *sql.Tx) error {',
      "\t_, err := tx.ExecContext(ctx, fmt.Sprintf(`INSERT OR REPLACE into property (id, value) values ('%s', '1');`, consts.FullScanAfterMigrationFlagKey))",
      '\treturn err',
      '}',
    ].join('\n');
    const content = file(
      'goose.AddMigrationContext(Up20200310171621, Down20200310171621)',
      [
        'func Up20200310171621(ctx context.Context, tx *sql.Tx) error {',
        '\tnotice(ctx, tx, "A full rescan will be performed to enable search by Album Artist!")', // 15
        '\treturn forceFullRescan(ctx, tx)', // 16
        '}',
        '',
        'func Down20200310171621(_ context.Context, _ *sql.Tx) error {', // 19
        '\treturn nil',
        '}',
      ].join('\n'),
    );
    const dir = 'db/migrations/';
    const files: Record<string, string> = { [`${dir}migration.go`]: helpers, [`${dir}20200310171621_x.go`]: content };
    const a = await goose.analyse({
      path: `${dir}20200310171621_x.go`,
      content,
      siblings: {},
      readFile: (p) => Promise.resolve(files[p]),
      listDir: () => Promise.resolve(Object.keys(files).map((p) => p.slice(dir.length))),
    });
    // notice() only reads (its query's `?` read as a value); forceFullRescan's SQL is built at run time.
    expect(listed(a)).toEqual(['not-analysed 16', 'empty-down-migration 19']);
    expect(a.hits[0]!.message).toContain('forceFullRescan(…)` (in another file of the package), which runs SQL built at run time');
  });
  test("the package's other files unreadable (an API error): said on the registration, not read as a package without helpers", async () => {
    const content = file('goose.AddMigrationContext(up, down)', 'func up(ctx context.Context, tx *sql.Tx) error {\n\treturn notice(ctx, tx)\n}\n');
    const a = await goose.analyse({
      path: 'db/migrations/20200310171621_y.go',
      content,
      siblings: {},
      // The module's go.mod is absent; every other read fails.
      readFile: (p) => (p.endsWith('go.mod') ? Promise.resolve(undefined) : Promise.reject(new Error('GitHub API 502 Bad Gateway'))),
      listDir: () => Promise.resolve(['migration.go', '20200310171621_y.go']),
    });
    const said = a.hits.find((h) => h.message.includes('could not be read'));
    expect(said?.rule).toBe('not-analysed');
    expect(said?.message).toContain("without the package's other Go files, which could not be read (GitHub API 502 Bad Gateway)");
  });
  test('fmt.Sprintf of a constant format and constant arguments is rendered as Go does (%s %d %v %q %%, %[n]s) and read', async () => {
    const a = await analyse(
      file(
        'goose.AddMigrationContext(up, down)',
        [
          'const table = "users"',
          'const keep = 30',
          'func stripPunct(col string) string {',
          "\treturn fmt.Sprintf(`REPLACE(%s, '.', '')`, col)",
          '}',
          'func up(ctx context.Context, tx *sql.Tx) error {', // 19
          '\tif _, err := tx.ExecContext(ctx, fmt.Sprintf(`UPDATE %s SET name = %s WHERE name != %s`, table, stripPunct("name"), stripPunct("name"))); err != nil {', // 20
          '\t\treturn err',
          '\t}',
          '\tq := fmt.Sprintf("ALTER TABLE %[1]s DROP COLUMN %[2]s; DELETE FROM property WHERE id LIKE \'LastScan-%%\' AND age > %d", table, "email", keep)', // 23
          '\tif _, err := tx.ExecContext(ctx, q); err != nil {',
          '\t\treturn err',
          '\t}',
          '\t_, err := tx.ExecContext(ctx, fmt.Sprintf("CREATE TABLE %q (id int)", "audit_log"))',
          '\treturn err',
          '}',
          'func down(ctx context.Context, tx *sql.Tx) error {',
          '\t_, err := tx.ExecContext(ctx, fmt.Sprintf("ALTER TABLE %v ADD COLUMN email text", table))',
          '\treturn err',
          '}',
        ].join('\n'),
      ),
    );
    expect(a.down).toBe('present');
    // The UPDATE is a backfill, the rendered ALTER a drop-column, its DELETE a backfill too: all read, nothing unread.
    expect(listed(a)).toEqual(['data-backfill 20', 'drop-column 23', 'data-backfill 23']);
    expect(a.hits.find((h) => h.rule === 'drop-column')!.message).toContain('"email"');
  });

  test('fmt.Sprintf with an argument of run time (a loop variable, a parameter hiding a const), another verb or a wrong count stays a notice', async () => {
    const a = await analyse(
      file(
        'goose.AddMigrationContext(up, down)',
        [
          'const table = "users"',
          'func up(ctx context.Context, tx *sql.Tx) error {', // 15
          '\tfor _, table := range strings.Fields(tableNames) {',
          '\t\tif _, err := tx.ExecContext(ctx, fmt.Sprintf("DROP TABLE %s", table)); err != nil {', // 17
          '\t\t\treturn err',
          '\t\t}',
          '\t}',
          '\tif err := dropOne(ctx, tx, strings.ToLower("OLD")); err != nil {',
          '\t\treturn err',
          '\t}',
          '\tif _, err := tx.ExecContext(ctx, fmt.Sprintf("DROP TABLE %5s", table)); err != nil {', // 24
          '\t\treturn err',
          '\t}',
          '\tif _, err := tx.ExecContext(ctx, fmt.Sprintf("DROP TABLE %d", table)); err != nil {', // 27
          '\t\treturn err',
          '\t}',
          '\t_, err := tx.ExecContext(ctx, fmt.Sprintf("DROP TABLE %s", table, table))', // 30
          '\treturn err',
          '}',
          'func dropOne(ctx context.Context, tx *sql.Tx, table string) error {',
          '\t_, err := tx.ExecContext(ctx, fmt.Sprintf("DROP TABLE %s", table))', // 34
          '\treturn err',
          '}',
          'func down(ctx context.Context, tx *sql.Tx) error {',
          '\t_, err := tx.ExecContext(ctx, "CREATE TABLE users (id int)")',
          '\treturn err',
          '}',
        ].join('\n'),
      ),
    );
    expect(listed(a)).toEqual(['not-analysed 17', 'not-analysed 24', 'not-analysed 27', 'not-analysed 30', 'not-analysed 34']);
    expect(a.hits.every((h) => h.message.includes('fmt.Sprintf'))).toBe(true);
  });

  test('a call in a loop over a list of strings the file holds runs each, in order (navidrome, a list of statements)', async () => {
    const a = await analyse(
      file(
        'goose.AddMigrationContext(up, down)',
        [
          'var dropOld = `DROP TABLE old_index;`',
          'func up(ctx context.Context, tx *sql.Tx) error {', // 15
          '\tupStatements := []string{',
          '\t\t`CREATE TABLE name_index_tmp (id int);`,',
          '\t\tdropOld,', // 18
          '\t\t`ALTER TABLE name_index RENAME TO name_index_old;`,', // 19
          '\t}',
          '\tfor _, upStatement := range upStatements {',
          '\t\tif _, err := tx.ExecContext(ctx, upStatement); err != nil {',
          '\t\t\treturn err',
          '\t\t}',
          '\t}',
          '\treturn nil',
          '}',
          'func down(ctx context.Context, tx *sql.Tx) error {',
          '\tfor _, table := range []string{"name_index", "media_file_fts"} {',
          '\t\tif _, err := tx.ExecContext(ctx, "DROP TABLE IF EXISTS "+table); err != nil {', // 30
          '\t\t\treturn err',
          '\t\t}',
          '\t}',
          '\tfor i := range []string{"a"} {',
          '\t\t_ = i',
          '\t}',
          '\treturn nil',
          '}',
        ].join('\n'),
      ),
    );
    expect(a.down).toBe('present');
    expect(listed(a)).toEqual(['drop-table 14', 'rename-table 19']);
    const outer = await analyse(
      file(
        'goose.AddMigrationContext(up, nil)',
        [
          'func up(ctx context.Context, tx *sql.Tx) error {',
          '\tfor _, schema := range schemas(ctx, tx) {',
          '\t\tfor _, table := range []string{"a"} {',
          '\t\t\tif _, err := tx.ExecContext(ctx, "DROP TABLE "+schema+"."+table); err != nil {', // 17
          '\t\t\t\treturn err',
          '\t\t\t}',
          '\t\t}',
          '\t}',
          '\treturn nil',
          '}',
        ].join('\n'),
      ),
    );
    // An outer loop's value is of run time: the call stays unread.
    expect(listed(outer)).toEqual(['missing-down-migration 11', 'not-analysed 15', 'not-analysed 17']);
  });

  test('a helper given strings of the file is read with them: of the file, and of the package\'s other file (pressly/goose\'s createTable(tx, "alpha"))', async () => {
    const helpers = [
      'package gomigrations',
      '',
      'import (',
      '\t"context"',
      '\t"database/sql"',
      '\t"fmt"',
      '',
      '\t"github.com/pressly/goose/v3"',
      '\t"github.com/pressly/goose/v3/database"',
      ')',
      '',
      'func init() {',
      '\tgoose.AddMigration(up001, down001)',
      '}',
      '',
      'func up001(tx *sql.Tx) error {',
      '\treturn createTable(tx, "alpha")',
      '}',
      '',
      'func down001(tx *sql.Tx) error {',
      '\treturn dropTable(tx, "alpha")', // 21
      '}',
      '',
      'func createTable(db database.DBTxConn, name string) error {',
      '\t_, err := db.ExecContext(context.Background(), fmt.Sprintf("CREATE TABLE %s (id INTEGER)", name))',
      '\treturn err',
      '}',
      '',
      'func dropTable(db database.DBTxConn, name string) error {',
      '\t_, err := db.ExecContext(context.Background(), fmt.Sprintf("DROP TABLE %s", name))', // 30
      '\treturn err',
      '}',
    ].join('\n');
    const user = (call: string) =>
      [
        'package gomigrations',
        '',
        'import (',
        '\t"database/sql"',
        '',
        '\t"github.com/pressly/goose/v3"',
        ')',
        '',
        'func init() {',
        '\tgoose.AddMigration(up003, nil)',
        '}',
        '',
        'func up003(tx *sql.Tx) error {',
        `\treturn ${call}`,
        '}',
      ].join('\n');
    const dir = 'tests/gomigrations/success/testdata/';
    const files: Record<string, string> = {
      [`${dir}001_up_down.go`]: helpers,
      [`${dir}003_drop.go`]: user('dropTable(tx, "bravo")'),
      [`${dir}004_drop_run_time.go`]: user('dropTable(tx, strings.ToLower("BRAVO"))'),
      [`${dir}005_drop_quoted.go`]: user('dropTable(tx, `"bravo"`)'),
    };
    const run = (name: string) =>
      goose.analyse({
        path: dir + name,
        content: files[dir + name]!,
        siblings: {},
        readFile: (p) => Promise.resolve(files[p]),
        listDir: () => Promise.resolve(Object.keys(files).map((p) => p.slice(dir.length))),
      });
    // In the file: the down drops the table the up creates, read with "alpha"; nothing unread.
    expect(listed(await run('001_up_down.go'))).toEqual([]);
    // Of the package's other file: DROP TABLE bravo, on the call's line.
    const drop = await run('003_drop.go');
    expect(listed(drop)).toEqual(['missing-down-migration 10', 'drop-table 14']);
    expect(drop.hits[1]!.message).toContain('"bravo"');
    // A value of run time, or a string Go would quote otherwise: the helper's SQL stays unread.
    expect(listed(await run('004_drop_run_time.go'))).toEqual(['missing-down-migration 10', 'not-analysed 14']);
    expect(listed(await run('005_drop_quoted.go'))).toEqual(['missing-down-migration 10', 'not-analysed 14']);
  });

  test("a goose client the package makes registers as goose does (fleet's MigrationClient = goose.New(…) of its fork)", async () => {
    const dir = 'server/datastore/mysql/migrations/tables/';
    const client = [
      'package tables',
      '',
      'import (',
      '\t"database/sql"',
      '',
      '\t"github.com/fleetdm/fleet/v4/server/goose"',
      ')',
      '',
      'var MigrationClient = goose.New("migration_status_tables", goose.MySqlDialect{})',
      '',
      'func columnExists(tx *sql.Tx, table, column string) bool {',
      '\tvar count int',
      '\terr := tx.QueryRow(`SELECT count(*) FROM information_schema.columns WHERE TABLE_NAME = ? AND COLUMN_NAME = ?`, table, column).Scan(&count)',
      '\treturn err == nil && count > 0',
      '}',
    ].join('\n');
    const drop = [
      'package tables',
      '',
      'import (',
      '\t"database/sql"',
      ')',
      '',
      'func init() {',
      '\tMigrationClient.AddMigration(Up_20170831234300, Down_20170831234300)',
      '}',
      '',
      'func Up_20170831234300(tx *sql.Tx) error {',
      '\t_, err := tx.Exec("DROP TABLE IF EXISTS `licenses`;")', // 12
      '',
      '\treturn err',
      '}',
      '',
      'func Down_20170831234300(tx *sql.Tx) error {', // 17
      '\treturn nil',
      '}',
    ].join('\n');
    expect(isGooseGo(drop)).toBe(true);
    const files: Record<string, string> = { [`${dir}migration.go`]: client, [`${dir}20170831234300_DropLicenses.go`]: drop };
    const a = await goose.analyse({
      path: `${dir}20170831234300_DropLicenses.go`,
      content: drop,
      siblings: {},
      readFile: (p) => Promise.resolve(files[p]),
      listDir: () => Promise.resolve(Object.keys(files).map((p) => p.slice(dir.length))),
    });
    expect(listed(a)).toEqual(['drop-table 12', 'empty-down-migration 17']);
    // Without the package's client, the file registers nothing goose's: a notice, as before.
    expect(listed(await goose.analyse({ path: `${dir}20170831234300_DropLicenses.go`, content: drop, siblings: {} }))).toEqual(['not-analysed 1']);
  });

  test("a local assigned again is read at each use from its last assignment before it (fleet's sql := …; sql = …), never across a branch or a loop", async () => {
    const a = await analyse(
      file(
        'goose.AddMigrationContext(up, down)',
        [
          'func up(ctx context.Context, tx *sql.Tx) error {', // 14
          '\tsql := `UPDATE users SET name = username WHERE name IS NULL`', // 15
          '\tif _, err := tx.Exec(sql); err != nil {',
          '\t\treturn err',
          '\t}',
          '\tsql = `ALTER TABLE users DROP COLUMN username`', // 19
          '\tif _, err := tx.Exec(sql); err != nil {',
          '\t\treturn err',
          '\t}',
          '\tq := `SELECT 1`',
          '\tfor i := 0; i < 2; i++ {',
          '\t\tif _, err := tx.Exec(q); err != nil {', // 25
          '\t\t\treturn err',
          '\t\t}',
          '\t\tq = `DROP TABLE b`',
          '\t}',
          '\tswitch driver {',
          '\tcase "mysql":',
          '\t\tq = `DROP TABLE c`',
          '\t\t_, err := tx.Exec(q)', // 33
          '\t\treturn err',
          '\t}',
          '\tif driver != "" {',
          '\t\tq = `DROP TABLE d`',
          '\t}',
          '\t_, err := tx.Exec(q)', // 39
          '\tconst updateStmt = `UPDATE app_config_json SET json_value = ? WHERE id = 1`', // 40
          '\t_, err = tx.Exec(updateStmt, "{}")',
          '\treturn err',
          '}',
          'func down(ctx context.Context, tx *sql.Tx) error {',
          '\t_, err := tx.Exec(`ALTER TABLE users ADD COLUMN username text`)',
          '\treturn err',
          '}',
        ].join('\n'),
      ),
    );
    const hits = listed(a);
    expect(hits.filter((h) => !h.startsWith('not-analysed 33') && !h.startsWith('drop-table 32'))).toEqual([
      'data-backfill 15',
      'drop-column 19',
      'not-analysed 25',
      'not-analysed 39',
      'data-backfill 40',
    ]);
    // The case's own assignment is read, or the use is a notice: never the SELECT before the switch.
    expect(hits.filter((h) => h === 'not-analysed 33' || h === 'drop-table 32')).toHaveLength(1);
  });

  test('goose imported under another name (an alias, a dot import, the unversioned path) is found by that name', async () => {
    const fns = [
      'func up(ctx context.Context, tx *sql.Tx) error {',
      '\t_, err := tx.ExecContext(ctx, "ALTER TABLE users DROP COLUMN email")',
      '\treturn err',
      '}',
      'func down(ctx context.Context, tx *sql.Tx) error {',
      '\t_, err := tx.ExecContext(ctx, "ALTER TABLE users ADD COLUMN email text")',
      '\treturn err',
      '}',
    ].join('\n');
    const go = (spec: string, call: string) =>
      `package migrations\n\nimport (\n\t"context"\n\t"database/sql"\n\n\t${spec}\n)\n\nfunc init() {\n\t${call}(up, down)\n}\n\n${fns}\n`;
    for (const [spec, call] of [
      ['g "github.com/pressly/goose/v3"', 'g.AddMigrationContext'],
      ['pgoose "github.com/pressly/goose/v2"', 'pgoose.AddMigrationNoTxContext'],
      ['. "github.com/pressly/goose/v3"', 'AddMigrationContext'],
      ['"github.com/pressly/goose"', 'goose.AddMigrationContext'],
    ]) {
      const content = go(spec!, call!);
      expect(isGooseGo(content), spec).toBe(true);
      const a = await analyse(content);
      expect(a.down, spec).toBe('present');
      expect(listed(a), spec).toEqual(['drop-column 15']);
    }
    // Another package's `AddMigrationContext` is not goose's.
    const other = go('migrate "example.com/tools/migrate"', 'migrate.AddMigrationContext');
    expect(isGooseGo(other)).toBe(false);
    expect(listed(await analyse(other))).toEqual(['not-analysed 1']);
  });

  test('the drill does not run a goose Go migration as SQL (it is Go code): skipped as not SQL, as before', () => {
    const go = file('goose.AddMigrationContext(up, nil)', 'func up(ctx context.Context, tx *sql.Tx) error { return nil }\n');
    expect(isSqlLayout('goose', path)).toBe(false);
    expect(migrationsOf('goose', path, go, () => undefined)).toBeUndefined();
    expect(isSqlLayout('goose', 'db/migrations/1_x.sql')).toBe(true);
  });
});
