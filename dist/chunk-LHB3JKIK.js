import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  parseXml
} from "./chunk-4GBM5NJM.js";
import {
  require_lib
} from "./chunk-LOUL7MGO.js";
import {
  isUnread,
  readConfigFile,
  upwards
} from "./chunk-DCVK6NQB.js";
import {
  analyseInVerdict,
  isDoubt,
  unreadVerdict,
  verdictOf,
  withUnread
} from "./chunk-FKTDEFNZ.js";
import {
  dirName
} from "./chunk-VIAG5GR7.js";
import {
  dialectOfPath
} from "./chunk-BF324SM3.js";
import {
  require_dist
} from "./chunk-XVF5O5FK.js";
import {
  __toESM
} from "./chunk-ADI5M2KE.js";

// src/core/frameworks/jvm-dialect.ts
var import_yaml = __toESM(require_dist(), 1);
var import_toml_eslint_parser = __toESM(require_lib(), 1);

// src/core/frameworks/maven-dialect.ts
var ARTIFACTS = [
  ["mysql:mysql-connector-java", "mysql"],
  ["com.mysql:mysql-connector-j", "mysql"],
  ["org.mariadb.jdbc:mariadb-java-client", "mysql"],
  ["org.flywaydb:flyway-mysql", "mysql"],
  ["org.postgresql:postgresql", "postgres"],
  ["org.flywaydb:flyway-database-postgresql", "postgres"],
  ["com.microsoft.sqlserver:mssql-jdbc", "sqlserver"],
  ["org.flywaydb:flyway-sqlserver", "sqlserver"],
  ["com.oracle.database.jdbc:ojdbc*", "oracle"],
  ["com.oracle.ojdbc:ojdbc*", "oracle"],
  ["org.flywaydb:flyway-database-oracle", "oracle"],
  ["org.xerial:sqlite-jdbc", "sqlite"],
  ["com.ibm.db2:jcc", "db2"],
  ["com.h2database:h2", "h2"],
  ["org.hsqldb:hsqldb", "hsqldb"],
  ["org.apache.derby:derby", "derby"]
];
var EMBEDDED = /* @__PURE__ */ new Set(["h2", "hsqldb", "derby"]);
var MAX_POMS = 60;
var PLUGINS = /* @__PURE__ */ new Map([
  ["flyway-maven-plugin", "flyway"],
  ["liquibase-maven-plugin", "liquibase"]
]);
var child = (el, name) => el.children.find((c) => c.name === name);
var textOf = (el) => el?.text.trim() || void 0;
function parsePom(text, path) {
  const { root, errorLine } = parseXml(text);
  const project = child(root, "project");
  if (errorLine !== void 0) return `not well-formed XML (line ${errorLine})`;
  if (!project) return "no <project> element";
  const dependencies = (child(project, "dependencies")?.children ?? []).filter((d) => d.name === "dependency" && textOf(child(d, "scope")) !== "test").map((d) => `${textOf(child(d, "groupId")) ?? ""}:${textOf(child(d, "artifactId")) ?? ""}`);
  const modules = (child(project, "modules")?.children ?? []).flatMap((m) => m.name === "module" && textOf(m) ? [textOf(m)] : []);
  const pluginUrls = {};
  const build = child(project, "build");
  const managed = build && child(build, "pluginManagement");
  for (const plugin of [...(build && child(build, "plugins")?.children) ?? [], ...(managed && child(managed, "plugins")?.children) ?? []]) {
    const tool = plugin.name === "plugin" ? PLUGINS.get(textOf(child(plugin, "artifactId")) ?? "") : void 0;
    const configuration = child(plugin, "configuration");
    const url = configuration && textOf(child(configuration, "url"));
    if (tool && url) pluginUrls[tool] ??= url;
  }
  return { path, artifactId: textOf(child(project, "artifactId")), modules, dependencies, pluginUrls };
}
function artifactDialect(coordinates) {
  return ARTIFACTS.find(([a]) => a.endsWith("*") ? coordinates.startsWith(a.slice(0, -1)) : coordinates === a)?.[1];
}
function databases(poms) {
  const found = /* @__PURE__ */ new Map();
  for (const pom of poms)
    for (const artifact of pom.dependencies) {
      const dialect = artifactDialect(artifact);
      if (dialect && !EMBEDDED.has(dialect) && !found.has(dialect)) found.set(dialect, { dialect, pom, artifact });
    }
  return [...found.values()];
}
function above(dir) {
  const dirs = [dir];
  while (dirs[dirs.length - 1]) {
    const d = dirs[dirs.length - 1];
    dirs.push(d.slice(0, d.slice(0, -1).lastIndexOf("/") + 1));
  }
  return dirs;
}
function joinModule(dir, module) {
  const parts = dir.split("/").filter(Boolean);
  for (const p of module.split("/")) {
    if (p === "..") {
      if (!parts.length) return void 0;
      parts.pop();
    } else if (p && p !== ".") parts.push(p);
  }
  return parts.length ? `${parts.join("/")}/` : "";
}
var pomReads = /* @__PURE__ */ new WeakMap();
function pomAt(read, path) {
  let byPath = pomReads.get(read);
  if (!byPath) pomReads.set(read, byPath = /* @__PURE__ */ new Map());
  let pom = byPath.get(path);
  if (!pom) byPath.set(path, pom = readConfigFile(read, path).then((text) => isUnread(text) ? text : text === void 0 ? void 0 : pomOf(text, path)));
  return pom;
}
function pomOf(text, path) {
  const pom = parsePom(text, path);
  return typeof pom === "string" ? unreadVerdict(path, pom).unread[0] : pom;
}
var isPom = (pom) => !("failure" in pom);
async function mavenDialect(moduleDir, read, tool = "flyway", urlDialect2 = () => void 0) {
  const poms = [];
  for (const dir of above(moduleDir)) {
    const pom = await pomAt(read, `${dir}pom.xml`);
    if (pom === void 0) break;
    if (!isPom(pom)) return withUnread(pom);
    poms.push(pom);
  }
  const own = poms[0];
  if (!own) return void 0;
  for (const pom of poms) {
    const url = pom.pluginUrls[tool];
    const dialect = url === void 0 ? void 0 : urlDialect2(url);
    if (dialect && !EMBEDDED.has(dialect)) return { dialect, from: `the ${tool}-maven-plugin's <url> (${pom.path})` };
  }
  const here = databases(poms);
  if (here.length) return verdictOf(here.map((d) => ({ dialect: d.dialect, from: `the Maven build's ${d.artifact} dependency (${d.pom.path})` })));
  if (!own.artifactId) return void 0;
  const top = poms[poms.length - 1];
  const apps = [];
  const seen = new Set(poms.map((p) => p.path));
  const queue = [top];
  let reads = poms.length;
  const unread = [];
  while (queue.length) {
    const pom = queue.shift();
    const dir = pom.path.slice(0, -"pom.xml".length);
    for (const m of pom.modules) {
      const at = joinModule(dir, m);
      if (at === void 0 || seen.has(`${at}pom.xml`) || reads >= MAX_POMS) continue;
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
  return unread.reduce((said, u) => withUnread(u, said), verdict);
}
function appsVerdict(apps, artifactId) {
  const byApp = apps.map((app) => databases([app]));
  const named = byApp.flat();
  if (!named.length) return void 0;
  if (byApp.some((d, i) => !d.length && apps[i].dependencies.some((a) => artifactDialect(a)))) {
    if (new Set(named.map((n) => n.dialect)).size < 2) return void 0;
  }
  return verdictOf(
    named.map((n) => ({
      dialect: n.dialect,
      from: `the Maven build's ${n.artifact} dependency in ${n.pom.path}, the module that bundles ${artifactId}`
    }))
  );
}

// src/core/frameworks/gradle-dialect.ts
var EMBEDDED2 = /* @__PURE__ */ new Set(["h2", "hsqldb", "derby"]);
var BUILD_FILES = ["build.gradle", "build.gradle.kts"];
function tokenize(text) {
  const tokens = [];
  let line = 1;
  let depth = 0;
  for (let i = 0; i < text.length; ) {
    const c = text[i];
    if (c === "\n") {
      line++;
      i++;
    } else if (/\s/.test(c)) i++;
    else if (text.startsWith("//", i)) {
      while (i < text.length && text[i] !== "\n") i++;
    } else if (text.startsWith("/*", i)) {
      const end = text.indexOf("*/", i + 2);
      if (end < 0) return `a comment left open (line ${line})`;
      line += text.slice(i, end).split("\n").length - 1;
      i = end + 2;
    } else if (c === '"' || c === "'") {
      const start = line;
      const quote = text.startsWith(c.repeat(3), i) ? c.repeat(3) : c;
      let j = i + quote.length;
      let value = "";
      for (; ; ) {
        if (j >= text.length || quote.length === 1 && text[j] === "\n") return `a string left open (line ${start})`;
        if (text.startsWith(quote, j)) break;
        if (c === '"' && text.startsWith("${", j)) {
          const end = templateEnd(text, j + 2);
          if (end < 0) return `a string left open (line ${start})`;
          line += text.slice(j, end).split("\n").length - 1;
          value += text.slice(j, end);
          j = end;
          continue;
        }
        if (text[j] === "\\" && j + 1 < text.length) {
          value += text[j + 1];
          j += 2;
          continue;
        }
        if (text[j] === "\n") line++;
        value += text[j++];
      }
      tokens.push({ kind: "string", value, line: start });
      i = j + quote.length;
    } else if (/[A-Za-z_$]/.test(c)) {
      let j = i + 1;
      while (j < text.length && /[\w$]/.test(text[j])) j++;
      tokens.push({ kind: "name", value: text.slice(i, j), line });
      i = j;
    } else {
      if ("{([".includes(c)) depth++;
      if ("})]".includes(c) && --depth < 0) return `a closing '${c}' with nothing open (line ${line})`;
      tokens.push({ kind: "punct", value: c, line });
      i++;
    }
  }
  return depth ? `brackets left open at the end of the file` : tokens;
}
function templateEnd(text, from) {
  let depth = 1;
  for (let j = from; j < text.length; j++) {
    const c = text[j];
    if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return j + 1;
    else if (c === '"' || c === "'") {
      const close = text.indexOf(c, j + 1);
      if (close < 0) return -1;
      j = close;
    }
  }
  return -1;
}
var isTestConfiguration = (name) => /^test|Test/.test(name);
function parseGradleBuild(text, path) {
  const tokens = tokenize(text);
  if (typeof tokens === "string") return tokens;
  const flywayUrls = [];
  const dependencies = [];
  const blocks = [];
  let statement = 0;
  let parens = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const prev = tokens[i - 1];
    if (!prev || parens === 0 && prev.line < t.line || prev.kind === "punct" && "{};".includes(prev.value)) statement = i;
    if (t.kind === "punct") {
      if (t.value === "(" || t.value === "[") parens++;
      else if (t.value === ")" || t.value === "]") parens = Math.max(0, parens - 1);
      else if (t.value === "{") {
        const header = tokens.slice(statement, i);
        const names = header.filter((h) => h.kind === "name").map((h) => h.value);
        blocks.push({
          flyway: names[names.length - 1] === "flyway" || names.some((n) => /^Flyway(?:\w*Task|Extension)$/.test(n)),
          dependencies: names[names.length - 1] === "dependencies"
        });
        parens = 0;
      } else if (t.value === "}") blocks.pop();
      continue;
    }
    const head = tokens[statement];
    const inFlyway = blocks.some((b) => b.flyway);
    const inDependencies = blocks.length > 0 && blocks[blocks.length - 1].dependencies;
    if (inFlyway && t.kind === "name" && t.value === "url" && i === statement) {
      let open = 0;
      for (let j = i + 1; j < tokens.length; j++) {
        const s = tokens[j];
        if (open === 0 && (s.line > tokens[j - 1].line || s.kind === "punct" && "{};".includes(s.value))) break;
        if (s.kind === "punct" && "([".includes(s.value)) open++;
        if (s.kind === "punct" && ")]".includes(s.value)) open--;
        if (s.kind === "string" && /^(?:jdbc|r2dbc):/i.test(s.value.trim())) {
          flywayUrls.push({ url: s.value, line: s.line });
          break;
        }
      }
    }
    if (inDependencies && t.kind === "string" && head.kind === "name" && !isTestConfiguration(head.value)) {
      const named = tokens[i - 2];
      if (named?.kind === "name" && named.value === "group") {
        const name = tokens.slice(i + 1, i + 6).findIndex((n) => n.kind === "name" && n.value === "name");
        const artifact = name < 0 ? void 0 : tokens[i + 1 + name + 2];
        if (artifact?.kind === "string") dependencies.push(`${t.value}:${artifact.value}`);
      } else {
        const parts = t.value.split(":");
        if (parts.length >= 2 && parts[0] && parts[1]) dependencies.push(`${parts[0]}:${parts[1]}`);
      }
    }
  }
  return { path, flywayUrls, dependencies };
}
async function gradleDialect(moduleDir, read, urlDialect2) {
  const builds = [];
  for (const dir of upwards(moduleDir)) {
    for (const name of BUILD_FILES) {
      const path = `${dir}${name}`;
      const text = await readConfigFile(read, path);
      if (isUnread(text)) return withUnread(text);
      if (text === void 0) continue;
      const build = parseGradleBuild(text, path);
      if (typeof build === "string") return unreadVerdict(path, build);
      builds.push(build);
    }
  }
  for (const build of builds) {
    const urls = build.flywayUrls.flatMap(({ url, line }) => {
      const dialect = urlDialect2(url);
      return dialect && !EMBEDDED2.has(dialect) ? [{ dialect, from: `the Gradle build's flyway url (${build.path} line ${line})` }] : [];
    });
    if (urls.length) return verdictOf(urls);
  }
  const drivers = builds.flatMap(
    (build) => build.dependencies.flatMap((artifact) => {
      const dialect = artifactDialect(artifact);
      return dialect && !EMBEDDED2.has(dialect) ? [{ dialect, from: `the Gradle build's ${artifact} dependency (${build.path})` }] : [];
    })
  );
  return verdictOf(drivers);
}

// src/core/frameworks/jvm-dialect.ts
var SCHEMES = /* @__PURE__ */ new Map([
  ["mysql", "mysql"],
  ["mariadb", "mysql"],
  ["singlestore", "mysql"],
  ["postgresql", "postgres"],
  ["postgres", "postgres"],
  ["pgsql", "postgres"],
  ["h2", "h2"],
  ["hsqldb", "hsqldb"],
  ["derby", "derby"],
  ["sqlite", "sqlite"],
  ["sqlserver", "sqlserver"],
  ["jtds", "sqlserver"],
  ["mssql", "sqlserver"],
  ["oracle", "oracle"],
  ["db2", "db2"],
  ["firebirdsql", "firebird"],
  ["firebird", "firebird"],
  ["sap", "hana"],
  ["clickhouse", "clickhouse"],
  ["ch", "clickhouse"],
  ["yugabytedb", "yugabytedb"],
  ["snowflake", "snowflake"],
  ["redshift", "redshift"],
  ["informix-sqli", "informix"],
  ["sybase", "sybase"],
  ["duckdb", "duckdb"],
  ["cloudspanner", "spanner"],
  ["bigquery", "bigquery"],
  ["teradata", "teradata"]
]);
var WRAPPERS = /* @__PURE__ */ new Set(["p6spy", "log4jdbc", "tc", "aws-wrapper", "otel", "pool"]);
var DRIVERS = [
  ["com.mysql.", "mysql"],
  ["org.mariadb.", "mysql"],
  ["org.postgresql.", "postgres"],
  ["org.h2.", "h2"],
  ["org.hsqldb.", "hsqldb"],
  ["org.apache.derby.", "derby"],
  ["org.sqlite.", "sqlite"],
  ["com.microsoft.sqlserver.", "sqlserver"],
  ["net.sourceforge.jtds.", "sqlserver"],
  ["oracle.jdbc.", "oracle"],
  ["com.ibm.db2.", "db2"],
  ["org.firebirdsql.", "firebird"],
  ["com.sap.db.", "hana"],
  ["com.clickhouse.", "clickhouse"]
];
var PLATFORMS = [
  [/^(?:mysql|mariadb)/, "mysql"],
  [/^postgres/, "postgres"],
  [/^h2/, "h2"],
  [/^hsql/, "hsqldb"],
  [/^derby/, "derby"],
  [/^sqlite/, "sqlite"],
  [/^(?:sqlserver|sql_server)/, "sqlserver"],
  [/^oracle/, "oracle"],
  [/^db2/, "db2"],
  [/^hana/, "hana"],
  [/^cockroach/, "cockroachdb"]
];
var H2_MODES = /* @__PURE__ */ new Map([
  ["mysql", "mysql"],
  ["mariadb", "mysql"],
  ["postgresql", "postgres"],
  ["mssqlserver", "sqlserver"],
  ["oracle", "oracle"],
  ["db2", "db2"],
  ["derby", "derby"],
  ["hsqldb", "hsqldb"]
]);
var EMBEDDED3 = /* @__PURE__ */ new Set(["h2", "hsqldb", "derby"]);
var normaliseKey = (key) => key.toLowerCase().replace(/[-_]/g, "");
function flatten(value, file, written = "", into = /* @__PURE__ */ new Map()) {
  if (Array.isArray(value)) {
    if (written) into.set(normaliseKey(written), { value: value.filter((v) => typeof v !== "object").join(","), file, written });
  } else if (typeof value === "object" && value !== null) {
    for (const [k, v] of Object.entries(value)) flatten(v, file, written ? `${written}.${k}` : k, into);
  } else if (value !== null && value !== void 0 && written) into.set(normaliseKey(written), { value: String(value), file, written });
  return into;
}
function readProperties(text, file) {
  const keys = /* @__PURE__ */ new Map();
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i].replace(/^\s+/, "");
    while (/(?:^|[^\\])(?:\\\\)*\\$/.test(line) && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i].replace(/^\s+/, "");
    if (!line || line.startsWith("#") || line.startsWith("!")) continue;
    const m = /^((?:\\.|[^\s=:\\])+)\s*[=:\s]\s*(.*)$/.exec(line);
    const written = m?.[1].replace(/\\(.)/g, "$1");
    if (written) keys.set(normaliseKey(written), { value: m[2].trim(), file, written });
  }
  return keys;
}
function readSpringConfig(text, file) {
  try {
    return parseSpringConfig(text, file);
  } catch {
    return [];
  }
}
function parseSpringConfig(text, file) {
  const named = /(?:^|\/)(?:application|bootstrap)(?:-([^/]+?))?\.(?:ya?ml|properties)$/.exec(file)?.[1];
  let docs;
  if (file.endsWith(".properties")) docs = [readProperties(text, file)];
  else {
    const filtered = text.replace(/^(\s*[^#\s][^:#]*:[ \t]+)(@[\w.-]+@)[ \t]*$/gm, "$1'$2'");
    docs = (0, import_yaml.parseAllDocuments)(filtered).map((d) => {
      if (d.errors.length) throw new Error(`not YAML: ${d.errors[0].message}`);
      return flatten(d.toJS({ maxAliasCount: 100 }), file);
    });
  }
  return docs.map((keys) => {
    const on = keys.get("spring.config.activate.onprofile")?.value ?? keys.get("spring.profiles")?.value;
    return { keys, profile: on ?? named };
  });
}
function resolved(value, defaults = true) {
  let v = value.trim().replace(/^["']|["']$/g, "");
  for (let depth = 0; depth < 4; depth++) {
    const whole = /^\$\{([^}:]*)(?::(.*))?\}$/.exec(v);
    if (!whole) break;
    if (whole[2] === void 0 || !defaults) return void 0;
    v = whole[2].trim();
  }
  return /^@[\w.-]+@$/.test(v) ? void 0 : v;
}
function urlDialect(url) {
  const parts = url.trim().toLowerCase().split(":");
  if (parts[0] !== "jdbc" && parts[0] !== "r2dbc") return void 0;
  let i = 1;
  while (i < parts.length && WRAPPERS.has(parts[i])) i++;
  const dialect = SCHEMES.get(parts[i] ?? "");
  if (dialect === "h2") {
    const mode = /;mode=([a-z0-9]+)/.exec(url.toLowerCase())?.[1];
    return mode && H2_MODES.get(mode) || "h2";
  }
  return dialect;
}
var h2Mode = (url, dialect) => dialect !== "h2" && /^jdbc:(?:[\w-]+:)*h2:/i.test(url.trim()) ? { note: `H2 in ${/;mode=([a-z0-9]+)/i.exec(url)[1]} mode` } : {};
var driverDialect = (name) => DRIVERS.find(([prefix]) => name.trim().startsWith(prefix))?.[1];
var platformDialect = (name) => {
  const last = name.trim().split(".").pop().toLowerCase();
  return PLATFORMS.find(([re]) => re.test(last))?.[1];
};
var TOOL_URL = {
  flyway: (k) => k === "spring.flyway.url" || k === "flyway.url",
  liquibase: (k) => k === "spring.liquibase.url"
};
var TOOL_DRIVER = {
  flyway: (k) => k === "spring.flyway.driverclassname" || k === "flyway.driver",
  liquibase: (k) => k === "spring.liquibase.driverclassname"
};
var isDataSourceUrl = (k) => k.startsWith("spring.datasource.") && k.endsWith("url") || k === "spring.r2dbc.url";
var isDriver = (k) => k.startsWith("spring.datasource.") && k.endsWith("driverclassname");
var isPlatform = (k) => k === "spring.jpa.databaseplatform" || k === "spring.jpa.properties.hibernate.dialect" || k === "spring.jpa.database";
function namedDatabase(keys, tool = "flyway") {
  for (const pick of [TOOL_URL[tool], isDataSourceUrl]) {
    for (const [key, { value, file, written }] of keys) {
      if (!pick(key)) continue;
      const url = resolved(value, tool === "flyway");
      const dialect = url === void 0 ? void 0 : urlDialect(url);
      if (dialect) return { dialect, key: written, file, ...h2Mode(url, dialect) };
    }
  }
  for (const [pick, read] of [
    [(k) => TOOL_DRIVER[tool](k) || isDriver(k), driverDialect],
    [isPlatform, platformDialect]
  ]) {
    for (const [key, { value, file, written }] of keys) {
      const named = pick(key) ? resolved(value, tool === "flyway") : void 0;
      const dialect = named === void 0 ? void 0 : read(named);
      if (dialect) return { dialect, key: written, file };
    }
  }
  return void 0;
}
function holds(location, folder, full) {
  const m = /^(?:(classpath|filesystem):)?\/*(.*?)\/*$/.exec(location.trim());
  const segments = m[2].split("/").map((s) => /^\{vendor\}$/i.test(s) ? "[^/]+" : s.replace(/[.*+?^$()[\]{}\\|]/g, "\\$&"));
  const at = segments.join("/");
  if (!at) return true;
  return m[1] === "filesystem" ? new RegExp(`(?:^|/)${at}/`).test(full) : new RegExp(`^${at}/`).test(folder);
}
var sourceOf = (n, owner) => ({
  dialect: n.dialect,
  from: `the ${owner} ${n.key}${n.note ? `, ${n.note}` : ""} (${n.file})`
});
function decide(named, owner) {
  return verdictOf(named.filter((n) => n !== void 0 && !EMBEDDED3.has(n.dialect)).map((n) => sourceOf(n, owner)));
}
var SPRING_FILE = /^(?:application|bootstrap)(?:-[^/]+)?\.(?:ya?ml|properties)$/;
var BASE_FILES = ["application.yml", "application.yaml", "application.properties", "bootstrap.yml", "bootstrap.yaml", "bootstrap.properties"];
var MAX_FILES = 12;
async function springFiles(root, read, list) {
  const names = [];
  for (const dir of [root, `${root}config/`]) {
    const listed = list ? await list(dir).catch(() => void 0) : void 0;
    const found = listed ? listed.filter((n) => SPRING_FILE.test(n)) : dir === root ? BASE_FILES : [];
    const isBase = (n) => !/^[a-z]+-/.test(n);
    names.push(...found.sort((a, b) => Number(isBase(b)) - Number(isBase(a)) || (a < b ? -1 : 1)).map((n) => `${dir}${n}`));
  }
  const files = [];
  for (const path of names.slice(0, MAX_FILES)) {
    const text = await readConfigFile(read, path);
    if (text !== void 0) files.push(isUnread(text) ? text : { path, text });
  }
  return files;
}
function springDialect(files, folder, full, tool = "flyway") {
  const unread = [];
  const docs = files.flatMap((f) => {
    if ("failure" in f) {
      unread.push(f);
      return [];
    }
    try {
      return parseSpringConfig(f.text, f.path);
    } catch (e) {
      unread.push(unreadVerdict(f.path, e).unread[0]);
      return [];
    }
  });
  const verdict = springVerdict(docs, folder, full, tool);
  return unread.reduce((said, u) => withUnread(u, said), verdict);
}
function springVerdict(docs, folder, full, tool) {
  const base = new Map(docs.filter((d) => d.profile === void 0).flatMap((d) => [...d.keys]));
  const profiles = [...new Set(docs.flatMap((d) => d.profile === void 0 ? [] : [d.profile]))];
  const configs = [base, ...profiles.map((p) => new Map([...base, ...docs.filter((d) => d.profile === p).flatMap((d) => [...d.keys])]))];
  const running = configs.filter((c) => c.get(`spring.${tool}.enabled`)?.value.trim() !== "false" && c.get(`${tool}.enabled`)?.value.trim() !== "false");
  const locations = (c) => tool === "flyway" ? (c.get("spring.flyway.locations") ?? c.get("flyway.locations"))?.value.split(",").map((l) => l.trim()).filter(Boolean) ?? [] : [c.get("spring.liquibase.changelog")?.value.trim()].filter((l) => !!l).map((l) => l.replace(/[^/:]*$/, ""));
  const holding = running.filter((c) => locations(c).some((l) => holds(l, folder, full)));
  const asked = holding.length ? holding : running.filter((c) => !locations(c).length);
  return decide(
    asked.map((c) => namedDatabase(c, tool)),
    "app's"
  );
}
function flywayConfDialect(text, path) {
  let urls;
  if (path.endsWith(".toml")) {
    let doc;
    try {
      doc = (0, import_toml_eslint_parser.getStaticTOMLValue)((0, import_toml_eslint_parser.parseTOML)(text));
    } catch (e) {
      return unreadVerdict(path, `not TOML: ${e.message}`);
    }
    const envs = doc.environments;
    urls = Object.entries(typeof envs === "object" && envs ? envs : {}).map(([name, env]) => {
      const url = typeof env === "object" && env && typeof env.url === "string" ? env.url : void 0;
      return url === void 0 ? void 0 : namedBy(url, `[environments.${name}] url`, path);
    });
  } else {
    const url = readProperties(text, path).get("flyway.url")?.value;
    urls = [url === void 0 ? void 0 : namedBy(url, "flyway.url", path)];
  }
  const verdict = decide(urls, "project's");
  return verdict && !isDoubt(verdict) && path.endsWith(".toml") ? { ...verdict, from: `the project's flyway.toml url (${path})` } : verdict;
}
function liquibasePropertiesDialect(text, path) {
  const keys = readProperties(text, path);
  for (const key of ["liquibase.command.url", "url"]) {
    const found = keys.get(key);
    const named = found && namedBy(found.value, found.written, path);
    if (named && !EMBEDDED3.has(named.dialect)) return { dialect: named.dialect, from: `the project's liquibase.properties ${named.key} (${path})` };
  }
  for (const key of ["liquibase.command.driver", "driver"]) {
    const found = keys.get(key);
    const name = found && resolved(found.value);
    const dialect = name === void 0 ? void 0 : driverDialect(name);
    if (dialect && !EMBEDDED3.has(dialect)) return { dialect, from: `the project's liquibase.properties ${found.written} (${path})` };
  }
  return void 0;
}
function namedBy(value, key, file) {
  const url = resolved(value);
  const dialect = url === void 0 ? void 0 : urlDialect(url);
  return dialect ? { dialect, key, file } : void 0;
}
var TOOL_CONFS = {
  flyway: [
    ["flyway.conf", flywayConfDialect],
    ["flyway.toml", flywayConfDialect]
  ],
  liquibase: [["liquibase.properties", liquibasePropertiesDialect]]
};
function resourcesOf(path) {
  const m = /^((?:.*\/)?src\/[^/]+\/resources\/)(.*\/)?[^/]+$/.exec(path);
  return m ? { root: m[1], folder: m[2] ?? "" } : void 0;
}
var HIBERNATE_FILES = ["hibernate.properties", "hibernate.default.properties"];
function hibernateDialect(text, path) {
  const keys = readProperties(text, path);
  const pick = (key, read) => {
    const found = keys.get(key);
    const value = found && resolved(found.value);
    const dialect = value === void 0 ? void 0 : read(value);
    return dialect ? { dialect, key: found.written, file: path, ...key.endsWith("url") ? h2Mode(value, dialect) : {} } : void 0;
  };
  const named = pick("hibernate.connection.url", urlDialect) ?? pick("hibernate.connection.driverclass", driverDialect) ?? pick("hibernate.dialect", platformDialect);
  return decide([named], "app's");
}
var verdicts = /* @__PURE__ */ new WeakMap();
function once(read, key, find) {
  let byKey = verdicts.get(read);
  if (!byKey) verdicts.set(read, byKey = /* @__PURE__ */ new Map());
  let answer = byKey.get(key);
  if (!answer) byKey.set(key, answer = find().catch((e) => unreadVerdict(`the project's ${key.split(":")[0]} config`, e)));
  return answer;
}
async function jvmDialectVerdict(path, read, list, tool = "flyway") {
  const dir = dirName(path);
  const resources = resourcesOf(path);
  const module = resources?.root.slice(0, -/src\/[^/]+\/resources\/$/.exec(resources.root)[0].length);
  if (resources) {
    const found = await once(
      read,
      `spring:${tool}:${dir}`,
      async () => springDialect(await springFiles(resources.root, read, list), resources.folder, dir, tool)
    );
    if (found) return found;
  }
  const conf = await once(read, `${tool}-conf:${dir}`, async () => {
    const dirs = upwards(dir);
    if (module !== void 0 && !dirs.includes(module)) dirs.splice(-1, 0, module);
    for (const at of dirs) {
      for (const [name, readConf] of TOOL_CONFS[tool]) {
        const text = await readConfigFile(read, `${at}${name}`);
        if (isUnread(text)) return withUnread(text);
        if (text !== void 0) return readConf(text, `${at}${name}`);
      }
    }
    return void 0;
  });
  if (conf) return conf;
  if (module === void 0) return tool === "flyway" ? once(read, `gradle:${dir}`, () => gradleDialect(dir, read, urlDialect)) : void 0;
  const hibernate = await once(read, `hibernate:${resources.root}`, async () => {
    for (const name of HIBERNATE_FILES) {
      const text = await readConfigFile(read, `${resources.root}${name}`);
      if (isUnread(text)) return withUnread(text);
      const found = text === void 0 ? void 0 : hibernateDialect(text, `${resources.root}${name}`);
      if (found) return found;
    }
    return void 0;
  });
  if (hibernate) return hibernate;
  const maven = await once(read, `maven:${tool}:${module}`, () => mavenDialect(module, read, tool, urlDialect));
  if (maven || tool !== "flyway") return maven;
  return once(read, `gradle:${module}`, () => gradleDialect(module, read, urlDialect));
}
async function jvmDialect(path, read, list, tool = "flyway") {
  const verdict = await jvmDialectVerdict(path, read, list, tool);
  return isDoubt(verdict) ? void 0 : verdict;
}
function withJvmDialect(framework, tool = "flyway") {
  return {
    ...framework,
    async analyse(input) {
      const read = input.readFile;
      const verdict = input.dialect || dialectOfPath(input.path) || !read ? void 0 : await jvmDialectVerdict(input.path, read, input.listDir?.bind(input), tool);
      return analyseInVerdict(framework, input, verdict);
    }
  };
}

export {
  readProperties,
  readSpringConfig,
  urlDialect,
  namedDatabase,
  holds,
  springDialect,
  flywayConfDialect,
  liquibasePropertiesDialect,
  resourcesOf,
  hibernateDialect,
  jvmDialectVerdict,
  jvmDialect,
  withJvmDialect
};
