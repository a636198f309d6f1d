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
// Two databases on one classpath, or two apps on different ones, decide nothing: the migrations are
// read as before. Gradle builds are not read (no Groovy/Kotlin grammar here): their modules' paths
// (`mysql-persistence/`) or Spring configs say it in the repositories seen.
import type { Dialect } from '../sql/dialect';
import { parseXml, type XmlElement } from './dsl/xml';
import { safeRead, type ConfigReader } from './tool-dialect';

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
}

const child = (el: XmlElement, name: string) => el.children.find((c) => c.name === name);
const textOf = (el: XmlElement | undefined) => el?.text.trim() || undefined;

/** A `pom.xml`'s artifactId, modules and non-test dependencies; undefined when it is not well-formed XML with a `<project>`. */
export function readPom(text: string, path: string): Pom | undefined {
  const { root, errorLine } = parseXml(text);
  const project = child(root, 'project');
  if (errorLine !== undefined || !project) return undefined;
  const dependencies = (child(project, 'dependencies')?.children ?? [])
    .filter((d) => d.name === 'dependency' && textOf(child(d, 'scope')) !== 'test')
    .map((d) => `${textOf(child(d, 'groupId')) ?? ''}:${textOf(child(d, 'artifactId')) ?? ''}`);
  const modules = (child(project, 'modules')?.children ?? []).flatMap((m) => (m.name === 'module' && textOf(m) ? [textOf(m)!] : []));
  return { path, artifactId: textOf(child(project, 'artifactId')), modules, dependencies };
}

/** The database one of a pom's dependencies names, if it is a driver. */
export function artifactDialect(coordinates: string): Dialect | undefined {
  return ARTIFACTS.find(([a]) => (a.endsWith('*') ? coordinates.startsWith(a.slice(0, -1)) : coordinates === a))?.[1];
}

/** The one non-embedded database the drivers of `poms` name, with the pom naming it; undefined for none or several. */
function oneDatabase(poms: Pom[]): { dialect: Dialect; pom: Pom; artifact: string } | undefined {
  const found = new Map<Dialect, { dialect: Dialect; pom: Pom; artifact: string }>();
  for (const pom of poms)
    for (const artifact of pom.dependencies) {
      const dialect = artifactDialect(artifact);
      if (dialect && !EMBEDDED.has(dialect) && !found.has(dialect)) found.set(dialect, { dialect, pom, artifact });
    }
  return found.size === 1 ? [...found.values()][0] : undefined;
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

/** Each reader's pom.xml files, read once (the modules of one build ask for the same ones): absent, not a pom, or what it says. */
const pomReads = new WeakMap<ConfigReader, Map<string, Promise<Pom | undefined | null>>>();

/** A `pom.xml`: undefined when absent, null when it is not a pom that reads. */
function pomAt(read: ConfigReader, path: string): Promise<Pom | undefined | null> {
  let byPath = pomReads.get(read);
  if (!byPath) pomReads.set(read, (byPath = new Map()));
  let pom = byPath.get(path);
  if (!pom) byPath.set(path, (pom = safeRead(read, path).then((text) => (text === undefined ? undefined : (readPom(text, path) ?? null)))));
  return pom;
}

/** The database the Maven build names for a module in `moduleDir` (`account/`): what was found, and where. */
export async function mavenDialect(moduleDir: string, read: ConfigReader): Promise<{ dialect: Dialect; from: string } | undefined> {
  const poms: Pom[] = [];
  for (const dir of above(moduleDir)) {
    const pom = await pomAt(read, `${dir}pom.xml`);
    if (pom === undefined) break;
    if (pom === null) return undefined;
    poms.push(pom);
  }
  const own = poms[0];
  if (!own) return undefined;
  const here = oneDatabase(poms);
  if (here) return { dialect: here.dialect, from: `the Maven build's ${here.artifact} dependency (${here.pom.path})` };
  // The build's other modules that depend on this one: the apps that run its migrations.
  if (!own.artifactId) return undefined;
  const top = poms[poms.length - 1]!;
  const apps: Pom[] = [];
  const seen = new Set(poms.map((p) => p.path));
  const queue: Pom[] = [top];
  let reads = poms.length;
  while (queue.length) {
    const pom = queue.shift()!;
    const dir = pom.path.slice(0, -'pom.xml'.length);
    for (const m of pom.modules) {
      const at = joinModule(dir, m);
      if (at === undefined || seen.has(`${at}pom.xml`) || reads >= MAX_POMS) continue;
      seen.add(`${at}pom.xml`);
      reads++;
      const found = await pomAt(read, `${at}pom.xml`);
      if (!found) continue;
      queue.push(found);
      if (found.dependencies.some((d) => d.endsWith(`:${own.artifactId}`))) apps.push(found);
    }
  }
  // Each app on its own classpath (its pom and the poms above it already read), then all of them agreeing.
  const byApp = apps.map((app) => oneDatabase([app]));
  const named = byApp.filter((n) => n !== undefined);
  if (!named.length || named.length < apps.filter((a) => a.dependencies.some((d) => artifactDialect(d))).length) return undefined;
  const dialects = new Set(named.map((n) => n.dialect));
  if (dialects.size !== 1) return undefined;
  const first = named[0]!;
  return {
    dialect: first.dialect,
    from: `the Maven build's ${first.artifact} dependency in ${first.pom.path}, the module that bundles ${own.artifactId}`,
  };
}
