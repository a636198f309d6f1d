import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
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
  chainFrom,
  codeLabel,
  constantValue,
  eachBinding,
  findMigrationFunctions,
  fnBody,
  functionIn,
  isFunction,
  jsBool,
  jsDefault,
  jsNumber,
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
  sqlString,
  unknownCallHit
} from "./chunk-K4LOI7D2.js";
import {
  handlerFor
} from "./chunk-P765CN6Y.js";
import {
  PLACEHOLDER
} from "./chunk-M2CJ2PKO.js";
import {
  lineOf
} from "./chunk-TKNREPPV.js";
import "./chunk-7WUAOE4O.js";
import {
  knex_default
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

// src/core/frameworks/knex/table-builder.ts
var KNEX_TYPES = {
  increments: "serial",
  bigIncrements: "bigserial",
  bigincrements: "bigserial",
  integer: "integer",
  bigInteger: "bigint",
  biginteger: "bigint",
  bigint: "bigint",
  tinyint: "smallint",
  smallint: "smallint",
  mediumint: "integer",
  text: "text",
  string: "character varying(255)",
  varchar: "character varying(255)",
  float: "real",
  double: "double precision",
  decimal: "numeric(8, 2)",
  boolean: "boolean",
  bool: "boolean",
  date: "date",
  datetime: "timestamp with time zone",
  dateTime: "timestamp with time zone",
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
var emitOrAfter = (r, { create, line }, s) => create ? create.after.push(s) : r.emit(line, s);
function addColumn(r, { create, line, table }, c) {
  if (create) create.cols.push(c);
  else r.emit(line, sql.addColumn(table, c));
}
function knexDefault(node) {
  if (node.type === "call_expression") {
    const n = methodName(node);
    if (n === "now") return "CURRENT_TIMESTAMP";
    if (n === "uuid") return "gen_random_uuid()";
    if (n === "raw") return jsStr(callArgs(node)[0]) ?? "'?'";
  }
  return jsDefault(node);
}
function referenced(mods) {
  const target = jsStr(mods.get("references")?.args[0]) ?? "id";
  const inTable = jsStr(mods.get("inTable")?.args[0]);
  return inTable ? [inTable, target] : target.includes(".") ? target.split(".") : [void 0, target];
}
function columnDef({ name, a, mods }, col) {
  let type = KNEX_TYPES[name];
  if ((name === "string" || name === "varchar") && jsNumber(a[1]) !== void 0) type = `character varying(${jsNumber(a[1])})`;
  if (name === "specificType") type = jsStr(a[1]) ?? "text";
  if (name === "decimal" && jsNumber(a[1]) !== void 0) type = `numeric(${jsNumber(a[1])}, ${jsNumber(a[2]) ?? 2})`;
  const c = { name: col, type };
  if (name === "increments" || name === "bigIncrements" || mods.has("primary")) c.primaryKey = true;
  if (mods.has("notNullable")) c.notNull = true;
  const d = mods.get("defaultTo");
  if (d?.args[0] && d.args[0].type !== "null") c.default = knexDefault(d.args[0]);
  return c;
}
function alterColumn(r, { mods, table, line }, c) {
  r.emit(line, sql.changeType(table, c.name, c.type));
  const alterNullable = jsBool(objectEntries(mods.get("alter")?.args[0]).get("alterNullable")) !== false;
  if (mods.has("notNullable")) r.emit(line, sql.setNotNull(table, c.name));
  else if (alterNullable) r.emit(line, sql.dropNotNull(table, c.name));
  if (c.default !== void 0) r.emit(line, sql.setDefault(table, c.name, c.default));
}
function columnCall(r, call) {
  const { col, mods, table } = call;
  if (!col) return;
  const c = columnDef(call, col);
  if (mods.has("alter")) return alterColumn(r, call, c);
  if (mods.has("unique")) c.unique = true;
  if (mods.get("references")) {
    const [rt, rc] = referenced(mods);
    if (rt) emitOrAfter(r, call, sql.addForeignKey(table, [col], rt, [rc], { name: knexForeignName(table, [col]) }));
  }
  addColumn(r, call, c);
  if (mods.has("index"))
    emitOrAfter(r, call, sql.createIndex(table, [col], { name: jsStr(mods.get("index")?.args[0]) ?? knexIndexName("index", table, [col]) }));
}
var runTime = (n) => jsStr(n) ?? PLACEHOLDER;
var dropColumns = (r, { a, table, line }) => {
  const names = a.flatMap((x) => {
    const v = constantValue(x);
    return v?.type === "array" ? v.namedChildren.filter((c) => c.type !== "comment").map(runTime) : [runTime(x)];
  });
  for (const n of names) r.emit(line, sql.dropColumn(table, n));
};
var renameColumn = (r, { a, col, table, line }) => {
  if (a[0] && a[1]) r.emit(line, sql.renameColumn(table, col ?? PLACEHOLDER, runTime(a[1])));
};
var setNullable = (r, { col, table, line }) => {
  if (col) r.emit(line, sql.dropNotNull(table, col));
};
var dropNullable = (r, { col, table, line }) => {
  if (col) r.emit(line, sql.setNotNull(table, col));
};
var timestamps = (r, call) => {
  const notNull = false;
  for (const n of ["created_at", "updated_at"]) {
    const c = { name: n, type: "timestamp with time zone", notNull };
    if (jsBool(call.a[1])) c.default = "CURRENT_TIMESTAMP";
    addColumn(r, call, c);
  }
};
var dropTimestamps = (r, { table, line }) => {
  for (const n of ["created_at", "updated_at"]) r.emit(line, sql.dropColumn(table, n));
};
var index = (r, call) => {
  const { a, table } = call;
  const cols = jsStrList(a[0]);
  if (!cols.length) return;
  const iname = jsStr(a[1]) ?? jsStr(objectEntries(a[1]).get("indexName")) ?? knexIndexName("index", table, cols);
  emitOrAfter(r, call, sql.createIndex(table, cols, { name: iname }));
};
var unique = (r, call) => {
  const { a, table } = call;
  const cols = jsStrList(a[0]);
  if (!cols.length) return;
  const opts = objectEntries(a[1]);
  const iname = jsStr(a[1]) ?? jsStr(opts.get("indexName")) ?? knexIndexName("unique", table, cols);
  const useConstraint = jsBool(opts.get("useConstraint")) ?? (opts.has("deferrable") || !opts.has("predicate"));
  emitOrAfter(r, call, useConstraint ? sql.addUnique(table, cols, iname) : sql.createIndex(table, cols, { name: iname, unique: true }));
};
var dropIndex = (r, { a, table, line }) => {
  r.emit(line, sql.dropIndex(jsStr(a[1]) ?? knexIndexName("index", table, jsStrList(a[0]))));
};
var dropUnique = (r, { a, table, line }) => {
  r.emit(line, sql.dropConstraint(table, jsStr(a[1]) ?? knexIndexName("unique", table, jsStrList(a[0]))));
};
var foreign = (r, call) => {
  const { a, mods, table } = call;
  const cols = jsStrList(a[0]);
  const [rt, rc] = referenced(mods);
  if (cols.length && rt) emitOrAfter(r, call, sql.addForeignKey(table, cols, rt, [rc], { name: jsStr(a[1]) ?? knexForeignName(table, cols) }));
};
var dropForeign = (r, { a, table, line }) => {
  const cname = jsStr(a[1]) ?? `${table}_${jsStrList(a[0]).join("_")}_foreign`;
  r.emit(line, sql.dropConstraint(table, cname));
};
var primary = (r, { a, table, line, create }) => {
  const cols = jsStrList(a[0]);
  if (cols.length && !create) r.emit(line, sql.addPrimaryKey(table, cols));
};
var dropPrimary = (r, { a, table, line }) => {
  r.emit(line, sql.dropConstraint(table, jsStr(a[0]) ?? `${table}_pkey`));
};
var check = (r, call) => {
  const predicate = jsStr(call.a[0]);
  if (predicate === void 0) return;
  const bindings = call.a[1]?.type === "array" ? call.a[1].namedChildren : [];
  let i = 0;
  const text = predicate.replace(/\?\?|\?/g, (placeholder) => {
    const b = bindings[i++];
    const [str, num] = [jsStr(b), jsNumber(b)];
    if (placeholder === "??") return str !== void 0 ? ident(str) : "x";
    return num !== void 0 ? String(num) : str !== void 0 ? sqlString(str) : "NULL";
  });
  const name = jsStr(call.a[2]) ?? `${call.table}_check`;
  emitOrAfter(r, call, `ALTER TABLE ${ident(call.table)} ADD CONSTRAINT ${ident(name)} CHECK (${text});`);
};
var BUILDER_CALLS = {
  dropColumn: dropColumns,
  dropColumns,
  renameColumn,
  setNullable,
  dropNullable,
  timestamps,
  dropTimestamps,
  index,
  unique,
  dropIndex,
  dropUnique,
  foreign,
  dropForeign,
  primary,
  dropPrimary,
  check
};
var QUIET_BUILDER = /* @__PURE__ */ new Set(["comment", "engine", "charset", "collate", "inherits", "queryContext", "dropChecks"]);
function knexIndexName(type, table, cols) {
  return `${table.replace(/[.-]/g, "_")}_${cols.join("_")}_${type}`.toLowerCase();
}
function knexForeignName(table, cols) {
  return `${table}_${cols.join("_")}_foreign`.replace(/[.-]/g, "_").toLowerCase();
}

// src/core/frameworks/knex.ts
var RAW = /* @__PURE__ */ new Set(["raw"]);
var QUIET_SCHEMA = /* @__PURE__ */ new Set([
  "withSchema",
  "hasTable",
  "hasColumn",
  "createSchema",
  "createSchemaIfNotExists",
  "createView",
  "createViewOrReplace",
  "createMaterializedView",
  "dropView",
  "dropViewIfExists",
  "dropMaterializedView",
  "dropMaterializedViewIfExists",
  "createExtension",
  "createExtensionIfNotExists",
  "dropExtension",
  "dropExtensionIfExists",
  "queryContext",
  "transacting",
  "connection",
  "debug",
  "then",
  "catch",
  "finally",
  "toSQL",
  "toString",
  "generateDdlCommands"
]);
var BUILDERS = /^(trx|tx|transaction|knex|db)$/;
var KnexReader = class {
  /** `root`: the module, where helpers the migration passes its Knex object to are looked up. */
  constructor(root) {
    this.root = root;
  }
  root;
  t = newTranslation(true);
  done = /* @__PURE__ */ new Set();
  branches;
  /** Helper functions of this file being read (a helper that calls itself is read once). */
  following = /* @__PURE__ */ new Set();
  /** Helpers from outside the file already noticed: one notice per helper, at its first call. */
  noticedHelpers = /* @__PURE__ */ new Set();
  emit(line, text) {
    this.t.up.push({ sql: text, line, synthetic: true });
  }
  read(body, knex2) {
    this.branches = new DialectBranches(this.t.hits, body);
    for (const call of callsInOrder(body)) {
      if (this.done.has(call.id) || this.branches.skip(call)) continue;
      eachBinding(call, body, () => this.readCall(call, knex2, body));
    }
  }
  readCall(call, knex2, body) {
    const name = methodName(call);
    const obj = calleeObject(call);
    const line = lineOf(call);
    const args = callArgs(call);
    if (name === "raw" && rootName(obj) !== "") {
      const on = obj.text.includes("\n") || obj.text.length > 40 ? `${rootName(obj)}.\u2026.` : `${obj.text}.`;
      if (!isValue(call)) this.rawSql(args[0], line, `${on}raw(${codeLabel(args[0])})`, `${on}raw(\u2026)`, args.length > 1);
      return;
    }
    const isSchema = obj?.type === "member_expression" ? obj.childForFieldName("property")?.text === "schema" || obj.text.endsWith(".schema") : false;
    if (isSchema || obj?.type === "call_expression" && this.isSchemaChain(obj)) {
      this.schemaCall(name, args, line);
      return;
    }
    if (["update", "del", "delete", "insert", "truncate", "increment", "decrement"].includes(name)) this.queryBuilder(call, name, line, knex2);
    else this.passesKnex(call, knex2, body);
  }
  /**
   * A call that hands the Knex object to a function (thedevs-network/kutt's
   * `await models.createLinkTable(knex)`, whose helper adds a NOT NULL column defaulting to
   * `knex.fn.uuid()`): a function of this file is read where it is written; one defined elsewhere
   * (imported) is a notice, never silence.
   */
  passesKnex(call, knex2, body) {
    const at = callArgs(call).findIndex((a) => a.type === "identifier" && (a.text === knex2 || BUILDERS.test(a.text)));
    const fn = call.childForFieldName("function");
    if (at < 0 || !fn || rootName(fn) === knex2) return;
    const name = fn.type === "member_expression" ? fn.childForFieldName("property")?.text : fn.type === "identifier" ? fn.text : void 0;
    const own = fn.type === "identifier" && this.root ? functionIn(this.root, fn.text) : void 0;
    if (own) {
      const inside = own.startIndex >= body.startIndex && own.endIndex <= body.endIndex;
      const helperBody = fnBody(own);
      if (!inside && helperBody && !this.following.has(own.id)) {
        const branches = this.branches;
        this.following.add(own.id);
        bindArguments(own, call, () => this.read(helperBody, paramName(own, at) ?? knex2));
        this.following.delete(own.id);
        this.branches = branches;
      }
      return;
    }
    if (name && READ_HELPER.test(name)) return;
    const owner = fn.type === "member_expression" ? rootName(fn) : "";
    const helper = owner ? `${owner}.\u2026` : fn.text.length > 60 ? name ?? "a function" : fn.text;
    if (this.noticedHelpers.has(helper)) return;
    this.noticedHelpers.add(helper);
    const text = call.text.replace(/\s+/g, " ");
    const what = owner ? `functions of \`${owner}\`, defined outside this file, so what they change (here and at the later \`${owner}.\u2026(${knex2})\` calls of this file)` : `\`${helper}\`, defined outside this file, so what it changes (here and at its later calls in this file)`;
    this.t.hits.push(
      hit(
        "not-analysed",
        lineOf(call),
        `\`${text.length > 80 ? `${text.slice(0, 77)}\u2026` : text}\` passes the Knex object to ${what} was not judged: write the schema calls in the migration, or review them by hand and add \`// rollback-ready-ignore not-analysed: <reason>\` above the call.`
      )
    );
  }
  /**
   * A query builder write (`knex('monitor').whereNull('x').update({…})`, `trx('notification')
   * .whereIn('type', […]).del()`), as the SQL it runs: a delete without a where… in its chain
   * deletes every row, a truncate empties the table, an update rewrites rows; an insert seeds.
   */
  queryBuilder(call, name, line, knex2) {
    let n = calleeObject(call);
    let filtered = false;
    while (n?.type === "call_expression" && n.childForFieldName("function")?.type === "member_expression") {
      if (/^(where|orWhere|andWhere|limit|first)/.test(methodName(n))) filtered = true;
      n = calleeObject(n);
    }
    const fn = n?.type === "call_expression" ? n.childForFieldName("function") : void 0;
    if (fn?.type !== "identifier" || !(fn.text === knex2 || BUILDERS.test(fn.text))) return;
    this.t.changesData = true;
    const table = runTimeName(callArgs(n)[0]);
    if (!table) return;
    if (name !== "insert")
      this.emit(line, sql.dataWrite(name === "del" || name === "delete" ? "delete" : name === "truncate" ? "truncate" : "update", table, filtered));
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
    const table = name === "createTable" || name === "createTableIfNotExists" ? jsStr(args[0]) : runTimeName(args[0]);
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
        const to = runTimeName(args[1]);
        if (table && to) this.emit(line, sql.renameTable(table, to));
        return;
      }
      case "raw":
        this.rawSql(args[0], line, `schema.raw(${codeLabel(args[0])})`, "schema.raw(\u2026)", args.length > 1);
        return;
      case "dropSchema":
      case "dropSchemaIfExists":
        if (table) this.emit(line, `DROP SCHEMA ${name === "dropSchemaIfExists" ? "IF EXISTS " : ""}${ident(table)}${jsBool(args[1]) ? " CASCADE" : ""};`);
        return;
      case "renameView": {
        const to = jsStr(args[1]);
        if (table && to) this.emit(line, `ALTER VIEW ${ident(table)} RENAME TO ${ident(to)};`);
        return;
      }
      case "refreshMaterializedView":
        if (table) this.emit(line, `REFRESH MATERIALIZED VIEW ${jsBool(args[1]) ? "CONCURRENTLY " : ""}${ident(table)};`);
        return;
      default:
        if (!QUIET_SCHEMA.has(name)) this.notRead(line, `schema.${name}(\u2026)`);
        return;
    }
  }
  /** Raw SQL as written; SQL built in code it cannot see is a notice, never silence. */
  rawSql(arg, line, call, label, binds) {
    const texts = sqlTexts(arg);
    if (texts)
      for (const s of texts)
        this.t.up.push({ sql: s.text, line: s.line, call: { label, line }, ...s.inexact ? { inexact: true } : {}, ...binds ? { binds } : {} });
    else if (arg) this.t.hits.push(builtInCode(line, call, arg));
  }
  /** A call this reader does not know: a notice, never silence. */
  notRead(line, what) {
    this.t.hits.push(unknownCallHit(line, what));
  }
  /** The table builder callback: `(table) => { table.string('x').notNullable(); … }`. */
  builder(cb, table, create) {
    const param = paramName(cb);
    const body = fnBody(cb);
    if (!param || !body) return;
    const chained = /* @__PURE__ */ new Set();
    for (const call of callsInOrder(body)) {
      if (chained.has(call.id) || this.branches?.skip(call)) continue;
      const obj = calleeObject(call);
      if (obj?.type !== "identifier" || obj.text !== param) continue;
      const chain = chainFrom(call);
      for (const l of chain) {
        chained.add(l.call.id);
        this.done.add(l.call.id);
      }
      eachBinding(call, body, () => this.builderChain(chain, table, lineOf(call), create));
    }
  }
  /** One chain on the table builder: `table.string('a', 80).notNullable().defaultTo('x')`. */
  builderChain(chain, table, line, create) {
    const head = chain[0];
    const call = {
      name: head.name,
      a: head.args,
      col: jsStr(head.args[0]),
      mods: new Map(chain.slice(1).map((l) => [l.name, l])),
      table,
      line,
      create
    };
    if (Object.hasOwn(KNEX_TYPES, head.name)) columnCall(this, call);
    else {
      const handler = handlerFor(BUILDER_CALLS, head.name);
      if (handler) handler(this, call);
      else if (!QUIET_BUILDER.has(head.name)) this.notRead(line, `table.${head.name}(\u2026)`);
    }
  }
};
var STATEMENT_WRAPPERS = /* @__PURE__ */ new Set(["all", "allSettled", "race", "any"]);
function isValue(raw) {
  for (let n = raw.parent; n; n = n.parent) {
    if (n.type === "arguments") {
      const call = n.parent;
      return !(call && STATEMENT_WRAPPERS.has(methodName(call)) && rootName(calleeObject(call)) === "Promise");
    }
    if (![
      "pair",
      "object",
      "array",
      "spread_element",
      "parenthesized_expression",
      "await_expression",
      "as_expression",
      "binary_expression",
      "ternary_expression"
    ].includes(n.type))
      return false;
  }
  return false;
}
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
  var _stack = [];
  try {
    const tree = __using(_stack, await parseJs(path, source));
    const root = tree.rootNode;
    const reader = new KnexReader(root);
    const t = reader.t;
    addParseError(t, root, "JavaScript");
    const fns = findMigrationFunctions(root);
    const built = builtByHelper(root, fns);
    if (built) t.hits.push(built);
    const up = fns.get("up");
    if (!up && !fns.get("down") && !built) {
      t.downStatus = "missing";
      t.hits.push(
        hit(
          "not-analysed",
          1,
          "This file exports no `up` or `down`, so it is not a Knex migration and was not analysed: if it changes the schema another way (its own migrator, a seed), review it by hand; if it is a migration, export `up` and `down`."
        )
      );
      return t;
    }
    const body = fnBody(up);
    if (body) reader.read(body, (up && paramName(up)) ?? "knex");
    if (transactionDisabled(root)) t.transactional = false;
    judgeDown(t, fns, RAW, "Knex");
    readDownSql(t, fns, () => new KnexReader(root), "knex");
    return t;
  } catch (_) {
    var _error = _, _hasError = true;
  } finally {
    __callDispose(_stack, _error, _hasError);
  }
}
function builtByHelper(root, fns) {
  for (const a of root.descendantsOfType("assignment_expression")) {
    if (a.childForFieldName("left")?.text.replace(/\s+/g, "") !== "module.exports") continue;
    const right = a.childForFieldName("right");
    const helpers = right?.type === "call_expression" ? [right] : right?.type === "object" ? right.namedChildren.filter((c) => c.type === "spread_element").flatMap((c) => c.namedChildren.filter((n) => n.type === "call_expression")) : [];
    for (const call of helpers) {
      for (const arg of callArgs(call)) {
        const name = isFunction(arg) ? arg.childForFieldName("name")?.text : void 0;
        if ((name === "up" || name === "down") && !fns.has(name)) fns.set(name, arg);
      }
      if (fns.has("up")) continue;
      const label = call.text.replace(/\s+/g, " ");
      return hit(
        "not-analysed",
        lineOf(call),
        `The migration is built by \`${label.length > 80 ? `${label.slice(0, 77)}\u2026` : label}\`, a helper of the project's, so what its up changes was not judged: write the up as a function in the migration (\`async function up(knex) { \u2026 }\`), or review the helper by hand and add \`// rollback-ready-ignore not-analysed: <reason>\` above it.`
      );
    }
  }
  return void 0;
}
var isJsFile = (name) => /\.[cm]?[jt]s$/.test(name) && !name.endsWith(".d.ts");
var knex = withAppDialect(
  dslFramework(knex_default, "Knex migration", (input) => knexToPieces(input.content, input.path), "missing", {
    isMigration: isJsFile,
    translate: knexToPieces
  }),
  "knex"
);
var knex_default2 = knex;
function runTimeName(arg) {
  return jsStr(arg) ?? (arg ? PLACEHOLDER : void 0);
}
export {
  knex_default2 as default,
  knex,
  knexToPieces
};
