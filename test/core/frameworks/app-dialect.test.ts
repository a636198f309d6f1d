// The database a Laravel, Rails, Django, Knex, Sequelize or Ecto app's own config names (src/core/frameworks/app-dialect.ts),
// on config files shaped like koel's, Firefly III's, lobsters' and openstreetmap-website's
// (test/fixtures/patterns/app-dialect/SOURCE.md).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { envConnection, laravelAppDialect, laravelDatabases, railsDatabaseDialect } from '../../../src/core/frameworks/app-dialect';
import laravel from '../../../src/core/frameworks/laravel';
import rails from '../../../src/core/frameworks/rails';
import django from '../../../src/core/frameworks/django';
import { djangoAppDialect, readSettings, settingsModule } from '../../../src/core/frameworks/django/settings-dialect';
import { ectoAppDialect, mixDrivers } from '../../../src/core/frameworks/ecto/mix-dialect';
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
  it('reads the adapter of production, through anchors and merge keys, with ERB left out', () => {
    const yml = ['default: &default', '  adapter: <%= ENV.fetch("X") { "postgresql" } %>', '  pool: <%= ENV.fetch("RAILS_MAX_THREADS") { 5 } %>', ''].join(
      '\n',
    );
    expect(railsDatabaseDialect(`${yml}production:\n  <<: *default\n  adapter: mysql2\n`, 'db/migrate')).toBe('mysql');
    expect(railsDatabaseDialect('development:\n  adapter: trilogy\n', 'db/migrate')).toBe('mysql');
    expect(railsDatabaseDialect('production:\n  url: postgis://db/app\n', 'db/migrate')).toBe('postgres');
    expect(railsDatabaseDialect(text('err/osm/config/example.database.yml'), 'db/migrate')).toBe('postgres');
    // ERB that leaves no adapter: no answer.
    expect(railsDatabaseDialect(yml, 'db/migrate')).toBeUndefined();
    expect(railsDatabaseDialect('production: [unclosed\n', 'db/migrate')).toBeUndefined();
    // A name that is one of Object's own members is no adapter (was Object's constructor function).
    expect(railsDatabaseDialect('production:\n  adapter: constructor\n', 'db/migrate')).toBeUndefined();
    expect(railsDatabaseDialect('production:\n  url: tostring://db/app\n', 'db/migrate')).toBeUndefined();
  });

  it("picks the database whose migrations_paths holds the folder, else primary (lobsters' multi-database file)", () => {
    const multi = text('ok/lobsters/config/database.yml').replace(
      /sqlite3: &sqlite3\n {2}adapter: sqlite3/,
      'sqlite3: &sqlite3\n  adapter: sqlite3\nmy: &my\n  adapter: mysql2',
    );
    const queueOnMysql = multi.replace('    <<: *sqlite3\n    database: storage/queue.sqlite3', '    <<: *my\n    database: storage/queue');
    expect(railsDatabaseDialect(queueOnMysql, 'db/migrate')).toBe('sqlite');
    expect(railsDatabaseDialect(queueOnMysql, 'db/queue_migrate')).toBe('mysql');
    expect(railsDatabaseDialect(queueOnMysql, 'db/other_migrate')).toBeUndefined();
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
    const production = await readSettings(text('ok/django-mysql/shop/settings/production.py'));
    expect([...production.dialects]).toEqual(['mysql']);
    expect(production.imports).toEqual(['.base']);
    expect([...(await readSettings(text('err/django-mysql/config/settings/base.py'))).dialects]).toEqual(['mysql']);
    expect([...(await readSettings('DATABASES = {"default": env.db(default="postgres:///shop")}\n')).dialects]).toEqual(['postgres']);
    expect([...(await readSettings("DATABASES = {'default': {'ENGINE': 'django.contrib.gis.db.backends.postgis'}}\n")).dialects]).toEqual(['postgres']);
    expect([...(await readSettings("DATABASES = {'default': {'ENGINE': 'mssql'}}\n")).dialects]).toEqual(['sqlserver']);
    // Only the default database: a second, reporting one on MySQL does not count.
    const two = "DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql'}, 'legacy': {'ENGINE': 'django.db.backends.mysql'}}\n";
    expect([...(await readSettings(two)).dialects]).toEqual(['postgres']);
  });

  it('answers from the nearest manage.py, following star imports; SQLite and disagreeing settings give no answer', async () => {
    const read = (files: Record<string, string>) => async (p: string) => files[p];
    expect(await djangoAppDialect('shop/', read(project('ok/django-mysql')))).toEqual({
      dialect: 'mysql',
      from: "the project's DATABASES (shop/settings/production.py)",
    });
    expect(await djangoAppDialect('shop/', read(project('err/django-mysql')))).toEqual({
      dialect: 'mysql',
      from: "the project's DATABASES (config/settings/base.py)",
    });
    expect(await djangoAppDialect('blog/', read(project('err/django-startproject')))).toBeUndefined();
    // A project in a folder of the repository: manage.py found above the app.
    const nested = Object.fromEntries(Object.entries(project('ok/django-mysql')).map(([f, t]) => [`backend/${f}`, t]));
    expect((await djangoAppDialect('backend/shop/', read(nested)))?.dialect).toBe('mysql');
    const either =
      "if DB == 'mysql':\n    DATABASES = {'default': {'ENGINE': 'django.db.backends.mysql'}}\nelse:\n    DATABASES = {'default': {'ENGINE': 'django.db.backends.postgresql'}}\n";
    expect(await djangoAppDialect('shop/', read({ 'manage.py': text('err/django-startproject/manage.py'), 'mysite/settings.py': either }))).toBeUndefined();
    expect(await djangoAppDialect('shop/', read({}))).toBeUndefined();
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
      from: "the project's database driver (mix.exs)",
    });
    // An umbrella's app: its own mix.exs.
    expect((await ectoAppDialect('apps/shop/', reader({ 'apps/shop/mix.exs': text('ok/ecto-mysql/mix.exs') })))?.dialect).toBe('mysql');
    const both = 'defp deps do\n  [{:postgrex, ">= 0.0.0"}, {:myxql, ">= 0.0.0"}]\nend\n';
    expect(await ectoAppDialect('', reader({ 'mix.exs': both }))).toBeUndefined();
    expect(await ectoAppDialect('', reader({ 'mix.exs': 'defp deps do\n  [{:ecto_sqlite3, "~> 0.12"}]\nend\n' }))).toBeUndefined();
    expect(await ectoAppDialect('', reader({}))).toBeUndefined();
  });
});
