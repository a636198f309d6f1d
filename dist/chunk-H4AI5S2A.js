import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  typeormColumn
} from "./chunk-E2O6Y2QT.js";
import {
  DialectBranches
} from "./chunk-FFY4KFE4.js";
import {
  withAppDialect
} from "./chunk-3DEG3TOH.js";
import {
  READ_HELPER,
  addParseError,
  bindArguments,
  builtInCode,
  callArgs,
  calleeObject,
  callsInOrder,
  codeLabel,
  constantValue,
  eachBinding,
  findMigrationFunctions,
  fnBody,
  isFunction,
  jsBool,
  jsStr,
  jsStrList,
  judgeDown,
  methodName,
  objectEntries,
  paramName,
  parseJs,
  readDownSql,
  sqlTexts
} from "./chunk-IDTYWZMZ.js";
import "./chunk-DCVK6NQB.js";
import "./chunk-FKTDEFNZ.js";
import "./chunk-V4MZUPIZ.js";
import {
  dslFramework,
  hit,
  ident,
  newTranslation,
  sql,
  unknownCallHit
} from "./chunk-K4LOI7D2.js";
import {
  handlerFor
} from "./chunk-P765CN6Y.js";
import "./chunk-M2CJ2PKO.js";
import {
  lineOf
} from "./chunk-TKNREPPV.js";
import "./chunk-7WUAOE4O.js";
import {
  typeorm_default
} from "./chunk-QPD4Q67D.js";
import "./chunk-VIAG5GR7.js";
import "./chunk-YQYMSWCG.js";
import "./chunk-BF324SM3.js";
import "./chunk-VXNLIOFY.js";
import "./chunk-EPOSKRKZ.js";
import "./chunk-ASTGNKGX.js";
import "./chunk-AYEM27GC.js";
import "./chunk-XVF5O5FK.js";
import {
  __callDispose,
  __using
} from "./chunk-ADI5M2KE.js";

// src/core/frameworks/typeorm.ts
var RAW = /* @__PURE__ */ new Set(["query"]);
var optionsOf = (n) => {
  const v = constantValue(n);
  return objectEntries(v?.type === "new_expression" ? callArgs(v)[0] : v);
};
var tableName = (n) => jsStr(n) ?? jsStr(optionsOf(n).get("name"));
var createTable = (out, { a, line }) => {
  const o = optionsOf(a[0]);
  const tn = jsStr(o.get("name"));
  if (!tn) return;
  const cols = (o.get("columns")?.namedChildren ?? []).map((c) => typeormColumn(c)).filter((c) => !!c);
  out.emit(line, sql.createTable(tn, cols.length ? cols : [{ name: "id", type: "serial", primaryKey: true }]));
};
var dropTable = (out, { a, line, table }) => {
  if (table) out.emit(line, sql.dropTable(table, jsBool(a[1]) === true));
};
var renameTable = (out, { a, line, table }) => {
  const to = jsStr(a[1]);
  if (table && to) out.emit(line, sql.renameTable(table, to));
};
var addColumn = (out, { name, a, line, table }) => {
  const list = name === "addColumns" && a[1]?.type === "array" ? a[1].namedChildren : [a[1]];
  for (const n of list) {
    const c = typeormColumn(n);
    if (table && c) out.emit(line, sql.addColumn(table, c));
  }
};
var dropColumn = (out, { name, a, line, table }) => {
  const list = name === "dropColumns" && a[1]?.type === "array" ? a[1].namedChildren : [a[1]];
  for (const n of list) {
    const col = jsStr(n) ?? typeormColumn(n)?.name;
    if (table && col) out.emit(line, sql.dropColumn(table, col));
  }
};
var renameColumn = (out, { a, line, table }) => {
  const from = jsStr(a[1]) ?? typeormColumn(a[1])?.name;
  const to = jsStr(a[2]) ?? typeormColumn(a[2])?.name;
  if (table && from && to) out.emit(line, sql.renameColumn(table, from, to));
};
var changeColumn = (out, { a, line, table }) => {
  const from = jsStr(a[1]) ?? typeormColumn(a[1])?.name;
  const next = typeormColumn(a[2]);
  if (!table || !from || !next) return;
  if (next.name !== from) out.emit(line, sql.renameColumn(table, from, next.name));
  out.emit(line, sql.changeType(table, next.name, next.type));
  if (next.notNull) out.emit(line, sql.setNotNull(table, next.name));
};
var createIndex = (out, { a, line, table }) => {
  const o = optionsOf(a[1]);
  const cols = jsStrList(o.get("columnNames"));
  const iname = jsStr(o.get("name"));
  if (table && cols.length) out.emit(line, sql.createIndex(table, cols, { ...iname ? { name: iname } : {}, unique: jsBool(o.get("isUnique")) === true }));
};
var dropIndex = (out, { a, line }) => {
  const iname = jsStr(a[1]) ?? jsStr(optionsOf(a[1]).get("name"));
  if (iname) out.emit(line, sql.dropIndex(iname));
};
var createForeignKey = (out, { a, line, table }) => {
  const o = optionsOf(a[1]);
  const cols = jsStrList(o.get("columnNames"));
  const rt = jsStr(o.get("referencedTableName"));
  const rc = jsStrList(o.get("referencedColumnNames"));
  const cname = jsStr(o.get("name"));
  if (table && cols.length && rt) out.emit(line, sql.addForeignKey(table, cols, rt, rc.length ? rc : ["id"], cname ? { name: cname } : {}));
};
var createUniqueConstraint = (out, { a, line, table }) => {
  const o = optionsOf(a[1]);
  const cols = jsStrList(o.get("columnNames"));
  if (table && cols.length) out.emit(line, sql.addUnique(table, cols, jsStr(o.get("name"))));
};
var createCheckConstraint = (out, { a, line, table }) => {
  const o = optionsOf(a[1]);
  if (table) out.emit(line, sql.addCheck(table, jsStr(o.get("expression")) ?? "true", jsStr(o.get("name"))));
};
var createPrimaryKey = (out, { a, line, table }) => {
  const cols = jsStrList(a[1]);
  if (table && cols.length) out.emit(line, sql.addPrimaryKey(table, cols));
};
var dropConstraint = (out, { a, line, table }) => {
  const cname = jsStr(a[1]) ?? jsStr(optionsOf(a[1]).get("name"));
  if (table && cname) out.emit(line, sql.dropConstraint(table, cname));
};
var dropSchema = (out, { a, line }) => {
  const schema = jsStr(a[0]);
  if (schema) out.emit(line, `DROP SCHEMA ${jsBool(a[1]) ? "IF EXISTS " : ""}${ident(schema)}${jsBool(a[2]) ? " CASCADE" : ""};`);
};
var dropDatabase = (out, { a, line }) => {
  const db = jsStr(a[0]);
  if (db) out.emit(line, `DROP DATABASE ${jsBool(a[1]) ? "IF EXISTS " : ""}${ident(db)};`);
};
var clearTable = (out, { line, table }) => {
  if (table) out.emit(line, `TRUNCATE TABLE ${ident(table)};`);
};
var QUIET = new Set(
  [
    "connect release hasDatabase getCurrentDatabase hasSchema getCurrentSchema hasTable hasColumn createDatabase createSchema",
    "createView dropView changeTableComment startTransaction commitTransaction rollbackTransaction getTable getTables getView",
    "getViews getReplicationMode stream enableSqlMemory disableSqlMemory clearSqlMemory getMemorySql executeMemoryUpSql",
    "executeMemoryDownSql dropPrimaryKey dropExclusionConstraint dropExclusionConstraints"
  ].flatMap((names) => names.split(" "))
);
var QUERY_RUNNER_OPERATIONS = {
  dropSchema,
  dropDatabase,
  clearTable,
  createTable,
  dropTable,
  renameTable,
  addColumn,
  addColumns: addColumn,
  dropColumn,
  dropColumns: dropColumn,
  renameColumn,
  changeColumn,
  createIndex,
  dropIndex,
  createForeignKey,
  createUniqueConstraint,
  createCheckConstraint,
  createPrimaryKey,
  dropForeignKey: dropConstraint,
  dropUniqueConstraint: dropConstraint,
  dropCheckConstraint: dropConstraint
};
var TypeormReader = class {
  /** `root`: the module, where helpers the migration passes its queryRunner to are looked up. */
  constructor(root) {
    this.root = root;
  }
  root;
  t = newTranslation(true);
  /** Helper functions being read (a helper that calls itself is read once). */
  following = /* @__PURE__ */ new Set();
  /** Helpers from outside the file already noticed: one notice per helper, at its first call. */
  noticedHelpers = /* @__PURE__ */ new Set();
  emit(line, text) {
    this.t.up.push({ sql: text, line, synthetic: true });
  }
  /**
   * The entity manager's writes (`queryRunner.manager.update('users', { plan: null }, { plan: 'free' })`,
   * `.delete(User, criteria)`, `.clear(User)`), as the SQL they run on the entity's table (a
   * string, or the entity class standing for it): every row when the criteria are empty. Its
   * `query(…)` runs SQL as written; inserts and saves seed or write rows the migration names.
   */
  /**
   * `query('…')`: SQL as written, or as a constant of the file holds it (`const sql = \`…\`;
   * query(sql)`); SQL built in code the reader cannot read is a notice on the call, never silence.
   */
  rawQuery(arg, line, call, binds = false) {
    const texts = sqlTexts(arg);
    if (texts)
      for (const s of texts)
        this.t.up.push({
          sql: s.text,
          line: s.line,
          call: { label: `${call}(\u2026)`, line },
          ...s.inexact ? { inexact: true } : {},
          ...binds ? { binds } : {}
        });
    else if (arg) this.t.hits.push(builtInCode(line, `${call}(${codeLabel(arg)})`, arg));
  }
  managerWrite(call) {
    const name = methodName(call);
    const a = callArgs(call);
    const line = lineOf(call);
    if (name === "query") return this.rawQuery(a[0], line, `${calleeObject(call)?.text ?? "manager"}.query`, a.length > 1);
    if (name === "createQueryBuilder") return this.builderWrite(call);
    if (!["update", "delete", "clear", "increment", "decrement", "softDelete", "insert", "save", "upsert"].includes(name)) return;
    this.t.changesData = true;
    const table = jsStr(a[0]) ?? (a[0]?.type === "identifier" ? a[0].text : void 0);
    if (!table || ["insert", "save", "upsert"].includes(name)) return;
    if (name === "clear") return this.emit(line, sql.dataWrite("truncate", table, false));
    const criteria = a[1];
    const filtered = !!criteria && criteria.type !== "null" && !(criteria.type === "object" && criteria.namedChildren.length === 0);
    this.emit(line, sql.dataWrite(name === "delete" || name === "softDelete" ? "delete" : "update", table, filtered));
  }
  /**
   * A query builder's write (`manager.createQueryBuilder().update('users').set({…}).where(…).execute()`,
   * `.delete().from(User).where(…)`), read up its chain: the table `update(…)` or `from(…)` names,
   * filtered by a `where`.
   */
  builderWrite(start) {
    let kind;
    let table;
    let filtered = false;
    for (let n = start; n?.parent?.type === "member_expression" && n.parent.parent?.type === "call_expression"; n = n.parent.parent) {
      const call = n.parent.parent;
      const name = methodName(call);
      const arg = callArgs(call)[0];
      const named = jsStr(arg) ?? (arg?.type === "identifier" ? arg.text : void 0);
      if (name === "update" || name === "delete" || name === "softDelete") {
        kind = name === "update" ? "update" : "delete";
        table ??= named;
      } else if (name === "from") table ??= named;
      else if (/^(where|andWhere|orWhere|whereInIds)$/.test(name)) filtered = true;
      else if (name === "insert") this.t.changesData = true;
    }
    if (!kind) return;
    this.t.changesData = true;
    if (table) this.emit(lineOf(start), sql.dataWrite(kind, table, filtered));
  }
  read(body, qr) {
    const branches = new DialectBranches(this.t.hits, body);
    for (const call of callsInOrder(body)) {
      if (branches.skip(call)) continue;
      eachBinding(call, body, () => this.readCall(call, qr, body));
    }
  }
  readCall(call, qr, body) {
    const obj = calleeObject(call);
    if (obj?.text !== qr && obj?.text !== `this.${qr}` && this.passesRunner(call, qr, body)) return;
    if (obj?.text === `${qr}.manager` || obj?.text === `this.${qr}.manager`) {
      this.managerWrite(call);
      return;
    }
    if (obj?.text !== qr && obj?.text !== `this.${qr}`) return;
    const name = methodName(call);
    const a = callArgs(call);
    const line = lineOf(call);
    if (name === "query") {
      this.rawQuery(a[0], line, `${obj.text}.query`, a.length > 1);
      return;
    }
    if (name === "clearDatabase") {
      this.t.hits.push(
        hit(
          "drop-schema",
          line,
          "`clearDatabase()` drops every table, view and type of the database, with its data; a rollback cannot restore it. Drop what you mean, once nothing reads it."
        )
      );
      return;
    }
    const handler = handlerFor(QUERY_RUNNER_OPERATIONS, name);
    if (!handler) {
      if (!QUIET.has(name)) this.t.hits.push(unknownCallHit(line, `${qr}.${name}(\u2026)`));
      return;
    }
    const before = this.t.up.length;
    handler(this, { name, a, line, table: tableName(a[0]) });
    if (this.t.up.length === before)
      this.t.hits.push(
        hit(
          "not-analysed",
          line,
          `\`${qr}.${name}(\u2026)\` takes arguments built in code (a column cloned and changed, a loop variable, a value read from the database), so what it changes was not judged: pass them written out (an object, or a \`const\` of this file), or review it by hand and add \`// rollback-ready-ignore not-analysed: <reason>\` above the call.`
        )
      );
  }
  /**
   * A call that hands the queryRunner to a helper (flowise's `await this.modifyTable(queryRunner)`,
   * `await fixOpenSourceAssistantTable(queryRunner)`, `await ensureColumnExists(queryRunner, 'user',
   * 'user_type', 'varchar(10)')`): a method or function of this file is read where it is written;
   * one defined elsewhere (imported) is a notice, never silence. False when the call does not pass it.
   */
  passesRunner(call, qr, body) {
    const at = callArgs(call).findIndex((a) => a.text === qr || a.text === `this.${qr}`);
    if (at < 0) return false;
    const fn = call.childForFieldName("function");
    const name = fn?.type === "member_expression" ? fn.childForFieldName("property")?.text : fn?.type === "identifier" ? fn.text : void 0;
    const own = fn?.type === "identifier" || fn?.text.startsWith("this.") ? helperIn(this.root, name ?? "", fn?.type !== "identifier") : void 0;
    if (own) {
      const inside = own.startIndex >= body.startIndex && own.endIndex <= body.endIndex;
      const helperBody = fnBody(own);
      if (!inside && helperBody && !this.following.has(own.id)) {
        this.following.add(own.id);
        bindArguments(own, call, () => this.read(helperBody, paramName(own, at) ?? qr));
        this.following.delete(own.id);
      }
      return true;
    }
    if (name && READ_HELPER.test(name)) return true;
    const helper = name ?? fn?.text ?? "a function";
    if (this.noticedHelpers.has(helper)) return true;
    this.noticedHelpers.add(helper);
    this.t.hits.push(
      hit(
        "not-analysed",
        lineOf(call),
        `\`${short(call.text)}\` passes the queryRunner to \`${helper}\`, defined outside this file, so what it changes (here and at its later calls in this file) was not judged: write its SQL or queryRunner calls in the migration, or review it by hand and add \`// rollback-ready-ignore not-analysed: <reason>\` above the call.`
      )
    );
    return true;
  }
};
var short = (text) => {
  const one = text.replace(/\s+/g, " ");
  return one.length > 80 ? `${one.slice(0, 77)}\u2026` : one;
};
function helperIn(root, name, method) {
  if (!name) return void 0;
  if (method) return root.descendantsOfType("method_definition").find((m) => m.childForFieldName("name")?.text === name);
  for (const d of root.descendantsOfType(["function_declaration", "variable_declarator"])) {
    if (d.childForFieldName("name")?.text !== name) continue;
    const v = d.type === "function_declaration" ? d : d.childForFieldName("value");
    if (v && isFunction(v)) return v;
  }
  return void 0;
}
function transactionDisabled(root) {
  for (const f of root.descendantsOfType(["public_field_definition", "field_definition"])) {
    const name = f.childForFieldName("name") ?? f.childForFieldName("property");
    const value = f.childForFieldName("value");
    if (name?.text === "transaction" && value?.type === "false") return true;
  }
  return false;
}
async function typeormToPieces(source, path = "migration.ts") {
  var _stack = [];
  try {
    const tree = __using(_stack, await parseJs(path, source));
    const root = tree.rootNode;
    const reader = new TypeormReader(root);
    const t = reader.t;
    addParseError(t, root, "TypeScript");
    const fns = findMigrationFunctions(root);
    const up = fns.get("up");
    if (!up && !fns.get("down")) {
      t.downStatus = "missing";
      t.hits.push(
        hit(
          "not-analysed",
          1,
          "This file defines no migration (no class or export with `up` and `down`), so it was not analysed. If it holds helpers the migrations import, each call into them is noticed where a migration makes it; if it is a migration, give it `up` and `down` methods."
        )
      );
      return t;
    }
    const body = fnBody(up);
    if (body) reader.read(body, (up && paramName(up)) ?? "queryRunner");
    if (transactionDisabled(root)) t.transactional = false;
    judgeDown(t, fns, RAW, "TypeORM");
    readDownSql(t, fns, () => new TypeormReader(root), "queryRunner");
    return t;
  } catch (_) {
    var _error = _, _hasError = true;
  } finally {
    __callDispose(_stack, _error, _hasError);
  }
}
var typeorm = withAppDialect(
  dslFramework(typeorm_default, "TypeORM migration", (input) => typeormToPieces(input.content, input.path), "missing", {
    // src/migrations/1700000000000-Name.ts: the timestamp first, so name order is run order.
    isMigration: (name) => /^\d+-.*\.[cm]?[jt]s$/.test(name) && !name.endsWith(".d.ts"),
    translate: typeormToPieces
  }),
  "typeorm"
);
var typeorm_default2 = typeorm;
export {
  typeorm_default2 as default,
  typeorm,
  typeormToPieces
};
