// The database a JVM project's own config names, for its Flyway migrations: a Flyway file reads
// the same on every database (`CREATE INDEX i ON t (c);`), and Spring Boot apps on MySQL were given
// Postgres locking advice (CONCURRENTLY, volatile defaults) on every such file (1000meal-be, a
// Spring Boot app whose application.yml names `jdbc:mysql://…`).
// - Spring Boot (`<module>/src/<set>/resources/db/migration/…`, Flyway's default `classpath:db/migration`):
//   the `application*.yml|yaml|properties` and `bootstrap*` files of that resources folder (and of
//   its `config/` folder, which Spring Boot also reads). The database of each profile is the base
//   file's keys overlaid with the profile's (`application-prod.yml`, or a YAML document with
//   `spring.config.activate.on-profile`): `spring.flyway.url`, else a `spring.datasource…url`, else
//   the driver class (`com.mysql.cj.jdbc.Driver`), else `spring.jpa.database-platform` or
//   `spring.jpa.database`. Profiles whose `spring.flyway.locations` hold the migration's folder are
//   the ones asked (dataease runs `db/desktop` on H2 and `db/migration` on MySQL); profiles with
//   Flyway switched off are not.
// - Plain Flyway: the nearest `flyway.conf` (`flyway.url=jdbc:…`) or `flyway.toml`
//   (`[environments.<name>] url = "jdbc:…"`) at or above the migration's folder.
// - Then Hibernate's own properties in the resources folder (`hibernate.properties`, openmrs'
//   `hibernate.default.properties`): `hibernate.connection.url`, its driver class, `hibernate.dialect`.
// - None of those: the Maven build, the migration tool's plugin `<url>` or the JDBC driver the module's
//   build puts on its classpath, or on the classpath of the build's app modules that bundle it
//   (src/core/frameworks/maven-dialect.ts; killbill); for Flyway, then the Gradle build: the Flyway
//   plugin's `url` in `build.gradle(.kts)`, else the JDBC drivers of its dependencies
//   (src/core/frameworks/gradle-dialect.ts; kkito0726/sns-app-vibecording). Flyway migrations
//   outside a resources folder (`filesystem:sql`) are read in the Gradle build at or above their folder.
// Liquibase changelogs under a resources folder are read the same way (toantonthat/spring-boot-liquibase,
// a MySQL app, got Postgres advice): `spring.liquibase.url` first, the profiles whose
// `spring.liquibase.change-log` sits at or above the changelog's folder, `spring.liquibase.enabled`,
// and `liquibase.properties` (`url:`, `liquibase.command.url`, `driver:`) for flyway.conf; a
// placeholder's default says nothing there (namedDatabase).
// Placeholders: `${DB_URL}` says nothing (the migration is read as before); `${DB_URL:jdbc:mysql://…}`
// counts by its default. H2 in a compatibility mode (`jdbc:h2:mem:x;MODE=MySQL`) is the database it
// emulates: the SQL is written for that one. An embedded database (H2, HSQLDB, Derby) is not taken
// from there: projects name it for tests, demos and local runs while production's URL comes from the
// environment or from outside the repository. The first of these that names any database decides;
// where it names two (a profile on MySQL, one on Postgres), the database is in doubt: the migration
// is read for what holds on every database, with one notice naming both (dialect-doubt.ts).
import { parseAllDocuments } from 'yaml';
import { getStaticTOMLValue, parseTOML } from 'toml-eslint-parser';
import type { Dialect, DialectSource } from '../sql/dialect';
import { dialectOfPath } from '../sql/dialect';
import type { Framework, MigrationInput } from './framework';
import { isUnread, readConfigFile, upwards, type ConfigReader } from './tool-dialect';
import { dirName } from './shared-sql';
import { mavenDialect } from './maven-dialect';
import { gradleDialect } from './gradle-dialect';
import { analyseInVerdict, isDoubt, unreadVerdict, verdictOf, withUnread, type DialectVerdict, type UnreadConfig } from './dialect-doubt';

/** JDBC (and R2DBC) URL schemes: `jdbc:<scheme>:`. */
const SCHEMES: ReadonlyMap<string, Dialect> = new Map<string, Dialect>([
  ['mysql', 'mysql'],
  ['mariadb', 'mysql'],
  ['singlestore', 'mysql'],
  ['postgresql', 'postgres'],
  ['postgres', 'postgres'],
  ['pgsql', 'postgres'],
  ['h2', 'h2'],
  ['hsqldb', 'hsqldb'],
  ['derby', 'derby'],
  ['sqlite', 'sqlite'],
  ['sqlserver', 'sqlserver'],
  ['jtds', 'sqlserver'],
  ['mssql', 'sqlserver'],
  ['oracle', 'oracle'],
  ['db2', 'db2'],
  ['firebirdsql', 'firebird'],
  ['firebird', 'firebird'],
  ['sap', 'hana'],
  ['clickhouse', 'clickhouse'],
  ['ch', 'clickhouse'],
  ['yugabytedb', 'yugabytedb'],
  ['snowflake', 'snowflake'],
  ['redshift', 'redshift'],
  ['informix-sqli', 'informix'],
  ['sybase', 'sybase'],
  ['duckdb', 'duckdb'],
  ['cloudspanner', 'spanner'],
  ['bigquery', 'bigquery'],
  ['teradata', 'teradata'],
]);

/** JDBC URL prefixes that wrap another driver's URL (`jdbc:p6spy:mysql://`, Testcontainers' `jdbc:tc:postgresql:15:///db`). */
const WRAPPERS = new Set(['p6spy', 'log4jdbc', 'tc', 'aws-wrapper', 'otel', 'pool']);

/** Driver class packages. */
const DRIVERS: readonly [string, Dialect][] = [
  ['com.mysql.', 'mysql'],
  ['org.mariadb.', 'mysql'],
  ['org.postgresql.', 'postgres'],
  ['org.h2.', 'h2'],
  ['org.hsqldb.', 'hsqldb'],
  ['org.apache.derby.', 'derby'],
  ['org.sqlite.', 'sqlite'],
  ['com.microsoft.sqlserver.', 'sqlserver'],
  ['net.sourceforge.jtds.', 'sqlserver'],
  ['oracle.jdbc.', 'oracle'],
  ['com.ibm.db2.', 'db2'],
  ['org.firebirdsql.', 'firebird'],
  ['com.sap.db.', 'hana'],
  ['com.clickhouse.', 'clickhouse'],
];

/** Hibernate dialect class names (`org.hibernate.dialect.MySQL8Dialect`) and `spring.jpa.database` values, by the word they start with. */
const PLATFORMS: readonly [RegExp, Dialect][] = [
  [/^(?:mysql|mariadb)/, 'mysql'],
  [/^postgres/, 'postgres'],
  [/^h2/, 'h2'],
  [/^hsql/, 'hsqldb'],
  [/^derby/, 'derby'],
  [/^sqlite/, 'sqlite'],
  [/^(?:sqlserver|sql_server)/, 'sqlserver'],
  [/^oracle/, 'oracle'],
  [/^db2/, 'db2'],
  [/^hana/, 'hana'],
  [/^cockroach/, 'cockroachdb'],
];

/** H2's compatibility modes (`;MODE=MySQL`): the database whose SQL it is made to run. */
const H2_MODES: ReadonlyMap<string, Dialect> = new Map<string, Dialect>([
  ['mysql', 'mysql'],
  ['mariadb', 'mysql'],
  ['postgresql', 'postgres'],
  ['mssqlserver', 'sqlserver'],
  ['oracle', 'oracle'],
  ['db2', 'db2'],
  ['derby', 'derby'],
  ['hsqldb', 'hsqldb'],
]);

/** Databases projects embed for tests, demos and local runs: never taken as the migrations' own. */
const EMBEDDED: ReadonlySet<Dialect> = new Set<Dialect>(['h2', 'hsqldb', 'derby']);

/** A config key as Spring's relaxed binding compares it: `spring.datasource.driver-class-name` = `spring.datasource.driverClassName`. */
const normaliseKey = (key: string): string => key.toLowerCase().replace(/[-_]/g, '');

/** A config's values by normalised dotted key, each with the key as written and the file it came from. */
type Keys = Map<string, { value: string; file: string; written: string }>;

// ---- reading config files ----------------------------------------------------------------------

/** Dotted keys of a YAML or TOML value (`spring: {datasource: {url: …}}` → `spring.datasource.url`); a list is joined by commas (`locations: [a, b]`). */
function flatten(value: unknown, file: string, written = '', into: Keys = new Map()): Keys {
  if (Array.isArray(value)) {
    if (written) into.set(normaliseKey(written), { value: value.filter((v) => typeof v !== 'object').join(','), file, written });
  } else if (typeof value === 'object' && value !== null) {
    for (const [k, v] of Object.entries(value)) flatten(v, file, written ? `${written}.${k}` : k, into);
  } else if (value !== null && value !== undefined && written) into.set(normaliseKey(written), { value: String(value), file, written });
  return into;
}

/** The key/value lines of a Java properties file (`key=value`, `key: value`, `key value`; `#`/`!` comments; a trailing `\` continues a line). */
export function readProperties(text: string, file: string): Keys {
  const keys: Keys = new Map();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!.replace(/^\s+/, '');
    while (/(?:^|[^\\])(?:\\\\)*\\$/.test(line) && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i]!.replace(/^\s+/, '');
    if (!line || line.startsWith('#') || line.startsWith('!')) continue;
    const m = /^((?:\\.|[^\s=:\\])+)\s*[=:\s]\s*(.*)$/.exec(line);
    const written = m?.[1]!.replace(/\\(.)/g, '$1');
    if (written) keys.set(normaliseKey(written), { value: m![2]!.trim(), file, written });
  }
  return keys;
}

/** One document of a Spring config: its keys and the profile it applies to (undefined: every profile). */
interface ConfigDoc {
  keys: Keys;
  profile?: string;
}

/** The documents of a Spring config file (YAML `---` separated, or one properties file); a file that does not parse gives none. */
export function readSpringConfig(text: string, file: string): ConfigDoc[] {
  try {
    return parseSpringConfig(text, file);
  } catch {
    return [];
  }
}

/** The documents of a Spring config file; throws when a YAML file does not parse. */
function parseSpringConfig(text: string, file: string): ConfigDoc[] {
  const named = /(?:^|\/)(?:application|bootstrap)(?:-([^/]+?))?\.(?:ya?ml|properties)$/.exec(file)?.[1];
  let docs: Keys[];
  if (file.endsWith('.properties')) docs = [readProperties(text, file)];
  else {
    // Maven's resource filtering (`active: @profiles.active@`, spring-boot-starter-parent's
    // delimiter) is no YAML until Maven replaces it: read as a string, the rest of the file is read.
    const filtered = text.replace(/^(\s*[^#\s][^:#]*:[ \t]+)(@[\w.-]+@)[ \t]*$/gm, "$1'$2'");
    docs = parseAllDocuments(filtered).map((d) => {
      if (d.errors.length) throw new Error(`not YAML: ${d.errors[0]!.message}`);
      return flatten(d.toJS({ maxAliasCount: 100 }), file);
    });
  }
  return docs.map((keys) => {
    const on = keys.get('spring.config.activate.onprofile')?.value ?? keys.get('spring.profiles')?.value;
    return { keys, profile: on ?? named };
  });
}

// ---- what a config names ------------------------------------------------------------------------

/** A placeholder's value: `${X}` is unknown, `${X:default}` its default (unknown without `defaults`); Maven's `@x@` unknown. */
function resolved(value: string, defaults = true): string | undefined {
  let v = value.trim().replace(/^["']|["']$/g, '');
  for (let depth = 0; depth < 4; depth++) {
    const whole = /^\$\{([^}:]*)(?::(.*))?\}$/.exec(v);
    if (!whole) break;
    if (whole[2] === undefined || !defaults) return undefined;
    v = whole[2].trim();
  }
  return /^@[\w.-]+@$/.test(v) ? undefined : v;
}

/** The database a JDBC or R2DBC URL names (`jdbc:mysql://${DB_HOST}/x`: MySQL); undefined for another URL. */
export function urlDialect(url: string): Dialect | undefined {
  const parts = url.trim().toLowerCase().split(':');
  if (parts[0] !== 'jdbc' && parts[0] !== 'r2dbc') return undefined;
  let i = 1;
  while (i < parts.length && WRAPPERS.has(parts[i]!)) i++;
  const dialect = SCHEMES.get(parts[i] ?? '');
  if (dialect === 'h2') {
    const mode = /;mode=([a-z0-9]+)/.exec(url.toLowerCase())?.[1];
    return (mode && H2_MODES.get(mode)) || 'h2';
  }
  return dialect;
}

/** `H2 in MySQL mode`, for a message, where an H2 URL names another database's mode. */
const h2Mode = (url: string, dialect: Dialect): { note?: string } =>
  dialect !== 'h2' && /^jdbc:(?:[\w-]+:)*h2:/i.test(url.trim()) ? { note: `H2 in ${/;mode=([a-z0-9]+)/i.exec(url)![1]} mode` } : {};

const driverDialect = (name: string): Dialect | undefined => DRIVERS.find(([prefix]) => name.trim().startsWith(prefix))?.[1];

const platformDialect = (name: string): Dialect | undefined => {
  const last = name.trim().split('.').pop()!.toLowerCase();
  return PLATFORMS.find(([re]) => re.test(last))?.[1];
};

/** What a config says of its database: a dialect with where it was read; undefined when it names none (a URL read from the environment names none). */
type Named = { dialect: Dialect; /** The key as written. */ key: string; file: string; note?: string } | undefined;

/** The migration tool a config is read for: Flyway, or Liquibase (its changelogs under a Spring Boot app's resources, as Flyway's). */
export type JvmTool = 'flyway' | 'liquibase';

/** Normalised keys holding the URL the tool migrates, most specific first (Spring's `spring.liquibase.url`, Liquibase's `liquibase.command.url`). */
const TOOL_URL: Record<JvmTool, (k: string) => boolean> = {
  flyway: (k) => k === 'spring.flyway.url' || k === 'flyway.url',
  liquibase: (k) => k === 'spring.liquibase.url',
};
const TOOL_DRIVER: Record<JvmTool, (k: string) => boolean> = {
  flyway: (k) => k === 'spring.flyway.driverclassname' || k === 'flyway.driver',
  liquibase: (k) => k === 'spring.liquibase.driverclassname',
};
const isDataSourceUrl = (k: string) => (k.startsWith('spring.datasource.') && k.endsWith('url')) || k === 'spring.r2dbc.url';
const isDriver = (k: string) => k.startsWith('spring.datasource.') && k.endsWith('driverclassname');
const isPlatform = (k: string) => k === 'spring.jpa.databaseplatform' || k === 'spring.jpa.properties.hibernate.dialect' || k === 'spring.jpa.database';

/**
 * The database a (merged) config names for the tool (Flyway unless said). For Liquibase a
 * placeholder's default (`${FINERACT_HIKARI_JDBC_URL:jdbc:mariadb://…}`) says nothing: its
 * changelogs are written for every database and translated at run time, and apps that choose the
 * database at deploy time run on several (apache/fineract: MariaDB by default, PostgreSQL too, with
 * changesets per database context). A Flyway file's SQL is written for one: its default counts.
 */
export function namedDatabase(keys: Keys, tool: JvmTool = 'flyway'): Named {
  for (const pick of [TOOL_URL[tool], isDataSourceUrl]) {
    for (const [key, { value, file, written }] of keys) {
      if (!pick(key)) continue;
      const url = resolved(value, tool === 'flyway');
      const dialect = url === undefined ? undefined : urlDialect(url);
      if (dialect) return { dialect, key: written, file, ...h2Mode(url!, dialect) };
    }
  }
  for (const [pick, read] of [
    [(k: string) => TOOL_DRIVER[tool](k) || isDriver(k), driverDialect],
    [isPlatform, platformDialect],
  ] as const) {
    for (const [key, { value, file, written }] of keys) {
      const named = pick(key) ? resolved(value, tool === 'flyway') : undefined;
      const dialect = named === undefined ? undefined : read(named);
      if (dialect) return { dialect, key: written, file };
    }
  }
  return undefined;
}

/**
 * Whether a Flyway location holds the migration's folder: `classpath:db/migration` (or a bare
 * `db/migration`) against the folder in the resources root (`folder`, `db/migration/`; Flyway scans
 * a location's subfolders too), `filesystem:src/main/resources/db/migration` against the folder's
 * path in the repository (`full`; relative to where Flyway runs, so any tail of it). `{vendor}`
 * stands for any one folder.
 */
export function holds(location: string, folder: string, full: string): boolean {
  const m = /^(?:(classpath|filesystem):)?\/*(.*?)\/*$/.exec(location.trim())!;
  const segments = m[2]!.split('/').map((s) => (/^\{vendor\}$/i.test(s) ? '[^/]+' : s.replace(/[.*+?^$()[\]{}\\|]/g, '\\$&')));
  const at = segments.join('/');
  if (!at) return true; // the resources folder itself (`classpath:`, `classpath:master.xml`'s folder)
  return m[1] === 'filesystem' ? new RegExp(`(?:^|/)${at}/`).test(full) : new RegExp(`^${at}/`).test(folder);
}

/** Where a config named its database, for messages: `the app's spring.datasource.url, H2 in MySQL mode (app/application-prod.yml)`. */
const sourceOf = (n: NonNullable<Named>, owner: string): DialectSource => ({
  dialect: n.dialect,
  from: `the ${owner} ${n.key}${n.note ? `, ${n.note}` : ''} (${n.file})`,
});

/** What configs say together: the one database other than an embedded one, the several that disagree, or undefined for none. */
function decide(named: Named[], owner: string): DialectVerdict {
  return verdictOf(named.filter((n) => n !== undefined && !EMBEDDED.has(n.dialect)).map((n) => sourceOf(n!, owner)));
}

/** The Spring config files of a resources folder to read, base files first, at most `MAX_FILES`. */
const SPRING_FILE = /^(?:application|bootstrap)(?:-[^/]+)?\.(?:ya?ml|properties)$/;
const BASE_FILES = ['application.yml', 'application.yaml', 'application.properties', 'bootstrap.yml', 'bootstrap.yaml', 'bootstrap.properties'];
/** Config files read per resources folder at most (each is a read, and the App's reads go through the API). */
const MAX_FILES = 12;

/** A Spring config file read: its text, or why its read failed. */
type SpringFile = { path: string; text: string } | UnreadConfig;

async function springFiles(root: string, read: ConfigReader, list: MigrationInput['listDir']): Promise<SpringFile[]> {
  const names: string[] = [];
  for (const dir of [root, `${root}config/`]) {
    const listed = list ? await list(dir).catch(() => undefined) : undefined;
    const found = listed ? listed.filter((n) => SPRING_FILE.test(n)) : dir === root ? BASE_FILES : [];
    const isBase = (n: string) => !/^[a-z]+-/.test(n);
    names.push(...found.sort((a, b) => Number(isBase(b)) - Number(isBase(a)) || (a < b ? -1 : 1)).map((n) => `${dir}${n}`));
  }
  const files: SpringFile[] = [];
  for (const path of names.slice(0, MAX_FILES)) {
    const text = await readConfigFile(read, path);
    if (text !== undefined) files.push(isUnread(text) ? text : { path, text });
  }
  return files;
}

/**
 * The dialect a Spring Boot app's config names for the tool's migrations in `folder` (`db/migration/`)
 * of the resources folder: Flyway's `spring.flyway.locations` hold the folder; Liquibase's
 * `spring.liquibase.change-log` (one master changelog) holds the folders at or under its own.
 */
export function springDialect(files: SpringFile[], folder: string, full: string, tool: JvmTool = 'flyway'): DialectVerdict {
  // A file that does not parse (or whose read failed) may hold the profile that names the database:
  // the rest are read, and the verdict is a doubt naming it.
  const unread: UnreadConfig[] = [];
  const docs = files.flatMap((f) => {
    if ('failure' in f) {
      unread.push(f);
      return [];
    }
    try {
      return parseSpringConfig(f.text, f.path);
    } catch (e) {
      unread.push(unreadVerdict(f.path, e).unread![0]!);
      return [];
    }
  });
  const verdict = springVerdict(docs, folder, full, tool);
  return unread.reduce<DialectVerdict>((said, u) => withUnread(u, said), verdict);
}

function springVerdict(docs: ConfigDoc[], folder: string, full: string, tool: JvmTool): DialectVerdict {
  const base: Keys = new Map(docs.filter((d) => d.profile === undefined).flatMap((d) => [...d.keys]));
  const profiles = [...new Set(docs.flatMap((d) => (d.profile === undefined ? [] : [d.profile])))];
  const configs = [base, ...profiles.map((p) => new Map([...base, ...docs.filter((d) => d.profile === p).flatMap((d) => [...d.keys])]))];
  const running = configs.filter((c) => c.get(`spring.${tool}.enabled`)?.value.trim() !== 'false' && c.get(`${tool}.enabled`)?.value.trim() !== 'false');
  const locations = (c: Keys) =>
    tool === 'flyway'
      ? ((c.get('spring.flyway.locations') ?? c.get('flyway.locations'))?.value
          .split(',')
          .map((l) => l.trim())
          .filter(Boolean) ?? [])
      : [c.get('spring.liquibase.changelog')?.value.trim()].filter((l) => !!l).map((l) => l!.replace(/[^/:]*$/, ''));
  const holding = running.filter((c) => locations(c).some((l) => holds(l, folder, full)));
  const asked = holding.length ? holding : running.filter((c) => !locations(c).length);
  return decide(
    asked.map((c) => namedDatabase(c, tool)),
    "app's",
  );
}

/** The database a `flyway.conf` (`flyway.url=`) or `flyway.toml` (`[environments.<name>] url =`) names. */
export function flywayConfDialect(text: string, path: string): DialectVerdict {
  let urls: Named[];
  if (path.endsWith('.toml')) {
    let doc: unknown;
    try {
      doc = getStaticTOMLValue(parseTOML(text));
    } catch (e) {
      return unreadVerdict(path, `not TOML: ${(e as Error).message}`);
    }
    const envs = (doc as { environments?: unknown }).environments;
    urls = Object.entries(typeof envs === 'object' && envs ? envs : {}).map(([name, env]) => {
      const url = typeof env === 'object' && env && typeof (env as { url?: unknown }).url === 'string' ? (env as { url: string }).url : undefined;
      return url === undefined ? undefined : namedBy(url, `[environments.${name}] url`, path);
    });
  } else {
    const url = readProperties(text, path).get('flyway.url')?.value;
    urls = [url === undefined ? undefined : namedBy(url, 'flyway.url', path)];
  }
  const verdict = decide(urls, "project's");
  // One environment: said as before (`the project's flyway.url (flyway.conf)`).
  return verdict && !isDoubt(verdict) && path.endsWith('.toml') ? { ...verdict, from: `the project's flyway.toml url (${path})` } : verdict;
}

/** The database a `liquibase.properties` names: `url:` (or Liquibase 4's `liquibase.command.url`), else `driver:`. */
export function liquibasePropertiesDialect(text: string, path: string): DialectSource | undefined {
  const keys = readProperties(text, path);
  for (const key of ['liquibase.command.url', 'url']) {
    const found = keys.get(key);
    const named = found && namedBy(found.value, found.written, path);
    if (named && !EMBEDDED.has(named.dialect)) return { dialect: named.dialect, from: `the project's liquibase.properties ${named.key} (${path})` };
  }
  for (const key of ['liquibase.command.driver', 'driver']) {
    const found = keys.get(key);
    const name = found && resolved(found.value);
    const dialect = name === undefined ? undefined : driverDialect(name);
    if (dialect && !EMBEDDED.has(dialect)) return { dialect, from: `the project's liquibase.properties ${found!.written} (${path})` };
  }
  return undefined;
}

/** The database a URL names, read where `key` of `file` gives it. */
function namedBy(value: string, key: string, file: string): Named {
  const url = resolved(value);
  const dialect = url === undefined ? undefined : urlDialect(url);
  return dialect ? { dialect, key, file } : undefined;
}

/** The tool's own config files, looked for at and above the migration's folder (and at its module's root), and how each is read. */
const TOOL_CONFS: Record<JvmTool, [string, (text: string, path: string) => DialectVerdict][]> = {
  flyway: [
    ['flyway.conf', flywayConfDialect],
    ['flyway.toml', flywayConfDialect],
  ],
  liquibase: [['liquibase.properties', liquibasePropertiesDialect]],
};

/** The resources folder (`app/src/main/resources/`) of a path under one, and the path's folder in it (`db/migration/`). */
export function resourcesOf(path: string): { root: string; folder: string } | undefined {
  const m = /^((?:.*\/)?src\/[^/]+\/resources\/)(.*\/)?[^/]+$/.exec(path);
  return m ? { root: m[1]!, folder: m[2] ?? '' } : undefined;
}

/**
 * Hibernate's own config in the resources folder: `hibernate.properties` (Hibernate reads it from the
 * classpath root) and `hibernate.default.properties` (openmrs' defaults: `hibernate.connection.url=jdbc:mysql://…`).
 */
const HIBERNATE_FILES = ['hibernate.properties', 'hibernate.default.properties'];

/** The database Hibernate's properties name: `hibernate.connection.url`, else its `driver_class`, else `hibernate.dialect`. */
export function hibernateDialect(text: string, path: string): DialectVerdict {
  const keys = readProperties(text, path);
  const pick = (key: string, read: (v: string) => Dialect | undefined): Named => {
    const found = keys.get(key);
    const value = found && resolved(found.value);
    const dialect = value === undefined ? undefined : read(value);
    return dialect ? { dialect, key: found!.written, file: path, ...(key.endsWith('url') ? h2Mode(value!, dialect) : {}) } : undefined;
  };
  const named =
    pick('hibernate.connection.url', urlDialect) ?? pick('hibernate.connection.driverclass', driverDialect) ?? pick('hibernate.dialect', platformDialect);
  return decide([named], "app's");
}

/** Answers per reader and key, each found once (the migrations of one folder ask the same question). */
const verdicts = new WeakMap<ConfigReader, Map<string, Promise<DialectVerdict>>>();

function once(read: ConfigReader, key: string, find: () => Promise<DialectVerdict>): Promise<DialectVerdict> {
  let byKey = verdicts.get(read);
  if (!byKey) verdicts.set(read, (byKey = new Map()));
  let answer = byKey.get(key);
  // A reader that throws (a bug, or a parser that fails to load) leaves the database in doubt, said.
  if (!answer) byKey.set(key, (answer = find().catch((e: unknown) => unreadVerdict(`the project's ${key.split(':')[0]} config`, e))));
  return answer;
}

/**
 * What a JVM project's config says of the database of the Flyway (or Liquibase) migration at `path`:
 * the database, the sources that disagree (the first config that names any database decides, in the
 * order above), or undefined when none says one.
 */
export async function jvmDialectVerdict(path: string, read: ConfigReader, list?: MigrationInput['listDir'], tool: JvmTool = 'flyway'): Promise<DialectVerdict> {
  const dir = dirName(path);
  const resources = resourcesOf(path);
  const module = resources?.root.slice(0, -/src\/[^/]+\/resources\/$/.exec(resources.root)![0].length);
  if (resources) {
    const found = await once(read, `spring:${tool}:${dir}`, async () =>
      springDialect(await springFiles(resources.root, read, list), resources.folder, dir, tool),
    );
    if (found) return found;
  }
  const conf = await once(read, `${tool}-conf:${dir}`, async () => {
    const dirs = upwards(dir);
    if (module !== undefined && !dirs.includes(module)) dirs.splice(-1, 0, module);
    for (const at of dirs) {
      for (const [name, readConf] of TOOL_CONFS[tool]) {
        const text = await readConfigFile(read, `${at}${name}`);
        // A config whose read failed may be the one that decides: in doubt, naming it.
        if (isUnread(text)) return withUnread(text);
        if (text !== undefined) return readConf(text, `${at}${name}`);
      }
    }
    return undefined;
  });
  if (conf) return conf;
  // Migrations outside a resources folder (`filesystem:sql`): the Gradle build at or above their folder.
  if (module === undefined) return tool === 'flyway' ? once(read, `gradle:${dir}`, () => gradleDialect(dir, read, urlDialect)) : undefined;
  const hibernate = await once(read, `hibernate:${resources!.root}`, async () => {
    for (const name of HIBERNATE_FILES) {
      const text = await readConfigFile(read, `${resources!.root}${name}`);
      if (isUnread(text)) return withUnread(text);
      const found = text === undefined ? undefined : hibernateDialect(text, `${resources!.root}${name}`);
      if (found) return found;
    }
    return undefined;
  });
  if (hibernate) return hibernate;
  const maven = await once(read, `maven:${tool}:${module}`, () => mavenDialect(module, read, tool, urlDialect));
  if (maven || tool !== 'flyway') return maven;
  return once(read, `gradle:${module}`, () => gradleDialect(module, read, urlDialect));
}

/** The database a JVM project's config names for the migration at `path`; undefined when none says one, or they disagree. */
export async function jvmDialect(
  path: string,
  read: ConfigReader,
  list?: MigrationInput['listDir'],
  tool: JvmTool = 'flyway',
): Promise<DialectSource | undefined> {
  const verdict = await jvmDialectVerdict(path, read, list, tool);
  return isDoubt(verdict) ? undefined : verdict;
}

/**
 * `framework`, reading each migration in the database its project's config names when neither the
 * config's `dialect:` nor the path says one; where the project's files disagree, for what holds on
 * every database, with one notice naming them (src/core/frameworks/dialect-doubt.ts).
 */
export function withJvmDialect(framework: Framework, tool: JvmTool = 'flyway'): Framework {
  return {
    ...framework,
    async analyse(input) {
      const read = input.readFile;
      const verdict =
        input.dialect || dialectOfPath(input.path) || !read ? undefined : await jvmDialectVerdict(input.path, read, input.listDir?.bind(input), tool);
      return analyseInVerdict(framework, input, verdict);
    },
  };
}
