// The database a Laravel, Rails, Django, Knex, Sequelize or Ecto app's own config names (src/core/frameworks/app-dialect.ts),
// on config files shaped like koel's, Firefly III's, lobsters' and openstreetmap-website's
// (test/fixtures/patterns/app-dialect/SOURCE.md).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { envConnection, laravelAppDialect, laravelDatabases, railsAppDialect } from '../../../src/core/frameworks/app-dialect';
import { isDoubt } from '../../../src/core/frameworks/dialect-doubt';
import laravel from '../../../src/core/frameworks/laravel';
import rails from '../../../src/core/frameworks/rails';
import django from '../../../src/core/frameworks/django';
import { djangoAppDialect, readSettings, settingsModule } from '../../../src/core/frameworks/django/settings-dialect';
import { configAdapters, ectoAppDialect, mixDrivers, repoAdapter, underscored } from '../../../src/core/frameworks/ecto/mix-dialect';
import { knexAppDialect, namedInJs, namedInJson, sequelizeAppDialect, sequelizercConfig } from '../../../src/core/frameworks/js-app-dialect';

const FIX = 'test/fixtures/patterns/app-dialect';
const text = (rel: string) => readFileSync(`${FIX}/${rel}`, 'utf8');
const reader = (files: Record<string, string>) => async (path: string) => files[path];

describe('Laravel', () => {
  it("reads config/database.php's default connection and each connection's driver", async () => {
    expect(await laravelDatabases(text('ok/koel/config/database.php'))).toEqual({
      defaults: ['mysql', 'DB_CONNECTION'],
      drivers: new Map([
        ['sqlite-persistent', 'sqlite'],
        ['mysql', 'mysql'],
        ['pgsql', 'pgsql'],
      ]),
    });
    // Firefly III: a helper around env(), the fallback still the last string.
    expect((await laravelDatabases(text('ok/firefly/config/database.php')))?.defaults[0]).toBe('mysql');
    // Not a config array: nothing.
    expect(await laravelDatabases('<?php\necho "hi";\n')).toBeUndefined();
  });

  it('reads DB_CONNECTION from a dotenv file', () => {
    expect(envConnection(text('ok/koel/.env.example'))).toBe('mysql');
    expect(envConnection('export DB_CONNECTION="pgsql"\n')).toBe('pgsql');
    expect(envConnection('# DB_CONNECTION=mysql\nAPP_NAME=x\n')).toBeUndefined();
  });

  it('prefers .env.example, then the default connection, and maps a connection to its driver', async () => {
    const config = text('ok/koel/config/database.php');
    const pg = await laravelAppDialect('', reader({ '.env.example': 'DB_CONNECTION=pgsql\n', 'config/database.php': config }));
    expect(pg).toEqual({ dialect: 'postgres', from: "the app's DB_CONNECTION (.env.example)" });
    const byDefault = await laravelAppDialect('app/', reader({ 'app/config/database.php': config }));
    expect(byDefault).toEqual({ dialect: 'mysql', from: "the app's default connection (app/config/database.php)" });
    // An app that moves its config (BookStack: app/Config), when config/ has none.
    const moved = await laravelAppDialect(
      '',
      reader({ '.env.example': 'DB_HOST=localhost\n', 'app/Config/database.php': text('ok/bookstack/app/Config/database.php') }),
    );
    expect(moved).toEqual({ dialect: 'mysql', from: "the app's default connection (app/Config/database.php)" });
    // A custom connection name is looked up among the connections.
    const custom = await laravelAppDialect('', reader({ '.env.example': 'DB_CONNECTION=sqlite-persistent\n', 'config/database.php': config }));
    expect(custom).toMatchObject({ dialect: 'sqlite' });
    // Neither file, or names nothing known: no answer (the migration reads as Postgres, as before).
    expect(await laravelAppDialect('', reader({}))).toBeUndefined();
    expect(await laravelAppDialect('', reader({ '.env.example': 'DB_CONNECTION=oracle\n' }))).toBeUndefined();
  });

  it('reads a MySQL app’s migration without Postgres advice, and a Postgres app’s with it', async () => {
    const content = text('ok/koel/database/migrations/2022_06_11_091750_add_indexes.php');
    const path = 'database/migrations/2022_06_11_091750_add_indexes.php';
    const rules = async (files: Record<string, string>, extra = {}) =>
      (await laravel.analyse({ path, content, siblings: {}, readFile: reader(files), ...extra })).hits.map((h) => h.rule);
    expect(await rules({ '.env.example': 'DB_CONNECTION=mysql\n' })).toEqual([]);
    expect(await rules({ '.env.example': 'DB_CONNECTION=pgsql\n' })).toContain('non-concurrent-index');
    // The config's `dialect:` comes first.
    expect(await rules({ '.env.example': 'DB_CONNECTION=mysql\n' }, { dialect: { dialect: 'postgres', from: 'the config' } })).toContain(
      'non-concurrent-index',
    );
    // A read that fails is no absence: the file may name MySQL. In doubt, said; no Postgres-only advice.
    const failing = async () => {
      throw new Error('HTTP 502');
    };
    const hits = await laravel.analyse({ path, content, siblings: {}, readFile: failing });
    expect(hits.hits.map((h) => h.rule)).toEqual(['not-analysed']);
    expect(hits.hits[0]!.message).toContain('could not be read: config/database.php (HTTP 502).');
  });
});

describe('Rails', () => {
  /** The database an app whose config/database.yml is `yml` names for migrations in `folder`: 'doubt' when its YAML cannot be read. */
  const railsDatabaseDialect = async (yml: string, folder: string) => {
    const verdict = await railsAppDialect('', folder, async (p) => (p === 'config/database.yml' ? yml : undefined));
    return isDoubt(verdict) ? 'doubt' : verdict?.dialect;
  };

  it('reads the adapter of production, through anchors and merge keys, with ERB left out', async () => {
    const yml = ['default: &default', '  adapter: <%= ENV.fetch("X") { "postgresql" } %>', '  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>', ''].join(
      '\n',
    );
    expect(await railsDatabaseDialect(`${yml}production:\n  <<: *default\n  adapter: mysql2\n`, 'db/migrate')).toBe('mysql');
    expect(await railsDatabaseDialect('development:\n  adapter: trilogy\n', 'db/migrate')).toBe('mysql');
    expect(await railsDatabaseDialect('production:\n  url: postgis://db/app\n', 'db/migrate')).toBe('postgres');
    expect(await railsDatabaseDialect(text('err/osm/config/example.database.yml'), 'db/migrate')).toBe('postgres');
    // ERB that leaves no adapter: no answer.
    expect(await railsDatabaseDialect(yml, 'db/migrate')).toBeUndefined();
    // No YAML: the database is in doubt (a notice names the file), not Postgres in silence.
    expect(await railsDatabaseDialect('production: [unclosed\n', 'db/migrate')).toBe('doubt');
    // A name that is one of Object's own members is no adapter (was Object's constructor function).
    expect(await railsDatabaseDialect('production:\n  adapter: constructor\n', 'db/migrate')).toBeUndefined();
    expect(await railsDatabaseDialect('production:\n  url: tostring://db/app\n', 'db/migrate')).toBeUndefined();
  });

  it("picks the database whose migrations_paths holds the folder, else primary (lobsters' multi-database file)", async () => {
    const multi = text('ok/lobsters/config/database.yml').replace(
      /sqlite3: &sqlite3\n {2}adapter: sqlite3/,
      'sqlite3: &sqlite3\n  adapter: sqlite3\nmy: &my\n  adapter: mysql2',
    );
    const queueOnMysql = multi.replace('    <<: *sqlite3\n    database: storage/queue.sqlite3', '    <<: *my\n    database: storage/queue');
    expect(await railsDatabaseDialect(queueOnMysql, 'db/migrate')).toBe('sqlite');
    expect(await railsDatabaseDialect(queueOnMysql, 'db/queue_migrate')).toBe('mysql');
    expect(await railsDatabaseDialect(queueOnMysql, 'db/other_migrate')).toBeUndefined();
  });

  it('reads a SQLite app’s migration without Postgres advice', async () => {
    const path = 'db/migrate/20260602222249_add_index_to_stories_merged_story_id_and_hotness.rb';
    const content = text(`ok/lobsters/${path}`);
    const rules = async (files: Record<string, string>) =>
      (await rails.analyse({ path, content, siblings: {}, readFile: reader(files) })).hits.map((h) => h.rule);
    expect(await rules({ 'config/database.yml': text('ok/lobsters/config/database.yml') })).toEqual([]);
    // No database.yml, an example of it: read too.
    expect(await rules({ 'config/database.yml.sample': text('ok/lobsters/config/database.yml') })).toEqual([]);
    expect(await rules({})).toEqual(expect.arrayContaining(['non-concurrent-index', 'non-concurrent-index-drop']));
  });
});

describe('Django', () => {
  const project = (dir: string) =>
    Object.fromEntries(
      ['manage.py', 'shop/settings/base.py', 'shop/settings/production.py', 'config/settings/__init__.py', 'config/settings/base.py', 'mysite/settings.py']
        .map((f) => [f, `${dir}/${f}`] as const)
        .filter(([, p]) => existsSync(`${FIX}/${p}`))
        .map(([f, p]) => [f, text(p)]),
    );

  it('finds the settings module manage.py names', async () => {
    expect(await settingsModule(text('ok/django-mysql/manage.py'))).toBe('shop.settings.production');
    expect(await settingsModule(text('err/django-startproject/manage.py'))).toBe('mysite.settings');
    // edx-platform's manage.py picks it from its arguments: not a literal, no answer.
    expect(await settingsModule('os.environ.setdefault("DJANGO_SETTINGS_MODULE", edx_args.default_settings)\n')).toBeUndefined();
  });

  it("reads the default database's ENGINE or URL, and the modules a settings file star-imports", async () => {
    const dialects = async (source: string) => (await readSettings(source)).named.map((n) => n.dialect);
    const production = await readSettings(text('ok/django-mysql/shop/settings/production.py'));
    expect(production.named.map((n) => n.dialect)).toEqual(['mysql']);
    expect(production.imports).toEqual(['.base']);
    expect(await dialects(text('err/django-mysql/config/settings/base.py'))).toEqual(['mysql']);
    expect(await dialects('DATABASES = {"default": env.db(default="postgres:///shop")}\n')).toEqual(['postgres']);
    expect(await dialects("DATABASES = {'default': {'ENGINE': 'django.contrib.gis.db.backends.postgis'}}\n")).toEqual(['postgres']);
    expect(await dialects("DATABASES = {'default': {'ENGINE': 'mssql'}}\n")).toEqual(['sqlserver']);
    // Every database counts, each under its key: Django migrates on whichever one `migrate --database` names.
    const two = "DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql'}, 'legacy': {'ENGINE': 'django.db.backends.mysql'}}\n";
    expect((await readSettings(two)).named).toEqual([
      { dialect: 'postgres', key: "DATABASES['default']", line: 1 },
      { dialect: 'mysql', key: "DATABASES['legacy']", line: 1 },
    ]);
    // A database added to the imported settings (sapl's legacy migration settings).
    const added = "from .settings import *\nDATABASES['legacy'] = {'ENGINE': 'django.db.backends.mysql'}\n";
    expect(await readSettings(added)).toEqual({ named: [{ dialect: 'mysql', key: "DATABASES['legacy']", line: 2 }], assigned: false, imports: ['.settings'] });
    // An engine from the environment counts by its fallback: what runs when nothing is set.
    expect(await dialects("DATABASES = {'default': {'ENGINE': os.environ.get('DB_ENGINE', 'django.db.backends.mysql')}}\n")).toEqual(['mysql']);
    expect(await dialects("DATABASES = {'default': {'ENGINE': os.environ['DB_ENGINE']}}\n")).toEqual([]);
  });

  it('answers from the nearest manage.py, following star imports; SQLite gives no answer, disagreeing settings a doubt', async () => {
    const read = (files: Record<string, string>) => async (p: string) => files[p];
    expect(await djangoAppDialect('shop/', read(project('ok/django-mysql')))).toEqual({
      dialect: 'mysql',
      from: "the project's DATABASES['default'] (shop/settings/production.py:8)",
    });
    expect(await djangoAppDialect('shop/', read(project('err/django-mysql')))).toEqual({
      dialect: 'mysql',
      from: "the project's DATABASES['default'] (config/settings/base.py:5)",
    });
    expect(await djangoAppDialect('blog/', read(project('err/django-startproject')))).toBeUndefined();
    // A project in a folder of the repository: manage.py found above the app.
    const nested = Object.fromEntries(Object.entries(project('ok/django-mysql')).map(([f, t]) => [`backend/${f}`, t]));
    expect(await djangoAppDialect('backend/shop/', read(nested))).toMatchObject({ dialect: 'mysql' });
    const either =
      "if DB == 'mysql':\n    DATABASES = {'default': {'ENGINE': 'django.db.backends.mysql'}}\nelse:\n    DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql'}}\n";
    expect(await djangoAppDialect('shop/', read({ 'manage.py': text('err/django-startproject/manage.py'), 'mysite/settings.py': either }))).toEqual({
      doubt: [
        { dialect: 'mysql', from: "the project's DATABASES['default'] (mysite/settings.py:2)" },
        { dialect: 'postgres', from: "the project's DATABASES['default'] (mysite/settings.py:4)" },
      ],
    });
    expect(await djangoAppDialect('shop/', read({}))).toBeUndefined();
  });

  it('leaves a project whose settings name two databases in doubt; one database, or SQLite beside it, decides', async () => {
    const read = (files: Record<string, string>) => async (p: string) => files[p];
    const manage = text('err/django-startproject/manage.py');
    const engine = (name: string) => `{'ENGINE': 'django.db.backends.${name}'}`;
    // A Postgres default and a MySQL legacy database, routed per app (DATABASE_ROUTERS).
    const legacy = `DATABASES = {'default': ${engine('postgresql')}, 'legacy': ${engine('mysql')}}\nDATABASE_ROUTERS = ['legacy.router.LegacyRouter']\n`;
    expect(await djangoAppDialect('shop/', read({ 'manage.py': manage, 'mysite/settings.py': legacy }))).toEqual({
      doubt: [
        { dialect: 'postgres', from: "the project's DATABASES['default'] (mysite/settings.py:1)" },
        { dialect: 'mysql', from: "the project's DATABASES['legacy'] (mysite/settings.py:1)" },
      ],
    });
    // A primary and a replica on Postgres: decided.
    const replica = `DATABASES = {'default': ${engine('postgresql')}, 'replica': ${engine('postgresql')}}\n`;
    expect(await djangoAppDialect('shop/', read({ 'manage.py': manage, 'mysite/settings.py': replica }))).toMatchObject({ dialect: 'postgres' });
    // SQLite when DEBUG, Postgres otherwise: SQLite is not counted, Postgres decides.
    const debug = `if DEBUG:\n    DATABASES = {'default': ${engine('sqlite3')}}\nelse:\n    DATABASES = {'default': ${engine('postgresql')}}\n`;
    expect(await djangoAppDialect('shop/', read({ 'manage.py': manage, 'mysite/settings.py': debug }))).toEqual({
      dialect: 'postgres',
      from: "the project's DATABASES['default'] (mysite/settings.py:4)",
    });
    // manage.py names the local settings, wsgi.py production's: both are read.
    const split = {
      'manage.py': "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'config.settings.local')\n",
      'config/wsgi.py': "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'config.settings.production')\n",
      'config/settings/local.py': `DATABASES = {'default': ${engine('mysql')}}\n`,
      'config/settings/production.py': `DATABASES = {'default': ${engine('postgresql')}}\n`,
    };
    expect(await djangoAppDialect('shop/', read(split))).toEqual({
      doubt: [
        { dialect: 'mysql', from: "the project's DATABASES['default'] (config/settings/local.py:1)" },
        { dialect: 'postgres', from: "the project's DATABASES['default'] (config/settings/production.py:1)" },
      ],
    });
    expect(await djangoAppDialect('shop/', read({ ...split, 'config/settings/local.py': `DATABASES = {'default': ${engine('sqlite3')}}\n` }))).toMatchObject({
      dialect: 'postgres',
    });
  });

  // django-split-settings (wemake-services/wemake-django-template's server/settings/__init__.py):
  // include() runs each file in the settings module's namespace, in order, relative to it.
  it("follows django-split-settings' include() and optional(), globs and names chosen at run time", async () => {
    const engine = (name: string) => `{'ENGINE': 'django.db.backends.${name}'}`;
    const manage = "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'server.settings')\n";
    const init =
      "from split_settings.tools import include, optional\n_ENV = environ['DJANGO_ENV']\n" +
      "_base_settings = (\n    'components/common.py',\n    # Select the right env:\n    f'environments/{_ENV}.py',\n    optional('environments/local.py'),\n)\ninclude(*_base_settings)\n";
    const files: Record<string, string> = {
      'manage.py': manage,
      'server/settings/__init__.py': init,
      'server/settings/components/common.py': `DATABASES = {'default': ${engine('mysql')}}\n`,
      'server/settings/environments/development.py': 'DEBUG = True\n',
      'server/settings/environments/production.py': 'DEBUG = False\n',
    };
    const listing = (all: Record<string, string>) => async (dir: string) =>
      Object.keys(all)
        .filter((f) => f.startsWith(dir) && !f.slice(dir.length).includes('/'))
        .map((f) => f.slice(dir.length));
    expect(await djangoAppDialect('server/apps/main/', reader(files), listing(files))).toEqual({
      dialect: 'mysql',
      from: "the project's DATABASES['default'] (server/settings/components/common.py:1)",
    });
    // An environment that changes the engine: either may run, so the database is in doubt.
    const prod = { ...files, 'server/settings/environments/production.py': "DATABASES['default']['ENGINE'] = 'django.db.backends.postgresql'\n" };
    expect(await djangoAppDialect('server/apps/main/', reader(prod), listing(prod))).toEqual({
      doubt: [
        { dialect: 'mysql', from: "the project's DATABASES['default'] (server/settings/components/common.py:1)" },
        { dialect: 'postgres', from: "the project's DATABASES['default']['ENGINE'] (server/settings/environments/production.py:1)" },
      ],
    });
    // `'environments/{0}.py'.format(ENV)` (AutSPACEs, censortracker_backend) names one of the environments; `include` imported under another name.
    const formatted = {
      ...prod,
      'server/settings/__init__.py':
        "from split_settings.tools import include as settings_include\nsettings_include('components/common.py', 'environments/{0}.py'.format(ENV))\n",
    };
    expect(await djangoAppDialect('server/apps/main/', reader(formatted), listing(formatted))).toEqual(
      await djangoAppDialect('server/apps/main/', reader(prod), listing(prod)),
    );
    expect(await djangoAppDialect('server/apps/main/', reader(formatted), listing(formatted))).toMatchObject({
      doubt: [{ dialect: 'mysql' }, { dialect: 'postgres' }],
    });
    // An optional local.py that is there overrides what came before it: the last assignment wins.
    const local = { ...files, 'server/settings/environments/local.py': `DATABASES = {'default': ${engine('postgresql')}}\n` };
    expect(await djangoAppDialect('server/apps/main/', reader(local), listing(local))).toMatchObject({ dialect: 'postgres' });
    // A glob of components, read from the folder's listing; without a listing, a doubt that says so.
    const globbed = { ...files, 'server/settings/__init__.py': "include('components/*.py')\n" };
    expect(await djangoAppDialect('server/apps/main/', reader(globbed), listing(globbed))).toMatchObject({ dialect: 'mysql' });
    expect(await djangoAppDialect('server/apps/main/', reader(globbed))).toEqual({
      doubt: [],
      unread: [
        {
          file: 'server/settings/__init__.py',
          failure: "include('components/*.py') names files by a glob and the folder server/settings/components/ could not be listed",
        },
      ],
    });
    // A file named by a value the reader cannot see: a doubt, never a silent Postgres.
    const hidden = { ...files, 'server/settings/__init__.py': 'include(*settings_files())\n' };
    expect(await djangoAppDialect('server/apps/main/', reader(hidden), listing(hidden))).toEqual({
      doubt: [],
      unread: [{ file: 'server/settings/__init__.py', failure: 'include(*settings_files()) names its settings files at run time (line 1)' }],
    });
  });

  // `from .base import *` then an override (cookiecutter-django's production.py): Python keeps the last value.
  it("counts a star-imported module's DATABASES as the importing module leaves it", async () => {
    const engine = (name: string) => `{'ENGINE': 'django.db.backends.${name}'}`;
    const manage = "os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'config.settings.production')\n";
    const base = `DATABASES = {'default': ${engine('postgresql')}}\n`;
    const project = (production: string) => reader({ 'manage.py': manage, 'config/settings/base.py': base, 'config/settings/production.py': production });
    for (const override of [
      "from .base import *\nDATABASES['default']['ENGINE'] = 'django.db.backends.mysql'\n",
      "from .base import *\nDATABASES['default'].update({'ENGINE': 'django.db.backends.mysql'})\n",
      `from .base import *\nDATABASES['default'] = ${engine('mysql')}\n`,
      `from .base import *\nDATABASES.update({'default': ${engine('mysql')}})\n`,
    ])
      expect(await djangoAppDialect('shop/', project(override))).toMatchObject({
        dialect: 'mysql',
        from: expect.stringContaining('config/settings/production.py:2'),
      });
    // A change to another part of the entry leaves its engine; an assignment before the import is overwritten by it.
    expect(await djangoAppDialect('shop/', project("from .base import *\nDATABASES['default']['NAME'] = 'shop'\n"))).toMatchObject({ dialect: 'postgres' });
    expect(await djangoAppDialect('shop/', project(`DATABASES = {'default': ${engine('mysql')}}\nfrom .base import *\n`))).toMatchObject({
      dialect: 'postgres',
    });
    // An override in a branch may or may not run: both count.
    expect(await djangoAppDialect('shop/', project(`from .base import *\nif DB == 'mysql':\n    DATABASES['default'] = ${engine('mysql')}\n`))).toMatchObject({
      doubt: [{ dialect: 'postgres' }, { dialect: 'mysql' }],
    });
  });

  it('leaves the database in doubt when a settings file or manage.py cannot be read', async () => {
    const failing =
      (files: Record<string, string>, broken: string) =>
      async (p: string): Promise<string | undefined> => {
        if (p === broken) throw new Error('EACCES: permission denied');
        return files[p];
      };
    const files = { 'manage.py': text('err/django-startproject/manage.py') };
    expect(await djangoAppDialect('shop/', failing(files, 'mysite/settings.py'))).toEqual({
      doubt: [],
      unread: [{ file: 'mysite/settings.py', failure: 'EACCES: permission denied', readFailed: true }],
    });
    expect(await djangoAppDialect('shop/', failing({}, 'shop/manage.py'))).toEqual({
      doubt: [],
      unread: [{ file: 'shop/manage.py', failure: 'EACCES: permission denied', readFailed: true }],
    });
  });

  it('reads a MySQL project’s migration without Postgres advice, and honours the config’s dialect', async () => {
    const path = 'shop/migrations/0002_order_indexes.py';
    const content = text(`ok/django-mysql/${path}`);
    const rules = async (input: Partial<Parameters<typeof django.analyse>[0]>) =>
      (await django.analyse({ path, content, siblings: {}, ...input })).hits.map((h) => h.rule);
    expect(await rules({ readFile: reader(project('ok/django-mysql')) })).toEqual([]);
    expect(await rules({ dialect: { dialect: 'mysql', from: 'the config' } })).toEqual([]);
    expect(await rules({ readFile: reader({}) })).toEqual(expect.arrayContaining(['non-concurrent-index', 'constraint-not-valid-missing']));
  });
});

describe('Knex and Sequelize', () => {
  it("reads every environment's client or dialect, a literal or an environment variable's fallback", async () => {
    expect([...(await namedInJs(text('ok/knex-mysql/knexfile.js'), 'knexfile.js', 'client'))]).toEqual(['mysql']);
    expect([...(await namedInJs(text('err/knex-env-client/knexfile.js'), 'knexfile.js', 'client'))]).toEqual(['sqlite']);
    expect([...(await namedInJs(text('err/outline/server/config/database.js'), 'database.js', 'dialect'))]).toEqual(['postgres']);
    const ts = "import type { Knex } from 'knex';\nconst config: { [key: string]: Knex.Config } = { production: { client: 'pg' } };\nexport default config;\n";
    expect([...(await namedInJs(ts, 'knexfile.ts', 'client'))]).toEqual(['postgres']);
    expect([...namedInJson('{"development": {"dialect": "mysql"}, "test": {"dialect": "sqlite"}, "production": {"dialect": "mariadb"}}')]).toEqual([
      'mysql',
      'sqlite',
    ]);
    expect(() => namedInJson('not json')).toThrow(/not JSON/);
  });

  it(".sequelizerc's config path: a string or path.resolve's parts", async () => {
    expect(await sequelizercConfig(text('ok/sequelize-mysql/.sequelizerc'))).toBe('server/config/database.js');
    expect(await sequelizercConfig("module.exports = { config: './db/config.json' };\n")).toBe('db/config.json');
    expect(await sequelizercConfig("module.exports = { config: path.resolve(__dirname, 'config.js') };\n")).toBeUndefined();
  });

  it('answers from the nearest knexfile or Sequelize config; SQLite alone gives no answer, environments that disagree a doubt', async () => {
    const knexfile = text('ok/knex-mysql/knexfile.js');
    expect(await knexAppDialect('db/', reader({ 'knexfile.js': knexfile }))).toEqual({ dialect: 'mysql', from: "the knexfile's client (knexfile.js)" });
    expect(await knexAppDialect('', reader({ 'knexfile.js': text('err/knex-env-client/knexfile.js') }))).toBeUndefined();
    // Read as Postgres before: said now, as the JVM's disagreeing profiles are.
    const from = "the knexfile's client (knexfile.ts)";
    expect(
      await knexAppDialect('', reader({ 'knexfile.ts': "export default { development: { client: 'mysql2' }, production: { client: 'pg' } };\n" })),
    ).toEqual({
      doubt: [
        { dialect: 'mysql', from },
        { dialect: 'postgres', from },
      ],
    });
    expect(await knexAppDialect('', reader({}))).toBeUndefined();
    const rc = text('ok/sequelize-mysql/.sequelizerc');
    expect(
      await sequelizeAppDialect('server/', reader({ '.sequelizerc': rc, 'server/config/database.js': text('ok/sequelize-mysql/server/config/database.js') })),
    ).toEqual({
      dialect: 'mysql',
      from: "the Sequelize config's dialect (server/config/database.js)",
    });
    expect(
      await sequelizeAppDialect('', reader({ 'config/config.json': '{"development": {"dialect": "mysql"}, "production": {"dialect": "mysql"}}' })),
    ).toEqual({
      dialect: 'mysql',
      from: "the Sequelize config's dialect (config/config.json)",
    });
    // A .sequelizerc whose config it cannot tell: no answer, not the default path's.
    expect(
      await sequelizeAppDialect(
        '',
        reader({ '.sequelizerc': 'module.exports = { config: resolveConfig() };\n', 'config/config.json': '{"production": {"dialect": "mysql"}}' }),
      ),
    ).toBeUndefined();
  });
});

describe('Ecto', () => {
  it('reads the database driver mix.exs depends on; none, several or SQLite alone give no answer', async () => {
    expect([...(await mixDrivers(text('err/hexpm/mix.exs')))]).toEqual(['postgres']);
    expect(await ectoAppDialect('', reader({ 'mix.exs': text('ok/ecto-mysql/mix.exs') }))).toEqual({
      dialect: 'mysql',
      from: "the project's database driver :myxql (mix.exs)",
    });
    // An umbrella's app: its own mix.exs.
    expect(await ectoAppDialect('apps/shop/', reader({ 'apps/shop/mix.exs': text('ok/ecto-mysql/mix.exs') }))).toMatchObject({ dialect: 'mysql' });
    expect(await ectoAppDialect('', reader({ 'mix.exs': 'defp deps do\n  [{:ecto_sqlite3, "~> 0.12"}]\nend\n' }))).toBeUndefined();
    expect(await ectoAppDialect('', reader({}))).toBeUndefined();
  });

  it('leaves a project whose mix.exs names two databases in doubt', async () => {
    const both = 'defp deps do\n  [{:postgrex, ">= 0.0.0"}, {:myxql, ">= 0.0.0"}]\nend\n';
    expect(await ectoAppDialect('', reader({ 'mix.exs': both }))).toEqual({
      doubt: [
        { dialect: 'postgres', from: "the project's database driver :postgrex (mix.exs)" },
        { dialect: 'mysql', from: "the project's database driver :myxql (mix.exs)" },
      ],
    });
    const sqlite = 'defp deps do\n  [{:postgrex, ">= 0.0.0"}, {:ecto_sqlite3, "~> 0.12"}]\nend\n';
    expect(await ectoAppDialect('', reader({ 'mix.exs': sqlite }))).toMatchObject({ doubt: [{ dialect: 'postgres' }, { dialect: 'sqlite' }] });
  });

  it("reads the repo module's adapter for its own priv/<repo>/migrations (plausible's ClickHouse repo beside its Postgres one)", async () => {
    const files = {
      'mix.exs': text('../ecto-two-repos/ok/mix.exs'),
      'lib/plausible/repo.ex': text('../ecto-two-repos/ok/lib/plausible/repo.ex'),
      'lib/plausible/ingest_repo.ex': text('../ecto-two-repos/ok/lib/plausible/ingest_repo.ex'),
    };
    expect(await repoAdapter(files['lib/plausible/ingest_repo.ex'])).toBe('clickhouse');
    expect(await ectoAppDialect('', reader(files), 'priv/ingest_repo')).toEqual({
      dialect: 'clickhouse',
      from: "the repo's adapter (lib/plausible/ingest_repo.ex)",
    });
    expect(await ectoAppDialect('', reader(files), 'priv/repo')).toEqual({ dialect: 'postgres', from: "the repo's adapter (lib/plausible/repo.ex)" });
    // No repo module where Phoenix puts it: mix.exs's drivers, Postgres and ClickHouse, a doubt.
    expect(await ectoAppDialect('', reader({ 'mix.exs': files['mix.exs'] }), 'priv/ingest_repo')).toMatchObject({
      doubt: [{ dialect: 'clickhouse' }, { dialect: 'postgres' }],
    });
  });

  it("reads Ecto 2's adapter from config, and leaves configs that disagree in doubt", async () => {
    const mix = 'def project do\n  [app: :shop, deps: [{:mariaex, ">= 0.0.0"}, {:postgrex, ">= 0.0.0"}]]\nend\n';
    const config = (adapter: string) => `use Mix.Config\nconfig :shop, Shop.Repo,\n  adapter: Ecto.Adapters.${adapter},\n  pool_size: 10\n`;
    expect(await configAdapters(config('MySQL'))).toEqual(new Map([['repo', new Set(['mysql'])]]));
    // Each repo its own entry (santiment/sanbase2: a ClickHouse repo beside the Postgres one, each folder its own database).
    const two = `${config('Postgres')}config :shop, Shop.ClickhouseRepo,\n  adapter: ClickhouseEcto\n`;
    expect(await ectoAppDialect('', reader({ 'mix.exs': mix, 'config/config.exs': two }), 'priv/clickhouse_repo')).toMatchObject({ dialect: 'clickhouse' });
    expect(await ectoAppDialect('', reader({ 'mix.exs': mix, 'config/config.exs': two }), 'priv/repo')).toMatchObject({ dialect: 'postgres' });
    expect(underscored('Tuist.ClickHouseRepo')).toBe('click_house_repo');
    expect(await ectoAppDialect('', reader({ 'mix.exs': mix, 'config/config.exs': config('MySQL') }))).toEqual({
      dialect: 'mysql',
      from: "the repo's adapter in config/config.exs",
    });
    expect(await ectoAppDialect('', reader({ 'mix.exs': mix, 'config/dev.exs': config('MySQL'), 'config/prod.exs': config('Postgres') }))).toEqual({
      doubt: [
        { dialect: 'mysql', from: "the repo's adapter in config/dev.exs" },
        { dialect: 'postgres', from: "the repo's adapter in config/prod.exs" },
      ],
    });
  });

  it('leaves the database in doubt when mix.exs or the repo module cannot be read', async () => {
    const failing = (broken: string) => async (p: string) => {
      if (p === broken) throw new Error('EIO: i/o error');
      return p === 'mix.exs' ? 'def project do\n  [app: :shop, deps: [{:postgrex, ">= 0.0.0"}]]\nend\n' : undefined;
    };
    expect(await ectoAppDialect('', failing('mix.exs'))).toEqual({ doubt: [], unread: [{ file: 'mix.exs', failure: 'EIO: i/o error', readFailed: true }] });
    expect(await ectoAppDialect('', failing('lib/shop/repo.ex'))).toEqual({
      doubt: [],
      unread: [{ file: 'lib/shop/repo.ex', failure: 'EIO: i/o error', readFailed: true }],
    });
  });
});
