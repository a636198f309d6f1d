import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  require_lib
} from "./chunk-P4DLANLD.js";
import {
  oncePerReader,
  safeRead,
  upwards
} from "./chunk-XTL6MF5J.js";
import "./chunk-P765CN6Y.js";
import {
  flyway_default,
  kindOf,
  undoPathOf,
  withoutPlaceholders
} from "./chunk-VQK56NLV.js";
import {
  analyseDown,
  analyseUp,
  baseName,
  dirName,
  emptyDownHit,
  isEmptySql,
  sqlOptions
} from "./chunk-UV5NVBOI.js";
import {
  dialectOfPath
} from "./chunk-BF324SM3.js";
import "./chunk-4RHH5JWY.js";
import "./chunk-AYEM27GC.js";
import {
  require_dist
} from "./chunk-XVF5O5FK.js";
import {
  __toESM
} from "./chunk-ADI5M2KE.js";

// src/core/frameworks/jvm-dialect.ts
var import_yaml = __toESM(require_dist(), 1);
var import_toml_eslint_parser = __toESM(require_lib(), 1);
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
var EMBEDDED = /* @__PURE__ */ new Set(["h2", "hsqldb", "derby"]);
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
  const named = /(?:^|\/)(?:application|bootstrap)(?:-([^/]+?))?\.(?:ya?ml|properties)$/.exec(file)?.[1];
  let docs;
  if (file.endsWith(".properties")) docs = [readProperties(text, file)];
  else {
    try {
      const filtered = text.replace(/^(\s*[^#\s][^:#]*:[ \t]+)(@[\w.-]+@)[ \t]*$/gm, "$1'$2'");
      docs = (0, import_yaml.parseAllDocuments)(filtered).map((d) => {
        if (d.errors.length) throw d.errors[0];
        return flatten(d.toJS({ maxAliasCount: 100 }), file);
      });
    } catch {
      return [];
    }
  }
  return docs.map((keys) => {
    const on = keys.get("spring.config.activate.onprofile")?.value ?? keys.get("spring.profiles")?.value;
    return { keys, profile: on ?? named };
  });
}
function resolved(value) {
  let v = value.trim().replace(/^["']|["']$/g, "");
  for (let depth = 0; depth < 4; depth++) {
    const whole = /^\$\{([^}:]*)(?::(.*))?\}$/.exec(v);
    if (!whole) break;
    if (whole[2] === void 0) return void 0;
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
var isFlywayUrl = (k) => k === "spring.flyway.url" || k === "flyway.url";
var isDataSourceUrl = (k) => k.startsWith("spring.datasource.") && k.endsWith("url") || k === "spring.r2dbc.url";
var isDriver = (k) => k === "spring.flyway.driverclassname" || k === "flyway.driver" || k.startsWith("spring.datasource.") && k.endsWith("driverclassname");
var isPlatform = (k) => k === "spring.jpa.databaseplatform" || k === "spring.jpa.properties.hibernate.dialect" || k === "spring.jpa.database";
function namedDatabase(keys) {
  for (const pick of [isFlywayUrl, isDataSourceUrl]) {
    for (const [key, { value, file, written }] of keys) {
      if (!pick(key)) continue;
      const url = resolved(value);
      const dialect = url === void 0 ? void 0 : urlDialect(url);
      if (dialect) return { dialect, key: written, file, ...h2Mode(url, dialect) };
    }
  }
  for (const [pick, read] of [
    [isDriver, driverDialect],
    [isPlatform, platformDialect]
  ]) {
    for (const [key, { value, file, written }] of keys) {
      const named = pick(key) ? resolved(value) : void 0;
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
  return m[1] === "filesystem" ? new RegExp(`(?:^|/)${at}/`).test(full) : new RegExp(`^${at}/`).test(folder);
}
function decide(named) {
  const found = named.filter((n) => n !== void 0);
  const others = new Map(found.filter((n) => !EMBEDDED.has(n.dialect)).map((n) => [n.dialect, n]));
  return others.size === 1 ? [...others.values()][0] : void 0;
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
    const text = await safeRead(read, path);
    if (text !== void 0) files.push({ path, text });
  }
  return files;
}
function springDialect(files, folder, full) {
  const docs = files.flatMap((f) => readSpringConfig(f.text, f.path));
  const base = new Map(docs.filter((d) => d.profile === void 0).flatMap((d) => [...d.keys]));
  const profiles = [...new Set(docs.flatMap((d) => d.profile === void 0 ? [] : [d.profile]))];
  const configs = [base, ...profiles.map((p) => new Map([...base, ...docs.filter((d) => d.profile === p).flatMap((d) => [...d.keys])]))];
  const running = configs.filter((c) => c.get("spring.flyway.enabled")?.value.trim() !== "false" && c.get("flyway.enabled")?.value.trim() !== "false");
  const locations = (c) => (c.get("spring.flyway.locations") ?? c.get("flyway.locations"))?.value.split(",").map((l) => l.trim()).filter(Boolean) ?? [];
  const holding = running.filter((c) => locations(c).some((l) => holds(l, folder, full)));
  const asked = holding.length ? holding : running.filter((c) => !locations(c).length);
  const named = decide(asked.map(namedDatabase));
  return named ? { dialect: named.dialect, from: `the app's ${named.key}${named.note ? `, ${named.note}` : ""} (${named.file})` } : void 0;
}
function flywayConfDialect(text, path) {
  let urls;
  if (path.endsWith(".toml")) {
    let doc;
    try {
      doc = (0, import_toml_eslint_parser.getStaticTOMLValue)((0, import_toml_eslint_parser.parseTOML)(text));
    } catch {
      return void 0;
    }
    const envs = doc.environments;
    urls = Object.values(typeof envs === "object" && envs ? envs : {}).map((env) => {
      const url = typeof env === "object" && env && typeof env.url === "string" ? env.url : void 0;
      return url === void 0 ? void 0 : namedBy(url, "flyway.url", path);
    });
  } else {
    const url = readProperties(text, path).get("flyway.url")?.value;
    urls = [url === void 0 ? void 0 : namedBy(url, "flyway.url", path)];
  }
  const named = decide(urls);
  return named ? { dialect: named.dialect, from: `the project's ${path.endsWith(".toml") ? "flyway.toml url" : "flyway.url"} (${path})` } : void 0;
}
function namedBy(value, key, file) {
  const url = resolved(value);
  const dialect = url === void 0 ? void 0 : urlDialect(url);
  return dialect ? { dialect, key, file } : void 0;
}
var FLYWAY_CONFS = ["flyway.conf", "flyway.toml"];
function resourcesOf(path) {
  const m = /^((?:.*\/)?src\/[^/]+\/resources\/)(.*\/)?[^/]+$/.exec(path);
  return m ? { root: m[1], folder: m[2] ?? "" } : void 0;
}
async function jvmDialect(path, read, list) {
  const dir = dirName(path);
  const resources = resourcesOf(path);
  if (resources) {
    const found = await oncePerReader(read, `spring:${dir}`, async () => springDialect(await springFiles(resources.root, read, list), resources.folder, dir));
    if (found) return found;
  }
  return oncePerReader(read, `flyway-conf:${dir}`, async () => {
    for (const at of upwards(dir)) {
      for (const name of FLYWAY_CONFS) {
        const text = await safeRead(read, `${at}${name}`);
        if (text !== void 0) return flywayConfDialect(text, `${at}${name}`);
      }
    }
    return void 0;
  });
}
function withJvmDialect(framework) {
  return {
    ...framework,
    async analyse(input) {
      const read = input.readFile;
      const dialect = input.dialect || dialectOfPath(input.path) || !read ? void 0 : await jvmDialect(input.path, read, input.listDir?.bind(input));
      return framework.analyse(dialect ? { ...input, dialect } : input);
    }
  };
}

// src/core/frameworks/flyway.ts
var isVersioned = (name) => kindOf(name) === "V" && name.toLowerCase().endsWith(".sql");
var flyway = {
  ...flyway_default,
  async analyse(input) {
    const { path, content, siblings } = input;
    const pieces = [{ sql: withoutPlaceholders(content), line: 1 }];
    const options = sqlOptions(input);
    const kind = kindOf(path);
    const history = { input, isMigration: isVersioned, upPieces: (c) => [{ sql: withoutPlaceholders(c), line: 1 }] };
    if (kind === "U") return analyseDown("flyway", pieces, options);
    if (kind !== "V") return analyseUp("flyway", pieces, options, "present", []);
    const undoPath = undoPathOf(path);
    const undo = siblings[undoPath];
    if (undo === void 0) {
      const forwardOnly = {
        rule: "forward-only-migration",
        line: 1,
        message: `This Flyway migration has no undo script (${baseName(undoPath)}): it can only go forward. Add the undo script, or name the backup and restore procedure in the rollback plan.`
      };
      return analyseUp("flyway", pieces, options, "forward-only", [forwardOnly], history);
    }
    if (await isEmptySql([{ sql: withoutPlaceholders(undo), line: 1 }]))
      return analyseUp("flyway", pieces, options, "empty", [emptyDownHit(1, baseName(undoPath))], history);
    return analyseUp("flyway", pieces, options, "present", [], history, { pieces: [{ sql: withoutPlaceholders(undo), line: 1 }], name: baseName(undoPath) });
  }
};
var flyway_default2 = withJvmDialect(flyway);
export {
  flyway_default2 as default,
  undoPathOf
};
