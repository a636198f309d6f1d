import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  parseXml,
  walkXml
} from "./chunk-4GBM5NJM.js";
import {
  finishAnalysis,
  hit,
  ident,
  newTranslation,
  sql,
  sqlString,
  unreadable
} from "./chunk-K4LOI7D2.js";
import {
  handlerFor
} from "./chunk-P765CN6Y.js";
import "./chunk-M2CJ2PKO.js";
import {
  liquibaseFormat,
  liquibase_default,
  withoutPlaceholders
} from "./chunk-QPD4Q67D.js";
import {
  baseName,
  dirName,
  normalisePath
} from "./chunk-VIAG5GR7.js";
import "./chunk-YQYMSWCG.js";
import {
  DIALECT_NAMES,
  dialectOfPath
} from "./chunk-BF324SM3.js";
import "./chunk-VXNLIOFY.js";
import {
  lintSqlLazily,
  sqlAnalyser
} from "./chunk-EPOSKRKZ.js";
import "./chunk-ASTGNKGX.js";
import "./chunk-AYEM27GC.js";
import {
  lastPart,
  nameOf
} from "./chunk-4QK2DHVJ.js";
import "./chunk-ADI5M2KE.js";

// src/core/frameworks/liquibase/yaml.ts
var Y;
var yaml = () => {
  if (!Y) throw new Error("liquibase: YAML support not loaded (call analyse, or await loadYaml())");
  return Y;
};
var loadYaml = async () => {
  const m = await import("./chunk-RZ5P3CRQ.js");
  Y ??= typeof m.parseDocument === "function" ? m : m.default;
};

// src/core/frameworks/liquibase/types.ts
var DATETIME = /* @__PURE__ */ new Set(["datetime", "smalldatetime", "datetime2", "java.sql.types.datetime", "java.util.date"]);
var TIMESTAMP = /* @__PURE__ */ new Set(["timestamp", "timestamptz", "java.sql.types.timestamp", "java.sql.types.timestamp_with_timezone", "java.sql.timestamp"]);
function parts(written) {
  const m = /^([a-z_][\w.]*)\s*(?:\(\s*(\d+)\s*\))?\s*(.*)$/i.exec(written.trim());
  if (!m) return void 0;
  return { name: m[1].toLowerCase(), ...m[2] ? { precision: m[2] } : {}, rest: m[3].trim().toLowerCase().replace(/\s+/g, " ") };
}
function dateTime(written, dialect) {
  const p = parts(written);
  if (!p || !DATETIME.has(p.name) && !TIMESTAMP.has(p.name)) return void 0;
  const precision = p.precision ? `(${p.precision})` : "";
  const zoned = p.name === "timestamptz" || p.name.endsWith("_with_timezone") || p.rest === "with time zone" || p.rest === "with timezone";
  if (p.rest !== "" && !zoned && p.rest !== "without time zone") return void 0;
  switch (dialect) {
    case "postgres":
    case "cockroachdb":
      return `timestamp${precision}${zoned ? " with time zone" : ""}`;
    case "oracle":
      return `timestamp${precision}${zoned ? " with time zone" : ""}`;
    case "h2":
      return `timestamp${DATETIME.has(p.name) ? "" : precision}${zoned ? " with time zone" : ""}`;
    case "sqlserver":
      return TIMESTAMP.has(p.name) ? `datetime2${precision}` : void 0;
    case "mysql":
      return mysqlDateTime(written, p);
    default:
      return void 0;
  }
}
function mysqlDateTime(written, p) {
  if (TIMESTAMP.has(p.name)) return p.name === "timestamp" || /[\s(]/.test(written.trim()) ? void 0 : "timestamp";
  if (p.rest !== "") return void 0;
  const digits = p.precision === void 0 ? void 0 : Math.min(6, Number(p.precision));
  if (p.name === "datetime" && digits === (p.precision === void 0 ? void 0 : Number(p.precision))) return void 0;
  return `datetime${digits === void 0 ? "" : `(${digits})`}`;
}
var CLOB = /* @__PURE__ */ new Set([
  "clob",
  "nclob",
  "longvarchar",
  "longtext",
  "mediumtext",
  "tinytext",
  "longnvarchar",
  "ntext",
  "long varchar",
  "long nvarchar",
  "java.sql.types.clob",
  "java.sql.types.nclob",
  "java.sql.types.longvarchar",
  "java.sql.types.longnvarchar"
]);
function postgresCharacter(written) {
  const lower = written.trim().toLowerCase().replace(/\s+/g, " ");
  if (CLOB.has(lower)) return "text";
  const p = parts(lower);
  if (p && (p.name === "nvarchar" || p.name === "nvarchar2") && p.rest === "") return p.precision ? `varchar(${p.precision})` : "varchar";
  return void 0;
}
function liquibaseType(written, dialect) {
  if (!written || written.includes("$")) return "text";
  const mapped = dateTime(written, dialect) ?? (dialect === "postgres" || dialect === "cockroachdb" ? postgresCharacter(written) : void 0);
  if (mapped) return mapped;
  if (written.toLowerCase().startsWith("java.sql.types.")) return "text";
  return written;
}

// src/core/frameworks/liquibase/changes.ts
var AUTO_ROLLBACK = /* @__PURE__ */ new Set([
  "addColumn",
  "addDefaultValue",
  "addForeignKeyConstraint",
  "addLookupTable",
  "addNotNullConstraint",
  "addPrimaryKey",
  "addUniqueConstraint",
  "createIndex",
  "createSequence",
  "createTable",
  "createView",
  "dropNotNullConstraint",
  "empty",
  "output",
  "renameColumn",
  "renameSequence",
  "renameTable",
  "renameView",
  "tagDatabase",
  "addCheckConstraint"
]);
var truthy = (v) => v !== void 0 && v.toLowerCase() === "true";
var falsy = (v) => v !== void 0 && v.toLowerCase() === "false";
function columnDef(c, colType) {
  const name = c.attrs.name;
  if (!name) return void 0;
  const d = { name, type: colType(c.attrs.type) };
  if (truthy(c.constraints.primaryKey)) d.primaryKey = true;
  if (falsy(c.constraints.nullable)) d.notNull = true;
  if (truthy(c.constraints.unique)) d.unique = true;
  if (truthy(c.attrs.autoIncrement)) d.identity = true;
  const dv = c.attrs.defaultValue;
  if (dv !== void 0) d.default = sqlString(dv);
  else if (c.attrs.defaultValueNumeric !== void 0) d.default = c.attrs.defaultValueNumeric;
  else if (c.attrs.defaultValueBoolean !== void 0) d.default = c.attrs.defaultValueBoolean.toLowerCase() === "true" ? "true" : "false";
  else if (c.attrs.defaultValueComputed !== void 0) d.default = c.attrs.defaultValueComputed;
  else if (c.attrs.defaultValueDate !== void 0) d.default = sqlString(c.attrs.defaultValueDate);
  if (c.constraints.references) d.references = { table: c.constraints.references.split("(")[0].trim() };
  else if (c.constraints.referencedTableName)
    d.references = {
      table: c.constraints.referencedTableName,
      ...c.constraints.referencedColumnNames ? { column: c.constraints.referencedColumnNames } : {}
    };
  return d;
}
function columnValue(c) {
  const a = c.attrs;
  if (a.value !== void 0) return sqlString(a.value);
  if (a.valueNumeric !== void 0) return a.valueNumeric;
  if (a.valueBoolean !== void 0) return a.valueBoolean.toLowerCase() === "true" ? "true" : "false";
  if (a.valueDate !== void 0) return sqlString(a.valueDate);
  if (a.valueComputed !== void 0) return a.valueComputed;
  return void 0;
}
var list = (s) => (s ?? "").split(",").map((x) => x.trim()).filter(Boolean);
var tbl = (a, key = "tableName") => {
  const t = a[key];
  if (!t) return void 0;
  return a.schemaName ? `${a.schemaName}.${t}` : t;
};
var columnNames = (c) => c.columns.map((x) => x.attrs.name).filter((x) => !!x);
var whereClause = (c) => c.where ? ` WHERE ${c.where}` : "";
var TABLE_CHANGES = {
  createTable: (c, table, emit, colType) => {
    const cols = c.columns.map((x) => columnDef(x, colType)).filter((x) => !!x);
    if (table) emit(sql.createTable(table, cols.length ? cols : [{ name: "id", type: "bigserial", primaryKey: true }]));
  },
  dropTable: (_c, table, emit) => {
    if (table) emit(sql.dropTable(table));
  },
  // Liquibase's AddColumnChange: a column with a `value*` is added, then filled by an UPDATE, and
  // only then made NOT NULL (existing rows hold the value, none fails).
  addColumn: (c, table, emit, colType) => {
    if (!table) return;
    const updates = [];
    const notNulls = [];
    for (const col of c.columns) {
      const d = columnDef(col, colType);
      if (!d) continue;
      const value = columnValue(col);
      emit(sql.addColumn(table, value === void 0 ? d : { ...d, notNull: false }));
      if (value === void 0) continue;
      updates.push(`UPDATE ${ident(table)} SET ${ident(d.name)} = ${value};`);
      if (d.notNull) notNulls.push(sql.setNotNull(table, d.name));
    }
    for (const s of [...updates, ...notNulls]) emit(s);
  },
  dropColumn: (c, table, emit) => {
    const names = c.attrs.columnName ? [c.attrs.columnName] : columnNames(c);
    if (table) for (const n of names) emit(sql.dropColumn(table, n));
  },
  renameColumn: ({ attrs: a }, table, emit) => {
    if (table && a.oldColumnName && a.newColumnName) emit(sql.renameColumn(table, a.oldColumnName, a.newColumnName));
  },
  renameTable: ({ attrs: a }, _table, emit) => {
    const from = tbl(a, "oldTableName");
    if (from && a.newTableName) emit(sql.renameTable(from, a.newTableName));
  },
  renameView: ({ attrs: a }, _table, emit) => {
    const from = tbl(a, "oldViewName");
    if (from && a.newViewName) emit(`ALTER VIEW ${ident(from)} RENAME TO ${ident(a.newViewName)};`);
  },
  // Liquibase's MergeColumnsChange: the final column added and filled, then both columns dropped.
  mergeColumns: ({ attrs: a }, table, emit, colType) => {
    const [one, two, final] = [a.column1Name, a.column2Name, a.finalColumnName];
    if (!table || !one || !two || !final) return;
    emit(sql.addColumn(table, { name: final, type: a.finalColumnType ? colType(a.finalColumnType) : "text" }));
    emit(`UPDATE ${ident(table)} SET ${ident(final)} = ${ident(one)} || ${sqlString(a.joinString ?? "")} || ${ident(two)};`);
    emit(sql.dropColumn(table, one));
    emit(sql.dropColumn(table, two));
  },
  modifyDataType: ({ attrs: a }, table, emit, colType) => {
    if (table && a.columnName && a.newDataType) emit(sql.changeType(table, a.columnName, colType(a.newDataType)));
  },
  addNotNullConstraint: ({ attrs: a }, table, emit) => {
    if (!table || !a.columnName) return;
    if (a.defaultNullValue !== void 0) emit(sql.backfillNulls(table, a.columnName, sqlString(a.defaultNullValue)));
    emit(sql.setNotNull(table, a.columnName));
  },
  dropNotNullConstraint: ({ attrs: a }, table, emit) => {
    if (table && a.columnName) emit(sql.dropNotNull(table, a.columnName));
  },
  addDefaultValue: ({ attrs: a }, table, emit, colType) => {
    const d = columnDef({ attrs: { ...a, name: a.columnName ?? "" }, constraints: {} }, colType);
    if (table && a.columnName && d?.default !== void 0) emit(sql.setDefault(table, a.columnName, d.default));
  },
  dropDefaultValue: ({ attrs: a }, table, emit) => {
    if (table && a.columnName) emit(sql.dropDefault(table, a.columnName));
  }
};
var CONSTRAINT_CHANGES = {
  createIndex: (c, table, emit) => {
    const cols = columnNames(c);
    const a = c.attrs;
    if (table && cols.length) emit(sql.createIndex(table, cols, { ...a.indexName ? { name: a.indexName } : {}, unique: truthy(a.unique) }));
  },
  dropIndex: ({ attrs: a }, _table, emit) => {
    if (a.indexName) emit(sql.dropIndex(a.indexName));
  },
  addForeignKeyConstraint: ({ attrs: a }, _table, emit) => {
    const base = tbl(a, "baseTableName");
    const ref = a.referencedTableName;
    if (!base || !ref) return;
    const refColumns = list(a.referencedColumnNames);
    emit(
      sql.addForeignKey(base, list(a.baseColumnNames), ref, refColumns.length ? refColumns : ["id"], {
        ...a.constraintName ? { name: a.constraintName } : {},
        notValid: falsy(a.validate)
      })
    );
  },
  dropForeignKeyConstraint: ({ attrs: a }, _table, emit) => {
    const base = tbl(a, "baseTableName");
    if (base && a.constraintName) emit(sql.dropConstraint(base, a.constraintName));
  },
  addUniqueConstraint: ({ attrs: a }, table, emit) => {
    if (table) emit(sql.addUnique(table, list(a.columnNames), a.constraintName));
  },
  dropUniqueConstraint: ({ attrs: a }, table, emit) => {
    if (table && a.constraintName) emit(sql.dropConstraint(table, a.constraintName));
  },
  dropPrimaryKey: ({ attrs: a }, table, emit) => {
    if (table && a.constraintName) emit(sql.dropConstraint(table, a.constraintName));
  },
  addPrimaryKey: ({ attrs: a }, table, emit) => {
    if (table) emit(sql.addPrimaryKey(table, list(a.columnNames), a.constraintName));
  }
};
var DATA_CHANGES = {
  update: (c, table, emit) => {
    const sets = columnNames(c);
    if (table && sets.length) emit(`UPDATE ${ident(table)} SET ${sets.map((s) => `${ident(s)} = NULL`).join(", ")}${whereClause(c)};`);
  },
  delete: (c, table, emit) => {
    if (table) emit(`DELETE FROM ${ident(table)}${whereClause(c)};`);
  }
};
var CHANGES = { ...TABLE_CHANGES, ...CONSTRAINT_CHANGES, ...DATA_CHANGES };
function changeSql(c, dialect) {
  if (c.type === "sql") return c.sql && c.sql.text.trim() ? [{ sql: c.sql.text, line: c.sql.line }] : [];
  const out = [];
  const colType = (t) => liquibaseType(t, dialect);
  handlerFor(CHANGES, c.type)?.(c, tbl(c.attrs), (s) => out.push({ sql: s, line: c.line, synthetic: true }), colType);
  return out;
}

// src/core/frameworks/liquibase/databases.ts
var span = (p) => [p.line, p.line + p.sql.split("\n").length - 1];
async function finishByDatabase(t, everywhere, dialect, historyOf) {
  const others = [...new Map(t.up.filter((p) => p.dialect).map((p) => [p.dialect.dialect, p.dialect])).values()];
  const here = historyOf?.(dialect?.dialect ?? "postgres");
  if (!others.length) return finishAnalysis("liquibase", t, dialect, here);
  const analysis = await finishAnalysis("liquibase", { ...t, up: t.up.filter((p) => !p.dialect) }, dialect, here);
  const shared = new Map(everywhere.flatMap((e) => e.pieces.map((p) => [p, e])));
  for (const other of others) {
    const own = t.up.filter((p) => p.dialect?.dialect === other.dialect);
    const up = [];
    const done = /* @__PURE__ */ new Set();
    for (const p of t.up) {
      const e = shared.get(p);
      if (p.dialect?.dialect === other.dialect) up.push(p);
      else if (e && !done.has(e)) {
        done.add(e);
        up.push(...e.on(other));
      }
    }
    const read = { ...newTranslation(t.transactional), up };
    const res = await finishAnalysis("liquibase", read, dialect, historyOf?.(other.dialect));
    const spans = own.map(span);
    analysis.hits.push(...res.hits.filter((h) => spans.some(([a, b]) => h.line >= a && h.line <= b)));
    if (res.changesData) analysis.changesData = true;
  }
  analysis.hits.sort((a, b) => a.line - b.line);
  return analysis;
}

// src/core/frameworks/liquibase/empty-table.ts
var ABOUT_ROWS = /* @__PURE__ */ new Set(["set-not-null", "add-required-column"]);
var skipsUnlessZero = (onFail, expectedResult) => onFail !== void 0 && ["mark_ran", "continue"].includes(onFail.trim().toLowerCase()) && expectedResult?.trim() === "0";
async function countedTable(sql2) {
  const pg = await (await sqlAnalyser()).loadPgParser();
  let stmts;
  try {
    stmts = pg.parse(sql2).stmts ?? [];
  } catch {
    return void 0;
  }
  const node = stmts.length === 1 ? stmts[0].stmt : void 0;
  const select = node && "SelectStmt" in node ? node.SelectStmt : void 0;
  if (!select || select.whereClause || select.groupClause || select.havingClause || select.limitCount || select.limitOffset) return void 0;
  const target = select.targetList?.length === 1 ? select.targetList[0] : void 0;
  const value = target && "ResTarget" in target ? target.ResTarget.val : void 0;
  const call = value && "FuncCall" in value ? value.FuncCall : void 0;
  if (!call?.agg_star || lastPart((call.funcname ?? []).map(nameOf).join(".")).toLowerCase() !== "count") return void 0;
  const from = select.fromClause?.length === 1 ? select.fromClause[0] : void 0;
  return from && "RangeVar" in from ? from.RangeVar.relname : void 0;
}
async function dropOnEmptyTables(hits, checks) {
  const lines = /* @__PURE__ */ new Set();
  for (const check of checks) {
    const table = (await countedTable(check.sql))?.toLowerCase();
    if (!table) continue;
    for (const c of check.changes) if (lastPart(c.table).toLowerCase() === table) lines.add(c.line);
  }
  return lines.size ? hits.filter((h) => !(ABOUT_ROWS.has(h.rule) && lines.has(h.line))) : hits;
}

// src/core/frameworks/liquibase/dbms.ts
var DBMS = {
  postgresql: "postgres",
  edb: "postgres",
  cockroachdb: "cockroachdb",
  mysql: "mysql",
  mariadb: "mysql",
  sqlite: "sqlite",
  mssql: "sqlserver",
  oracle: "oracle",
  h2: "h2"
};
var MISNAMED = { postgres: "postgresql", pgsql: "postgresql", pg: "postgresql", sqlserver: "mssql" };
var HERE = { run: "here" };
function dbmsTarget(dbms, here, said = `\`dbms: ${dbms?.trim()}\``) {
  const names = (dbms ?? "").split(",").map((n) => n.trim().toLowerCase()).filter((n) => n !== "");
  if (!names.length || names.includes("all")) return HERE;
  const excluded = names.filter((n) => n.startsWith("!")).map((n) => n.slice(1).trim());
  const included = names.filter((n) => !n.startsWith("!"));
  if (!included.length)
    return excluded.some((n) => handlerFor(DBMS, n) === here) ? { run: "elsewhere", on: `every database but ${excluded.join(", ")}`, said } : HERE;
  if (included.some((n) => handlerFor(DBMS, n) === here)) return HERE;
  const known = included.find((n) => handlerFor(DBMS, n) !== void 0);
  if (known) return { run: "as", dialect: { dialect: handlerFor(DBMS, known), from: `its ${said}`, part: "This change" } };
  const misnamed = included.find((n) => MISNAMED[n] !== void 0);
  return { run: "elsewhere", on: included.join(", "), said, ...misnamed ? { misnamed: [misnamed, MISNAMED[misnamed]] } : {} };
}
function sameTarget(a, b) {
  if (a.run === "as" && b.run === "as") return a.dialect.dialect === b.dialect.dialect;
  return a.run === b.run && a.run !== "elsewhere";
}
function elsewhereMessage(what, target) {
  if (target.misnamed) {
    const [written, name] = target.misnamed;
    return `${what} names \`${written}\` (${target.said}), which is not a Liquibase database name: Liquibase never runs it (a changeset with it fails validation), so its SQL was not checked. Write \`${name}\`.`;
  }
  const read = [...new Set(Object.values(DBMS))].map((d) => DIALECT_NAMES[d]);
  return `${what} runs only on ${target.on} (${target.said}), which rollback-ready does not read (it reads ${read.slice(0, -1).join(", ")} and ${read[read.length - 1]}), so its SQL was not checked: review it by hand.`;
}
function preconditionDbms(onFail, conditions) {
  const skips = onFail !== void 0 && ["mark_ran", "continue"].includes(onFail.trim().toLowerCase());
  return skips ? allOf(conditions) : void 0;
}
var allOf = (conditions) => conditions.map(dbmsOf).find((d) => d !== void 0);
function dbmsOf(c) {
  if (c.name === "dbms") return c.type?.trim() || void 0;
  if (c.name === "and") return allOf(c.children);
  if (c.name === "not" && c.children.length === 1 && c.children[0].name === "dbms" && c.children[0].type)
    return c.children[0].type.split(",").map((t) => `!${t.trim()}`).join(",");
  if (c.name === "or" && c.children.length) {
    const each = c.children.map(dbmsOf);
    return each.every((d) => d !== void 0 && !d.includes("!")) ? each.join(",") : void 0;
  }
  return void 0;
}

// src/core/frameworks/liquibase/context.ts
var DATABASES = {
  postgresql: "postgresql",
  postgres: "postgresql",
  pgsql: "postgresql",
  edb: "edb",
  cockroachdb: "cockroachdb",
  mysql: "mysql",
  mariadb: "mariadb",
  sqlite: "sqlite",
  mssql: "mssql",
  sqlserver: "mssql",
  oracle: "oracle",
  h2: "h2",
  db2: "db2",
  derby: "derby",
  hsqldb: "hsqldb",
  firebird: "firebird",
  sybase: "sybase",
  informix: "informix",
  snowflake: "snowflake"
};
function term(word) {
  const t = word.trim().toLowerCase();
  if (t.startsWith("!")) return { name: t.slice(1).trim(), not: true };
  if (t.startsWith("not ")) return { name: t.slice(4).trim(), not: true };
  return { name: t, not: false };
}
function contextDbms(expression) {
  const expr = expression?.trim();
  if (!expr || /[()]/.test(expr)) return void 0;
  const alternatives = expr.split(/\s*,\s*|\s+or\s+/i);
  const names = [];
  for (const alternative of alternatives) {
    const terms = alternative.split(/\s+and\s+/i).map(term);
    if (terms.some((t) => t.name === "" || /\s/.test(t.name))) return void 0;
    const databases = terms.filter((t) => !t.not && handlerFor(DATABASES, t.name));
    if (databases.length === 1) names.push(handlerFor(DATABASES, databases[0].name));
    else if (alternatives.length === 1 && terms.length === 1 && terms[0].not && handlerFor(DATABASES, terms[0].name))
      names.push(`!${handlerFor(DATABASES, terms[0].name)}`);
    else return void 0;
  }
  return names.join(",");
}

// src/core/frameworks/liquibase/includes.ts
var mayInclude = (content) => INCLUDE.test(content);
var INCLUDE = /<(?:[\w-]+:)?include(?:All)?\b|\binclude(?:All)?["']?\s*:/;
var truthy2 = (v) => String(v ?? "").trim().toLowerCase() === "true";
var falsy2 = (v) => String(v ?? "").trim().toLowerCase() === "false";
function entryOf(kind, get) {
  const context = get("context") ?? get("contextFilter");
  const extra = context?.trim() ? { context } : {};
  if (kind === "changeSet") return { kind: "changeSets" };
  if (kind === "include") {
    const file = get("file")?.trim();
    return file ? { kind: "include", file, relative: truthy2(get("relativeToChangelogFile")), optional: falsy2(get("errorIfMissing")), ...extra } : void 0;
  }
  if (kind === "includeAll") {
    const path = get("path")?.trim();
    const endsWith = get("endsWithFilter")?.trim();
    return path ? {
      kind: "includeAll",
      path,
      relative: truthy2(get("relativeToChangelogFile")),
      optional: falsy2(get("errorIfMissingOrEmpty")),
      ...extra,
      ...endsWith ? { endsWith } : {}
    } : void 0;
  }
  return void 0;
}
function firstChangeSets(entries) {
  let seen = false;
  return entries.filter((e) => {
    if (!e || e.kind === "changeSets" && seen) return false;
    seen ||= e.kind === "changeSets";
    return true;
  });
}
function changelogEntries(content, path) {
  const format = liquibaseFormat(path, content);
  if (format === "sql" || !mayInclude(content)) return [{ kind: "changeSets" }];
  if (format === "xml") {
    const log2 = parseXml(content).root.children.find((c) => c.name === "databaseChangeLog");
    return firstChangeSets((log2?.children ?? []).map((c) => entryOf(c.name, (n) => c.attrs.get(n))));
  }
  const Y2 = yaml();
  const doc = Y2.parseDocument(content, { uniqueKeys: false });
  const root = doc.contents;
  const log = Y2.isMap(root) ? root.get("databaseChangeLog") : void 0;
  if (!Y2.isSeq(log)) return [{ kind: "changeSets" }];
  return firstChangeSets(
    log.items.flatMap(
      (item) => Y2.isMap(item) ? item.items.map((pair) => {
        const kind = Y2.isScalar(pair.key) ? String(pair.key.value) : "";
        const body = pair.value;
        const maps = Y2.isSeq(body) ? body.items.filter((i) => Y2.isMap(i)) : Y2.isMap(body) ? [body] : [];
        return entryOf(kind, (n) => {
          const v = maps.map((m) => m.get(n)).find((x) => x !== void 0 && x !== null);
          return v === void 0 || v === null ? void 0 : String(v);
        });
      }) : []
    )
  );
}

// src/core/frameworks/liquibase/history.ts
var CHANGELOG_FILE = /\.(?:xml|ya?ml|json|sql)$/i;
var LEVELS_UP = 5;
var CANDIDATE_READS = 40;
var NESTING = 8;
var RUN_FILES = 5e3;
function resourceRoot(path) {
  const at = path.lastIndexOf("/resources/");
  if (at >= 0) return path.slice(0, at + "/resources/".length);
  return path.startsWith("resources/") ? "resources/" : "";
}
function pathCandidates(changelog, written, relativeToChangelog) {
  const dir = dirName(changelog);
  const clean = written.replace(/^classpath\*?:/, "").replace(/^\/+/, "");
  const root = resourceRoot(changelog);
  const candidates = relativeToChangelog ? [`${dir}${clean}`] : [`${root}${clean}`, clean, `src/main/resources/${clean}`, `${dir}${clean}`];
  return [...new Set(candidates.map(normalisePath).filter((p) => !!p))];
}
function runsOn(context, dialect) {
  const dbms = contextDbms(context);
  return dbms === void 0 || dbmsTarget(dbms, dialect).run === "here";
}
function relativePath(fromDir, to) {
  const from = fromDir.split("/").filter(Boolean);
  const target = to.split("/");
  let common = 0;
  while (common < from.length && common < target.length - 1 && from[common] === target[common]) common++;
  return [...from.slice(common).map(() => ".."), ...target.slice(common)].join("/");
}
var entryCache = /* @__PURE__ */ new Map();
var ENTRY_CACHE_LIMIT = 500;
var CHANGESETS_ONLY = [{ kind: "changeSets" }];
async function entriesOf(content, path) {
  const format = liquibaseFormat(path, content);
  if (format === void 0) return CHANGESETS_ONLY;
  let byFormat = entryCache.get(content);
  let entries = byFormat?.get(format);
  if (!entries) {
    if (format !== "sql" && mayInclude(content)) await loadYaml();
    entries = changelogEntries(content, path);
    if (!byFormat) {
      if (entryCache.size >= ENTRY_CACHE_LIMIT) entryCache.delete(entryCache.keys().next().value);
      entryCache.set(content, byFormat = /* @__PURE__ */ new Map());
    }
    byFormat.set(format, entries);
  }
  return entries;
}
var rank = (name) => /master|main|root|index/i.test(name) ? 0 : /changelog|all|include/i.test(name) ? 1 : 2;
function foldersUp(dir) {
  const out = [dir];
  let at = dir;
  for (let i = 0; i < LEVELS_UP && at !== "" && !/(^|\/)resources\/$/.test(at); i++) {
    at = dirName(at.slice(0, -1));
    out.push(at);
  }
  return out;
}
var readText = (input, path) => input.readFile?.(path) ?? Promise.resolve(void 0);
async function changelogsUnder(input, folder, depth = 0) {
  const files = (await input.listDir?.(folder) ?? []).filter((n) => CHANGELOG_FILE.test(n)).map((n) => `${folder}${n}`);
  const sub = depth < 6 ? await input.listFolders?.(folder) ?? [] : [];
  for (const f of sub) files.push(...await changelogsUnder(input, `${folder}${f}/`, depth + 1));
  return files.sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
}
async function existingFolder(input, candidates) {
  for (const c of candidates) {
    if (await input.listDir?.(`${c}/`) !== void 0 || (await input.listFolders?.(`${c}/`))?.length) return `${c}/`;
  }
  return void 0;
}
async function includes(input, master, content, child) {
  for (const e of await entriesOf(content, master)) {
    if (e.kind === "include" && pathCandidates(master, e.file, e.relative).includes(child)) return true;
    if (e.kind === "includeAll" && (!e.endsWith || child.endsWith(e.endsWith))) {
      const folder = await existingFolder(input, pathCandidates(master, e.path, e.relative));
      if (folder && child.startsWith(folder)) return true;
    }
  }
  return false;
}
async function masterOf(input, child, chain) {
  const candidates = [];
  for (const [level, folder] of foldersUp(dirName(child)).entries())
    for (const name of await input.listDir?.(folder) ?? []) {
      const path = `${folder}${name}`;
      const r = rank(name);
      if (CHANGELOG_FILE.test(name) && path !== child && !chain.has(path) && (level > 0 || r < 2)) candidates.push({ path, rank: r, level });
    }
  candidates.sort((a, b) => a.rank - b.rank || a.level - b.level || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  for (const { path } of candidates.slice(0, CANDIDATE_READS)) {
    const content = await readText(input, path);
    if (content === void 0 || !mayInclude(content) || !(content.includes(baseName(child)) || content.includes("includeAll"))) continue;
    if (await includes(input, path, content, child)) return path;
  }
  return void 0;
}
async function topMaster(input, path) {
  const chain = /* @__PURE__ */ new Set([path]);
  let top;
  for (let at = path, i = 0; i < NESTING; i++) {
    const master = await masterOf(input, at, chain);
    if (!master) break;
    chain.add(master);
    top = at = master;
  }
  return top;
}
var errorText = (error) => (error instanceof Error ? error.message : String(error)).split("\n")[0];
async function firstFound(input, candidates, current) {
  for (const c of candidates) {
    if (c === current) return { path: c };
    try {
      if (await readText(input, c) !== void 0) return { path: c };
    } catch (error) {
      return { failed: c, why: errorText(error) };
    }
  }
  return {};
}
async function runBefore(input, root, current, dialect) {
  const run = { paths: [], unreadable: /* @__PURE__ */ new Map(), rawSql: /* @__PURE__ */ new Set() };
  const placed = /* @__PURE__ */ new Set();
  const open = /* @__PURE__ */ new Set();
  let reached = false;
  const place = (path) => {
    if (placed.has(path) || placed.size >= RUN_FILES) return;
    placed.add(path);
    run.paths.push(path);
  };
  const unreadable2 = (path, why) => {
    if (!placed.has(path)) run.unreadable.set(path, why);
    place(path);
  };
  const include = async (path) => {
    if (path === current) return visit(path, input.content);
    if (placed.has(path) || open.has(path)) return;
    let content;
    try {
      content = await readText(input, path);
    } catch (error) {
      return unreadable2(path, errorText(error));
    }
    if (content === void 0) return unreadable2(path, "it was not found");
    if (path.toLowerCase().endsWith(".sql") && liquibaseFormat(path, content) === void 0) {
      run.rawSql.add(path);
      return place(path);
    }
    return visit(path, content);
  };
  const visit = async (path, content) => {
    open.add(path);
    for (const e of await entriesOf(content, path)) {
      if (reached) return;
      if (e.kind === "changeSets") {
        if (path === current) reached = true;
        else place(path);
        continue;
      }
      if (!runsOn(e.context, dialect)) continue;
      if (e.kind === "include") {
        const candidates = pathCandidates(path, e.file, e.relative);
        const found = await firstFound(input, candidates, current);
        if ("path" in found) await include(found.path);
        else if ("failed" in found) unreadable2(found.failed, found.why);
        else if (!e.optional && candidates[0])
          unreadable2(candidates[0], `it was not found (\`${e.file}\`, included by ${path}; looked for ${candidates.map((c) => `\`${c}\``).join(", ")})`);
      } else {
        const candidates = pathCandidates(path, e.path, e.relative);
        const folder = await existingFolder(input, candidates);
        const files = folder ? (await changelogsUnder(input, folder)).filter((f) => !e.endsWith || f.endsWith(e.endsWith)) : [];
        if (!files.length && !e.optional && candidates[0])
          unreadable2(candidates[0], `the folder of \`includeAll path="${e.path}"\` (in ${path}) was not found or is empty`);
        for (const f of files) {
          if (reached) return;
          await include(f);
        }
      }
    }
    open.delete(path);
  };
  await include(root);
  return reached ? run : void 0;
}
async function changelogsBefore(input, dialect, listing) {
  const current = normalisePath(input.path) ?? input.path;
  const top = await topMaster(input, current);
  let run = top ? await runBefore(input, top, current, dialect) : void 0;
  if (!run && mayInclude(input.content)) run = await runBefore(input, current, current, dialect);
  if (run) return run;
  const dir = dirName(current);
  const paths = listing.filter((n) => CHANGELOG_FILE.test(n)).map((n) => `${dir}${n}`).sort((a, b) => a < b ? -1 : a > b ? 1 : 0);
  return { paths: paths.slice(0, Math.max(0, paths.indexOf(current))), unreadable: /* @__PURE__ */ new Map(), rawSql: /* @__PURE__ */ new Set() };
}
var isRunEntry = () => true;
function liquibaseHistory(input, dialect, pieces) {
  const { readFile } = input;
  if (!readFile || !input.listDir) return void 0;
  const repoPath = (path) => normalisePath(path) ?? path;
  const dir = dirName(repoPath(input.path));
  let run;
  return {
    input: {
      ...input,
      // The names are relative to the changelog's folder (`../parts/0001_initial_schema.xml`).
      readFile: async (path) => {
        const at = repoPath(path);
        const why = run?.unreadable.get(at);
        if (why !== void 0) throw new Error(why);
        return readFile(at);
      },
      readFileNow: void 0
    },
    isMigration: isRunEntry,
    upPieces: (content, path) => {
      const at = repoPath(path);
      return run?.rawSql.has(at) ? [{ sql: content, line: 1 }] : pieces(content, at, dialect);
    },
    order: async (listing) => {
      run = await changelogsBefore(input, dialect, listing);
      const relative = run.paths.map((p) => relativePath(dir, p));
      return [...relative, baseName(input.path)];
    }
  };
}

// src/core/frameworks/liquibase.ts
var NOTHING_TO_ROLL_BACK = /^(?:empty|not\s+required)?\s*;?$/i;
function fromFormattedSql(src) {
  const lines = src.split("\n");
  const sets = [];
  let cur;
  let inRollbackBlock = false;
  const flush = () => {
    if (!cur) return;
    const text = cur.body.join("\n");
    if (text.trim()) cur.changes.push({ type: "sql", line: cur.bodyLine, attrs: {}, columns: [], sql: { text, line: cur.bodyLine } });
    if (cur.rollbackLine !== void 0 && cur.rollback.every((r) => NOTHING_TO_ROLL_BACK.test(r.trim()))) cur.emptyRollback = cur.rollbackLine;
    sets.push(cur);
  };
  lines.forEach((raw, idx) => {
    const line = idx + 1;
    const t = raw.trim();
    const lower = t.toLowerCase();
    if (lower.startsWith("--changeset") || lower.startsWith("-- changeset")) {
      flush();
      const words = t.replace(/^--\s*changeset\s*/i, "").split(/\s+/);
      const attrs = new Map(words.slice(1).map((w) => [w.split(":")[0].toLowerCase(), w.slice(w.indexOf(":") + 1)]));
      cur = {
        id: words[0] ?? "",
        line,
        changes: [],
        hasRollback: false,
        runInTransaction: !falsy(attrs.get("runintransaction")),
        body: [],
        bodyLine: line + 1,
        rollback: []
      };
      setDbms(cur, attrs.get("dbms"), attrs.get("context") ?? attrs.get("contextfilter"));
      return;
    }
    if (!cur) return;
    if (inRollbackBlock) {
      if (t.includes("*/")) inRollbackBlock = false;
      cur.rollback.push(t.replace(/\*\/.*$/, ""));
      cur.body.push("");
      return;
    }
    if (/^\/\*\s*liquibase\s+rollback\b/i.test(t)) {
      cur.hasRollback = true;
      cur.rollbackLine ??= line;
      cur.rollback.push(t.replace(/^\/\*\s*liquibase\s+rollback/i, "").replace(/\*\/.*$/, ""));
      inRollbackBlock = !t.includes("*/");
      cur.body.push("");
      return;
    }
    if (lower.startsWith("--rollback") || lower.startsWith("-- rollback")) {
      cur.hasRollback = true;
      cur.rollbackLine ??= line;
      cur.rollback.push(t.replace(/^--\s*rollback/i, ""));
      cur.body.push("");
      return;
    }
    cur.body.push(lower.startsWith("--comment") || lower.startsWith("--precondition") || lower.startsWith("--validchecksum") ? "" : raw);
  });
  flush();
  return sets;
}
function plain(node) {
  if (yaml().isScalar(node)) return node.value === null || node.value === void 0 ? void 0 : String(node.value);
  return void 0;
}
function mapEntries(node) {
  if (yaml().isSeq(node)) return node.items.flatMap((item) => yaml().isMap(item) ? mapEntries(item) : []);
  if (!yaml().isMap(node)) return [];
  return node.items.map((p) => [String(yaml().isScalar(p.key) ? p.key.value : p.key), p.value ?? null, p.key ?? null]);
}
function lineOfNode(lc, node) {
  const start = node?.range?.[0];
  return start === void 0 ? 1 : lc.linePos(start).line;
}
function yamlColumns(node) {
  if (!yaml().isSeq(node)) return [];
  const out = [];
  for (const item of node.items) {
    for (const [k, v] of mapEntries(item)) {
      if (k !== "column") continue;
      const attrs = {};
      const constraints = {};
      for (const [ck, cv] of mapEntries(v)) {
        if (ck === "constraints") for (const [k2, v2] of mapEntries(cv)) constraints[k2] = plain(v2) ?? "";
        else {
          const p = plain(cv);
          if (p !== void 0) attrs[ck] = p;
        }
      }
      out.push({ attrs, constraints });
    }
  }
  return out;
}
function fromYaml(src) {
  const lc = new (yaml()).LineCounter();
  const doc = yaml().parseDocument(src, { lineCounter: lc, uniqueKeys: false });
  const errorLine = doc.errors[0] ? lc.linePos(doc.errors[0].pos[0]).line : void 0;
  const sets = [];
  const log = mapEntries(doc.contents).find(([k]) => k === "databaseChangeLog")?.[1];
  if (!yaml().isSeq(log)) return { sets, ...errorLine ? { errorLine } : {} };
  for (const item of log.items) {
    for (const [k, cs, keyNode] of mapEntries(item)) {
      if (k !== "changeSet") continue;
      const entries = new Map(mapEntries(cs).map(([ek, ev]) => [ek, ev]));
      const set = {
        id: plain(entries.get("id")) ?? "",
        author: plain(entries.get("author")) ?? "",
        line: lineOfNode(lc, keyNode),
        changes: [],
        hasRollback: entries.has("rollback"),
        runInTransaction: !falsy(plain(entries.get("runInTransaction")))
      };
      const rollback = entries.get("rollback");
      if (entries.has("rollback") && yamlNothing(rollback)) set.emptyRollback = lineOfNode(lc, rollback ?? keyNode);
      const pre = yamlPreconditions(entries.get("preConditions"));
      if (pre.emptyChecks.length) set.emptyChecks = pre.emptyChecks;
      setDbms(set, plain(entries.get("dbms")), plain(entries.get("context") ?? entries.get("contextFilter")), preconditionDbms(pre.onFail, pre.conditions));
      const changes = entries.get("changes");
      if (yaml().isSeq(changes)) {
        for (const ch of changes.items) {
          for (const [type, body, typeKey] of mapEntries(ch)) {
            const attrs = {};
            let columns = [];
            let sqlText;
            let where;
            if (yaml().isScalar(body) && type === "sql") {
              sqlText = { text: String(body.value ?? ""), line: scalarLine(lc, body) };
            }
            for (const [ak, av] of mapEntries(body)) {
              if (ak === "columns") columns = yamlColumns(av);
              else if (ak === "sql" && yaml().isScalar(av)) sqlText = { text: String(av.value ?? ""), line: scalarLine(lc, av) };
              else if (ak === "where") where = plain(av);
              else {
                const p = plain(av);
                if (p !== void 0) attrs[ak] = p;
              }
            }
            const change = { type, line: lineOfNode(lc, typeKey), attrs, columns };
            if (sqlText) change.sql = sqlText;
            if (where) change.where = where;
            set.changes.push(change);
          }
        }
      }
      sets.push(set);
    }
  }
  return { sets, ...errorLine ? { errorLine } : {} };
}
function yamlNothing(node) {
  if (node === null || node === void 0) return true;
  if (yaml().isScalar(node)) return NOTHING_TO_ROLL_BACK.test(String(node.value ?? "").trim());
  if (yaml().isSeq(node) || yaml().isMap(node)) return node.items.length === 0;
  return false;
}
function yamlPreconditions(node) {
  const out = { conditions: [], emptyChecks: [] };
  const entries = mapEntries(node);
  const condition = (name, body) => {
    const inner = mapEntries(body);
    const type = inner.find(([k]) => k === "type")?.[1];
    const children = inner.filter(([, v]) => !yaml().isScalar(v)).map(([k, v]) => condition(k, v));
    return { name, type: type ? plain(type) : void 0, children };
  };
  for (const [k, v] of entries) {
    if (k === "onFail") out.onFail = plain(v);
    else if (!["onError", "onFailMessage", "onErrorMessage", "onSqlOutput"].includes(k)) out.conditions.push(condition(k, v));
  }
  for (const [k, v] of entries) {
    const body = new Map(mapEntries(v).map(([bk, bv]) => [bk, plain(bv)]));
    if (k === "sqlCheck" && body.get("sql") && skipsUnlessZero(out.onFail, body.get("expectedResult"))) out.emptyChecks.push(body.get("sql"));
  }
  return out;
}
function scalarLine(lc, s) {
  const l = lineOfNode(lc, s);
  return s.type === "BLOCK_LITERAL" || s.type === "BLOCK_FOLDED" ? l + 1 : l;
}
var NO_CHANGE = /* @__PURE__ */ new Set(["empty", "output", "comment"]);
function fromXml(src) {
  const { root, errorLine } = parseXml(src);
  const sets = [];
  for (const el of walkXml(root)) {
    if (el.name !== "changeSet") continue;
    const set = {
      id: el.attrs.get("id") ?? "",
      author: el.attrs.get("author") ?? "",
      line: el.line,
      changes: [],
      hasRollback: el.children.some((c) => c.name === "rollback"),
      runInTransaction: !falsy(el.attrs.get("runInTransaction"))
    };
    const rollbacks = el.children.filter((c) => c.name === "rollback");
    if (rollbacks.length && rollbacks.every((r) => r.children.every((c) => NO_CHANGE.has(c.name)) && !r.attrs.size && NOTHING_TO_ROLL_BACK.test(r.text.trim())))
      set.emptyRollback = rollbacks[0].line;
    const pre = el.children.find((c) => c.name === "preConditions");
    const emptyChecks = (pre?.children ?? []).filter((c) => c.name === "sqlCheck" && skipsUnlessZero(pre.attrs.get("onFail"), c.attrs.get("expectedResult"))).map((c) => c.text);
    if (emptyChecks.length) set.emptyChecks = emptyChecks;
    setDbms(
      set,
      el.attrs.get("dbms"),
      el.attrs.get("context") ?? el.attrs.get("contextFilter"),
      pre && preconditionDbms(pre.attrs.get("onFail"), pre.children.map(xmlPrecondition))
    );
    for (const c of el.children) {
      if (c.name === "modifySql") (set.modifySql ??= []).push(xmlModifySql(c));
      else if (!["rollback", "comment", "preConditions", "validCheckSum"].includes(c.name)) set.changes.push(xmlChange(c));
    }
    sets.push(set);
  }
  return { sets, ...errorLine ? { errorLine } : {} };
}
function setDbms(set, attribute, context, preconditions) {
  const fromContext = contextDbms(context);
  if (attribute) set.dbms = attribute;
  else if (fromContext) {
    set.dbms = fromContext;
    set.dbmsSaid = `\`context: ${context.trim()}\``;
  } else if (preconditions) {
    set.dbms = preconditions;
    set.dbmsSaid = `preconditions (dbms ${preconditions})`;
  }
}
var xmlPrecondition = (c) => ({ name: c.name, type: c.attrs.get("type"), children: c.children.map(xmlPrecondition) });
function xmlModifySql(c) {
  const replace = c.children.filter((x) => x.name === "replace" && x.attrs.get("replace")).map((x) => [x.attrs.get("replace"), x.attrs.get("with") ?? ""]);
  const dbms = c.attrs.get("dbms");
  return dbms ? { dbms, replace } : { replace };
}
function xmlChange(c) {
  const attrs = Object.fromEntries(c.attrs);
  const columns = c.children.filter((x) => x.name === "column").map((x) => ({
    attrs: Object.fromEntries(x.attrs),
    constraints: Object.fromEntries(x.children.find((y) => y.name === "constraints")?.attrs ?? /* @__PURE__ */ new Map())
  }));
  const change = { type: c.name, line: c.line, attrs, columns };
  if (c.name === "sql") change.sql = { text: c.text, line: c.textLine ?? c.line };
  const where = c.children.find((x) => x.name === "where");
  if (where?.text.trim()) change.where = where.text.trim();
  return change;
}
function liquibaseToPieces(source, path) {
  return readChangelog(source, path, dialectOfPath(path)?.dialect ?? "postgres").t;
}
var parsedChangelogs = /* @__PURE__ */ new Map();
var PARSED_LIMIT = 300;
function parseChangelog(source, path) {
  const format = liquibaseFormat(path, source) ?? (path.endsWith(".xml") ? "xml" : path.endsWith(".sql") ? "sql" : "yaml");
  let byFormat = parsedChangelogs.get(source);
  const known = byFormat?.get(format);
  if (known) return known;
  let parsed;
  const expanded = withoutPlaceholders(source);
  if (format === "sql") parsed = { format, sets: fromFormattedSql(expanded) };
  else {
    const r = format === "xml" ? fromXml(expanded) : fromYaml(expanded);
    parsed = { format, sets: r.sets, ...r.errorLine !== void 0 ? { errorLine: r.errorLine } : {} };
  }
  if (!byFormat) {
    if (parsedChangelogs.size >= PARSED_LIMIT) parsedChangelogs.delete(parsedChangelogs.keys().next().value);
    parsedChangelogs.set(source, byFormat = /* @__PURE__ */ new Map());
  }
  byFormat.set(format, parsed);
  return parsed;
}
var changeSetKey = (set) => `${set.id}\0${set.author ?? ""}`;
function deployedChangeSets(base, path) {
  return new Set(base.content === void 0 ? [] : parseChangelog(base.content, path).sets.map(changeSetKey));
}
function readChangelog(source, path, here, deployed) {
  const read = { t: newTranslation(true), sqlFiles: [], everywhere: [], emptyTables: [], deployed: [], emptyRollbacks: [] };
  const { t } = read;
  const { format, sets, errorLine } = parseChangelog(source, path);
  if (errorLine !== void 0)
    t.hits.push(hit("parse-error", errorLine, `The Liquibase ${format.toUpperCase()} changelog is malformed near this line; it was read as far as possible.`));
  let forwardOnly = false;
  const ends = sets.map((set) => sets.reduce((end, other) => other.line > set.line && other.line - 1 < end ? other.line - 1 : end, Infinity));
  sets.forEach((set, unit) => {
    const old = deployed?.has(changeSetKey(set)) === true;
    if (old) read.deployed.push([set.line, ends[unit]]);
    const forward = readChangeSet(set, deployed && !old ? sets.length : unit, here, path, read);
    if (!old && set.emptyRollback !== void 0) read.emptyRollbacks.push(set);
    forwardOnly = forward && !old || forwardOnly;
  });
  t.downStatus = forwardOnly ? "forward-only" : "present";
  return read;
}
function changePieces(c, set, unit, here, target) {
  const pieces = changeSql(c, target.run === "as" ? target.dialect.dialect : here).map((p) => ({ ...p, unit }));
  for (const m of set.modifySql ?? [])
    if (m.dbms === void 0 || sameTarget(dbmsTarget(m.dbms, here), target))
      for (const p of pieces) for (const [from, to] of m.replace) p.sql = p.sql.replaceAll(from, to);
  if (target.run === "as") for (const p of pieces) p.dialect = target.dialect;
  return pieces;
}
function readChangeSet(set, unit, here, path, { t, sqlFiles, everywhere, emptyTables }) {
  if (!set.runInTransaction) t.transactional = false;
  const onEmpty = set.emptyChecks?.map((sql2) => ({ sql: sql2, changes: [] })) ?? [];
  emptyTables.push(...onEmpty);
  let setElsewhere = false;
  for (const c of set.changes) {
    const dbms = c.attrs.dbms ?? set.dbms;
    const target = c.attrs.dbms === void 0 && set.dbmsSaid ? dbmsTarget(dbms, here, set.dbmsSaid) : dbmsTarget(dbms, here);
    if (["update", "delete", "insert", "loadData", "loadUpdateData"].includes(c.type)) t.changesData = true;
    if (target.run === "elsewhere") {
      const onChange = c.attrs.dbms !== void 0;
      if (onChange || !setElsewhere)
        t.hits.push(
          hit(
            "not-analysed",
            onChange ? c.line : set.line,
            elsewhereMessage(onChange ? `This \`${c.type}\` change` : `Changeset ${set.id || "(no id)"}`, target)
          )
        );
      setElsewhere ||= !onChange;
      continue;
    }
    const pieces = changePieces(c, set, unit, here, target);
    const table = tbl(c.attrs);
    if (table) for (const check of onEmpty) check.changes.push({ line: c.line, table });
    if (!dbms?.trim() || list(dbms.toLowerCase()).includes("all"))
      everywhere.push({ pieces, on: (d) => changePieces(c, set, unit, here, { run: "as", dialect: d }) });
    t.up.push(...pieces);
    if (c.type === "sqlFile" && c.attrs.path) {
      const relativeToChangelog = c.attrs.relativeToChangelogFile?.toLowerCase() === "true";
      const ref = { line: c.line, written: c.attrs.path, candidates: pathCandidates(path, c.attrs.path, relativeToChangelog) };
      if (target.run === "as") ref.dialect = target.dialect;
      sqlFiles.push(ref);
    }
  }
  if (set.hasRollback) return false;
  const manual = [...new Set(set.changes.filter((c) => !AUTO_ROLLBACK.has(c.type)).map((c) => c.type))];
  if (!manual.length) return false;
  t.hits.push(
    hit(
      "forward-only-migration",
      set.line,
      `Changeset ${set.id || "(no id)"} has no rollback, and Liquibase cannot roll back ${manual.map((m) => `\`${m}\``).join(", ")} by itself: add a rollback block or plan a backup and restore.`
    )
  );
  return true;
}
async function readSqlFile(ref, readFile) {
  for (const candidate of readFile ? ref.candidates : []) {
    let content;
    try {
      content = await readFile(candidate);
    } catch (error) {
      return { failure: `; reading \`${candidate}\` failed: ${error instanceof Error ? error.message : String(error)}` };
    }
    if (content !== void 0) return { path: candidate, content };
  }
  return { failure: "" };
}
var lookedFor = (ref, failure) => `looked for ${ref.candidates.map((c) => `\`${c}\``).join(", ")}${failure}`;
async function lintSqlFiles(t, refs, input) {
  const changelogDialect = input.dialect ?? dialectOfPath(input.path);
  for (const ref of refs) {
    const dialect = ref.dialect ?? changelogDialect;
    const found = await readSqlFile(ref, input.readFile);
    if ("failure" in found) {
      t.hits.push(
        hit(
          "parse-error",
          ref.line,
          `The sqlFile \`${ref.written}\` could not be read (${lookedFor(ref, found.failure)}), so its SQL was not checked: check it by hand.`
        )
      );
      continue;
    }
    const res = await lintSqlLazily([{ sql: found.content, line: 1 }], { transactional: t.transactional, ...dialect ? { dialect } : {} });
    for (const h of res.hits) t.hits.push(hit(h.rule, ref.line, `In \`${found.path}\` line ${h.line}: ${h.message}`));
    if (res.changesData) t.changesData = true;
  }
}
var earlierReads = /* @__PURE__ */ new Map();
var EARLIER_READS_LIMIT = 300;
async function earlierPieces(content, path, dialect, readFile) {
  let byPath = earlierReads.get(content);
  if (!byPath) {
    if (earlierReads.size >= EARLIER_READS_LIMIT) earlierReads.delete(earlierReads.keys().next().value);
    earlierReads.set(content, byPath = /* @__PURE__ */ new Map());
  }
  const key = `${dialect}\0${path}`;
  let read = byPath.get(key);
  if (!read) {
    if (liquibaseFormat(path, content) !== "sql") await loadYaml();
    const r = readChangelog(content, path, dialect);
    read = { pieces: r.t.up.filter((p) => !p.dialect), sqlFiles: r.sqlFiles.filter((f) => !f.dialect) };
    byPath.set(key, read);
  }
  const out = read.pieces.map((p) => ({ sql: p.sql, line: p.line, ...p.synthetic ? { synthetic: true } : {} }));
  for (const ref of read.sqlFiles) {
    const found = await readSqlFile(ref, readFile);
    if ("failure" in found) throw new Error(`its sqlFile \`${ref.written}\` could not be read (${lookedFor(ref, found.failure)})`);
    out.push({ sql: found.content, line: ref.line });
  }
  return read.sqlFiles.length ? out.sort((a, b) => a.line - b.line) : out;
}
var DATA_ONLY = /* @__PURE__ */ new Set(["insert", "update", "delete", "loadData", "loadUpdateData", "output", "empty", "tagDatabase", "stop"]);
async function onlyRows(sql2) {
  const pg = await (await sqlAnalyser()).loadPgParser();
  try {
    const stmts = pg.parse(sql2).stmts ?? [];
    return stmts.every(({ stmt }) => !!stmt && ["InsertStmt", "UpdateStmt", "DeleteStmt", "MergeStmt", "SelectStmt"].some((k) => k in stmt));
  } catch {
    return false;
  }
}
async function emptyRollbackHits(sets) {
  const out = [];
  for (const set of sets) {
    let rows = set.changes.length > 0;
    for (const c of set.changes) if (rows) rows = c.type === "sql" ? await onlyRows(c.sql?.text ?? "") : DATA_ONLY.has(c.type);
    if (rows || !set.changes.length) continue;
    out.push(
      hit(
        "empty-down-migration",
        set.emptyRollback,
        `Changeset ${set.id || "(no id)"} declares an empty rollback, but it does more than write rows: rolling back leaves its schema change in place, ahead of the rolled-back code. Write the rollback, or declare the changeset forward-only in the rollback plan with a backup and restore.`
      )
    );
  }
  return out;
}
var liquibase = {
  ...liquibase_default,
  async analyse(input) {
    if (liquibaseFormat(input.path, input.content) !== "sql") await loadYaml();
    try {
      const dialect = input.dialect ?? dialectOfPath(input.path);
      const deployedSets = input.base && deployedChangeSets(input.base, input.path);
      const { t, sqlFiles, everywhere, emptyTables, deployed, emptyRollbacks } = readChangelog(
        input.content,
        input.path,
        dialect?.dialect ?? "postgres",
        deployedSets
      );
      if (sqlFiles.length) await lintSqlFiles(t, sqlFiles, input);
      const historyOf = (d) => liquibaseHistory(input, d, (content, path, as) => earlierPieces(content, path, as, input.readFile));
      const analysis = await finishByDatabase(t, everywhere, dialect, historyOf);
      if (emptyTables.length) analysis.hits = await dropOnEmptyTables(analysis.hits, emptyTables);
      const empty = await emptyRollbackHits(emptyRollbacks);
      if (empty.length) {
        analysis.hits = [...analysis.hits, ...empty].sort((a, b) => a.line - b.line);
        if (analysis.down === "present") analysis.down = "empty";
      }
      if (deployed.length) analysis.hits = analysis.hits.filter((h) => h.rule === "parse-error" || !deployed.some(([a, b]) => h.line >= a && h.line <= b));
      return analysis;
    } catch (e) {
      return unreadable("liquibase", "Liquibase changelog", e, "forward-only");
    }
  }
};
var liquibase_default2 = liquibase;
export {
  liquibase_default2 as default,
  liquibase,
  liquibaseFormat,
  liquibaseToPieces,
  loadYaml
};
