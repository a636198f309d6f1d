// The database a TypeORM project's config names, for its migrations (a `queryRunner.createTable()`
// reads the same on every database, and a MySQL project's backtick SQL was read as Postgres; the
// drill rehearsed it on Postgres). TypeORM's CLI reads, from the project's folder (the one with
// package.json):
// - the DataSource its script names (`typeorm -d src/data-source.ts`, `--dataSource`; TypeORM 0.3),
//   or the config file (`-f`, `--config`; 0.2);
// - `ormconfig.env` / `.env` (`TYPEORM_CONNECTION=mysql`), then `ormconfig.{js,cjs,mjs,ts,mts,cts,json,yml,yaml}`,
//   in TypeORM 0.2's ConnectionOptionsReader order; `.env.example`, the template a clone copies;
// - a DataSource in a file named for it (`data-source.ts`, `datasource.ts`, `typeorm.config.ts`,
//   `orm.config.ts`), in the migrations' folder, the folders above it, or the project's `src/`
//   (songbook's `server/ormconfig.ts`, ShippingBackend's `src/database/data-source.ts`).
// Every `type` of an options object (one with `host`, `database`, `url`, `migrations`, …) is read,
// a literal or the fallback of `process.env.DB_TYPE || 'mysql'`: when they name one database, that
// is the project's; when they name several, it is in doubt (one notice names them). SQLite alone
// is not decisive (kept for tests and development), as for Knex.
// A config that names none (read from the environment) leaves the migrations read as Postgres. One
// that is there but cannot be read (an ormconfig.json that is no JSON, a DataSource file with a
// syntax error and no `type` read, a grammar that does not load) leaves the database in doubt: one
// notice names it (src/core/frameworks/dialect-doubt.ts).
import { parse as parseYaml } from 'yaml';
import type { Dialect } from '../sql/dialect';
import type { MigrationInput } from './framework';
import { jsStr, parseJs } from './dsl/js';
import { dotenvValue, isUnread, readConfigFile, upwards, type ConfigReader } from './tool-dialect';
import { keyOf } from './js-app-dialect';
import { handlerFor } from './dispatch';
import { firstErrorNode, lineOf } from '../parsers/tree-sitter';
import { unreadVerdict, verdictOf, withUnread, type DialectVerdict, type UnreadConfig } from './dialect-doubt';

/** TypeORM's `type` names (DataSourceOptions) and `TYPEORM_CONNECTION` values. */
const TYPES: Record<string, Dialect> = {
  mysql: 'mysql',
  mariadb: 'mysql',
  'aurora-mysql': 'mysql',
  postgres: 'postgres',
  'aurora-postgres': 'postgres',
  cockroachdb: 'cockroachdb',
  sqlite: 'sqlite',
  'better-sqlite3': 'sqlite',
  sqljs: 'sqlite',
  capacitor: 'sqlite',
  cordova: 'sqlite',
  expo: 'sqlite',
  nativescript: 'sqlite',
  'react-native': 'sqlite',
  mssql: 'sqlserver',
  oracle: 'oracle',
  sap: 'hana',
  spanner: 'spanner',
};

/** Keys that make an object TypeORM's connection options (beside `type`). */
const OPTION_KEYS = new Set([
  'host',
  'port',
  'url',
  'database',
  'username',
  'password',
  'entities',
  'migrations',
  'synchronize',
  'migrationsRun',
  'replication',
  'extra',
]);

const typeOf = (name: string): Dialect | undefined => handlerFor(TYPES, name.trim().toLowerCase());

/** The databases the `type` of connection options names in a JS/TS file (each string literal of its value). */
export async function typesInJs(source: string, path: string): Promise<Set<Dialect>> {
  using tree = await parseJs(path, source);
  const found = new Set<Dialect>();
  for (const object of tree.rootNode.descendantsOfType('object')) {
    const pairs = object.namedChildren.filter((c) => c.type === 'pair');
    const keys = new Set(pairs.map(keyOf));
    if (![...keys].some((k) => k !== undefined && OPTION_KEYS.has(k))) continue;
    const value = pairs.find((p) => keyOf(p) === 'type')?.childForFieldName('value');
    const strings = value ? (value.type === 'string' ? [value] : value.descendantsOfType('string')) : [];
    for (const s of strings) {
      const d = typeOf(jsStr(s) ?? '');
      if (d) found.add(d);
    }
  }
  // A file the grammar could not read whole may hold its `type` in what it could not read.
  const error = found.size ? undefined : firstErrorNode(tree.rootNode);
  if (error) throw new Error(`a syntax error at line ${lineOf(error)}`);
  return found;
}

/** The databases an `ormconfig.json|yml` names: its options' `type`, or each connection's (an array, or a map by name). */
export function typesInData(doc: unknown): Set<Dialect> {
  const found = new Set<Dialect>();
  const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
  const entries = Array.isArray(doc) ? doc : isMap(doc) ? ('type' in doc ? [doc] : Object.values(doc)) : [];
  for (const entry of entries) {
    const named = isMap(entry) && typeof entry.type === 'string' ? typeOf(entry.type) : undefined;
    if (named) found.add(named);
  }
  return found;
}

/** `TYPEORM_CONNECTION=` of a dotenv file, if set (the same line reading as Laravel's `DB_CONNECTION`). */
export const envTypeormConnection = (text: string): string | undefined => dotenvValue(text, 'TYPEORM_CONNECTION');

/** The databases a config file names, by its kind; throws when it cannot be read. */
async function typesIn(text: string, path: string): Promise<Set<Dialect>> {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (/\.[cm]?[jt]s$/.test(name)) return typesInJs(text, path);
  if (name.endsWith('.json')) {
    try {
      return typesInData(JSON.parse(text));
    } catch (e) {
      throw new Error(`not JSON: ${(e as Error).message}`);
    }
  }
  if (/\.ya?ml$/.test(name)) {
    try {
      return typesInData(parseYaml(text));
    } catch (e) {
      throw new Error(`not YAML: ${(e as Error).message}`);
    }
  }
  const connection = envTypeormConnection(text);
  const d = connection ? typeOf(connection) : undefined;
  return new Set(d ? [d] : []);
}

/**
 * The one database a config names, SQLite left out as not decisive; a config that names different
 * ones (a type per environment) leaves the database in doubt.
 */
function decided(found: Set<Dialect>, from: string): DialectVerdict {
  return verdictOf([...found].filter((d) => d !== 'sqlite').map((dialect) => ({ dialect, from })));
}

/** What the CLI's scripts name: `-d`/`--dataSource` (0.3) or `-f`/`--config` (0.2) after `typeorm`, relative to the package. */
export function scriptConfigPaths(packageJson: string): string[] {
  let scripts: unknown;
  try {
    scripts = (JSON.parse(packageJson) as { scripts?: unknown }).scripts;
  } catch {
    return [];
  }
  const paths: string[] = [];
  for (const script of Object.values(typeof scripts === 'object' && scripts ? scripts : {})) {
    if (typeof script !== 'string' || !script.includes('typeorm')) continue;
    const words = script.split(/\s+/);
    words.forEach((word, i) => {
      const eq = /^--(?:dataSource|config)=(.+)$/.exec(word)?.[1];
      const next = ['-d', '--dataSource', '-f', '--config'].includes(word) ? words[i + 1] : undefined;
      const path = (eq ?? next)?.replace(/^["']|["']$/g, '').replace(/^\.\//, '');
      if (path && !path.startsWith('-') && !paths.includes(path)) paths.push(path);
    });
  }
  // A script that runs the build's `dist/db/data-source.js`: its source is `db/data-source.ts`.
  return paths.flatMap((p) => {
    const source = /^(?:dist|build|out)\/(.+)\.js$/.exec(p)?.[1];
    return source ? [p, `${source}.ts`] : [p];
  });
}

/** TypeORM 0.2's config files, in the order its ConnectionOptionsReader tries them (after the environment). */
const ORMCONFIGS = ['js', 'cjs', 'mjs', 'ts', 'mts', 'cts', 'json', 'yml', 'yaml'].map((ext) => `ormconfig.${ext}`);

/** A file named for a DataSource or TypeORM's options (`data-source.ts`, `typeorm.config.ts`, `orm-config.ts`). */
const isDataSourceName = (name: string) =>
  /^(?:[\w-]+[.-])?(?:data-?source|typeorm|orm[.-]?config)(?:[.-][\w-]+)?\.[cm]?[jt]s$/i.test(name) &&
  !name.endsWith('.d.ts') &&
  !/\.(?:spec|test)\./.test(name);

type Lister = NonNullable<MigrationInput['listDir']>;

/**
 * The files of `dir` TypeORM may be configured in, in the order they are read; `hasPackage` when it
 * is the project's folder. A package.json whose read failed: its scripts may name the config, and it
 * may end the search here, so it is returned (the database is in doubt).
 */
async function candidates(dir: string, read: ConfigReader, list: Lister | undefined): Promise<{ paths: string[]; hasPackage: boolean } | UnreadConfig> {
  const names = list ? await list(dir).catch(() => undefined) : undefined;
  const listed = (name: string) => (names ? names.includes(name) : true);
  const pkg = listed('package.json') ? await readConfigFile(read, `${dir}package.json`) : undefined;
  if (isUnread(pkg)) return pkg;
  const scripted = pkg === undefined ? [] : scriptConfigPaths(pkg).map((p) => `${dir}${p}`);
  const own = [...['ormconfig.env', '.env'], ...ORMCONFIGS, '.env.example'].filter((n) => (names ? names.includes(n) : true));
  const named = (names ?? []).filter(isDataSourceName).filter((n) => !n.startsWith('ormconfig.'));
  const src = pkg !== undefined && list ? ((await list(`${dir}src/`).catch(() => undefined)) ?? []).filter(isDataSourceName).map((n) => `${dir}src/${n}`) : [];
  return { paths: [...scripted, ...own.map((n) => `${dir}${n}`), ...named.map((n) => `${dir}${n}`), ...src], hasPackage: pkg !== undefined };
}

/** How a config file is named in a notice. */
const sourceOf = (path: string): string => {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (name.startsWith('.env') || name.endsWith('.env')) return `the project's TYPEORM_CONNECTION (${path})`;
  return `TypeORM's connection type (${path})`;
};

/**
 * The database a TypeORM project's config names, for migrations in `root` + a folder (`src/` +
 * `migrations`): the folders from `root` up to the project's (the first with package.json), nearest first.
 */
export async function typeormAppDialect(root: string, read: ConfigReader, list?: Lister): Promise<DialectVerdict> {
  for (const dir of upwards(root)) {
    const files = await candidates(dir, read, list);
    if (isUnread(files)) return withUnread(files);
    const { paths, hasPackage } = files;
    for (const path of [...new Set(paths)]) {
      const text = await readConfigFile(read, path);
      // TypeORM may read this file: what it names is not known, so nothing after it decides.
      if (isUnread(text)) return withUnread(text);
      if (text === undefined) continue;
      let found: Set<Dialect>;
      try {
        found = await typesIn(text, path);
      } catch (e) {
        // TypeORM would read this file (or fail on it): what it names is not known, so nothing after it decides.
        return unreadVerdict(path, e);
      }
      const verdict = decided(found, sourceOf(path));
      if (verdict) return verdict;
    }
    if (hasPackage) return undefined;
  }
  return undefined;
}
