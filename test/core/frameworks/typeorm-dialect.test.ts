// The database a TypeORM project's config names (src/core/frameworks/typeorm-dialect.ts), on configs
// shaped like ShippingBackend's, songbook's and super-register's (test/fixtures/patterns/typeorm-dialect/SOURCE.md).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  envTypeormConnection,
  scriptConfigPaths,
  typeormAppDialect,
  typeormTypesInJs,
  typesInData,
  typesInJs,
} from '../../../src/core/frameworks/typeorm-dialect';
import typeorm from '../../../src/core/frameworks/typeorm';

const FIX = 'test/fixtures/patterns/typeorm-dialect';
const text = (rel: string) => readFileSync(`${FIX}/${rel}`, 'utf8');
const reader = (files: Record<string, string>) => async (path: string) => files[path];
/** A lister over the same files: the names in a folder. */
const lister = (files: Record<string, string>) => async (dir: string) => {
  const names = Object.keys(files)
    .filter((p) => p.startsWith(dir) && !p.slice(dir.length).includes('/'))
    .map((p) => p.slice(dir.length));
  return names.length ? names : undefined;
};

describe('TypeORM connection options', () => {
  it("reads a DataSource's type, a literal or an environment fallback, in options objects only", async () => {
    expect([...(await typesInJs(text('ok/shipping/packages/backend/src/database/data-source.ts'), 'data-source.ts'))]).toEqual(['mysql']);
    expect([...(await typesInJs(text('err/super-register/ormconfig.js'), 'ormconfig.js'))]).toEqual(['mysql']);
    expect([...(await typesInJs("export default { type: (process.env.DB_TYPE as any) || 'mariadb', host: 'db' };\n", 'x.ts'))]).toEqual(['mysql']);
    // A `type` in an object that is no connection's options (a column, a package's module type) is not read.
    expect([...(await typesInJs("const column = { name: 'id', type: 'mysql' };\n", 'x.ts'))]).toEqual([]);
  });

  it('reads ormconfig.json and .yml (one connection, an array, or connections by name) and TYPEORM_CONNECTION', () => {
    expect([...typesInData({ type: 'mysql', host: 'localhost' })]).toEqual(['mysql']);
    expect([
      ...typesInData([
        { name: 'default', type: 'postgres' },
        { name: 'test', type: 'sqlite' },
      ]),
    ]).toEqual(['postgres', 'sqlite']);
    expect([...typesInData({ default: { type: 'mariadb' } })]).toEqual(['mysql']);
    expect(envTypeormConnection('# MySQL / TypeORM\nTYPEORM_CONNECTION=mysql\nTYPEORM_HOST=localhost\n')).toBe('mysql');
    expect(envTypeormConnection('# TYPEORM_CONNECTION=mysql\n')).toBeUndefined();
  });

  it("takes the CLI's -d/--dataSource/-f path from package.json scripts, the build's .js mapped to its .ts source", () => {
    // songbook@96b1eeda server/package.json; Jetnipat-c/NestJs-migrations-with-TypeORM-0.3@9dbb008d package.json.
    expect(
      scriptConfigPaths(
        JSON.stringify({ scripts: { 'migration:run': './node_modules/.bin/ts-node ./node_modules/.bin/typeorm migration:run -d ./ormconfig.ts' } }),
      ),
    ).toEqual(['ormconfig.ts']);
    expect(scriptConfigPaths(JSON.stringify({ scripts: { typeorm: 'npm run build && npx typeorm -d dist/db/data-source.js' } }))).toEqual([
      'dist/db/data-source.js',
      'db/data-source.ts',
    ]);
    expect(scriptConfigPaths(JSON.stringify({ scripts: { build: 'tsc -d' } }))).toEqual([]);
  });
});

describe('typeormAppDialect', () => {
  it("finds the DataSource beside the migrations, the scripts' -d file, or ormconfig, and says where", async () => {
    const shipping = {
      'packages/backend/src/database/data-source.ts': text('ok/shipping/packages/backend/src/database/data-source.ts'),
      'packages/backend/package.json': '{}',
    };
    expect(await typeormAppDialect('packages/backend/src/database/', reader(shipping), lister(shipping))).toEqual({
      dialect: 'mysql',
      from: "TypeORM's connection type (packages/backend/src/database/data-source.ts)",
    });
    const songbook = {
      'server/package.json': JSON.stringify({ scripts: { 'migration:run': 'typeorm migration:run -d ./ormconfig.ts' } }),
      'server/ormconfig.ts': text('ok/songbook/server/ormconfig.ts'),
    };
    expect(await typeormAppDialect('server/src/', reader(songbook), lister(songbook))).toMatchObject({
      from: "TypeORM's connection type (server/ormconfig.ts)",
    });
    // Without a lister (every conventional name is read): super-register's ormconfig.js.
    expect(await typeormAppDialect('src/', reader({ 'ormconfig.js': text('err/super-register/ormconfig.js') }))).toEqual({
      dialect: 'mysql',
      from: "TypeORM's connection type (ormconfig.js)",
    });
    expect(await typeormAppDialect('src/', reader({ '.env.example': 'TYPEORM_CONNECTION=mysql\n' }))).toEqual({
      dialect: 'mysql',
      from: "the project's TYPEORM_CONNECTION (.env.example)",
    });
    // The project's src/ (migrations at the root's migrations/).
    const nest = { 'package.json': '{}', 'src/data-source.ts': "export default new DataSource({ type: 'mysql', host: 'db' });\n" };
    expect(await typeormAppDialect('', reader(nest), lister(nest))).toMatchObject({ dialect: 'mysql' });
  });

  it("stops at the project's folder; SQLite alone or a type read from the environment gives no answer", async () => {
    const files = { 'api/package.json': '{}', 'ormconfig.js': "module.exports = { type: 'mysql', host: 'x' };\n" };
    expect(await typeormAppDialect('api/src/', reader(files), lister(files))).toBeUndefined();
    expect(await typeormAppDialect('src/', reader({ 'ormconfig.json': '{"type": "sqlite", "database": "db.sqlite"}' }))).toBeUndefined();
    expect(await typeormAppDialect('src/', reader({}))).toBeUndefined();
  });
});

describe('a TypeORM config that names several databases', () => {
  it('leaves the database in doubt, and the migration says so instead of reading as Postgres', async () => {
    const config = "module.exports = [{ name: 'default', type: 'mysql', host: 'db' }, { name: 'reports', type: 'postgres', host: 'pg' }];\n";
    const from = "TypeORM's connection type (ormconfig.js)";
    expect(await typeormAppDialect('src/', reader({ 'ormconfig.js': config }))).toEqual({
      doubt: [
        { dialect: 'mysql', from },
        { dialect: 'postgres', from },
      ],
    });
    const path = 'src/migrations/1700000000000-AddIndex.ts';
    const migration = `import { MigrationInterface, QueryRunner } from 'typeorm';
export class AddIndex1700000000000 implements MigrationInterface {
  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE INDEX orders_created_at ON orders (created_at)');
  }
  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX orders_created_at');
  }
}
`;
    const { hits } = await typeorm.analyse({ path, content: migration, siblings: {}, readFile: reader({ 'ormconfig.js': config }) });
    expect(hits.map((h) => h.rule)).toEqual(['not-analysed']);
    expect(hits[0]!.message).toContain('names MySQL');
    expect(hits[0]!.message).toContain('names Postgres');
  });
});

describe('TypeORM migrations read in the project database', () => {
  it("lints a MySQL project's backtick SQL as MySQL: no Postgres parse-error notice", async () => {
    const files = { 'server/ormconfig.ts': text('ok/songbook/server/ormconfig.ts') };
    const path = 'server/src/migrations/1663824858297-InitialMigration.ts';
    const content = text(`ok/songbook/${path}`);
    const { hits } = await typeorm.analyse({ path, content, siblings: {}, readFile: reader(files), listDir: lister(files) });
    expect(hits.map((h) => h.rule)).toEqual([]);
    // Without the config: read as Postgres, the backticks are a syntax error.
    expect((await typeorm.analyse({ path, content, siblings: {}, readFile: reader({}) })).hits.map((h) => h.rule)).toContain('parse-error');
  });
});

// NestJS apps (test/fixtures/patterns/nestjs-typeorm-dialect/SOURCE.md): the options of
// `TypeOrmModule.forRoot`, `forRootAsync({ useFactory })` and `registerAs('database', …)`.
const NEST = 'test/fixtures/patterns/nestjs-typeorm-dialect';
const nest = (rel: string) => readFileSync(`${NEST}/${rel}`, 'utf8');

describe('NestJS TypeORM options', () => {
  it('reads forRoot, forRootAsync and registerAs options, a const the file binds, and a type read at run time', async () => {
    expect(await typeormTypesInJs(nest('ok/nest-board/src/app.module.ts'), 'app.module.ts')).toEqual({ named: new Set(['mysql']), runtime: [] });
    expect(await typeormTypesInJs(nest('err/factory-postgres/src/app.module.ts'), 'app.module.ts')).toEqual({ named: new Set(['postgres']), runtime: [] });
    // fossil-fuels' `const CONNECTION_TYPE = 'postgres'` … `type: CONNECTION_TYPE`; `'mysql' as const`.
    const bound = "const CONNECTION_TYPE = 'postgres';\nexport default registerAs('typeorm', () => ({ type: CONNECTION_TYPE, host: 'db' }));\n";
    expect(await typeormTypesInJs(bound, 'x.ts')).toEqual({ named: new Set(['postgres']), runtime: [] });
    expect(await typeormTypesInJs("export const o = { type: 'mariadb' as const, host: 'db' };\n", 'x.ts')).toEqual({ named: new Set(['mysql']), runtime: [] });
    // liaohui5/nest-examples-demo's `type: process.env.DB_TYPE`; `<any>process.env.DB_DRIVER`; a ConfigService's value and its default.
    expect(await typeormTypesInJs(nest('err/env-type/src/config/typeormdb.ts'), 'typeormdb.ts')).toEqual({
      named: new Set(),
      runtime: ['process.env.DB_TYPE'],
    });
    expect((await typeormTypesInJs('export const o = { type: <any>process.env.DB_DRIVER, host: "x" };\n', 'x.ts')).runtime).toEqual(['process.env.DB_DRIVER']);
    const factory = "TypeOrmModule.forRootAsync({ useFactory: (c: ConfigService) => ({ type: c.get('DB_TYPE', 'postgres'), host: c.get('DB_HOST') }) });\n";
    expect(await typeormTypesInJs(factory, 'x.ts')).toEqual({ named: new Set(['postgres']), runtime: ["c.get('DB_TYPE', 'postgres')"] });
    const fallback = "export default () => ({ type: (process.env.DB_TYPE as any) ?? 'postgres', host: 'db' });\n";
    expect(await typeormTypesInJs(fallback, 'x.ts')).toEqual({ named: new Set(['postgres']), runtime: ['process.env.DB_TYPE'] });
  });

  it("finds the app's options in src/app.module.ts and src/config/, with or without a package.json", async () => {
    const rps = {
      'package.json': '{}',
      'src/app.module.ts': nest('ok/rock-paper-scissor/src/app.module.ts'),
      'src/config/index.ts': nest('ok/rock-paper-scissor/src/config/index.ts'),
      'src/config/orm.config.ts': nest('ok/rock-paper-scissor/src/config/orm.config.ts'),
    };
    expect(await typeormAppDialect('src/', reader(rps), lister(rps))).toEqual({
      dialect: 'mysql',
      from: "TypeORM's connection type (src/config/orm.config.ts)",
    });
    // No package.json (a monorepo's app, a fixture): the folder that holds the migrations' src/.
    const board = { 'api/src/app.module.ts': nest('ok/nest-board/src/app.module.ts') };
    expect(await typeormAppDialect('api/src/', reader(board), lister(board))).toEqual({
      dialect: 'mysql',
      from: "TypeORM's connection type (api/src/app.module.ts)",
    });
    // Without a lister, src/app.module.ts alone is read.
    expect(await typeormAppDialect('src/', reader({ 'src/app.module.ts': board['api/src/app.module.ts'] }))).toMatchObject({ dialect: 'mysql' });
    // A config folder whose listing fails (an API 502): its options may be there, so the database is in doubt, not Postgres.
    const failing = async (dir: string) => {
      if (dir === 'src/config/') throw Object.assign(new Error('Server Error'), { status: 502 });
      return lister(rps)(dir);
    };
    expect(await typeormAppDialect('src/', reader(rps), failing)).toEqual({
      doubt: [],
      unread: [{ file: 'src/config/', failure: 'HTTP 502, Server Error', readFailed: true }],
    });
  });

  it('leaves the database in doubt when the type is read at run time, or two files name different ones', async () => {
    const env = { 'package.json': '{}', 'src/config/typeormdb.ts': nest('err/env-type/src/config/typeormdb.ts') };
    expect(await typeormAppDialect('src/', reader(env), lister(env))).toEqual({
      doubt: [],
      unread: [{ file: 'src/config/typeormdb.ts', failure: 'its connection type is `process.env.DB_TYPE`', runtime: true }],
    });
    // An ormconfig whose type is the environment's: no longer read as Postgres in silence.
    expect(await typeormAppDialect('src/', reader({ 'ormconfig.ts': 'export default { type: process.env.DB_TYPE, host: "x" };\n' }))).toMatchObject({
      doubt: [],
      unread: [{ file: 'ormconfig.ts', runtime: true }],
    });
    // Another service's options in the config folder (no TypeORM in the file) say nothing.
    const mail = {
      'package.json': '{}',
      'src/config/mail.config.ts': "export default registerAs('mail', () => ({ type: process.env.MAIL_TYPE, host: 'smtp' }));\n",
    };
    expect(await typeormAppDialect('src/', reader(mail), lister(mail))).toBeUndefined();
    const two = {
      'package.json': '{}',
      'src/app.module.ts': nest('err/factory-postgres/src/app.module.ts'),
      'src/database/database.config.ts': "export default registerAs('database', () => ({ type: 'mysql', host: 'db' }));\n",
    };
    expect(await typeormAppDialect('src/', reader(two), lister(two))).toEqual({
      doubt: [
        { dialect: 'postgres', from: "TypeORM's connection type (src/app.module.ts)" },
        { dialect: 'mysql', from: "TypeORM's connection type (src/database/database.config.ts)" },
      ],
    });
  });

  it('a migration of an app whose type is read at run time gets one notice, and no Postgres-only advice', async () => {
    const files = { 'src/config/typeormdb.ts': nest('err/env-type/src/config/typeormdb.ts') };
    const path = 'src/migrations/1680000000000-user-email.ts';
    const content = nest(`err/env-type/${path}`);
    const { hits } = await typeorm.analyse({ path, content, siblings: {}, readFile: reader(files), listDir: lister(files) });
    expect(hits.map((h) => `${h.rule}@${h.line}`)).toEqual(['not-analysed@1', 'drop-column@10']);
    expect(hits[0]!.message).toContain("The project chooses this migration's database at run time: src/config/typeormdb.ts");
    expect(hits[0]!.message).toContain('Say which one it runs on');
  });
});
