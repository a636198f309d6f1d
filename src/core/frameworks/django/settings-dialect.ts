// The database a Django project's settings name, for its migrations (an `AddIndex` reads the same on
// every database, and MySQL projects were given Postgres locking advice on every index and foreign
// key). Django finds its settings through `manage.py` (`os.environ.setdefault(
// "DJANGO_SETTINGS_MODULE", "mysite.settings")`, written by `startproject`); the settings module (or
// a module it star-imports, `from .base import *`) assigns `DATABASES`, whose `default` database
// names its backend: `'ENGINE': 'django.db.backends.mysql'`, or a URL (`dj_database_url.config(
// default="mysql://…")`, `env.db(default=…)`). Shapes from public settings files: a plain dict, an
// engine read from the environment with a literal fallback, a settings package whose `base.py` holds
// `DATABASES` (test/fixtures/patterns/app-dialect/SOURCE.md).
//
// SQLite is not taken from there: `startproject` writes it into every new project's settings, and
// projects keep it for development while production reads a URL from the environment; reading it
// as the project's database would withhold the Postgres advice from Postgres projects. Nor is a
// project whose assignments name different databases (`if DB_ENGINE == 'mysql': … else: …`).
import type { Dialect, DialectSource } from '../../sql/dialect';
import { parseCode, type Node } from '../../parsers/tree-sitter';
import { pyStr } from '../dsl/python';
import { upwards, type ConfigReader, safeRead } from '../tool-dialect';
import { handlerFor } from '../dispatch';

type Reader = ConfigReader;

/** Django's own backends, by the last part of their ENGINE (`django.db.backends.mysql`, `django.contrib.gis.db.backends.postgis`). */
const BACKENDS: Record<string, Dialect> = {
  postgresql: 'postgres',
  postgresql_psycopg2: 'postgres',
  postgis: 'postgres',
  mysql: 'mysql',
  sqlite3: 'sqlite',
  spatialite: 'sqlite',
  oracle: 'oracle',
};

/** Third-party backends' ENGINE. */
const OTHER_ENGINES: Record<string, Dialect> = { mssql: 'sqlserver', 'sql_server.pyodbc': 'sqlserver', django_cockroachdb: 'cockroachdb' };

/** Database URL schemes (dj-database-url, django-environ). */
const SCHEMES: Record<string, Dialect> = {
  postgres: 'postgres',
  postgresql: 'postgres',
  pgsql: 'postgres',
  postgis: 'postgres',
  mysql: 'mysql',
  mysql2: 'mysql',
  mysqlgis: 'mysql',
  sqlite: 'sqlite',
  spatialite: 'sqlite',
  oracle: 'oracle',
  mssql: 'sqlserver',
  cockroach: 'cockroachdb',
};

/** The database a string literal names: an ENGINE, or a database URL. */
function named(literal: string): Dialect | undefined {
  const text = literal.trim();
  const backend = /^django(?:\.contrib\.gis)?\.db\.backends\.(\w+)$/.exec(text)?.[1];
  if (backend) return handlerFor(BACKENDS, backend);
  if (Object.hasOwn(OTHER_ENGINES, text)) return OTHER_ENGINES[text];
  const scheme = /^([a-z0-9]+)(?:\+\w+)?:\/\//i.exec(text)?.[1];
  return scheme ? handlerFor(SCHEMES, scheme.toLowerCase()) : undefined;
}

/** The `default` entry of a `DATABASES` dictionary, else the whole expression. */
function defaultEntry(value: Node): Node {
  if (value.type !== 'dictionary') return value;
  for (const pair of value.namedChildren)
    if (pair.type === 'pair' && pyStr(pair.childForFieldName('key') ?? undefined) === 'default') return pair.childForFieldName('value') ?? value;
  return value;
}

/** What a settings module says: the databases its `DATABASES` assignments name, and the modules it star-imports (`.base`). */
export async function readSettings(source: string): Promise<{ dialects: Set<Dialect>; assigned: boolean; imports: string[] }> {
  using tree = await parseCode('python', source);
  const dialects = new Set<Dialect>();
  let assigned = false;
  for (const asg of tree.rootNode.descendantsOfType('assignment')) {
    if (asg.childForFieldName('left')?.text !== 'DATABASES') continue;
    const right = asg.childForFieldName('right');
    if (!right) continue;
    assigned = true;
    for (const s of defaultEntry(right).descendantsOfType('string')) {
      const text = pyStr(s);
      const dialect = text === undefined ? undefined : named(text);
      if (dialect) dialects.add(dialect);
    }
  }
  const imports: string[] = [];
  for (const imp of tree.rootNode.descendantsOfType('import_from_statement')) {
    if (!imp.namedChildren.some((c) => c.type === 'wildcard_import')) continue;
    const from = imp.childForFieldName('module_name')?.text;
    if (from) imports.push(from);
  }
  return { dialects, assigned, imports };
}

/** The settings module `manage.py` names (`DJANGO_SETTINGS_MODULE`), if any. */
export async function settingsModule(source: string): Promise<string | undefined> {
  using tree = await parseCode('python', source);
  for (const call of tree.rootNode.descendantsOfType('call')) {
    const args = call.childForFieldName('arguments')?.namedChildren ?? [];
    if (args.length >= 2 && pyStr(args[0]) === 'DJANGO_SETTINGS_MODULE') return pyStr(args[1]);
  }
  return undefined;
}

/** The files a dotted module may be, relative to `base` (a folder, ending in `/` or empty). */
const moduleFiles = (base: string, module: string): string[] => {
  const path = `${base}${module.split('.').join('/')}`;
  return [`${path}.py`, `${path}/__init__.py`];
};

/**
 * A star-imported module's files: beside the importing module (`.base`, `..common`), or from the
 * project's folder when it is in the settings' own package (`mysite.settings.base`).
 */
function importedFiles(file: string, from: string, base: string, settings: string): string[] {
  const dots = /^\.+/.exec(from)?.[0].length ?? 0;
  if (!dots) return from.split('.')[0] === settings.split('.')[0] ? moduleFiles(base, from) : [];
  let dir = file.slice(0, file.lastIndexOf('/') + 1);
  for (let i = 1; i < dots; i++) dir = dir.slice(0, dir.slice(0, -1).lastIndexOf('/') + 1);
  const rest = from.slice(dots);
  return rest ? moduleFiles(dir, rest) : [];
}

/** Settings files read at most per project (the module, and the ones it star-imports). */
const SETTINGS_FILES = 4;

/** Reads of `manage.py` by reader and folder: every app of a project looks up through the same folders. */
const manageReads = new WeakMap<Reader, Map<string, Promise<string | undefined>>>();

function readManage(read: Reader, base: string): Promise<string | undefined> {
  let byDir = manageReads.get(read);
  if (!byDir) manageReads.set(read, (byDir = new Map()));
  let text = byDir.get(base);
  if (!text) byDir.set(base, (text = safeRead(read, `${base}manage.py`)));
  return text;
}

/** The nearest `manage.py` at or above `dir` (`a/b/`), with its folder. */
async function findManage(dir: string, read: Reader): Promise<{ base: string; text: string } | undefined> {
  for (const base of upwards(dir)) {
    const text = await readManage(read, base);
    if (text !== undefined) return { base, text };
  }
  return undefined;
}

/**
 * The database of the Django project a migration folder belongs to (`root`: the app's folder,
 * `shop/`), from the settings its nearest `manage.py` names; undefined when it cannot be told.
 */
export async function djangoAppDialect(root: string, read: Reader): Promise<DialectSource | undefined> {
  const manage = await findManage(root, read);
  if (!manage) return undefined;
  let byBase = answers.get(read);
  if (!byBase) answers.set(read, (byBase = new Map()));
  let answer = byBase.get(manage.base);
  if (!answer) byBase.set(manage.base, (answer = projectDialect(manage, read)));
  return answer;
}

/** Answers by reader and project (the folder of its manage.py): every app of a project shares its settings. */
const answers = new WeakMap<Reader, Map<string, Promise<DialectSource | undefined>>>();

async function projectDialect(manage: { base: string; text: string }, read: Reader): Promise<DialectSource | undefined> {
  const module = await settingsModule(manage.text);
  if (!module) return undefined;
  // Each entry: the files a module may be, the first that exists read.
  const queue = [moduleFiles(manage.base, module)];
  const dialects = new Set<Dialect>();
  let reads = 0;
  let found: string | undefined;
  while (queue.length && reads < SETTINGS_FILES) {
    for (const file of queue.shift()!) {
      if (reads++ >= SETTINGS_FILES) break;
      const text = await safeRead(read, file);
      if (text === undefined) continue;
      const settings = await readSettings(text);
      for (const d of settings.dialects) dialects.add(d);
      if (settings.assigned) found ??= file;
      else for (const from of settings.imports) queue.push(importedFiles(file, from, manage.base, module));
      break;
    }
  }
  if (dialects.size !== 1 || !found) return undefined;
  const [dialect] = dialects;
  return dialect === 'sqlite' ? undefined : { dialect: dialect!, from: `the project's DATABASES (${found})` };
}
