// The database a Go project's SQL migrations run on, from the driver its `go.mod` requires. goose
// runs wherever the app opens its database (`goose.SetDialect("sqlite3")` in the app's own code,
// not beside the migrations), so the migrations do not say which database they are for; the
// module that holds them does: navidrome's `db/migrations/*.sql` run on SQLite
// (`github.com/mattn/go-sqlite3`) and were given Postgres locking advice and syntax notices on
// every index. The nearest `go.mod` above the migrations' folder is read (a module's root, at most
// a few folders up, or the repository's root). Every requirement counts, direct or indirect (a
// `gorm.io/driver/sqlite` app requires `mattn/go-sqlite3` indirectly): when the drivers name one
// database, that is the project's; none, or several (an app that supports Postgres and SQLite,
// or tests on another database), is none, and the migrations are read as Postgres, as before. A
// go.mod the go command would not read (or whose read fails) may require any driver: in doubt, said.
// Unlike a knexfile's or Django's settings, SQLite is decisive here: a Go module lists what its
// build and tests import, and a single-binary Go app that requires only a SQLite driver runs on it.
import type { Dialect } from '../sql/dialect';
import { isUnread, readConfigFile, upwards, type ConfigReader } from './tool-dialect';
import { unreadVerdict, withUnread, type DialectVerdict } from './dialect-doubt';
import { handlerFor } from './dispatch';

/** Database drivers (and the ORM drivers that wrap them) by module path, without a major-version suffix. */
const DRIVERS: Record<string, Dialect> = {
  'github.com/lib/pq': 'postgres',
  'github.com/jackc/pgx': 'postgres',
  'github.com/go-pg/pg': 'postgres',
  'gorm.io/driver/postgres': 'postgres',
  'github.com/uptrace/bun/driver/pgdriver': 'postgres',
  'github.com/uptrace/bun/dialect/pgdialect': 'postgres',
  'github.com/go-sql-driver/mysql': 'mysql',
  'gorm.io/driver/mysql': 'mysql',
  'github.com/uptrace/bun/dialect/mysqldialect': 'mysql',
  'github.com/mattn/go-sqlite3': 'sqlite',
  'modernc.org/sqlite': 'sqlite',
  'github.com/glebarez/go-sqlite': 'sqlite',
  'github.com/glebarez/sqlite': 'sqlite',
  'github.com/ncruces/go-sqlite3': 'sqlite',
  'zombiezen.com/go/sqlite': 'sqlite',
  'crawshaw.io/sqlite': 'sqlite',
  'github.com/tursodatabase/go-libsql': 'sqlite',
  'github.com/tursodatabase/libsql-client-go': 'sqlite',
  'gorm.io/driver/sqlite': 'sqlite',
  'github.com/uptrace/bun/dialect/sqlitedialect': 'sqlite',
  'github.com/microsoft/go-mssqldb': 'sqlserver',
  'github.com/denisenkom/go-mssqldb': 'sqlserver',
  'gorm.io/driver/sqlserver': 'sqlserver',
  'github.com/ClickHouse/clickhouse-go': 'clickhouse',
};

/** A module path without its major-version suffix (`github.com/jackc/pgx/v5` → `github.com/jackc/pgx`). */
const withoutMajor = (module: string): string => module.replace(/\/v\d+$/, '');

/** The directives of a go.mod (golang.org/x/mod/modfile); any other is an error the go command stops at. */
const DIRECTIVES = new Set(['module', 'go', 'toolchain', 'godebug', 'require', 'exclude', 'replace', 'retract', 'tool', 'ignore']);

/**
 * The modules a `go.mod` requires, direct or indirect: `require path version` lines and the lines
 * of `require ( … )` blocks; and the first line the go command would not read (an unknown
 * directive, a requirement without its version, a block never closed). go.mod is a line format of
 * its own (golang.org/x/mod/modfile): a directive, or a block of lines, with `//` comments.
 */
export function readGoMod(text: string): { requires: string[]; error?: string } {
  const requires: string[] = [];
  let block: { directive: string; line: number } | undefined;
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!.replace(/\/\/.*$/, '').trim();
    if (!line) continue;
    const words = line.split(/\s+/);
    if (block) {
      if (line === ')') block = undefined;
      else if (block.directive === 'require') {
        if (words.length < 2) return { requires, error: `line ${i + 1}: a requirement without its version (${line})` };
        requires.push(words[0]!);
      }
      continue;
    }
    if (!DIRECTIVES.has(words[0]!)) return { requires, error: `line ${i + 1}: unknown directive ${words[0]}` };
    if (words[1] === '(') block = { directive: words[0]!, line: i + 1 };
    else if (words[0] === 'require') {
      if (words.length < 3) return { requires, error: `line ${i + 1}: a requirement without its version (${line})` };
      requires.push(words[1]!);
    }
  }
  if (block) return { requires, error: `line ${block.line}: the ${block.directive} ( block is never closed` };
  return { requires: requires.map((m) => m.replace(/^"|"$/g, '')) };
}

/** The modules a `go.mod` requires (see `readGoMod`). */
export const goModRequires = (text: string): string[] => readGoMod(text).requires;

/**
 * The one database a `go.mod`'s drivers name, else undefined; a go.mod the go command would not
 * read may require any driver: a doubt naming it.
 */
export function goModDialect(text: string, path: string): DialectVerdict {
  const { requires, error } = readGoMod(text);
  if (error) return unreadVerdict(path, `not a go.mod the go command reads: ${error}`);
  const named = new Set<Dialect>();
  for (const module of requires) {
    const dialect = handlerFor(DRIVERS, withoutMajor(module));
    if (dialect) named.add(dialect);
  }
  const [dialect] = named;
  return named.size === 1 ? { dialect: dialect!, from: `the project's database driver (${path})` } : undefined;
}

/**
 * The database the nearest `go.mod` above `dir` (`db/migrations/`) names through its drivers;
 * undefined without one; a doubt naming it when it does not read, or its read fails.
 */
export async function goProjectDialect(dir: string, read: ConfigReader): Promise<DialectVerdict> {
  for (const at of upwards(dir)) {
    const path = `${at}go.mod`;
    const text = await readConfigFile(read, path);
    if (isUnread(text)) return withUnread(text);
    if (text !== undefined) return goModDialect(text, path);
  }
  return undefined;
}
