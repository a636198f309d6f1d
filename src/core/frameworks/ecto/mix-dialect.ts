// The database an Elixir project's Ecto migrations run on. A migration in `priv/<repo>/migrations/`
// belongs to the repo module whose name ends in that folder's name (`Plausible.IngestRepo`:
// `priv/ingest_repo/`, Ecto's default `priv`), and that module names its adapter:
// `use Ecto.Repo, otp_app: :plausible, adapter: Ecto.Adapters.ClickHouse`, in
// `lib/<app>/<repo>.ex` as `mix phx.new` writes it (`app:` from mix.exs). That adapter decides,
// SQLite too (a repo's adapter is what runs, not a development default). plausible/analytics keeps
// its ClickHouse migrations in `priv/ingest_repo/` beside its Postgres ones in `priv/repo/`; the
// ClickHouse ones were read as Postgres (a parse error on every ClickHouse type and statement).
// Ecto 2 named the adapter in config instead (`config :shop, Shop.Repo, adapter:
// Ecto.Adapters.MySQL`, config/config.exs, dev.exs or prod.exs; santiment/sanbase2's
// `Sanbase.ClickhouseRepo` beside its Postgres `Sanbase.Repo`): the repo's own entry is read when
// its module names no adapter.
// Neither found: mix.exs lists the driver its adapters need (`{:postgrex, …}` for Postgres,
// `{:myxql, …}` for MyXQL, `{:ecto_sqlite3, …}`, `{:tds, …}` for SQL Server, `{:ecto_ch, …}` for
// ClickHouse), in the project whose `priv/<repo>/migrations/` holds the migration (an umbrella's
// app: `apps/<app>/mix.exs`). One driver is the answer (SQLite alone is not decisive, as for the
// other frameworks' configs: src/core/frameworks/js-app-dialect.ts); configs or drivers that name
// different databases leave it in doubt: one notice names them (src/core/frameworks/dialect-doubt.ts),
// never a silent Postgres. A file that is there but cannot be read leaves it in doubt the same way.
import type { ConfigReader } from '../tool-dialect';
import type { Dialect, DialectSource } from '../../sql/dialect';
import { parseCode, type Node } from '../../parsers/tree-sitter';
import { readFailureText, verdictOf, withUnread, type DialectVerdict } from '../dialect-doubt';

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
  ecto_ch: 'clickhouse',
  clickhouse_ecto: 'clickhouse',
};

/** Ecto adapter modules (Ecto 3's, Ecto 2's, ecto_ch's and clickhouse_ecto's). */
const ADAPTERS: Record<string, Dialect> = {
  'Ecto.Adapters.Postgres': 'postgres',
  'Ecto.Adapters.MyXQL': 'mysql',
  'Ecto.Adapters.MySQL': 'mysql',
  'Ecto.Adapters.SQLite3': 'sqlite',
  'Sqlite.Ecto2': 'sqlite',
  'Ecto.Adapters.Tds': 'sqlserver',
  'Tds.Ecto': 'sqlserver',
  'Ecto.Adapters.ClickHouse': 'clickhouse',
  ClickhouseEcto: 'clickhouse',
};

/** A keyword pair's key (`adapter: …`: `adapter`). */
const keyOf = (pair: Node): string | undefined => pair.childForFieldName('key')?.text.replace(/:\s*$/, '');

/** The values of `key:` keyword pairs anywhere in `root`. */
const keywordValues = (root: Node, key: string): Node[] =>
  root.descendantsOfType('pair').flatMap((p) => (keyOf(p) === key && p.childForFieldName('value') ? [p.childForFieldName('value')!] : []));

const adapterOf = (value: Node): Dialect | undefined => (value.type === 'alias' && Object.hasOwn(ADAPTERS, value.text) ? ADAPTERS[value.text] : undefined);

/** The databases the dependencies of a `mix.exs` name (`{:myxql, "~> 0.6"}`). */
export async function mixDrivers(source: string): Promise<Set<Dialect>> {
  return new Set((await readMix(source)).drivers.keys());
}

/** What a `mix.exs` says: the databases its dependencies name (each with the first driver naming it), and the OTP app (`app: :plausible`). */
export async function readMix(source: string): Promise<{ drivers: Map<Dialect, string>; app?: string }> {
  using tree = await parseCode('elixir', source);
  const drivers = new Map<Dialect, string>();
  for (const tuple of tree.rootNode.descendantsOfType('tuple')) {
    const first = tuple.namedChildren[0];
    const name = first?.type === 'atom' ? first.text.slice(1) : '';
    if (Object.hasOwn(DRIVERS, name) && !drivers.has(DRIVERS[name]!)) drivers.set(DRIVERS[name]!, name);
  }
  const app = keywordValues(tree.rootNode, 'app').find((v) => v.type === 'atom' && /^:\w+$/.test(v.text));
  return { drivers, app: app?.text.slice(1) };
}

/** The adapter a repo module names (`use Ecto.Repo, otp_app: :x, adapter: Ecto.Adapters.MyXQL`). */
export async function repoAdapter(source: string): Promise<Dialect | undefined> {
  using tree = await parseCode('elixir', source);
  for (const call of tree.rootNode.descendantsOfType('call')) {
    if (call.childForFieldName('target')?.text !== 'use') continue;
    const args = call.namedChildren.find((c) => c.type === 'arguments');
    if (args?.namedChildren[0]?.text !== 'Ecto.Repo') continue;
    for (const v of keywordValues(args, 'adapter')) if (adapterOf(v)) return adapterOf(v);
  }
  return undefined;
}

/** A module's last name as Ecto names its priv folder (`Sanbase.ClickhouseRepo`: `clickhouse_repo`, `ClickHouseRepo`: `click_house_repo`). */
export const underscored = (module: string): string =>
  module
    .split('.')
    .pop()!
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1_$2')
    .replace(/([a-z\d])([A-Z])/g, '$1_$2')
    .toLowerCase();

/**
 * The adapters a config file names, by the folder of the repo each is for (Ecto 2:
 * `config :sanbase, Sanbase.ClickhouseRepo, adapter: ClickhouseEcto`: `clickhouse_repo`).
 */
export async function configAdapters(source: string): Promise<Map<string, Set<Dialect>>> {
  using tree = await parseCode('elixir', source);
  const found = new Map<string, Set<Dialect>>();
  for (const call of tree.rootNode.descendantsOfType('call')) {
    if (call.childForFieldName('target')?.text !== 'config') continue;
    const args = call.namedChildren.find((c) => c.type === 'arguments');
    const repo = args?.namedChildren.find((c) => c.type === 'alias');
    if (!args || !repo) continue;
    for (const v of keywordValues(args, 'adapter')) {
      const d = adapterOf(v);
      if (!d) continue;
      const folder = underscored(repo.text);
      if (!found.has(folder)) found.set(folder, new Set());
      found.get(folder)!.add(d);
    }
  }
  return found;
}

/** Ecto 2's config files, where a repo's adapter was named. */
const CONFIGS = ['config/config.exs', 'config/dev.exs', 'config/prod.exs'];

/** A file's text (undefined when absent), or the doubt a read that failed leaves. */
async function readOr(read: Reader, path: string): Promise<{ text?: string; unread?: DialectVerdict }> {
  return read(path).then(
    (text) => ({ text }),
    (e: unknown) => ({ unread: withUnread({ file: path, failure: readFailureText(e), readFailed: true }) }),
  );
}

/**
 * The database of the migrations in `<root><folder>/migrations/` (`''` + `priv/ingest_repo`,
 * `apps/shop/` + `priv/repo`): the repo module's adapter, else Ecto 2's config, else the drivers
 * mix.exs depends on; a doubt when they name different databases or a file cannot be read.
 */
export async function ectoAppDialect(root: string, read: Reader, folder = 'priv/repo'): Promise<DialectVerdict> {
  const mixPath = `${root}mix.exs`;
  const mix = await readOr(read, mixPath);
  if (mix.unread) return mix.unread;
  if (mix.text === undefined) return undefined;
  const { drivers, app } = await readMix(mix.text);
  const repo = /^priv\/(\w+)$/.exec(folder)?.[1];
  if (app && repo) {
    const modulePath = `${root}lib/${app}/${repo}.ex`;
    const module = await readOr(read, modulePath);
    if (module.unread) return module.unread;
    const adapter = module.text === undefined ? undefined : await repoAdapter(module.text);
    if (adapter) return { dialect: adapter, from: `the repo's adapter (${modulePath})` };
  }
  const configured: DialectSource[] = [];
  for (const file of CONFIGS) {
    const config = await readOr(read, `${root}${file}`);
    if (config.unread) return config.unread;
    if (config.text === undefined) continue;
    for (const dialect of (await configAdapters(config.text)).get(repo ?? 'repo') ?? [])
      configured.push({ dialect, from: `the repo's adapter in ${root}${file}` });
  }
  if (configured.length) return verdictOf(configured);
  if (drivers.size === 1 && drivers.has('sqlite')) return undefined;
  return verdictOf([...drivers].map(([dialect, driver]) => ({ dialect, from: `the project's database driver :${driver} (${mixPath})` })));
}
