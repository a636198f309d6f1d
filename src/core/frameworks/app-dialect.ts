// The database an application's own config names, for DSL migrations whose code does not say it
// (a Blueprint or `add_index` call reads the same on every database). MySQL apps were given
// Postgres locking advice (CONCURRENTLY, NOT VALID) on every index and foreign key: koel and
// Firefly III, Laravel apps on MySQL, 63 and 16 such findings.
// - Laravel (`<app>/database/migrations/…`): `.env.example`'s `DB_CONNECTION=` (what an install
//   copies to `.env`), else the fallback `config/database.php` gives its default connection
//   (`'default' => env('DB_CONNECTION', 'mysql')`); that connection's `'driver'` in the same file.
// - Rails (`<app>/db/migrate/…`, `<app>/db/<name>_migrate/…`): `config/database.yml`, or the
//   example a repository commits in its place (`config/database.yml.example`, `.sample`,
//   `config/example.database.yml`): the `adapter` of `production`, else `development`, else
//   `default`; in a multi-database file, the database whose `migrations_paths` holds the folder,
//   else `primary`.
// - Django, Knex, Sequelize, TypeORM and Ecto: src/core/frameworks/django/settings-dialect.ts,
//   js-app-dialect.ts, typeorm-dialect.ts and ecto/mix-dialect.ts.
// The config's `dialect:` and the migration's path (`mysql/`) come first; a file that is absent or
// names no database known here leaves the migration read as Postgres, as before. A file that is
// there but cannot be read (a database.yml that is no YAML, a grammar that does not load) leaves the
// database in doubt: one notice names it, and the migration is read for what holds on every
// database (src/core/frameworks/dialect-doubt.ts).
import { parse as parseYaml } from 'yaml';
import type { Dialect, DialectSource } from '../sql/dialect';
import { dialectOfPath } from '../sql/dialect';
import { parseCode, type Node } from '../parsers/tree-sitter';
import type { Framework } from './framework';
import { phpStr } from './laravel/php';
import { dotenvValue, isUnread, readConfigFile, verdictOncePerReader, type ConfigReader } from './tool-dialect';
import { analyseInVerdict, failureText, unreadVerdict, withUnread, type DialectVerdict, type UnreadConfig } from './dialect-doubt';
import { djangoAppDialect } from './django/settings-dialect';
import { knexAppDialect, sequelizeAppDialect } from './js-app-dialect';
import { ectoAppDialect } from './ecto/mix-dialect';
import { typeormAppDialect } from './typeorm-dialect';
import type { MigrationInput } from './framework';
import { handlerFor } from './dispatch';

type Reader = ConfigReader;

/** Laravel's `'driver'` names. */
const LARAVEL_DRIVERS: Record<string, Dialect> = { mysql: 'mysql', mariadb: 'mysql', pgsql: 'postgres', sqlite: 'sqlite', sqlsrv: 'sqlserver' };

/** Rails' `adapter` names (and URL schemes). */
const RAILS_ADAPTERS: Record<string, Dialect> = {
  mysql2: 'mysql',
  mysql: 'mysql',
  trilogy: 'mysql',
  postgresql: 'postgres',
  postgres: 'postgres',
  postgis: 'postgres',
  sqlite3: 'sqlite',
  sqlite: 'sqlite',
  sqlserver: 'sqlserver',
  cockroachdb: 'cockroachdb',
  oracle_enhanced: 'oracle',
};

// ---- Laravel ---------------------------------------------------------------------------------

/** `'key' => value` pairs of a PHP array literal. */
function arrayPairs(array: Node): [string, Node][] {
  const pairs: [string, Node][] = [];
  for (const element of array.namedChildren) {
    if (element.type !== 'array_element_initializer' || element.namedChildren.length !== 2) continue;
    const key = phpStr(element.namedChildren[0]);
    if (key !== undefined) pairs.push([key, element.namedChildren[1]!]);
  }
  return pairs;
}

/** String literals in an expression, in order (`env('DB_CONNECTION', 'mysql')`: both). */
const stringsIn = (node: Node): string[] =>
  node.descendantsOfType(['string', 'encapsed_string']).flatMap((s) => {
    const text = phpStr(s);
    return text === undefined ? [] : [text];
  });

interface LaravelDatabases {
  /** The default connection's fallback names (`env('DB_CONNECTION', 'mysql')`: 'mysql'), last first. */
  defaults: string[];
  /** Each connection's driver. */
  drivers: Map<string, string>;
}

/** What `config/database.php` returns: its default connection and each connection's driver. */
export async function laravelDatabases(source: string): Promise<LaravelDatabases | undefined> {
  using tree = await parseCode('php', source);
  const returned = tree.rootNode.descendantsOfType('return_statement')[0]?.namedChildren[0];
  if (returned?.type !== 'array_creation_expression') return undefined;
  const top = new Map(arrayPairs(returned));
  const drivers = new Map<string, string>();
  const connections = top.get('connections');
  if (connections?.type === 'array_creation_expression')
    for (const [name, value] of arrayPairs(connections)) {
      const driver = value.type === 'array_creation_expression' ? arrayPairs(value).find(([k]) => k === 'driver')?.[1] : undefined;
      const text = driver ? phpStr(driver) : undefined;
      if (text) drivers.set(name, text);
    }
  const fallback = top.get('default');
  return { defaults: fallback ? stringsIn(fallback).reverse() : [], drivers };
}

/** The `DB_CONNECTION=` of a dotenv file (`.env.example`), if set. */
export const envConnection = (text: string): string | undefined => dotenvValue(text, 'DB_CONNECTION');

/**
 * Where a Laravel app keeps `database.php`: `config/`, or the folder an app that moves its config
 * names (BookStack's Application returns `app/Config` from `configPath()`).
 */
const LARAVEL_CONFIGS = ['config/database.php', 'app/Config/database.php'];

/** The dialect of a Laravel app, from its `.env.example` and `config/database.php`. */
export async function laravelAppDialect(root: string, read: Reader): Promise<DialectVerdict> {
  const [envRead, found] = await Promise.all([
    readConfigFile(read, `${root}.env.example`),
    firstRead(
      read,
      LARAVEL_CONFIGS.map((f) => `${root}${f}`),
    ),
  ]);
  const env = isUnread(envRead) ? undefined : envRead;
  let databases: LaravelDatabases | undefined;
  let failure: unknown;
  if (found !== undefined && !isUnread(found)) databases = await laravelDatabases(found.text).catch((e: unknown) => void (failure = e));
  const driverOf = (name: string) => handlerFor(LARAVEL_DRIVERS, databases?.drivers.get(name) ?? name);
  const named = env === undefined ? undefined : envConnection(env);
  const said: DialectSource | undefined =
    named && driverOf(named) ? { dialect: driverOf(named)!, from: `the app's DB_CONNECTION (${root}.env.example)` } : undefined;
  // database.php maps each connection to its driver: unread, even DB_CONNECTION's driver is not known.
  if (isUnread(found)) return withUnread(found, said);
  if (failure !== undefined) return unreadVerdict(found!.path, failure, said);
  if (said) return said;
  const defaulted = defaultConnection(databases, found?.path ?? '', driverOf);
  // .env.example's read failed: its DB_CONNECTION, which overrides the default, is not known.
  return isUnread(envRead) ? withUnread(envRead, defaulted) : defaulted;
}

/** The database of database.php's default connection (read at `path`), if it names one. */
function defaultConnection(databases: LaravelDatabases | undefined, path: string, driverOf: (name: string) => Dialect | undefined): DialectSource | undefined {
  for (const name of databases?.defaults ?? []) {
    const dialect = databases?.drivers.has(name) || handlerFor(LARAVEL_DRIVERS, name) ? driverOf(name) : undefined;
    if (dialect) return { dialect, from: `the app's default connection (${path})` };
  }
  return undefined;
}

// ---- Rails -----------------------------------------------------------------------------------

/** The files a Rails app may name its database in, in order. */
const RAILS_FILES = ['config/database.yml', 'config/database.yml.example', 'config/database.yml.sample', 'config/example.database.yml'];

type YamlMap = Record<string, unknown>;
const isMap = (v: unknown): v is YamlMap => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The adapter a database entry names (`adapter:`, or a `url:`'s scheme). */
function adapterOf(entry: YamlMap): Dialect | undefined {
  if (typeof entry.adapter === 'string') return handlerFor(RAILS_ADAPTERS, entry.adapter.trim().toLowerCase());
  const scheme = typeof entry.url === 'string' ? /^([a-z0-9]+):/i.exec(entry.url.trim())?.[1] : undefined;
  return scheme ? handlerFor(RAILS_ADAPTERS, scheme.toLowerCase()) : undefined;
}

/** `migrations_paths` of an entry (a string or a list). */
const migrationPaths = (entry: YamlMap): string[] =>
  (Array.isArray(entry.migrations_paths) ? entry.migrations_paths : [entry.migrations_paths]).filter((p): p is string => typeof p === 'string');

/** `database.yml` read as YAML, its ERB left out; throws when it is no YAML. */
const parseRailsYaml = (text: string): unknown => parseYaml(text.replace(/<%[\s\S]*?%>/g, ''), { merge: true });

/**
 * The dialect a read `database.yml` names for migrations in `folder` (`db/migrate`, relative to the
 * app). ERB (`<%= ENV.fetch(…) %>`) is left out before the YAML is read (`parseRailsYaml`).
 */
function railsDocDialect(doc: unknown, folder: string): Dialect | undefined {
  if (!isMap(doc)) return undefined;
  const env = [doc.production, doc.development, doc.default].find(isMap);
  if (!env) return undefined;
  if (adapterOf(env)) return adapterOf(env);
  // A multi-database file: one entry per database, each with its own migrations folder.
  const entries = Object.entries(env).filter((e): e is [string, YamlMap] => isMap(e[1]));
  const own =
    entries.find(([, e]) => migrationPaths(e).some((p) => p.replace(/\/+$/, '') === folder)) ??
    (folder === 'db/migrate' ? (entries.find(([name]) => name === 'primary') ?? entries.find(([, e]) => !migrationPaths(e).length)) : undefined);
  return own ? adapterOf(own[1]) : undefined;
}

/** The dialect of a Rails app, from the first of its database files that names one. */
export async function railsAppDialect(root: string, folder: string, read: Reader): Promise<DialectVerdict> {
  for (const file of RAILS_FILES) {
    const text = await readConfigFile(read, `${root}${file}`);
    // A database file whose read failed may be the one that names the database: in doubt, naming it.
    if (isUnread(text)) return withUnread(text);
    if (text === undefined) continue;
    let doc: unknown;
    try {
      doc = parseRailsYaml(text);
    } catch (e) {
      return unreadVerdict(`${root}${file}`, `not YAML: ${failureText(e)}`);
    }
    const dialect = railsDocDialect(doc, folder);
    return dialect ? { dialect, from: `the app's ${file.slice('config/'.length)} (${root}${file})` } : undefined;
  }
  return undefined;
}

// ---- shared ----------------------------------------------------------------------------------

/** The first of `paths` that is there, with its text; or the first whose read failed (it may be the one). */
async function firstRead(read: Reader, paths: string[]): Promise<{ path: string; text: string } | UnreadConfig | undefined> {
  for (const path of paths) {
    const text = await readConfigFile(read, path);
    if (isUnread(text)) return text;
    if (text !== undefined) return { path, text };
  }
  return undefined;
}

/** Where an app's config lives for a migration at `path`, and which folder of it holds the migration; undefined when the path does not say. */
type AppOf = (path: string) => { root: string; folder: string } | undefined;

const laravelApp: AppOf = (path) => {
  const m = /^(.*?)(database\/migrations)\//.exec(path);
  return m ? { root: m[1]!, folder: m[2]! } : undefined;
};
const railsApp: AppOf = (path) => {
  const m = /^(.*?)(db\/[^/]*migrate)\//.exec(path);
  return m ? { root: m[1]!, folder: m[2]! } : undefined;
};

/** A Django app's folder (`shop/`) for a migration in `shop/migrations/`. */
const djangoApp: AppOf = (path) => {
  const m = /^(.*\/)?migrations\/[^/]+$/.exec(path);
  return m ? { root: m[1] ?? '', folder: 'migrations' } : undefined;
};

/** The folder above a migration's folder (`db/` for `db/migrations/x.js`): where a knexfile or a Sequelize config is looked for first. */
const jsApp: AppOf = (path) => {
  const m = /^(.*\/)?([^/]+)\/[^/]+$/.exec(path);
  return m ? { root: m[1] ?? '', folder: m[2]! } : undefined;
};

/** An Elixir project (`apps/shop/`) and its repo's folder (`priv/repo`) for a migration in its `priv/<repo>/migrations/`. */
const ectoApp: AppOf = (path) => {
  const m = /^(.*?)(priv\/[^/]+)\/migrations\//.exec(path);
  return m ? { root: m[1]!, folder: m[2]! } : undefined;
};

const APPS = {
  laravel: { of: laravelApp, find: (root: string, _folder: string, read: Reader) => laravelAppDialect(root, read) },
  rails: { of: railsApp, find: railsAppDialect },
  django: { of: djangoApp, find: (root: string, _folder: string, read: Reader, list?: Lister) => djangoAppDialect(root, read, list) },
  knex: { of: jsApp, find: (root: string, _folder: string, read: Reader) => knexAppDialect(root, read) },
  sequelize: { of: jsApp, find: (root: string, _folder: string, read: Reader) => sequelizeAppDialect(root, read) },
  ecto: { of: ectoApp, find: (root: string, folder: string, read: Reader) => ectoAppDialect(root, read, folder) },
  typeorm: { of: jsApp, find: (root: string, _folder: string, read: Reader, list?: Lister) => typeormAppDialect(root, read, list) },
};

type Lister = NonNullable<MigrationInput['listDir']>;

export type AppFramework = keyof typeof APPS;

/**
 * The database the app's config names for a migration at `path` (read once per reader); undefined
 * when the path or the config does not say; a doubt when a config there could not be read.
 */
export function appConfigDialect(app: AppFramework, path: string, read: Reader, list?: Lister): Promise<DialectVerdict> {
  const { of, find } = APPS[app];
  const at = of(path);
  return at
    ? verdictOncePerReader(read, `${app}:${at.root}:${at.folder}`, () => find(at.root, at.folder, read, list), `the app's config (${app}, ${at.root || './'})`)
    : Promise.resolve(undefined);
}

/**
 * `framework`, reading each migration in the database its app's config names when neither the
 * config's `dialect:` nor the path says one; in doubt (a config there that could not be read), for
 * what holds on every database, with one notice naming it.
 */
export function withAppDialect(framework: Framework, app: AppFramework): Framework {
  return {
    ...framework,
    async analyse(input) {
      const read = input.readFile;
      const verdict = input.dialect || dialectOfPath(input.path) || !read ? undefined : await appConfigDialect(app, input.path, read, input.listDir);
      return analyseInVerdict(framework, input, verdict);
    },
  };
}
