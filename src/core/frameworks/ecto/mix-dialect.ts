// The database an Elixir project's Ecto migrations run on, from the adapter it depends on: `mix.exs`
// lists the driver its repo's adapter needs (`{:postgrex, …}` for Ecto.Adapters.Postgres,
// `{:myxql, …}` for MyXQL, `{:ecto_sqlite3, …}`, `{:tds, …}` for SQL Server), in the project whose
// `priv/<repo>/migrations/` holds the migration (an umbrella's app: `apps/<app>/mix.exs`). A MySQL
// project's `create index(…)` was given Postgres locking advice. One driver named is the answer;
// none, or several (a project that supports more than one database), is none: Postgres as before.
// SQLite alone is not decisive either (as for the other frameworks' configs: src/core/frameworks/js-app-dialect.ts).
import { type ConfigReader, safeRead } from '../tool-dialect';
import type { Dialect, DialectSource } from '../../sql/dialect';
import { parseCode } from '../../parsers/tree-sitter';

type Reader = ConfigReader;

/** Ecto adapters' drivers (and the adapters of Ecto 2, which were packages of their own). */
const DRIVERS: Record<string, Dialect> = {
  postgrex: 'postgres',
  myxql: 'mysql',
  mariaex: 'mysql',
  ecto_sqlite3: 'sqlite',
  sqlite_ecto2: 'sqlite',
  tds: 'sqlserver',
  tds_ecto: 'sqlserver',
};

/** The databases the dependencies of a `mix.exs` name (`{:myxql, "~> 0.6"}`). */
export async function mixDrivers(source: string): Promise<Set<Dialect>> {
  using tree = await parseCode('elixir', source);
  const found = new Set<Dialect>();
  for (const tuple of tree.rootNode.descendantsOfType('tuple')) {
    const first = tuple.namedChildren[0];
    const driver = first?.type === 'atom' ? DRIVERS[first.text.slice(1)] : undefined;
    if (driver) found.add(driver);
  }
  return found;
}

/** The database of the project at `root` (`''`, `apps/shop/`), from its `mix.exs`. */
export async function ectoAppDialect(root: string, read: Reader): Promise<DialectSource | undefined> {
  const text = await safeRead(read, `${root}mix.exs`);
  if (text === undefined) return undefined;
  const named = [...(await mixDrivers(text))];
  return named.length === 1 && named[0] !== 'sqlite' ? { dialect: named[0]!, from: `the project's database driver (${root}mix.exs)` } : undefined;
}
