// The database a Knex or Sequelize project's config names, for its migrations (a `table.index()` or
// `queryInterface.addIndex()` reads the same on every database, and MySQL projects were given
// Postgres locking advice on every index and foreign key):
// - Knex: the knexfile its CLI reads (`knexfile.js` or `.ts`, in the folder above the migrations
//   folder or one of its parents: `knex migrate:latest` runs where the knexfile is, and the
//   migrations folder defaults to `./migrations` beside it): the `client` of its environments.
// - Sequelize: the config sequelize-cli reads (`config/config.json` beside the migrations folder,
//   or the path `.sequelizerc` gives as `config`, outline's `path.resolve('server/config',
//   'database.js')`): the `dialect` of its environments.
// Every environment's value is read (a literal, or the fallback of `process.env.X || 'mysql2'`):
// when they name one database, that is the project's. SQLite is not decisive (projects keep it
// for development and tests while production names another database, or reads it from the
// environment). Environments that name different databases leave it in doubt: one notice names
// them, and the migrations are read for what holds on every database. A config that is there but cannot be read (a config.json that is no JSON,
// a knexfile with a syntax error and no client read, a grammar that does not load) leaves the
// database in doubt: one notice names it (src/core/frameworks/dialect-doubt.ts).
import type { Dialect } from '../sql/dialect';
import { firstErrorNode, lineOf, type Node } from '../parsers/tree-sitter';
import { unreadVerdict, verdictOf, withUnread, type DialectVerdict } from './dialect-doubt';
import { jsStr, parseJs } from './dsl/js';
import { isUnread, readConfigFile, upwards, type ConfigReader } from './tool-dialect';
import { handlerFor } from './dispatch';

type Reader = ConfigReader;

/** Knex `client` and Sequelize `dialect` names. */
const DRIVERS: Record<string, Dialect> = {
  mysql: 'mysql',
  mysql2: 'mysql',
  mariadb: 'mysql',
  pg: 'postgres',
  postgres: 'postgres',
  postgresql: 'postgres',
  'pg-native': 'postgres',
  pgnative: 'postgres',
  cockroachdb: 'cockroachdb',
  sqlite: 'sqlite',
  sqlite3: 'sqlite',
  'better-sqlite3': 'sqlite',
  mssql: 'sqlserver',
  tedious: 'sqlserver',
  oracle: 'oracle',
  oracledb: 'oracle',
};

/** The property name of an object pair (`client: …`, `'client': …`). */
export const keyOf = (pair: Node): string | undefined => {
  const key = pair.childForFieldName('key');
  return key?.type === 'property_identifier' ? key.text : jsStr(key);
};

/** The databases the values of `property` name anywhere in a JS/TS config (each value's string literals). */
export async function namedInJs(source: string, path: string, property: string): Promise<Set<Dialect>> {
  using tree = await parseJs(path, source);
  const found = new Set<Dialect>();
  for (const pair of tree.rootNode.descendantsOfType('pair')) {
    if (keyOf(pair) !== property) continue;
    const value = pair.childForFieldName('value');
    const strings = value ? (value.type === 'string' ? [value] : value.descendantsOfType('string')) : [];
    for (const s of strings) {
      const d = handlerFor(DRIVERS, jsStr(s)?.toLowerCase() ?? '');
      if (d) found.add(d);
    }
  }
  // A file the grammar could not read whole may hold the value in what it could not read.
  const error = found.size ? undefined : firstErrorNode(tree.rootNode);
  if (error) throw new Error(`a syntax error at line ${lineOf(error)}`);
  return found;
}

/** The databases a sequelize-cli `config.json` names: each environment's `dialect`; throws when it is no JSON. */
export function namedInJson(text: string): Set<Dialect> {
  const found = new Set<Dialect>();
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new Error(`not JSON: ${(e as Error).message}`);
  }
  for (const env of Object.values(typeof doc === 'object' && doc ? doc : {})) {
    const named = typeof env === 'object' && env && 'dialect' in env ? (env as { dialect: unknown }).dialect : undefined;
    const d = typeof named === 'string' ? handlerFor(DRIVERS, named.toLowerCase()) : undefined;
    if (d) found.add(d);
  }
  return found;
}

/**
 * The one database a config names, SQLite left out as not decisive; environments that name
 * different ones leave the database in doubt (said, as the JVM's disagreeing profiles are).
 */
function decided(found: Set<Dialect>, from: string): DialectVerdict {
  return verdictOf([...found].filter((d) => d !== 'sqlite').map((dialect) => ({ dialect, from })));
}

const KNEXFILES = ['knexfile.js', 'knexfile.ts'];

/** The database a Knex project's knexfile names, for migrations in `root` + `folder` (`db/` + `migrations`). */
export async function knexAppDialect(root: string, read: Reader): Promise<DialectVerdict> {
  for (const dir of upwards(root)) {
    for (const name of KNEXFILES) {
      const text = await readConfigFile(read, `${dir}${name}`);
      // A knexfile whose read failed may be the one that names the client: in doubt, naming it.
      if (isUnread(text)) return withUnread(text);
      if (text !== undefined) return readConfig(`${dir}${name}`, () => namedInJs(text, name, 'client'), `the knexfile's client (${dir}${name})`);
    }
  }
  return undefined;
}

/** What the config at `path` names (`names` reads it), or the doubt it leaves when it cannot be read. */
async function readConfig(path: string, names: () => Promise<Set<Dialect>> | Set<Dialect>, from: string): Promise<DialectVerdict> {
  try {
    return decided(await names(), from);
  } catch (e) {
    return unreadVerdict(path, e);
  }
}

/** The config path `.sequelizerc` gives (`'config': path.resolve('server/config', 'database.js')`), relative to its folder. */
export async function sequelizercConfig(text: string): Promise<string | undefined> {
  using tree = await parseJs('.sequelizerc.js', text);
  for (const pair of tree.rootNode.descendantsOfType('pair')) {
    if (keyOf(pair) !== 'config') continue;
    const value = pair.childForFieldName('value');
    const parts = value?.type === 'call_expression' ? (value.childForFieldName('arguments')?.namedChildren ?? []).map((a) => jsStr(a)) : [jsStr(value)];
    if (!parts.length || parts.some((p) => p === undefined)) return undefined;
    return parts
      .join('/')
      .replace(/^\.\//, '')
      .replace(/\/{2,}/g, '/');
  }
  return undefined;
}

/** The database a Sequelize project's config names, for migrations in `root` + `migrations/` (or a `.sequelizerc` above them). */
export async function sequelizeAppDialect(root: string, read: Reader): Promise<DialectVerdict> {
  for (const dir of upwards(root)) {
    const rc = await readConfigFile(read, `${dir}.sequelizerc`);
    // A .sequelizerc whose read failed may move the config anywhere: in doubt, naming it.
    if (isUnread(rc)) return withUnread(rc);
    let configured: string | undefined;
    try {
      configured = rc === undefined ? undefined : await sequelizercConfig(rc);
    } catch (e) {
      return unreadVerdict(`${dir}.sequelizerc`, e);
    }
    if (rc !== undefined && !configured) return undefined;
    const path = `${dir}${configured ?? 'config/config.json'}`;
    const text = await readConfigFile(read, path);
    if (isUnread(text)) return withUnread(text);
    if (text === undefined) {
      if (rc !== undefined) return undefined;
      continue;
    }
    return readConfig(path, () => (path.endsWith('.json') ? namedInJson(text) : namedInJs(text, path, 'dialect')), `the Sequelize config's dialect (${path})`);
  }
  return undefined;
}
