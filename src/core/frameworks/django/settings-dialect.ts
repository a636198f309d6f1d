// The database a Django project's settings name, for its migrations (an `AddIndex` reads the same on
// every database, and MySQL projects were given Postgres locking advice on every index and foreign
// key). Django finds its settings through `manage.py` (`os.environ.setdefault(
// "DJANGO_SETTINGS_MODULE", "mysite.settings")`, written by `startproject`), and production through
// `wsgi.py`/`asgi.py` beside the settings (`config.settings.production` where manage.py names
// `config.settings.local`, cookiecutter-django's layout): each module named is read. A settings module
// (or a module it star-imports, `from .base import *`) assigns `DATABASES`, whose entries name their
// backend: `'ENGINE': 'django.db.backends.mysql'`, or a URL (`dj_database_url.config(
// default="mysql://…")`, `env.db(default=…)`). An engine read from the environment counts by its
// fallback (`os.environ.get('DB_ENGINE', 'django.db.backends.postgresql')`: what runs when nothing is
// set, as a Flyway URL's `${DB_URL:jdbc:mysql://…}` default counts in src/core/frameworks/jvm-dialect.ts);
// one with no fallback names nothing. Shapes from public settings files:
// test/fixtures/patterns/app-dialect/SOURCE.md, test/fixtures/patterns/django-two-databases/SOURCE.md.
//
// Every database named counts, not only `default`: Django migrates an app on whichever database
// `migrate --database` names, as the project's `DATABASE_ROUTERS` allow, so a project whose
// settings name Postgres and MySQL (`'default'` and `'legacy'`, `if DEBUG: … else: …`, dev.py and
// production.py) leaves each migration's database in doubt: one notice names them
// (src/core/frameworks/dialect-doubt.ts), never a silent Postgres. Databases that are all one
// (a Postgres primary and replica) decide. SQLite is not counted: `startproject` writes it into
// every new project's settings, and projects keep it for development while production reads a URL
// from the environment; reading it as the project's database would withhold the Postgres advice
// from Postgres projects. A settings file that is there but cannot be read leaves the database in
// doubt the same way.
import type { Dialect, DialectSource } from '../../sql/dialect';
import { lineOf, parseCode, type Node } from '../../parsers/tree-sitter';
import { pyStr } from '../dsl/python';
import { upwards, type ConfigReader } from '../tool-dialect';
import { readFailureText, verdictOf, withUnread, type DialectVerdict } from '../dialect-doubt';

/** The doubt a read that failed leaves (the App's HTTP 5xx, its spent read budget): the file may name any database. */
const readFailed = (file: string, failure: unknown, said?: DialectVerdict) => withUnread({ file, failure: readFailureText(failure), readFailed: true }, said);
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

/** A database a settings module names, and where (`DATABASES['legacy']`). */
export interface NamedDatabase {
  dialect: Dialect;
  key: string;
  /** The line of the string that names it. */
  line: number;
}

/** The databases the string literals in `value` name (an ENGINE, a URL, an environment lookup's fallback), under `key`. */
function namedIn(value: Node, key: string, into: NamedDatabase[]): void {
  for (const s of value.type === 'string' ? [value] : value.descendantsOfType('string')) {
    const text = pyStr(s);
    const dialect = text === undefined ? undefined : named(text);
    if (dialect) into.push({ dialect, key, line: lineOf(s) });
  }
}

/** `DATABASES`, or a subscript of it (`DATABASES['legacy']`, `DATABASES['default']['ENGINE']`). */
const isDatabases = (left: Node | null): boolean =>
  left?.type === 'identifier' ? left.text === 'DATABASES' : left?.type === 'subscript' && isDatabases(left.childForFieldName('value'));

/**
 * What a settings module says: the databases its `DATABASES` assignments name (each entry of the
 * dictionary, and `DATABASES['legacy'] = {…}`), whether it assigns `DATABASES` whole, and the
 * modules it star-imports (`.base`).
 */
export async function readSettings(source: string): Promise<{ named: NamedDatabase[]; assigned: boolean; imports: string[] }> {
  using tree = await parseCode('python', source);
  const found: NamedDatabase[] = [];
  let assigned = false;
  for (const asg of tree.rootNode.descendantsOfType('assignment')) {
    const left = asg.childForFieldName('left');
    const right = asg.childForFieldName('right');
    if (!right || !isDatabases(left)) continue;
    if (left!.type === 'identifier') assigned = true;
    if (left!.type !== 'identifier' || right.type !== 'dictionary') {
      namedIn(right, left!.text, found);
      continue;
    }
    for (const pair of right.namedChildren) {
      const value = pair.type === 'pair' ? pair.childForFieldName('value') : undefined;
      if (!value) continue;
      const key = pyStr(pair.childForFieldName('key') ?? undefined);
      namedIn(value, key === undefined ? 'DATABASES' : `DATABASES['${key}']`, found);
    }
  }
  const imports: string[] = [];
  for (const imp of tree.rootNode.descendantsOfType('import_from_statement')) {
    if (!imp.namedChildren.some((c) => c.type === 'wildcard_import')) continue;
    const from = imp.childForFieldName('module_name')?.text;
    if (from) imports.push(from);
  }
  return { named: found, assigned, imports };
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

/** Settings files read at most per module named (the module, and the ones it star-imports). */
const SETTINGS_FILES = 4;

/** A file's text (undefined when absent), or the failure of a read that threw. */
const readOr = (read: Reader, path: string): Promise<{ text?: string; failure?: unknown }> =>
  read(path).then(
    (text) => ({ text }),
    (failure: unknown) => ({ failure: failure ?? 'unreadable' }),
  );

/** Reads of `manage.py` by reader and folder: every app of a project looks up through the same folders. */
const manageReads = new WeakMap<Reader, Map<string, Promise<{ text?: string; failure?: unknown }>>>();

function readManage(read: Reader, base: string): Promise<{ text?: string; failure?: unknown }> {
  let byDir = manageReads.get(read);
  if (!byDir) manageReads.set(read, (byDir = new Map()));
  let text = byDir.get(base);
  if (!text) byDir.set(base, (text = readOr(read, `${base}manage.py`)));
  return text;
}

/** The nearest `manage.py` at or above `dir` (`a/b/`), with its folder; a doubt when one could not be read. */
async function findManage(dir: string, read: Reader): Promise<{ base: string; text: string } | { unread: DialectVerdict } | undefined> {
  for (const base of upwards(dir)) {
    const got = await readManage(read, base);
    if (got.failure !== undefined) return { unread: readFailed(`${base}manage.py`, got.failure) };
    if (got.text !== undefined) return { base, text: got.text };
  }
  return undefined;
}

/**
 * The database of the Django project a migration folder belongs to (`root`: the app's folder,
 * `shop/`), from the settings its nearest `manage.py` (and the project's `wsgi.py`, `asgi.py`)
 * names; undefined when they name none; a doubt when they name different databases.
 */
export async function djangoAppDialect(root: string, read: Reader): Promise<DialectVerdict> {
  const manage = await findManage(root, read);
  if (!manage) return undefined;
  if ('unread' in manage) return manage.unread;
  let byBase = answers.get(read);
  if (!byBase) answers.set(read, (byBase = new Map()));
  let answer = byBase.get(manage.base);
  if (!answer) byBase.set(manage.base, (answer = projectDialect(manage, read)));
  return answer;
}

/** Answers by reader and project (the folder of its manage.py): every app of a project shares its settings. */
const answers = new WeakMap<Reader, Map<string, Promise<DialectVerdict>>>();

/** The files that name a project's settings module for production: `wsgi.py` and `asgi.py` in the settings' top package. */
const servers = (base: string, module: string): string[] => ['wsgi.py', 'asgi.py'].map((f) => `${base}${module.split('.')[0]}/${f}`);

async function projectDialect(manage: { base: string; text: string }, read: Reader): Promise<DialectVerdict> {
  const first = await settingsModule(manage.text);
  if (!first) return undefined;
  const modules = [first];
  const sources: DialectSource[] = [];
  for (const file of servers(manage.base, first)) {
    const got = await readOr(read, file);
    if (got.failure !== undefined) return readFailed(file, got.failure);
    const module = got.text === undefined ? undefined : await settingsModule(got.text);
    if (module && !modules.includes(module)) modules.push(module);
  }
  for (const module of modules) {
    // Each entry: the files a module may be, the first that exists read.
    const queue = [moduleFiles(manage.base, module)];
    let reads = 0;
    while (queue.length && reads < SETTINGS_FILES) {
      for (const file of queue.shift()!) {
        if (reads++ >= SETTINGS_FILES) break;
        const got = await readOr(read, file);
        if (got.failure !== undefined) return readFailed(file, got.failure, verdictOf(sources));
        if (got.text === undefined) continue;
        const settings = await readSettings(got.text);
        for (const n of settings.named) if (n.dialect !== 'sqlite') sources.push({ dialect: n.dialect, from: `the project's ${n.key} (${file}:${n.line})` });
        if (!settings.assigned) for (const from of settings.imports) queue.push(importedFiles(file, from, manage.base, module));
        break;
      }
    }
  }
  return verdictOf(sources);
}
