import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  addParseError,
  callArgs,
  calleeObject,
  callsInOrder,
  chainFrom,
  findMigrationFunctions,
  fnBody,
  isFunction,
  jsBool,
  jsDefault,
  jsNumber,
  jsStr,
  jsStrList,
  jsString,
  judgeDown,
  methodName,
  objectEntries,
  paramName,
  parseJs,
  rootName
} from "./chunk-RKCTZ5E5.js";
import {
  dslFramework,
  newTranslation,
  sql
} from "./chunk-M3XMMRZA.js";
import {
  lineOf
} from "./chunk-XGM7IP63.js";
import {
  knex_default
} from "./chunk-4D4VQUWN.js";
import "./chunk-BFM53OVH.js";
import "./chunk-PEBNUFUE.js";
import "./chunk-AYEM27GC.js";
import "./chunk-GHKLDGG7.js";

// src/core/frameworks/knex.ts
var KNEX_TYPES = {
  increments: "serial",
  bigIncrements: "bigserial",
  integer: "integer",
  bigInteger: "bigint",
  bigint: "bigint",
  tinyint: "smallint",
  smallint: "smallint",
  mediumint: "integer",
  text: "text",
  string: "character varying(255)",
  float: "real",
  double: "double precision",
  decimal: "numeric(8, 2)",
  boolean: "boolean",
  date: "date",
  datetime: "timestamp with time zone",
  timestamp: "timestamp with time zone",
  time: "time",
  binary: "bytea",
  enum: "text",
  enu: "text",
  json: "json",
  jsonb: "jsonb",
  uuid: "uuid",
  specificType: "text",
  geometry: "geometry"
};
var RAW = /* @__PURE__ */ new Set(["raw"]);
var KnexReader = class {
  t = newTranslation(true);
  done = /* @__PURE__ */ new Set();
  emit(line, text) {
    this.t.up.push({ sql: text, line, synthetic: true });
  }
  read(body, knex2) {
    for (const call of callsInOrder(body)) {
      if (this.done.has(call.id)) continue;
      const name = methodName(call);
      const obj = calleeObject(call);
      const line = lineOf(call);
      const args = callArgs(call);
      if (name === "raw" && rootName(obj) !== "") {
        const s = jsString(args[0]);
        if (s) this.t.up.push({ sql: s.text, line: s.line, ...s.inexact ? { inexact: true } : {} });
        continue;
      }
      const isSchema = obj?.type === "member_expression" ? obj.childForFieldName("property")?.text === "schema" || obj.text.endsWith(".schema") : false;
      if (isSchema || obj?.type === "call_expression" && this.isSchemaChain(obj)) {
        this.schemaCall(name, args, line);
        continue;
      }
      if (["update", "del", "delete", "insert", "truncate"].includes(name) && rootName(obj) === knex2) this.t.changesData = true;
    }
  }
  isSchemaChain(obj) {
    let n = obj;
    while (n?.type === "call_expression") {
      const o = calleeObject(n);
      if (o?.type === "member_expression" && o.childForFieldName("property")?.text === "schema") return true;
      n = o;
    }
    return false;
  }
  schemaCall(name, args, line) {
    const table = jsStr(args[0]);
    switch (name) {
      case "createTable":
      case "createTableIfNotExists": {
        if (!table) return;
        const cb = args.find(isFunction);
        const cols = [];
        const after = [];
        if (cb) this.builder(cb, table, { cols, after });
        this.emit(line, sql.createTable(table, cols.length ? cols : [{ name: "id", type: "serial", primaryKey: true }]));
        for (const s of after) this.emit(line, s);
        return;
      }
      case "alterTable":
      case "table": {
        const cb = args.find(isFunction);
        if (table && cb) this.builder(cb, table);
        return;
      }
      case "dropTable":
      case "dropTableIfExists":
        if (table) this.emit(line, sql.dropTable(table, name === "dropTableIfExists"));
        return;
      case "renameTable": {
        const to = jsStr(args[1]);
        if (table && to) this.emit(line, sql.renameTable(table, to));
        return;
      }
      case "raw": {
        const s = jsString(args[0]);
        if (s) this.t.up.push({ sql: s.text, line: s.line, ...s.inexact ? { inexact: true } : {} });
        return;
      }
      default:
        return;
    }
  }
  /** The table builder callback: `(table) => { table.string('x').notNullable(); … }`. */
  builder(cb, table, create) {
    const param = paramName(cb);
    const body = fnBody(cb);
    if (!param || !body) return;
    for (const call of callsInOrder(body)) {
      if (this.done.has(call.id)) continue;
      const obj = calleeObject(call);
      if (obj?.type !== "identifier" || obj.text !== param) continue;
      const chain = chainFrom(call);
      for (const l of chain) this.done.add(l.call.id);
      this.builderChain(chain, table, lineOf(call), create);
    }
  }
  builderChain(chain, table, line, create) {
    const head = chain[0];
    const mods = new Map(chain.slice(1).map((l) => [l.name, l]));
    const a = head.args;
    const col = jsStr(a[0]);
    const emitOrAfter = (s) => create ? create.after.push(s) : this.emit(line, s);
    if (head.name in KNEX_TYPES) {
      if (!col) return;
      let type = KNEX_TYPES[head.name];
      if (head.name === "string" && jsNumber(a[1]) !== void 0) type = `character varying(${jsNumber(a[1])})`;
      if (head.name === "specificType") type = jsStr(a[1]) ?? "text";
      if (head.name === "decimal" && jsNumber(a[1]) !== void 0) type = `numeric(${jsNumber(a[1])}, ${jsNumber(a[2]) ?? 2})`;
      const c = { name: col, type };
      if (head.name === "increments" || head.name === "bigIncrements" || mods.has("primary")) c.primaryKey = true;
      if (mods.has("notNullable")) c.notNull = true;
      const d = mods.get("defaultTo");
      if (d?.args[0] && d.args[0].type !== "null") c.default = this.defaultSql(d.args[0]);
      if (mods.has("alter")) {
        this.emit(line, sql.changeType(table, col, type));
        if (mods.has("notNullable")) this.emit(line, sql.setNotNull(table, col));
        if (mods.has("nullable")) this.emit(line, sql.dropNotNull(table, col));
        if (c.default !== void 0) this.emit(line, sql.setDefault(table, col, c.default));
        return;
      }
      if (mods.has("unique")) c.unique = true;
      const ref = mods.get("references");
      if (ref) {
        const target = jsStr(ref.args[0]) ?? "id";
        const inTable = jsStr(mods.get("inTable")?.args[0]);
        const [rt, rc] = inTable ? [inTable, target] : target.includes(".") ? target.split(".") : [void 0, target];
        if (rt) emitOrAfter(sql.addForeignKey(table, [col], rt, [rc]));
      }
      if (create) create.cols.push(c);
      else this.emit(line, sql.addColumn(table, c));
      if (mods.has("index")) emitOrAfter(sql.createIndex(table, [col]));
      return;
    }
    switch (head.name) {
      case "dropColumn":
      case "dropColumns":
        for (const n of a.flatMap((x) => jsStrList(x))) this.emit(line, sql.dropColumn(table, n));
        return;
      case "renameColumn": {
        const to = jsStr(a[1]);
        if (col && to) this.emit(line, sql.renameColumn(table, col, to));
        return;
      }
      case "setNullable":
        if (col) this.emit(line, sql.dropNotNull(table, col));
        return;
      case "dropNullable":
        if (col) this.emit(line, sql.setNotNull(table, col));
        return;
      case "timestamps": {
        const notNull = false;
        for (const n of ["created_at", "updated_at"]) {
          const c = { name: n, type: "timestamp with time zone", notNull };
          if (jsBool(a[1])) c.default = "CURRENT_TIMESTAMP";
          if (create) create.cols.push(c);
          else this.emit(line, sql.addColumn(table, c));
        }
        return;
      }
      case "dropTimestamps":
        for (const n of ["created_at", "updated_at"]) this.emit(line, sql.dropColumn(table, n));
        return;
      case "index":
      case "unique": {
        const cols = jsStrList(a[0]);
        const opts = objectEntries(a[1]);
        const iname = jsStr(a[1]) ?? jsStr(opts.get("indexName"));
        if (!cols.length) return;
        emitOrAfter(sql.createIndex(table, cols, { ...iname ? { name: iname } : {}, unique: head.name === "unique" }));
        return;
      }
      case "dropIndex":
      case "dropUnique": {
        const iname = jsStr(a[1]) ?? `${table}_${jsStrList(a[0]).join("_")}_${head.name === "dropUnique" ? "unique" : "index"}`;
        this.emit(line, sql.dropIndex(iname));
        return;
      }
      case "foreign": {
        const cols = jsStrList(a[0]);
        const ref = mods.get("references");
        const target = jsStr(ref?.args[0]) ?? "id";
        const inTable = jsStr(mods.get("inTable")?.args[0]);
        const [rt, rc] = inTable ? [inTable, target] : target.includes(".") ? target.split(".") : [void 0, target];
        if (cols.length && rt) emitOrAfter(sql.addForeignKey(table, cols, rt, [rc], jsStr(a[1]) ? { name: jsStr(a[1]) } : {}));
        return;
      }
      case "dropForeign": {
        const cname = jsStr(a[1]) ?? `${table}_${jsStrList(a[0]).join("_")}_foreign`;
        this.emit(line, sql.dropConstraint(table, cname));
        return;
      }
      case "primary": {
        const cols = jsStrList(a[0]);
        if (cols.length && !create) this.emit(line, sql.addPrimaryKey(table, cols));
        return;
      }
      case "dropPrimary":
        this.emit(line, sql.dropConstraint(table, jsStr(a[0]) ?? `${table}_pkey`));
        return;
      default:
        return;
    }
  }
  defaultSql(node) {
    if (node.type === "call_expression") {
      const n = methodName(node);
      if (n === "now") return "CURRENT_TIMESTAMP";
      if (n === "raw") return jsStr(callArgs(node)[0]) ?? "'?'";
    }
    return jsDefault(node);
  }
};
function transactionDisabled(root) {
  for (const o of root.descendantsOfType("object")) {
    const entries = objectEntries(o);
    if (entries.has("transaction") && jsBool(entries.get("transaction")) === false) {
      const parentText = o.parent?.text ?? "";
      if (parentText.includes("config")) return true;
    }
  }
  return false;
}
async function knexToPieces(source, path = "migration.js") {
  const tree = await parseJs(path, source);
  const root = tree.rootNode;
  const reader = new KnexReader();
  const t = reader.t;
  addParseError(t, root, "JavaScript");
  const fns = findMigrationFunctions(root);
  const up = fns.get("up");
  const body = fnBody(up);
  if (body) reader.read(body, (up && paramName(up)) ?? "knex");
  if (transactionDisabled(root)) t.transactional = false;
  judgeDown(t, fns, RAW, "Knex");
  tree.delete();
  return t;
}
var isJsFile = (name) => /\.[cm]?[jt]s$/.test(name) && !name.endsWith(".d.ts");
var knex = dslFramework(knex_default, "Knex migration", (input) => knexToPieces(input.content, input.path), "missing", {
  isMigration: isJsFile,
  translate: knexToPieces
});
var knex_default2 = knex;
export {
  knex_default2 as default,
  knex,
  knexToPieces
};
