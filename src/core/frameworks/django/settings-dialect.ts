// The database a Django project's settings name, for its migrations (an `AddIndex` reads the same on
// every database, and MySQL projects were given Postgres locking advice on every index and foreign
// key). Django finds its settings through `manage.py` (`os.environ.setdefault(
// "DJANGO_SETTINGS_MODULE", "mysite.settings")`, written by `startproject`), and production through
// `wsgi.py`/`asgi.py` beside the settings (`config.settings.production` where manage.py names
// `config.settings.local`, cookiecutter-django's layout): each module named is run as Python runs
// it, statement after statement: a module it star-imports (`from .base import *`) and the files
// django-split-settings' `include('components/common.py', optional('environments/local.py'))` names
// (test/fixtures/patterns/django-split-settings/SOURCE.md), the last assignment winning (an override
// of an imported entry replaces it; one in an `if` counts beside it). `DATABASES`' entries name their
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
import picomatch from 'picomatch';

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
export async function djangoAppDialect(root: string, read: Reader, list?: (dir: string) => Promise<string[] | undefined>): Promise<DialectVerdict> {
  const manage = await findManage(root, read);
  if (!manage) return undefined;
  if ('unread' in manage) return manage.unread;
  let byBase = answers.get(read);
  if (!byBase) answers.set(read, (byBase = new Map()));
  let answer = byBase.get(manage.base);
  if (!answer) byBase.set(manage.base, (answer = projectDialect(manage, read, list)));
  return answer;
}

/** Answers by reader and project (the folder of its manage.py): every app of a project shares its settings. */
const answers = new WeakMap<Reader, Map<string, Promise<DialectVerdict>>>();

/** The files that name a project's settings module for production: `wsgi.py` and `asgi.py` in the settings' top package. */
const servers = (base: string, module: string): string[] => ['wsgi.py', 'asgi.py'].map((f) => `${base}${module.split('.')[0]}/${f}`);

/** Settings files read at most per project (the modules named, the ones they star-import and `include()`). */
const SETTINGS_FILES = 24;

/** A database a settings run has set: the entry (`DATABASES['default']`) it is under, in which file. */
interface SetDatabase extends NamedDatabase {
  file: string;
}

/**
 * `DATABASES` as a settings module leaves it, statement after statement (Python: the last assignment
 * wins): each entry's databases (more than one where a branch, `if DEBUG: … else: …`, may set
 * either), and whether `DATABASES` was set at all.
 */
interface SettingsState {
  set: boolean;
  entries: Map<string, SetDatabase[]>;
}

const fresh = (): SettingsState => ({ set: false, entries: new Map() });
const copy = (s: SettingsState): SettingsState => ({ set: s.set, entries: new Map([...s.entries].map(([k, v]) => [k, [...v]])) });

/** What either of the states may leave (branches, a loop that may not run). */
function union(states: SettingsState[]): SettingsState {
  const out = fresh();
  for (const s of states) {
    out.set ||= s.set;
    for (const [k, v] of s.entries) out.entries.set(k, [...(out.entries.get(k) ?? []), ...v.filter((d) => !(out.entries.get(k) ?? []).includes(d))]);
  }
  return out;
}

const replaceWith = (into: SettingsState, from: SettingsState): void => {
  into.set = from.set;
  into.entries = from.entries;
};

/** The entry a subscript of `DATABASES` names (`'default'` of `DATABASES['default']['ENGINE']`), and how deep. */
function entryOf(left: Node): { entry: string; depth: number } | undefined {
  const path: Node[] = [];
  let at: Node | null = left;
  while (at?.type === 'subscript') {
    path.unshift(at);
    at = at.childForFieldName('value');
  }
  if (at?.type !== 'identifier' || at.text !== 'DATABASES' || !path.length) return undefined;
  const index = path[0]!.childForFieldName('subscript');
  return { entry: pyStr(index ?? undefined) ?? index?.text ?? '?', depth: path.length };
}

/** A failure that leaves the project's database in doubt (a read that failed, an include named at run time, too many files). */
class Unread extends Error {
  constructor(
    readonly file: string,
    readonly failure: unknown,
    readonly readFailed: boolean,
  ) {
    super(String(failure));
  }
}

/** A settings file named at run time or by a glob (`include('components/*.py')`, `f'environments/{_ENV}.py'`). */
interface Included {
  pattern: string;
  optional: boolean;
  /** Named at run time (an f-string): one of the files it matches runs. */
  oneOf: boolean;
}

/** The names `include` and `optional` of django-split-settings go by in a file (`from split_settings.tools import include as settings_include`). */
interface SplitNames {
  include: Set<string>;
  optional: Set<string>;
}

function splitNames(root: Node): SplitNames {
  const names: SplitNames = { include: new Set(['include']), optional: new Set(['optional']) };
  for (const imp of root.descendantsOfType('import_from_statement')) {
    if (imp.childForFieldName('module_name')?.text !== 'split_settings.tools') continue;
    for (const c of imp.namedChildren)
      if (c.type === 'aliased_import') {
        const name = c.childForFieldName('name')?.text;
        const alias = c.childForFieldName('alias')?.text;
        if (alias && (name === 'include' || name === 'optional')) names[name].add(alias);
      }
  }
  return names;
}

/** The pattern an include argument names: a string literal, `optional('…')`, an f-string (each interpolation a `*`). */
function includedOf(arg: Node, names: SplitNames, optional = false): Included | undefined {
  if (arg.type === 'call' && names.optional.has(arg.childForFieldName('function')?.text ?? '')) {
    const inner = arg.childForFieldName('arguments')?.namedChildren[0];
    return inner ? includedOf(inner, names, true) : undefined;
  }
  const fn = arg.type === 'call' ? arg.childForFieldName('function') : undefined;
  const template =
    fn?.type === 'attribute' && fn.childForFieldName('attribute')?.text === 'format' ? pyStr(fn.childForFieldName('object') ?? undefined) : undefined;
  // `'environments/{0}.py'.format(_ENV)` (wemake-django-template's older settings/__init__.py).
  if (template !== undefined) return { pattern: template.replace(/\{[^{}]*\}/g, '*'), optional, oneOf: /\{[^{}]*\}/.test(template) };
  if (arg.type !== 'string') return undefined;
  const exact = pyStr(arg);
  if (exact !== undefined) return { pattern: exact, optional, oneOf: false };
  let pattern = '';
  for (const c of arg.children) {
    if (c.type === 'string_content') pattern += c.text;
    else if (c.type === 'interpolation') pattern += '*';
    else if (c.type !== 'string_start' && c.type !== 'string_end') return undefined;
  }
  return { pattern, optional, oneOf: true };
}

/** Runs the settings files a project's modules name, in order, as Django (and django-split-settings) would. */
class SettingsRun {
  reads = 0;
  constructor(
    private readonly read: Reader,
    private readonly list: ((dir: string) => Promise<string[] | undefined>) | undefined,
    private readonly base: string,
    private readonly module: string,
  ) {}

  /** A file's text, counted against the budget; undefined when absent. */
  async text(file: string): Promise<string | undefined> {
    if (this.reads++ >= SETTINGS_FILES) throw new Unread(file, `not read: more than ${SETTINGS_FILES} settings files`, false);
    const got = await readOr(this.read, file);
    if (got.failure !== undefined) throw new Unread(file, got.failure, true);
    return got.text;
  }

  /** The first of a module's files that exists, run in a fresh namespace; undefined when none does. */
  async module_(files: string[], within: string[]): Promise<SettingsState | undefined> {
    for (const file of files) {
      if (within.includes(file)) return undefined;
      const text = await this.text(file);
      if (text === undefined) continue;
      const state = fresh();
      await this.file(file, text, state, [...within, file]);
      return state;
    }
    return undefined;
  }

  /** Runs one file's statements on `state` (an `include()`d file runs in its includer's namespace). */
  async file(file: string, text: string, state: SettingsState, within: string[]): Promise<void> {
    using tree = await parseCode('python', text);
    const lists = new Map<string, Node>();
    await this.block(tree.rootNode.namedChildren, { file, state, within, lists, split: splitNames(tree.rootNode) });
  }

  private async block(statements: Node[], at: RunAt): Promise<void> {
    for (const st of statements) await this.statement(st, at);
  }

  /** A compound statement's branches: each block of its clauses (`elif`, `else`, `except`, `case`). */
  private branches(node: Node): Node[][] {
    const out: Node[][] = [];
    for (const c of node.namedChildren) {
      if (c.type === 'block') out.push(c.namedChildren);
      else if (c.type.endsWith('_clause') || c.type === 'case_clause') out.push(...this.branches(c));
    }
    return out;
  }

  /** Each branch run on a copy of the state; the state left is what any of them (or none, when `mayNone`) leaves. */
  private async either(branches: Node[][], at: RunAt, mayNone: boolean): Promise<void> {
    const ends: SettingsState[] = mayNone ? [copy(at.state)] : [];
    for (const b of branches) {
      const state = copy(at.state);
      await this.block(b, { ...at, state });
      ends.push(state);
    }
    replaceWith(at.state, union(ends));
  }

  private async statement(st: Node, at: RunAt): Promise<void> {
    switch (st.type) {
      case 'expression_statement':
        for (const e of st.namedChildren) {
          if (e.type === 'assignment') await this.assignment(e, at);
          else if (e.type === 'call') await this.call(e, at);
        }
        return;
      case 'import_from_statement':
        return this.starImport(st, at);
      case 'function_definition':
      case 'class_definition':
      case 'decorated_definition':
        return;
      case 'if_statement': {
        const hasElse = st.namedChildren.some((c) => c.type === 'else_clause');
        return this.either(this.branches(st), at, !hasElse);
      }
      case 'try_statement': {
        // The body runs (an import in it of a file that is there succeeds); a handler may run after it.
        const body = st.childForFieldName('body');
        if (body) await this.block(body.namedChildren, at);
        const handlers = st.namedChildren.filter((c) => c.type === 'except_clause' || c.type === 'except_group_clause');
        await this.either(
          handlers.flatMap((h) => this.branches(h)),
          at,
          true,
        );
        for (const c of st.namedChildren) if (c.type === 'else_clause' || c.type === 'finally_clause') await this.block(this.branches(c).flat(), at);
        return;
      }
      case 'with_statement':
        return this.block(this.branches(st).flat(), at);
      default:
        // Loops and `match`: each body may run or not.
        return this.either(this.branches(st), at, true);
    }
  }

  private async assignment(asg: Node, at: RunAt): Promise<void> {
    const left = asg.childForFieldName('left');
    const right = asg.childForFieldName('right');
    if (!left || !right) return;
    if (left.type === 'identifier' && left.text !== 'DATABASES') {
      if (right.type === 'tuple' || right.type === 'list') at.lists.set(left.text, right);
      return;
    }
    if (left.type === 'identifier') {
      // `DATABASES = {…}`: what was there before is gone.
      at.state.set = true;
      at.state.entries = new Map();
      if (right.type !== 'dictionary') return this.setEntry(at, 'DATABASES', 'DATABASES', right, true);
      for (const pair of right.namedChildren) {
        const value = pair.type === 'pair' ? pair.childForFieldName('value') : undefined;
        if (!value) continue;
        const key = pyStr(pair.childForFieldName('key') ?? undefined);
        this.setEntry(at, key ?? '?', key === undefined ? 'DATABASES' : `DATABASES['${key}']`, value, true);
      }
      return;
    }
    const entry = entryOf(left);
    if (!entry) return;
    this.setEntry(at, entry.entry, left.text, right, entry.depth === 1);
  }

  /**
   * The entry `entry` set to what `value` names. A whole entry (`DATABASES['legacy'] = …`) is
   * replaced; a part of one (`DATABASES['default']['ENGINE'] = …`, `.update(…)`) replaces it only
   * when it names a database (`['NAME']`, `['OPTIONS']` leave the engine as it was).
   */
  private setEntry(at: RunAt, entry: string, key: string, value: Node, whole: boolean): void {
    const named: NamedDatabase[] = [];
    namedIn(value, key, named);
    if (!named.length && !whole) return;
    at.state.set = true;
    at.state.entries.set(
      entry,
      named.map((n) => ({ ...n, file: at.file })),
    );
  }

  private async call(call: Node, at: RunAt): Promise<void> {
    const fn = call.childForFieldName('function');
    const args = call.childForFieldName('arguments')?.namedChildren ?? [];
    if (fn?.type === 'identifier' && at.split.include.has(fn.text)) return this.include(call, args, at);
    if (fn?.type !== 'attribute' || fn.childForFieldName('attribute')?.text !== 'update') return;
    const object = fn.childForFieldName('object');
    if (object?.type === 'identifier' && object.text === 'DATABASES') {
      // `DATABASES.update({'legacy': {…}})`, `DATABASES.update(legacy={…})`: each entry replaced.
      for (const arg of args) {
        const pairs = arg.type === 'dictionary' ? arg.namedChildren : arg.type === 'keyword_argument' ? [arg] : [];
        for (const pair of pairs) {
          const key = pair.type === 'keyword_argument' ? pair.childForFieldName('name')?.text : pyStr(pair.childForFieldName('key') ?? undefined);
          const value = pair.childForFieldName('value');
          if (key !== undefined && value) this.setEntry(at, key, `DATABASES['${key}']`, value, true);
        }
      }
      return;
    }
    const entry = object ? entryOf(object) : undefined;
    if (entry?.depth === 1) for (const arg of args) this.setEntry(at, entry.entry, `${object!.text}.update`, arg, false);
  }

  /** django-split-settings' `include('components/base.py', optional('local.py'), *files)`: each file run here, in order, relative to this file. */
  private async include(call: Node, args: Node[], at: RunAt): Promise<void> {
    const named: Included[] = [];
    const unknown = (arg: Node) => new Unread(at.file, `include(${arg.text}) names its settings files at run time (line ${lineOf(call)})`, false);
    for (const arg of args) {
      const splat = arg.type === 'list_splat' ? arg.namedChildren[0] : undefined;
      const items = splat
        ? splat.type === 'identifier'
          ? at.lists.get(splat.text)?.namedChildren
          : ['tuple', 'list'].includes(splat.type)
            ? splat.namedChildren
            : undefined
        : [arg];
      if (!items) throw unknown(arg);
      for (const item of items) {
        if (item.type === 'comment') continue;
        const inc = includedOf(item, at.split);
        if (!inc) throw unknown(item);
        named.push(inc);
      }
    }
    const dir = at.file.slice(0, at.file.lastIndexOf('/') + 1);
    for (const inc of named) {
      const files = await this.matching(dir, inc, at.file);
      const run = async (file: string, state: SettingsState) => {
        if (at.within.includes(file)) return;
        const text = await this.text(file);
        if (text !== undefined) await this.file(file, text, state, [...at.within, file]);
      };
      if (!inc.oneOf) {
        for (const file of files) await run(file, at.state);
        continue;
      }
      const ends: SettingsState[] = [];
      for (const file of files) {
        const state = copy(at.state);
        await run(file, state);
        ends.push(state);
      }
      if (ends.length) replaceWith(at.state, union(ends));
    }
  }

  /** The files an included pattern names, beside `dir` (a glob read from the folder's listing). */
  private async matching(dir: string, inc: Included, includer: string): Promise<string[]> {
    const path = normalise(`${dir}${inc.pattern}`);
    if (!/[*?[\]{}]/.test(inc.pattern)) return [path];
    const slash = path.lastIndexOf('/');
    const folder = path.slice(0, slash + 1);
    const glob = path.slice(slash + 1);
    const names = /[*?[\]{}]/.test(folder) || !this.list ? undefined : await this.list(folder).catch(() => undefined);
    if (!names) throw new Unread(includer, `include('${inc.pattern}') names files by a glob and the folder ${folder || './'} could not be listed`, false);
    const match = picomatch(glob, { dot: false });
    return names
      .filter((n) => match(n))
      .sort()
      .map((n) => `${folder}${n}`);
  }

  /** `from .base import *`: the module run in its own namespace, its `DATABASES` (when it sets one) taken. */
  private async starImport(st: Node, at: RunAt): Promise<void> {
    if (!st.namedChildren.some((c) => c.type === 'wildcard_import')) return;
    const from = st.childForFieldName('module_name')?.text;
    if (!from) return;
    const got = await this.module_(importedFiles(at.file, from, this.base, this.module), at.within);
    if (got?.set) replaceWith(at.state, got);
  }
}

interface RunAt {
  file: string;
  state: SettingsState;
  within: string[];
  /** Tuples and lists assigned in the file so far (`_base_settings = ('components/common.py', …)`). */
  lists: Map<string, Node>;
  split: SplitNames;
}

/** `a/./b/../c.py` → `a/c.py`. */
function normalise(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '.' || part === '') continue;
    if (part === '..') out.pop();
    else out.push(part);
  }
  return out.join('/');
}

async function projectDialect(
  manage: { base: string; text: string },
  read: Reader,
  list?: (dir: string) => Promise<string[] | undefined>,
): Promise<DialectVerdict> {
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
    const run = new SettingsRun(read, list, manage.base, module);
    try {
      const state = await run.module_(moduleFiles(manage.base, module), []);
      for (const dbs of state?.entries.values() ?? [])
        for (const n of dbs) if (n.dialect !== 'sqlite') sources.push({ dialect: n.dialect, from: `the project's ${n.key} (${n.file}:${n.line})` });
    } catch (e) {
      if (!(e instanceof Unread)) throw e;
      const said = verdictOf(sources);
      return e.readFailed ? readFailed(e.file, e.failure, said) : withUnread({ file: e.file, failure: String(e.failure) }, said);
    }
  }
  return verdictOf(sources);
}
