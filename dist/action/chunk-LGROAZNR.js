import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  sequelizeColumn
} from "./chunk-I73OFHN2.js";
import {
  DialectBranches
} from "./chunk-Y4G72QLX.js";
import {
  withAppDialect
} from "./chunk-US2VXZOM.js";
import "./chunk-V4MZUPIZ.js";
import {
  READ_HELPER,
  addParseError,
  bindArguments,
  builtInCode,
  callArgs,
  calleeObject,
  callsInOrder,
  codeLabel,
  eachBinding,
  findMigrationFunctions,
  fnBody,
  functionIn,
  jsBool,
  jsStr,
  jsStrList,
  judgeDown,
  methodName,
  objectEntries,
  paramName,
  parseJs,
  readDownSql,
  rootName,
  sqlTexts
} from "./chunk-TZEJCB33.js";
import {
  lineOf
} from "./chunk-TKNREPPV.js";
import "./chunk-7WUAOE4O.js";
import "./chunk-KNZ3QVEF.js";
import "./chunk-2KVBLKWZ.js";
import {
  createTableWithForeignKeys,
  dslFramework,
  hit,
  ident,
  newTranslation,
  sql,
  unknownCallHit
} from "./chunk-QKWKVWJ7.js";
import {
  handlerFor
} from "./chunk-P765CN6Y.js";
import {
  sequelize_default
} from "./chunk-K7NLEESO.js";
import "./chunk-VKBMTKYT.js";
import "./chunk-YQYMSWCG.js";
import {
  PLACEHOLDER
} from "./chunk-BEKUU44V.js";
import "./chunk-VQUEMGJH.js";
import "./chunk-BF324SM3.js";
import "./chunk-Q7EMWZUQ.js";
import "./chunk-ASTGNKGX.js";
import "./chunk-AYEM27GC.js";
import "./chunk-XVF5O5FK.js";
import {
  __callDispose,
  __using
} from "./chunk-ADI5M2KE.js";

// src/core/frameworks/sequelize.ts
var RAW = /* @__PURE__ */ new Set(["query"]);
var DATA = /* @__PURE__ */ new Set(["bulkInsert", "bulkUpdate", "bulkDelete", "upsert", "insert", "update", "delete", "increment", "decrement"]);
var QUIET = /* @__PURE__ */ new Set([
  "describeTable",
  "showAllTables",
  "tableExists",
  "showAllSchemas",
  "showIndex",
  "showConstraint",
  "getForeignKeyReferencesForTable",
  "getForeignKeysForTables",
  "nameIndexes",
  "databaseVersion",
  "pgListEnums",
  "ensureEnums",
  "quoteIdentifier",
  "quoteIdentifiers",
  "quoteTable",
  "escape",
  "select",
  "rawSelect",
  "createSchema",
  "createDatabase",
  "createFunction",
  "dropFunction",
  "renameFunction",
  "createTrigger",
  "dropTrigger",
  "renameTrigger",
  "dropEnum",
  "dropAllEnums",
  "startTransaction",
  "commitTransaction",
  "rollbackTransaction",
  "setAutocommit",
  "setIsolationLevel",
  "deferConstraints"
]);
var DROPS_ALL = {
  dropAllTables: [
    "drop-table",
    "`dropAllTables()` drops every table of the database, with its data; a rollback cannot restore it. Drop the tables you mean, one by one, once nothing reads them."
  ],
  dropAllSchemas: [
    "drop-schema",
    "`dropAllSchemas()` drops every schema (on Postgres; every table elsewhere) with everything in it; a rollback cannot restore it. Drop what you mean, once nothing reads it."
  ]
};
var runTime = (n) => jsStr(n) ?? (n ? PLACEHOLDER : void 0);
var createTable = (out, { a, line, table }) => {
  const cols = [...objectEntries(a[1])].map(([k, v]) => sequelizeColumn(k, v));
  for (const statement of createTableWithForeignKeys(table, cols)) out.emit(line, statement);
};
var dropTable = (out, { line, table }) => {
  out.emit(line, sql.dropTable(table));
};
var renameTable = (out, { a, line, table }) => {
  const to = runTime(a[1]);
  if (to) out.emit(line, sql.renameTable(table, to));
};
var addColumn = (out, { a, line, table }) => {
  const col = runTime(a[1]);
  if (!col) return;
  const c = sequelizeColumn(col, a[2]);
  const opts = objectEntries(a[2]);
  const refKey = jsStr(objectEntries(opts.get("references")).get("key")) ?? "id";
  const add = (def) => col === PLACEHOLDER ? sql.addColumn(table, def).replace(" ADD COLUMN ", " ADD COLUMN IF NOT EXISTS ") : sql.addColumn(table, def);
  if (!c.fk) return out.emit(line, add(c));
  if (!opts.has("defaultValue")) return out.emit(line, add({ ...c, references: { table: c.fk, column: refKey } }));
  out.emit(line, add({ ...c, default: c.default ?? "NULL" }));
  out.emit(line, sql.addForeignKey(table, [col], c.fk, [refKey]));
};
var removeColumn = (out, { a, line, table }) => {
  const col = runTime(a[1]);
  if (col) out.emit(line, sql.dropColumn(table, col));
};
var renameColumn = (out, { a, line, table }) => {
  const from = runTime(a[1]);
  const to = runTime(a[2]);
  if (from && to) out.emit(line, sql.renameColumn(table, from, to));
};
var changeColumn = (out, { a, line, table }) => {
  const col = runTime(a[1]);
  if (!col) return;
  const c = sequelizeColumn(col, a[2]);
  const allow = jsBool(objectEntries(a[2]).get("allowNull"));
  if (allow === false) out.emit(line, sql.setNotNull(table, col));
  else if (!c.fk) out.emit(line, sql.dropNotNull(table, col));
  if (c.fk) out.emit(line, sql.addForeignKey(table, [col], c.fk, ["id"]));
  else out.emit(line, sql.changeType(table, col, c.type));
};
var addIndex = (out, { a, line, table }) => {
  const opts = a[1]?.type === "object" ? objectEntries(a[1]) : objectEntries(a[2]);
  const cols = a[1]?.type === "object" ? fieldNames(opts.get("fields")) : fieldNames(a[1]);
  if (!cols.length) return;
  const iname = jsStr(opts.get("name")) ?? sequelizeIndexName(table, cols);
  out.emit(
    line,
    sql.createIndex(table, cols, {
      name: iname,
      unique: jsBool(opts.get("unique")) === true,
      concurrently: jsBool(opts.get("concurrently")) === true
    })
  );
};
var removeIndex = (out, { a, line, table }) => {
  const fields = jsStrList(a[1]);
  const iname = jsStr(a[1]) ?? (fields.length ? sequelizeIndexName(table, fields) : PLACEHOLDER);
  out.emit(line, sql.dropIndex(iname, { concurrently: jsBool(objectEntries(a[2]).get("concurrently")) === true }));
};
var addConstraint = (out, { a, line, table }) => {
  const o = objectEntries(a[1]?.type === "object" ? a[1] : a[2]);
  const fields = fieldNames(o.get("fields") ?? a[1]);
  const type = (jsStr(o.get("type")) ?? "").toLowerCase();
  const cname = jsStr(o.get("name"));
  if (type === "foreign key") {
    const ref = objectEntries(o.get("references"));
    const rt = jsStr(ref.get("table")) ?? jsStr(objectEntries(ref.get("table")).get("tableName"));
    if (rt && fields.length) out.emit(line, sql.addForeignKey(table, fields, rt, [jsStr(ref.get("field")) ?? "id"], cname ? { name: cname } : {}));
  } else if (type === "unique") {
    if (fields.length) out.emit(line, sql.addUnique(table, fields, cname));
  } else if (type === "check") out.emit(line, sql.addCheck(table, "true", cname));
  else if (type === "primary key") {
    if (fields.length) out.emit(line, sql.addPrimaryKey(table, fields, cname));
  }
};
var removeConstraint = (out, { a, line, table }) => {
  const cname = runTime(a[1]);
  if (cname) out.emit(line, sql.dropConstraint(table, cname));
};
var QUERY_INTERFACE_OPERATIONS = {
  createTable,
  dropTable,
  renameTable,
  addColumn,
  removeColumn,
  renameColumn,
  changeColumn,
  addIndex,
  removeIndex,
  addConstraint,
  removeConstraint
};
var SequelizeReader = class {
  /** `root`: the module, where helpers the migration passes its queryInterface to are looked up. */
  constructor(root) {
    this.root = root;
  }
  root;
  t = newTranslation(false);
  /** Helper functions of this file being read (a helper that calls itself, or a cycle, is read once). */
  following = /* @__PURE__ */ new Set();
  /** Helpers from outside the file already noticed: one notice per helper, at its first call. */
  noticedHelpers = /* @__PURE__ */ new Set();
  emit(line, text) {
    this.t.up.push({ sql: text, line, synthetic: true });
  }
  read(body, qi) {
    const branches = new DialectBranches(this.t.hits, body);
    for (const call of callsInOrder(body)) {
      if (branches.skip(call)) continue;
      eachBinding(call, body, () => this.readCall(call, qi, body));
    }
  }
  readCall(call, qi, body) {
    const name = methodName(call);
    const obj = calleeObject(call);
    const a = callArgs(call);
    const line = lineOf(call);
    if (name === "query" && obj?.text.endsWith("sequelize")) {
      const texts = sqlTexts(a[0]);
      const opts = objectEntries(a[1]);
      const binds = opts.has("replacements") || opts.has("bind");
      const call2 = { label: `${obj.text}.query(\u2026)`, line };
      if (texts)
        for (const s of texts) this.t.up.push({ sql: s.text, line: s.line, call: call2, ...s.inexact ? { inexact: true } : {}, ...binds ? { binds } : {} });
      else if (a[0]) this.t.hits.push(builtInCode(line, `${obj.text}.query(${codeLabel(a[0])})`, a[0]));
      return;
    }
    if (this.passesQueryInterface(call, qi, body)) return;
    if (rootName(obj) !== qi || obj?.type !== "identifier") return;
    const written = jsStr(a[0]) ?? jsStr(objectEntries(a[0]).get("tableName"));
    const table = written ?? (a[0] && name !== "createTable" ? PLACEHOLDER : void 0);
    if (DATA.has(name)) {
      this.t.changesData = true;
      const where = name === "bulkDelete" ? a[1] : name === "bulkUpdate" ? a[2] : void 0;
      const everyRow = !where || where.type === "null" || where.type === "object" && where.namedChildren.length === 0;
      if ((name === "bulkDelete" || name === "bulkUpdate") && table)
        this.emit(line, sql.dataWrite(name === "bulkDelete" ? "delete" : "update", table, !everyRow));
      return;
    }
    const drops = handlerFor(DROPS_ALL, name);
    if (drops) {
      this.t.hits.push(hit(drops[0], line, drops[1]));
      return;
    }
    if (name === "dropSchema" || name === "dropDatabase") {
      const target = jsStr(a[0]);
      if (target) this.emit(line, name === "dropSchema" ? `DROP SCHEMA IF EXISTS ${ident(target)} CASCADE;` : `DROP DATABASE ${ident(target)};`);
      return;
    }
    const handler = handlerFor(QUERY_INTERFACE_OPERATIONS, name);
    if (!handler) {
      if (!QUIET.has(name)) this.t.hits.push(unknownCallHit(line, `${qi}.${name}(\u2026)`));
      return;
    }
    if (table) handler(this, { name, a, line, table });
  }
  /**
   * A call that hands the queryInterface to a function (`await dropLegacy(queryInterface, 'users',
   * ['a', 'b'])`, `await this.addColumnIfNotExists(queryInterface, …)`): a function or method of
   * this file is read where it is written, its parameters bound to the call's arguments; one defined
   * elsewhere (imported) is a notice, never silence. False when the call does not pass it.
   */
  passesQueryInterface(call, qi, body) {
    const at = callArgs(call).findIndex((a) => a.type === "identifier" && a.text === qi);
    const fn = call.childForFieldName("function");
    if (at < 0 || !fn || rootName(fn) === qi) return false;
    const method = fn.type === "member_expression" && fn.childForFieldName("object")?.type === "this";
    const name = fn.type === "member_expression" ? fn.childForFieldName("property")?.text : fn.type === "identifier" ? fn.text : void 0;
    const own = !this.root || !name ? void 0 : method ? methodIn(this.root, name) : fn.type === "identifier" ? functionIn(this.root, name) : void 0;
    if (own) {
      const inside = own.startIndex >= body.startIndex && own.endIndex <= body.endIndex;
      const helperBody = fnBody(own);
      if (!inside && helperBody && !this.following.has(own.id)) {
        this.following.add(own.id);
        bindArguments(own, call, () => this.read(helperBody, paramName(own, at) ?? qi));
        this.following.delete(own.id);
      }
      return true;
    }
    if (name && READ_HELPER.test(name)) return true;
    const owner = fn.type === "member_expression" && !method ? rootName(fn) : "";
    const helper = owner ? `${owner}.\u2026` : name && fn.text.length > 60 ? name : fn.text;
    if (this.noticedHelpers.has(helper)) return true;
    this.noticedHelpers.add(helper);
    const text = call.text.replace(/\s+/g, " ");
    this.t.hits.push(
      hit(
        "not-analysed",
        lineOf(call),
        `\`${text.length > 80 ? `${text.slice(0, 77)}\u2026` : text}\` passes the queryInterface to \`${helper}\`, defined outside this file, so what it changes (here and at its later calls in this file) was not judged: write the queryInterface calls in the migration, or review them by hand and add \`// rollback-ready-ignore not-analysed: <reason>\` above the call.`
      )
    );
    return true;
  }
};
function methodIn(root, name) {
  const method = root.descendantsOfType("method_definition").find((m) => m.childForFieldName("name")?.text === name);
  if (method) return method;
  const pair = root.descendantsOfType("pair").find((p) => p.childForFieldName("key")?.text === name);
  const value = pair?.childForFieldName("value");
  return value && fnBody(value) ? value : void 0;
}
function sequelizeIndexName(table, fields) {
  return `${table}_${fields.join("_")}`.replace(/([A-Z])/g, "_$1").replace(/^_/, "").toLowerCase();
}
function fieldNames(node) {
  if (node?.type !== "array") return jsStrList(node);
  return node.namedChildren.map((c) => jsStr(c) ?? jsStr(objectEntries(c).get("name")) ?? jsStr(objectEntries(c).get("attribute"))).filter((x) => x !== void 0);
}
async function sequelizeToPieces(source, path = "migration.js") {
  var _stack = [];
  try {
    const tree = __using(_stack, await parseJs(path, source));
    const root = tree.rootNode;
    const reader = new SequelizeReader(root);
    const t = reader.t;
    addParseError(t, root, "JavaScript");
    const fns = findMigrationFunctions(root);
    const up = fns.get("up");
    const body = fnBody(up);
    if (body) reader.read(body, (up && paramName(up)) ?? "queryInterface");
    judgeDown(t, fns, RAW, "Sequelize");
    readDownSql(t, fns, () => new SequelizeReader(root), "queryInterface");
    return t;
  } catch (_) {
    var _error = _, _hasError = true;
  } finally {
    __callDispose(_stack, _error, _hasError);
  }
}
var isJsFile = (name) => /\.[cm]?[jt]s$/.test(name) && !name.endsWith(".d.ts");
var sequelize = withAppDialect(
  dslFramework(sequelize_default, "Sequelize migration", (input) => sequelizeToPieces(input.content, input.path), "missing", {
    isMigration: isJsFile,
    translate: sequelizeToPieces
  }),
  "sequelize"
);
var sequelize_default2 = sequelize;
export {
  sequelize_default2 as default,
  sequelize,
  sequelizeToPieces
};
