import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);

// src/core/sql/dialect.ts
var DIALECT_NAMES = {
  postgres: "Postgres",
  cockroachdb: "CockroachDB",
  mysql: "MySQL",
  sqlite: "SQLite",
  sqlserver: "SQL Server",
  oracle: "Oracle",
  h2: "H2",
  clickhouse: "ClickHouse",
  db2: "DB2",
  derby: "Derby",
  hsqldb: "HSQLDB",
  informix: "Informix",
  sybase: "Sybase ASE",
  hana: "SAP HANA",
  firebird: "Firebird",
  snowflake: "Snowflake",
  redshift: "Redshift",
  bigquery: "BigQuery",
  spanner: "Cloud Spanner",
  yugabytedb: "YugabyteDB",
  duckdb: "DuckDB",
  teradata: "Teradata"
};
var POSTGRES_ONLY_RULES = /* @__PURE__ */ new Set([
  "enum-value-added",
  "unique-constraint",
  "non-concurrent-index",
  "non-concurrent-index-drop",
  "concurrent-index-in-transaction",
  "non-concurrent-reindex",
  "constraint-not-valid-missing",
  "volatile-default",
  "add-primary-key",
  "table-rewrite",
  "missing-lock-timeout",
  "uncommitted-transaction"
]);
var WORDS = /* @__PURE__ */ new Map([
  ["postgres", "postgres"],
  ["postgresql", "postgres"],
  ["pg", "postgres"],
  ["pgsql", "postgres"],
  ["psql", "postgres"],
  // n8n-io/n8n's DB_TYPE names its migration folders: `postgresdb/`, `mysqldb/`.
  ["postgresdb", "postgres"],
  ["timescale", "postgres"],
  ["timescaledb", "postgres"],
  ["cockroach", "cockroachdb"],
  ["cockroachdb", "cockroachdb"],
  ["crdb", "cockroachdb"],
  ["mysql", "mysql"],
  ["mariadb", "mysql"],
  ["mysqldb", "mysql"],
  ["tidb", "mysql"],
  ["percona", "mysql"],
  ["singlestore", "mysql"],
  ["memsql", "mysql"],
  ["sqlite", "sqlite"],
  ["sqlite3", "sqlite"],
  ["mssql", "sqlserver"],
  ["sqlserver", "sqlserver"],
  ["tsql", "sqlserver"],
  ["oracle", "oracle"],
  ["h2", "h2"],
  ["clickhouse", "clickhouse"],
  ["db2", "db2"],
  ["derby", "derby"],
  ["hsqldb", "hsqldb"],
  ["hsql", "hsqldb"],
  ["informix", "informix"],
  ["sybase", "sybase"],
  ["hana", "hana"],
  ["saphana", "hana"],
  ["hanadb", "hana"],
  ["firebird", "firebird"],
  ["firebirdsql", "firebird"],
  ["snowflake", "snowflake"],
  ["redshift", "redshift"],
  ["bigquery", "bigquery"],
  ["spanner", "spanner"],
  ["yugabyte", "yugabytedb"],
  ["yugabytedb", "yugabytedb"],
  ["duckdb", "duckdb"],
  ["teradata", "teradata"]
]);
var WHOLE_ONLY = /* @__PURE__ */ new Set(["derby", "hana", "firebird", "snowflake", "redshift", "spanner", "percona", "teradata"]);
var joinedServer = (segment) => segment.toLowerCase().replace(/^sql[_-]server$/, "sqlserver").replace(/^sap[_-]hana$/, "saphana");
function dialectOfName(name) {
  if (byName.has(name)) return byName.get(name);
  const parts = name.split(".");
  const at = dialectPart(parts);
  const found = at < 0 ? void 0 : WORDS.get(parts[at].toLowerCase());
  if (byName.size > 5e4) byName.clear();
  byName.set(name, found);
  return found;
}
var byName = /* @__PURE__ */ new Map();
function withoutDialect(name) {
  const parts = name.split(".");
  const at = dialectPart(parts);
  return at < 0 ? void 0 : [...parts.slice(0, at), ...parts.slice(at + 1)].join(".");
}
function dialectPart(parts) {
  for (let i = parts.length - 2; i >= 1; i--) if (WORDS.has(parts[i].toLowerCase())) return i;
  return -1;
}
function dialectOfPath(path) {
  const slash = path.lastIndexOf("/");
  const name = path.slice(slash + 1);
  const byName2 = dialectOfName(name);
  if (byName2)
    return {
      dialect: byName2,
      from: `its file name (.${name.toLowerCase().split(".").find((p) => WORDS.get(p) === byName2)}.)`
    };
  return slash < 0 ? void 0 : dialectOfFolder(path.slice(0, slash));
}
function dialectOfFolder(dir) {
  if (byFolder.has(dir)) return byFolder.get(dir);
  let found;
  const segments = dir.split("/");
  for (let i = segments.length - 1; i >= 0 && !found; i--) {
    const words = joinedServer(segments[i]).split(/[._-]+/);
    for (const word of words) {
      const d = WORDS.get(word);
      if (d && (words.length === 1 || !WHOLE_ONLY.has(word))) {
        found = { dialect: d, from: `its folder (${segments[i]}/)` };
        break;
      }
    }
  }
  if (byFolder.size > 1e4) byFolder.clear();
  byFolder.set(dir, found);
  return found;
}
var byFolder = /* @__PURE__ */ new Map();
function dialectOfTokens(tokens) {
  const word = (t) => t && (t.tokenName === "IDENT" || t.keywordKind > 0) ? t.text.toUpperCase() : "";
  let alterTable = false;
  let clause;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    if (t.text === "`") return { dialect: "mysql", from: "its content (backtick-quoted names)" };
    if (i === 0 || tokens[i - 1].text === ";") alterTable = word(t) === "ALTER" && word(next) === "TABLE";
    const w = word(t);
    if (alterTable && !clause && (w === "MODIFY" || w === "CHANGE" || w === "AFTER") && next?.text !== "(" && word(next)) clause = `ALTER TABLE \u2026 ${w}`;
    if (!w) {
      if (t.text === "[" && next?.tokenName === "IDENT" && tokens[i + 2]?.text === "]")
        return { dialect: "sqlserver", from: "its content ([bracketed] names)" };
      continue;
    }
    const engine = w === "ENGINE" ? word(next?.text === "=" ? tokens[i + 2] : next) : "";
    if (engine.endsWith("MERGETREE") || CLICKHOUSE_ENGINES.has(engine)) return { dialect: "clickhouse", from: `its content (ENGINE = ${engine})` };
    if (CLICKHOUSE_WORDS.has(w) && next?.text === "(") return { dialect: "clickhouse", from: `its content (${w}(\u2026))` };
    if ((w === "ENGINE" || w === "CHARSET") && next?.text === "=") return { dialect: "mysql", from: `its content (${w}=)` };
    if (w === "AUTO_INCREMENT" || w === "UNSIGNED" || w === "LONGTEXT" || w === "MEDIUMTEXT" || w === "TINYINT")
      return { dialect: "mysql", from: `its content (${w})` };
    if (w === "IDENTITY" && next?.text === "(") return { dialect: "sqlserver", from: "its content (IDENTITY(\u2026))" };
    if (w === "NVARCHAR" || w === "NONCLUSTERED" || w === "DATETIME2" || w === "SP_RENAME") return { dialect: "sqlserver", from: `its content (${w})` };
    if (w === "AUTOINCREMENT" || w === "PRAGMA") return { dialect: "sqlite", from: `its content (${w})` };
    if (w === "VARCHAR2" || w === "NUMBER" && next?.text === "(") return { dialect: "oracle", from: `its content (${w})` };
  }
  return clause ? { dialect: "mysql", from: `its content (${clause})` } : void 0;
}
var CLICKHOUSE_ENGINES = /* @__PURE__ */ new Set(["MEMORY", "LOG", "TINYLOG", "STRIPELOG", "DISTRIBUTED", "KAFKA", "BUFFER", "DICTIONARY", "MATERIALIZEDVIEW"]);
var CLICKHOUSE_WORDS = /* @__PURE__ */ new Set(["LOWCARDINALITY", "CODEC", "DATETIME64", "NULLABLE", "TOYYYYMM", "TOSTARTOFHOUR"]);

export {
  DIALECT_NAMES,
  POSTGRES_ONLY_RULES,
  dialectOfName,
  withoutDialect,
  dialectOfPath,
  dialectOfTokens
};
