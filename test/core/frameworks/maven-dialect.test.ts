// The database a Maven build puts on a Flyway module's classpath (src/core/frameworks/maven-dialect.ts),
// on pom.xml files shaped like killbill's (test/fixtures/patterns/jvm-modules/SOURCE.md).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import flyway from '../../../src/core/frameworks/flyway';
import { jvmDialect, urlDialect } from '../../../src/core/frameworks/jvm-dialect';
import { artifactDialect, mavenDialect, readPom } from '../../../src/core/frameworks/maven-dialect';

const FIX = 'test/fixtures/patterns/jvm-modules';
const text = (rel: string) => readFileSync(`${FIX}/${rel}`, 'utf8');

/** A build's files by path, from a fixture tree's pom.xml files (`base`) and overrides. */
const repoOf = (base: string, paths: string[], extra: Record<string, string | undefined> = {}) => {
  const repo: Record<string, string | undefined> = Object.fromEntries(paths.map((p) => [p, text(`${base}/${p}`)]));
  return { ...repo, ...extra };
};
const KILLBILL = ['pom.xml', 'account/pom.xml', 'profiles/pom.xml', 'profiles/killbill/pom.xml'];
const MIGRATION = 'account/src/main/resources/org/killbill/billing/account/migration/V20161208173107__parent_id_idx.sql';

const dep = (g: string, a: string, scope?: string) =>
  `<dependency><groupId>${g}</groupId><artifactId>${a}</artifactId>${scope ? `<scope>${scope}</scope>` : ''}</dependency>`;
const pom = (artifactId: string, deps: string[] = [], modules: string[] = [], managed: string[] = []) =>
  `<project><artifactId>${artifactId}</artifactId><modules>${modules.map((m) => `<module>${m}</module>`).join('')}</modules>` +
  `<dependencyManagement><dependencies>${managed.join('')}</dependencies></dependencyManagement>` +
  `<dependencies>${deps.join('')}</dependencies></project>`;

describe('pom.xml', () => {
  it('reads the artifactId, the modules and the dependencies outside tests, not dependencyManagement', () => {
    const read = readPom(
      pom('app', [dep('mysql', 'mysql-connector-java'), dep('org.postgresql', 'postgresql', 'test')], ['a', '../b'], [dep('org.postgresql', 'postgresql')]),
      'pom.xml',
    );
    expect(read).toEqual({ path: 'pom.xml', artifactId: 'app', modules: ['a', '../b'], dependencies: ['mysql:mysql-connector-java'], pluginUrls: {} });
    expect(readPom('<project><artifactId>x</', 'pom.xml')).toBeUndefined();
    expect(readPom('<settings/>', 'pom.xml')).toBeUndefined();
  });

  it('names the database of a JDBC driver or Flyway database module', () => {
    expect(artifactDialect('com.mysql:mysql-connector-j')).toBe('mysql');
    expect(artifactDialect('org.mariadb.jdbc:mariadb-java-client')).toBe('mysql');
    expect(artifactDialect('org.flywaydb:flyway-mysql')).toBe('mysql');
    expect(artifactDialect('org.postgresql:postgresql')).toBe('postgres');
    expect(artifactDialect('com.oracle.database.jdbc:ojdbc11')).toBe('oracle');
    expect(artifactDialect('com.h2database:h2')).toBe('h2');
    expect(artifactDialect('org.kill-bill.commons:killbill-embeddeddb-mysql')).toBeUndefined();
  });
});

describe('the module’s database', () => {
  it('is the driver of the app module that bundles it (killbill)', async () => {
    const repo = repoOf('ok/killbill', KILLBILL);
    expect(await mavenDialect('account/', async (p) => repo[p])).toEqual({
      dialect: 'mysql',
      from: "the Maven build's mysql:mysql-connector-java dependency in profiles/killbill/pom.xml, the module that bundles killbill-account",
    });
  });

  it('is the module’s own driver, or a parent’s, before any app’s', async () => {
    const own = { 'pom.xml': pom('root', [], ['m']), 'm/pom.xml': pom('m', [dep('com.mysql', 'mysql-connector-j')]) };
    expect(await mavenDialect('m/', async (p: string) => own[p as keyof typeof own])).toMatchObject({ dialect: 'mysql' });
    const parent = { 'pom.xml': pom('root', [dep('org.postgresql', 'postgresql', 'runtime')], ['m']), 'm/pom.xml': pom('m') };
    expect(await mavenDialect('m/', async (p: string) => parent[p as keyof typeof parent])).toEqual({
      dialect: 'postgres',
      from: "the Maven build's org.postgresql:postgresql dependency (pom.xml)",
    });
  });

  it('says nothing for test-scoped or embedded drivers or no pom; two databases, or two apps that disagree, are a doubt', async () => {
    const ask = (repo: Record<string, string | undefined>) => mavenDialect('m/', async (p) => repo[p]);
    expect(await ask({ 'm/pom.xml': pom('m', [dep('mysql', 'mysql-connector-java', 'test')]) })).toBeUndefined();
    expect(await ask({ 'm/pom.xml': pom('m', [dep('com.h2database', 'h2')]) })).toBeUndefined();
    expect(await ask({ 'm/pom.xml': pom('m', [dep('com.mysql', 'mysql-connector-j'), dep('org.postgresql', 'postgresql')]) })).toEqual({
      doubt: [
        { dialect: 'mysql', from: "the Maven build's com.mysql:mysql-connector-j dependency (m/pom.xml)" },
        { dialect: 'postgres', from: "the Maven build's org.postgresql:postgresql dependency (m/pom.xml)" },
      ],
    });
    // A test-scoped H2 or Postgres beside the app's MySQL is a test's, no doubt.
    expect(
      await ask({
        'm/pom.xml': pom('m', [dep('com.mysql', 'mysql-connector-j'), dep('com.h2database', 'h2', 'test'), dep('org.postgresql', 'postgresql', 'test')]),
      }),
    ).toMatchObject({ dialect: 'mysql' });
    expect(await ask({ 'm/pom.xml': pom('m', [dep('com.mysql', 'mysql-connector-j'), dep('com.h2database', 'h2')]) })).toMatchObject({ dialect: 'mysql' });
    expect(await ask({})).toBeUndefined();
    // A pom that is no XML may name any database: a doubt naming it, never a silent Postgres.
    expect(await ask({ 'm/pom.xml': '<project><artifactId>m' })).toEqual({
      doubt: [],
      unread: [{ file: 'm/pom.xml', failure: 'not well-formed XML (line 1)' }],
    });
    const twoApps = repoOf('err/two-apps', [...KILLBILL, 'profiles/killpay/pom.xml']);
    expect((await mavenDialect('account/', async (p) => twoApps[p])) as unknown).toMatchObject({
      doubt: [{ dialect: 'mysql' }, { dialect: 'postgres', from: expect.stringContaining('profiles/killpay/pom.xml') as unknown }],
    });
    // An app with two databases on its classpath disagrees with itself.
    const mixed = repoOf('ok/killbill', KILLBILL, {
      'profiles/killbill/pom.xml': pom('killbill-profiles-killbill', [
        dep('x', 'killbill-account'),
        dep('mysql', 'mysql-connector-java'),
        dep('org.postgresql', 'postgresql'),
      ]),
    });
    expect(await mavenDialect('account/', async (p) => mixed[p])).toMatchObject({ doubt: [{ dialect: 'mysql' }, { dialect: 'postgres' }] });
  });

  it('reads a bounded number of pom.xml files, each module once', async () => {
    const modules = Array.from({ length: 100 }, (_, i) => `m${i}`);
    const reads: string[] = [];
    const repo: Record<string, string> = { 'pom.xml': pom('root', [], [...modules, 'm0', '../outside']), 'm0/pom.xml': pom('lib', [], ['../m1']) };
    for (const m of modules.slice(1)) repo[`${m}/pom.xml`] = pom(m, [dep('x', 'lib'), dep('mysql', 'mysql-connector-java')]);
    const found = await mavenDialect('m0/', async (p) => (reads.push(p), repo[p]));
    expect(found).toMatchObject({ dialect: 'mysql' });
    expect(reads.length).toBeLessThanOrEqual(60);
    expect(new Set(reads).size).toBe(reads.length);
    // Another module of the same build reads no pom.xml twice.
    repo['m1/pom.xml'] = pom('m1');
    const before = reads.length;
    const read = async (p: string) => (reads.push(p), repo[p]);
    await mavenDialect('m0/', read);
    const once = reads.length;
    await mavenDialect('m1/', read);
    expect(reads.length).toBe(once);
    expect(once - before).toBeLessThanOrEqual(60);
  });

  it('comes after the module’s Spring config and flyway.conf', async () => {
    const repo = repoOf('ok/killbill', KILLBILL, {
      'account/src/main/resources/application.yml': 'spring:\n  datasource:\n    url: jdbc:postgresql://localhost/x\n',
    });
    expect((await jvmDialect(MIGRATION, async (p) => repo[p]))?.dialect).toBe('postgres');
    const conf = repoOf('ok/killbill', KILLBILL, { 'flyway.conf': 'flyway.url=jdbc:postgresql://localhost/x\n' });
    expect((await jvmDialect(MIGRATION, async (p) => conf[p]))?.dialect).toBe('postgres');
    // A Flyway folder outside a module's resources folder is not a Maven module's.
    const build = repoOf('ok/killbill', KILLBILL);
    expect(await jvmDialect('db/migration/V1__x.sql', async (p) => build[p])).toBeUndefined();
  });

  it('reads killbill’s migration without Postgres advice', async () => {
    const repo = repoOf('ok/killbill', KILLBILL);
    const rules = async (files: Record<string, string | undefined>) =>
      (
        await flyway.analyse({
          path: MIGRATION,
          content: text(`ok/killbill/${MIGRATION}`),
          siblings: { [MIGRATION.replace('/V', '/U')]: 'DROP INDEX accounts_parents ON accounts;' },
          readFile: async (p) => files[p],
        })
      ).hits.map((h) => h.rule);
    expect(await rules(repo)).toEqual([]);
    expect(await rules({})).toContain('non-concurrent-index');
  });
});

describe('Liquibase changelogs under a JVM app', () => {
  const R = 'src/main/resources';
  const CHANGELOG = `${R}/db/changelog/09-index-gender.xml`;
  const props = (body: string): Record<string, string> => ({ [`${R}/application.properties`]: body });

  it('reads spring.liquibase.url, else the datasource, for changelogs under spring.liquibase.change-log', async () => {
    const ask = (files: Record<string, string>, path = CHANGELOG) => jvmDialect(path, async (p) => files[p], undefined, 'liquibase');
    const app = text(`ok/spring-liquibase/${R}/application.properties`);
    expect(await ask(props(app))).toEqual({
      dialect: 'mysql',
      from: `the app's spring.datasource.url (${R}/application.properties)`,
    });
    // Liquibase's own URL first: a MySQL app whose Liquibase runs against Postgres.
    expect((await ask(props(`${app}spring.liquibase.url=jdbc:postgresql://db/x\n`)))?.dialect).toBe('postgres');
    // …which Flyway does not read.
    expect((await jvmDialect(CHANGELOG, async (p) => props(`${app}spring.liquibase.url=jdbc:postgresql://db/x\n`)[p]))?.dialect).toBe('mysql');
    // A changelog outside the master changelog's folder is not this app's; Liquibase switched off is not asked.
    expect(await ask(props(app.replace('classpath:/db/liquibase-changelog.xml', 'classpath:/other/master.xml')))).toBeUndefined();
    expect(await ask(props(`${app}spring.liquibase.enabled=false\n`))).toBeUndefined();
    expect((await ask(props(app.replace('classpath:/db/liquibase-changelog.xml', 'classpath:master.xml'))))?.dialect).toBe('mysql');
    // A deploy-time choice with a default (apache/fineract's application.properties: MariaDB by
    // default, PostgreSQL supported) says nothing for Liquibase; for Flyway the default counts.
    const fineract = props(
      'spring.datasource.hikari.driverClassName=${FINERACT_HIKARI_DRIVER_SOURCE_CLASS_NAME:org.mariadb.jdbc.Driver}\n' +
        'spring.datasource.hikari.jdbcUrl=${FINERACT_HIKARI_JDBC_URL:jdbc:mariadb://localhost:3306/fineract_tenants}\n' +
        'spring.liquibase.enabled=${FINERACT_LIQUIBASE_ENABLED:true}\n' +
        'spring.liquibase.changeLog=classpath:/db/changelog/db.changelog-master.xml\n',
    );
    expect(await ask(fineract)).toBeUndefined();
    expect((await jvmDialect(`${R}/db/migration/V1__x.sql`, async (p) => fineract[p]))?.dialect).toBe('mysql');
  });

  it('reads liquibase.properties at or above the changelog, and the Maven build last', async () => {
    const ask = (files: Record<string, string>) => jvmDialect(CHANGELOG, async (p) => files[p], undefined, 'liquibase');
    expect(await ask({ 'liquibase.properties': text('ok/liquibase-properties/liquibase.properties') })).toEqual({
      dialect: 'mysql',
      from: "the project's liquibase.properties url (liquibase.properties)",
    });
    expect((await ask({ [`${R}/liquibase.properties`]: 'liquibase.command.url=jdbc:postgresql://db/x\n' }))?.dialect).toBe('postgres');
    expect((await ask({ 'liquibase.properties': 'driver: org.mariadb.jdbc.Driver\nurl: ${DB_URL}\n' }))?.dialect).toBe('mysql');
    expect(await ask({ 'liquibase.properties': 'url: jdbc:h2:mem:x\n' })).toBeUndefined();
    const off = text(`ok/liquibase-pom/${R}/application.properties`);
    expect(await ask({ ...props(off), 'pom.xml': text('ok/liquibase-pom/pom.xml') })).toMatchObject({ dialect: 'mysql' });
    expect(await ask(props(off))).toBeUndefined();
  });

  it('reads the migration tool’s Maven plugin <url> before the drivers (openmrs’ liquibase/pom.xml)', async () => {
    const DOUBT = 'test/fixtures/patterns/jvm-doubt/ok/liquibase-plugin/liquibase/pom.xml';
    const plugin = readFileSync(DOUBT, 'utf8');
    expect(readPom(plugin, 'liquibase/pom.xml')?.pluginUrls).toEqual({ liquibase: 'jdbc:mysql://127.0.0.1:3306/openmrs' });
    const repo: Record<string, string> = { 'liquibase/pom.xml': plugin };
    expect(await mavenDialect('liquibase/', async (p) => repo[p], 'liquibase', urlDialect)).toEqual({
      dialect: 'mysql',
      from: "the liquibase-maven-plugin's <url> (liquibase/pom.xml)",
    });
    // Flyway's migrations are not Liquibase's plugin's: the drivers decide, MySQL and Postgres in doubt.
    expect(await mavenDialect('liquibase/', async (p) => repo[p], 'flyway', urlDialect)).toMatchObject({
      doubt: [{ dialect: 'mysql' }, { dialect: 'postgres' }],
    });
    // A URL from a property says nothing.
    const property: Record<string, string> = { 'liquibase/pom.xml': plugin.replace('jdbc:mysql://127.0.0.1:3306/openmrs', '${db.url}') };
    expect(await mavenDialect('liquibase/', async (p) => property[p], 'liquibase', urlDialect)).toHaveProperty('doubt');
  });

  it('reads the plugin’s <url> from the parent’s <build><pluginManagement> too (Maven merges it into the use)', async () => {
    const FIX = 'test/fixtures/patterns/jvm-doubt/ok/plugin-management';
    const repo: Record<string, string> = {
      'pom.xml': readFileSync(`${FIX}/pom.xml`, 'utf8'),
      'liquibase/pom.xml': readFileSync(`${FIX}/liquibase/pom.xml`, 'utf8'),
    };
    expect(readPom(repo['pom.xml']!, 'pom.xml')?.pluginUrls).toEqual({ liquibase: 'jdbc:mysql://127.0.0.1:3306/openmrs' });
    expect(await mavenDialect('liquibase/', async (p) => repo[p], 'liquibase', urlDialect)).toEqual({
      dialect: 'mysql',
      from: "the liquibase-maven-plugin's <url> (pom.xml)",
    });
  });
});
