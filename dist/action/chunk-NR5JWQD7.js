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
  withAppDialect
} from "./chunk-US2VXZOM.js";
import {
  LoopVars
} from "./chunk-V4MZUPIZ.js";
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
  ident,
  newTranslation,
  parseErrorHit,
  sql,
  sqlDefault,
  unknownCallHit
} from "./chunk-QKWKVWJ7.js";
import {
  handlerFor
} from "./chunk-P765CN6Y.js";
import {
  rails_default
} from "./chunk-K7NLEESO.js";
import {
  HISTORY_FILES,
  baseName,
  dirName,
  earlierMigrations,
  errorText
} from "./chunk-VKBMTKYT.js";
import "./chunk-YQYMSWCG.js";
import "./chunk-BEKUU44V.js";
import "./chunk-VQUEMGJH.js";
import {
  dialectOfPath
} from "./chunk-BF324SM3.js";
import {
  quote
} from "./chunk-4QK2DHVJ.js";
import {
  sqlAnalyser
} from "./chunk-Q7EMWZUQ.js";
import "./chunk-ASTGNKGX.js";
import "./chunk-AYEM27GC.js";
import "./chunk-XVF5O5FK.js";
import {
  __callDispose,
  __using
} from "./chunk-ADI5M2KE.js";

// src/core/frameworks/dsl/ruby.ts
var PLACEHOLDER = "__interp__";
function heredocMap(root) {
  const begins = root.descendantsOfType("heredoc_beginning");
  const bodies = root.descendantsOfType("heredoc_body");
  const map = /* @__PURE__ */ new Map();
  begins.forEach((b, i) => {
    const body = bodies[i];
    if (body) map.set(b.id, body);
  });
  return map;
}
var ESCAPES = { n: "\n", t: "	", '"': '"', "'": "'", "\\": "\\", r: "\r", "#": "#" };
function unescape(seq) {
  const c = seq.slice(1);
  return ESCAPES[c] ?? c;
}
function stringParts(node, stopAt) {
  let text = "";
  let inexact = false;
  let cursorIndex = -1;
  for (const c of node.children) {
    if (stopAt && c.id === stopAt.id) break;
    switch (c.type) {
      case "string_content":
      case "heredoc_content":
        text += c.text;
        break;
      case "escape_sequence":
        text += unescape(c.text);
        break;
      case "interpolation": {
        const known = interpolated(c);
        if (known !== void 0) text += known;
        else {
          text += PLACEHOLDER;
          inexact = true;
        }
        break;
      }
      default:
        break;
    }
    cursorIndex = c.endIndex;
  }
  void cursorIndex;
  return { text, inexact };
}
function rubyString(node, heredocs) {
  if (!node) return void 0;
  switch (node.type) {
    case "string": {
      const { text, inexact } = stringParts(node);
      return { text, line: node.startPosition.row + 1, inexact };
    }
    case "chained_string": {
      let text = "";
      let inexact = false;
      for (const s of node.namedChildren) {
        const p = rubyString(s, heredocs);
        if (!p) return void 0;
        text += p.text;
        inexact ||= p.inexact;
      }
      return { text, line: node.startPosition.row + 1, inexact };
    }
    case "heredoc_beginning": {
      const body = heredocs.get(node.id);
      if (!body) return void 0;
      const end = body.children.find((c) => c.type === "heredoc_end");
      const { text, inexact } = stringParts(body, end);
      return { text, line: body.startPosition.row + 1, inexact };
    }
    case "call": {
      if (isArelSql(node)) return rubyString(node.childForFieldName("arguments")?.namedChildren[0], heredocs);
      const recv = node.childForFieldName("receiver");
      return rubyString(recv, heredocs);
    }
    case "parenthesized_statements": {
      const inner = node.namedChildren[0];
      return rubyString(inner, heredocs);
    }
    default:
      return void 0;
  }
}
var isArelSql = (call) => call.childForFieldName("method")?.text === "sql" && call.childForFieldName("receiver")?.text === "Arel" && call.childForFieldName("arguments")?.namedChildren.length === 1;
var SAME_SQL = /* @__PURE__ */ new Set(["squish", "strip", "strip_heredoc", "freeze", "dup", "chomp", "lstrip", "rstrip"]);
var bound = new LoopVars();
var withBound = (name, v, read) => bound.with(name, v, read);
var withScope = (names, read) => bound.scope(names, read);
var isLiteral = (v) => v.kind === "symbol" || v.kind === "string" || v.kind === "number" || v.kind === "bool" || v.kind === "nil" || v.kind === "array" && v.items.every(isLiteral);
function rubyValue(node, heredocs) {
  if (node.type === "identifier") {
    const known = bound.get(node.text);
    if (known) return known;
  }
  switch (node.type) {
    case "simple_symbol":
      return { kind: "symbol", value: node.text.slice(1) };
    case "delimited_symbol": {
      const { text } = stringParts(node);
      return { kind: "symbol", value: text };
    }
    case "hash_key_symbol":
    case "identifier":
    case "constant":
      return node.type === "hash_key_symbol" ? { kind: "symbol", value: node.text } : { kind: "other", node };
    case "string":
    case "chained_string":
    case "heredoc_beginning": {
      const s = rubyString(node, heredocs);
      return s && !s.inexact ? { kind: "string", value: s.text } : { kind: "other", node };
    }
    case "call": {
      const s = isArelSql(node) || SAME_SQL.has(node.childForFieldName("method")?.text ?? "") ? rubyString(node, heredocs) : void 0;
      return s && !s.inexact && !node.childForFieldName("block") && (isArelSql(node) || !node.childForFieldName("arguments")) ? { kind: "string", value: s.text } : { kind: "other", node };
    }
    case "integer":
    case "float": {
      const n = Number(node.text.replace(/_/g, ""));
      return Number.isFinite(n) ? { kind: "number", value: n } : { kind: "other", node };
    }
    case "true":
      return { kind: "bool", value: true };
    case "false":
      return { kind: "bool", value: false };
    case "nil":
      return { kind: "nil" };
    case "array":
      return { kind: "array", items: node.namedChildren.filter((c) => c.type !== "comment").map((c) => rubyValue(c, heredocs)) };
    case "splat_argument": {
      const inner = node.namedChildren[0];
      return inner ? rubyValue(inner, heredocs) : { kind: "other", node };
    }
    case "string_array":
    case "symbol_array":
      return {
        kind: "array",
        items: node.namedChildren.map((c) => ({ kind: node.type === "symbol_array" ? "symbol" : "string", value: c.text }))
      };
    case "hash": {
      const entries = /* @__PURE__ */ new Map();
      for (const p of node.namedChildren) if (p.type === "pair") addPair(entries, p, heredocs);
      return { kind: "hash", entries, node };
    }
    default:
      return { kind: "other", node };
  }
}
function addPair(entries, pair, heredocs) {
  const k = pair.childForFieldName("key");
  const v = pair.childForFieldName("value");
  if (k?.type === "hash_key_symbol" && !v) entries.set(k.text, bound.get(k.text) ?? { kind: "other", node: k });
  if (!k || !v) return;
  const key = rubyValue(k, heredocs);
  if (key.kind === "symbol" || key.kind === "string") entries.set(key.value, rubyValue(v, heredocs));
}
var nameOf = (v) => v && (v.kind === "symbol" || v.kind === "string") ? v.value : void 0;
var namesOf = (v) => {
  if (!v) return [];
  if (v.kind === "array") return v.items.map(nameOf).filter((x) => x !== void 0);
  const n = nameOf(v);
  return n === void 0 ? [] : [n];
};
function rubyArgs(call, heredocs) {
  const positional = [];
  const positionalNodes = [];
  const options = /* @__PURE__ */ new Map();
  const list = call.childForFieldName("arguments");
  if (list) {
    for (const a of list.namedChildren) {
      if (a.type === "comment") continue;
      if (a.type === "pair") addPair(options, a, heredocs);
      else if (a.type === "hash" && a === list.namedChildren[list.namedChildren.length - 1]) {
        const h = rubyValue(a, heredocs);
        if (h.kind === "hash") for (const [k, v] of h.entries) options.set(k, v);
      } else {
        positional.push(rubyValue(a, heredocs));
        positionalNodes.push(a);
      }
    }
  }
  return { positional, positionalNodes, options };
}
function interpolated(interp) {
  const parts = interp.namedChildren.filter((c) => c.type !== "comment");
  if (parts.length !== 1) return void 0;
  let expr = parts[0];
  if (expr.type === "call" && callName(expr) === "to_s" && !expr.childForFieldName("arguments") && !expr.childForFieldName("block")) {
    const recv = callReceiver(expr);
    if (!recv) return void 0;
    expr = recv;
  }
  const v = expr.type === "identifier" ? bound.get(expr.text) ?? localLiteral(expr) : expr.type === "constant" ? constantLiteral(expr) : void 0;
  if (v?.kind === "symbol" || v?.kind === "string") return v.value;
  if (v?.kind === "number" && Number.isInteger(v.value)) return String(v.value);
  return void 0;
}
var SCOPES = /* @__PURE__ */ new Set(["method", "singleton_method", "class", "module", "program"]);
var BLOCKS = /* @__PURE__ */ new Set(["block", "do_block", "lambda"]);
var NO_HEREDOCS = /* @__PURE__ */ new Map();
function literalOf(n) {
  if (!n) return void 0;
  if (n.type === "call" && callName(n) === "freeze" && !n.childForFieldName("arguments")) n = callReceiver(n);
  if (!n || !["simple_symbol", "string", "integer"].includes(n.type) || reading.has(n.id)) return void 0;
  reading.add(n.id);
  try {
    const v = rubyValue(n, NO_HEREDOCS);
    return v.kind === "other" ? void 0 : v;
  } finally {
    reading.delete(n.id);
  }
}
var reading = /* @__PURE__ */ new Set();
function localLiteral(use) {
  let scope = use.parent;
  while (scope && !SCOPES.has(scope.type)) {
    const params = BLOCKS.has(scope.type) ? scope.namedChildren.find((c) => c.type === "block_parameters" || c.type === "lambda_parameters") : void 0;
    if (params?.descendantsOfType("identifier").some((p) => p.text === use.text)) return void 0;
    scope = scope.parent;
  }
  if (!scope) return void 0;
  const writes = scope.descendantsOfType(["assignment", "operator_assignment"]).filter((a) => a.childForFieldName("left")?.type === "identifier" && a.childForFieldName("left")?.text === use.text);
  const only = writes.length === 1 ? writes[0] : void 0;
  return only?.type === "assignment" && only.endIndex <= use.startIndex ? literalOf(only.childForFieldName("right")) : void 0;
}
function constantLiteral(use) {
  let root = use;
  while (root.parent) root = root.parent;
  const writes = root.descendantsOfType(["assignment", "operator_assignment"]).filter((a) => a.childForFieldName("left")?.type === "constant" && a.childForFieldName("left")?.text === use.text);
  return writes.length === 1 && writes[0].type === "assignment" ? literalOf(writes[0].childForFieldName("right")) : void 0;
}
var callName = (call) => call.childForFieldName("method")?.text ?? "";
var callReceiver = (call) => call.childForFieldName("receiver");

// src/core/frameworks/rails/call.ts
var reversedByRails = (ctx) => ctx.mode === "change" && !ctx.guarded;

// src/core/frameworks/rails/dialect-test.ts
var ADAPTER_NAMES = {
  mysql: "mysql",
  mysql2: "mysql",
  trilogy: "mysql",
  mariadb: "mysql",
  postgresql: "postgres",
  postgres: "postgres",
  postgis: "postgres",
  sqlite: "sqlite",
  sqlite3: "sqlite",
  sqlserver: "sqlserver",
  oracle: "oracle",
  oracleenhanced: "oracle",
  cockroachdb: "cockroachdb"
};
var NAME_PARTS = [
  [/mysql|mariadb|trilogy/, "mysql"],
  [/postg/, "postgres"],
  [/sqlite/, "sqlite"],
  [/sqlserver|mssql/, "sqlserver"],
  [/oracle/, "oracle"],
  [/cockroach/, "cockroachdb"]
];
var HELPER = /^(?:using_|is_|on_)?(mysql2?|mariadb|trilogy|postgres|postgresql|postgis|sqlite3?|sqlserver|oracle|cockroachdb)\?$/;
function named(n, part) {
  if (!n) return void 0;
  const literal = n.type === "string" || n.type === "simple_symbol" || n.type === "regex";
  if (!literal || n.namedChildren.some((c) => c.type === "interpolation")) return void 0;
  const text = (n.type === "simple_symbol" ? n.text.slice(1) : n.namedChildren.map((c) => c.text).join("")).toLowerCase();
  if (!part && n.type !== "regex") return handlerFor(ADAPTER_NAMES, text);
  const found = NAME_PARTS.filter(([re]) => re.test(text));
  return found.length === 1 ? found[0][1] : void 0;
}
var readsAdapter = (n) => !!n && /adapter/i.test(n.text);
function dialectTest(node, dialect) {
  switch (node.type) {
    case "parenthesized_statements":
      return node.namedChildren.length === 1 ? dialectTest(node.namedChildren[0], dialect) : void 0;
    case "unary": {
      const op = node.childForFieldName("operator")?.text;
      const v = (op === "!" || op === "not") && node.childForFieldName("operand") ? dialectTest(node.childForFieldName("operand"), dialect) : void 0;
      return v === void 0 ? void 0 : !v;
    }
    case "binary": {
      const op = node.childForFieldName("operator")?.text ?? "";
      const left = node.childForFieldName("left");
      const right = node.childForFieldName("right");
      if (["&&", "and", "||", "or"].includes(op)) {
        const [l, r] = [left ? dialectTest(left, dialect) : void 0, right ? dialectTest(right, dialect) : void 0];
        const and = op === "&&" || op === "and";
        if (l === !and || r === !and) return !and;
        return l === void 0 || r === void 0 ? void 0 : and;
      }
      const pattern = op === "=~" || op === "!~";
      if (!pattern && !["==", "!=", "==="].includes(op)) return void 0;
      const [db, other] = named(right, pattern) ? [named(right, pattern), left] : [named(left, pattern), right];
      if (!db || !readsAdapter(other)) return void 0;
      return op === "!=" || op === "!~" ? db !== dialect : db === dialect;
    }
    case "call": {
      const name = callName(node);
      const args = node.childForFieldName("arguments")?.namedChildren ?? [];
      const helper = HELPER.exec(name);
      if (helper && !args.length) return handlerFor(ADAPTER_NAMES, helper[1]) === dialect;
      if (["include?", "start_with?", "starts_with?", "match?"].includes(name) && args.length === 1) {
        const recv = callReceiver(node);
        const db = named(args[0], true);
        if (db && readsAdapter(recv)) return db === dialect;
        const byPattern = name === "match?" && recv?.type === "regex" ? named(recv, true) : void 0;
        if (byPattern && readsAdapter(args[0])) return byPattern === dialect;
      }
      return void 0;
    }
    default:
      return void 0;
  }
}

// src/core/frameworks/rails/values.ts
var RAILS_TYPES = {
  string: "character varying",
  text: "text",
  integer: "integer",
  bigint: "bigint",
  smallint: "smallint",
  float: "double precision",
  decimal: "numeric",
  numeric: "numeric",
  datetime: "timestamp(6) without time zone",
  timestamp: "timestamp without time zone",
  timestamptz: "timestamp with time zone",
  time: "time without time zone",
  date: "date",
  binary: "bytea",
  boolean: "boolean",
  json: "json",
  jsonb: "jsonb",
  uuid: "uuid",
  inet: "inet",
  cidr: "cidr",
  citext: "citext",
  hstore: "hstore",
  money: "money",
  interval: "interval",
  primary_key: "bigserial",
  references: "bigint",
  belongs_to: "bigint",
  serial: "serial",
  bigserial: "bigserial"
};
var RAW_TYPE = /^[A-Za-z_][\w ]*(?:\(\d+(?:,\s*\d+)?\))?$/;
function railsType(type, opts) {
  let t = RAILS_TYPES[type] ?? (RAW_TYPE.test(type) ? type : "text");
  const limit = opts.get("limit");
  const precision = opts.get("precision");
  const scale = opts.get("scale");
  if (type === "string" && limit?.kind === "number") t = `character varying(${limit.value})`;
  if ((type === "decimal" || type === "numeric") && precision?.kind === "number")
    t = `numeric(${precision.value}${scale?.kind === "number" ? `, ${scale.value}` : ""})`;
  if (type === "integer" && limit?.kind === "number" && limit.value > 4) t = "bigint";
  if (opts.get("array")?.kind === "bool" && opts.get("array").value) t += "[]";
  return t;
}
function railsDefault(v) {
  if (!v) return void 0;
  switch (v.kind) {
    case "nil":
      return void 0;
    case "number":
    case "bool":
      return sqlDefault(v.value);
    case "string":
    case "symbol":
      return sqlDefault(v.value);
    case "other":
      if (v.node.type === "lambda") {
        const s = v.node.descendantsOfType("string")[0];
        const content = s?.namedChildren.every((c) => c.type === "string_content") ? s.text.slice(1, -1) : void 0;
        if (content) return content;
      }
      return sqlDefault(v.node.text);
    default:
      return sqlDefault(JSON.stringify(v));
  }
}
var isFalse = (v) => v?.kind === "bool" && v.value === false;
var isTrue = (v) => v !== void 0 && !(v.kind === "bool" && !v.value) && v.kind !== "nil";
function columnDef(name, type, opts) {
  const c = { name, type: railsType(type, opts) };
  if (isFalse(opts.get("null"))) c.notNull = true;
  if (opts.has("default")) {
    const d = railsDefault(opts.get("default"));
    if (d !== void 0) c.default = d;
  }
  return c;
}
var DATA_METHODS = /* @__PURE__ */ new Set([
  "update_all",
  "update_column",
  "update_columns",
  "delete_all",
  "destroy_all",
  "insert_all",
  "insert_all!",
  "upsert_all",
  "find_each",
  "find_in_batches",
  "in_batches",
  "save!",
  "update!",
  "create!",
  "save",
  "update",
  "destroy"
]);
var COLUMN_TYPES = new Set(Object.keys(RAILS_TYPES).filter((k) => k !== "references" && k !== "belongs_to"));
function defaultOf(o) {
  const d = o.has("default") ? railsDefault(o.get("default")) : void 0;
  return d === void 0 ? {} : { default: d };
}
function joinTableName(p, o) {
  const explicit = nameOf(o.get("table_name"));
  if (explicit) return explicit;
  return p.slice(0, 2).map((v) => nameOf(v) ?? "").sort().join("_");
}
var singular = (s) => s.endsWith("ies") ? `${s.slice(0, -3)}y` : s.endsWith("s") ? s.slice(0, -1) : s;
var plural = (s) => s.endsWith("y") ? `${s.slice(0, -1)}ies` : s.endsWith("s") ? s : `${s}s`;
var indexNameRails = (t, cols) => `index_${t}_on_${cols.join("_and_")}`.slice(0, 63);
function indexSql(table, cols, o) {
  return sql.createIndex(table, cols, {
    name: nameOf(o.get("name")) ?? indexNameRails(table, cols),
    unique: isTrue(o.get("unique")),
    concurrently: nameOf(o.get("algorithm")) === "concurrently"
  });
}

// src/core/frameworks/rails/expression-names.ts
var PREFIX = "rr_ruby_";
var STAND_IN = /rr_ruby_[0-9a-f]{8}/g;
var written = /* @__PURE__ */ new Map();
var WRITTEN_LIMIT = 5e3;
function hash(text) {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}
var shown = (node) => {
  const text = node.text.replace(/\s+/g, " ").trim();
  return text.length > 60 ? `${text.slice(0, 59)}\u2026` : text;
};
function expressionName(node) {
  const text = shown(node);
  const name = PREFIX + hash(node.text.replace(/\s+/g, " ").trim());
  if (!written.has(name)) {
    if (written.size >= WRITTEN_LIMIT) written.delete(written.keys().next().value);
    written.set(name, text);
  }
  return name;
}
var NO_HEREDOCS2 = /* @__PURE__ */ new Map();
function nameOrCode(v) {
  const n = nameOf(v);
  if (n !== void 0 || !v || v.kind !== "other") return n;
  const { node } = v;
  if (node.type === "lambda" || node.type === "hash") return void 0;
  if (node.type === "string" || node.type === "chained_string") {
    const s = rubyString(node, NO_HEREDOCS2);
    if (s?.text.trim()) return s.text;
  }
  return expressionName(node);
}
var namesOrCode = (v) => v?.kind === "array" ? v.items.map(nameOrCode).filter((n) => n !== void 0) : [nameOrCode(v)].filter((n) => n !== void 0);
var isExpressionName = (name) => name.startsWith(PREFIX);
var withWrittenNames = (message) => message.includes(PREFIX) ? message.replace(STAND_IN, (m) => written.get(m) ?? m) : message;

// src/core/frameworks/rails/migration-calls.ts
var TIMESTAMPS = ["created_at", "updated_at"];
function localString(r, variable, at) {
  let scope = at.parent;
  while (scope && scope.type !== "method" && scope.type !== "singleton_method" && scope.type !== "do_block" && scope.type !== "block") scope = scope.parent;
  const assigned = (scope?.descendantsOfType("assignment") ?? []).filter(
    (a) => a.childForFieldName("left")?.type === "identifier" && a.childForFieldName("left")?.text === variable.text && a.endIndex <= at.startIndex
  );
  const last = assigned[assigned.length - 1];
  return last ? rubyString(last.childForFieldName("right"), r.heredocs) : void 0;
}
var execute = (r, { name, args, line, ctx }) => {
  const arg = args.positionalNodes[0];
  const s = rubyString(arg, r.heredocs) ?? (arg?.type === "identifier" ? localString(r, arg, arg) : void 0);
  if (s && arg?.type === "identifier") r.emit(line, s.text.trimStart(), false, s.inexact);
  else if (s) r.emit(s.line, s.text, false, s.inexact);
  else if (arg)
    r.notAnalysed(
      line,
      `\`${name}(${arg.text.length > 40 ? `${arg.text.slice(0, 40)}\u2026` : arg.text})\` runs SQL built at run time, so what it does was not judged: review it by hand.`
    );
  if (reversedByRails(ctx) && name === "execute") r.irreversible(line, "`execute`");
  else if (reversedByRails(ctx)) r.runsAgain(line, name);
  return true;
};
var CONNECTION_SQL = {
  execute,
  // The connection's `update`/`insert`/`delete` (a migration passes them on to it: hack club's
  // `update "UPDATE reimbursement_expenses SET …"`) run the SQL they are given.
  update: execute,
  insert: execute,
  delete: execute,
  exec_query: execute,
  exec_update: execute,
  exec_delete: execute,
  exec_insert: execute
};
var guardedBlock = (r, { block, ctx }) => {
  if (block) r.walk(block, { ...ctx, guarded: true });
  return true;
};
function initialColumns({ name, args }, idType) {
  const p = args.positional;
  const o = args.options;
  const cols = [];
  const idOpt = o.get("id");
  if (name === "create_table" && !isFalse(idOpt)) {
    cols.push({ name: nameOf(o.get("primary_key")) ?? "id", type: nameOf(idOpt) === "uuid" ? "uuid" : idType, primaryKey: true });
  }
  if (name === "create_join_table") {
    for (const v of p.slice(0, 2)) {
      const n = nameOf(v);
      if (n) cols.push({ name: `${singular(n)}_id`, type: "bigint", notNull: true });
    }
  }
  return cols;
}
var createTable = (r, c) => {
  const { name, args, table, block, line, ctx } = c;
  if (!table) return false;
  const tname = name === "create_join_table" ? joinTableName(args.positional, args.options) : table;
  const cols = initialColumns(c, r.idType);
  const after = [];
  r.forceCreate(c, tname);
  if (block) r.walk(block, { ...ctx, table: tname, columns: cols, after });
  if (!cols.length) cols.push({ name: "id", type: r.idType, primaryKey: true });
  r.emit(line, sql.createTable(tname, cols));
  r.t.up.push(...after);
  r.tableEvent({ kind: "create", table: tname }, ctx);
  return true;
};
var changeTable = (r, { table, block, ctx }) => {
  if (table && block) r.walk(block, { ...ctx, table, columns: void 0, after: void 0 });
  return true;
};
var dropTable = (r, { name, args, table, block, line, ctx }) => {
  const o = args.options;
  const ifExists = isTrue(o.get("if_exists"));
  if (name === "drop_join_table") {
    const tname = joinTableName(args.positional, o);
    if (tname) r.emit(line, sql.dropTable(tname, ifExists));
    if (tname) r.tableEvent({ kind: "drop", table: tname }, ctx);
    return true;
  }
  const tables = args.positional.map(nameOrCode).filter((t) => t !== void 0);
  for (const t of tables.length ? tables : table ? [table] : []) {
    r.emit(line, sql.dropTable(t, ifExists));
    r.tableEvent({ kind: "drop", table: t }, ctx);
  }
  if (!reversedByRails(ctx)) return true;
  if (tables.length > 1) r.irreversible(line, "`drop_table` of several tables");
  else if (!block && [...o.keys()].every((k) => k === "if_exists")) r.irreversible(line, "`drop_table` without a block or options (other than `if_exists:`)");
  return true;
};
var renameTable = (r, { args, table, line, ctx }) => {
  const to = nameOrCode(args.positional[1]);
  if (table && to) {
    r.emit(line, sql.renameTable(table, to));
    r.tableEvent({ kind: "rename", from: table, to }, ctx);
  }
  return true;
};
var addColumn = (r, { args: { positional: p, options: o }, table, line }) => {
  const col = nameOrCode(p[1]);
  const type = nameOf(p[2]) ?? "string";
  if (table && col) r.emit(line, sql.addColumn(table, columnDef(col, type, o)));
  return true;
};
var removeColumns = (r, { name, args: { positional: p, options: o }, table, line, ctx }) => {
  const cols = name === "remove_column" ? namesOrCode(p[1]) : p.slice(1).flatMap(namesOrCode);
  if (table) for (const c of cols) r.emit(line, sql.dropColumn(table, c));
  const typed = name === "remove_column" ? p.length >= 3 : o.has("type");
  if (reversedByRails(ctx) && !typed) r.irreversible(line, `\`${name}\` without a column type`);
  return true;
};
var renameColumn = (r, { args: { positional: p }, table, line }) => {
  const from = nameOrCode(p[1]);
  const to = nameOrCode(p[2]);
  if (table && from && to) r.emit(line, sql.renameColumn(table, from, to));
  return true;
};
function changeColumnTo(r, c, col, type, call) {
  const { table, line, ctx } = c;
  const o = c.args.options;
  if (table && isExpressionName(table) && !r.madeHere(table)) r.tableNamedWithCode(c);
  else if (table && col && type) {
    r.emit(line, sql.changeType(table, col, railsType(type, o)));
    if (isFalse(o.get("null"))) r.emit(line, sql.setNotNull(table, col));
    else if (isTrue(o.get("null"))) r.emit(line, sql.dropNotNull(table, col));
  }
  if (reversedByRails(ctx)) r.irreversible(line, call);
}
var changeColumn = (r, c) => {
  changeColumnTo(r, c, nameOf(c.args.positional[1]), nameOf(c.args.positional[2]), "`change_column`");
  return true;
};
var changeColumnNull = (r, { args: { positional: p }, table, line }) => {
  const col = nameOf(p[1]);
  const nullable = p[2];
  if (table && col && nullable?.kind === "bool") {
    if (!nullable.value) {
      if (p[3] && p[3].kind !== "nil") r.emit(line, sql.backfillNulls(table, col, railsDefault(p[3]) ?? "NULL"));
      r.emit(line, sql.setNotNull(table, col));
    } else r.emit(line, sql.dropNotNull(table, col));
  }
  return true;
};
var changeColumnDefault = (r, { args: { positional: p, options: o }, table, line, ctx }) => {
  const col = nameOf(p[1]);
  if (table && col) {
    const target = o.has("to") ? o.get("to") : p[2];
    const d = railsDefault(target);
    r.emit(line, d === void 0 ? sql.dropDefault(table, col) : sql.setDefault(table, col, d));
  }
  if (reversedByRails(ctx) && !(o.has("from") && o.has("to"))) r.irreversible(line, "`change_column_default` without `from:` and `to:`");
  return true;
};
var addIndex = (r, { args: { positional: p, options: o }, table, line }) => {
  const cols = namesOf(p[1]);
  if (table && cols.length) r.emit(line, indexSql(table, cols, o));
  return true;
};
var removeIndex = (r, { args: { positional: p, options: o }, table, line, ctx }) => {
  const cols = p[1] ? namesOf(p[1]) : namesOf(o.get("column"));
  const idx = nameOf(o.get("name")) ?? (table && cols.length ? indexNameRails(table, cols) : void 0);
  if (idx) r.emit(line, sql.dropIndex(idx, { concurrently: nameOf(o.get("algorithm")) === "concurrently" }));
  if (reversedByRails(ctx) && !cols.length) r.irreversible(line, "`remove_index` without a column");
  return true;
};
var addForeignKey = (r, { args: { positional: p, options: o }, table, line }) => {
  const to = nameOrCode(p[1]);
  if (table && to) {
    const col = nameOf(o.get("column")) ?? `${singular(to)}_id`;
    const opts = { notValid: isFalse(o.get("validate")) };
    const fk = nameOf(o.get("name"));
    if (fk) opts.name = fk;
    r.emit(line, sql.addForeignKey(table, [col], to, [nameOf(o.get("primary_key")) ?? "id"], opts));
  }
  return true;
};
var validateConstraint = (r, { args: { positional: p, options: o }, table, line }) => {
  const cname = nameOf(o.get("name")) ?? (nameOf(p[1]) ? `fk_rails_${nameOf(p[1])}` : void 0);
  if (table && cname) r.emit(line, sql.validateConstraint(table, cname));
  return true;
};
var validateNamedConstraint = (r, { args: { positional: p }, table, line }) => {
  const cname = nameOf(p[1]);
  if (table && cname) r.emit(line, sql.validateConstraint(table, cname));
  return true;
};
var removeForeignKey = (r, { args: { positional: p, options: o }, table, line, ctx }) => {
  const cname = nameOf(o.get("name")) ?? `fk_${table}_${nameOf(p[1]) ?? nameOf(o.get("column")) ?? "fk"}`;
  if (table) r.emit(line, sql.dropConstraint(table, cname));
  if (reversedByRails(ctx) && !p[1] && !o.has("to_table")) r.irreversible(line, "`remove_foreign_key` without the referenced table");
  return true;
};
var addCheckConstraint = (r, { args: { positional: p, options: o }, table, line }) => {
  const expr = nameOf(p[1]);
  if (table && expr) r.emit(line, sql.addCheck(table, expr, nameOf(o.get("name")), isFalse(o.get("validate"))));
  return true;
};
var removeCheckConstraint = (r, { args: { positional: p, options: o }, table, line, ctx }) => {
  const cname = nameOf(o.get("name")) ?? `${table}_check`;
  if (table) r.emit(line, sql.dropConstraint(table, cname));
  if (reversedByRails(ctx) && !p[1]) r.irreversible(line, "`remove_check_constraint` without its expression");
  return true;
};
var addReference = (r, { args: { positional: p, options: o }, table, line }) => {
  const ref = nameOf(p[1]);
  if (table && ref) r.reference(table, ref, o, line, false);
  return true;
};
var removeReference = (r, { args: { positional: p }, table, line }) => {
  const ref = nameOf(p[1]);
  if (table && ref) r.emit(line, sql.dropColumn(table, `${ref}_id`));
  return true;
};
var addTimestamps = (r, { args: { options: o }, table, line }) => {
  if (table) {
    const nullable = isTrue(o.get("null"));
    for (const c of TIMESTAMPS) r.emit(line, sql.addColumn(table, { name: c, type: "timestamp(6) without time zone", notNull: !nullable, ...defaultOf(o) }));
  }
  return true;
};
var removeTimestamps = (r, { table, line }) => {
  if (table) for (const c of TIMESTAMPS) r.emit(line, sql.dropColumn(table, c));
  return true;
};
var addUniqueConstraint = (r, { args: { positional: p, options: o }, table, line, ctx }) => {
  const cols = namesOf(p[1]);
  const index2 = nameOf(o.get("using_index"));
  const cname = nameOf(o.get("name"));
  if (table && index2) r.emit(line, `ALTER TABLE ${ident(table)} ADD CONSTRAINT ${ident(cname ?? `${table}_${index2}`)} UNIQUE USING INDEX ${ident(index2)};`);
  else if (table && cols.length) r.emit(line, sql.addUnique(table, cols, cname));
  if (reversedByRails(ctx) && index2) r.irreversible(line, "`add_unique_constraint` with `using_index:`");
  return true;
};
var removeConstraint = (r, { name, args: { positional: p, options: o }, table, line, ctx }) => {
  const cname = nameOf(o.get("name"));
  if (table && cname) r.emit(line, sql.dropConstraint(table, cname));
  if (reversedByRails(ctx) && !p[1]) r.irreversible(line, `\`${name}\` without ${name === "remove_unique_constraint" ? "its columns" : "its expression"}`);
  return true;
};
var dropSchema = (r, { args: { options: o }, table, line }) => {
  if (table) r.emit(line, `DROP SCHEMA ${isTrue(o.get("if_exists")) ? "IF EXISTS " : ""}${ident(table)};`);
  return true;
};
var addEnumValue = (r, { args: { positional: p }, table, line, ctx }) => {
  const value = nameOf(p[1]);
  if (reversedByRails(ctx)) r.irreversible(line, "`add_enum_value` (Postgres cannot drop an enum value)");
  else if (table && value) r.emit(line, `ALTER TYPE ${ident(table)} ADD VALUE ${quoteValue(value)};`);
  return true;
};
var renameEnumValue = (r, { args: { options: o }, table, line, ctx }) => {
  const from = nameOf(o.get("from"));
  const to = nameOf(o.get("to"));
  if (table && from && to) r.emit(line, `ALTER TYPE ${ident(table)} RENAME VALUE ${quoteValue(from)} TO ${quoteValue(to)};`);
  if (reversedByRails(ctx) && !(from && to)) r.irreversible(line, "`rename_enum_value` without `from:` and `to:`");
  return true;
};
var dropEnum = (r, { args: { positional: p }, line, ctx }) => {
  if (reversedByRails(ctx) && !p[1]) r.irreversible(line, "`drop_enum` without its values");
  return true;
};
var changeComment = (r, { name, args: { positional: p, options: o }, line, ctx }) => {
  const opts = name === "change_table_comment" ? p[1] : p[2];
  const given = (k) => o.has(k) || opts?.kind === "hash" && opts.entries.has(k);
  if (reversedByRails(ctx) && !(given("from") && given("to"))) r.irreversible(line, `\`${name}\` without \`from:\` and \`to:\``);
  return true;
};
var quoteValue = (v) => `'${v.replaceAll("'", "''")}'`;
var enumValues = (v) => namesOf(v);
var createEnum = (r, { args: { positional: p }, table, line }) => {
  if (table) r.emit(line, `CREATE TYPE ${ident(table)} AS ENUM (${enumValues(p[1]).map(quoteValue).join(", ")});`);
  return true;
};
var renameEnum = (r, { args: { positional: p, options: o }, table, line }) => {
  const to = nameOf(p[1]) ?? nameOf(o.get("to"));
  if (table && to) r.emit(line, `ALTER TYPE ${ident(table)} RENAME TO ${ident(to)};`);
  return true;
};
var renameIndex = (r, { args: { positional: p }, line }) => {
  const from = nameOf(p[1]);
  const to = nameOf(p[2]);
  if (from && to) r.emit(line, `ALTER INDEX ${ident(from)} RENAME TO ${ident(to)};`);
  return true;
};
var createSchema = (r, { table, line }) => {
  if (table) r.emit(line, `CREATE SCHEMA ${ident(table)};`);
  return true;
};
var disableExtension = (r, { table, line }) => {
  if (table) r.emit(line, `DROP EXTENSION IF EXISTS ${JSON.stringify(table)};`);
  return true;
};
var createVirtualTable = (r, { table, ctx }) => {
  if (table) r.tableEvent({ kind: "create", table }, ctx);
  return true;
};
var dropVirtualTable = (r, { table, line, ctx }) => {
  if (table) {
    r.emit(line, sql.dropTable(table));
    r.tableEvent({ kind: "drop", table }, ctx);
  }
  return true;
};
var enableExtension = (r, { table, line }) => {
  if (table) r.emit(line, `CREATE EXTENSION IF NOT EXISTS ${JSON.stringify(table)};`);
  return true;
};
var MIGRATION_CALLS = {
  ...CONNECTION_SQL,
  reversible: guardedBlock,
  up_only: guardedBlock,
  create_table: createTable,
  create_join_table: createTable,
  change_table: changeTable,
  drop_table: dropTable,
  drop_join_table: dropTable,
  rename_table: renameTable,
  add_column: addColumn,
  remove_column: removeColumns,
  remove_columns: removeColumns,
  rename_column: renameColumn,
  change_column: changeColumn,
  change_column_null: changeColumnNull,
  change_column_default: changeColumnDefault,
  add_index: addIndex,
  remove_index: removeIndex,
  add_foreign_key: addForeignKey,
  validate_foreign_key: validateConstraint,
  validate_check_constraint: validateConstraint,
  validate_constraint: validateNamedConstraint,
  remove_foreign_key: removeForeignKey,
  add_check_constraint: addCheckConstraint,
  remove_check_constraint: removeCheckConstraint,
  add_reference: addReference,
  add_belongs_to: addReference,
  remove_reference: removeReference,
  remove_belongs_to: removeReference,
  add_timestamps: addTimestamps,
  remove_timestamps: removeTimestamps,
  enable_extension: enableExtension,
  disable_extension: disableExtension,
  create_enum: createEnum,
  rename_enum: renameEnum,
  rename_index: renameIndex,
  create_schema: createSchema,
  create_virtual_table: createVirtualTable,
  drop_virtual_table: dropVirtualTable,
  add_unique_constraint: addUniqueConstraint,
  remove_unique_constraint: removeConstraint,
  remove_exclusion_constraint: removeConstraint,
  drop_schema: dropSchema,
  add_enum_value: addEnumValue,
  rename_enum_value: renameEnumValue,
  drop_enum: dropEnum,
  change_column_comment: changeComment,
  change_table_comment: changeComment
};

// src/core/frameworks/rails/table-calls.ts
var TIMESTAMPS2 = ["created_at", "updated_at"];
var inCreate = (c) => c.ctx.columns !== void 0;
function addColumn2(r, c, col) {
  if (inCreate(c)) c.ctx.columns.push(col);
  else r.emit(c.line, sql.addColumn(c.table, col));
}
function addAfter(r, c, text) {
  if (inCreate(c)) c.ctx.after?.push({ sql: text, line: c.line, synthetic: true });
  else r.emit(c.line, text);
}
function tableColumns(r, c) {
  const {
    name,
    args: { positional: p, options: o }
  } = c;
  if (!COLUMN_TYPES.has(name) && name !== "column") return false;
  const type = name === "column" ? nameOf(p[1]) ?? "string" : name;
  const names = name === "column" ? namesOf(p[0]) : p.flatMap(namesOf);
  for (const n of names) addColumn2(r, c, columnDef(n, type, o));
  return true;
}
var references = (r, c) => {
  const {
    args: { positional: p, options: o },
    table,
    line,
    ctx
  } = c;
  for (const n of p.flatMap(namesOf)) r.reference(table, n, o, line, inCreate(c), ctx);
  return true;
};
var timestamps = (r, c) => {
  const o = c.args.options;
  for (const name of TIMESTAMPS2) addColumn2(r, c, { name, type: "timestamp(6) without time zone", notNull: !isTrue(o.get("null")), ...defaultOf(o) });
  return true;
};
var index = (r, c) => {
  const cols = namesOf(c.args.positional[0]);
  if (cols.length) addAfter(r, c, indexSql(c.table, cols, c.args.options));
  return true;
};
var remove = (r, { args: { positional: p, options: o }, table, line, ctx }) => {
  for (const n of p.flatMap(namesOrCode)) r.emit(line, sql.dropColumn(table, n));
  if (reversedByRails(ctx) && !o.has("type")) r.irreversible(line, "`t.remove` without a column type");
  return true;
};
var rename = (r, { args: { positional: p }, table, line }) => {
  const from = nameOrCode(p[0]);
  const to = nameOrCode(p[1]);
  if (from && to) r.emit(line, sql.renameColumn(table, from, to));
  return true;
};
var change = (r, c) => {
  changeColumnTo(r, c, nameOf(c.args.positional[0]), nameOf(c.args.positional[1]), "`t.change`");
  return true;
};
var changeNull = (r, { args: { positional: p }, table, line }) => {
  const col = nameOf(p[0]);
  if (col && p[1]?.kind === "bool") r.emit(line, p[1].value ? sql.dropNotNull(table, col) : sql.setNotNull(table, col));
  return true;
};
var changeDefault = (r, { args: { positional: p, options: o }, table, line, ctx }) => {
  const col = nameOf(p[0]);
  const target = o.has("to") ? o.get("to") : p[1];
  const d = railsDefault(target);
  if (col) r.emit(line, d === void 0 ? sql.dropDefault(table, col) : sql.setDefault(table, col, d));
  if (reversedByRails(ctx) && !(o.has("from") && o.has("to"))) r.irreversible(line, "`t.change_default` without `from:` and `to:`");
  return true;
};
var removeIndex2 = (r, { args: { positional: p, options: o }, table, line, ctx }) => {
  const cols = p[0] ? namesOf(p[0]) : namesOf(o.get("column"));
  const idx = nameOf(o.get("name")) ?? (cols.length ? indexNameRails(table, cols) : void 0);
  if (idx) r.emit(line, sql.dropIndex(idx, { concurrently: nameOf(o.get("algorithm")) === "concurrently" }));
  if (reversedByRails(ctx) && !cols.length) r.irreversible(line, "`t.remove_index` without a column");
  return true;
};
var removeReferences = (r, { args: { positional: p }, table, line }) => {
  for (const n of p.flatMap(namesOf)) r.emit(line, sql.dropColumn(table, `${n}_id`));
  return true;
};
var removeTimestamps2 = (r, { table, line }) => {
  for (const c of TIMESTAMPS2) r.emit(line, sql.dropColumn(table, c));
  return true;
};
var foreignKey = (r, c) => {
  const to = nameOf(c.args.positional[0]);
  if (to) addAfter(r, c, sql.addForeignKey(c.table, [nameOf(c.args.options.get("column")) ?? `${singular(to)}_id`], to, ["id"]));
  return true;
};
var checkConstraint = (r, c) => {
  const {
    args: { positional: p, options: o },
    table,
    line
  } = c;
  const expr = nameOf(p[0]);
  if (expr && !inCreate(c)) r.emit(line, sql.addCheck(table, expr, nameOf(o.get("name")), isFalse(o.get("validate"))));
  return true;
};
var TABLE_CALLS = {
  references,
  belongs_to: references,
  timestamps,
  index,
  remove,
  rename,
  change,
  change_null: changeNull,
  change_default: changeDefault,
  remove_index: removeIndex2,
  remove_references: removeReferences,
  remove_belongs_to: removeReferences,
  remove_timestamps: removeTimestamps2,
  foreign_key: foreignKey,
  check_constraint: checkConstraint
};

// src/core/frameworks/rails/force.ts
var forced = /* @__PURE__ */ new WeakMap();
var ADVICE = "Remove `force:`. If the old table must go, drop it in a migration of its own, after a backup and once no code reads it (see drop-table).";
var cascadeNote = (f) => f.cascade ? " (with CASCADE: also the views and foreign keys that depend on it)" : "";
function ifExistsMessage(f, why) {
  return `\`${f.call}\` with \`${f.option}\` first drops the table ${quote(f.table)} if it exists (\`DROP TABLE IF EXISTS\`), with every row in it${cascadeNote(f)}: a rollback cannot bring them back.` + (why ? ` Whether an earlier migration creates it could not be looked up (${why}).` : "") + ` ${ADVICE}`;
}
function forceHit(line, f) {
  const h = hit("drop-table", line, ifExistsMessage(f));
  forced.set(h, f);
  return h;
}
async function readEarlier(input, path) {
  return input.readFileNow ? input.readFileNow(path) : input.readFile(path);
}
async function traceTable(table, input, names, eventsOf) {
  const dir = dirName(input.path);
  for (const name of names) {
    let content;
    try {
      content = await readEarlier(input, `${dir}${name}`);
    } catch (error) {
      return { why: `the earlier migration ${name} could not be read (${errorText(error)})` };
    }
    if (content === void 0) return { why: `the earlier migration ${name} could not be read` };
    let events;
    try {
      events = await eventsOf(content, `${dir}${name}`);
    } catch (error) {
      return { why: `the earlier migration ${name} could not be parsed (${errorText(error)})` };
    }
    for (let i = events.length - 1; i >= 0; i--) {
      const e = events[i];
      if (e.kind === "create" && e.table === table) return { made: name };
      if (e.kind === "drop" && e.table === table) return { gone: `${name} drops it` };
      if (e.kind === "rename" && e.to === table) return { made: name, renamedFrom: e.from };
      if (e.kind === "rename" && e.from === table) return { gone: `${name} renames it to ${quote(e.to)}` };
    }
  }
  return { none: names.length };
}
function settledMessage(f, trace) {
  if ("made" in trace) {
    const by = trace.renamedFrom ? `renamed into place from ${quote(trace.renamedFrom)} by ${trace.made}` : `created by ${trace.made}`;
    return `\`${f.call}\` with \`${f.option}\` drops the existing table ${quote(f.table)} (${by}) and every row in it${cascadeNote(f)}, then creates it empty: a rollback cannot bring the rows back. ${ADVICE}`;
  }
  if ("why" in trace) return ifExistsMessage(f, trace.why);
  const earlier = "gone" in trace ? `the earlier migrations leave no such table (${trace.gone})` : trace.none ? `none of the ${trace.none} earlier migrations of this folder creates it` : "this is the first migration of its folder";
  return `\`${f.call}\` with \`${f.option}\` first drops the table ${quote(f.table)} if it exists (\`DROP TABLE IF EXISTS\`), with every row in it${cascadeNote(f)}: ${earlier}, so it exists only if something else made it (a loaded db/schema.rb, a migration since deleted, a hand-run statement), and then its rows are gone for good. ${ADVICE}`;
}
async function settleForcedCreates(hits, input, isMigration, eventsOf) {
  const found = hits.filter((h) => forced.has(h));
  if (!found.length || !input.listDir || !(input.readFile || input.readFileNow)) return hits;
  const dir = dirName(input.path);
  let names;
  let why;
  try {
    const listed = await input.listDir(dir);
    if (listed) names = earlierMigrations(listed, baseName(input.path), isMigration, HISTORY_FILES);
    else why = `the folder ${dir || "./"} could not be listed`;
  } catch (error) {
    why = `the folder ${dir || "./"} could not be listed (${errorText(error)})`;
  }
  const settled = /* @__PURE__ */ new Map();
  for (const h of found) {
    const f = forced.get(h);
    const trace = names ? await traceTable(f.table, input, names, eventsOf) : { why };
    settled.set(h, { ...h, message: settledMessage(f, trace) });
  }
  return hits.map((h) => settled.get(h) ?? h);
}

// src/core/frameworks/rails/reader.ts
var NO_ARGS = () => ({ positional: [], positionalNodes: [], options: /* @__PURE__ */ new Map() });
var FILTERS = /^(where|rewhere|find_by|find$|limit|first|last|joins|merge|not|or|excluding)/;
var RECORD_WRITES = {
  update: "update",
  "update!": "update",
  update_column: "update",
  update_columns: "update",
  update_attribute: "update",
  update_attributes: "update",
  "update_attributes!": "update",
  save: "update",
  "save!": "update",
  destroy: "delete",
  "destroy!": "delete",
  delete: "delete"
};
function chainModel(call) {
  let filtered = false;
  let n = callReceiver(call);
  while (n?.type === "call") {
    if (FILTERS.test(callName(n))) filtered = true;
    n = callReceiver(n);
  }
  return n?.type === "constant" || n?.type === "scope_resolution" ? { model: modelTable(n.text), filtered } : void 0;
}
function iterationWrite(call, name) {
  if (!["find_each", "find_in_batches", "in_batches", "each"].includes(name) || call.type !== "call") return void 0;
  const block = call.childForFieldName("block");
  const chain = block ? chainModel(call) : void 0;
  if (!block || !chain) return void 0;
  const params = new Set(block.descendantsOfType("block_parameters").flatMap((b) => b.namedChildren.map((c) => c.text)));
  let kind;
  for (const inner of block.descendantsOfType("call")) {
    const write = params.has(callReceiver(inner)?.text ?? "") ? RECORD_WRITES[callName(inner)] : void 0;
    if (write === "delete") kind = "delete";
    else if (write) kind ??= "update";
  }
  return kind ? sql.dataWrite(kind, chain.model, chain.filtered) : void 0;
}
function modelWrite(call, name) {
  const update = name.startsWith("update") && !name.startsWith("update_column");
  const kind = update ? "update" : name === "delete_all" || name === "destroy_all" ? "delete" : void 0;
  const chain = kind && call.type === "call" ? chainModel(call) : void 0;
  return chain ? sql.dataWrite(kind, chain.model, chain.filtered) : void 0;
}
function legacyIds(source) {
  const m = /<\s*ActiveRecord::Migration(?:\[(\d+)\.(\d+)\])?/.exec(source);
  if (!m) return false;
  if (m[1] === void 0) return true;
  const [major, minor] = [Number(m[1]), Number(m[2])];
  return major < 5 || major === 5 && minor < 1;
}
var ITERATIONS = /* @__PURE__ */ new Set(["find_each", "find_in_batches", "in_batches", "each"]);
var blockWrites = (call) => !!call.childForFieldName("block")?.descendantsOfType("call").some((c) => Object.hasOwn(RECORD_WRITES, callName(c)) || DATA_METHODS.has(callName(c)) && !ITERATIONS.has(callName(c)));
var isConnection = (n) => !!n && (n.type === "identifier" && n.text === "connection" || n.type === "call" && callName(n) === "connection" && !n.childForFieldName("arguments"));
function branchesOf(node) {
  const negate = node.type.startsWith("unless");
  if (node.type.endsWith("_modifier")) return [{ condition: node.childForFieldName("condition"), negate, body: node.childForFieldName("body"), single: true }];
  const out = [{ condition: node.childForFieldName("condition"), negate, body: node.childForFieldName("consequence"), single: false }];
  let alt = node.childForFieldName("alternative");
  while (alt) {
    if (alt.type === "elsif") {
      out.push({ condition: alt.childForFieldName("condition"), negate: false, body: alt.childForFieldName("consequence"), single: false });
      alt = alt.childForFieldName("alternative");
    } else {
      out.push({ condition: null, negate: false, body: alt, single: false });
      alt = null;
    }
  }
  return out;
}
var BRANCHING = /* @__PURE__ */ new Set(["if", "unless", "if_modifier", "unless_modifier"]);
var lastStatement = (body) => body?.namedChildren.filter((c) => c.type !== "comment").pop();
var NO_SQL_OF_THEIR_OWN = /* @__PURE__ */ new Set([
  ...Object.keys(CONNECTION_SQL),
  "reversible",
  "up_only",
  "change_table",
  "drop_enum",
  "add_enum_value",
  "change_column_comment",
  "change_table_comment"
]);
var namesWithCode = (args) => [...args.positional, ...args.options.values()].some((v) => v.kind === "other" && v.node.type !== "lambda");
function callText(call) {
  const block = call.childForFieldName("block");
  const text = (block ? call.text.slice(0, block.startIndex - call.startIndex) : call.text).replace(/\s+/g, " ").trim();
  return text.length > 70 ? `${text.slice(0, 69)}\u2026` : text;
}
function written2(v) {
  switch (v.kind) {
    case "bool":
      return String(v.value);
    case "symbol":
      return `:${v.value}`;
    case "string":
      return JSON.stringify(v.value);
    case "number":
      return String(v.value);
    case "other":
    case "hash":
      return v.node.text;
    default:
      return "nil";
  }
}
var HARMLESS = /* @__PURE__ */ new Set([
  "say",
  "say_with_time",
  "puts",
  "print",
  "p",
  "pp",
  "warn",
  "require",
  "require_relative",
  "load",
  "raise",
  "fail",
  "sleep",
  "include",
  "extend",
  "safety_assured",
  "with_lock_retries",
  "transaction",
  "announce",
  "write",
  "quote",
  "quote_table_name",
  "quote_column_name",
  "columns",
  "indexes",
  "foreign_keys",
  "check_constraints",
  "primary_key",
  "select_value",
  "select_values",
  "select_all",
  "select_rows",
  "select_one",
  "format",
  "sprintf",
  "exec_migration",
  "attr_accessor",
  "attr_reader"
]);
var RailsReader = class {
  /** The database the app runs (its config/database.yml, else Postgres): branches testing it keep its own. */
  constructor(root, transactional, dialect = "postgres") {
    this.dialect = dialect;
    this.t = newTranslation(transactional);
    this.heredocs = heredocMap(root);
    this.idType = legacyIds(root.text) ? "serial" : "bigserial";
    const assigned = root.descendantsOfType("assignment").filter((a) => a.childForFieldName("left")?.type === "constant");
    for (const a of assigned) {
      const name = a.childForFieldName("left").text;
      let right = a.childForFieldName("right");
      if (right?.type === "call" && callName(right) === "freeze" && !right.childForFieldName("arguments")) right = callReceiver(right);
      const value = right ? rubyValue(right, this.heredocs) : void 0;
      if (value && value.kind !== "other" && assigned.filter((b) => b.childForFieldName("left").text === name).length === 1) this.constants.set(name, value);
    }
    const ivars = root.descendantsOfType("assignment").filter((a) => a.childForFieldName("left")?.type === "instance_variable");
    for (const a of ivars) {
      const name = a.childForFieldName("left").text;
      const right = a.childForFieldName("right");
      if (a.parent?.parent?.type !== "class" || !right || ivars.filter((b) => b.childForFieldName("left").text === name).length !== 1) continue;
      const value = rubyValue(right, this.heredocs);
      if (value.kind === "array" && isLiteral(value)) this.classLists.set(name, value);
    }
    for (const call of root.descendantsOfType("call")) {
      if (callName(call) !== "reversible" || callReceiver(call)) continue;
      const params = call.childForFieldName("block")?.descendantsOfType("block_parameters")[0];
      const first = params?.namedChildren[0];
      if (first?.type === "identifier") this.directions.add(first.text);
    }
  }
  dialect;
  t;
  heredocs;
  /**
   * The migration's own methods (`def backfill`), read where `up`/`change` calls them, as Rails
   * runs them: a method taking arguments works on names given at run time and is said, not read.
   */
  methods = /* @__PURE__ */ new Map();
  entered = /* @__PURE__ */ new Set();
  /**
   * Statements that do nothing on the app's database (their ids): `if`/`unless` statements none of
   * whose branches runs there, a guard clause that returns there, and what follows it.
   */
  skipped = /* @__PURE__ */ new Set();
  /** What the up does to tables, in order (`create_table`, `drop_table`, `rename_table`): later migrations' force-creates are judged by it. */
  tableEvents = [];
  /**
   * The type `create_table` gives its `id`: `bigserial` since Rails 5.1, `serial` for a migration
   * written for an earlier Rails (`ActiveRecord::Migration[4.2]`, or unversioned), which Rails
   * still runs with that version's defaults (openstreetmap-website's 040_create_oauth_tables).
   */
  idType;
  /**
   * Constants the file gives a value once (`NEW_COLUMNS = %i[owner name].freeze` in the class body,
   * rubygems.org's add_workflow_repository_to_unique_index): read where a call names them.
   */
  constants = /* @__PURE__ */ new Map();
  /** Lists the class body gives its own variables once (`@ver_tbl = %w[nodes ways]`): what a class method's loop may run over. */
  classLists = /* @__PURE__ */ new Map();
  /** The list `@name` holds where `at` runs: the class's, inside a class method (`def self.up`) only. */
  classList(name, at) {
    let m = at.parent;
    while (m && m.type !== "method" && m.type !== "singleton_method") m = m.parent;
    return m?.type === "singleton_method" ? this.classLists.get(name) : void 0;
  }
  withConstants(args) {
    const known = (v) => v.kind === "other" && v.node.type === "constant" ? this.constants.get(v.node.text) ?? v : v;
    if (!this.constants.size) return args;
    return { ...args, positional: args.positional.map(known), options: new Map([...args.options].map(([k, v]) => [k, known(v)])) };
  }
  /**
   * The names `reversible` blocks give their direction (`|dir|`, `|direction|`, rubygems.org's
   * `|change|`): `<name>.up` / `<name>.down` are its two halves, whatever the name.
   */
  directions = /* @__PURE__ */ new Set(["dir"]);
  emit(line, text, synthetic = true, inexact = false) {
    const p = { sql: text, line };
    if (synthetic) p.synthetic = true;
    if (inexact) p.inexact = true;
    this.t.up.push(p);
  }
  irreversible(line, what) {
    this.t.hits.push(
      hit("irreversible-operation", line, `${what} inside \`change\` cannot be reversed automatically: write \`up\`/\`down\` or use \`reversible\`.`)
    );
  }
  /**
   * What a `reversible` block's `dir.down` does, translated as the up is but kept apart (in
   * `downPieces`, not the up's SQL, findings or data changes): a type change it narrows back is said.
   */
  downPieces = [];
  readDown(block, ctx) {
    const { up, hits, changesData } = this.t;
    this.t.up = [];
    this.t.hits = [];
    this.walk(block, { ...ctx, mode: "down", guarded: true });
    this.downPieces.push(...this.t.up);
    Object.assign(this.t, { up, hits, changesData });
  }
  notAnalysed(line, message) {
    this.t.hits.push(hit("not-analysed", line, message));
  }
  /** What the reader has said so far: its SQL, and its notices (a call that said neither was not read). */
  progress() {
    return `${this.t.up.length}/${this.t.hits.filter((h) => h.rule === "not-analysed").length}`;
  }
  /** Walk statements in document order, up to a guard clause that returns on the app's database. */
  walk(node, ctx) {
    const children = node.namedChildren;
    for (let i = 0; i < children.length; i++) {
      const c = children[i];
      this.statement(c, ctx);
      if (this.returnsHere(c)) {
        for (const rest of children.slice(i)) this.skipped.add(rest.id);
        return;
      }
    }
  }
  /**
   * A guard clause on the database (`return unless postgresql?`, `return if connection.adapter_name
   * =~ /sqlite/i`, or an `if … return … end`) whose `return` runs on the app's database. A condition
   * that does not test the database (`return if column_exists?(…)`) may go either way: not one.
   */
  returnsHere(node) {
    if (!BRANCHING.has(node.type)) return false;
    for (const b of branchesOf(node)) {
      const test = b.condition ? dialectTest(b.condition, this.dialect) : true;
      if (test === void 0) return false;
      if (b.negate ? test : !test) continue;
      return (b.single ? b.body : lastStatement(b.body))?.type === "return";
    }
    return false;
  }
  /** An event on a table, as the up runs it (a `down`'s are not the up's). */
  tableEvent(e, ctx) {
    if (ctx.mode !== "down") this.tableEvents.push(e);
  }
  /**
   * `create_table :t, force: true` (`:cascade`): Rails runs `drop_table(t, if_exists: true)` first
   * (schema_statements.rb), so the rows of a table that exists are gone. A table this file already
   * made, dropped or renamed is not one that existed: no finding.
   */
  forceCreate(c, table) {
    const force = c.args.options.get("force");
    if (!force || !isTrue(force) || c.ctx.mode === "down") return;
    if (this.tableEvents.some((e) => e.kind === "rename" ? e.from === table || e.to === table : e.table === table)) return;
    const cascade = force.kind === "symbol" && force.value === "cascade" && this.dialect === "postgres";
    this.t.hits.push(forceHit(c.line, { table, call: c.name, option: `force: ${written2(force)}`, cascade }));
  }
  /**
   * A loop over names this file holds (`%i[a b].each do |col| … end`, `[:a, :b].each { |t| … }`, a
   * constant bound to such a list: `COLUMNS.each`, a class variable in a class method: `@ver_tbl.each`): its parameter, the names and the block's body, so
   * that the body is read once per name, as Ruby runs it. Undefined for any other call.
   */
  literalLoop(c) {
    if (c.type !== "call" || callName(c) !== "each") return void 0;
    const receiver = callReceiver(c);
    const block = c.childForFieldName("block");
    const params = block?.namedChildren.find((n) => n.type === "block_parameters")?.namedChildren ?? [];
    const body = block?.namedChildren.find((n) => n.type === "body_statement" || n.type === "block_body");
    if (!receiver || !body || params.length !== 1 || params[0].type !== "identifier") return void 0;
    const list = receiver.type === "constant" ? this.constants.get(receiver.text) : receiver.type === "instance_variable" ? this.classList(receiver.text, c) : rubyValue(receiver, this.heredocs);
    if (list?.kind !== "array" || !list.items.length || !list.items.every((v) => v.kind === "symbol" || v.kind === "string")) return void 0;
    return { param: params[0].text, items: list.items, body };
  }
  statement(c, ctx) {
    if (c.type === "comment" || c.type === "heredoc_body") return;
    const loop = this.literalLoop(c);
    if (loop) {
      for (const item of loop.items) withBound(loop.param, item, () => this.walk(loop.body, ctx));
      return;
    }
    if (c.type === "call" || c.type === "identifier") {
      if (this.call(c, ctx)) return;
    }
    if (BRANCHING.has(c.type) && this.branches(c, ctx)) return;
    if (c.type === "method" || c.type === "singleton_method" || c.type === "class" || c.type === "module") return;
    this.walk(c, ctx);
  }
  /**
   * `if ActsAsTaggableOn::Utils.using_mysql?` … `else` (acts-as-taggable-on's migrations, copied
   * into chatwoot), `if connection.adapter_name == 'Mysql2'`: only the branch the app's database
   * runs is read. From a condition that does not test the database on, every branch is read, as
   * before. False when the node is left to the plain walk.
   */
  branches(node, ctx) {
    const list = branchesOf(node);
    for (const [i, b] of list.entries()) {
      const test = b.condition ? dialectTest(b.condition, this.dialect) : true;
      const holds = test === void 0 ? void 0 : b.negate ? !test : test;
      if (holds === false) continue;
      if (holds === void 0 && i === 0) return false;
      for (const r of holds === void 0 ? list.slice(i) : [b]) {
        if (r.body && r.single) this.statement(r.body, ctx);
        else if (r.body) this.walk(r.body, ctx);
      }
      return true;
    }
    this.skipped.add(node.id);
    return true;
  }
  /**
   * A method of the migration called from `up`/`change`/`down` (`backfill`, `self.backfill`,
   * `drop_legacy(:events)`): read where it is called, as Rails runs it, its parameters standing for
   * the values it is given (literal names, numbers, lists, a constant the file holds, a loop's name;
   * a default it leaves out, when written out). Given a value known only at run time (or calling
   * itself), what it changes is said, not read.
   */
  ownMethod(name, call, ctx) {
    const method = this.methods.get(name);
    if (!method) return false;
    const params = method.childForFieldName("parameters")?.namedChildren.filter((p) => p.type !== "comment") ?? [];
    if (this.entered.has(name) && !params.length) return false;
    const body = method.childForFieldName("body");
    if (!body) return true;
    const bindings = this.entered.has(name) ? void 0 : this.parameters(params, call);
    if (bindings) {
      this.entered.add(name);
      withScope(bindings, () => this.walk(body, ctx));
      this.entered.delete(name);
      return true;
    }
    const acts = body.descendantsOfType(["call", "identifier"]).some((n) => handlerFor(MIGRATION_CALLS, n.type === "call" ? callName(n) : n.text) || n.type === "call" && DATA_METHODS.has(callName(n)));
    if (acts)
      this.notAnalysed(
        lineOf(call),
        this.entered.has(name) ? `\`${callText(call)}\`: \`${name}\`, a method of this migration, calls itself, so what it changes there was not read. Review it by hand.` : `\`${callText(call)}\`: \`${name}\`, a method of this migration, takes arguments known only at run time (not names, numbers or lists written out), so what it changes was not read. Review it by hand, or call it with the names written out.`
      );
    return true;
  }
  /**
   * What a method's parameters stand for at a call: the call's values in order, its keywords by name,
   * a default the call leaves out when it is written out (`index = true`). Undefined when any is not a
   * value written out, or the parameters are of another shape (`*rest`, `**opts`, `&block`) or do
   * not match the call (a block given, a keyword the method has no parameter for).
   */
  parameters(params, call) {
    const args = call.type === "call" ? this.withConstants(rubyArgs(call, this.heredocs)) : NO_ARGS();
    if (call.childForFieldName("block")) return void 0;
    const written3 = (p) => {
      const v = p.childForFieldName("value");
      if (!v || v.type === "identifier" || v.descendantsOfType("identifier").length) return void 0;
      const d = rubyValue(v, this.heredocs);
      return d.kind === "other" && d.node.type === "constant" ? this.constants.get(d.node.text) : d;
    };
    const out = [];
    const keywords = /* @__PURE__ */ new Set();
    let i = 0;
    for (const p of params) {
      let v;
      const id = p.type === "identifier" ? p.text : p.childForFieldName("name")?.text;
      if (p.type === "identifier") v = args.positional[i++];
      else if (p.type === "optional_parameter") v = i < args.positional.length ? args.positional[i++] : written3(p);
      else if (p.type === "keyword_parameter" && id) {
        keywords.add(id);
        v = args.options.get(id) ?? written3(p);
      } else return void 0;
      if (!id || !v || !isLiteral(v)) return void 0;
      out.push([id, v]);
    }
    if (i < args.positional.length || [...args.options.keys()].some((k) => !keywords.has(k))) return void 0;
    return out;
  }
  /** Handle a call; returns true when its children need no further walking. */
  call(call, ctx) {
    const name = call.type === "identifier" ? call.text : callName(call);
    const recv = call.type === "call" ? callReceiver(call) : null;
    const args = call.type === "call" ? this.withConstants(rubyArgs(call, this.heredocs)) : NO_ARGS();
    const site = { name, node: call, line: lineOf(call), block: call.childForFieldName("block"), args, ctx };
    if (recv && ctx.table !== void 0 && recv.type === "identifier" && !this.directions.has(recv.text)) {
      if (this.tableCall({ ...site, table: ctx.table })) return true;
    }
    if (recv?.type === "identifier" && this.directions.has(recv.text) && (name === "up" || name === "down")) {
      if (name === "up" && site.block) this.walk(site.block, { ...ctx, guarded: true });
      if (name === "down" && site.block) this.readDown(site.block, ctx);
      return true;
    }
    if ((!recv || recv.type === "self") && name !== "up" && name !== "down" && name !== "change" && this.ownMethod(name, call, ctx)) return true;
    const sqlCall = handlerFor(CONNECTION_SQL, name);
    if (sqlCall && isConnection(recv)) return sqlCall(this, { ...site, name: `${recv.text}.${name}`, table: void 0 });
    if (recv && (DATA_METHODS.has(name) || name === "each")) {
      const write = ctx.mode !== "down" ? modelWrite(call, name) ?? iterationWrite(call, name) : void 0;
      if (DATA_METHODS.has(name) || write) this.t.changesData = true;
      if (write) this.emit(site.line, write);
      if (reversedByRails(ctx) && (write || chainModel(call) && (!ITERATIONS.has(name) || blockWrites(call)))) {
        this.modelCodeInChange(site.line, name);
        this.walk(call, { ...ctx, guarded: true });
        return true;
      }
      return false;
    }
    if (recv) return false;
    const handler = handlerFor(MIGRATION_CALLS, name);
    if (handler) {
      const before = this.progress();
      const done = handler(this, { ...site, table: nameOrCode(args.positional[0]) });
      if (this.progress() === before && !NO_SQL_OF_THEIR_OWN.has(name)) this.namedWithCode(call, site.line, args);
      return done;
    }
    if (DATA_METHODS.has(name) && ctx.mode !== "down") this.t.changesData = true;
    if (call.type === "call" && ctx.mode !== "down") return this.unknownCall(call, name, site.line, args);
    return false;
  }
  /**
   * A call the reader has no handler for that names a table or column (`add_column_with_default
   * :accounts, …`, `safely_remove_column :users, :x`: Mastodon's and GitLab's migration helpers;
   * openstreetmap-website's `add_primary_key`; fx's `create_function`): what it changes is not known,
   * so a notice, never silence (they were read as nothing). `revert` runs the inverse of
   * what it is given, which is not read either. True when the call needs no further walking.
   */
  unknownCall(call, name, line, args) {
    if (name === "revert") {
      this.notAnalysed(
        line,
        `\`${callText(call)}\` runs the inverse of the migration or block it is given, which was not read: review what it undoes (and what a rollback of it re-applies) by hand.`
      );
      return true;
    }
    const first = args.positional[0];
    if (!first || first.kind !== "symbol" && first.kind !== "string" || HARMLESS.has(name) || name.endsWith("?")) return false;
    this.t.hits.push(unknownCallHit(line, callText(call)));
    return false;
  }
  /**
   * Model code in `change` (`User.update_all(…)`, a `find_each` loop saving records) runs again on
   * rollback: Rails runs `revert { change }`, which inverts only the schema commands it records.
   */
  modelCodeInChange(line, name) {
    this.t.hits.push(
      hit(
        "irreversible-operation",
        line,
        `Model code (\`${name}\`) inside \`change\` runs again when the migration is rolled back: Rails reverses only the schema commands it records. Move it to \`up\`/\`down\` or into \`up_only\`/\`reversible\`.`
      )
    );
  }
  /**
   * SQL sent past Rails' `CommandRecorder` in `change` (`connection.execute`, `exec_query`, the
   * connection's `update`): a rollback runs it again rather than raising.
   */
  runsAgain(line, name) {
    this.t.hits.push(
      hit(
        "irreversible-operation",
        line,
        `SQL sent to the connection (\`${name}\`) inside \`change\` runs again when the migration is rolled back: Rails reverses only the schema commands it records, and this call bypasses them. Move it to \`up\`/\`down\` or into \`up_only\`/\`reversible\`.`
      )
    );
  }
  /**
   * A call that ran no SQL as read because code names what it changes (`remove_column :users, name`,
   * `remove_index :t, name: index_name`): a notice on its line, never silence.
   */
  namedWithCode(call, line, args) {
    if (!namesWithCode(args)) return;
    this.notAnalysed(
      line,
      `\`${callText(call)}\` names what it changes with Ruby code, known only at run time, so what it does was not judged: review it by hand.`
    );
  }
  /** Whether this file's up made the table (a CREATE TABLE, or a rename into its name) before this point. */
  madeHere(table) {
    return this.tableEvents.some((e) => e.kind === "create" ? e.table === table : e.kind === "rename" && e.to === table);
  }
  /**
   * A type change of a column of a table named by code: whether it changes the type rests on the
   * column's earlier definition, which cannot be looked up without the table's name. A notice.
   */
  tableNamedWithCode(c) {
    this.notAnalysed(
      c.line,
      `\`${callText(c.node)}\` changes a column of a table that Ruby code names, known only at run time, so its earlier type could not be looked up and whether the type changes was not judged: review it by hand.`
    );
  }
  /** `t.<method>` inside create_table / change_table. */
  tableCall(c) {
    const before = this.progress();
    if (tableColumns(this, c)) return true;
    const handler = handlerFor(TABLE_CALLS, c.name);
    if (!handler) return false;
    const done = handler(this, c);
    if (this.progress() === before && !c.ctx.columns) this.namedWithCode(c.node, c.line, c.args);
    return done;
  }
  /** `add_reference` / `t.references`: the `<ref>_id` column with its index and foreign key. */
  reference(table, ref, o, line, inCreate2, ctx) {
    const col = `${ref}_id`;
    const c = { name: col, type: nameOf(o.get("type")) === "uuid" ? "uuid" : "bigint" };
    if (isFalse(o.get("null"))) c.notNull = true;
    const wantIndex = !isFalse(o.get("index"));
    const fk = o.get("foreign_key");
    const pieces = [];
    if (wantIndex) {
      const io = o.get("index");
      const unique = io?.kind === "hash" && isTrue(io.entries.get("unique"));
      const conc = io?.kind === "hash" && nameOf(io.entries.get("algorithm")) === "concurrently";
      pieces.push({ sql: sql.createIndex(table, [col], { name: indexNameRails(table, [col]), unique, concurrently: conc }), line, synthetic: true });
    }
    if (fk && isTrue(fk)) {
      const to = fk.kind === "hash" ? nameOrCode(fk.entries.get("to_table")) : void 0;
      const notValid = fk.kind === "hash" && isFalse(fk.entries.get("validate"));
      pieces.push({ sql: sql.addForeignKey(table, [col], to ?? plural(ref), ["id"], { notValid }), line, synthetic: true });
    }
    if (inCreate2 && ctx?.columns) {
      ctx.columns.push(c);
      ctx.after?.push(...pieces);
    } else {
      this.emit(line, sql.addColumn(table, c));
      this.t.up.push(...pieces);
    }
  }
};

// src/core/frameworks/rails.ts
function statements(method) {
  const body = method.childForFieldName("body");
  if (!body) return [];
  return body.namedChildren.filter((c) => c.type !== "comment" && c.type !== "heredoc_body");
}
function isRaise(n) {
  const name = n.type === "call" ? callName(n) : n.type === "identifier" ? n.text : "";
  return (name === "raise" || name === "fail") && (n.type !== "call" || !callReceiver(n));
}
function findMigrationClass(root) {
  const classes = root.descendantsOfType("class");
  return classes.find((c) => (c.childForFieldName("superclass")?.text ?? "").includes("Migration")) ?? classes[0];
}
function methodScopes(root, cls) {
  const scopes = [cls?.childForFieldName("body") ?? root];
  const name = cls?.childForFieldName("name")?.text;
  for (const call of root.descendantsOfType("call")) {
    if (!["class_eval", "class_exec"].includes(callName(call)) || name && callReceiver(call)?.text !== name) continue;
    const body = call.childForFieldName("block")?.childForFieldName("body");
    if (body) scopes.push(body);
  }
  return scopes;
}
var MISSING_DOWN = "The migration defines `up` but no `down`. Rails' own `down` does nothing: a rollback reports the migration reverted and deletes its version, but every change `up` made stays, and the next `db:migrate` runs `up` again over it. Write a `down` that undoes `up`; if it cannot be undone, raise `ActiveRecord::IrreversibleMigration` in `down` (the rollback then stops there) and declare the stage forward-only in the rollback plan with its backup and restore procedure.";
var VALIDATES = /* @__PURE__ */ new Set(["validate_foreign_key", "validate_check_constraint", "validate_constraint"]);
var RUNS_SQL = /* @__PURE__ */ new Set(["execute", "exec_query", "exec_update"]);
async function onlyValidates(up, t) {
  const stmts = statements(up);
  if (!stmts.length || t.changesData || !t.up.length || t.hits.some((h) => h.rule === "not-analysed")) return false;
  if (!stmts.every((s) => s.type === "call" && (VALIDATES.has(callName(s)) ? !callReceiver(s) : RUNS_SQL.has(callName(s))))) return false;
  const pg = await (await sqlAnalyser()).loadPgParser();
  return t.up.every((piece) => {
    try {
      const parsed = pg.parse(piece.sql).stmts ?? [];
      return parsed.length > 0 && parsed.every(({ stmt }) => {
        const cmds = stmt && "AlterTableStmt" in stmt ? stmt.AlterTableStmt.cmds ?? [] : [];
        return cmds.length > 0 && cmds.every((c) => "AlterTableCmd" in c && c.AlterTableCmd.subtype === "AT_ValidateConstraint");
      });
    } catch {
      return false;
    }
  });
}
async function railsToPieces(source, path = "", dialect = "postgres") {
  return (await readRails(source, path, dialect)).t;
}
async function readRails(source, path, dialect) {
  var _stack = [];
  try {
    const tree = __using(_stack, await parseCode("ruby", source));
    const root = tree.rootNode;
    const cls = findMigrationClass(root);
    const methods = /* @__PURE__ */ new Map();
    let transactional = true;
    for (const c of methodScopes(root, cls).flatMap((scope) => scope.namedChildren)) {
      if (c.type === "method" || c.type === "singleton_method") {
        const n = c.childForFieldName("name")?.text;
        if (n && !methods.has(n)) methods.set(n, c);
      } else if ((c.type === "call" || c.type === "identifier") && (c.type === "identifier" ? c.text : callName(c)) === "disable_ddl_transaction!") {
        transactional = false;
      }
    }
    const newReader = () => Object.assign(new RailsReader(root, transactional, dialect), { methods });
    const reader = newReader();
    const t = reader.t;
    if (path.includes("db/post_migrate/")) t.postDeploy = true;
    const err = firstErrorNode(root);
    if (err) t.hits.push(parseErrorHit(lineOf(err), "Ruby"));
    const change2 = methods.get("change");
    const up = methods.get("up");
    const down = methods.get("down");
    if (change2) {
      reader.walk(change2.childForFieldName("body") ?? change2, { mode: "change", guarded: false });
      t.downStatus = t.hits.some((h) => h.rule === "irreversible-operation") ? "irreversible" : "present";
      if (reader.downPieces.length) {
        t.downSql = reader.downPieces;
        t.downName = "its `dir.down`";
      }
    } else if (up) {
      reader.walk(up.childForFieldName("body") ?? up, { mode: "up", guarded: false });
      if (!down) {
        t.downStatus = "missing";
        t.hits.push(hit("missing-down-migration", lineOf(up), MISSING_DOWN));
      } else {
        const stmts = statements(down);
        if (!stmts.length && statements(up).every((s) => reader.skipped.has(s.id))) {
        } else if (!stmts.length && await onlyValidates(up, t)) {
        } else if (!stmts.length || stmts.every(isRaise)) {
          t.downStatus = "empty";
          const raises = stmts.length > 0;
          t.hits.push(
            hit(
              "empty-down-migration",
              lineOf(down),
              raises ? "The `down` method raises instead of undoing the migration (irreversible)." : "The `down` method is empty: rolling back does nothing."
            )
          );
        } else {
          const downReader = newReader();
          downReader.walk(down.childForFieldName("body") ?? down, { mode: "down", guarded: false });
          t.downSql = downReader.t.up;
          t.downName = "the `down` method";
          if (stmts.every((s) => s.type === "call" && callName(s) === "execute" && !callReceiver(s))) {
            const heredocs = heredocMap(root);
            for (const s of stmts) {
              const str = rubyString(rubyArgs(s, heredocs).positionalNodes[0], heredocs);
              if (str) t.down.push({ sql: str.text, line: str.line });
            }
            t.downOnlySql = t.down.length === stmts.length;
            t.downLine = lineOf(down);
          }
        }
      }
    } else if (err) {
      reader.walk(root, { mode: "up", guarded: false });
      t.downStatus = "missing";
    } else if (cls || source.trim()) {
      t.downStatus = "missing";
      t.hits.push(hit("missing-down-migration", cls ? lineOf(cls) : 1, "No `change` or `up`/`down` methods were found in this migration."));
    } else {
      t.downStatus = "missing";
    }
    return { t, events: reader.tableEvents };
  } catch (_) {
    var _error = _, _hasError = true;
  } finally {
    __callDispose(_stack, _error, _hasError);
  }
}
var isRubyFile = (name) => name.endsWith(".rb");
var dialectOf = (input) => (input.dialect ?? dialectOfPath(input.path))?.dialect ?? "postgres";
var eventsRead = /* @__PURE__ */ new Map();
var EVENTS_LIMIT = 2e3;
function tableEventsOf(content, path, dialect) {
  const key = `${dialect}\0${content}`;
  let found = eventsRead.get(key);
  if (!found) {
    found = readRails(content, path, dialect).then((r) => r.events);
    if (eventsRead.size >= EVENTS_LIMIT) eventsRead.delete(eventsRead.keys().next().value);
    eventsRead.set(key, found);
  }
  return found;
}
var translated = dslFramework(rails_default, "Rails migration", (input) => railsToPieces(input.content, input.path, dialectOf(input)), "missing", {
  isMigration: isRubyFile,
  translate: (content, path, input) => railsToPieces(content, path, dialectOf(input)),
  variant: async (input) => dialectOf(input)
});
async function analyse(input) {
  const a = await translated.analyse(input);
  let hits = a.hits;
  try {
    hits = await settleForcedCreates(hits, input, isRubyFile, (content, path) => tableEventsOf(content, path, dialectOf(input)));
  } catch {
  }
  return {
    ...a,
    hits: hits.map((h) => {
      const message = withWrittenNames(h.message);
      return message === h.message ? h : { ...h, message };
    })
  };
}
var rails = withAppDialect({ ...translated, analyse }, "rails");
var rails_default2 = rails;
export {
  rails_default2 as default,
  rails,
  railsToPieces
};
