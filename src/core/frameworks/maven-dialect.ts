// The database a Maven build puts on a Flyway module's classpath, when no config of the module says
// it: killbill keeps each module's Flyway migrations (`account/src/main/resources/…/migration/`) in a
// library module with no database config and only test-scoped drivers, while the server module that
// bundles them all (`profiles/killbill/pom.xml`) ships `mysql-connector-java` and
// `mariadb-java-client`, and no Postgres driver: its migrations are MySQL (`alter table … modify`,
// `drop index i on t`), and were given 38 Postgres CONCURRENTLY warnings.
// The classpath read, in order, the first that names one database deciding:
// 1. the module's own `pom.xml` and the `pom.xml`s in the folders above it (a parent's
//    `<dependencies>` are inherited);
// 2. the modules of the same build (the `<modules>` of the topmost `pom.xml` above, followed down)
//    that depend on this module's artifact: the apps that run its migrations.
// Only `<dependencies>` of the project count, not `<dependencyManagement>` (versions, no classpath)
// nor `<profiles>` (switched on from outside); a `test`-scoped driver is a test's. An embedded
// database (H2, HSQLDB, Derby) is never taken (as for Spring configs: src/core/frameworks/jvm-dialect.ts).
// Two databases on one classpath (openmrs' api/pom.xml ships the MySQL, MariaDB and PostgreSQL
// drivers), or two apps on different ones, leave the database in doubt: each pom is named
// (src/core/frameworks/dialect-doubt.ts).
// Before the drivers, the URL the migration tool's own Maven plugin is given in the same poms
// (`liquibase-maven-plugin` or `flyway-maven-plugin`, `<build><plugins>` or, merged into its use,
// `<build><pluginManagement><plugins>`, `<configuration><url>`:
// openmrs' `liquibase/pom.xml` runs `jdbc:mysql://127.0.0.1:3306/openmrs`) names it.
// A pom.xml that is there but does not read (not well-formed XML) leaves the database in doubt, said
// on the migration (dialect-doubt.ts): it may name any database.
// Gradle builds are read after it, for Flyway (src/core/frameworks/gradle-dialect.ts).
import type { Dialect } from '../sql/dialect';
import { parseXml, type XmlElement } from './dsl/xml';
import { unreadVerdict, verdictOf, withUnread, type DialectVerdict, type UnreadConfig } from './dialect-doubt';
import { isUnread, readConfigFile, type ConfigReader } from './tool-dialect';

/** JDBC drivers and Flyway's database support modules, by `groupId:artifactId` (an artifactId ending in `*` matches any suffix). */
const ARTIFACTS: readonly [string, Dialect][] = [
  ['mysql:mysql-connector-java', 'mysql'],
  ['com.mysql:mysql-connector-j', 'mysql'],
  ['org.mariadb.jdbc:mariadb-java-client', 'mysql'],
  ['org.flywaydb:flyway-mysql', 'mysql'],
  ['org.postgresql:postgresql', 'postgres'],
  ['org.flywaydb:flyway-database-postgresql', 'postgres'],
  ['com.microsoft.sqlserver:mssql-jdbc', 'sqlserver'],
  ['org.flywaydb:flyway-sqlserver', 'sqlserver'],
  ['com.oracle.database.jdbc:ojdbc*', 'oracle'],
  ['com.oracle.ojdbc:ojdbc*', 'oracle'],
  ['org.flywaydb:flyway-database-oracle', 'oracle'],
  ['org.xerial:sqlite-jdbc', 'sqlite'],
  ['com.ibm.db2:jcc', 'db2'],
  ['com.h2database:h2', 'h2'],
  ['org.hsqldb:hsqldb', 'hsqldb'],
  ['org.apache.derby:derby', 'derby'],
];

const EMBEDDED: ReadonlySet<Dialect> = new Set<Dialect>(['h2', 'hsqldb', 'derby']);

/** `pom.xml`s read per build at most (each is a read, and the App's reads go through the API). */
const MAX_POMS = 60;

/** What a `pom.xml` says: its artifactId, its modules' folders, the artifacts it depends on outside tests. */
export interface Pom {
  path: string;
  artifactId?: string;
  modules: string[];
  /** `groupId:artifactId` of each dependency whose scope is not `test`. */
  dependencies: string[];
  /** The `<configuration><url>` of each migration tool's plugin in `<build><plugins>` (else `<build><pluginManagement><plugins>`), by tool. */
  pluginUrls: Partial<Record<MavenTool, string>>;
}

export type MavenTool = 'flyway' | 'liquibase';

/** The migration tools' Maven plugins, by artifactId. */
const PLUGINS: ReadonlyMap<string, MavenTool> = new Map<string, MavenTool>([
  ['flyway-maven-plugin', 'flyway'],
  ['liquibase-maven-plugin', 'liquibase'],
]);

const child = (el: XmlElement, name: string) => el.children.find((c) => c.name === name);
const textOf = (el: XmlElement | undefined) => el?.text.trim() || undefined;

/** A `pom.xml`'s artifactId, modules and non-test dependencies; undefined when it is not well-formed XML with a `<project>`. */
export function readPom(text: string, path: string): Pom | undefined {
  const pom = parsePom(text, path);
  return typeof pom === 'string' ? undefined : pom;
}

/** What a `pom.xml` says, or why it cannot be read (`not well-formed XML (line 12)`). */
export function parsePom(text: string, path: string): Pom | string {
  const { root, errorLine } = parseXml(text);
  const project = child(root, 'project');
  if (errorLine !== undefined) return `not well-formed XML (line ${errorLine})`;
  if (!project) return 'no <project> element';
  const dependencies = (child(project, 'dependencies')?.children ?? [])
    .filter((d) => d.name === 'dependency' && textOf(child(d, 'scope')) !== 'test')
    .map((d) => `${textOf(child(d, 'groupId')) ?? ''}:${textOf(child(d, 'artifactId')) ?? ''}`);
  const modules = (child(project, 'modules')?.children ?? []).flatMap((m) => (m.name === 'module' && textOf(m) ? [textOf(m)!] : []));
  const pluginUrls: Pom['pluginUrls'] = {};
  // Maven merges a plugin's `<pluginManagement>` configuration into its use (`<build><plugins>`,
  // here or in a child module): a `<url>` given there is the one the plugin runs with.
  const build = child(project, 'build');
  const managed = build && child(build, 'pluginManagement');
  for (const plugin of [...((build && child(build, 'plugins')?.children) ?? []), ...((managed && child(managed, 'plugins')?.children) ?? [])]) {
    const tool = plugin.name === 'plugin' ? PLUGINS.get(textOf(child(plugin, 'artifactId')) ?? '') : undefined;
    const configuration = child(plugin, 'configuration');
    const url = configuration && textOf(child(configuration, 'url'));
    if (tool && url) pluginUrls[tool] ??= url;
  }
  return { path, artifactId: textOf(child(project, 'artifactId')), modules, dependencies, pluginUrls };
}

/** The database one of a pom's dependencies names, if it is a driver. */
export function artifactDialect(coordinates: string): Dialect | undefined {
  return ARTIFACTS.find(([a]) => (a.endsWith('*') ? coordinates.startsWith(a.slice(0, -1)) : coordinates === a))?.[1];
}

/** Each non-embedded database the drivers of `poms` name, with the pom naming it first. */
function databases(poms: Pom[]): { dialect: Dialect; pom: Pom; artifact: string }[] {
  const found = new Map<Dialect, { dialect: Dialect; pom: Pom; artifact: string }>();
  for (const pom of poms)
    for (const artifact of pom.dependencies) {
      const dialect = artifactDialect(artifact);
      if (dialect && !EMBEDDED.has(dialect) && !found.has(dialect)) found.set(dialect, { dialect, pom, artifact });
    }
  return [...found.values()];
}

/** `a/b/` → [`a/b/`, `a/`, ``]. */
function above(dir: string): string[] {
  const dirs = [dir];
  while (dirs[dirs.length - 1]) {
    const d = dirs[dirs.length - 1]!;
    dirs.push(d.slice(0, d.slice(0, -1).lastIndexOf('/') + 1));
  }
  return dirs;
}

/** A module folder joined with a `<module>` entry (`../x`, `./y/`). */
function joinModule(dir: string, module: string): string | undefined {
  const parts = dir.split('/').filter(Boolean);
  for (const p of module.split('/')) {
    if (p === '..') {
      if (!parts.length) return undefined;
      parts.pop();
    } else if (p && p !== '.') parts.push(p);
  }
  return parts.length ? `${parts.join('/')}/` : '';
}

/** Each reader's pom.xml files, read once (the modules of one build ask for the same ones): absent, why it does not read, or what it says. */
const pomReads = new WeakMap<ConfigReader, Map<string, Promise<Pom | undefined | UnreadConfig>>>();

/** A `pom.xml`: undefined when absent; the file and why when it is not a pom that reads, or its read failed. */
function pomAt(read: ConfigReader, path: string): Promise<Pom | undefined | UnreadConfig> {
  let byPath = pomReads.get(read);
  if (!byPath) pomReads.set(read, (byPath = new Map()));
  let pom = byPath.get(path);
  if (!pom) byPath.set(path, (pom = readConfigFile(read, path).then((text) => (isUnread(text) ? text : text === undefined ? undefined : pomOf(text, path)))));
  return pom;
}

/** A pom's text read, or the file and why it does not read. */
function pomOf(text: string, path: string): Pom | UnreadConfig {
  const pom = parsePom(text, path);
  return typeof pom === 'string' ? unreadVerdict(path, pom).unread![0]! : pom;
}

const isPom = (pom: Pom | UnreadConfig): pom is Pom => !('failure' in pom);

/**
 * The database the Maven build names for a module in `moduleDir` (`account/`): what was found, and
 * where; sources that disagree; or undefined. `urlDialect` reads a plugin's JDBC URL.
 */
export async function mavenDialect(
  moduleDir: string,
  read: ConfigReader,
  tool: MavenTool = 'flyway',
  urlDialect: (url: string) => Dialect | undefined = () => undefined,
): Promise<DialectVerdict> {
  const poms: Pom[] = [];
  for (const dir of above(moduleDir)) {
    const pom = await pomAt(read, `${dir}pom.xml`);
    if (pom === undefined) break;
    // A pom that does not read (or whose read failed) may name the plugin's URL or a driver: said, never taken as naming none.
    if (!isPom(pom)) return withUnread(pom);
    poms.push(pom);
  }
  const own = poms[0];
  if (!own) return undefined;
  // The tool's plugin nearest the module (a module's own configuration overrides its parent's).
  for (const pom of poms) {
    const url = pom.pluginUrls[tool];
    const dialect = url === undefined ? undefined : urlDialect(url);
    if (dialect && !EMBEDDED.has(dialect)) return { dialect, from: `the ${tool}-maven-plugin's <url> (${pom.path})` };
  }
  const here = databases(poms);
  if (here.length) return verdictOf(here.map((d) => ({ dialect: d.dialect, from: `the Maven build's ${d.artifact} dependency (${d.pom.path})` })));
  // The build's other modules that depend on this one: the apps that run its migrations.
  if (!own.artifactId) return undefined;
  const top = poms[poms.length - 1]!;
  const apps: Pom[] = [];
  const seen = new Set(poms.map((p) => p.path));
  const queue: Pom[] = [top];
  let reads = poms.length;
  // A module's pom that does not read may be an app bundling this module on some database.
  const unread: UnreadConfig[] = [];
  while (queue.length) {
    const pom = queue.shift()!;
    const dir = pom.path.slice(0, -'pom.xml'.length);
    for (const m of pom.modules) {
      const at = joinModule(dir, m);
      if (at === undefined || seen.has(`${at}pom.xml`) || reads >= MAX_POMS) continue;
      seen.add(`${at}pom.xml`);
      reads++;
      const found = await pomAt(read, `${at}pom.xml`);
      if (found && !isPom(found)) unread.push(found);
      if (!found || !isPom(found)) continue;
      queue.push(found);
      if (found.dependencies.some((d) => d.endsWith(`:${own.artifactId}`))) apps.push(found);
    }
  }
  const verdict = appsVerdict(apps, own.artifactId);
  return unread.reduce<DialectVerdict>((said, u) => withUnread(u, said), verdict);
}

/**
 * Each app on its own classpath (its pom and the poms above it already read); an app shipping
 * only an embedded database decides nothing, apps on different databases leave it in doubt.
 */
function appsVerdict(apps: Pom[], artifactId: string): DialectVerdict {
  const byApp = apps.map((app) => databases([app]));
  const named = byApp.flat();
  if (!named.length) return undefined;
  if (byApp.some((d, i) => !d.length && apps[i]!.dependencies.some((a) => artifactDialect(a)))) {
    if (new Set(named.map((n) => n.dialect)).size < 2) return undefined;
  }
  return verdictOf(
    named.map((n) => ({
      dialect: n.dialect,
      from: `the Maven build's ${n.artifact} dependency in ${n.pom.path}, the module that bundles ${artifactId}`,
    })),
  );
}
