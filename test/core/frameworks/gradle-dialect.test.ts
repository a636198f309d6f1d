// The database a Gradle build names for a Flyway module (src/core/frameworks/gradle-dialect.ts), on
// build files shaped like those of test/fixtures/patterns/gradle-flyway-dialect/SOURCE.md.
import { describe, expect, it } from 'vitest';
import { jvmDialect, jvmDialectVerdict, urlDialect } from '../../../src/core/frameworks/jvm-dialect';
import { gradleDialect, parseGradleBuild, tokenize } from '../../../src/core/frameworks/gradle-dialect';

const reader = (files: Record<string, string>) => async (p: string) => files[p];

const SNS = `buildscript {
    dependencies {
        classpath("org.flywaydb:flyway-mysql:10.10.0")
        classpath("mysql:mysql-connector-java:8.0.33")
    }
}
plugins { id("org.flywaydb.flyway") version "10.10.0" }
flyway {
    url = System.getenv("JDBC_URL") ?: "jdbc:mysql://localhost:3306/flick_db"
    user = System.getenv("DB_USER") ?: "root"
}
`;

describe('build.gradle(.kts)', () => {
  it('reads the Flyway plugin’s url, past a System.getenv fallback, and the drivers outside tests', () => {
    expect(parseGradleBuild(SNS, 'build.gradle.kts')).toEqual({
      path: 'build.gradle.kts',
      flywayUrls: [{ url: 'jdbc:mysql://localhost:3306/flick_db', line: 9 }],
      dependencies: ['org.flywaydb:flyway-mysql', 'mysql:mysql-connector-java'],
    });
  });

  it('reads Groovy’s forms: quoted coordinates, group:/name:, a Flyway task, test configurations left out', () => {
    const groovy = `// runtimeOnly 'org.postgresql:postgresql'
/* implementation 'com.mysql:mysql-connector-j' */
dependencies {
    runtimeOnly 'org.mariadb.jdbc:mariadb-java-client'
    implementation group: 'org.xerial', name: 'sqlite-jdbc', version: '3.45.0'
    testImplementation 'org.postgresql:postgresql'
    integrationTestRuntimeOnly "com.mysql:mysql-connector-j"
}
repositories { maven { url "https://jdbc:postgresql.example" } }
task migrateDev(type: org.flywaydb.gradle.task.FlywayMigrateTask) {
    url = "jdbc:mariadb://\${System.getenv("DB_HOST")}:3306/app"
}
`;
    expect(parseGradleBuild(groovy, 'build.gradle')).toEqual({
      path: 'build.gradle',
      flywayUrls: [{ url: 'jdbc:mariadb://${System.getenv("DB_HOST")}:3306/app', line: 11 }],
      dependencies: ['org.mariadb.jdbc:mariadb-java-client', 'org.xerial:sqlite-jdbc'],
    });
  });

  it('reads Kotlin’s configure<FlywayExtension> block', () => {
    expect(parseGradleBuild('configure<org.flywaydb.gradle.FlywayExtension> {\n    url = "jdbc:postgresql://h/db"\n}', 'build.gradle.kts')).toMatchObject({
      flywayUrls: [{ url: 'jdbc:postgresql://h/db', line: 2 }],
    });
  });

  it('says why a build file does not tokenize', () => {
    expect(tokenize("flyway { url = 'jdbc:mysql://x }\n")).toBe('a string left open (line 1)');
    expect(tokenize('flyway { url = "jdbc:mysql://x"\n')).toBe('brackets left open at the end of the file');
    expect(tokenize('/* open')).toBe('a comment left open (line 1)');
  });
});

describe('the Gradle module’s database', () => {
  const MIGRATION = 'backend/flyway-migration/src/main/resources/db/migration/V1__Initial_schema.sql';

  it('is the Flyway plugin’s url (sns-app-vibecording)', async () => {
    const read = reader({ 'backend/flyway-migration/build.gradle.kts': SNS });
    expect(await jvmDialect(MIGRATION, read)).toEqual({
      dialect: 'mysql',
      from: "the Gradle build's flyway url (backend/flyway-migration/build.gradle.kts line 9)",
    });
  });

  it('is the module’s drivers, with the root build’s subprojects dependencies, when no url is given', async () => {
    const read = reader({
      'build.gradle.kts': 'subprojects { dependencies { testRuntimeOnly("org.postgresql:postgresql") } }',
      'm/build.gradle.kts': 'dependencies { runtimeOnly("com.mysql:mysql-connector-j") }',
    });
    expect(await jvmDialect('m/src/main/resources/db/migration/V1__a.sql', read)).toEqual({
      dialect: 'mysql',
      from: "the Gradle build's com.mysql:mysql-connector-j dependency (m/build.gradle.kts)",
    });
  });

  it('is the url over the drivers, and an embedded database is never taken', async () => {
    const read = reader({
      'build.gradle': "dependencies { runtimeOnly 'org.postgresql:postgresql'; runtimeOnly 'com.h2database:h2' }\nflyway { url = 'jdbc:h2:mem:x' }",
    });
    expect(await gradleDialect('', read, urlDialect)).toMatchObject({ dialect: 'postgres' });
  });

  it('is in doubt with two urls (idp-server’s branches) or two drivers', async () => {
    const urls = reader({
      'build.gradle': `flyway {\n if (t == "pg") {\n  url = env.DB_URL ?: "jdbc:postgresql://h/db"\n } else {\n  url = env.DB_URL ?: "jdbc:mariadb://h/db"\n }\n}\n`,
    });
    expect(await gradleDialect('', urls, urlDialect)).toEqual({
      doubt: [
        { dialect: 'postgres', from: "the Gradle build's flyway url (build.gradle line 3)" },
        { dialect: 'mysql', from: "the Gradle build's flyway url (build.gradle line 5)" },
      ],
    });
    const drivers = reader({ 'build.gradle': "dependencies {\n runtimeOnly 'org.postgresql:postgresql'\n runtimeOnly 'com.mysql:mysql-connector-j'\n}" });
    expect(await gradleDialect('', drivers, urlDialect)).toMatchObject({ doubt: [{ dialect: 'postgres' }, { dialect: 'mysql' }] });
  });

  it('is in doubt, naming the file, when a build file does not read', async () => {
    const read = reader({ 'm/build.gradle': "flyway { url = 'jdbc:mysql://x" });
    expect(await jvmDialectVerdict('m/src/main/resources/db/migration/V1__a.sql', read)).toEqual({
      doubt: [],
      unread: [{ file: 'm/build.gradle', failure: 'a string left open (line 1)' }],
    });
    const failing = async (p: string) => {
      if (p === 'm/build.gradle.kts') throw Object.assign(new Error('Server Error'), { status: 502 });
      return undefined;
    };
    expect(await jvmDialectVerdict('m/src/main/resources/db/migration/V1__a.sql', failing)).toMatchObject({
      unread: [{ file: 'm/build.gradle.kts', readFailed: true }],
    });
  });

  it('is read for Flyway migrations outside a resources folder (filesystem:sql), not for Liquibase', async () => {
    const read = reader({ 'migrations/build.gradle.kts': 'flyway {\n    url = "jdbc:postgresql://localhost:5432/db"\n}' });
    expect(await jvmDialect('migrations/sql/V1__a.sql', read)).toMatchObject({ dialect: 'postgres' });
    const mysql = reader({ 'build.gradle': "dependencies { runtimeOnly 'com.mysql:mysql-connector-j' }" });
    expect(await jvmDialect('src/main/resources/db/changelog/a.xml', mysql, undefined, 'liquibase')).toBeUndefined();
  });
});
