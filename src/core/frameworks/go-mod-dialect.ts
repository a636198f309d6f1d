// The database a Go project's SQL migrations run on, from the driver its `go.mod` requires. goose
// runs wherever the app opens its database (`goose.SetDialect("sqlite3")` in the app's own code,
// not beside the migrations), so the migrations do not say which database they are for; the
// module that holds them does: navidrome's `db/migrations/*.sql` run on SQLite
// (`github.com/mattn/go-sqlite3`) and were given Postgres locking advice and syntax notices on
// every index. The nearest `go.mod` above the migrations' folder is read (a module's root, at most
// a few folders up, or the repository's root). Every requirement counts, direct or indirect (a
// `gorm.io/driver/sqlite` app requires `mattn/go-sqlite3` indirectly): when the drivers name one
// database, that is the project's; none, or several (an app that supports Postgres and SQLite,
// or tests on another database), is none, and the migrations are read as Postgres, as before.
// Unlike a knexfile's or Django's settings, SQLite is decisive here: a Go module lists what its
// build and tests import, and a single-binary Go app that requires only a SQLite driver runs on it.
import type { Dialect, DialectSource } from '../sql/dialect';
import { upwards, type ConfigReader, safeRead } from './tool-dialect';
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

/**
 * The modules a `go.mod` requires, direct or indirect: `require path version` lines and the lines
 * of `require ( … )` blocks. go.mod is a line format of its own (golang.org/x/mod/modfile): a
 * directive, or a block of lines, with `//` comments.
 */
export function goModRequires(text: string): string[] {
  const modules: string[] = [];
  let inRequire = false;
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\/\/.*$/, '').trim();
    if (inRequire) {
      if (line === ')') inRequire = false;
      else if (line) modules.push(line.split(/\s+/)[0]!);
      continue;
    }
    const words = line.split(/\s+/);
    if (words[0] !== 'require') continue;
    if (words[1] === '(') inRequire = true;
    else if (words[1]) modules.push(words[1]);
  }
  return modules.map((m) => m.replace(/^"|"$/g, ''));
}

/** The one database a `go.mod`'s drivers name, else undefined. */
export function goModDialect(text: string, path: string): DialectSource | undefined {
  const named = new Set<Dialect>();
  for (const module of goModRequires(text)) {
    const dialect = handlerFor(DRIVERS, withoutMajor(module));
    if (dialect) named.add(dialect);
  }
  const [dialect] = named;
  return named.size === 1 ? { dialect: dialect!, from: `the project's database driver (${path})` } : undefined;
}

/** The database the nearest `go.mod` above `dir` (`db/migrations/`) names through its drivers; undefined without one. */
export async function goProjectDialect(dir: string, read: ConfigReader): Promise<DialectSource | undefined> {
  for (const at of upwards(dir)) {
    const path = `${at}go.mod`;
    const text = await safeRead(read, path);
    if (text !== undefined) return goModDialect(text, path);
  }
  return undefined;
}
