import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  modelTable
} from "./chunk-I477C63R.js";
import {
  args,
  boundAt,
  callName,
  literalNames,
  phpDefault,
  phpNumber,
  phpSql,
  phpStr,
  phpStrList,
  withAllBound,
  withAppDialect,
  withBound,
  withoutBound
} from "./chunk-US2VXZOM.js";
import "./chunk-V4MZUPIZ.js";
import "./chunk-TZEJCB33.js";
import {
  firstErrorNode,
  lineOf,
  parseCode
} from "./chunk-TKNREPPV.js";
import "./chunk-7WUAOE4O.js";
import "./chunk-KNZ3QVEF.js";
import "./chunk-2KVBLKWZ.js";
import {
  dslFramework,
  hit,
  newTranslation,
  parseErrorHit,
  sql
} from "./chunk-QKWKVWJ7.js";
import {
  handlerFor
} from "./chunk-P765CN6Y.js";
import {
  laravel_default
} from "./chunk-K7NLEESO.js";
import "./chunk-VKBMTKYT.js";
import "./chunk-YQYMSWCG.js";
import {
  PHP_TEMPLATES
} from "./chunk-BEKUU44V.js";
import "./chunk-VQUEMGJH.js";
import {
  dialectOfPath
} from "./chunk-BF324SM3.js";
import "./chunk-Q7EMWZUQ.js";
import "./chunk-ASTGNKGX.js";
import "./chunk-AYEM27GC.js";
import "./chunk-XVF5O5FK.js";
import {
  __callDispose,
  __using
} from "./chunk-ADI5M2KE.js";

// src/core/frameworks/laravel/blueprint.ts
var TYPES = {
  id: "bigserial",
  bigIncrements: "bigserial",
  increments: "serial",
  string: "character varying(255)",
  char: "character(255)",
  text: "text",
  mediumText: "text",
  longText: "text",
  tinyText: "text",
  integer: "integer",
  bigInteger: "bigint",
  unsignedBigInteger: "bigint",
  unsignedInteger: "integer",
  mediumInteger: "integer",
  unsignedMediumInteger: "integer",
  smallInteger: "smallint",
  unsignedSmallInteger: "smallint",
  tinyInteger: "smallint",
  unsignedTinyInteger: "smallint",
  mediumIncrements: "serial",
  smallIncrements: "smallserial",
  tinyIncrements: "smallserial",
  unsignedDecimal: "numeric(8, 2)",
  boolean: "boolean",
  date: "date",
  dateTime: "timestamp(0) without time zone",
  dateTimeTz: "timestamp(0) with time zone",
  timestamp: "timestamp(0) without time zone",
  timestampTz: "timestamp(0) with time zone",
  time: "time(0) without time zone",
  decimal: "numeric(8, 2)",
  float: "double precision",
  double: "double precision",
  json: "json",
  jsonb: "jsonb",
  uuid: "uuid",
  ulid: "character(26)",
  foreignId: "bigint",
  foreignIdFor: "bigint",
  foreignUuid: "uuid",
  enum: "character varying(255)",
  binary: "bytea",
  ipAddress: "inet",
  macAddress: "macaddr",
  year: "integer"
};
var MYSQL_TYPES = {
  tinyText: "tinytext",
  mediumText: "mediumtext",
  longText: "longtext",
  tinyInteger: "tinyint",
  unsignedTinyInteger: "tinyint",
  mediumInteger: "mediumint",
  unsignedMediumInteger: "mediumint"
};
var TYPE_NAMES = new Map(Object.keys(TYPES).map((k) => [k.toLowerCase(), k]));
var typeName = (name) => TYPE_NAMES.get(name.toLowerCase());
var plural = (s) => s.endsWith("y") ? `${s.slice(0, -1)}ies` : s.endsWith("s") ? s : `${s}s`;
var later = (r, { create, line }, s) => create ? create.after.push(s) : r.emit(line, s);
var addCol = (r, { create, line, table }, c) => create ? create.cols.push(c) : r.emit(line, sql.addColumn(table, c));
function columnDef(r, { name, a, mods }, cname) {
  let type = (r.mysql ? MYSQL_TYPES[name] : void 0) ?? TYPES[name];
  const values = name === "enum" && r.mysql ? phpStrList(a[1]) : [];
  if (values.length) type = `enum(${values.map((v) => `'${v.replace(/'/g, "''")}'`).join(",")})`;
  if ((name === "string" || name === "char") && phpNumber(a[1]) !== void 0)
    type = `${name === "char" ? "character" : "character varying"}(${phpNumber(a[1])})`;
  if (name === "decimal" && phpNumber(a[1]) !== void 0) type = `numeric(${phpNumber(a[1])}, ${phpNumber(a[2]) ?? 2})`;
  const c = { name: cname, type };
  if (["id", "bigIncrements", "increments", "mediumIncrements", "smallIncrements", "tinyIncrements"].includes(name) || mods.has("primary")) c.primaryKey = true;
  const nullable = mods.get("nullable");
  if (!nullable || args(nullable)[0]?.text.toLowerCase().replace(/^.*:\s*/, "") === "false")
    c.notNull = true;
  if (mods.has("default")) {
    const d = phpDefault(args(mods.get("default"))[0]);
    if (d !== void 0) c.default = d;
  }
  if (mods.has("useCurrent")) c.default = "CURRENT_TIMESTAMP";
  return c;
}
function changeColumn(r, { line, table, mods }, c) {
  r.emit(line, sql.changeType(table, c.name, c.type));
  if (!r.keepsUnstated || mods.has("nullable")) r.emit(line, c.notNull ? sql.setNotNull(table, c.name) : sql.dropNotNull(table, c.name));
  if (c.default !== void 0) r.emit(line, sql.setDefault(table, c.name, c.default));
}
function columnCall(r, c) {
  const { name, head, col, mods, table } = c;
  const cname = name === "id" && !col ? "id" : name === "foreignIdFor" ? phpStr(c.a[1]) ?? modelKey(c.a[0]) : col;
  if (!cname) return;
  const def = columnDef(r, c, cname);
  if (mods.has("change")) return changeColumn(r, c, def);
  addCol(r, c, def);
  if (mods.has("unique")) later(r, c, sql.createIndex(table, [cname], { unique: true, name: `${table}_${cname}_unique` }));
  if (mods.has("index")) later(r, c, sql.createIndex(table, [cname], { name: `${table}_${cname}_index` }));
  const constrained = mods.get("constrained");
  const on = mods.get("on");
  if (constrained || on) {
    const ref = constrained ? phpStr(args(constrained)[0]) ?? plural(cname.replace(/_id$/, "")) : phpStr(args(on)[0]);
    const refCol = phpStr(args(mods.get("references") ?? head)[0]) ?? "id";
    if (ref) later(r, c, sql.addForeignKey(table, [cname], ref, [constrained ? "id" : refCol], { name: `${table}_${cname}_foreign` }));
  }
}
function modelKey(a) {
  const cls = /([A-Za-z0-9_]+)::class$/.exec(a?.text.trim() ?? "")?.[1];
  return cls ? `${cls.replace(/([a-z0-9])([A-Z])/g, "$1_$2").toLowerCase()}_id` : void 0;
}
var TIMESTAMP = "timestamp(0) without time zone";
var dropColumn = (r, { a, line, table }) => {
  for (const c of a.flatMap((x) => phpStrList(x))) r.emit(line, sql.dropColumn(table, c));
};
var renameColumn = (r, { a, line, col, table }) => {
  const to = phpStr(a[1]);
  if (col && to) r.emit(line, sql.renameColumn(table, col, to));
};
var rename = (r, { line, col, table }) => {
  if (col) r.emit(line, sql.renameTable(table, col));
};
var timestamps = (r, c) => {
  for (const n of ["created_at", "updated_at"]) addCol(r, c, { name: n, type: TIMESTAMP });
};
var softDeletes = (r, c) => {
  addCol(r, c, { name: c.col ?? "deleted_at", type: TIMESTAMP });
};
var rememberToken = (r, c) => {
  addCol(r, c, { name: "remember_token", type: "character varying(100)" });
};
var dropTimestamps = (r, { line, table }) => {
  for (const n of ["created_at", "updated_at"]) r.emit(line, sql.dropColumn(table, n));
};
var dropSoftDeletes = (r, { line, col, table }) => {
  r.emit(line, sql.dropColumn(table, col ?? "deleted_at"));
};
var dropRememberToken = (r, { line, table }) => {
  r.emit(line, sql.dropColumn(table, "remember_token"));
};
var morphs = (r, c) => {
  const { name, col, table } = c;
  if (!col) return;
  const id = name.toLowerCase().startsWith("nullableuuid") || name.toLowerCase().startsWith("uuid") ? "uuid" : "bigint";
  const notNull = !name.toLowerCase().startsWith("nullable");
  addCol(r, c, { name: `${col}_type`, type: "character varying(255)", ...notNull ? { notNull } : {} });
  addCol(r, c, { name: `${col}_id`, type: id, ...notNull ? { notNull } : {} });
  later(r, c, sql.createIndex(table, [`${col}_type`, `${col}_id`], { name: `${table}_${col}_type_${col}_id_index` }));
};
var dropMorphs = (r, { line, col, table }) => {
  if (!col) return;
  r.emit(line, sql.dropIndex(`${table}_${col}_type_${col}_id_index`));
  for (const n of [`${col}_type`, `${col}_id`]) r.emit(line, sql.dropColumn(table, n));
};
var dropTable = (r, { name, line, table }) => {
  r.emit(line, sql.dropTable(table, name.toLowerCase() === "dropifexists"));
};
var dropConstrainedForeignId = (r, { line, col, table }) => {
  if (col) {
    r.emit(line, sql.dropConstraint(table, `${table}_${col}_foreign`));
    r.emit(line, sql.dropColumn(table, col));
  }
};
var index = (r, c) => {
  const { name, a, table } = c;
  const cols = phpStrList(a[0]);
  if (!cols.length) return;
  const iname = phpStr(a[1]) ?? `${table}_${cols.join("_")}_${name}`;
  later(r, c, sql.createIndex(table, cols, { name: iname, unique: name === "unique" }));
};
var primary = (r, { a, line, table, create }) => {
  const cols = phpStrList(a[0]);
  if (cols.length && !create) r.emit(line, sql.addPrimaryKey(table, cols));
};
var foreign = (r, c) => {
  const { a, mods, table } = c;
  const cols = phpStrList(a[0]);
  const on = mods.get("on");
  const ref = on ? phpStr(args(on)[0]) : void 0;
  const refCols = mods.get("references") ? phpStrList(args(mods.get("references"))[0]) : ["id"];
  if (cols.length && ref)
    later(r, c, sql.addForeignKey(table, cols, ref, refCols.length ? refCols : ["id"], { name: phpStr(a[1]) ?? `${table}_${cols.join("_")}_foreign` }));
};
var namedOrListed = (a, table, suffix) => {
  const list = phpStrList(a[0]);
  return a[0]?.namedChildren[0]?.type === "array_creation_expression" ? `${table}_${list.join("_")}_${suffix}` : list[0];
};
var INDEX_SUFFIX = { dropUnique: "unique", dropFullText: "fulltext", dropSpatialIndex: "spatialindex" };
var dropIndex = (r, { name, a, line, table }) => {
  const iname = namedOrListed(a, table, INDEX_SUFFIX[name] ?? "index");
  if (iname) r.emit(line, sql.dropIndex(iname));
};
var dropForeign = (r, { a, line, table }) => {
  const cname = namedOrListed(a, table, "foreign");
  if (cname) r.emit(line, sql.dropConstraint(table, cname));
};
var dropPrimary = (r, { a, line, table }) => {
  r.emit(line, sql.dropConstraint(table, phpStr(a[0]) ?? `${table}_pkey`));
};
var BLUEPRINT_CALLS = {
  dropColumn,
  dropColumns: dropColumn,
  morphs,
  nullableMorphs: morphs,
  uuidMorphs: morphs,
  nullableUuidMorphs: morphs,
  dropMorphs,
  drop: dropTable,
  dropIfExists: dropTable,
  dropTimestampsTz: (r, c) => dropTimestamps(r, c),
  dropSoftDeletesTz: (r, c) => dropSoftDeletes(r, c),
  renameColumn,
  rename,
  timestamps,
  timestampsTz: timestamps,
  nullableTimestamps: timestamps,
  softDeletes,
  softDeletesTz: softDeletes,
  rememberToken,
  dropTimestamps,
  dropSoftDeletes,
  dropRememberToken,
  dropConstrainedForeignId,
  index,
  unique: index,
  primary,
  foreign,
  dropIndex,
  dropUnique: dropIndex,
  dropFullText: dropIndex,
  dropSpatialIndex: dropIndex,
  dropForeign,
  dropPrimary
};
var CALL_NAMES = new Map(Object.keys(BLUEPRINT_CALLS).map((k) => [k.toLowerCase(), k]));
var blueprintName = (name) => CALL_NAMES.get(name.toLowerCase()) ?? name;

// src/core/frameworks/laravel.ts
var WRITES = ["update", "delete", "forceDelete", "insert", "truncate", "upsert", "increment", "decrement"];
var WRITE_KINDS = {
  update: "update",
  increment: "update",
  decrement: "update",
  delete: "delete",
  forceDelete: "delete",
  truncate: "truncate"
};
var FILTERS = /^(where|orWhere|when|find|limit|take)/i;
var QUERY_STARTS = /^(where|orWhere|query|withTrashed|onlyTrashed|latest|oldest|find)/i;
function modelOf(call) {
  let inner = call.childForFieldName("object");
  while (inner?.type === "member_call_expression") inner = inner.childForFieldName("object");
  if (inner?.type !== "scoped_call_expression" || !QUERY_STARTS.test(callName(inner))) return void 0;
  return modelClass(inner.childForFieldName("scope")?.text ?? "");
}
function modelClass(scope) {
  const cls = scope.split("\\").pop() ?? "";
  return /^[A-Z]\w*$/.test(cls) && !["DB", "Schema", "Carbon", "Str", "Arr", "Storage", "Cache", "Config", "Log", "Artisan", "Event", "Queue"].includes(cls) ? modelTable(cls) : void 0;
}
var RECORD_WRITES = {
  save: "update",
  saveQuietly: "update",
  update: "update",
  updateQuietly: "update",
  delete: "delete",
  deleteQuietly: "delete",
  forceDelete: "delete",
  forceDeleteQuietly: "delete"
};
function chainModel(node) {
  let inner = node;
  while (inner?.type === "member_call_expression" || inner?.type === "member_access_expression") inner = inner.childForFieldName("object");
  return inner?.type === "scoped_call_expression" ? modelClass(inner.childForFieldName("scope")?.text ?? "") : void 0;
}
function recordLoopModel(call) {
  const object = call.childForFieldName("object");
  if (object?.type === "member_access_expression" && object.childForFieldName("name")?.text === "each") return chainModel(object.childForFieldName("object"));
  if (object?.type !== "variable_name" || object.text === "$this") return void 0;
  let target = object.text;
  for (let up = call.parent; up; up = up.parent) {
    if (up.type === "foreach_statement") {
      const [iterated, bound] = up.namedChildren;
      const value = bound?.type === "pair" ? bound.namedChildren[1] : bound;
      if (value?.type !== "variable_name" || value.text !== target) continue;
      const model = chainModel(iterated);
      if (model) return model;
      if (iterated?.type !== "variable_name") return void 0;
      const held = heldModel(iterated.text, up);
      if (held !== void 0) return held ?? void 0;
      target = iterated.text;
    } else if (up.type === "anonymous_function" || up.type === "arrow_function") {
      const param = up.childForFieldName("parameters")?.namedChildren[0]?.childForFieldName("name")?.text;
      if (param !== target) continue;
      const callOf = up.parent?.type === "argument" ? up.parent.parent?.parent : void 0;
      return callOf?.type === "member_call_expression" || callOf?.type === "scoped_call_expression" ? chainModel(callOf) : void 0;
    } else if (up.type === "method_declaration") return void 0;
  }
  return void 0;
}
function heldModel(variable, loop) {
  let scope = loop.parent;
  while (scope && !["anonymous_function", "arrow_function", "method_declaration", "function_definition"].includes(scope.type)) scope = scope.parent;
  const assigned = (scope?.childForFieldName("body") ?? scope)?.descendantsOfType("assignment_expression").filter((a) => a.startIndex < loop.startIndex && a.childForFieldName("left")?.text === variable);
  if (!assigned?.length) return void 0;
  const models = new Set(assigned.map((a) => chainModel(a.childForFieldName("right"))));
  const [model] = models;
  return models.size === 1 && model ? model : null;
}
var LaravelReader = class {
  /** Laravel 10 or earlier, and a MySQL app: see BlueprintSink. */
  constructor(keepsUnstated = false, mysql = false) {
    this.keepsUnstated = keepsUnstated;
    this.mysql = mysql;
  }
  keepsUnstated;
  mysql;
  t = newTranslation(true);
  done = /* @__PURE__ */ new Set();
  /** The class's own methods, read where `up()` calls them (`$this->createAccountTypeTable()`: Firefly III). */
  helpers = /* @__PURE__ */ new Map();
  entered = /* @__PURE__ */ new Set();
  emit(line, text) {
    this.t.up.push({ sql: text, line, synthetic: true });
  }
  /** Variables of the method being read that hold the table prefix (`$prefix = DB::getTablePrefix();`). */
  prefixVars = /* @__PURE__ */ new Set();
  /** The table prefix: `DB::getTablePrefix()` (or a connection's) or a variable holding it. */
  isPrefix = (n) => n.type === "variable_name" && this.prefixVars.has(n.text) || (n.type === "scoped_call_expression" || n.type === "member_call_expression") && callName(n).toLowerCase() === "gettableprefix" && !args(n).length;
  /**
   * The SQL of `DB::statement(…)` and kin. `bound`: run with bindings (`DB::update('… where id = ?',
   * [$id])`): a parse error there is the placeholder's. SQL built from other code is said, not
   * passed in silence (`notice`: the call, for the up's notice).
   */
  raw(node, into, bound = false, notice) {
    const s = phpSql(node, this.isPrefix);
    if (!s) return false;
    if ("code" in s) {
      const code = s.code.text.replace(/\s+/g, " ");
      if (notice)
        this.t.hits.push(
          hit(
            "not-analysed",
            lineOf(s.code),
            `\`${notice}\` runs SQL built from \`${code.length > 60 ? `${code.slice(0, 57)}\u2026` : code}\`, so what it does was not read: review it by hand.`
          )
        );
      return false;
    }
    const call = notice && node ? { label: notice, line: lineOf(node), lang: PHP_TEMPLATES } : void 0;
    into.push({
      sql: s.text,
      line: s.line,
      // Without a call to say it on, bound SQL's parse error stays the placeholder's (dropped).
      ...s.inexact || bound && !call ? { inexact: true } : {},
      ...bound ? { binds: true } : {},
      ...call ? { call } : {}
    });
    return true;
  }
  /** Read `body`'s calls, with its own prefix variables. */
  read(body) {
    withAllBound(literalLocals(body), () => this.within(body, () => this.readCalls(body)));
  }
  /** Run `f` with the prefix variables of the method `body` belongs to. */
  within(body, f) {
    const outer = this.prefixVars;
    this.prefixVars = prefixVariables(body);
    try {
      return f();
    } finally {
      this.prefixVars = outer;
    }
  }
  readCalls(body) {
    const calls = body.descendantsOfType(["scoped_call_expression", "member_call_expression"]);
    calls.sort((a, b) => (a.childForFieldName("name")?.startIndex ?? 0) - (b.childForFieldName("name")?.startIndex ?? 0));
    for (const call of calls) {
      if (this.done.has(call.id)) continue;
      this.unrolled(call, body, () => this.oneCall(call));
    }
  }
  /**
   * Run `read` once per element of each loop over literal names between `node` and `scope`
   * (`foreach (['events', 'sessions'] as $table) { Schema::dropIfExists($table); }`, or over a
   * local `$cols = ['a', 'b']`), the loop's variable bound to it: PHP runs the body once per
   * element. Calls read in one pass are read again in the next (`done` restarts for each).
   */
  unrolled(node, scope, read) {
    const loops = [];
    for (let child = node, up = node.parent; up && up.id !== scope.id; child = up, up = up.parent) {
      const loop = up.type === "foreach_statement" && up.childForFieldName("body")?.id === child.id ? literalLoop(up) : void 0;
      if (loop) loops.unshift(loop);
    }
    if (!loops.length) return read();
    const before = new Set(this.done);
    const after = /* @__PURE__ */ new Set();
    const run = (i) => {
      if (i < loops.length) {
        for (const item of loops[i].items) withBound(loops[i].variable, item, () => run(i + 1));
        return;
      }
      this.done = new Set(before);
      read();
      for (const id of this.done) after.add(id);
    };
    run(0);
    this.done = after;
  }
  /** Helpers being read with their parameters bound, innermost last: a call back into one is not read again. */
  reading = [];
  /**
   * `$this->dropLegacy('events')`: a method of the class given literals for every parameter (strings,
   * numbers, arrays of strings, a variable bound to one) is read for this call, its parameters
   * standing for them, so each call's changes are named. Otherwise (arguments known only at run
   * time, `...$rest`, a call back into a method being read) it is read once with its parameters
   * unbound: a notice where one names what it changes, as before.
   */
  helperCall(name, helper, call) {
    const body = helper.childForFieldName("body");
    if (!body) return;
    const params = helper.childForFieldName("parameters")?.namedChildren.filter((p) => p.type !== "comment") ?? [];
    const binding = params.length && !this.reading.includes(name) ? bindParams(params, args(call)) : void 0;
    const again = () => {
      for (const c of body.descendantsOfType(["scoped_call_expression", "member_call_expression"])) this.done.delete(c.id);
    };
    if (binding) {
      again();
      this.reading.push(name);
      try {
        withAllBound(binding, () => this.read(body));
      } finally {
        this.reading.pop();
      }
      return;
    }
    if (this.entered.has(name)) return;
    this.entered.add(name);
    again();
    const names = params.flatMap((p) => p.childForFieldName("name")?.text ?? []);
    withoutBound(names, () => this.read(body));
  }
  oneCall(call) {
    const name = callName(call);
    const a = args(call);
    const line = lineOf(call);
    if (call.type === "member_call_expression") {
      const helper = call.childForFieldName("object")?.text === "$this" ? this.helpers.get(name) : void 0;
      if (helper) {
        this.helperCall(name, helper, call);
        return;
      }
      if (WRITES.includes(name) && (call.text.startsWith("DB::table") || modelOf(call))) {
        this.t.changesData = true;
        this.queryBuilder(call, name, line);
        return;
      }
      const write = handlerFor(RECORD_WRITES, name);
      const record = write ? recordLoopModel(call) : void 0;
      if (record) {
        this.t.changesData = true;
        this.emit(line, sql.dataWrite(write, record, true));
      }
      return;
    }
    const scope = call.childForFieldName("scope")?.text ?? "";
    if (scope === "DB" || scope.endsWith("\\DB")) {
      if (name === "statement" || name === "unprepared" || name === "update" || name === "delete") this.raw(a[0], this.t.up, a.length > 1, `DB::${name}(\u2026)`);
      return;
    }
    const model = name === "truncate" || name === "destroy" ? modelClass(scope) : void 0;
    if (model) {
      this.t.changesData = true;
      this.emit(line, sql.dataWrite(name === "truncate" ? "truncate" : "delete", model, name === "destroy"));
      return;
    }
    if (scope !== "Schema" && !scope.endsWith("\\Schema")) return;
    const table = phpStr(a[0]);
    if (!table) {
      if (name === "create") for (const c of call.descendantsOfType("member_call_expression")) this.done.add(c.id);
      else if (SCHEMA_CALLS.has(name) && a[0]) {
        this.t.hits.push(
          hit("not-analysed", line, `\`Schema::${name}(${a[0].text}, \u2026)\` names its table only at run time, so what it does was not read: review it by hand.`)
        );
        for (const c of call.descendantsOfType("member_call_expression")) this.done.add(c.id);
      }
      return;
    }
    switch (name) {
      case "create": {
        const cols = [];
        const after = [];
        this.blueprint(a[1], table, { cols, after });
        this.emit(line, sql.createTable(table, cols.length ? cols : [{ name: "id", type: "bigserial", primaryKey: true }]));
        for (const s of after) this.emit(line, s);
        break;
      }
      case "table":
        this.blueprint(a[1], table);
        break;
      case "drop":
      case "dropIfExists":
        this.emit(line, sql.dropTable(table, name === "dropIfExists"));
        break;
      case "rename":
      case "dropColumns":
      case "dropColumn": {
        if (a[1] && !knownNames(a[1])) {
          this.t.hits.push(
            hit(
              "not-analysed",
              line,
              `\`Schema::${name}('${table}', ${oneLine(a[1].text)})\` names what it drops or renames only at run time, so it was not judged: review it by hand.`
            )
          );
          break;
        }
        if (name === "rename") {
          const to = phpStr(a[1]);
          if (to) this.emit(line, sql.renameTable(table, to));
        } else for (const c of phpStrList(a[1])) this.emit(line, sql.dropColumn(table, c));
        break;
      }
      default:
        break;
    }
  }
  /**
   * A query builder write on a table (`DB::table('permissions')->delete()`), as the SQL it runs:
   * a DELETE without a `where…` in its chain deletes every row, a truncate empties the table, an
   * update rewrites rows. Inserts seed rows (nothing to report).
   */
  queryBuilder(call, name, line) {
    let inner = call.childForFieldName("object");
    let filtered = false;
    while (inner?.type === "member_call_expression") {
      if (FILTERS.test(callName(inner))) filtered = true;
      inner = inner.childForFieldName("object");
    }
    const model = modelOf(call);
    if (model && FILTERS.test(callName(inner))) filtered = true;
    const table = model ?? (inner?.type === "scoped_call_expression" && callName(inner) === "table" ? phpStr(args(inner)[0]) : void 0);
    if (!table) return;
    const kind = handlerFor(WRITE_KINDS, name);
    if (kind) this.emit(line, sql.dataWrite(kind, table, filtered));
  }
  blueprint(arg, table, create) {
    const fn = arg?.namedChildren[0];
    if (!fn || fn.type !== "anonymous_function" && fn.type !== "arrow_function") return;
    const param = fn.childForFieldName("parameters")?.namedChildren[0]?.childForFieldName("name")?.text;
    const body = fn.childForFieldName("body");
    if (!param || !body) return;
    const calls = body.descendantsOfType("member_call_expression");
    calls.sort((x, y) => x.startIndex - y.startIndex);
    for (const call of calls) {
      const obj = call.childForFieldName("object");
      if (obj?.type !== "variable_name" || obj.text !== param || this.done.has(call.id)) continue;
      const chain = [call];
      let cur = call;
      while (cur.parent?.type === "member_call_expression" && cur.parent.childForFieldName("object")?.id === cur.id) {
        cur = cur.parent;
        chain.push(cur);
      }
      for (const c of chain) this.done.add(c.id);
      this.unrolled(call, body, () => this.chain(chain, table, create));
    }
  }
  /** One chain of calls on the blueprint: `$table->string('a')->nullable()->default('x')`. */
  chain(chain, table, create) {
    const head = chain[0];
    const name = callName(head);
    const a = args(head);
    const call = {
      name,
      head,
      a,
      line: lineOf(head),
      col: phpStr(a[0]),
      mods: new Map(chain.slice(1).map((c) => [callName(c), c])),
      table,
      create
    };
    const runtime = NAMES_DROPPED.has(blueprintName(name)) ? a.find((x) => !knownNames(x)) : void 0;
    if (runtime) {
      this.t.hits.push(
        hit(
          "not-analysed",
          call.line,
          `\`$table->${name}(${oneLine(runtime.text)})\` on "${table}" names what it drops or renames only at run time, so it was not judged: review it by hand.`
        )
      );
      return;
    }
    const known = typeName(name);
    if (known) columnCall(this, { ...call, name: known });
    else if (handlerFor(BLUEPRINT_CALLS, blueprintName(name))) handlerFor(BLUEPRINT_CALLS, blueprintName(name))(this, call);
    else if (/^(drop|rename)/i.test(name))
      this.t.hits.push(
        hit(
          "not-analysed",
          call.line,
          `\`$table->${name}(\u2026)\` on "${table}" is not a Blueprint method rollback-ready reads: review what it drops or renames by hand.`
        )
      );
  }
};
var NAMES_DROPPED = /* @__PURE__ */ new Set([
  "dropColumn",
  "dropColumns",
  "renameColumn",
  "rename",
  "dropIndex",
  "dropUnique",
  "dropFullText",
  "dropSpatialIndex",
  "dropForeign",
  "dropPrimary",
  "dropMorphs",
  "dropConstrainedForeignId"
]);
var knownNames = (a) => phpStr(a) !== void 0 || literalNames(a) !== void 0;
function oneLine(code) {
  const flat = code.replace(/\s+/g, " ");
  return flat.length > 60 ? `${flat.slice(0, 57)}\u2026` : flat;
}
function literalLoop(loop) {
  const [iterated, value] = loop.namedChildren;
  const items = literalNames(iterated);
  return value?.type === "variable_name" && items ? { variable: value.text, items } : void 0;
}
function literalLocals(body) {
  const count = /* @__PURE__ */ new Map();
  const value = /* @__PURE__ */ new Map();
  for (const a of body.descendantsOfType("assignment_expression")) {
    const left = a.childForFieldName("left");
    const right = a.childForFieldName("right");
    if (!left || !right) continue;
    const target = left.type === "subscript_expression" ? left.namedChildren[0] : left;
    if (target?.type !== "variable_name") continue;
    count.set(target.text, (count.get(target.text) ?? 0) + (left.type === "variable_name" ? 1 : 2));
    value.set(target.text, right);
  }
  for (const n of body.descendantsOfType(["augmented_assignment_expression", "reference_assignment_expression"])) {
    const left = n.childForFieldName("left");
    if (left) count.set(left.text, 2);
  }
  for (const loop of body.descendantsOfType("foreach_statement"))
    for (const v of loop.namedChildren.slice(1, -1).flatMap((n) => [n, ...n.descendantsOfType("variable_name")])) count.set(v.text, 2);
  for (const p of body.descendantsOfType(["simple_parameter", "variadic_parameter", "property_promotion_parameter"])) {
    const n = p.childForFieldName("name");
    if (n) count.set(n.text, 2);
  }
  return [...value].filter(([n, v]) => count.get(n) === 1 && (literalNames(v) !== void 0 || v.type === "string" && phpStr(v) !== void 0));
}
function phpLiteral(node) {
  let n = node?.type === "argument" ? node.namedChildren[node.namedChildren.length - 1] : node;
  if (n?.type === "variable_name") n = boundAt(n);
  if (!n) return void 0;
  if (["integer", "float", "boolean", "null"].includes(n.type)) return n;
  if (n.type === "array_creation_expression") return literalNames(n) ? n : void 0;
  return phpStr(n) !== void 0 ? n : void 0;
}
function bindParams(params, given) {
  if (given.some((g) => g.namedChildren.some((c) => c.type === "variadic_unpacking"))) return void 0;
  const positional = given.filter((g) => !g.childForFieldName("name"));
  const named = new Map(given.filter((g) => g.childForFieldName("name")).map((g) => [g.childForFieldName("name").text, g]));
  if (positional.length > params.length) return void 0;
  const out = [];
  for (const [i, p] of params.entries()) {
    const id = p.childForFieldName("name");
    if (p.type !== "simple_parameter" || !id || p.children.some((c) => c.type === "reference_modifier")) return void 0;
    const v = phpLiteral(positional[i] ?? named.get(id.text.slice(1)) ?? p.childForFieldName("default_value"));
    if (!v) return void 0;
    out.push([id.text, v]);
  }
  return [...named.keys()].every((k) => out.some(([n]) => n === `$${k}`)) ? out : void 0;
}
function prefixVariables(body) {
  const holds = /* @__PURE__ */ new Map();
  for (const a of body.descendantsOfType("assignment_expression")) {
    const left = a.childForFieldName("left");
    const right = a.childForFieldName("right");
    if (left?.type !== "variable_name" || !right) continue;
    const prefix = (right.type === "scoped_call_expression" || right.type === "member_call_expression") && callName(right).toLowerCase() === "gettableprefix";
    holds.set(left.text, (holds.get(left.text) ?? true) && prefix);
  }
  return new Set([...holds].filter(([, prefix]) => prefix).map(([v]) => v));
}
var SCHEMA_CALLS = /* @__PURE__ */ new Set(["table", "drop", "dropIfExists", "rename", "dropColumns", "dropColumn"]);
function methods(root) {
  const out = /* @__PURE__ */ new Map();
  let transactional = true;
  const cls = root.descendantsOfType(["class_declaration", "anonymous_class"])[0];
  const body = cls?.childForFieldName("body") ?? cls?.namedChildren.find((c) => c.type === "declaration_list");
  for (const m of body?.namedChildren ?? []) {
    if (m.type === "method_declaration") {
      const n = m.childForFieldName("name")?.text;
      if (n && !out.has(n)) out.set(n, m);
    } else if (m.type === "property_declaration") {
      for (const el of m.namedChildren) {
        if (el.type !== "property_element") continue;
        if (el.childForFieldName("name")?.text === "$withinTransaction" && el.childForFieldName("default_value")?.text.toLowerCase() === "false")
          transactional = false;
      }
    }
  }
  return { methods: out, transactional, ...cls ? { cls } : {} };
}
var isPhpFile = (name) => name.endsWith(".php");
async function laravelToPieces(source, keepsUnstated = false, mysql = false) {
  var _stack = [];
  try {
    const tree = __using(_stack, await parseCode("php", source));
    const root = tree.rootNode;
    const reader = new LaravelReader(keepsUnstated, mysql);
    const t = reader.t;
    const err = firstErrorNode(root);
    if (err) t.hits.push(parseErrorHit(lineOf(err), "PHP"));
    const { methods: ms, transactional, cls } = methods(root);
    t.transactional = transactional;
    const up = ms.get("up");
    const down = ms.get("down");
    const upBody = up?.childForFieldName("body");
    reader.helpers = new Map([...ms].filter(([n]) => n !== "up" && n !== "down"));
    if (upBody) reader.read(upBody);
    if (!down) {
      t.downStatus = "missing";
      t.hits.push(hit("missing-down-migration", up ? lineOf(up) : cls ? lineOf(cls) : 1, "The migration has no `down()` method: it cannot be rolled back."));
    } else {
      const stmts = (down.childForFieldName("body")?.namedChildren ?? []).filter((c) => c.type !== "comment");
      const isThrow = (s) => s.type === "expression_statement" && s.namedChildren[0]?.type === "throw_expression";
      const isReturn = (s) => s.type === "return_statement" && !s.namedChildren.length;
      const isEmptyTable = (s) => {
        const c = s.type === "expression_statement" ? s.namedChildren[0] : void 0;
        if (c?.type !== "scoped_call_expression" || callName(c) !== "table" || !/(^|\\)Schema$/.test(c.childForFieldName("scope")?.text ?? "")) return false;
        const fn = args(c)[1]?.namedChildren[0];
        const body = fn?.type === "anonymous_function" ? fn.childForFieldName("body") : void 0;
        return !!body && body.namedChildren.every((n) => n.type === "comment");
      };
      const upStmts = (upBody?.namedChildren ?? []).filter((c) => c.type !== "comment");
      const nothingToUndo = !!up && upStmts.every(isReturn) && stmts.every(isReturn);
      if (nothingToUndo) {
      } else if (!stmts.length || stmts.every((s) => isThrow(s) || s.type === "throw_statement" || isReturn(s) || isEmptyTable(s))) {
        t.downStatus = "empty";
        const throws = stmts.some((s) => isThrow(s) || s.type === "throw_statement");
        t.hits.push(
          hit(
            "empty-down-migration",
            lineOf(down),
            throws ? "`down()` throws instead of undoing the migration." : stmts.some(isEmptyTable) ? "`down()` opens `Schema::table(\u2026)` with nothing inside: rolling back does nothing." : "`down()` is empty: rolling back does nothing."
          )
        );
      } else {
        const downReader = new LaravelReader(keepsUnstated, mysql);
        downReader.helpers = reader.helpers;
        const downBody = down.childForFieldName("body");
        if (downBody) downReader.read(downBody);
        t.downSql = downReader.t.up;
        t.downName = "`down()`";
        const pieces = [];
        const onlyRaw = !!downBody && downReader.within(
          downBody,
          () => stmts.every((s) => {
            const c = s.type === "expression_statement" ? s.namedChildren[0] : void 0;
            if (c?.type !== "scoped_call_expression") return false;
            const scope = c.childForFieldName("scope")?.text ?? "";
            return (scope === "DB" || scope.endsWith("\\DB")) && ["statement", "unprepared"].includes(callName(c)) && downReader.raw(args(c)[0], pieces);
          })
        );
        if (onlyRaw && pieces.length) {
          t.down = pieces;
          t.downOnlySql = true;
          t.downLine = lineOf(down);
        }
      }
    }
    return t;
  } catch (_) {
    var _error = _, _hasError = true;
  } finally {
    __callDispose(_stack, _error, _hasError);
  }
}
function laravelMajor(composerJson) {
  let constraint;
  try {
    constraint = JSON.parse(composerJson).require?.["laravel/framework"];
  } catch {
    return void 0;
  }
  if (typeof constraint !== "string") return void 0;
  const majors2 = [...constraint.matchAll(/(?:^|[\s|,^~=>v])(\d+)(?=[.*\s|,]|$)/g)].map((m) => Number(m[1]));
  return majors2.length ? Math.max(...majors2) : void 0;
}
var majors = /* @__PURE__ */ new WeakMap();
function appLaravelMajor(input) {
  const read = input.readFile;
  const root = /^(.*?)database\/migrations\//.exec(input.path)?.[1];
  if (!read || root === void 0) return Promise.resolve(void 0);
  let byRoot = majors.get(read);
  if (!byRoot) majors.set(read, byRoot = /* @__PURE__ */ new Map());
  let major = byRoot.get(root);
  if (!major)
    byRoot.set(
      root,
      major = read(`${root}composer.json`).then(
        (text) => text === void 0 ? void 0 : laravelMajor(text),
        () => void 0
      )
    );
  return major;
}
async function appVariant(input) {
  const major = await appLaravelMajor(input);
  return { keepsUnstated: major !== void 0 && major <= 10, mysql: (input.dialect ?? dialectOfPath(input.path))?.dialect === "mysql" };
}
var translateFor = async (content, input) => {
  const { keepsUnstated, mysql } = await appVariant(input);
  return laravelToPieces(content, keepsUnstated, mysql);
};
var laravel = withAppDialect(
  dslFramework(laravel_default, "Laravel migration", (input) => translateFor(input.content, input), "missing", {
    // database/migrations/2024_01_01_000000_name.php: name order is run order.
    isMigration: isPhpFile,
    translate: (content, _path, input) => translateFor(content, input),
    variant: async (input) => {
      const { keepsUnstated, mysql } = await appVariant(input);
      return `${keepsUnstated ? "<=10" : ""}${mysql ? ":mysql" : ""}`;
    }
  }),
  "laravel"
);
var laravel_default2 = laravel;
export {
  laravel_default2 as default,
  laravel,
  laravelMajor,
  laravelToPieces
};
