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
// - else a NestJS app's TypeORM options, in the package's folder (or, with no package.json, the
//   folder that holds the migrations' `src/`): `TypeOrmModule.forRoot({ type })` and
//   `forRootAsync({ useFactory: () => ({ type }) })` in `src/app.module.ts`, the options objects of
//   `src/config/`, `src/database/`, `src/db/` (`registerAs('database', () => ({ type }))`), read
//   together (Insider92/rock-paper-scissor-server's `src/config/orm.config.ts`).
// Every `type` of an options object (one with `host`, `database`, `url`, `migrations`, …) is read,
// a literal or a const bound to one: when they name one database, that is the project's; when they
// name several, it is in doubt (one notice names them). SQLite alone is not decisive (kept for
// tests and development), as for Knex. A `type` read at run time (`process.env.DB_TYPE as any`,
// `configService.get('DB_TYPE')`) is a doubt too, never a silent Postgres reading: the deploy
// chooses; its fallback (`|| 'mysql'`) is named in the notice as one of the databases.
// A config that names no type (absent, or options without one) leaves the migrations read as Postgres. One
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
import { firstErrorNode, lineOf, type Node } from '../parsers/tree-sitter';
import { readFailureText, unreadVerdict, verdictOf, withUnread, type DialectVerdict, type UnreadConfig } from './dialect-doubt';
import type { DialectSource } from '../sql/dialect';

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

/** What the `type`s of connection options say: the databases they name, and the values chosen at run time (`process.env.DB_TYPE`). */
export interface NamedTypes {
  named: Set<Dialect>;
  runtime: string[];
}

/** The expression under casts and parentheses (`(process.env.DB_TYPE as any)`, `<any>x`, `'mysql' as const`). */
function unwrap(node: Node): Node {
  switch (node.type) {
    case 'parenthesized_expression':
    case 'as_expression':
    case 'satisfies_expression':
    case 'non_null_expression':
      return node.namedChildren[0] ? unwrap(node.namedChildren[0]) : node;
    case 'type_assertion':
      return node.namedChildren.at(-1) ? unwrap(node.namedChildren.at(-1)!) : node;
    default:
      return node;
  }
}

/** The values a `type` may take: each branch of `a ? b : c`, each side of `a || b` / `a ?? b`. */
function leaves(node: Node): Node[] {
  const n = unwrap(node);
  if (n.type === 'ternary_expression') {
    return [n.childForFieldName('consequence'), n.childForFieldName('alternative')].flatMap((c) => (c ? leaves(c) : []));
  }
  const op = n.type === 'binary_expression' ? n.childForFieldName('operator')?.type : undefined;
  if (op === '||' || op === '??') return [n.childForFieldName('left'), n.childForFieldName('right')].flatMap((c) => (c ? leaves(c) : []));
  return [n];
}

/**
 * The databases the `type` of connection options names in a JS/TS file (a literal, a const the file
 * binds to one, or the fallback of `process.env.DB_TYPE || 'mysql'`), and the values it reads at run
 * time (`process.env.DB_TYPE`, `configService.get('DB_TYPE')`): a NestJS app's
 * `TypeOrmModule.forRoot({ type })`, `forRootAsync({ useFactory: () => ({ type }) })` and
 * `registerAs('database', () => ({ type }))` are such options objects.
 */
export async function typeormTypesInJs(source: string, path: string): Promise<NamedTypes> {
  using tree = await parseJs(path, source);
  const named = new Set<Dialect>();
  const runtime: string[] = [];
  // `const CONNECTION_TYPE = 'postgres'`: a name the file binds to a string once.
  const consts = new Map<string, Node[]>();
  for (const d of tree.rootNode.descendantsOfType('variable_declarator')) {
    const name = d.childForFieldName('name');
    const value = d.childForFieldName('value');
    if (name?.type === 'identifier' && value) consts.set(name.text, [...(consts.get(name.text) ?? []), value]);
  }
  for (const object of tree.rootNode.descendantsOfType('object')) {
    const pairs = object.namedChildren.filter((c) => c.type === 'pair');
    const keys = new Set(pairs.map(keyOf));
    if (![...keys].some((k) => k !== undefined && OPTION_KEYS.has(k))) continue;
    const value = pairs.find((p) => keyOf(p) === 'type')?.childForFieldName('value');
    for (const leaf of value ? leaves(value) : []) {
      const bound = leaf.type === 'identifier' ? consts.get(leaf.text) : undefined;
      const literal = bound?.length === 1 ? unwrap(bound[0]!) : leaf;
      if (literal.type === 'string') {
        const d = typeOf(jsStr(literal) ?? '');
        if (d) named.add(d);
        continue;
      }
      // Read at run time; a string in it that names a database is its fallback (`configService.get('DB_TYPE', 'postgres')`).
      runtime.push(leaf.text.replace(/\s+/g, ' '));
      for (const s of leaf.descendantsOfType('string')) {
        const d = typeOf(jsStr(s) ?? '');
        if (d) named.add(d);
      }
    }
  }
  // A file the grammar could not read whole may hold its `type` in what it could not read.
  const error = named.size || runtime.length ? undefined : firstErrorNode(tree.rootNode);
  if (error) throw new Error(`a syntax error at line ${lineOf(error)}`);
  return { named, runtime };
}

/** The databases the `type` of connection options names in a JS/TS file (each value's literals and fallbacks). */
export async function typesInJs(source: string, path: string): Promise<Set<Dialect>> {
  return (await typeormTypesInJs(source, path)).named;
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

/** The databases a config file names (and the types it reads at run time), by its kind; throws when it cannot be read. */
async function typesIn(text: string, path: string): Promise<NamedTypes> {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (/\.[cm]?[jt]s$/.test(name)) return typeormTypesInJs(text, path);
  return { named: dataTypesIn(text, name), runtime: [] };
}

function dataTypesIn(text: string, name: string): Set<Dialect> {
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

/** A NestJS app's folders for its TypeORM options (`TypeOrmModule.forRoot`, `registerAs('database', …)`), beside src/app.module.ts. */
const NEST_FOLDERS = ['src/config/', 'src/database/', 'src/db/'];
/** Files read per folder, at most (the read budget). */
const NEST_PER_FOLDER = 8;
const isScript = (name: string) => /\.[cm]?[jt]s$/.test(name) && !name.endsWith('.d.ts') && !/\.(?:spec|test)\./.test(name);

/**
 * The files of a NestJS app in `dir` that may hold its TypeORM options: src/app.module.ts, and the
 * scripts of its config folders (with a lister). A listing that fails (an API error, the read
 * budget spent) is `unread`: the options may be in that folder, so the database is in doubt.
 */
async function nestFiles(dir: string, list: Lister | undefined): Promise<{ files: string[]; unread?: UnreadConfig }> {
  if (!list) return { files: [`${dir}src/app.module.ts`] };
  const listed = async (folder: string): Promise<string[] | UnreadConfig> => {
    try {
      // A folder that holds folders only may list as nothing (git): its subfolders are listed still.
      return (await list(folder)) ?? [];
    } catch (e) {
      return { file: folder, failure: readFailureText(e), readFailed: true };
    }
  };
  const src = await listed(`${dir}src/`);
  if (!Array.isArray(src)) return { files: [], unread: src };
  const files = src.includes('app.module.ts') ? [`${dir}src/app.module.ts`] : [];
  // A lister names files only: each folder is listed (one read each), an absent one lists nothing.
  for (const folder of NEST_FOLDERS) {
    const names = await listed(`${dir}${folder}`);
    if (!Array.isArray(names)) return { files, unread: names };
    files.push(
      ...names
        .filter(isScript)
        .sort()
        .slice(0, NEST_PER_FOLDER)
        .map((n) => `${dir}${folder}${n}`),
    );
  }
  return { files };
}

/** What a file's types say: the one database (or a doubt), a doubt when the type is chosen at run time. */
function verdictIn(sources: DialectSource[], runtime: UnreadConfig[]): DialectVerdict {
  const said = verdictOf(sources.filter((s) => s.dialect !== 'sqlite'));
  return runtime.reduce<DialectVerdict>((v, r) => withUnread(r, v), said);
}

const chosenAtRunTime = (file: string, runtime: string[]): UnreadConfig => ({
  file,
  failure: `its connection type is \`${runtime[0]!.length > 60 ? `${runtime[0]!.slice(0, 57)}...` : runtime[0]}\``,
  runtime: true,
});

/**
 * The database a NestJS app's TypeORM options name, when no DataSource or ormconfig did: every file
 * read together, so that two that name different databases leave it in doubt.
 */
async function nestAppDialect(dir: string, read: ConfigReader, list: Lister | undefined, tried: Set<string>): Promise<DialectVerdict> {
  const sources: DialectSource[] = [];
  const runtime: UnreadConfig[] = [];
  const { files, unread } = await nestFiles(dir, list);
  for (const path of files) {
    if (tried.has(path)) continue;
    const text = await readConfigFile(read, path);
    if (isUnread(text)) return withUnread(text, verdictIn(sources, runtime));
    if (text === undefined) continue;
    let found: NamedTypes;
    try {
      found = await typeormTypesInJs(text, path);
    } catch (e) {
      // A syntax error in app.module.ts may hide `TypeOrmModule.forRoot({ type })`.
      return unreadVerdict(path, e, verdictIn(sources, runtime));
    }
    for (const dialect of found.named) sources.push({ dialect, from: sourceOf(path) });
    // A config folder holds other services' options too (`{ type: process.env.MAIL_TYPE, host }`):
    // a type read at run time is TypeORM's only in a file that names TypeORM.
    if (found.runtime.length && /typeorm/i.test(text)) runtime.push(chosenAtRunTime(path, found.runtime));
  }
  return unread ? withUnread(unread, verdictIn(sources, runtime)) : verdictIn(sources, runtime);
}

/**
 * The database a TypeORM project's config names, for migrations in `root` + a folder (`src/` +
 * `migrations`): the folders from `root` up to the project's (the first with package.json), nearest
 * first; in the project's folder, last, a NestJS app's `TypeOrmModule` options.
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
      let found: NamedTypes;
      try {
        found = await typesIn(text, path);
      } catch (e) {
        // TypeORM would read this file (or fail on it): what it names is not known, so nothing after it decides.
        return unreadVerdict(path, e);
      }
      const said = decided(found.named, sourceOf(path));
      // `type: process.env.DB_TYPE`: the database is the deploy's, named nowhere here (its fallback, if any, is one of them).
      if (found.runtime.length) return withUnread(chosenAtRunTime(path, found.runtime), said);
      if (said) return said;
    }
    if (hasPackage) return nestAppDialect(dir, read, list, new Set(paths));
  }
  // No package.json on the way up: a NestJS app's folder is the one that holds the migrations' `src/`.
  const app = /^(?:.*\/)?(?=src\/)/.exec(root)?.[0];
  return app === undefined ? undefined : nestAppDialect(app, read, list, new Set());
}
