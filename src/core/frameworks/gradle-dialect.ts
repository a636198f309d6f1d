// The database a Gradle build names for a Flyway module, when no config of the module says it:
// kkito0726/sns-app-vibecording keeps its MySQL migrations (`AUTO_INCREMENT`, `ON UPDATE
// CURRENT_TIMESTAMP`) in a module of their own (`backend/flyway-migration/`) with no Spring config;
// its `build.gradle.kts` runs them with the Flyway Gradle plugin,
// `flyway { url = System.getenv("JDBC_URL") ?: "jdbc:mysql://localhost:3306/flick_db" }`, and puts
// `mysql:mysql-connector-java` on the plugin's classpath. The migration was read as Postgres.
// Read, as the Maven build is (src/core/frameworks/maven-dialect.ts), in the `build.gradle` and
// `build.gradle.kts` of the module and of the folders above it (a root build's
// `subprojects { dependencies { … } }` reaches every module), nearest first:
// 1. the URL the Flyway plugin is given: `url` in a `flyway { }` block or in a Flyway task's block
//    (`task migrateDev(type: FlywayMigrateTask) { url = '…' }`, `tasks.register<FlywayMigrateTask>("x") { … }`, Kotlin's `configure<FlywayExtension> { … }`),
//    the first string literal of the assignment a JDBC URL (`System.getenv("DB_URL") ?: "jdbc:…"`
//    counts by its fallback); the nearest file naming one decides, URLs that disagree (one set per
//    branch of an `if`) leave the database in doubt;
// 2. the JDBC drivers (and Flyway database modules) of `dependencies { }` blocks, `buildscript`'s
//    `classpath` ones included (the plugin's own classpath), test configurations
//    (`testImplementation`, `testRuntimeOnly`, `integrationTestImplementation`) not: one database
//    decides, two leave it in doubt. Coordinates are read from `'group:artifact:version'` literals
//    and from `group: 'g', name: 'a'` / `group = "g", name = "a"`.
// An embedded database (H2, HSQLDB, Derby) is never taken. A version catalog's alias
// (`libs.postgresql`) is not followed: it names nothing here.
// There is no maintained Groovy or Kotlin-DSL parser for Node (no tree-sitter grammar for either
// ships a wasm build here, and Gradle scripts are programs): the build file is read token by token
// (comments, string literals, names, brackets), nothing evaluated. A build file that does not
// tokenize (a string or comment left open, brackets that do not balance) leaves the database in
// doubt, naming the file (src/core/frameworks/dialect-doubt.ts).
import type { Dialect } from '../sql/dialect';
import { artifactDialect } from './maven-dialect';
import type { DialectSource } from '../sql/dialect';
import { unreadVerdict, verdictOf, withUnread, type DialectVerdict } from './dialect-doubt';
import { isUnread, readConfigFile, upwards, type ConfigReader } from './tool-dialect';

const EMBEDDED: ReadonlySet<Dialect> = new Set<Dialect>(['h2', 'hsqldb', 'derby']);

/** The build files of a Gradle project folder, Groovy then Kotlin DSL. */
const BUILD_FILES = ['build.gradle', 'build.gradle.kts'];

type Token = { kind: 'name' | 'string' | 'punct'; value: string; line: number };

/** The tokens of a Groovy or Kotlin build script; a string why when it does not tokenize (`a string left open (line 3)`). */
export function tokenize(text: string): Token[] | string {
  const tokens: Token[] = [];
  let line = 1;
  let depth = 0;
  for (let i = 0; i < text.length;) {
    const c = text[i]!;
    if (c === '\n') {
      line++;
      i++;
    } else if (/\s/.test(c)) i++;
    else if (text.startsWith('//', i)) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (text.startsWith('/*', i)) {
      const end = text.indexOf('*/', i + 2);
      if (end < 0) return `a comment left open (line ${line})`;
      line += text.slice(i, end).split('\n').length - 1;
      i = end + 2;
    } else if (c === '"' || c === "'") {
      const start = line;
      const quote = text.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      let j = i + quote.length;
      let value = '';
      for (;;) {
        if (j >= text.length || (quote.length === 1 && text[j] === '\n')) return `a string left open (line ${start})`;
        if (text.startsWith(quote, j)) break;
        // A template expression (`"jdbc:postgresql://${System.getenv("HOST")}/db"`) may hold quotes of its own.
        if (c === '"' && text.startsWith('${', j)) {
          const end = templateEnd(text, j + 2);
          if (end < 0) return `a string left open (line ${start})`;
          line += text.slice(j, end).split('\n').length - 1;
          value += text.slice(j, end);
          j = end;
          continue;
        }
        if (text[j] === '\\' && j + 1 < text.length) {
          value += text[j + 1];
          j += 2;
          continue;
        }
        if (text[j] === '\n') line++;
        value += text[j++];
      }
      tokens.push({ kind: 'string', value, line: start });
      i = j + quote.length;
    } else if (/[A-Za-z_$]/.test(c)) {
      let j = i + 1;
      while (j < text.length && /[\w$]/.test(text[j]!)) j++;
      tokens.push({ kind: 'name', value: text.slice(i, j), line });
      i = j;
    } else {
      if ('{(['.includes(c)) depth++;
      if ('})]'.includes(c) && --depth < 0) return `a closing '${c}' with nothing open (line ${line})`;
      tokens.push({ kind: 'punct', value: c, line });
      i++;
    }
  }
  return depth ? `brackets left open at the end of the file` : tokens;
}

/** The index after the `}` closing a template expression opened before `from`; -1 when it is not closed. */
function templateEnd(text: string, from: number): number {
  let depth = 1;
  for (let j = from; j < text.length; j++) {
    const c = text[j]!;
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return j + 1;
    else if (c === '"' || c === "'") {
      const close = text.indexOf(c, j + 1);
      if (close < 0) return -1;
      j = close;
    }
  }
  return -1;
}

/** What a build file says: the Flyway plugin's JDBC URLs and the coordinates (`group:artifact`) of its dependencies outside tests. */
export interface GradleBuild {
  path: string;
  /** Each JDBC URL given to the Flyway plugin, with its line. */
  flywayUrls: { url: string; line: number }[];
  dependencies: string[];
}

/** A test configuration (`testImplementation`, `integrationTestRuntimeOnly`, `testFixturesApi`). */
const isTestConfiguration = (name: string) => /^test|Test/.test(name);

/** A build script's Flyway URLs and dependencies, or why it does not read. */
export function parseGradleBuild(text: string, path: string): GradleBuild | string {
  const tokens = tokenize(text);
  if (typeof tokens === 'string') return tokens;
  const flywayUrls: GradleBuild['flywayUrls'] = [];
  const dependencies: string[] = [];
  /** Open blocks: whether each is a Flyway configuration, a `dependencies` block. */
  const blocks: { flyway: boolean; dependencies: boolean }[] = [];
  /** Index of the first token of the statement a token belongs to. */
  let statement = 0;
  let parens = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const prev = tokens[i - 1];
    // A statement starts on a new line outside brackets, or after `{`, `}`, `;`.
    if (!prev || (parens === 0 && prev.line < t.line) || (prev.kind === 'punct' && '{};'.includes(prev.value))) statement = i;
    if (t.kind === 'punct') {
      if (t.value === '(' || t.value === '[') parens++;
      else if (t.value === ')' || t.value === ']') parens = Math.max(0, parens - 1);
      else if (t.value === '{') {
        // The block's header: the statement's tokens before the brace (`flyway`, `task x(type: FlywayMigrateTask)`).
        const header = tokens.slice(statement, i);
        const names = header.filter((h) => h.kind === 'name').map((h) => h.value);
        blocks.push({
          flyway: names[names.length - 1] === 'flyway' || names.some((n) => /^Flyway(?:\w*Task|Extension)$/.test(n)),
          dependencies: names[names.length - 1] === 'dependencies',
        });
        parens = 0;
      } else if (t.value === '}') blocks.pop();
      continue;
    }
    const head = tokens[statement]!;
    const inFlyway = blocks.some((b) => b.flyway);
    const inDependencies = blocks.length > 0 && blocks[blocks.length - 1]!.dependencies;
    if (inFlyway && t.kind === 'name' && t.value === 'url' && i === statement) {
      // `url = …`, `url.set(…)`, Groovy's `url '…'`: the statement's first JDBC URL literal.
      let open = 0;
      for (let j = i + 1; j < tokens.length; j++) {
        const s = tokens[j]!;
        if (open === 0 && (s.line > tokens[j - 1]!.line || (s.kind === 'punct' && '{};'.includes(s.value)))) break;
        if (s.kind === 'punct' && '(['.includes(s.value)) open++;
        if (s.kind === 'punct' && ')]'.includes(s.value)) open--;
        if (s.kind === 'string' && /^(?:jdbc|r2dbc):/i.test(s.value.trim())) {
          flywayUrls.push({ url: s.value, line: s.line });
          break;
        }
      }
    }
    if (inDependencies && t.kind === 'string' && head.kind === 'name' && !isTestConfiguration(head.value)) {
      const named = tokens[i - 2];
      if (named?.kind === 'name' && named.value === 'group') {
        const name = tokens.slice(i + 1, i + 6).findIndex((n) => n.kind === 'name' && n.value === 'name');
        const artifact = name < 0 ? undefined : tokens[i + 1 + name + 2];
        if (artifact?.kind === 'string') dependencies.push(`${t.value}:${artifact.value}`);
      } else {
        const parts = t.value.split(':');
        if (parts.length >= 2 && parts[0] && parts[1]) dependencies.push(`${parts[0]}:${parts[1]}`);
      }
    }
  }
  return { path, flywayUrls, dependencies };
}

/**
 * The database the Gradle build names for a module in `moduleDir` (`backend/flyway-migration/`):
 * the Flyway plugin's URL nearest the module, else the drivers its build files put on a classpath;
 * sources that disagree; undefined when none names one. `urlDialect` reads a JDBC URL.
 */
export async function gradleDialect(moduleDir: string, read: ConfigReader, urlDialect: (url: string) => Dialect | undefined): Promise<DialectVerdict> {
  const builds: GradleBuild[] = [];
  for (const dir of upwards(moduleDir)) {
    for (const name of BUILD_FILES) {
      const path = `${dir}${name}`;
      const text = await readConfigFile(read, path);
      // A build file that does not read may name the plugin's URL or a driver: said, never taken as naming none.
      if (isUnread(text)) return withUnread(text);
      if (text === undefined) continue;
      const build = parseGradleBuild(text, path);
      if (typeof build === 'string') return unreadVerdict(path, build);
      builds.push(build);
    }
  }
  for (const build of builds) {
    const urls: DialectSource[] = build.flywayUrls.flatMap(({ url, line }) => {
      const dialect = urlDialect(url);
      return dialect && !EMBEDDED.has(dialect) ? [{ dialect, from: `the Gradle build's flyway url (${build.path} line ${line})` }] : [];
    });
    if (urls.length) return verdictOf(urls);
  }
  const drivers: DialectSource[] = builds.flatMap((build) =>
    build.dependencies.flatMap((artifact) => {
      const dialect = artifactDialect(artifact);
      return dialect && !EMBEDDED.has(dialect) ? [{ dialect, from: `the Gradle build's ${artifact} dependency (${build.path})` }] : [];
    }),
  );
  return verdictOf(drivers);
}
