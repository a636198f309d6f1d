import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  withAppDialect
} from "./chunk-3DEG3TOH.js";
import "./chunk-IDTYWZMZ.js";
import "./chunk-DCVK6NQB.js";
import "./chunk-FKTDEFNZ.js";
import {
  arg,
  dotted,
  lastName,
  pyArgs,
  pyBool,
  pyDefault,
  pyNumber,
  pyStr,
  pyStrList,
  pyString,
  withBound
} from "./chunk-V4MZUPIZ.js";
import {
  finishAnalysis,
  hit,
  ident,
  newTranslation,
  parseErrorHit,
  sql,
  unknownCallHit,
  unreadable
} from "./chunk-K4LOI7D2.js";
import {
  handlerFor
} from "./chunk-P765CN6Y.js";
import "./chunk-M2CJ2PKO.js";
import {
  firstErrorNode,
  lineOf,
  parseCode
} from "./chunk-TKNREPPV.js";
import "./chunk-7WUAOE4O.js";
import {
  django_default
} from "./chunk-QPD4Q67D.js";
import {
  dialectFor,
  dirName,
  errorText
} from "./chunk-VIAG5GR7.js";
import {
  RESTATED_NOT_NULL,
  RESTATED_NULLABLE,
  RESTATED_UNIQUE,
  UNKNOWN_TYPE_WHY
} from "./chunk-YQYMSWCG.js";
import "./chunk-BF324SM3.js";
import "./chunk-VXNLIOFY.js";
import "./chunk-EPOSKRKZ.js";
import "./chunk-ASTGNKGX.js";
import "./chunk-AYEM27GC.js";
import "./chunk-XVF5O5FK.js";
import "./chunk-ADI5M2KE.js";

// src/core/frameworks/django/filled.ts
var WHAT = {
  default: "its default",
  blank: "'' (`blank=True`, no default)",
  auto_now: "the current time (`auto_now`/`auto_now_add`)"
};
var ADVICE = {
  default: "`db_default=`",
  blank: "`db_default=''`",
  auto_now: "`db_default=Now()`"
};
function requiredFieldMessage(f) {
  return `Django adds NOT NULL field "${f.column}" to "${f.table}" filling the existing rows with ${WHAT[f.how]}, then drops the column's default (Django keeps defaults in Python, not in the database): old code that inserts rows without the column breaks, during the rollout and after a rollback. On Django 5.0 or later give the field ${ADVICE[f.how]} (the database keeps it); before, add it \`null=True\`, ship code that writes it, backfill, and make it NOT NULL in a later release.`;
}
function sayFilledFields(hits, filled) {
  if (!filled.length) return hits;
  return hits.map((h) => {
    if (h.rule !== "add-required-column") return h;
    const f = filled.find((x) => x.line === h.line && h.message.includes(`"${x.column}"`));
    return f ? { ...h, message: requiredFieldMessage(f) } : h;
  });
}

// src/core/frameworks/django/unknown.ts
function sayUnknownFields(hits, unknown) {
  if (!unknown.length) return hits;
  return hits.map((h) => {
    if (h.rule !== "change-column-type") return h;
    const u = unknown.find((x) => x.line === h.line && h.message.includes(`"${x.column}"`));
    if (!u) return h;
    const why = `its earlier definition was not found (${u.why})`;
    const column = u.field.column;
    const also = column.primaryKey ? [] : [column.notNull ? RESTATED_NOT_NULL : RESTATED_NULLABLE, ...column.unique ? [RESTATED_UNIQUE] : []];
    const message = h.message.includes(UNKNOWN_TYPE_WHY) ? h.message.replace(UNKNOWN_TYPE_WHY, why) : `${h.message} (The old type could not be looked up: ${why}.)`;
    return { ...h, message: [message, ...also].join(" ") };
  });
}

// src/core/frameworks/django/migration-tree.ts
function resolveOperations(node, scope, depth = 0) {
  if (!node || depth > 8) return void 0;
  switch (node.type) {
    case "list":
    case "tuple":
      return node.namedChildren.flatMap((c) => c.type === "list_splat" ? resolveOperations(c.namedChildren[0], scope, depth + 1) ?? [] : [c]);
    case "parenthesized_expression":
      return resolveOperations(node.namedChildren[0], scope, depth + 1);
    case "list_comprehension":
    case "generator_expression":
      return [node];
    case "binary_operator": {
      if (node.childForFieldName("operator")?.text !== "+") return void 0;
      const left = resolveOperations(node.childForFieldName("left") ?? void 0, scope, depth + 1);
      const right = resolveOperations(node.childForFieldName("right") ?? void 0, scope, depth + 1);
      return left || right ? [...left ?? [], ...right ?? []] : void 0;
    }
    case "identifier":
      return resolveOperations(scope.get(node.text), scope, depth + 1);
    case "attribute": {
      const attr = node.childForFieldName("attribute")?.text;
      return attr ? resolveOperations(scope.get(attr), scope, depth + 1) : void 0;
    }
    default:
      return void 0;
  }
}
function assignments(statements, into) {
  for (const stmt of statements) {
    const asg = stmt.type === "expression_statement" ? stmt.namedChildren[0] : void 0;
    if (asg?.type !== "assignment") continue;
    const left = asg.childForFieldName("left");
    const right = asg.childForFieldName("right");
    if (left?.type === "identifier" && right) into.set(left.text, right);
  }
  return into;
}
var items = (node) => node?.namedChildren.filter((c) => c.type !== "comment") ?? [];
function appLabel(path) {
  const parts = path.split("/");
  const i = parts.lastIndexOf("migrations");
  return (i > 0 ? parts[i - 1] : void 0) ?? "app";
}
function dictStr(dict, key) {
  for (const p of dict.namedChildren) {
    if (p.type !== "pair") continue;
    if (pyStr(p.childForFieldName("key") ?? void 0) === key) return pyStr(p.childForFieldName("value") ?? void 0);
  }
  return void 0;
}
function tablelessOptions(opts) {
  if (opts?.type !== "dictionary") return false;
  for (const p of opts.namedChildren) {
    if (p.type !== "pair") continue;
    const key = pyStr(p.childForFieldName("key") ?? void 0);
    const value = p.childForFieldName("value")?.type;
    if (key === "proxy" && value === "true" || key === "managed" && value === "false") return true;
  }
  return false;
}
function findMigrationClass(root) {
  const classes = root.descendantsOfType("class_definition");
  return classes.find((c) => c.childForFieldName("name")?.text === "Migration") ?? classes[0];
}
function readMigrationTree(root, app) {
  const cls = findMigrationClass(root);
  const body = cls?.childForFieldName("body")?.namedChildren ?? [];
  const scope = assignments(body, assignments(root.namedChildren, /* @__PURE__ */ new Map()));
  const tree = { ops: void 0, transactional: true, deps: [], scope, replaces: 0 };
  for (const stmt of body) {
    const asg = stmt.type === "expression_statement" ? stmt.namedChildren[0] : void 0;
    if (asg?.type !== "assignment") continue;
    const left = asg.childForFieldName("left")?.text;
    const right = asg.childForFieldName("right");
    if (left === "atomic" && right?.type === "false") tree.transactional = false;
    if (left === "operations" && right) tree.ops = resolveOperations(right, scope) ?? [right];
    if (left === "replaces" && right && (right.type === "list" || right.type === "tuple"))
      tree.replaces = right.namedChildren.filter((c) => c.type !== "comment").length;
    if (left === "dependencies" && right && (right.type === "list" || right.type === "tuple")) {
      for (const dep of items(right)) {
        if (dep.type !== "tuple") continue;
        const [depApp, depName] = items(dep).map((n) => pyStr(n));
        if (depApp === app && depName && !depName.startsWith("__")) tree.deps.push(depName);
      }
    }
  }
  return tree;
}

// src/core/frameworks/django/fields.ts
var FIELD_TYPES = {
  AutoField: "serial",
  BigAutoField: "bigserial",
  SmallAutoField: "smallserial",
  IntegerField: "integer",
  BigIntegerField: "bigint",
  SmallIntegerField: "smallint",
  PositiveIntegerField: "integer",
  PositiveBigIntegerField: "bigint",
  PositiveSmallIntegerField: "smallint",
  BooleanField: "boolean",
  NullBooleanField: "boolean",
  CharField: "character varying",
  SlugField: "character varying(50)",
  EmailField: "character varying(254)",
  URLField: "character varying(200)",
  TextField: "text",
  DateField: "date",
  DateTimeField: "timestamp with time zone",
  TimeField: "time",
  DurationField: "interval",
  DecimalField: "numeric",
  FloatField: "double precision",
  UUIDField: "uuid",
  JSONField: "jsonb",
  BinaryField: "bytea",
  GenericIPAddressField: "inet",
  IPAddressField: "inet",
  FileField: "character varying(100)",
  ImageField: "character varying(100)",
  FilePathField: "character varying(100)",
  ArrayField: "text[]",
  HStoreField: "hstore",
  CICharField: "citext",
  CITextField: "citext",
  CIEmailField: "citext",
  ForeignKey: "bigint",
  OneToOneField: "bigint"
};
var EMPTY_STRINGS = /* @__PURE__ */ new Set([
  "CharField",
  "SlugField",
  "EmailField",
  "URLField",
  "TextField",
  "FileField",
  "ImageField",
  "FilePathField",
  "CICharField",
  "CITextField",
  "CIEmailField",
  "BinaryField"
]);
function effectiveDefault(kind, a, nullable) {
  const d = a.keywords.get("default");
  if (d) return d.type === "none" ? void 0 : { sql: pyDefault(d), how: "default" };
  const stringy = EMPTY_STRINGS.has(kind) || !(kind in FIELD_TYPES) && a.keywords.has("max_length");
  if (!nullable && pyBool(a.keywords.get("blank")) === true && stringy) return { sql: kind === "BinaryField" ? "''::bytea" : "''", how: "blank" };
  if (pyBool(a.keywords.get("auto_now")) || pyBool(a.keywords.get("auto_now_add"))) return { sql: "'now'", how: "auto_now" };
  return void 0;
}
var isManyToMany = (kind) => /ManyToManyField$/.test(kind);
var isColumnless = (kind) => /TaggableManager$/.test(kind) || kind === "GenericRelation";
function refTable(node, tableOf) {
  const s = node ? pyStr(node) : void 0;
  if (!s) return dotted(node).endsWith("AUTH_USER_MODEL") || !node ? "auth_user" : "auth_user";
  if (s.includes(".")) {
    const [app, model] = s.split(".");
    return `${app.toLowerCase()}_${model.toLowerCase()}`;
  }
  return tableOf(s);
}
function readField(name, node, tableOf) {
  if (!node || node.type !== "call") return void 0;
  const fn = node.childForFieldName("function");
  const kind = fn ? lastName(fn) : "";
  const a = pyArgs(node);
  if (isManyToMany(kind)) return { column: { name, type: "bigint" }, m2m: true };
  if (isColumnless(kind)) return { column: { name, type: "bigint" }, noColumn: true };
  if (kind === "GeneratedField") return generatedField(name, a, tableOf);
  let type = FIELD_TYPES[kind] ?? "text";
  const maxLength = pyNumber(a.keywords.get("max_length"));
  if (maxLength !== void 0 && (type.startsWith("character varying") || !(kind in FIELD_TYPES))) type = `character varying(${maxLength})`;
  const lengthUnknown = maxLength === void 0 && a.keywords.has("max_length");
  if (lengthUnknown && !(kind in FIELD_TYPES)) type = "character varying";
  const digits = pyNumber(a.keywords.get("max_digits"));
  const places = pyNumber(a.keywords.get("decimal_places"));
  if (kind === "DecimalField" && digits !== void 0) type = `numeric(${digits}, ${places ?? 0})`;
  const isFk = kind === "ForeignKey" || kind === "OneToOneField";
  const column = { name: pyStr(a.keywords.get("db_column")) ?? (isFk ? `${name}_id` : name), type };
  if (pyBool(a.keywords.get("primary_key"))) column.primaryKey = true;
  if (kind.startsWith("Positive") && kind in FIELD_TYPES) column.check = `${ident(column.name)} >= 0`;
  const nullable = kind === "NullBooleanField" || pyBool(a.keywords.get("null")) === true;
  if (!nullable && !column.primaryKey) column.notNull = true;
  const dbDefault = a.keywords.get("db_default");
  const dflt = dbDefault ?? a.keywords.get("default");
  if (dflt && dflt.type !== "none") column.default = pyDefault(dflt);
  if (pyBool(a.keywords.get("unique")) || kind === "OneToOneField") column.unique = true;
  const f = { column };
  const fill = dbDefault ? void 0 : effectiveDefault(kind, a, nullable);
  if (dbDefault) f.dbDefault = true;
  if (fill) f.fill = fill;
  if (lengthUnknown) f.lengthUnknown = true;
  if (!(kind in FIELD_TYPES)) f.otherClass = kind;
  if (a.keywords.has("db_column")) f.dbColumn = true;
  if (isFk) f.relation = true;
  if (isFk) {
    f.fk = refTable(arg(a, 0, "to"), tableOf);
    if (pyBool(a.keywords.get("db_constraint")) === false) f.fk = void 0;
    f.index = pyBool(a.keywords.get("db_index")) !== false && kind !== "OneToOneField";
  } else if (pyBool(a.keywords.get("db_index"))) f.index = true;
  return f;
}
function generatedField(name, a, tableOf) {
  const output = readField(name, a.keywords.get("output_field"), tableOf);
  const column = { name: pyStr(a.keywords.get("db_column")) ?? name, type: output?.column.type ?? "text" };
  if (pyBool(a.keywords.get("null")) !== true) column.notNull = true;
  const f = { column, generated: pyBool(a.keywords.get("db_persist")) === false ? "virtual" : "stored" };
  if (output?.lengthUnknown) f.lengthUnknown = true;
  if (a.keywords.has("db_column")) f.dbColumn = true;
  return f;
}

// src/core/frameworks/django/run-python.ts
function managerChain(node, boundTo) {
  let filtered = false;
  let managed = false;
  let n = node;
  for (let hops = 0; hops < 64; hops++) {
    const attr = n?.type === "call" ? n.childForFieldName("function") : n;
    if (attr?.type !== "attribute") {
      const bound = !managed && n?.type === "identifier" ? boundTo?.(n) : void 0;
      if (!bound) break;
      n = bound;
      continue;
    }
    const name = lastName(attr);
    if (name === "objects" || name === "_default_manager" || name === "_base_manager") managed = true;
    if (/^(filter|exclude|get|in_bulk)$/.test(name)) filtered = true;
    n = attr.childForFieldName("object");
  }
  return managed && n?.type === "identifier" ? { model: n.text, filtered } : void 0;
}
function bindings(body) {
  const byName = /* @__PURE__ */ new Map();
  for (const asg of body.descendantsOfType("assignment")) {
    const left = asg.childForFieldName("left");
    const right = asg.childForFieldName("right");
    if (left?.type !== "identifier" || !right) continue;
    const list = byName.get(left.text) ?? [];
    list.push(asg);
    byName.set(left.text, list);
  }
  return (name) => {
    const before = (byName.get(name.text) ?? []).filter((asg) => asg.endIndex <= name.startIndex);
    return before.at(-1)?.childForFieldName("right") ?? void 0;
  };
}
var ORM_WRITES = { update: "update", delete: "delete", bulk_update: "update" };
function readRunPython(r, fn, line) {
  if (fn?.type !== "identifier") return;
  let root = fn;
  while (root.parent) root = root.parent;
  const def = root.descendantsOfType("function_definition").find((d) => d.childForFieldName("name")?.text === fn.text);
  const body = def?.childForFieldName("body");
  if (!def || !body) return;
  const boundTo = bindings(body);
  ormWrites(r, body, root, boundTo, line);
  rawSql(r, def, body, boundTo);
}
function parameterName(p) {
  if (p?.type === "identifier") return p.text;
  const name = p?.childForFieldName("name") ?? p?.namedChildren.find((c) => c.type === "identifier");
  return name?.type === "identifier" ? name.text : void 0;
}
var opensCursor = (n) => n?.type === "call" && lastName(n.childForFieldName("function") ?? n) === "cursor";
function otherVendor(call, body) {
  for (let n = call; n && n !== body; n = n.parent) {
    const branch = n.parent;
    if (n.type !== "block" || branch?.type !== "if_statement" && branch?.type !== "elif_clause") continue;
    if (branch.childForFieldName("consequence")?.id !== n.id) continue;
    const cond = branch.childForFieldName("condition");
    if (cond?.type !== "comparison_operator" || !cond.children.some((c) => c.type === "==")) continue;
    const [left, right] = cond.namedChildren;
    const vendor = left?.text.endsWith("vendor") ? pyStr(right) : right?.text.endsWith("vendor") ? pyStr(left) : void 0;
    if (vendor !== void 0 && vendor !== "postgresql") return true;
  }
  return false;
}
function rawSql(r, def, body, boundTo) {
  const editor = parameterName(def.childForFieldName("parameters")?.namedChildren[1]);
  const cursors = /* @__PURE__ */ new Set();
  for (const item of body.descendantsOfType("as_pattern")) {
    const target = item.namedChildren.find((c) => c.type === "as_pattern_target")?.namedChildren[0];
    if (target?.type === "identifier" && opensCursor(item.namedChildren[0])) cursors.add(target.text);
  }
  for (const asg of body.descendantsOfType("assignment")) {
    const left = asg.childForFieldName("left");
    if (left?.type === "identifier" && opensCursor(asg.childForFieldName("right"))) cursors.add(left.text);
  }
  for (const call of body.descendantsOfType("call")) {
    const f = call.childForFieldName("function");
    const method = f?.type === "attribute" ? lastName(f) : "";
    if (method !== "execute" && method !== "executemany") continue;
    const on = f.childForFieldName("object");
    const runsSql = on?.type === "identifier" ? on.text === editor || cursors.has(on.text) : opensCursor(on);
    if (!runsSql || otherVendor(call, body)) continue;
    const a = pyArgs(call);
    const statement = a.positional[0] ?? a.keywords.get("sql");
    if (!statement) continue;
    const params = method === "executemany" || a.positional.length > 1 || a.keywords.has("params");
    const literal = statement.type === "identifier" ? boundTo(statement) : statement;
    if (literal && r.sqlString(literal, params)) continue;
    r.t.hits.push(
      hit(
        "not-analysed",
        call.startPosition.row + 1,
        `\`${f.text}(${statement.text.replace(/\s+/g, " ").slice(0, 60)})\` runs SQL built at run time, so what it does was not judged: review it by hand.`
      )
    );
  }
}
function ormWrites(r, body, root, boundTo, line) {
  const models = /* @__PURE__ */ new Map();
  for (const asg of body.descendantsOfType("assignment")) {
    const left = asg.childForFieldName("left");
    const right = asg.childForFieldName("right");
    const fnName = right?.type === "call" ? right.childForFieldName("function") : void 0;
    if (left?.type !== "identifier" || !fnName || lastName(fnName) !== "get_model") continue;
    const args = pyArgs(right).positional.map((x) => pyStr(x));
    const [label, model] = args.length >= 2 ? [args[0], args[1]] : args[0]?.split(".") ?? [];
    if (!label || !model) continue;
    const table = label === r.app ? r.table(model) : `${label}_${model.toLowerCase()}`;
    if (table) models.set(left.text, table);
  }
  const imported = modelImports(root);
  const tableOf = (name) => {
    const bound = models.get(name);
    if (bound) return bound;
    if (!/^[A-Z]/.test(name)) return name;
    const { label, model } = imported.get(name) ?? { label: r.app, model: name };
    return label === r.app ? r.table(model) ?? model : `${label}_${model.toLowerCase()}`;
  };
  for (const loop of body.descendantsOfType("for_statement")) {
    const variable = loop.childForFieldName("left");
    const chain = managerChain(loop.childForFieldName("right"), boundTo);
    if (variable?.type !== "identifier" || !chain) continue;
    let kind;
    for (const call of loop.childForFieldName("body")?.descendantsOfType("call") ?? []) {
      const f = call.childForFieldName("function");
      if (f?.type !== "attribute" || f.childForFieldName("object")?.text !== variable.text) continue;
      if (lastName(f) === "delete") kind = "delete";
      else if (lastName(f) === "save") kind ??= "update";
    }
    if (kind) r.emit(line, sql.dataWrite(kind, tableOf(chain.model), chain.filtered));
  }
  for (const call of body.descendantsOfType("call")) {
    const f = call.childForFieldName("function");
    const kind = f?.type === "attribute" ? ORM_WRITES[lastName(f)] : void 0;
    if (!kind) continue;
    const chain = managerChain(f.childForFieldName("object"), boundTo);
    if (!chain) continue;
    r.emit(line, sql.dataWrite(kind, tableOf(chain.model), chain.filtered || lastName(f) === "bulk_update"));
  }
}
function modelImports(root) {
  const out = /* @__PURE__ */ new Map();
  for (const imp of root.descendantsOfType("import_from_statement")) {
    const parts = (imp.childForFieldName("module_name")?.text ?? "").split(".");
    const at = parts.lastIndexOf("models");
    const label = at > 0 ? parts[at - 1] : void 0;
    if (!label) continue;
    for (const name of imp.childrenForFieldName("name")) {
      const model = name.type === "aliased_import" ? name.childForFieldName("name")?.text : name.text;
      const alias = name.type === "aliased_import" ? name.childForFieldName("alias")?.text : name.text;
      if (alias && model) out.set(alias, { label, model });
    }
  }
  return out;
}

// src/core/frameworks/django/operations.ts
var ID_ONLY = [{ name: "id", type: "bigserial", primaryKey: true }];
var createModel = (r, { a, line, model }) => {
  if (!model) return;
  const opts = a.keywords.get("options") ?? a.positional[2];
  if (tablelessOptions(opts)) {
    r.tableless.add(model.toLowerCase());
    return;
  }
  const dbTable = opts?.type === "dictionary" ? dictStr(opts, "db_table") : void 0;
  if (dbTable) r.setTable(model, dbTable);
  const t = r.table(model);
  const cols = [];
  const after = [];
  const fields = arg(a, 1, "fields");
  for (const tup of fields?.namedChildren ?? []) {
    if (tup.type !== "tuple") continue;
    const [n, f] = items(tup);
    const fname = pyStr(n);
    if (!fname) continue;
    const fd = r.field(fname, f);
    if (!fd || fd.noColumn) continue;
    if (fd.m2m) {
      after.push(sql.createTable(`${t}_${fname}`, ID_ONLY));
      continue;
    }
    cols.push(fd.column);
    if (fd.fk) after.push(sql.addForeignKey(t, [fd.column.name], fd.fk, ["id"]));
    if (fd.index) after.push(sql.createIndex(t, [fd.column.name]));
  }
  r.emit(line, sql.createTable(t, cols.length ? cols : ID_ONLY));
  for (const s of after) r.emit(line, s);
};
var deleteModel = (r, { line, table, model, at }) => {
  if (!table || !model || r.tableless.has(model.toLowerCase())) return;
  r.emit(line, sql.dropTable(table));
  r.deletedModels.push({ piece: r.t.up[r.t.up.length - 1], at, model: model.toLowerCase() });
};
var renameModel = (r, { a, line }) => {
  const to = pyStr(arg(a, 1, "new_name"));
  const from = pyStr(arg(a, 0, "old_name"));
  const old = r.table(from);
  if (old && to) {
    const next = `${r.app}_${to.toLowerCase()}`;
    r.emit(line, sql.renameTable(old, next));
  }
};
var alterModelTable = (r, { a, line, model, table }) => {
  const named = arg(a, 1, "table");
  const to = named?.type === "none" && model ? `${r.app}_${model.toLowerCase()}` : pyStr(named);
  if (table && to && to !== table) {
    r.emit(line, sql.renameTable(table, to));
    r.setTable(model, to);
  }
};
function addGeneratedColumn(table, fd) {
  const { name, type, notNull } = fd.column;
  if (fd.generated === "virtual") return sql.addColumn(table, { name, type });
  return `ALTER TABLE ${ident(table)} ADD COLUMN ${ident(name)} ${type}${notNull ? " NOT NULL" : ""} GENERATED ALWAYS AS (NULL) STORED;`;
}
var addField = (r, { a, line, table }) => {
  const fname = pyStr(arg(a, 1, "name"));
  if (!table || !fname) return;
  const fd = r.field(fname, arg(a, 2, "field"));
  if (!fd || fd.noColumn) return;
  if (fd.m2m) {
    r.emit(line, sql.createTable(`${table}_${fname}`, ID_ONLY));
    return;
  }
  if (fd.generated) r.emit(line, addGeneratedColumn(table, fd));
  else if (fd.fill) {
    r.emit(line, sql.addColumn(table, { ...fd.column, default: fd.fill.sql }));
    r.emit(line, sql.dropDefault(table, fd.column.name));
    if (fd.column.notNull) r.filled.push({ line, table, column: fd.column.name, how: fd.fill.how });
  } else r.emit(line, sql.addColumn(table, fd.column));
  if (fd.index) r.emit(line, sql.createIndex(table, [fd.column.name]));
  if (fd.fk) r.emit(line, sql.addForeignKey(table, [fd.column.name], fd.fk, ["id"]));
};
var removeField = (r, { a, line, at, model, table }) => {
  const fname = pyStr(arg(a, 1, "name"));
  if (!table || !fname) return;
  r.emit(line, sql.dropColumn(table, fname));
  r.fieldNames.push({ piece: r.t.up[r.t.up.length - 1], at, table, model, name: fname });
};
var renameField = (r, { a, line, at, model, table }) => {
  const from = pyStr(arg(a, 1, "old_name"));
  const to = pyStr(arg(a, 2, "new_name"));
  if (!table || !from || !to) return;
  r.emit(line, sql.renameColumn(table, from, to));
  r.fieldNames.push({ piece: r.t.up[r.t.up.length - 1], at, table, model, name: from, to });
};
var alterField = (r, { a, line, at, model, table }) => {
  const fname = pyStr(arg(a, 1, "name"));
  if (!table || !fname) return;
  const fd = r.field(fname, arg(a, 2, "field"));
  if (!fd || fd.m2m || fd.noColumn) return;
  const piece = { sql: sql.changeType(table, fd.column.name, fd.column.type), line, synthetic: true };
  r.t.up.push(piece);
  r.alterFields.push({ piece, at, table, model, name: fname, field: fd });
};
var alterOrderWithRespectTo = (r, { a, line, table }) => {
  const to = arg(a, 1, "order_with_respect_to");
  if (!table || !to) return;
  if (to.type === "none") {
    r.emit(line, sql.dropColumn(table, "_order"));
    return;
  }
  r.emit(line, sql.addColumn(table, { name: "_order", type: "integer", notNull: true, default: "0" }));
  r.emit(line, sql.dropDefault(table, "_order"));
};
var addIndex = (r, { name, a, line, table }) => {
  const idx = arg(a, 1, "index");
  if (!table || idx?.type !== "call") return;
  const ia = pyArgs(idx);
  const cols = pyStrList(ia.keywords.get("fields")).map((c) => c.replace(/^-/, ""));
  const exprCols = ia.positional.length ? ["(expression)"] : [];
  const iname = pyStr(ia.keywords.get("name"));
  const all = cols.length ? cols : exprCols.length ? ["id"] : [];
  if (!all.length) return;
  r.emit(line, sql.createIndex(table, all, { ...iname ? { name: iname } : {}, concurrently: name === "AddIndexConcurrently" }));
};
var removeIndex = (r, { name, a, line }) => {
  const iname = pyStr(arg(a, 1, "name"));
  if (iname) r.emit(line, sql.dropIndex(iname, { concurrently: name === "RemoveIndexConcurrently" }));
};
var addConstraint = (r, { a, line, table }) => {
  const c = arg(a, 1, "constraint");
  if (!table || c?.type !== "call") return;
  const cfn = c.childForFieldName("function");
  const kind = cfn ? lastName(cfn) : "";
  const ca = pyArgs(c);
  const cname = pyStr(ca.keywords.get("name"));
  if (kind === "UniqueConstraint") {
    const cols = pyStrList(ca.keywords.get("fields"));
    if (cols.length) r.emit(line, sql.addUnique(table, cols, cname));
    else if (ca.positional.length) r.emit(line, sql.createIndex(table, ["id"], { ...cname ? { name: cname } : {}, unique: true }));
  } else if (kind === "CheckConstraint") {
    r.emit(line, sql.addCheck(table, "true", cname));
  }
};
var removeConstraint = (r, { a, line, table }) => {
  const cname = pyStr(arg(a, 1, "name"));
  if (table && cname) r.emit(line, sql.dropConstraint(table, cname));
};
var together = (keyword, build) => (r, { a, line, table }) => {
  const v = arg(a, 1, keyword);
  if (!table || !v) return;
  const groups = v.namedChildren.some((c) => c.type === "tuple" || c.type === "list") ? v.namedChildren : [v];
  for (const g of groups) {
    const cols = pyStrList(g);
    if (cols.length) r.emit(line, build(table, cols));
  }
};
var alterUniqueTogether = together("unique_together", (t, cols) => sql.addUnique(t, cols));
var alterIndexTogether = together("index_together", (t, cols) => sql.createIndex(t, cols));
var runSql = (r, { a, line }) => {
  r.runSql(arg(a, 0, "sql"));
  const rev = arg(a, 1, "reverse_sql");
  if (!rev || rev.type === "none")
    r.irreversible(line, "`RunSQL` without `reverse_sql` cannot be reversed: add `reverse_sql` (or `migrations.RunSQL.noop` if nothing needs undoing).");
};
var runPython = (r, { a, line }) => {
  r.t.changesData = true;
  readRunPython(r, arg(a, 0, "code"), line);
  const rev = arg(a, 1, "reverse_code");
  if (!rev || rev.type === "none")
    r.irreversible(line, "`RunPython` without `reverse_code` cannot be reversed: add `reverse_code` (or `migrations.RunPython.noop`).");
};
var separateDatabaseAndState = (r, { a }) => {
  const ops = resolveOperations(arg(a, 0, "database_operations"), r.scope);
  if (ops) r.operationList(ops);
};
var OPERATIONS = {
  CreateModel: createModel,
  DeleteModel: deleteModel,
  RenameModel: renameModel,
  AlterModelTable: alterModelTable,
  AddField: addField,
  RemoveField: removeField,
  RenameField: renameField,
  AlterField: alterField,
  AlterOrderWithRespectTo: alterOrderWithRespectTo,
  AddIndex: addIndex,
  AddIndexConcurrently: addIndex,
  RemoveIndex: removeIndex,
  RemoveIndexConcurrently: removeIndex,
  AddConstraint: addConstraint,
  RemoveConstraint: removeConstraint,
  AlterUniqueTogether: alterUniqueTogether,
  AlterIndexTogether: alterIndexTogether,
  RunSQL: runSql,
  RunPython: runPython,
  SeparateDatabaseAndState: separateDatabaseAndState
};

// src/core/frameworks/django/reader.ts
var SCHEMALESS = /* @__PURE__ */ new Set([
  "AlterModelOptions",
  "AlterModelManagers",
  "AlterModelTableComment",
  "AlterConstraint",
  "RenameIndex",
  "CreateExtension",
  "BloomExtension",
  "BtreeGinExtension",
  "BtreeGistExtension",
  "CITextExtension",
  "CryptoExtension",
  "HStoreExtension",
  "TrigramExtension",
  "UnaccentExtension",
  "CreateCollation",
  "RemoveCollation",
  "AddConstraintNotValid",
  "ValidateConstraint"
]);
var namesModel = (name) => name === "CreateModel" || name === "DeleteModel" || name === "AlterOrderWithRespectTo" || name.startsWith("AlterModel") || name.endsWith("Together");
var DjangoReader = class {
  constructor(app, transactional, scope = /* @__PURE__ */ new Map()) {
    this.app = app;
    this.scope = scope;
    this.t = newTranslation(transactional);
  }
  app;
  scope;
  t;
  alterFields = [];
  deletedModels = [];
  fieldNames = [];
  filled = [];
  /** Proxy and unmanaged models created in this file (lower-case names): no table of their own. */
  tableless = /* @__PURE__ */ new Set();
  tables = /* @__PURE__ */ new Map();
  table(model) {
    if (!model) return void 0;
    const key = model.toLowerCase();
    return this.tables.get(key) ?? `${this.app}_${key}`;
  }
  /** `db_table` / AlterModelTable: the model's table from here on. */
  setTable(model, table) {
    this.tables.set(model.toLowerCase(), table);
  }
  field(name, node) {
    return readField(name, node, (model) => this.table(model));
  }
  emit(line, text) {
    this.t.up.push({ sql: text, line, synthetic: true });
  }
  irreversible(line, what) {
    this.t.hits.push(hit("irreversible-operation", line, what));
  }
  operations(list) {
    this.operationList(list.namedChildren);
  }
  /**
   * `[migrations.RemoveField(model_name="book", name=n) for n in FIELDS]`: a comprehension with one
   * `for` over a list or tuple of strings the file holds (written in place, or a name bound to one),
   * and no `if`: its operation once per element, the variable bound to it; undefined for any other.
   */
  unrolled(op) {
    if (op.type !== "list_comprehension" && op.type !== "generator_expression") return void 0;
    const body = op.childForFieldName("body");
    const clauses = op.namedChildren.filter((c) => c.type === "for_in_clause" || c.type === "if_clause");
    const clause = clauses.length === 1 && clauses[0].type === "for_in_clause" ? clauses[0] : void 0;
    const variable = clause?.childForFieldName("left");
    let list = clause?.childForFieldName("right") ?? void 0;
    if (list?.type === "identifier") list = this.scope.get(list.text);
    const items2 = list?.type === "list" || list?.type === "tuple" ? list.namedChildren.filter((c) => c.type !== "comment") : [];
    if (body?.type !== "call" || variable?.type !== "identifier" || !items2.length || !items2.every((i) => pyStr(i) !== void 0)) return void 0;
    return { variable: variable.text, items: items2, body };
  }
  operationList(ops) {
    for (const op of ops) {
      const loop = this.unrolled(op);
      if (op.type === "call") this.operation(op);
      else if (loop) for (const item of loop.items) withBound(loop.variable, item, () => this.operation(loop.body));
      else if (op.descendantsOfType("call").some((c) => c.childForFieldName("function")?.text.startsWith("migrations."))) {
        const text = op.text.replace(/\s+/g, " ");
        this.t.hits.push(
          hit(
            "not-analysed",
            lineOf(op),
            `\`${text.length > 60 ? `${text.slice(0, 59)}\u2026` : text}\` builds migration operations with code, so they were not read: review what they change by hand (\`manage.py sqlmigrate\` prints the SQL Django runs), or list the operations one by one.`
          )
        );
      }
    }
  }
  operation(op) {
    const fn = op.childForFieldName("function");
    const name = fn ? lastName(fn) : "";
    const handler = handlerFor(OPERATIONS, name);
    if (!handler) {
      if (!SCHEMALESS.has(name)) this.t.hits.push(unknownCallHit(lineOf(op), name));
      return;
    }
    const a = pyArgs(op);
    const model = pyStr(arg(a, 0, namesModel(name) ? "name" : "model_name"));
    handler(this, { name, a, line: lineOf(op), at: op.startIndex, model, table: this.table(model) });
  }
  /** RunSQL's `sql`: a string, a list of them, or `(sql, params)` pairs. */
  runSql(node) {
    if (!node) return;
    if (node.type === "list" || node.type === "tuple") {
      const kids = node.namedChildren.filter((c) => c.type !== "comment");
      if (node.type === "tuple" && kids.length === 2 && pyString(kids[0]) && (kids[1].type === "list" || kids[1].type === "tuple" || kids[1].type === "dictionary")) {
        this.sqlString(kids[0], true);
        return;
      }
      for (const k of kids) this.runSql(k);
      return;
    }
    this.sqlString(node, false);
  }
  /** A string of SQL as written (`params`: `%s` placeholders stand for values); false when it is no string. */
  sqlString(node, params) {
    const s = pyString(node);
    if (!s) return false;
    let text = s.text;
    if (params) text = text.split("%s").join("NULL").split("%%").join("%");
    this.t.up.push({ sql: text, line: s.line, ...s.inexact ? { inexact: true } : {} });
    return true;
  }
};

// src/core/frameworks/django/history.ts
function fieldOps(r, ops) {
  const out = [];
  for (const op of ops) {
    if (op.type !== "call") continue;
    const fn = op.childForFieldName("function");
    const name = fn ? lastName(fn) : "";
    const a = pyArgs(op);
    const at = op.startIndex;
    const lower = (n) => pyStr(n)?.toLowerCase();
    switch (name) {
      case "CreateModel": {
        const model = lower(arg(a, 0, "name"));
        if (!model) break;
        out.push({ kind: "create", model, tableless: tablelessOptions(a.keywords.get("options") ?? a.positional[2]), at });
        for (const tup of arg(a, 1, "fields")?.namedChildren ?? []) {
          if (tup.type !== "tuple") continue;
          const [n, f] = items(tup);
          const fname = pyStr(n);
          const field = fname ? r.field(fname, f) : void 0;
          if (fname && field) out.push({ kind: "define", model, name: fname, field, at });
        }
        break;
      }
      case "AddField":
      case "AlterField": {
        const model = lower(arg(a, 0, "model_name"));
        const fname = pyStr(arg(a, 1, "name"));
        const field = fname ? r.field(fname, arg(a, 2, "field")) : void 0;
        if (model && fname && field) out.push({ kind: "define", model, name: fname, field, at });
        break;
      }
      case "RenameField": {
        const model = lower(arg(a, 0, "model_name"));
        const from = pyStr(arg(a, 1, "old_name"));
        const to = pyStr(arg(a, 2, "new_name"));
        if (model && from && to) out.push({ kind: "rename-field", model, from, to, at });
        break;
      }
      case "RenameModel": {
        const from = lower(arg(a, 0, "old_name"));
        const to = lower(arg(a, 1, "new_name"));
        if (from && to) out.push({ kind: "rename-model", from, to, at });
        break;
      }
      case "RemoveField": {
        const model = lower(arg(a, 0, "model_name"));
        const fname = pyStr(arg(a, 1, "name"));
        if (model && fname) out.push({ kind: "remove", model, name: fname, at });
        break;
      }
      case "DeleteModel": {
        const model = lower(arg(a, 0, "name"));
        if (model) out.push({ kind: "remove", model, at });
        break;
      }
      case "SeparateDatabaseAndState": {
        const state = resolveOperations(arg(a, 1, "state_operations"), r.scope);
        if (state) out.push(...fieldOps(r, state));
        break;
      }
      default:
        break;
    }
  }
  return out;
}
var fieldHistories = /* @__PURE__ */ new Map();
var FIELD_HISTORY_LIMIT = 4e3;
function fieldHistory(source, app) {
  const key = `${app}\0${source}`;
  let found = fieldHistories.get(key);
  if (!found) {
    found = (async () => {
      const tree = await parseCode("python", source);
      try {
        const { ops, deps, scope } = readMigrationTree(tree.rootNode, app);
        return { ops: ops ? fieldOps(new DjangoReader(app, true, scope), ops) : [], deps };
      } finally {
        tree.delete();
      }
    })();
    if (fieldHistories.size >= FIELD_HISTORY_LIMIT) fieldHistories.delete(fieldHistories.keys().next().value);
    fieldHistories.set(key, found);
  }
  return found;
}
var HISTORY_LIMIT = 200;
async function previousField(op, own, deps, dir, app, readFile, cache) {
  let model = op.model.toLowerCase();
  let name = op.name;
  const renamed = (field) => name === op.name || field.dbColumn ? field : { ...field, column: { ...field.column, name: field.relation ? `${op.name}_id` : op.name } };
  const back = (ops) => {
    for (let i = ops.length - 1; i >= 0; i--) {
      const f = ops[i];
      if (f.kind === "define" && f.model === model && f.name === name) return { found: renamed(f.field) };
      if (f.kind === "rename-field" && f.model === model && f.to === name) name = f.from;
      else if (f.kind === "rename-model" && f.to === model) model = f.from;
      else if (f.kind === "remove" && f.model === model && (f.name === void 0 || f.name === name)) return "gone";
    }
    return void 0;
  };
  const self = own.findIndex((f) => f.at === op.at);
  const here = self > 0 ? back(own.slice(0, self)) : void 0;
  if (here) return here === "gone" ? { why: "this migration removes it before" } : here.found;
  const walked = await walkBack(deps, dir, app, readFile, cache, back);
  if ("why" in walked) return walked;
  return walked.found === "gone" ? { why: "an earlier migration removes it and none adds it back" } : walked.found.found;
}
async function settleFields(reading, path, source, readFile) {
  if (!reading.alterFields.length && !reading.fieldNames.length) return;
  const fieldBefore = await fieldsBefore(reading, path, source, readFile);
  await settleAlterFields(reading, fieldBefore);
  await settleFieldNames(reading, fieldBefore);
}
async function fieldsBefore(reading, path, source, readFile) {
  const dir = dirName(path);
  const { app } = reading;
  const cache = /* @__PURE__ */ new Map();
  const own = (await fieldHistory(source, app).catch(() => void 0))?.ops ?? [];
  return (op) => previousField(op, own, reading.deps, dir, app, readFile, cache);
}
async function walkBack(deps, dir, app, readFile, cache, back) {
  const queue = [...deps];
  const seen = new Set(queue);
  let visited = 0;
  for (; queue.length && visited < HISTORY_LIMIT; visited++) {
    const migration = queue.shift();
    const path = `${dir}${migration}.py`;
    let read = cache.get(migration);
    if (!read) {
      read = readFile(path).then((source) => source === void 0 ? void 0 : fieldHistory(source, app));
      cache.set(migration, read);
    }
    let history;
    try {
      history = await read;
    } catch (error) {
      return { why: `the earlier migration ${path} could not be read (${errorText(error)})` };
    }
    if (!history) return { why: `${path}, a migration it depends on, is not in the repository` };
    const found = back(history.ops);
    if (found !== void 0) return { found };
    for (const d of history.deps) {
      if (seen.has(d)) continue;
      seen.add(d);
      queue.push(d);
    }
  }
  if (queue.length) return { why: `it is not in the ${visited} earlier migrations read (the look back stops there)` };
  return {
    why: visited ? `it is not in the ${visited === 1 ? "earlier migration" : `${visited} earlier migrations`} this one depends on` : "this migration depends on no earlier one of its app"
  };
}
async function settleFieldNames(reading, fieldBefore) {
  for (const op of reading.fieldNames) {
    const before = await fieldBefore(op);
    if ("why" in before) continue;
    const { line } = op.piece;
    const { table, name, to } = op;
    let text;
    if (before.noColumn) text = void 0;
    else if (before.m2m) text = to === void 0 ? sql.dropTable(`${table}_${name}`) : sql.renameTable(`${table}_${name}`, `${table}_${to}`);
    else if (to === void 0) text = sql.dropColumn(table, before.column.name);
    else if (before.dbColumn) text = void 0;
    else text = sql.renameColumn(table, before.column.name, before.relation ? `${to}_id` : to);
    const at = reading.t.up.indexOf(op.piece);
    if (at < 0) continue;
    if (text === void 0) reading.t.up.splice(at, 1);
    else reading.t.up[at] = { sql: text, line, synthetic: true };
  }
}
async function settleDeletedModels(reading, path, readFile) {
  const dir = dirName(path);
  const { app } = reading;
  const cache = /* @__PURE__ */ new Map();
  for (const op of reading.deletedModels) {
    let model = op.model;
    const walked = await walkBack(reading.deps, dir, app, readFile, cache, (ops) => {
      for (let i = ops.length - 1; i >= 0; i--) {
        const f = ops[i];
        if (f.kind === "create" && f.model === model) return f.tableless;
        if (f.kind === "rename-model" && f.to === model) model = f.from;
      }
      return void 0;
    });
    if (!("found" in walked) || !walked.found) continue;
    const at = reading.t.up.indexOf(op.piece);
    if (at >= 0) reading.t.up.splice(at, 1);
  }
}
async function settleAlterFields(reading, fieldBefore) {
  for (const op of reading.alterFields) {
    const before = await fieldBefore(op);
    if ("why" in before) {
      reading.unknownFields.push({ line: op.piece.line, column: op.field.column.name, field: op.field, why: before.why });
      continue;
    }
    const at = reading.t.up.indexOf(op.piece);
    if (at < 0) continue;
    const { line } = op.piece;
    const column = op.field.column;
    const replacement = [];
    if (before.column.name !== column.name) replacement.push({ sql: sql.renameColumn(op.table, before.column.name, column.name), line, synthetic: true });
    const sameKind = (before.lengthUnknown || op.field.lengthUnknown) && before.column.type.split("(")[0] === column.type.split("(")[0];
    if (before.column.type !== column.type && !sameKind && guessedType(before, op.field)) {
      const cls = op.field.otherClass ?? before.otherClass;
      const whose = op.field.otherClass ? "the field's class" : "the field's class before it";
      reading.t.hits.push(
        hit(
          "not-analysed",
          line,
          `\`AlterField\` of "${op.name}" on "${op.table}": \`${cls}\`, ${whose}, is not one of Django's, so whether the column type changes was not judged: review it by hand (\`manage.py sqlmigrate\` prints the SQL Django runs).`
        )
      );
    } else if (before.column.type !== column.type && !sameKind) {
      reading.t.knownTypes ??= [];
      reading.t.knownTypes.push({ table: op.table, column: column.name, type: before.column.type });
      replacement.push(op.piece);
      reading.t.downSql ??= [];
      reading.t.downSql.push({ sql: sql.changeType(op.table, column.name, before.column.type), line, synthetic: true });
      reading.t.downName = "its reverse, which Django runs on rollback";
      reading.t.downDerived = true;
    }
    if (!before.column.notNull && column.notNull) {
      if (column.default !== void 0) replacement.push({ sql: sql.backfillNulls(op.table, column.name, column.default), line, synthetic: true });
      replacement.push({ sql: sql.setNotNull(op.table, column.name), line, synthetic: true });
    }
    if (before.column.notNull && !column.notNull) replacement.push({ sql: sql.dropNotNull(op.table, column.name), line, synthetic: true });
    if (column.unique && !before.column.unique) replacement.push({ sql: sql.addUnique(op.table, [column.name]), line, synthetic: true });
    else if (op.field.index && !before.index && !before.column.unique)
      replacement.push({ sql: sql.createIndex(op.table, [column.name]), line, synthetic: true });
    if (column.check && column.check !== before.column.check) replacement.push({ sql: sql.addCheck(op.table, column.check), line, synthetic: true });
    if (op.field.fk && (!before.fk || fieldChanged(before, op.field)))
      replacement.push({ sql: sql.addForeignKey(op.table, [column.name], op.field.fk, ["id"]), line, synthetic: true });
    reading.t.up.splice(at, 1, ...replacement);
  }
}
function guessedType(before, after) {
  if (!before.otherClass && !after.otherClass) return false;
  const varchar = (f) => /^character varying\(\d+\)$/.test(f.column.type);
  return !(varchar(before) && varchar(after));
}
function fieldChanged(before, after) {
  const a = before.column;
  const b = after.column;
  return a.name !== b.name || a.type !== b.type || !a.notNull !== !b.notNull || a.default !== b.default || !a.unique !== !b.unique || !before.index !== !after.index || before.fk !== after.fk;
}

// src/core/frameworks/django/app-label.ts
function classStrings(cls) {
  const out = /* @__PURE__ */ new Map();
  for (const stmt of cls.childForFieldName("body")?.namedChildren ?? []) {
    const asg = stmt.type === "expression_statement" ? stmt.namedChildren[0] : void 0;
    if (asg?.type !== "assignment") continue;
    const left = asg.childForFieldName("left");
    const value = pyStr(asg.childForFieldName("right") ?? void 0);
    if (left?.type === "identifier" && value !== void 0) out.set(left.text, value);
  }
  return out;
}
async function labelInAppsPy(source, folder) {
  const tree = await parseCode("python", source);
  try {
    const configs = tree.rootNode.descendantsOfType("class_definition").map(classStrings);
    const labelled = configs.filter((c) => c.has("label"));
    const named = labelled.find((c) => c.get("name")?.split(".").pop() === folder);
    return (named ?? (labelled.length === 1 ? labelled[0] : void 0))?.get("label");
  } finally {
    tree.delete();
  }
}
var labels = /* @__PURE__ */ new Map();
var LABEL_LIMIT = 1e3;
async function readAppLabel(path, readFile) {
  const folder = appLabel(path);
  const parts = path.split("/");
  const i = parts.lastIndexOf("migrations");
  if (!readFile || i < 1) return folder;
  const appsPy = [...parts.slice(0, i), "apps.py"].join("/");
  const source = await readFile(appsPy).catch(() => void 0);
  if (!source?.includes("label")) return folder;
  const key = `${folder}\0${source}`;
  let found = labels.get(key);
  if (!found) {
    found = labelInAppsPy(source, folder).catch(() => void 0);
    if (labels.size >= LABEL_LIMIT) labels.delete(labels.keys().next().value);
    labels.set(key, found);
  }
  return await found ?? folder;
}

// src/core/frameworks/django.ts
async function readDjango(source, path, app = appLabel(path)) {
  const tree = await parseCode("python", source);
  try {
    const root = tree.rootNode;
    const { ops, transactional, deps, scope, replaces } = readMigrationTree(root, app);
    const reader = new DjangoReader(app, transactional, scope);
    const t = reader.t;
    const err = firstErrorNode(root);
    if (err) t.hits.push(parseErrorHit(lineOf(err), "Python"));
    if (ops) reader.operationList(ops);
    else if (err) {
      const calls = root.descendantsOfType("call").filter((c) => {
        const fn = c.childForFieldName("function");
        return fn?.type === "attribute" && fn.childForFieldName("object")?.text === "migrations";
      });
      reader.operationList(calls);
    }
    t.downStatus = t.hits.some((h) => h.rule === "irreversible-operation") ? "irreversible" : "present";
    return {
      t,
      app,
      alterFields: reader.alterFields,
      unknownFields: [],
      deletedModels: reader.deletedModels,
      fieldNames: reader.fieldNames,
      filled: reader.filled,
      deps,
      replaces
    };
  } finally {
    tree.delete();
  }
}
async function djangoToPieces(source, path = "") {
  return (await readDjango(source, path)).t;
}
var SQUASHED_RULES = /* @__PURE__ */ new Set(["irreversible-operation", "parse-error", "not-analysed"]);
var django = withAppDialect(
  {
    ...django_default,
    async analyse(input) {
      try {
        const reading = await readDjango(input.content, input.path, await readAppLabel(input.path, input.readFile));
        if (reading.replaces) {
          const { changesData: _, ...analysis2 } = await finishAnalysis("django", reading.t, dialectFor(input));
          return { ...analysis2, hits: analysis2.hits.filter((h) => SQUASHED_RULES.has(h.rule)) };
        }
        if (input.readFile) await settleFields(reading, input.path, input.content, input.readFile);
        if (input.readFile && reading.deletedModels.length) await settleDeletedModels(reading, input.path, input.readFile);
        const analysis = await finishAnalysis("django", reading.t, dialectFor(input));
        return { ...analysis, hits: sayUnknownFields(sayFilledFields(analysis.hits, reading.filled), reading.unknownFields) };
      } catch (e) {
        return unreadable("django", "Django migration", e, "present");
      }
    }
  },
  "django"
);
var django_default2 = django;
export {
  django_default2 as default,
  django,
  djangoToPieces
};
