// The database a JVM project's config names for its Flyway migrations (src/core/frameworks/jvm-dialect.ts),
// on config files shaped like 1000meal-be's, dataease's, hmcts/rd-professional-api's and hawkbit's
// (test/fixtures/patterns/flyway-spring-dialect/SOURCE.md).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import flyway from '../../../src/core/frameworks/flyway';
import {
  flywayConfDialect,
  hibernateDialect,
  holds,
  jvmDialect,
  jvmDialectVerdict,
  namedDatabase,
  readProperties,
  readSpringConfig,
  resourcesOf,
  springDialect,
  urlDialect,
} from '../../../src/core/frameworks/jvm-dialect';

const FIX = 'test/fixtures/patterns/flyway-spring-dialect';
const text = (rel: string) => readFileSync(`${FIX}/${rel}`, 'utf8');
const file = (path: string, body: string) => ({ path, text: body });
const keysOf = (yml: string, path = 'application.yml') => readSpringConfig(yml, path)[0]!.keys;

describe('JDBC URLs', () => {
  it('names the database of a jdbc: or r2dbc: URL, through wrappers, and H2 by its mode', () => {
    expect(urlDialect('jdbc:mysql://${DB_HOST}:${DB_PORT}/x')).toBe('mysql');
    expect(urlDialect('jdbc:mariadb://localhost/x')).toBe('mysql');
    expect(urlDialect('jdbc:postgresql://localhost/x')).toBe('postgres');
    expect(urlDialect('jdbc:p6spy:mysql://localhost/x')).toBe('mysql');
    expect(urlDialect('jdbc:tc:postgresql:15:///db')).toBe('postgres');
    expect(urlDialect('r2dbc:pool:mysql://localhost/x')).toBe('mysql');
    expect(urlDialect('jdbc:sqlserver://host;databaseName=x')).toBe('sqlserver');
    expect(urlDialect('jdbc:oracle:thin:@host:1521:x')).toBe('oracle');
    expect(urlDialect('jdbc:sqlite:dev.db')).toBe('sqlite');
    expect(urlDialect('jdbc:h2:mem:testdb')).toBe('h2');
    expect(urlDialect('jdbc:h2:/opt/de/desktop;AUTO_SERVER=TRUE;MODE=MySQL')).toBe('mysql');
    expect(urlDialect('jdbc:h2:mem:x;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE')).toBe('postgres');
    expect(urlDialect('http://localhost:8080')).toBeUndefined();
    expect(urlDialect('jdbc:unknown://x')).toBeUndefined();
  });
});

describe('config files', () => {
  it('reads properties: separators, comments, continued lines, relaxed keys', () => {
    const keys = readProperties(
      [
        '# spring.datasource.url=jdbc:h2:mem:x',
        'spring.datasource.driver-class-name = org.mariadb.jdbc.Driver',
        'spring.flyway.url: jdbc:mysql:\\',
        '  //db/x',
        '! note',
      ].join('\n'),
      'a.properties',
    );
    expect(keys.get('spring.datasource.driverclassname')?.value).toBe('org.mariadb.jdbc.Driver');
    expect(keys.get('spring.flyway.url')?.value).toBe('jdbc:mysql://db/x');
    expect(keys.has('spring.datasource.url')).toBe(false);
  });

  it('reads YAML documents, dotted keys and the profile each applies to', () => {
    const docs = readSpringConfig(
      [
        'spring:',
        '  flyway.locations: [classpath:db/migration, classpath:db/postgres]',
        '---',
        'spring:',
        '  config.activate.on-profile: prod',
        '  datasource: { url: "jdbc:mysql://db/x" }',
      ].join('\n'),
      'src/main/resources/application.yml',
    );
    expect(docs.map((d) => d.profile)).toEqual([undefined, 'prod']);
    expect(docs[0]!.keys.get('spring.flyway.locations')?.value).toBe('classpath:db/migration,classpath:db/postgres');
    expect(docs[1]!.keys.get('spring.datasource.url')?.value).toBe('jdbc:mysql://db/x');
    // A profile file applies to its profile; a file that does not parse says nothing.
    expect(readSpringConfig('spring.datasource.url=jdbc:h2:mem:x\n', 'r/application-test.properties')[0]!.profile).toBe('test');
    expect(readSpringConfig('spring: [unclosed\n', 'application.yml')).toEqual([]);
    // Maven's resource filtering (@profiles.active@) unquoted: the rest is still read.
    const filtered = readSpringConfig('spring:\n  profiles:\n    active: @profiles.active@\n  datasource:\n    url: jdbc:mysql://db/x\n', 'application.yml');
    expect(filtered[0]!.keys.get('spring.datasource.url')?.value).toBe('jdbc:mysql://db/x');
  });

  it('names the database: the Flyway URL, a datasource URL, the driver class, the JPA platform; a URL from the environment names none', () => {
    expect(namedDatabase(keysOf(text('ok/meal/src/main/resources/application.yml')))).toMatchObject({ dialect: 'mysql', key: 'spring.datasource.url' });
    // A placeholder's default counts; a bare placeholder names nothing, unless the driver or platform says it.
    expect(namedDatabase(keysOf('spring:\n  datasource:\n    url: ${DATABASE_URL:jdbc:postgresql://localhost:5432/products}\n'))).toMatchObject({
      dialect: 'postgres',
    });
    expect(namedDatabase(keysOf('spring:\n  datasource:\n    url: ${SPRING_DATASOURCE_URL}\n'))).toBeUndefined();
    expect(namedDatabase(keysOf('spring:\n  datasource:\n    url: ${SPRING_DATASOURCE_URL}\n    driver-class-name: com.mysql.cj.jdbc.Driver\n'))).toMatchObject(
      {
        dialect: 'mysql',
        key: 'spring.datasource.driver-class-name',
      },
    );
    expect(namedDatabase(keysOf('spring:\n  jpa:\n    database-platform: org.hibernate.dialect.MariaDBDialect\n'))).toMatchObject({ dialect: 'mysql' });
    expect(namedDatabase(keysOf('spring:\n  jpa:\n    database: POSTGRESQL\n'))).toMatchObject({ dialect: 'postgres' });
    // spring.flyway.url wins over the datasource's.
    expect(namedDatabase(keysOf('spring:\n  datasource:\n    url: jdbc:postgresql://a/b\n  flyway:\n    url: jdbc:mysql://a/b\n'))).toMatchObject({
      dialect: 'mysql',
    });
    // Maven filtering (@db.url@) and no database at all.
    expect(namedDatabase(keysOf('spring:\n  datasource:\n    url: "@db.url@"\n'))).toBeUndefined();
    expect(namedDatabase(keysOf('server:\n  port: 8080\n'))).toBeUndefined();
  });

  it('matches Flyway locations to the migration folder', () => {
    expect(holds('classpath:db/migration', 'db/migration/', 'src/main/resources/db/migration/')).toBe(true);
    expect(holds('classpath:/db/migration/', 'db/migration/v2/', 'x')).toBe(true);
    expect(holds('db', 'db/migration/', 'x')).toBe(true);
    expect(holds('classpath:db/desktop', 'db/migration/', 'x')).toBe(false);
    expect(holds('classpath:db/mig', 'db/migration/', 'x')).toBe(false);
    expect(holds('classpath:db/migration/{vendor}', 'db/migration/mysql/', 'x')).toBe(true);
    expect(holds('filesystem:src/main/resources/db/migration', 'db/migration/', 'app/src/main/resources/db/migration/')).toBe(true);
    expect(holds('filesystem:sql', 'db/migration/', 'app/src/main/resources/db/migration/')).toBe(false);
  });
});

describe('the app’s database', () => {
  const dataease = 'ok/dataease/core/core-backend/src/main/resources/';
  const files = (names: string[]) => names.map((n) => file(`app/${n}`, text(`${dataease}${n}`)));
  const all = files(['application.yml', 'application-desktop.yml', 'application-standalone.yml', 'application-distributed.yml']);

  it('asks the profiles whose Flyway locations hold the folder, with Flyway on (dataease)', () => {
    expect(springDialect(all, 'db/migration/', 'app/db/migration/')).toEqual({
      dialect: 'mysql',
      from: "the app's spring.datasource.url (app/application-standalone.yml)",
    });
    expect(springDialect(all, 'db/desktop/', 'app/db/desktop/')).toEqual({
      dialect: 'mysql',
      from: "the app's spring.datasource.url, H2 in MySQL mode (app/application-desktop.yml)",
    });
    // No profile runs a folder no location holds: nothing is said.
    expect(springDialect(all, 'sql/', 'app/sql/')).toBeUndefined();
  });

  it('never takes an embedded database, and names both of two others', () => {
    const yml = (url: string) => `spring:\n  datasource:\n    url: ${url}\n`;
    const mysql = file('r/application.yml', yml('jdbc:mysql://db/x'));
    const h2 = file('r/application-test.yml', yml('jdbc:h2:mem:x'));
    const pg = file('r/application-pg.yml', yml('jdbc:postgresql://db/x'));
    const env = file('r/application.yml', yml('${DB_URL}'));
    expect(springDialect([mysql, h2], 'db/migration/', 'r/db/migration/')).toMatchObject({ dialect: 'mysql' });
    expect(springDialect([mysql, h2, pg], 'db/migration/', 'r/db/migration/')).toEqual({
      doubt: [
        { dialect: 'mysql', from: "the app's spring.datasource.url (r/application.yml)" },
        { dialect: 'postgres', from: "the app's spring.datasource.url (r/application-pg.yml)" },
      ],
    });
    expect(springDialect([env, h2], 'db/migration/', 'r/db/migration/')).toBeUndefined();
    // An embedded database alone: production's may be given from outside the repository.
    expect(springDialect([file('r/application.properties', 'spring.datasource.url=jdbc:hsqldb:file:data/webgoat\n')], 'db/', 'r/db/')).toBeUndefined();
    expect(springDialect([h2], 'db/migration/', 'r/db/migration/')).toBeUndefined();
    // A profile overrides the base file's URL: the base's H2 and the profile's MySQL are both candidates, H2 embedded.
    expect(springDialect([h2, file('r/application-prod.yml', yml('jdbc:mariadb://db/x'))], 'db/migration/', 'r/db/migration/')).toMatchObject({
      dialect: 'mysql',
    });
  });

  it('reads flyway.conf and flyway.toml', () => {
    expect(flywayConfDialect(text('ok/flyway-conf/flyway.conf'), 'flyway.conf')).toEqual({ dialect: 'mysql', from: "the project's flyway.url (flyway.conf)" });
    expect(flywayConfDialect(text('ok/flyway-toml/flyway.toml'), 'flyway.toml')).toMatchObject({ dialect: 'mysql' });
    expect(flywayConfDialect('flyway.url=${env.FLYWAY_URL}\n', 'flyway.conf')).toBeUndefined();
    // A flyway.toml that is no TOML may name any database: a doubt naming it, never a silent Postgres.
    expect(flywayConfDialect('[environments.default\nurl=', 'flyway.toml')).toMatchObject({
      doubt: [],
      unread: [{ file: 'flyway.toml', failure: expect.stringContaining('not TOML') }],
    });
    // Two environments on two databases: in doubt, each named.
    expect(flywayConfDialect('[environments.dev]\nurl = "jdbc:mysql://db/x"\n[environments.prod]\nurl = "jdbc:postgresql://db/x"\n', 'flyway.toml')).toEqual({
      doubt: [
        { dialect: 'mysql', from: "the project's [environments.dev] url (flyway.toml)" },
        { dialect: 'postgres', from: "the project's [environments.prod] url (flyway.toml)" },
      ],
    });
  });

  it('finds the resources folder of a migration', () => {
    expect(resourcesOf('core/core-backend/src/main/resources/db/migration/V1__x.sql')).toEqual({
      root: 'core/core-backend/src/main/resources/',
      folder: 'db/migration/',
    });
    expect(resourcesOf('src/test/resources/V1__x.sql')).toEqual({ root: 'src/test/resources/', folder: '' });
    expect(resourcesOf('db/migration/V1__x.sql')).toBeUndefined();
  });

  it('reads each resources folder once per reader, a bounded number of files, and fails safe', async () => {
    const repo: Record<string, string> = {
      'm/src/main/resources/application.yml': text('ok/meal/src/main/resources/application.yml'),
      'm/src/main/resources/application-test.yml': text('ok/meal/src/main/resources/application-test.yml'),
    };
    const reads: string[] = [];
    const read = async (p: string) => {
      reads.push(p);
      return repo[p];
    };
    const list = async (dir: string) => (dir === 'm/src/main/resources/' ? ['application.yml', 'application-test.yml', 'logback.xml', 'db'] : undefined);
    const path = 'm/src/main/resources/db/migration/V1__x.sql';
    expect((await jvmDialect(path, read, list))?.dialect).toBe('mysql');
    const first = reads.length;
    expect(first).toBeLessThanOrEqual(2);
    expect((await jvmDialect('m/src/main/resources/db/migration/V2__y.sql', read, list))?.dialect).toBe('mysql');
    expect(reads.length).toBe(first);
    // Without a listing, the base file names are tried.
    expect((await jvmDialect(path, async (p) => repo[p]))?.dialect).toBe('mysql');
    // A read that fails, or no config at all: no answer.
    const failing = async () => {
      throw new Error('HTTP 502');
    };
    expect(await jvmDialect(path, failing)).toBeUndefined();
    expect(await jvmDialect('x/src/main/resources/db/migration/V1__x.sql', async () => undefined)).toBeUndefined();
    // Many profile files: at most 12 read (then flyway.conf and flyway.toml, in the folder, at most three above it, the module's root and the repository's).
    const many = Array.from({ length: 30 }, (_, i) => `application-p${i}.yml`);
    const counted: string[] = [];
    await jvmDialect(
      'n/src/main/resources/db/migration/V1__x.sql',
      async (p) => (counted.push(p), undefined),
      async () => many,
    );
    expect(counted.filter((p) => p.includes('/application-')).length).toBe(12);
    expect(counted.filter((p) => /flyway\.(?:conf|toml)$/.test(p)).length).toBe(10);
  });

  it('reads a MySQL app’s Flyway migration without Postgres advice, and a Postgres app’s with it', async () => {
    const path = 'src/main/resources/db/migration/V17__add_unique_notification_history_daily.sql';
    const content = text(`ok/meal/${path}`);
    const siblings = {
      'src/main/resources/db/migration/U17__add_unique_notification_history_daily.sql': 'DROP INDEX uq_notification_history_daily ON notification_history;',
    };
    const rules = async (yml: string | undefined, extra = {}) =>
      (
        await flyway.analyse({
          path,
          content,
          siblings,
          readFile: async (p) => (p === 'src/main/resources/application.yml' ? yml : undefined),
          ...extra,
        })
      ).hits.map((h) => h.rule);
    expect(await rules(text('ok/meal/src/main/resources/application.yml'))).toEqual([]);
    expect(await rules(text('err/rdpro/src/main/resources/application.yaml').replace('application.yaml', 'application.yml'))).toContain('non-concurrent-index');
    expect(await rules(undefined)).toContain('non-concurrent-index');
    // The config's `dialect:` comes first.
    expect(await rules(text('ok/meal/src/main/resources/application.yml'), { dialect: { dialect: 'postgres', from: 'the config' } })).toContain(
      'non-concurrent-index',
    );
  });

  it('reads Hibernate’s properties beside the migrations: the URL, else the driver class, else the dialect (openmrs)', () => {
    const at = 'api/src/main/resources/hibernate.default.properties';
    expect(hibernateDialect(text('../jvm-doubt/ok/openmrs-hibernate/' + at), at)).toEqual({
      dialect: 'mysql',
      from: `the app's hibernate.connection.url (${at})`,
    });
    expect(hibernateDialect('hibernate.connection.url=${DB}\nhibernate.connection.driver_class=org.postgresql.Driver\n', at)).toMatchObject({
      dialect: 'postgres',
    });
    expect(hibernateDialect('hibernate.dialect=org.hibernate.dialect.MySQL8Dialect\n', at)).toMatchObject({ dialect: 'mysql' });
    expect(hibernateDialect('hibernate.connection.url=jdbc:h2:mem:x\n', at)).toBeUndefined();
    expect(hibernateDialect('hibernate.show_sql=false\n', at)).toBeUndefined();
  });
});

describe('a database in doubt', () => {
  const yml = (url: string) => `spring:\n  datasource:\n    url: ${url}\n`;
  const R = 'app/src/main/resources/';
  const path = `${R}db/migration/V17__add_unique_notification_history_daily.sql`;
  const profiles: Record<string, string> = { [`${R}application.yml`]: yml('jdbc:mysql://db/x'), [`${R}application-pg.yml`]: yml('jdbc:postgresql://db/x') };
  const list = async (dir: string) => (dir === R ? ['application.yml', 'application-pg.yml', 'application-test.yml'] : []);

  it('names each source, and no config after the first that names any', async () => {
    expect(await jvmDialectVerdict(path, async (p) => profiles[p], list)).toEqual({
      doubt: [
        { dialect: 'mysql', from: `the app's spring.datasource.url (${R}application.yml)` },
        { dialect: 'postgres', from: `the app's spring.datasource.url (${R}application-pg.yml)` },
      ],
    });
    // The lint's own reading says nothing of it: the drill's project dialect stays as it was.
    expect(await jvmDialect(path, async (p) => profiles[p], list)).toBeUndefined();
    // An H2 test profile is no doubt.
    const h2: Record<string, string> = { [`${R}application.yml`]: yml('jdbc:mysql://db/x'), [`${R}application-test.yml`]: yml('jdbc:h2:mem:x') };
    expect(await jvmDialectVerdict(path, async (p) => h2[p], list)).toMatchObject({ dialect: 'mysql' });
    // Hibernate's properties come after flyway.conf and before the Maven build.
    const hibernate: Record<string, string> = {
      [`${R}hibernate.properties`]: 'hibernate.connection.url=jdbc:mysql://db/x\n',
      'app/pom.xml': '<project><artifactId>a</artifactId></project>',
    };
    expect(await jvmDialectVerdict(path, async (p) => hibernate[p])).toMatchObject({ dialect: 'mysql' });
    expect(await jvmDialectVerdict(path, async (p) => ({ ...hibernate, 'flyway.conf': 'flyway.url=jdbc:postgresql://db/x\n' })[p])).toMatchObject({
      dialect: 'postgres',
    });
  });

  it('reads the migration without Postgres-only advice, with one notice that names both and the setting', async () => {
    const analyse = async (files: Record<string, string | undefined>, extra = {}) =>
      flyway.analyse({
        path,
        content: text('ok/meal/src/main/resources/db/migration/V17__add_unique_notification_history_daily.sql'),
        siblings: { [path.replace('/V17', '/U17')]: 'DROP INDEX uq_notification_history_daily ON notification_history;' },
        readFile: async (p) => files[p],
        listDir: list,
        ...extra,
      });
    const { hits } = await analyse(profiles);
    expect(hits.map((h) => `${h.rule}@${h.line}`)).toEqual(['not-analysed@1']);
    expect(hits[0]!.message).toContain(`the app's spring.datasource.url (${R}application.yml) names MySQL`);
    expect(hits[0]!.message).toContain(`the app's spring.datasource.url (${R}application-pg.yml) names Postgres`);
    expect(hits[0]!.message).toContain(`rollback-ready.yml: \`dialect: {'${R}db/migration/**': mysql}\` (or postgres).`);
    // Settled by the config's `dialect:`: no notice, the advice of the database it names.
    const settled = await analyse(profiles, { dialect: { dialect: 'postgres', from: 'the config' } });
    expect(settled.hits.map((h) => h.rule)).toContain('non-concurrent-index');
    expect(settled.hits.map((h) => h.rule)).not.toContain('not-analysed');
  });
});
