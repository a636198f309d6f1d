import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  PLACEHOLDER,
  arg,
  bodyStatements,
  boundValue,
  firstPositional,
  isNoopBody,
  lastName,
  pyArgs,
  pyBool,
  pyDefault,
  pyNumber,
  pyStr,
  pyStrList,
  pyString,
  withAllBound,
  withoutBound
} from "./chunk-V4MZUPIZ.js";
import {
  firstErrorNode,
  lineOf,
  parseCode
} from "./chunk-TKNREPPV.js";
import {
  dslFramework,
  hit,
  newTranslation,
  parseErrorHit,
  sql,
  unknownCallHit
} from "./chunk-QKWKVWJ7.js";
import {
  handlerFor
} from "./chunk-P765CN6Y.js";
import {
  alembic_default
} from "./chunk-K7NLEESO.js";
import {
  versionSorted
} from "./chunk-VKBMTKYT.js";
import "./chunk-YQYMSWCG.js";
import {
  PY_TEMPLATES
} from "./chunk-BEKUU44V.js";
import "./chunk-VQUEMGJH.js";
import {
  dialectOfPath
} from "./chunk-BF324SM3.js";
import "./chunk-Q7EMWZUQ.js";
import "./chunk-ASTGNKGX.js";
import "./chunk-AYEM27GC.js";
import {
  __callDispose,
  __using
} from "./chunk-ADI5M2KE.js";

// src/core/frameworks/alembic/revisions.ts
async function revisionIds(source) {
  var _stack = [];
  try {
    const tree = __using(_stack, await parseCode("python", source));
    let revision;
    let parents = [];
    for (const statement of tree.rootNode.namedChildren) {
      const assignment = statement.type === "expression_statement" ? statement.namedChildren[0] : void 0;
      if (assignment?.type !== "assignment") continue;
      const name = assignment.childForFieldName("left")?.text;
      const value2 = assignment.childForFieldName("right") ?? void 0;
      if (name === "revision") revision = pyStrList(value2)[0];
      else if (name === "down_revision") parents = pyStrList(value2);
    }
    return revision ? { revision, parents } : void 0;
  } catch (_) {
    var _error = _, _hasError = true;
  } finally {
    __callDispose(_stack, _error, _hasError);
  }
}
async function revisionOrder(names, dir, read) {
  const files = versionSorted(names.filter((n) => n.endsWith(".py")));
  const ids = await Promise.all(
    files.map(async (name) => {
      const text = await read(`${dir}${name}`);
      if (text === void 0) throw new Error(`${dir}${name} could not be read`);
      return revisionIds(text);
    })
  );
  const indexOf = /* @__PURE__ */ new Map();
  ids.forEach((id, i) => id && indexOf.set(id.revision, i));
  const order = [];
  const placed = /* @__PURE__ */ new Set();
  const visiting = /* @__PURE__ */ new Set();
  const place = (i) => {
    const id = ids[i];
    if (!id || placed.has(id.revision) || visiting.has(id.revision)) return;
    visiting.add(id.revision);
    for (const parent of id.parents) {
      const at2 = indexOf.get(parent);
      if (at2 !== void 0) place(at2);
    }
    visiting.delete(id.revision);
    placed.add(id.revision);
    order.push(files[i]);
  };
  for (let i = 0; i < files.length; i++) place(i);
  return order;
}
var orders = /* @__PURE__ */ new WeakMap();
function alembicOrder(names, dir, input) {
  let order = orders.get(names);
  if (!order) orders.set(names, order = revisionOrder(names, dir, input.readFile));
  return order;
}

// src/core/frameworks/alembic/strings.ts
var WRAPPERS = /* @__PURE__ */ new Set(["text", "dedent", "format_sql"]);
var STRIPS = /* @__PURE__ */ new Set(["strip", "lstrip", "rstrip"]);
var BOUND = /* @__PURE__ */ new Set(["params", "bindparams", "execution_options"]);
var MAX_DEPTH = 8;
var runTime = (line) => ({ text: PLACEHOLDER, line, inexact: true });
var lineOf2 = (n) => n.startPosition.row + 1;
function sqlText(node, resolve, depth = 0) {
  if (!node || depth > MAX_DEPTH) return void 0;
  switch (node.type) {
    case "parenthesized_expression": {
      const inner = node.namedChildren.find((c) => c.type !== "comment");
      return sqlText(inner, resolve, depth);
    }
    case "identifier": {
      const target = resolve(node);
      return target && target !== node ? sqlText(target, resolve, depth + 1) : void 0;
    }
    case "binary_operator": {
      const op = node.childForFieldName("operator")?.text;
      const left = sqlText(node.childForFieldName("left") ?? void 0, resolve, depth);
      if (op === "+") {
        const right = sqlText(node.childForFieldName("right") ?? void 0, resolve, depth);
        if (!left && !right) return void 0;
        const l = left ?? runTime(lineOf2(node));
        const r = right ?? runTime(lineOf2(node));
        return { text: l.text + r.text, line: left?.line ?? lineOf2(node), inexact: l.inexact || r.inexact };
      }
      if (op === "%" && left) return percent(left, node.childForFieldName("right") ?? void 0, resolve, depth);
      return void 0;
    }
    case "call": {
      const fn = node.childForFieldName("function");
      const name = fn ? lastName(fn) : "";
      const object = fn?.type === "attribute" ? fn.childForFieldName("object") ?? void 0 : void 0;
      if (object && name === "format") {
        const template = sqlText(object, resolve, depth);
        return template && format(template, node, resolve, depth);
      }
      if (object && STRIPS.has(name)) return sqlText(object, resolve, depth);
      if (object && BOUND.has(name)) {
        const s = sqlText(object, resolve, depth);
        return s && { ...s, inexact: true };
      }
      if (WRAPPERS.has(name)) return sqlText(firstPositional(node), resolve, depth);
      return pyString(node);
    }
    default:
      return pyString(node);
  }
}
function isBuiltSql(node, resolve, depth = 0) {
  if (!node || depth > MAX_DEPTH) return false;
  switch (node.type) {
    case "parenthesized_expression":
      return node.namedChildren.some((c) => isBuiltSql(c, resolve, depth));
    case "identifier": {
      const target = resolve(node);
      return !!target && target !== node && isBuiltSql(target, resolve, depth + 1);
    }
    case "binary_operator":
      return ["+", "%"].includes(node.childForFieldName("operator")?.text ?? "");
    case "call": {
      const fn = node.childForFieldName("function");
      const name = fn ? lastName(fn) : "";
      const object = fn?.type === "attribute" ? fn.childForFieldName("object") ?? void 0 : void 0;
      if (object && name === "format") return true;
      if (object && (STRIPS.has(name) || BOUND.has(name))) return isBuiltSql(object, resolve, depth);
      return WRAPPERS.has(name) && isBuiltSql(firstPositional(node), resolve, depth);
    }
    default:
      return false;
  }
}
function value(node, resolve, depth) {
  if (node && (node.type === "integer" || node.type === "float")) return { text: node.text, exact: true };
  const s = sqlText(node, resolve, depth + 1);
  return s ? { text: s.text, exact: !s.inexact } : { text: PLACEHOLDER, exact: false };
}
function percent(template, right, resolve, depth) {
  const positional = right?.type === "tuple" ? right.namedChildren : right?.type === "dictionary" ? [] : [right];
  const named = /* @__PURE__ */ new Map();
  if (right?.type === "dictionary")
    for (const pair of right.namedChildren) {
      const key = pair.type === "pair" ? pyString(pair.childForFieldName("key")) : void 0;
      const v = pair.childForFieldName("value");
      if (key && v) named.set(key.text, v);
    }
  let exact = !template.inexact && (right?.type !== "dictionary" || named.size === right.namedChildren.length);
  let next = 0;
  const text = template.text.replace(
    /%(?:\(([^)]*)\))?[#0\- +]*(?:\*|\d+)?(?:\.(?:\*|\d+))?[hlL]?([diouxXeEfFgGcrsa%])/g,
    (_m, key, type) => {
      if (type === "%") return "%";
      const node = key !== void 0 ? named.get(key) : positional[next++];
      const v = type === "r" ? { text: PLACEHOLDER, exact: false } : value(node, resolve, depth);
      exact &&= v.exact;
      return v.text;
    }
  );
  return { text, line: template.line, inexact: !exact };
}
function format(template, call, resolve, depth) {
  const a = pyArgs(call);
  let exact = !template.inexact;
  let next = 0;
  const text = template.text.replace(/\{\{|\}\}|\{([^{}]*)\}/g, (m, field) => {
    if (field === void 0) return m[0];
    const ref = field.split(/[!:]/)[0];
    const plain = /^\w*$/.test(ref) && !field.includes("!");
    const node = !plain ? void 0 : ref === "" ? a.positional[next++] : /^\d+$/.test(ref) ? a.positional[Number(ref)] : a.keywords.get(ref);
    const v = value(node, resolve, depth);
    exact &&= v.exact;
    return v.text;
  });
  return { text, line: template.line, inexact: !exact };
}

// src/core/frameworks/alembic/columns.ts
var SA_TYPES = {
  String: "character varying",
  Unicode: "character varying",
  VARCHAR: "character varying",
  Text: "text",
  UnicodeText: "text",
  TEXT: "text",
  CHAR: "character",
  NVARCHAR: "character varying",
  CLOB: "text",
  Integer: "integer",
  INTEGER: "integer",
  SMALLINT: "smallint",
  REAL: "real",
  Double: "double precision",
  DOUBLE: "double precision",
  DOUBLE_PRECISION: "double precision",
  DATE: "date",
  TIME: "time",
  DATETIME: "timestamp without time zone",
  INTERVAL: "interval",
  TSVECTOR: "tsvector",
  HSTORE: "hstore",
  CIDR: "cidr",
  MACADDR: "macaddr",
  MONEY: "money",
  BLOB: "bytea",
  BigInteger: "bigint",
  BIGINT: "bigint",
  SmallInteger: "smallint",
  Boolean: "boolean",
  BOOLEAN: "boolean",
  DateTime: "timestamp without time zone",
  TIMESTAMP: "timestamp without time zone",
  Date: "date",
  Time: "time",
  Interval: "interval",
  Numeric: "numeric",
  NUMERIC: "numeric",
  DECIMAL: "numeric",
  Float: "double precision",
  FLOAT: "double precision",
  JSON: "json",
  JSONB: "jsonb",
  UUID: "uuid",
  Uuid: "uuid",
  LargeBinary: "bytea",
  BYTEA: "bytea",
  Enum: "text",
  ARRAY: "text[]",
  INET: "inet",
  CITEXT: "citext",
  // sqlalchemy.dialects.postgresql's own types, as Postgres names them.
  MACADDR8: "macaddr8",
  OID: "oid",
  REGCLASS: "regclass",
  REGCONFIG: "regconfig",
  TSQUERY: "tsquery",
  JSONPATH: "jsonpath",
  INT4RANGE: "int4range",
  INT8RANGE: "int8range",
  NUMRANGE: "numrange",
  DATERANGE: "daterange",
  TSRANGE: "tsrange",
  TSTZRANGE: "tstzrange",
  INT4MULTIRANGE: "int4multirange",
  INT8MULTIRANGE: "int8multirange",
  NUMMULTIRANGE: "nummultirange",
  DATEMULTIRANGE: "datemultirange",
  TSMULTIRANGE: "tsmultirange",
  TSTZMULTIRANGE: "tstzmultirange",
  BIT: "bit",
  // sqlalchemy.dialects.mysql's own types, as MySQL names them (quay's `mysql.MEDIUMTEXT()`).
  TINYINT: "tinyint",
  MEDIUMINT: "mediumint",
  TINYTEXT: "tinytext",
  MEDIUMTEXT: "mediumtext",
  LONGTEXT: "longtext",
  TINYBLOB: "tinyblob",
  MEDIUMBLOB: "mediumblob",
  LONGBLOB: "longblob",
  BINARY: "binary",
  VARBINARY: "varbinary",
  NCHAR: "character",
  YEAR: "year",
  INET4: "inet4",
  INET6: "inet6"
};
var SIZED = /* @__PURE__ */ new Set(["bit", "binary", "varbinary"]);
var INTEGER_TYPES = /* @__PURE__ */ new Set(["Integer", "INTEGER", "INT", "BigInteger", "BIGINT", "SmallInteger", "SMALLINT", "TINYINT", "MEDIUMINT"]);
function knownSaType(node) {
  const callee = node?.type === "call" ? node.childForFieldName("function") : node;
  return !!callee && Object.hasOwn(SA_TYPES, lastName(callee));
}
function saType(node) {
  if (!node) return "text";
  const callee = node.type === "call" ? node.childForFieldName("function") : node;
  const name = callee ? lastName(callee) : "";
  let t = SA_TYPES[name] ?? "text";
  if (node.type === "call") {
    const a = pyArgs(node);
    const len = pyNumber(arg(a, 0, "length"));
    if (t === "character varying" && len !== void 0) t = `character varying(${len})`;
    if (SIZED.has(t) && len !== void 0) t = `${t}(${len})`;
    if (t === "tinyint" && pyNumber(arg(a, 0, "display_width")) === 1) t = "boolean";
    const prec = pyNumber(arg(a, 0, "precision"));
    const scale = pyNumber(arg(a, 1, "scale"));
    if (t === "numeric" && prec !== void 0) t = `numeric(${prec}${scale !== void 0 ? `, ${scale}` : ""})`;
    if ((name === "DateTime" || name === "TIMESTAMP" || name === "DATETIME") && pyBool(a.keywords.get("timezone"))) t = "timestamp with time zone";
  }
  return t;
}
function columnFrom(node) {
  if (node?.type !== "call") return void 0;
  const callee = node.childForFieldName("function");
  if (!callee || lastName(callee) !== "Column") return void 0;
  const a = pyArgs(node);
  const name = pyStr(a.positional[0]) ?? pyStr(a.keywords.get("name"));
  if (!name) return void 0;
  let typeNode = a.keywords.get("type_");
  let fk;
  for (const p of a.positional.slice(1)) {
    const fn = p.type === "call" ? p.childForFieldName("function") : p;
    const n = fn ? lastName(fn) : "";
    if (n === "ForeignKey") {
      const target = pyStr(pyArgs(p).positional[0]);
      fk = target === void 0 ? void 0 : referencedTable(target);
    } else if (!typeNode) typeNode = p;
  }
  const c = { name, type: saType(typeNode) };
  if (pyBool(a.keywords.get("primary_key"))) c.primaryKey = true;
  if (pyBool(a.keywords.get("nullable")) === false) c.notNull = true;
  const sd = a.keywords.get("server_default");
  if (sd && sd.type !== "none") {
    const s = pyString(sd);
    c.default = s && !s.inexact && sd.type === "call" ? s.text : pyDefault(sd);
  }
  if (pyBool(a.keywords.get("unique"))) c.unique = true;
  if (fk) c.fk = fk;
  const typeName = typeNode ? lastName(typeNode.type === "call" ? typeNode.childForFieldName("function") : typeNode) : "";
  const noDefault = ["server_default", "default"].every((k) => a.keywords.get(k) === void 0 || a.keywords.get(k).type === "none");
  const autoincrement = a.keywords.get("autoincrement");
  if (INTEGER_TYPES.has(typeName) && noDefault && (pyBool(autoincrement) === true || !fk && pyBool(autoincrement) !== false)) c.autoincrementable = true;
  return c;
}
function referencedTable(target) {
  const parts = target.split(".");
  return parts.length > 1 ? parts.slice(0, -1).join(".") : target;
}

// src/core/frameworks/alembic/operations.ts
function inSchema(table, a, kw = "schema") {
  const schema = pyStr(a.keywords.get(kw));
  return table && schema ? `${schema}.${table}` : table;
}
var tableAt = ({ a, batchTable }, i, kw) => batchTable ?? inSchema(pyStr(arg(a, i, kw)), a);
var at = ({ a, shift }, i, kw) => arg(a, i + shift, kw);
function foreignKeyConstraint(table, p) {
  const callee = p.type === "call" ? p.childForFieldName("function") : null;
  if (!callee || lastName(callee) !== "ForeignKeyConstraint") return void 0;
  const fa = pyArgs(p);
  const local = pyStrList(fa.positional[0]);
  const remote = pyStrList(fa.positional[1]);
  const ref = remote[0] === void 0 ? void 0 : referencedTable(remote[0]);
  return local.length && ref ? sql.addForeignKey(
    table,
    local,
    ref,
    remote.map((r) => r.split(".").pop() ?? "id")
  ) : void 0;
}
function primaryKeyConstraint(p) {
  const callee = p.type === "call" ? p.childForFieldName("function") : null;
  if (!callee || lastName(callee) !== "PrimaryKeyConstraint") return void 0;
  const names = pyArgs(p).positional.map((n) => pyStr(n));
  return names.every((n) => n !== void 0) ? names : void 0;
}
var createTable = (r, { a, line }) => {
  const table = inSchema(pyStr(arg(a, 0, "table_name")), a);
  if (!table) return;
  const cols = [];
  const after = [];
  let primary;
  for (const p of a.positional.slice(1)) {
    const c = columnFrom(p);
    if (c) {
      cols.push(c);
      if (c.fk) after.push(sql.addForeignKey(table, [c.name], c.fk, ["id"]));
      continue;
    }
    primary ??= primaryKeyConstraint(p);
    const fk = foreignKeyConstraint(table, p);
    if (fk) after.push(fk);
  }
  const lone = primary?.length === 1 ? cols.find((c) => c.name === primary[0]) : void 0;
  if (lone?.autoincrementable && !cols.some((c) => c.primaryKey)) lone.primaryKey = true;
  r.emit(line, sql.createTable(table, cols.length ? cols : [{ name: "id", type: "serial", primaryKey: true }]));
  for (const s of after) r.emit(line, s);
};
var dropTable = (r, { a, line }) => {
  const table = inSchema(pyStr(arg(a, 0, "table_name")), a);
  if (table) r.emit(line, sql.dropTable(table));
};
var renameTable = (r, { a, line }) => {
  const from = inSchema(pyStr(arg(a, 0, "old_table_name")), a);
  const to = pyStr(arg(a, 1, "new_table_name"));
  if (from && to) r.emit(line, sql.renameTable(from, to));
};
var addColumn = (r, c) => {
  const table = tableAt(c, 0, "table_name");
  const col = columnFrom(at(c, 1, "column"));
  if (table && col) {
    r.emit(c.line, sql.addColumn(table, col));
    if (col.fk) r.emit(c.line, sql.addForeignKey(table, [col.name], col.fk, ["id"]));
  }
};
var dropColumn = (r, c) => {
  const table = tableAt(c, 0, "table_name");
  const col = pyStr(at(c, 1, "column_name"));
  if (table && col) r.emit(c.line, sql.dropColumn(table, col));
};
var alterColumn = (r, c) => {
  const { a, line } = c;
  const table = tableAt(c, 0, "table_name");
  const col = pyStr(at(c, 1, "column_name"));
  if (!table || !col) return;
  let type = a.keywords.get("type_");
  if (type && !knownSaType(type)) {
    r.notAnalysed(
      line,
      `\`type_=${type.text.replace(/\s+/g, " ")}\` is a type rollback-ready does not know, so whether this changes the column's type was not judged: review it by hand.`
    );
    type = void 0;
  }
  if (type) r.emit(line, sql.changeType(table, col, saType(type)));
  const nullable = pyBool(a.keywords.get("nullable"));
  const existingType = a.keywords.get("existing_type");
  const existingNullable = pyBool(a.keywords.get("existing_nullable"));
  if (type && existingType) r.knownBefore(table, col, { type: saType(existingType) });
  if (nullable !== void 0 && existingNullable !== void 0) r.knownBefore(table, col, { nullable: existingNullable });
  if (nullable === false) r.emit(line, sql.setNotNull(table, col));
  if (nullable === true) r.emit(line, sql.dropNotNull(table, col));
  const sd = a.keywords.get("server_default");
  if (sd) r.emit(line, sd.type === "none" || pyBool(sd) === false ? sql.dropDefault(table, col) : sql.setDefault(table, col, pyDefault(sd)));
  const rename = pyStr(a.keywords.get("new_column_name"));
  if (rename) r.emit(line, sql.renameColumn(table, col, rename));
};
var createIndex = (r, { a, line, batchTable }) => {
  const iname = pyStr(arg(a, 0, "index_name"));
  const table = batchTable ?? inSchema(pyStr(arg(a, 1, "table_name")), a);
  const cols = pyStrList(batchTable ? arg(a, 1, "columns") : arg(a, 2, "columns"));
  if (!table || !cols.length) return;
  r.emit(
    line,
    sql.createIndex(table, cols, {
      ...iname ? { name: iname } : {},
      unique: pyBool(a.keywords.get("unique")) === true,
      concurrently: pyBool(a.keywords.get("postgresql_concurrently")) === true
    })
  );
};
var dropIndex = (r, { a, line }) => {
  const iname = inSchema(pyStr(arg(a, 0, "index_name")), a);
  if (iname) r.emit(line, sql.dropIndex(iname, { concurrently: pyBool(a.keywords.get("postgresql_concurrently")) === true }));
};
var createForeignKey = (r, { a, line, batchTable, shift }) => {
  const cname = pyStr(arg(a, 0, "constraint_name"));
  const src = batchTable ?? inSchema(pyStr(arg(a, 1, "source_table")), a, "source_schema");
  const ref = inSchema(pyStr(arg(a, 2 + shift, "referent_table")), a, "referent_schema");
  const local = pyStrList(arg(a, 3 + shift, "local_cols"));
  const remote = pyStrList(arg(a, 4 + shift, "remote_cols"));
  if (src && ref && local.length) {
    const notValid = pyBool(a.keywords.get("postgresql_not_valid")) === true;
    r.emit(line, sql.addForeignKey(src, local, ref, remote.length ? remote : ["id"], { ...cname ? { name: cname } : {}, notValid }));
  }
};
var createUniqueConstraint = (r, { a, line, batchTable, shift }) => {
  const cname = pyStr(arg(a, 0, "constraint_name"));
  const table = batchTable ?? inSchema(pyStr(arg(a, 1, "table_name")), a);
  const cols = pyStrList(arg(a, 2 + shift, "columns"));
  if (table && cols.length) r.emit(line, sql.addUnique(table, cols, cname));
};
var createCheckConstraint = (r, { a, line, batchTable, shift }) => {
  const cname = pyStr(arg(a, 0, "constraint_name"));
  const table = batchTable ?? inSchema(pyStr(arg(a, 1, "table_name")), a);
  const cond = pyStr(arg(a, 2 + shift, "condition"));
  if (table) r.emit(line, sql.addCheck(table, cond ?? "true", cname, pyBool(a.keywords.get("postgresql_not_valid")) === true));
};
var createPrimaryKey = (r, { a, line, batchTable, shift }) => {
  const cname = pyStr(arg(a, 0, "constraint_name"));
  const table = batchTable ?? inSchema(pyStr(arg(a, 1, "table_name")), a);
  const cols = pyStrList(arg(a, 2 + shift, "columns"));
  if (table && cols.length) r.emit(line, sql.addPrimaryKey(table, cols, cname));
};
var dropConstraint = (r, { a, line, batchTable }) => {
  const cname = pyStr(arg(a, 0, "constraint_name"));
  const table = batchTable ?? inSchema(pyStr(arg(a, 1, "table_name")), a);
  if (table && cname) r.emit(line, sql.dropConstraint(table, cname));
};
var bulkInsert = (r) => r.markDataChange();
var OPERATIONS = {
  create_table: createTable,
  drop_table: dropTable,
  rename_table: renameTable,
  add_column: addColumn,
  drop_column: dropColumn,
  alter_column: alterColumn,
  create_index: createIndex,
  drop_index: dropIndex,
  create_foreign_key: createForeignKey,
  create_unique_constraint: createUniqueConstraint,
  create_check_constraint: createCheckConstraint,
  create_primary_key: createPrimaryKey,
  drop_constraint: dropConstraint,
  bulk_insert: bulkInsert
};

// src/core/frameworks/alembic.ts
var AlembicReader = class {
  /** The database the revision is read for: branches on the dialect keep its own (see `ifStatement`). */
  constructor(dialect = "postgres") {
    this.dialect = dialect;
    this.t = newTranslation(true);
  }
  dialect;
  t;
  batch = /* @__PURE__ */ new Map();
  /** `with op.batch_alter_table(<code>) as alias`, a table named only at run time: alias → code. */
  runtimeBatch = /* @__PURE__ */ new Map();
  autocommit = false;
  /**
   * The module's own functions (not `upgrade`/`downgrade`), read where the revision calls them:
   * mealie's `populate_shopping_list_users()` deletes rows inside one. Each is read once.
   */
  helpers = /* @__PURE__ */ new Map();
  entered = /* @__PURE__ */ new Set();
  emit(line, text) {
    this.t.up.push({ sql: text, line, synthetic: true });
  }
  markDataChange() {
    this.t.changesData = true;
  }
  notAnalysed(line, message) {
    this.t.hits.push(hit("not-analysed", line, message));
  }
  /**
   * Strings and tables the revision names once and uses later (`DROP = "ALTER TABLE …"` then
   * `op.execute(sa.text(DROP))`; `BLOCK_TYPE = sa.table("block_type", …)`), module-wide or in a
   * function: a name assigned once to a string literal or to `sa.table("name", …)`.
   */
  names = /* @__PURE__ */ new Map();
  collectNames(root) {
    const seen = /* @__PURE__ */ new Map();
    for (const a of root.descendantsOfType("assignment")) {
      const left = a.childForFieldName("left");
      const right = a.childForFieldName("right");
      if (left?.type !== "identifier" || !right) continue;
      seen.set(left.text, (seen.get(left.text) ?? 0) + 1);
      this.names.set(left.text, right);
      const fn = right.type === "call" ? right.childForFieldName("function") : void 0;
      const table = fn && ["table", "Table"].includes(lastName(fn)) ? pyStr(pyArgs(right).positional[0]) : void 0;
      const known = this.tableNames.get(left.text);
      this.tableNames.set(left.text, this.tableNames.has(left.text) && known !== table ? void 0 : table);
    }
    for (const [name, count] of seen) if (count > 1) this.names.delete(name);
    for (const a of root.descendantsOfType("augmented_assignment")) this.mutated.add(a.childForFieldName("left")?.text ?? "");
    for (const c of root.descendantsOfType("call")) {
      const fn = c.childForFieldName("function");
      const obj = fn?.type === "attribute" ? fn.childForFieldName("object") : void 0;
      if (obj?.type === "identifier" && ["append", "extend", "insert", "remove", "pop", "clear"].includes(lastName(fn))) this.mutated.add(obj.text);
    }
  }
  /** `node`, or what the name it is stands for (through `sa.text(NAME)` too). */
  resolved(node) {
    if (node?.type === "identifier") return this.names.get(node.text) ?? node;
    if (node?.type === "call") {
      const fn = node.childForFieldName("function");
      const inner = pyArgs(node).positional[0];
      if (fn && lastName(fn) === "text" && inner?.type === "identifier" && this.names.has(inner.text)) return this.names.get(inner.text);
    }
    return node;
  }
  /**
   * Every `name = table("x", …)` (or `sa.table`, `sa.Table`) of the revision, by name: reassigned
   * ones too, when they all name one table (undefined when they do not).
   */
  tableNames = /* @__PURE__ */ new Map();
  /** The table a name stands for, when the revision binds it only to `table("x", …)` calls naming one table. */
  tableObject(node) {
    return node.type === "identifier" ? this.tableNames.get(node.text) : void 0;
  }
  /**
   * The model of an ORM query (`session.query(User).filter(…)`): the class name stands for its
   * table, with whether the query is filtered. Undefined when the chain is not a query.
   */
  queryModel(node) {
    let filtered = false;
    for (let n = node; n?.type === "call"; ) {
      const fn = n.childForFieldName("function");
      const name = fn ? lastName(fn) : "";
      if (["filter", "filter_by", "where"].includes(name)) filtered = true;
      if (name === "query" && fn?.type === "attribute") {
        const model = pyArgs(n).positional[0];
        return model && ["identifier", "attribute"].includes(model.type) ? { model: model.text, filtered } : void 0;
      }
      n = fn?.type === "attribute" ? fn.childForFieldName("object") ?? void 0 : void 0;
    }
    return void 0;
  }
  /**
   * `session.query(User).filter(…).update({…})` and `.delete()`: ORM writes, outside any
   * execute, as the SQL they run on the model's table (named by its class). Undefined otherwise.
   */
  ormWrite(call) {
    const fn = call.childForFieldName("function");
    const name = fn?.type === "attribute" ? lastName(fn) : "";
    if (name !== "update" && name !== "delete") return void 0;
    const query = this.queryModel(fn.childForFieldName("object"));
    return query ? sql.dataWrite(name, query.model, query.filtered) : void 0;
  }
  /**
   * `conn.execute(sa.update(BLOCK_TYPE).where(…).values(…))` and `sa.delete(…)`: SQLAlchemy Core
   * writes, as the SQL they run, and the same through a table object (`queries.update().values(…)`,
   * redash's revisions). The table: a `sa.table("name", …)` the revision assigned, or a string.
   * Undefined when the argument is not such a statement.
   */
  coreWrite(node) {
    let n = node;
    let filtered = false;
    while (n?.type === "call") {
      const fn = n.childForFieldName("function");
      if (fn?.type === "attribute" && ["where", "filter", "filter_by"].includes(lastName(fn))) filtered = true;
      const name = fn ? lastName(fn) : "";
      const object = fn?.type === "attribute" ? fn.childForFieldName("object") : void 0;
      const bound = (name === "update" || name === "delete") && object ? this.tableObject(object) : void 0;
      if (bound) return sql.dataWrite(name, bound, filtered);
      if ((name === "update" || name === "delete") && (fn?.type === "identifier" || ["sa", "sqlalchemy"].includes(fn?.childForFieldName("object")?.text ?? ""))) {
        const target = this.resolved(pyArgs(n).positional[0]);
        const tableCall = target?.type === "call" && ["table", "Table"].includes(lastName(target.childForFieldName("function"))) ? target : void 0;
        const key = target?.type === "subscript" ? target.childForFieldName("subscript") : void 0;
        const table = pyStr(tableCall ? pyArgs(tableCall).positional[0] : key ?? target) ?? "?";
        return sql.dataWrite(name, table, filtered);
      }
      n = fn?.type === "attribute" ? fn.childForFieldName("object") ?? void 0 : void 0;
    }
    return void 0;
  }
  knownBefore(table, column, before) {
    if (before.type !== void 0 && !this.t.knownTypes?.some((k) => k.table === table && k.column === column))
      (this.t.knownTypes ??= []).push({ table, column, type: before.type });
    if (before.nullable !== void 0 && !this.t.knownNullable?.some((k) => k.table === table && k.column === column))
      (this.t.knownNullable ??= []).push({ table, column, nullable: before.nullable });
  }
  walk(node) {
    for (const c of node.namedChildren) {
      if (c.type === "comment" || c.type === "function_definition" || c.type === "class_definition") continue;
      if (c.type === "with_statement") {
        this.withStatement(c);
        continue;
      }
      if (c.type === "if_statement") {
        this.ifStatement(c);
        continue;
      }
      if (c.type === "for_statement" && this.forLiteral(c)) continue;
      if (c.type === "call") {
        this.call(c);
        continue;
      }
      this.walk(c);
    }
  }
  /**
   * `if op.get_bind().dialect.name == "mysql":` / `if url.startswith("sqlite"):` … `else:` (CTFd,
   * mealie): the branch the revision's database runs is read, the others are not (MySQL's
   * foreign keys got Postgres's NOT VALID advice). A condition that is not a test of the dialect
   * name: every branch from there is read, as before.
   */
  ifStatement(node) {
    const branches = [
      { condition: node.childForFieldName("condition") ?? void 0, body: node.childForFieldName("consequence") ?? void 0 }
    ];
    for (const alt of node.childrenForFieldName("alternative")) {
      if (alt.type === "elif_clause")
        branches.push({ condition: alt.childForFieldName("condition") ?? void 0, body: alt.childForFieldName("consequence") ?? void 0 });
      else branches.push({ condition: void 0, body: alt.childForFieldName("body") ?? void 0 });
    }
    for (const [i, { condition, body }] of branches.entries()) {
      const holds = condition ? dialectTest(condition, this.dialect) : true;
      if (holds === false) continue;
      if (holds === void 0) {
        for (const rest of branches.slice(i)) if (rest.body) this.walk(rest.body);
        return;
      }
      if (body) this.walk(body);
      return;
    }
  }
  /**
   * `for col in ("legacy_a", "legacy_b"): op.drop_column("users", col)`, `for t in TABLES:` of a
   * module-level `TABLES = [...]`, `for table, column in [("a", "x"), …]:`: a loop over strings the
   * revision holds runs its body once per element, the loop's names bound to it (before, the body
   * was read once and a drop of a column named `col` passed unread). False for any other loop,
   * which is walked once as before.
   */
  forLiteral(loop) {
    const target = loop.childForFieldName("left");
    let list = loop.childForFieldName("right") ?? void 0;
    const body = loop.childForFieldName("body");
    if (!target || !list || !body) return false;
    if (list.type === "identifier") list = boundValue(list.text) ?? (this.mutated.has(list.text) ? void 0 : this.names.get(list.text));
    if (list?.type !== "list" && list?.type !== "tuple") return false;
    const items = list.namedChildren.filter((n) => n.type !== "comment");
    const names = target.type === "identifier" ? [target] : ["pattern_list", "tuple_pattern"].includes(target.type) && target.namedChildren.every((n) => n.type === "identifier") ? target.namedChildren : void 0;
    if (!names || !items.length) return false;
    const rows = items.map((item) => {
      const parts = names.length === 1 ? [item] : item.type === "tuple" || item.type === "list" ? item.namedChildren : [];
      return parts.length === names.length && parts.every((p) => pyStr(p) !== void 0) ? parts : void 0;
    });
    if (!rows.every((r) => r)) return false;
    for (const row of rows)
      withAllBound(
        names.map((n, i) => [n.text, row[i]]),
        () => this.walk(body)
      );
    const orElse = loop.childForFieldName("alternative")?.childForFieldName("body");
    if (orElse) this.walk(orElse);
    return true;
  }
  /** Names a revision changes in place (`COLUMNS.append("x")`, `COLUMNS += […]`): not read as the list assigned. */
  mutated = /* @__PURE__ */ new Set();
  /** Helpers being read with their parameters bound, innermost last: a call back into one is not read again. */
  reading = [];
  /**
   * A call of one of the module's functions. Given literals for every parameter (`_drop_legacy("events")`,
   * a list, a name bound to one), its body is read for this call, its parameters standing for them:
   * each call's drops are named. Otherwise (arguments known only at run time, `*args`, a call back
   * into a helper being read: recursion) the body is read once, its parameters unbound: a notice
   * where one names what it changes, as before.
   */
  helperCall(name, helper, call) {
    const body = helper.childForFieldName("body");
    if (!body) return;
    const params = helper.childForFieldName("parameters");
    const binding = params?.namedChildren.length && !this.reading.includes(name) ? this.bindParams(params, pyArgs(call)) : void 0;
    if (binding) {
      this.reading.push(name);
      try {
        withAllBound(binding, () => this.walk(body));
      } finally {
        this.reading.pop();
      }
      return;
    }
    if (this.entered.has(name)) return;
    this.entered.add(name);
    withoutBound(params ? paramNames(params) : [], () => this.walk(body));
  }
  /**
   * Each parameter of a helper with the literal the call gives it (by position, by keyword, or its
   * literal default). Undefined when one is given something else, or the helper takes `*args` / `**kw`.
   */
  bindParams(params, a) {
    const out = [];
    let i = 0;
    let keywordOnly = false;
    for (const p of params.namedChildren) {
      if (p.type === "comment" || p.type === "positional_separator") continue;
      if (p.type === "keyword_separator") {
        keywordOnly = true;
        continue;
      }
      const id = p.type === "identifier" ? p : p.type === "typed_parameter" ? p.namedChildren[0] : p.childForFieldName("name");
      if (id?.type !== "identifier" || !["identifier", "typed_parameter", "default_parameter", "typed_default_parameter"].includes(p.type)) return void 0;
      const given = a.keywords.get(id.text) ?? (keywordOnly ? void 0 : a.positional[i]);
      if (!keywordOnly) i++;
      const v = this.literal(given ?? p.childForFieldName("value") ?? void 0);
      if (!v) return void 0;
      out.push([id.text, v]);
    }
    return i >= a.positional.length && [...a.keywords.keys()].every((k) => out.some(([n]) => n === k)) ? out : void 0;
  }
  /** The literal `node` is (a string, a number, a list or tuple of them), through names bound or assigned once; else undefined. */
  literal(node) {
    let n = node;
    if (n?.type === "identifier") n = boundValue(n.text) ?? (this.mutated.has(n.text) ? void 0 : this.names.get(n.text));
    if (!n) return void 0;
    if (["integer", "float", "true", "false", "none"].includes(n.type)) return n;
    if (n.type === "list" || n.type === "tuple") {
      const items = n.namedChildren.filter((c) => c.type !== "comment");
      return items.every(
        (c) => ["integer", "float"].includes(c.type) || pyStr(c) !== void 0 || (c.type === "tuple" || c.type === "list") && this.literal(c)
      ) ? n : void 0;
    }
    return pyStr(n) !== void 0 ? n : void 0;
  }
  withStatement(w) {
    for (const item of w.descendantsOfType("with_item")) {
      const v = item.childForFieldName("value");
      const call = v?.type === "as_pattern" ? v.namedChildren[0] : v;
      if (call?.type !== "call") continue;
      const fn = call.childForFieldName("function");
      const name = fn ? lastName(fn) : "";
      if (name === "batch_alter_table") {
        const ba = pyArgs(call);
        const table = inSchema(pyStr(arg(ba, 0, "table_name")), ba);
        const alias = v?.type === "as_pattern" ? v.childForFieldName("alias")?.text : void 0;
        if (table && alias) {
          this.batch.set(alias, table);
          this.runtimeBatch.delete(alias);
        } else if (alias) {
          this.runtimeBatch.set(alias, arg(ba, 0, "table_name")?.text ?? "");
          this.batch.delete(alias);
        }
      }
      if (name === "autocommit_block") this.autocommit = true;
    }
    const body = w.childForFieldName("body");
    if (body) this.walk(body);
  }
  call(call) {
    const fn = call.childForFieldName("function");
    if (fn?.type !== "attribute") {
      const helper = fn?.type === "identifier" ? this.helpers.get(fn.text) : void 0;
      if (helper) this.helperCall(fn.text, helper, call);
      this.walk(call);
      return;
    }
    const objNode = fn.childForFieldName("object");
    const obj = objNode?.text ?? "";
    const name = lastName(fn);
    const a = pyArgs(call);
    const line = lineOf(call);
    const batchTable = this.batch.get(obj);
    const isOp = obj === "op" || batchTable !== void 0 || this.runtimeBatch.has(obj);
    if (name === "execute" || name === "exec_driver_sql") {
      const write = this.coreWrite(a.positional[0]);
      if (write) {
        this.t.changesData = true;
        this.emit(line, write);
        return;
      }
      const target = this.resolved(a.positional[0]);
      const named2 = target !== a.positional[0];
      const resolve = (n) => boundValue(n.text) ?? this.names.get(n.text);
      const s = sqlText(target, resolve);
      if (!s && isBuiltSql(target, resolve)) {
        this.notAnalysed(
          line,
          `\`${fn.text}(${oneLine(a.positional[0].text)})\` builds its SQL from parts known only at run time, so what it runs was not judged: review it by hand.`
        );
        return;
      }
      const arg2 = a.positional[0];
      const bound = arg2?.type === "call" && /\.(bind)?params$/.test(arg2.childForFieldName("function")?.text ?? "");
      const params = a.positional.length > 1 || a.keywords.size > 0 || bound;
      const label = `${oneLine(fn.text)}(\u2026)`;
      if (s)
        this.t.up.push({
          sql: s.text,
          line: named2 ? line : s.line,
          call: { label, line, lang: PY_TEMPLATES },
          ...s.inexact ? { inexact: true } : {},
          ...params ? { binds: true } : {}
        });
      return;
    }
    if (!isOp) {
      const write = this.ormWrite(call);
      if (write) {
        this.t.changesData = true;
        this.emit(line, write);
        return;
      }
      this.walk(call);
      return;
    }
    const runtimeTable = this.runtimeBatch.get(obj);
    if (runtimeTable !== void 0) {
      if (!QUIET_OPS.has(name))
        this.notAnalysed(
          line,
          `\`${obj}.${name}(\u2026)\` changes a table \`op.batch_alter_table(${oneLine(runtimeTable)})\` names only at run time, so what it changes was not judged: review it by hand.`
        );
      return;
    }
    const handler = handlerFor(OPERATIONS, name);
    const tableKeyword = TABLE_FIRST[name];
    const tableNode = batchTable === void 0 && tableKeyword ? arg(a, 0, tableKeyword) : void 0;
    if (tableNode && pyStr(tableNode) === void 0) {
      this.notAnalysed(line, `\`op.${name}(${tableNode.text}, \u2026)\` names its table only at run time, so what it changes was not judged: review it by hand.`);
      return;
    }
    const named = NAME_ARGS[name];
    const nameNode = named ? arg(a, named.index - (batchTable !== void 0 && named.index > 0 ? 1 : 0), named.keyword) : void 0;
    if (nameNode && pyStr(nameNode) === void 0 && nameNode.type !== "none") {
      this.notAnalysed(
        line,
        `\`${obj}.${name}(\u2026)\` names its ${named.what} \`${oneLine(nameNode.text)}\` only at run time, so what it changes was not judged: review it by hand.`
      );
      return;
    }
    if (handler) handler(this, { a, line, batchTable, shift: batchTable !== void 0 ? -1 : 0 });
    else if (!QUIET_OPS.has(name)) this.notAnalysed(line, unknownCallHit(line, `${obj}.${name}`).message);
  }
};
function oneLine(code) {
  const flat = code.replace(/\s+/g, " ");
  return flat.length > 60 ? `${flat.slice(0, 57)}\u2026` : flat;
}
function paramNames(params) {
  return params.namedChildren.flatMap((p) => {
    const id = p.type === "identifier" ? p : p.childForFieldName("name") ?? p.namedChildren.find((c) => c.type === "identifier");
    return id?.type === "identifier" ? [id.text] : [];
  });
}
function topFunctions(root) {
  const out = /* @__PURE__ */ new Map();
  for (const c of root.namedChildren) {
    const fn = c.type === "decorated_definition" ? c.childForFieldName("definition") : c;
    if (fn?.type !== "function_definition") continue;
    const n = fn.childForFieldName("name")?.text;
    if (n && !out.has(n)) out.set(n, fn);
  }
  return out;
}
var NAME_ARGS = {
  drop_column: { index: 1, keyword: "column_name", what: "column" },
  alter_column: { index: 1, keyword: "column_name", what: "column" },
  rename_table: { index: 1, keyword: "new_table_name", what: "new table name" },
  drop_index: { index: 0, keyword: "index_name", what: "index" },
  drop_constraint: { index: 0, keyword: "constraint_name", what: "constraint" }
};
var QUIET_OPS = /* @__PURE__ */ new Set([
  "get_bind",
  "get_context",
  "f",
  "inline_literal",
  "batch_alter_table",
  "implementation_for",
  "register_operation",
  "create_table_comment",
  "drop_table_comment"
]);
var TABLE_FIRST = {
  add_column: "table_name",
  drop_column: "table_name",
  alter_column: "table_name",
  drop_table: "table_name",
  rename_table: "old_table_name"
};
var SA_NAMES = {
  postgres: /^postgres/,
  cockroachdb: /^cockroach/,
  mysql: /^(mysql|mariadb)/,
  sqlite: /^sqlite/,
  sqlserver: /^mssql/,
  oracle: /^oracle/
};
var ANY_SA_NAME = /^(postgres|cockroach|mysql|mariadb|sqlite|mssql|oracle)/;
function dialectTest(node, dialect) {
  const own = SA_NAMES[dialect];
  const names = (n) => {
    if (!n) return void 0;
    if (n.type === "string") {
      const s = pyStr(n)?.toLowerCase();
      return s !== void 0 && ANY_SA_NAME.test(s) ? [s] : void 0;
    }
    if (n.type === "tuple" || n.type === "list" || n.type === "set") {
      const all = n.namedChildren.map((c) => names(c));
      return all.length && all.every((x) => x) ? all.flat() : void 0;
    }
    return void 0;
  };
  const matches = (xs) => !!own && xs.some((x) => own.test(x));
  switch (node.type) {
    case "parenthesized_expression":
      return node.namedChildren[0] ? dialectTest(node.namedChildren[0], dialect) : void 0;
    case "not_operator": {
      const v = dialectTest(node.childForFieldName("argument"), dialect);
      return v === void 0 ? void 0 : !v;
    }
    case "boolean_operator": {
      const [l, r] = [dialectTest(node.childForFieldName("left"), dialect), dialectTest(node.childForFieldName("right"), dialect)];
      if (l === void 0 || r === void 0) return void 0;
      return node.childForFieldName("operator")?.text === "and" ? l && r : l || r;
    }
    case "comparison_operator": {
      const [left, right] = [node.namedChildren[0], node.namedChildren[1]];
      const op = node.children.slice(1, -1).map((c) => c.text).join(" ");
      if (node.namedChildren.length !== 2) return void 0;
      if (op === "==" || op === "!=") {
        const xs = names(right) ?? names(left);
        if (!xs) return void 0;
        return op === "==" ? matches(xs) : !matches(xs);
      }
      if (op === "in" || op === "not in") {
        const xs = names(right) ?? names(left);
        if (!xs) return void 0;
        return op === "in" ? matches(xs) : !matches(xs);
      }
      return void 0;
    }
    case "call": {
      const fn = node.childForFieldName("function");
      const helper = fn?.type === "identifier" ? /^is_(postgres|postgresql|cockroach|cockroachdb|mysql|mariadb|sqlite|mssql|oracle)$/.exec(fn.text) : null;
      if (helper && !pyArgs(node).positional.length) return matches([helper[1]]);
      if (fn?.type !== "attribute" || lastName(fn) !== "startswith") return void 0;
      const xs = names(pyArgs(node).positional[0]);
      return xs ? matches(xs) : void 0;
    }
    default:
      return void 0;
  }
}
function stringConstants(root, names, mutated) {
  const other = new Set(mutated);
  for (const n of root.descendantsOfType(["for_statement", "for_in_clause"])) {
    const left = n.childForFieldName("left");
    if (left) for (const id of [left, ...left.descendantsOfType("identifier")]) other.add(id.text);
  }
  for (const p of root.descendantsOfType("parameters")) for (const id of p.descendantsOfType("identifier")) other.add(id.text);
  for (const a of root.descendantsOfType("as_pattern")) other.add(a.childForFieldName("alias")?.text ?? "");
  return [...names].filter(([name, value2]) => !other.has(name) && value2.type === "string" && pyStr(value2) !== void 0);
}
async function alembicToPieces(source, dialect = "postgres") {
  var _stack = [];
  try {
    const tree = __using(_stack, await parseCode("python", source));
    const root = tree.rootNode;
    const reader = new AlembicReader(dialect);
    reader.collectNames(root);
    const t = reader.t;
    const err = firstErrorNode(root);
    if (err) t.hits.push(parseErrorHit(lineOf(err), "Python"));
    const fns = topFunctions(root);
    const up = fns.get("upgrade");
    const down = fns.get("downgrade");
    reader.helpers = new Map([...fns].filter(([n]) => n !== "upgrade" && n !== "downgrade"));
    const constants = stringConstants(root, reader.names, reader.mutated);
    if (up?.childForFieldName("body")) withAllBound(constants, () => reader.walk(up.childForFieldName("body")));
    else if (err) withAllBound(constants, () => reader.walk(root));
    if (reader.autocommit) t.transactional = false;
    if (!down) {
      t.downStatus = "missing";
      t.hits.push(hit("missing-down-migration", up ? lineOf(up) : 1, "The revision has no `downgrade()`: it cannot be rolled back."));
    } else {
      const stmts = bodyStatements(down);
      const noop = isNoopBody(stmts);
      const upNoop = up ? isNoopBody(bodyStatements(up)) : void 0;
      if (noop.empty && !noop.raises && upNoop?.empty && !upNoop.raises) {
      } else if (noop.empty) {
        t.downStatus = "empty";
        t.hits.push(
          hit(
            "empty-down-migration",
            lineOf(down),
            noop.raises ? "`downgrade()` raises instead of undoing the revision." : "`downgrade()` does nothing (`pass`): rolling back leaves the change in place."
          )
        );
      } else {
        const downReader = new AlembicReader(dialect);
        downReader.names = reader.names;
        downReader.mutated = reader.mutated;
        downReader.helpers = reader.helpers;
        const body = down.childForFieldName("body");
        if (body) withAllBound(constants, () => downReader.walk(body));
        t.downSql = downReader.t.up;
        t.downName = `\`downgrade()\``;
        const onlyExecute = stmts.every(
          (s) => s.type === "expression_statement" && s.namedChildren[0]?.type === "call" && ["execute"].includes(lastName(s.namedChildren[0].childForFieldName("function")))
        );
        if (onlyExecute && downReader.t.up.length === stmts.length) {
          t.down = downReader.t.up;
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
var isRevisionFile = (name) => name.endsWith(".py") && name !== "__init__.py";
var dialectOf = (input) => (input.dialect ?? dialectOfPath(input.path))?.dialect ?? "postgres";
var alembic = dslFramework(alembic_default, "Alembic revision", (input) => alembicToPieces(input.content, dialectOf(input)), "missing", {
  isMigration: isRevisionFile,
  translate: (content, _path, input) => alembicToPieces(content, dialectOf(input)),
  variant: async (input) => dialectOf(input),
  // Revisions run in the order their down_revision chain gives, not by file name.
  order: (names, dir, input) => alembicOrder(names, dir, input)
});
var alembic_default2 = alembic;
export {
  alembic,
  alembicToPieces,
  alembic_default2 as default
};
