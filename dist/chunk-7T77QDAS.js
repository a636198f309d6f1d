import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  firstErrorNode,
  lineOf,
  parseCode
} from "./chunk-AHDTZG72.js";
import {
  getRule
} from "./chunk-KOAOHZ6H.js";

// src/core/frameworks/dsl/common.ts
var lintSql = async (...args2) => (await import("./chunk-32GI3OMJ.js")).lintSql(...args2);
var newTranslation = (transactional) => ({
  up: [],
  down: [],
  downStatus: "present",
  hits: [],
  transactional,
  changesData: false
});
var SIMPLE_IDENT = /^[a-z_][a-z0-9_$]*$/;
var KEYWORDS = /* @__PURE__ */ new Set(["user", "order", "group", "table", "select", "from", "where", "default", "check", "column", "primary", "references", "limit", "end", "to", "all", "index", "key", "desc", "asc", "case", "when", "type", "name", "values"]);
function ident(name) {
  if (name.includes(".") && !name.startsWith('"')) return name.split(".").map(ident).join(".");
  if (SIMPLE_IDENT.test(name) && !KEYWORDS.has(name)) return name;
  return `"${name.replace(/"/g, '""')}"`;
}
function sqlString(value2) {
  return `'${value2.replace(/'/g, "''")}'`;
}
function sqlDefault(value2) {
  if (value2 === null) return "NULL";
  if (typeof value2 === "number") return String(value2);
  if (typeof value2 === "boolean") return value2 ? "true" : "false";
  if (typeof value2 === "string") return sqlString(value2);
  return value2.raw;
}
function createTableWithForeignKeys(table, cols) {
  const statements2 = [sql.createTable(table, cols.length ? cols : [{ name: "id", type: "serial", primaryKey: true }])];
  for (const c of cols) if (c.fk) statements2.push(sql.addForeignKey(table, [c.name], c.fk, ["id"]));
  return statements2;
}
function columnSql(c) {
  let s = `${ident(c.name)} ${c.type}`;
  if (c.primaryKey) s += " PRIMARY KEY";
  if (c.notNull && !c.primaryKey) s += " NOT NULL";
  if (c.default !== void 0) s += ` DEFAULT ${c.default}`;
  if (c.unique) s += " UNIQUE";
  if (c.references) s += ` REFERENCES ${ident(c.references.table)} (${ident(c.references.column ?? "id")})`;
  return s;
}
var sql = {
  createTable: (t, cols) => `CREATE TABLE ${ident(t)} (${cols.map(columnSql).join(", ")});`,
  dropTable: (t, ifExists = false) => `DROP TABLE ${ifExists ? "IF EXISTS " : ""}${ident(t)};`,
  renameTable: (a, b) => `ALTER TABLE ${ident(a)} RENAME TO ${ident(b)};`,
  addColumn: (t, c) => `ALTER TABLE ${ident(t)} ADD COLUMN ${columnSql(c)};`,
  dropColumn: (t, c) => `ALTER TABLE ${ident(t)} DROP COLUMN ${ident(c)};`,
  renameColumn: (t, a, b) => `ALTER TABLE ${ident(t)} RENAME COLUMN ${ident(a)} TO ${ident(b)};`,
  changeType: (t, c, type) => `ALTER TABLE ${ident(t)} ALTER COLUMN ${ident(c)} TYPE ${type};`,
  setNotNull: (t, c) => `ALTER TABLE ${ident(t)} ALTER COLUMN ${ident(c)} SET NOT NULL;`,
  dropNotNull: (t, c) => `ALTER TABLE ${ident(t)} ALTER COLUMN ${ident(c)} DROP NOT NULL;`,
  setDefault: (t, c, d) => `ALTER TABLE ${ident(t)} ALTER COLUMN ${ident(c)} SET DEFAULT ${d};`,
  dropDefault: (t, c) => `ALTER TABLE ${ident(t)} ALTER COLUMN ${ident(c)} DROP DEFAULT;`,
  backfillNulls: (t, c, d) => `UPDATE ${ident(t)} SET ${ident(c)} = ${d} WHERE ${ident(c)} IS NULL;`,
  createIndex: (t, cols, o = {}) => `CREATE ${o.unique ? "UNIQUE " : ""}INDEX ${o.concurrently ? "CONCURRENTLY " : ""}${ident(
    o.name ?? indexName(t, cols)
  )} ON ${ident(t)} (${cols.map(indexColumn).join(", ")});`,
  dropIndex: (name, o = {}) => `DROP INDEX ${o.concurrently ? "CONCURRENTLY " : ""}${ident(name)};`,
  addForeignKey: (t, cols, ref, refCols, o = {}) => `ALTER TABLE ${ident(t)} ADD CONSTRAINT ${ident(o.name ?? `fk_${t}_${cols.join("_")}`.replace(/\./g, "_"))} FOREIGN KEY (${cols.map(ident).join(", ")}) REFERENCES ${ident(ref)} (${refCols.map(ident).join(", ")})${o.notValid ? " NOT VALID" : ""};`,
  addUnique: (t, cols, name) => `ALTER TABLE ${ident(t)} ADD CONSTRAINT ${ident(name ?? `${t}_${cols.join("_")}_key`.replace(/\./g, "_"))} UNIQUE (${cols.map(ident).join(", ")});`,
  addCheck: (t, expr, name, notValid = false) => `ALTER TABLE ${ident(t)} ADD CONSTRAINT ${ident(name ?? `${t}_check`.replace(/\./g, "_"))} CHECK (${expr})${notValid ? " NOT VALID" : ""};`,
  addPrimaryKey: (t, cols, name) => `ALTER TABLE ${ident(t)} ADD ${name ? `CONSTRAINT ${ident(name)} ` : ""}PRIMARY KEY (${cols.map(ident).join(", ")});`,
  validateConstraint: (t, name) => `ALTER TABLE ${ident(t)} VALIDATE CONSTRAINT ${ident(name)};`,
  dropConstraint: (t, name) => `ALTER TABLE ${ident(t)} DROP CONSTRAINT ${ident(name)};`
};
function indexColumn(c) {
  return SIMPLE_IDENT.test(c) || /^[A-Za-z_][A-Za-z0-9_]*$/.test(c) ? ident(c) : c;
}
var indexName = (t, cols) => `index_${t}_on_${cols.join("_and_")}`.replace(/[^A-Za-z0-9_]/g, "_").slice(0, 63);
function hit(rule, line, message) {
  return { rule, line, message };
}
var parseErrorHit = (line, lang) => hit("parse-error", line, `The ${lang} code has a syntax error near this line; the rest of the file was read as far as possible.`);
function hitKey(h) {
  return `${h.rule}\0${h.line}\0${h.message}`;
}
function inexactRanges(pieces) {
  return pieces.filter((p) => p.inexact).map((p) => [p.line, p.line + p.sql.split("\n").length - 1]);
}
async function finishAnalysis(framework, t) {
  const hits = [...t.hits];
  let changesData = t.changesData;
  let down = t.downStatus;
  if (t.up.length) {
    try {
      const res = await lintSql(t.up.map(stripPiece), { transactional: t.transactional });
      const loose = inexactRanges(t.up);
      for (const h of res.hits) {
        if (h.rule === "parse-error" && loose.some(([a, b]) => h.line >= a && h.line <= b)) continue;
        hits.push(h);
      }
      changesData ||= res.changesData;
    } catch (e) {
      hits.push(hit("parse-error", t.up[0].line, `The migration's SQL could not be checked: ${e.message}`));
    }
  }
  if (down === "present" && t.downOnlySql && t.down.length) {
    try {
      const res = await lintSql(t.down.map(stripPiece), { transactional: t.transactional });
      if (res.empty) {
        down = "empty";
        hits.push(
          hit("empty-down-migration", t.downLine ?? t.down[0].line, "The down migration runs SQL that does nothing: the migration cannot be rolled back.")
        );
      }
    } catch {
    }
  }
  const seen = /* @__PURE__ */ new Set();
  const unique = hits.filter((h) => {
    const k = hitKey(h);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  unique.sort((a, b) => a.line - b.line);
  const analysis = { framework, role: "up", down, hits: unique };
  if (t.postDeploy) analysis.postDeploy = true;
  if (changesData) analysis.changesData = true;
  return analysis;
}
function stripPiece(p) {
  const out = { sql: p.sql, line: p.line };
  if (p.synthetic) out.synthetic = true;
  return out;
}

// src/core/frameworks/prisma.ts
var prisma = {
  id: "prisma",
  globs: ["prisma/migrations/*/migration.sql", "**/prisma/migrations/*/migration.sql"],
  comment: "--",
  async analyse(input) {
    const t = newTranslation(true);
    t.downStatus = "forward-only";
    t.hits.push(
      hit(
        "forward-only-migration",
        1,
        "Prisma migrations have no down migration: rolling back needs a backup and restore procedure (or a new forward migration) named in the rollback plan."
      )
    );
    if (input.content.trim()) t.up.push({ sql: input.content, line: 1 });
    return finishAnalysis("prisma", t);
  }
};
var prisma_default = prisma;

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
      case "interpolation":
        text += PLACEHOLDER;
        inexact = true;
        break;
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
function rubyValue(node, heredocs) {
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
  const list2 = call.childForFieldName("arguments");
  if (list2) {
    for (const a of list2.namedChildren) {
      if (a.type === "comment") continue;
      if (a.type === "pair") addPair(options, a, heredocs);
      else if (a.type === "hash" && a === list2.namedChildren[list2.namedChildren.length - 1]) {
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
var callName = (call) => call.childForFieldName("method")?.text ?? "";
var callReceiver = (call) => call.childForFieldName("receiver");

// src/core/frameworks/rails.ts
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
function railsType(type, opts) {
  let t = RAILS_TYPES[type] ?? "text";
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
var RailsReader = class {
  t;
  heredocs;
  constructor(root, transactional) {
    this.t = newTranslation(transactional);
    this.heredocs = heredocMap(root);
  }
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
  args(call) {
    return rubyArgs(call, this.heredocs);
  }
  /** Walk statements in document order. */
  walk(node, ctx) {
    for (const c of node.namedChildren) {
      if (c.type === "comment" || c.type === "heredoc_body") continue;
      if (c.type === "call" || c.type === "identifier") {
        if (this.call(c, ctx)) continue;
      }
      if (c.type === "method" || c.type === "singleton_method" || c.type === "class" || c.type === "module") continue;
      this.walk(c, ctx);
    }
  }
  /** Handle a call; returns true when its children need no further walking. */
  call(call, ctx) {
    const name = call.type === "identifier" ? call.text : callName(call);
    const recv = call.type === "call" ? callReceiver(call) : null;
    const line = lineOf(call);
    const block = call.childForFieldName("block");
    const a = call.type === "call" ? this.args(call) : { positional: [], positionalNodes: [], options: /* @__PURE__ */ new Map() };
    const p = a.positional;
    const o = a.options;
    if (recv && ctx.table !== void 0 && recv.type === "identifier" && !["dir"].includes(recv.text)) {
      if (this.tableMethod(name, call, a, ctx, line)) return true;
    }
    if (recv?.type === "identifier" && recv.text === "dir" && (name === "up" || name === "down")) {
      if (name === "up" && block) this.walk(block, { ...ctx, guarded: true });
      return true;
    }
    if (recv && DATA_METHODS.has(name)) {
      this.t.changesData = true;
      return false;
    }
    if (recv) return false;
    const table = nameOf(p[0]);
    switch (name) {
      case "execute": {
        const s = rubyString(a.positionalNodes[0], this.heredocs);
        if (s) this.emit(s.line, s.text, false, s.inexact);
        if (ctx.mode === "change" && !ctx.guarded) this.irreversible(line, "`execute`");
        return true;
      }
      case "reversible":
        if (block) this.walk(block, { ...ctx, guarded: true });
        return true;
      case "up_only":
        if (block) this.walk(block, { ...ctx, guarded: true });
        return true;
      case "create_table":
      case "create_join_table": {
        if (!table) return false;
        const tname = name === "create_join_table" ? joinTableName(p, o) : table;
        const cols = [];
        const idOpt = o.get("id");
        if (name === "create_table" && !isFalse(idOpt)) {
          const idType = nameOf(idOpt) === "uuid" ? "uuid" : "bigserial";
          cols.push({ name: nameOf(o.get("primary_key")) ?? "id", type: idType, primaryKey: true });
        }
        if (name === "create_join_table") {
          for (const v of p.slice(0, 2)) {
            const n = nameOf(v);
            if (n) cols.push({ name: `${singular(n)}_id`, type: "bigint", notNull: true });
          }
        }
        const after = [];
        if (block) this.walk(block, { ...ctx, table: tname, columns: cols, after });
        if (!cols.length) cols.push({ name: "id", type: "bigserial", primaryKey: true });
        this.emit(line, sql.createTable(tname, cols));
        this.t.up.push(...after);
        return true;
      }
      case "change_table":
        if (table && block) this.walk(block, { ...ctx, table, columns: void 0, after: void 0 });
        return true;
      case "drop_table":
      case "drop_join_table": {
        const tname = name === "drop_join_table" ? joinTableName(p, o) : table;
        if (tname) this.emit(line, sql.dropTable(tname, isTrue(o.get("if_exists"))));
        if (ctx.mode === "change" && !ctx.guarded && !block && o.size === 0)
          this.irreversible(line, "`drop_table` without a block or options");
        return true;
      }
      case "rename_table": {
        const to = nameOf(p[1]);
        if (table && to) this.emit(line, sql.renameTable(table, to));
        return true;
      }
      case "add_column": {
        const col = nameOf(p[1]);
        const type = nameOf(p[2]) ?? "string";
        if (table && col) this.emit(line, sql.addColumn(table, columnDef(col, type, o)));
        return true;
      }
      case "remove_column":
      case "remove_columns": {
        const cols = name === "remove_column" ? namesOf(p[1]) : p.slice(1).flatMap(namesOf);
        if (table) for (const c of cols) this.emit(line, sql.dropColumn(table, c));
        const typed = name === "remove_column" ? p.length >= 3 : o.has("type");
        if (ctx.mode === "change" && !ctx.guarded && !typed) this.irreversible(line, `\`${name}\` without a column type`);
        return true;
      }
      case "rename_column": {
        const from = nameOf(p[1]);
        const to = nameOf(p[2]);
        if (table && from && to) this.emit(line, sql.renameColumn(table, from, to));
        return true;
      }
      case "change_column": {
        const col = nameOf(p[1]);
        const type = nameOf(p[2]);
        if (table && col && type) {
          this.emit(line, sql.changeType(table, col, railsType(type, o)));
          if (isFalse(o.get("null"))) this.emit(line, sql.setNotNull(table, col));
        }
        if (ctx.mode === "change" && !ctx.guarded) this.irreversible(line, "`change_column`");
        return true;
      }
      case "change_column_null": {
        const col = nameOf(p[1]);
        const nullable = p[2];
        if (table && col && nullable?.kind === "bool") {
          if (!nullable.value) {
            if (p[3] && p[3].kind !== "nil") this.emit(line, sql.backfillNulls(table, col, railsDefault(p[3]) ?? "NULL"));
            this.emit(line, sql.setNotNull(table, col));
          } else this.emit(line, sql.dropNotNull(table, col));
        }
        return true;
      }
      case "change_column_default": {
        const col = nameOf(p[1]);
        if (table && col) {
          const target = o.has("to") ? o.get("to") : p[2];
          const d = railsDefault(target);
          this.emit(line, d === void 0 ? sql.dropDefault(table, col) : sql.setDefault(table, col, d));
        }
        if (ctx.mode === "change" && !ctx.guarded && !(o.has("from") && o.has("to")))
          this.irreversible(line, "`change_column_default` without `from:` and `to:`");
        return true;
      }
      case "add_index": {
        const cols = namesOf(p[1]);
        if (table && cols.length) this.emit(line, this.indexSql(table, cols, o));
        return true;
      }
      case "remove_index": {
        const cols = p[1] ? namesOf(p[1]) : namesOf(o.get("column"));
        const idx = nameOf(o.get("name")) ?? (table && cols.length ? indexNameRails(table, cols) : void 0);
        if (idx) this.emit(line, sql.dropIndex(idx, { concurrently: nameOf(o.get("algorithm")) === "concurrently" }));
        if (ctx.mode === "change" && !ctx.guarded && !cols.length) this.irreversible(line, "`remove_index` without a column");
        return true;
      }
      case "add_foreign_key": {
        const to = nameOf(p[1]);
        if (table && to) {
          const col = nameOf(o.get("column")) ?? `${singular(to)}_id`;
          const opts = { notValid: isFalse(o.get("validate")) };
          const fk = nameOf(o.get("name"));
          if (fk) opts.name = fk;
          this.emit(line, sql.addForeignKey(table, [col], to, [nameOf(o.get("primary_key")) ?? "id"], opts));
        }
        return true;
      }
      case "validate_foreign_key":
      case "validate_check_constraint": {
        const cname = nameOf(o.get("name")) ?? (nameOf(p[1]) ? `fk_rails_${nameOf(p[1])}` : void 0);
        if (table && cname) this.emit(line, sql.validateConstraint(table, cname));
        return true;
      }
      case "remove_foreign_key": {
        const cname = nameOf(o.get("name")) ?? `fk_${table}_${nameOf(p[1]) ?? nameOf(o.get("column")) ?? "fk"}`;
        if (table) this.emit(line, sql.dropConstraint(table, cname));
        if (ctx.mode === "change" && !ctx.guarded && !p[1]) this.irreversible(line, "`remove_foreign_key` without the referenced table");
        return true;
      }
      case "add_check_constraint": {
        const expr = nameOf(p[1]);
        if (table && expr) this.emit(line, sql.addCheck(table, expr, nameOf(o.get("name")), isFalse(o.get("validate"))));
        return true;
      }
      case "remove_check_constraint": {
        const cname = nameOf(o.get("name")) ?? `${table}_check`;
        if (table) this.emit(line, sql.dropConstraint(table, cname));
        if (ctx.mode === "change" && !ctx.guarded && !p[1]) this.irreversible(line, "`remove_check_constraint` without its expression");
        return true;
      }
      case "add_reference":
      case "add_belongs_to": {
        const ref = nameOf(p[1]);
        if (table && ref) this.reference(table, ref, o, line, false);
        return true;
      }
      case "remove_reference":
      case "remove_belongs_to": {
        const ref = nameOf(p[1]);
        if (table && ref) this.emit(line, sql.dropColumn(table, `${ref}_id`));
        return true;
      }
      case "add_timestamps":
        if (table) {
          const nullable = isTrue(o.get("null"));
          for (const c of ["created_at", "updated_at"])
            this.emit(line, sql.addColumn(table, { name: c, type: "timestamp(6) without time zone", notNull: !nullable, ...defaultOf(o) }));
        }
        return true;
      case "remove_timestamps":
        if (table) for (const c of ["created_at", "updated_at"]) this.emit(line, sql.dropColumn(table, c));
        return true;
      case "enable_extension":
        if (table) this.emit(line, `CREATE EXTENSION IF NOT EXISTS ${JSON.stringify(table)};`);
        return true;
      default:
        if (DATA_METHODS.has(name) && ctx.mode !== "down") this.t.changesData = true;
        return false;
    }
  }
  indexSql(table, cols, o) {
    return sql.createIndex(table, cols, {
      name: nameOf(o.get("name")) ?? indexNameRails(table, cols),
      unique: isTrue(o.get("unique")),
      concurrently: nameOf(o.get("algorithm")) === "concurrently"
    });
  }
  reference(table, ref, o, line, inCreate, ctx) {
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
      const to = fk.kind === "hash" ? nameOf(fk.entries.get("to_table")) : void 0;
      pieces.push({ sql: sql.addForeignKey(table, [col], to ?? plural(ref), ["id"]), line, synthetic: true });
    }
    if (inCreate && ctx?.columns) {
      ctx.columns.push(c);
      ctx.after?.push(...pieces);
    } else {
      this.emit(line, sql.addColumn(table, c));
      this.t.up.push(...pieces);
    }
  }
  /** `t.<method>` inside create_table / change_table. */
  tableMethod(name, call, a, ctx, line) {
    const table = ctx.table;
    const p = a.positional;
    const o = a.options;
    const inCreate = ctx.columns !== void 0;
    const addCol = (c) => {
      if (inCreate) ctx.columns.push(c);
      else this.emit(line, sql.addColumn(table, c));
    };
    const type = name === "column" ? nameOf(p[1]) ?? "string" : name;
    if (COLUMN_TYPES.has(name) || name === "column") {
      const names = name === "column" ? namesOf(p[0]) : p.flatMap(namesOf);
      for (const n of names) addCol(columnDef(n, type, o));
      return true;
    }
    switch (name) {
      case "references":
      case "belongs_to":
        for (const n of p.flatMap(namesOf)) this.reference(table, n, o, line, inCreate, ctx);
        return true;
      case "timestamps":
        for (const c of ["created_at", "updated_at"])
          addCol({ name: c, type: "timestamp(6) without time zone", notNull: !isTrue(o.get("null")), ...defaultOf(o) });
        return true;
      case "index": {
        const cols = namesOf(p[0]);
        if (!cols.length) return true;
        const s = this.indexSql(table, cols, o);
        if (inCreate) ctx.after?.push({ sql: s, line, synthetic: true });
        else this.emit(line, s);
        return true;
      }
      case "remove": {
        for (const n of p.flatMap(namesOf)) this.emit(line, sql.dropColumn(table, n));
        if (ctx.mode === "change" && !ctx.guarded && !o.has("type")) this.irreversible(line, "`t.remove` without a column type");
        return true;
      }
      case "rename": {
        const from = nameOf(p[0]);
        const to = nameOf(p[1]);
        if (from && to) this.emit(line, sql.renameColumn(table, from, to));
        return true;
      }
      case "change": {
        const col = nameOf(p[0]);
        const ty = nameOf(p[1]);
        if (col && ty) {
          this.emit(line, sql.changeType(table, col, railsType(ty, o)));
          if (isFalse(o.get("null"))) this.emit(line, sql.setNotNull(table, col));
        }
        if (ctx.mode === "change" && !ctx.guarded) this.irreversible(line, "`t.change`");
        return true;
      }
      case "change_null": {
        const col = nameOf(p[0]);
        if (col && p[1]?.kind === "bool") this.emit(line, p[1].value ? sql.dropNotNull(table, col) : sql.setNotNull(table, col));
        return true;
      }
      case "change_default": {
        const col = nameOf(p[0]);
        const target = o.has("to") ? o.get("to") : p[1];
        const d = railsDefault(target);
        if (col) this.emit(line, d === void 0 ? sql.dropDefault(table, col) : sql.setDefault(table, col, d));
        if (ctx.mode === "change" && !ctx.guarded && !(o.has("from") && o.has("to")))
          this.irreversible(line, "`t.change_default` without `from:` and `to:`");
        return true;
      }
      case "remove_index": {
        const cols = p[0] ? namesOf(p[0]) : namesOf(o.get("column"));
        const idx = nameOf(o.get("name")) ?? (cols.length ? indexNameRails(table, cols) : void 0);
        if (idx) this.emit(line, sql.dropIndex(idx, { concurrently: nameOf(o.get("algorithm")) === "concurrently" }));
        if (ctx.mode === "change" && !ctx.guarded && !cols.length) this.irreversible(line, "`t.remove_index` without a column");
        return true;
      }
      case "remove_references":
      case "remove_belongs_to":
        for (const n of p.flatMap(namesOf)) this.emit(line, sql.dropColumn(table, `${n}_id`));
        return true;
      case "remove_timestamps":
        for (const c of ["created_at", "updated_at"]) this.emit(line, sql.dropColumn(table, c));
        return true;
      case "foreign_key": {
        const to = nameOf(p[0]);
        if (to) {
          const s = sql.addForeignKey(table, [nameOf(o.get("column")) ?? `${singular(to)}_id`], to, ["id"]);
          if (inCreate) ctx.after?.push({ sql: s, line, synthetic: true });
          else this.emit(line, s);
        }
        return true;
      }
      case "check_constraint": {
        const expr = nameOf(p[0]);
        if (expr && !inCreate) this.emit(line, sql.addCheck(table, expr, nameOf(o.get("name")), isFalse(o.get("validate"))));
        return true;
      }
      default:
        return false;
    }
  }
};
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
async function railsToPieces(source, path = "") {
  const tree = await parseCode("ruby", source);
  const root = tree.rootNode;
  const cls = findMigrationClass(root);
  const scope = cls?.childForFieldName("body") ?? root;
  const methods2 = /* @__PURE__ */ new Map();
  let transactional = true;
  for (const c of scope?.namedChildren ?? []) {
    if (c.type === "method" || c.type === "singleton_method") {
      const n = c.childForFieldName("name")?.text;
      if (n && !methods2.has(n)) methods2.set(n, c);
    } else if ((c.type === "call" || c.type === "identifier") && (c.type === "identifier" ? c.text : callName(c)) === "disable_ddl_transaction!") {
      transactional = false;
    }
  }
  const reader = new RailsReader(root, transactional);
  const t = reader.t;
  if (path.includes("db/post_migrate/")) t.postDeploy = true;
  const err = firstErrorNode(root);
  if (err) t.hits.push(parseErrorHit(lineOf(err), "Ruby"));
  const change = methods2.get("change");
  const up = methods2.get("up");
  const down = methods2.get("down");
  if (change) {
    reader.walk(change.childForFieldName("body") ?? change, { mode: "change", guarded: false });
    t.downStatus = t.hits.some((h) => h.rule === "irreversible-operation") ? "irreversible" : "present";
  } else if (up) {
    reader.walk(up.childForFieldName("body") ?? up, { mode: "up", guarded: false });
    if (!down) {
      t.downStatus = "missing";
      t.hits.push(hit("missing-down-migration", lineOf(up), "The migration defines `up` but no `down`: it cannot be rolled back."));
    } else {
      const stmts = statements(down);
      if (!stmts.length || stmts.every(isRaise)) {
        t.downStatus = "empty";
        const raises = stmts.length > 0;
        t.hits.push(
          hit(
            "empty-down-migration",
            lineOf(down),
            raises ? "The `down` method raises instead of undoing the migration (irreversible)." : "The `down` method is empty: rolling back does nothing."
          )
        );
      } else if (stmts.every((s) => s.type === "call" && callName(s) === "execute" && !callReceiver(s))) {
        const heredocs = heredocMap(root);
        for (const s of stmts) {
          const str = rubyString(rubyArgs(s, heredocs).positionalNodes[0], heredocs);
          if (str) t.down.push({ sql: str.text, line: str.line });
        }
        t.downOnlySql = t.down.length === stmts.length;
        t.downLine = lineOf(down);
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
  tree.delete();
  return t;
}
var rails = {
  id: "rails",
  globs: ["db/migrate/*.rb", "db/post_migrate/*.rb", "**/db/migrate/*.rb", "**/db/post_migrate/*.rb"],
  comment: "#",
  async analyse(input) {
    try {
      return await finishAnalysis("rails", await railsToPieces(input.content, input.path));
    } catch (e) {
      return {
        framework: "rails",
        role: "up",
        down: "missing",
        hits: [hit("parse-error", 1, `The Rails migration could not be read: ${e.message}`)]
      };
    }
  }
};
var rails_default = rails;

// src/core/frameworks/dsl/python.ts
var PLACEHOLDER2 = "__interp__";
var ESCAPES2 = { n: "\n", t: "	", '"': '"', "'": "'", "\\": "\\", r: "\r" };
function pyString(node) {
  if (!node) return void 0;
  switch (node.type) {
    case "string": {
      const start = node.children.find((c) => c.type === "string_start")?.text ?? "";
      const raw = /r/i.test(start.replace(/["']/g, ""));
      let text = "";
      let inexact = false;
      for (const c of node.children) {
        if (c.type === "string_content") text += c.text;
        else if (c.type === "escape_sequence") text += raw ? c.text : ESCAPES2[c.text.slice(1)] ?? c.text.slice(1);
        else if (c.type === "interpolation") {
          text += PLACEHOLDER2;
          inexact = true;
        }
      }
      if (!raw && node.descendantsOfType("escape_sequence").length && !node.children.some((c) => c.type === "escape_sequence")) {
        text = "";
        for (const c of node.children) {
          if (c.type !== "string_content") {
            if (c.type === "interpolation") text += PLACEHOLDER2;
            continue;
          }
          let pos = c.startIndex;
          for (const e of c.children) {
            if (e.type !== "escape_sequence") continue;
            text += sliceText(c, pos, e.startIndex) + (ESCAPES2[e.text.slice(1)] ?? e.text.slice(1));
            pos = e.endIndex;
          }
          text += sliceText(c, pos, c.endIndex);
        }
      }
      return { text, line: node.startPosition.row + 1, inexact };
    }
    case "concatenated_string": {
      let text = "";
      let inexact = false;
      for (const s of node.namedChildren) {
        const p = pyString(s);
        if (!p) continue;
        text += p.text;
        inexact ||= p.inexact;
      }
      return { text, line: node.startPosition.row + 1, inexact };
    }
    case "parenthesized_expression":
      return pyString(node.namedChildren.find((c) => c.type !== "comment"));
    case "call": {
      const fn = node.childForFieldName("function");
      const last = fn ? lastName(fn) : "";
      if (fn?.type === "attribute" && last === "f" && fn.childForFieldName("object")?.text === "op") return pyString(firstPositional(node));
      if (["text", "dedent", "strip", "lstrip", "rstrip", "format_sql"].includes(last)) {
        if (fn?.type === "attribute" && ["strip", "lstrip", "rstrip"].includes(last)) return pyString(fn.childForFieldName("object"));
        return pyString(firstPositional(node));
      }
      return void 0;
    }
    default:
      return void 0;
  }
}
function sliceText(node, from, to) {
  return node.text.slice(from - node.startIndex, to - node.startIndex);
}
function lastName(node) {
  if (node.type === "attribute") return node.childForFieldName("attribute")?.text ?? "";
  if (node.type === "identifier") return node.text;
  return "";
}
function dotted(node) {
  if (!node) return "";
  if (node.type === "identifier") return node.text;
  if (node.type === "attribute") {
    const o = dotted(node.childForFieldName("object"));
    const a = node.childForFieldName("attribute")?.text ?? "";
    return o ? `${o}.${a}` : "";
  }
  return "";
}
function pyArgs(call) {
  const positional = [];
  const keywords = /* @__PURE__ */ new Map();
  const list2 = call.childForFieldName("arguments");
  for (const a of list2?.namedChildren ?? []) {
    if (a.type === "comment") continue;
    if (a.type === "keyword_argument") {
      const k = a.childForFieldName("name")?.text;
      const v = a.childForFieldName("value");
      if (k && v) keywords.set(k, v);
    } else positional.push(a);
  }
  return { positional, keywords };
}
var firstPositional = (call) => pyArgs(call).positional[0];
function arg(a, index, keyword) {
  return a.keywords.get(keyword) ?? a.positional[index];
}
function pyStr(node) {
  const s = pyString(node);
  return s && !s.inexact ? s.text : void 0;
}
function pyBool(node) {
  if (!node) return void 0;
  if (node.type === "true") return true;
  if (node.type === "false") return false;
  return void 0;
}
function pyNumber(node) {
  if (!node || node.type !== "integer" && node.type !== "float") return void 0;
  const n = Number(node.text.replace(/_/g, ""));
  return Number.isFinite(n) ? n : void 0;
}
function pyStrList(node) {
  if (!node) return [];
  if (node.type === "list" || node.type === "tuple" || node.type === "set") {
    return node.namedChildren.map((c) => pyStr(c)).filter((x) => x !== void 0);
  }
  const s = pyStr(node);
  return s === void 0 ? [] : [s];
}
function pyDefault(node) {
  switch (node.type) {
    case "integer":
    case "float":
      return node.text.replace(/_/g, "");
    case "true":
      return "true";
    case "false":
      return "false";
    case "none":
      return "NULL";
    default: {
      const s = pyStr(node);
      return `'${(s ?? node.text).replace(/'/g, "''")}'`;
    }
  }
}
function bodyStatements(fn) {
  const body = fn.childForFieldName("body");
  if (!body) return [];
  return body.namedChildren.filter((c) => {
    if (c.type === "comment") return false;
    if (c.type === "expression_statement" && c.namedChildren.length === 1 && c.namedChildren[0].type === "string") return false;
    return true;
  });
}
function isNoopBody(stmts) {
  if (!stmts.length) return { empty: true, raises: false };
  const trivial = (s) => s.type === "pass_statement" || s.type === "expression_statement" && s.namedChildren[0]?.type === "ellipsis";
  if (stmts.every(trivial)) return { empty: true, raises: false };
  if (stmts.every((s) => trivial(s) || s.type === "raise_statement")) return { empty: true, raises: true };
  return { empty: false, raises: false };
}

// src/core/frameworks/django.ts
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
function appLabel(path) {
  const parts = path.split("/");
  const i = parts.lastIndexOf("migrations");
  return (i > 0 ? parts[i - 1] : void 0) ?? "app";
}
var DjangoReader = class {
  constructor(app, transactional) {
    this.app = app;
    this.t = newTranslation(transactional);
  }
  app;
  t;
  tables = /* @__PURE__ */ new Map();
  table(model) {
    if (!model) return void 0;
    const key = model.toLowerCase();
    return this.tables.get(key) ?? `${this.app}_${key}`;
  }
  refTable(node) {
    const s = node ? pyStr(node) : void 0;
    if (!s) return dotted(node).endsWith("AUTH_USER_MODEL") || !node ? "auth_user" : "auth_user";
    if (s.includes(".")) {
      const [app, model] = s.split(".");
      return `${app.toLowerCase()}_${model.toLowerCase()}`;
    }
    return this.table(s);
  }
  field(name, node) {
    if (!node || node.type !== "call") return void 0;
    const fn = node.childForFieldName("function");
    const kind = fn ? lastName(fn) : "";
    const a = pyArgs(node);
    if (kind === "ManyToManyField") return { column: { name, type: "bigint" }, m2m: true };
    let type = FIELD_TYPES[kind] ?? "text";
    const maxLength = pyNumber(a.keywords.get("max_length"));
    if (kind === "CharField" && maxLength !== void 0) type = `character varying(${maxLength})`;
    const digits = pyNumber(a.keywords.get("max_digits"));
    const places = pyNumber(a.keywords.get("decimal_places"));
    if (kind === "DecimalField" && digits !== void 0) type = `numeric(${digits}, ${places ?? 0})`;
    const isFk = kind === "ForeignKey" || kind === "OneToOneField";
    const column = { name: pyStr(a.keywords.get("db_column")) ?? (isFk ? `${name}_id` : name), type };
    if (pyBool(a.keywords.get("primary_key"))) column.primaryKey = true;
    if (pyBool(a.keywords.get("null")) !== true && !column.primaryKey) column.notNull = true;
    const dflt = a.keywords.get("db_default") ?? a.keywords.get("default");
    if (dflt && dflt.type !== "none") column.default = pyDefault(dflt);
    if (pyBool(a.keywords.get("unique")) || kind === "OneToOneField") column.unique = true;
    const f = { column };
    if (isFk) {
      f.fk = this.refTable(arg(a, 0, "to"));
      if (pyBool(a.keywords.get("db_constraint")) === false) f.fk = void 0;
      f.index = pyBool(a.keywords.get("db_index")) !== false && kind !== "OneToOneField";
    } else if (pyBool(a.keywords.get("db_index"))) f.index = true;
    return f;
  }
  emit(line, text) {
    this.t.up.push({ sql: text, line, synthetic: true });
  }
  irreversible(line, what) {
    this.t.hits.push(hit("irreversible-operation", line, what));
  }
  operations(list2) {
    this.operationList(list2.namedChildren);
  }
  operationList(ops) {
    for (const op of ops) {
      if (op.type !== "call") continue;
      this.operation(op);
    }
  }
  operation(op) {
    const fn = op.childForFieldName("function");
    const name = fn ? lastName(fn) : "";
    const a = pyArgs(op);
    const line = lineOf(op);
    const model = pyStr(arg(a, 0, name === "CreateModel" || name === "DeleteModel" || name.startsWith("AlterModel") || name.endsWith("Together") ? "name" : "model_name"));
    const table = this.table(model);
    switch (name) {
      case "CreateModel": {
        if (!model) return;
        const opts = a.keywords.get("options") ?? a.positional[2];
        const dbTable = opts?.type === "dictionary" ? dictStr(opts, "db_table") : void 0;
        if (dbTable) this.tables.set(model.toLowerCase(), dbTable);
        const t = this.table(model);
        const cols = [];
        const after = [];
        const fields = arg(a, 1, "fields");
        for (const tup of fields?.namedChildren ?? []) {
          if (tup.type !== "tuple") continue;
          const [n, f] = tup.namedChildren;
          const fname = pyStr(n);
          if (!fname) continue;
          const fd = this.field(fname, f);
          if (!fd) continue;
          if (fd.m2m) {
            after.push(sql.createTable(`${t}_${fname}`, [{ name: "id", type: "bigserial", primaryKey: true }]));
            continue;
          }
          cols.push(fd.column);
          if (fd.fk) after.push(sql.addForeignKey(t, [fd.column.name], fd.fk, ["id"]));
          if (fd.index) after.push(sql.createIndex(t, [fd.column.name]));
        }
        this.emit(line, sql.createTable(t, cols.length ? cols : [{ name: "id", type: "bigserial", primaryKey: true }]));
        for (const s of after) this.emit(line, s);
        return;
      }
      case "DeleteModel":
        if (table) this.emit(line, sql.dropTable(table));
        return;
      case "RenameModel": {
        const to = pyStr(arg(a, 1, "new_name"));
        const from = pyStr(arg(a, 0, "old_name"));
        const old = this.table(from);
        if (old && to) {
          const next = `${this.app}_${to.toLowerCase()}`;
          this.emit(line, sql.renameTable(old, next));
        }
        return;
      }
      case "AlterModelTable": {
        const to = pyStr(arg(a, 1, "table"));
        if (table && to) {
          this.emit(line, sql.renameTable(table, to));
          this.tables.set(model.toLowerCase(), to);
        }
        return;
      }
      case "AddField": {
        const fname = pyStr(arg(a, 1, "name"));
        if (!table || !fname) return;
        const fd = this.field(fname, arg(a, 2, "field"));
        if (!fd) return;
        if (fd.m2m) {
          this.emit(line, sql.createTable(`${table}_${fname}`, [{ name: "id", type: "bigserial", primaryKey: true }]));
          return;
        }
        this.emit(line, sql.addColumn(table, fd.column));
        if (fd.index) this.emit(line, sql.createIndex(table, [fd.column.name]));
        if (fd.fk) this.emit(line, sql.addForeignKey(table, [fd.column.name], fd.fk, ["id"]));
        return;
      }
      case "RemoveField": {
        const fname = pyStr(arg(a, 1, "name"));
        if (table && fname) this.emit(line, sql.dropColumn(table, fname));
        return;
      }
      case "RenameField": {
        const from = pyStr(arg(a, 1, "old_name"));
        const to = pyStr(arg(a, 2, "new_name"));
        if (table && from && to) this.emit(line, sql.renameColumn(table, from, to));
        return;
      }
      case "AlterField": {
        const fname = pyStr(arg(a, 1, "name"));
        if (!table || !fname) return;
        const fd = this.field(fname, arg(a, 2, "field"));
        if (!fd || fd.m2m) return;
        this.emit(line, sql.changeType(table, fd.column.name, fd.column.type));
        return;
      }
      case "AddIndex":
      case "AddIndexConcurrently": {
        const idx = arg(a, 1, "index");
        if (!table || idx?.type !== "call") return;
        const ia = pyArgs(idx);
        const cols = pyStrList(ia.keywords.get("fields")).map((c) => c.replace(/^-/, ""));
        const exprCols = ia.positional.length ? ["(expression)"] : [];
        const iname = pyStr(ia.keywords.get("name"));
        const all = cols.length ? cols : exprCols.length ? ["id"] : [];
        if (!all.length) return;
        this.emit(line, sql.createIndex(table, all, { ...iname ? { name: iname } : {}, concurrently: name === "AddIndexConcurrently" }));
        return;
      }
      case "RemoveIndex":
      case "RemoveIndexConcurrently": {
        const iname = pyStr(arg(a, 1, "name"));
        if (iname) this.emit(line, sql.dropIndex(iname, { concurrently: name === "RemoveIndexConcurrently" }));
        return;
      }
      case "AddConstraint": {
        const c = arg(a, 1, "constraint");
        if (!table || c?.type !== "call") return;
        const cfn = c.childForFieldName("function");
        const kind = cfn ? lastName(cfn) : "";
        const ca = pyArgs(c);
        const cname = pyStr(ca.keywords.get("name"));
        if (kind === "UniqueConstraint") {
          const cols = pyStrList(ca.keywords.get("fields"));
          if (cols.length) this.emit(line, sql.addUnique(table, cols, cname));
        } else if (kind === "CheckConstraint") {
          this.emit(line, sql.addCheck(table, "true", cname));
        }
        return;
      }
      case "RemoveConstraint": {
        const cname = pyStr(arg(a, 1, "name"));
        if (table && cname) this.emit(line, sql.dropConstraint(table, cname));
        return;
      }
      case "AlterUniqueTogether": {
        const v = arg(a, 1, "unique_together");
        if (!table || !v) return;
        const groups = v.namedChildren.some((c) => c.type === "tuple" || c.type === "list") ? v.namedChildren : [v];
        for (const g of groups) {
          const cols = pyStrList(g);
          if (cols.length) this.emit(line, sql.addUnique(table, cols));
        }
        return;
      }
      case "RunSQL": {
        const fwd = arg(a, 0, "sql");
        this.runSql(fwd);
        const rev = arg(a, 1, "reverse_sql");
        if (!rev || rev.type === "none")
          this.irreversible(line, "`RunSQL` without `reverse_sql` cannot be reversed: add `reverse_sql` (or `migrations.RunSQL.noop` if nothing needs undoing).");
        return;
      }
      case "RunPython": {
        this.t.changesData = true;
        const rev = arg(a, 1, "reverse_code");
        if (!rev || rev.type === "none")
          this.irreversible(line, "`RunPython` without `reverse_code` cannot be reversed: add `reverse_code` (or `migrations.RunPython.noop`).");
        return;
      }
      case "SeparateDatabaseAndState": {
        const list2 = arg(a, 0, "database_operations");
        if (list2?.type === "list" || list2?.type === "tuple") this.operations(list2);
        return;
      }
      default:
        return;
    }
  }
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
  sqlString(node, params) {
    const s = pyString(node);
    if (!s) return;
    let text = s.text;
    if (params) text = text.split("%s").join("NULL").split("%%").join("%");
    this.t.up.push({ sql: text, line: s.line, ...s.inexact ? { inexact: true } : {} });
  }
};
function dictStr(dict, key) {
  for (const p of dict.namedChildren) {
    if (p.type !== "pair") continue;
    if (pyStr(p.childForFieldName("key") ?? void 0) === key) return pyStr(p.childForFieldName("value") ?? void 0);
  }
  return void 0;
}
function findMigrationClass2(root) {
  const classes = root.descendantsOfType("class_definition");
  return classes.find((c) => c.childForFieldName("name")?.text === "Migration") ?? classes[0];
}
async function djangoToPieces(source, path = "") {
  const tree = await parseCode("python", source);
  const root = tree.rootNode;
  const cls = findMigrationClass2(root);
  let transactional = true;
  let ops;
  for (const stmt of cls?.childForFieldName("body")?.namedChildren ?? []) {
    const asg = stmt.type === "expression_statement" ? stmt.namedChildren[0] : void 0;
    if (asg?.type !== "assignment") continue;
    const left = asg.childForFieldName("left")?.text;
    const right = asg.childForFieldName("right");
    if (left === "atomic" && right?.type === "false") transactional = false;
    if (left === "operations" && right && (right.type === "list" || right.type === "tuple")) ops = right;
  }
  const reader = new DjangoReader(appLabel(path), transactional);
  const t = reader.t;
  const err = firstErrorNode(root);
  if (err) t.hits.push(parseErrorHit(lineOf(err), "Python"));
  if (ops) reader.operations(ops);
  else if (err) {
    const calls = root.descendantsOfType("call").filter((c) => {
      const fn = c.childForFieldName("function");
      return fn?.type === "attribute" && fn.childForFieldName("object")?.text === "migrations";
    });
    reader.operationList(calls);
  }
  t.downStatus = t.hits.some((h) => h.rule === "irreversible-operation") ? "irreversible" : "present";
  tree.delete();
  return t;
}
var django = {
  id: "django",
  globs: ["**/migrations/[0-9]*.py"],
  comment: "#",
  detect: (_path, content) => content.includes("Migration") && !content.includes("def upgrade("),
  async analyse(input) {
    try {
      return await finishAnalysis("django", await djangoToPieces(input.content, input.path));
    } catch (e) {
      return { framework: "django", role: "up", down: "present", hits: [hit("parse-error", 1, `The Django migration could not be read: ${e.message}`)] };
    }
  }
};
var django_default = django;

// src/core/frameworks/alembic.ts
var SA_TYPES = {
  String: "character varying",
  Unicode: "character varying",
  VARCHAR: "character varying",
  Text: "text",
  UnicodeText: "text",
  TEXT: "text",
  Integer: "integer",
  INTEGER: "integer",
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
  CITEXT: "citext"
};
function saType(node) {
  if (!node) return "text";
  const callee = node.type === "call" ? node.childForFieldName("function") : node;
  const name = callee ? lastName(callee) : "";
  let t = SA_TYPES[name] ?? "text";
  if (node.type === "call") {
    const a = pyArgs(node);
    const len = pyNumber(arg(a, 0, "length"));
    if (t === "character varying" && len !== void 0) t = `character varying(${len})`;
    const prec = pyNumber(arg(a, 0, "precision"));
    const scale = pyNumber(arg(a, 1, "scale"));
    if (t === "numeric" && prec !== void 0) t = `numeric(${prec}${scale !== void 0 ? `, ${scale}` : ""})`;
    if (name === "DateTime" && pyBool(a.keywords.get("timezone"))) t = "timestamp with time zone";
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
      fk = target?.split(".")[0];
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
  return c;
}
var AlembicReader = class {
  t;
  batch = /* @__PURE__ */ new Map();
  autocommit = false;
  constructor() {
    this.t = newTranslation(true);
  }
  emit(line, text) {
    this.t.up.push({ sql: text, line, synthetic: true });
  }
  walk(node) {
    for (const c of node.namedChildren) {
      if (c.type === "comment" || c.type === "function_definition" || c.type === "class_definition") continue;
      if (c.type === "with_statement") {
        this.withStatement(c);
        continue;
      }
      if (c.type === "call") {
        this.call(c);
        continue;
      }
      this.walk(c);
    }
  }
  withStatement(w) {
    for (const item of w.descendantsOfType("with_item")) {
      const v = item.childForFieldName("value");
      const call = v?.type === "as_pattern" ? v.namedChildren[0] : v;
      if (call?.type !== "call") continue;
      const fn = call.childForFieldName("function");
      const name = fn ? lastName(fn) : "";
      if (name === "batch_alter_table") {
        const table = pyStr(arg(pyArgs(call), 0, "table_name"));
        const alias = v?.type === "as_pattern" ? v.childForFieldName("alias")?.text : void 0;
        if (table && alias) this.batch.set(alias, table);
      }
      if (name === "autocommit_block") this.autocommit = true;
    }
    const body = w.childForFieldName("body");
    if (body) this.walk(body);
  }
  call(call) {
    const fn = call.childForFieldName("function");
    if (fn?.type !== "attribute") {
      this.walk(call);
      return;
    }
    const objNode = fn.childForFieldName("object");
    const obj = objNode?.text ?? "";
    const name = lastName(fn);
    const a = pyArgs(call);
    const line = lineOf(call);
    const batchTable = this.batch.get(obj);
    const isOp = obj === "op" || batchTable !== void 0;
    if (name === "execute" || name === "exec_driver_sql") {
      const s = pyString(a.positional[0]);
      if (s) this.t.up.push({ sql: s.text, line: s.line, ...s.inexact ? { inexact: true } : {} });
      return;
    }
    if (!isOp) {
      this.walk(call);
      return;
    }
    const shift = batchTable !== void 0 ? -1 : 0;
    const tableAt = (i, kw) => batchTable ?? pyStr(arg(a, i, kw));
    const at = (i, kw) => arg(a, i + shift, kw);
    switch (name) {
      case "create_table": {
        const table = pyStr(arg(a, 0, "table_name"));
        if (!table) return;
        const cols = [];
        const after = [];
        for (const p of a.positional.slice(1)) {
          const c = columnFrom(p);
          if (c) {
            cols.push(c);
            if (c.fk) after.push(sql.addForeignKey(table, [c.name], c.fk, ["id"]));
            continue;
          }
          const callee = p.type === "call" ? p.childForFieldName("function") : null;
          if (callee && lastName(callee) === "ForeignKeyConstraint") {
            const fa = pyArgs(p);
            const local = pyStrList(fa.positional[0]);
            const remote = pyStrList(fa.positional[1]);
            const ref = remote[0]?.split(".")[0];
            if (local.length && ref) after.push(sql.addForeignKey(table, local, ref, remote.map((r) => r.split(".").pop() ?? "id")));
          }
        }
        this.emit(line, sql.createTable(table, cols.length ? cols : [{ name: "id", type: "serial", primaryKey: true }]));
        for (const s of after) this.emit(line, s);
        return;
      }
      case "drop_table": {
        const table = pyStr(arg(a, 0, "table_name"));
        if (table) this.emit(line, sql.dropTable(table));
        return;
      }
      case "rename_table": {
        const from = pyStr(arg(a, 0, "old_table_name"));
        const to = pyStr(arg(a, 1, "new_table_name"));
        if (from && to) this.emit(line, sql.renameTable(from, to));
        return;
      }
      case "add_column": {
        const table = tableAt(0, "table_name");
        const c = columnFrom(at(1, "column"));
        if (table && c) {
          this.emit(line, sql.addColumn(table, c));
          if (c.fk) this.emit(line, sql.addForeignKey(table, [c.name], c.fk, ["id"]));
        }
        return;
      }
      case "drop_column": {
        const table = tableAt(0, "table_name");
        const col = pyStr(at(1, "column_name"));
        if (table && col) this.emit(line, sql.dropColumn(table, col));
        return;
      }
      case "alter_column": {
        const table = tableAt(0, "table_name");
        const col = pyStr(at(1, "column_name"));
        if (!table || !col) return;
        const type = a.keywords.get("type_");
        if (type) this.emit(line, sql.changeType(table, col, saType(type)));
        const nullable = pyBool(a.keywords.get("nullable"));
        if (nullable === false) this.emit(line, sql.setNotNull(table, col));
        if (nullable === true) this.emit(line, sql.dropNotNull(table, col));
        const sd = a.keywords.get("server_default");
        if (sd) this.emit(line, sd.type === "none" || pyBool(sd) === false ? sql.dropDefault(table, col) : sql.setDefault(table, col, pyDefault(sd)));
        const rename = pyStr(a.keywords.get("new_column_name"));
        if (rename) this.emit(line, sql.renameColumn(table, col, rename));
        return;
      }
      case "create_index": {
        const iname = pyStr(arg(a, 0, "index_name"));
        const table = batchTable ?? pyStr(arg(a, 1, "table_name"));
        const cols = pyStrList(batchTable ? arg(a, 1, "columns") : arg(a, 2, "columns"));
        if (!table || !cols.length) return;
        this.emit(
          line,
          sql.createIndex(table, cols, {
            ...iname ? { name: iname } : {},
            unique: pyBool(a.keywords.get("unique")) === true,
            concurrently: pyBool(a.keywords.get("postgresql_concurrently")) === true
          })
        );
        return;
      }
      case "drop_index": {
        const iname = pyStr(arg(a, 0, "index_name"));
        if (iname) this.emit(line, sql.dropIndex(iname, { concurrently: pyBool(a.keywords.get("postgresql_concurrently")) === true }));
        return;
      }
      case "create_foreign_key": {
        const cname = pyStr(arg(a, 0, "constraint_name"));
        const src = batchTable ?? pyStr(arg(a, 1, "source_table"));
        const ref = pyStr(arg(a, 2 + shift, "referent_table"));
        const local = pyStrList(arg(a, 3 + shift, "local_cols"));
        const remote = pyStrList(arg(a, 4 + shift, "remote_cols"));
        if (src && ref && local.length) {
          const notValid = pyBool(a.keywords.get("postgresql_not_valid")) === true;
          this.emit(line, sql.addForeignKey(src, local, ref, remote.length ? remote : ["id"], { ...cname ? { name: cname } : {}, notValid }));
        }
        return;
      }
      case "create_unique_constraint": {
        const cname = pyStr(arg(a, 0, "constraint_name"));
        const table = batchTable ?? pyStr(arg(a, 1, "table_name"));
        const cols = pyStrList(arg(a, 2 + shift, "columns"));
        if (table && cols.length) this.emit(line, sql.addUnique(table, cols, cname));
        return;
      }
      case "create_check_constraint": {
        const cname = pyStr(arg(a, 0, "constraint_name"));
        const table = batchTable ?? pyStr(arg(a, 1, "table_name"));
        const cond = pyStr(arg(a, 2 + shift, "condition"));
        if (table) this.emit(line, sql.addCheck(table, cond ?? "true", cname, pyBool(a.keywords.get("postgresql_not_valid")) === true));
        return;
      }
      case "create_primary_key": {
        const cname = pyStr(arg(a, 0, "constraint_name"));
        const table = batchTable ?? pyStr(arg(a, 1, "table_name"));
        const cols = pyStrList(arg(a, 2 + shift, "columns"));
        if (table && cols.length) this.emit(line, sql.addPrimaryKey(table, cols, cname));
        return;
      }
      case "drop_constraint": {
        const cname = pyStr(arg(a, 0, "constraint_name"));
        const table = batchTable ?? pyStr(arg(a, 1, "table_name"));
        if (table && cname) this.emit(line, sql.dropConstraint(table, cname));
        return;
      }
      case "bulk_insert":
        this.t.changesData = true;
        return;
      default:
        return;
    }
  }
};
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
async function alembicToPieces(source) {
  const tree = await parseCode("python", source);
  const root = tree.rootNode;
  const reader = new AlembicReader();
  const t = reader.t;
  const err = firstErrorNode(root);
  if (err) t.hits.push(parseErrorHit(lineOf(err), "Python"));
  const fns = topFunctions(root);
  const up = fns.get("upgrade");
  const down = fns.get("downgrade");
  if (up?.childForFieldName("body")) reader.walk(up.childForFieldName("body"));
  else if (err) reader.walk(root);
  if (reader.autocommit) t.transactional = false;
  if (!down) {
    t.downStatus = "missing";
    t.hits.push(hit("missing-down-migration", up ? lineOf(up) : 1, "The revision has no `downgrade()`: it cannot be rolled back."));
  } else {
    const stmts = bodyStatements(down);
    const noop = isNoopBody(stmts);
    if (noop.empty) {
      t.downStatus = "empty";
      t.hits.push(
        hit(
          "empty-down-migration",
          lineOf(down),
          noop.raises ? "`downgrade()` raises instead of undoing the revision." : "`downgrade()` does nothing (`pass`): rolling back leaves the change in place."
        )
      );
    } else {
      const downReader = new AlembicReader();
      const body = down.childForFieldName("body");
      if (body) downReader.walk(body);
      const onlyExecute = stmts.every((s) => s.type === "expression_statement" && s.namedChildren[0]?.type === "call" && ["execute"].includes(lastName(s.namedChildren[0].childForFieldName("function"))));
      if (onlyExecute && downReader.t.up.length === stmts.length) {
        t.down = downReader.t.up;
        t.downOnlySql = true;
        t.downLine = lineOf(down);
      }
    }
  }
  tree.delete();
  return t;
}
var alembic = {
  id: "alembic",
  globs: ["**/versions/*.py"],
  comment: "#",
  detect: (_path, content) => content.includes("def upgrade"),
  async analyse(input) {
    try {
      return await finishAnalysis("alembic", await alembicToPieces(input.content));
    } catch (e) {
      return { framework: "alembic", role: "up", down: "missing", hits: [hit("parse-error", 1, `The Alembic revision could not be read: ${e.message}`)] };
    }
  }
};
var alembic_default = alembic;

// src/core/frameworks/dsl/js.ts
var PLACEHOLDER3 = "__interp__";
async function parseJs(path, source) {
  const ts = /\.(c|m)?tsx?$/.test(path);
  return parseCode(ts ? "typescript" : "javascript", source);
}
var ESCAPES3 = { n: "\n", t: "	", '"': '"', "'": "'", "\\": "\\", r: "\r", "`": "`", $: "$" };
function jsString(node) {
  if (!node) return void 0;
  switch (node.type) {
    case "string":
    case "template_string": {
      let text = "";
      let inexact = false;
      for (const c of node.namedChildren) {
        if (c.type === "string_fragment") text += c.text;
        else if (c.type === "escape_sequence") text += ESCAPES3[c.text.slice(1)] ?? c.text.slice(1);
        else if (c.type === "template_substitution") {
          text += PLACEHOLDER3;
          inexact = true;
        }
      }
      return { text, line: lineOf(node), inexact };
    }
    case "parenthesized_expression":
      return jsString(node.namedChildren[0]);
    case "binary_expression": {
      const l = jsString(node.childForFieldName("left"));
      const r = jsString(node.childForFieldName("right"));
      if (!l || !r) return void 0;
      return { text: l.text + r.text, line: l.line, inexact: l.inexact || r.inexact };
    }
    case "call_expression": {
      const args2 = node.childForFieldName("arguments");
      if (args2?.type === "template_string") return jsString(args2);
      const first = args2?.namedChildren[0];
      return first ? jsString(first) : void 0;
    }
    case "as_expression":
    case "satisfies_expression":
      return jsString(node.namedChildren[0]);
    default:
      return void 0;
  }
}
function jsStr(node) {
  const s = jsString(node);
  return s && !s.inexact ? s.text : void 0;
}
function jsStrList(node) {
  if (!node) return [];
  if (node.type === "array") return node.namedChildren.map((c) => jsStr(c)).filter((x) => x !== void 0);
  const s = jsStr(node);
  return s === void 0 ? [] : [s];
}
function jsBool(node) {
  if (node?.type === "true") return true;
  if (node?.type === "false") return false;
  return void 0;
}
function jsNumber(node) {
  if (node?.type !== "number") return void 0;
  const n = Number(node.text.replace(/_/g, ""));
  return Number.isFinite(n) ? n : void 0;
}
function jsDefault(node) {
  switch (node.type) {
    case "number":
      return node.text;
    case "true":
    case "false":
      return node.type;
    case "null":
      return "NULL";
    default: {
      const s = jsStr(node);
      return `'${(s ?? node.text).replace(/'/g, "''")}'`;
    }
  }
}
function objectEntries(node) {
  const out = /* @__PURE__ */ new Map();
  if (node?.type !== "object") return out;
  for (const p of node.namedChildren) {
    if (p.type === "pair") {
      const k = p.childForFieldName("key");
      const v = p.childForFieldName("value");
      const key = k ? k.type === "property_identifier" || k.type === "number" ? k.text : jsStr(k) : void 0;
      if (key !== void 0 && v) out.set(key, v);
    } else if (p.type === "shorthand_property_identifier") out.set(p.text, p);
    else if (p.type === "method_definition") {
      const n = p.childForFieldName("name")?.text;
      if (n) out.set(n, p);
    }
  }
  return out;
}
var isFunction = (n) => !!n && ["function_expression", "function", "arrow_function", "function_declaration", "method_definition", "generator_function"].includes(n.type);
function paramName(fn, index = 0) {
  const single = fn.childForFieldName("parameter");
  if (single && index === 0) return single.text;
  const params = fn.childForFieldName("parameters");
  const p = params?.namedChildren.filter((c) => c.type !== "comment")[index];
  if (!p) return void 0;
  const inner = p.type === "required_parameter" || p.type === "optional_parameter" ? p.childForFieldName("pattern") ?? p.namedChildren[0] : p;
  if (!inner) return void 0;
  if (inner.type === "identifier") return inner.text;
  if (inner.type === "object_pattern") {
    for (const prop of inner.namedChildren) {
      if (prop.type === "pair_pattern" && prop.childForFieldName("key")?.text === "context") return prop.childForFieldName("value")?.text;
    }
  }
  return void 0;
}
function findMigrationFunctions(root) {
  const found = /* @__PURE__ */ new Map();
  const fnDecls = /* @__PURE__ */ new Map();
  for (const d of root.descendantsOfType(["function_declaration", "variable_declarator"])) {
    const n = d.childForFieldName("name")?.text;
    if (!n) continue;
    const v = d.type === "function_declaration" ? d : d.childForFieldName("value");
    if (v && !fnDecls.has(n)) fnDecls.set(n, v);
  }
  const resolve = (n) => n.type === "identifier" || n.type === "shorthand_property_identifier" ? fnDecls.get(n.text) ?? n : n;
  const setIf = (name, n) => {
    if ((name === "up" || name === "down") && !found.has(name)) found.set(name, resolve(n));
  };
  const fromObject = (obj) => {
    for (const [k, v] of objectEntries(obj)) setIf(k, v);
  };
  for (const a of root.descendantsOfType("assignment_expression")) {
    const left = a.childForFieldName("left");
    const right = a.childForFieldName("right");
    if (!left || !right) continue;
    const lt = left.text.replace(/\s+/g, "");
    if (lt === "exports.up" || lt === "module.exports.up") setIf("up", right);
    else if (lt === "exports.down" || lt === "module.exports.down") setIf("down", right);
    else if (lt === "module.exports" && right.type === "object") fromObject(right);
  }
  for (const e of root.descendantsOfType("export_statement")) {
    for (const c of e.namedChildren) {
      if (c.type === "function_declaration") setIf(c.childForFieldName("name")?.text ?? "", c);
      else if (c.type === "lexical_declaration" || c.type === "variable_declaration") {
        for (const d of c.namedChildren) {
          const v = d.childForFieldName("value");
          if (v) setIf(d.childForFieldName("name")?.text ?? "", v);
        }
      } else if (c.type === "object") fromObject(c);
      else if (c.type === "export_clause") {
        for (const s of c.namedChildren) {
          const n = s.childForFieldName("alias")?.text ?? s.childForFieldName("name")?.text;
          const orig = s.childForFieldName("name");
          if (n && orig) setIf(n, orig);
        }
      }
    }
  }
  for (const cls of root.descendantsOfType(["class_declaration", "class"])) {
    const body = cls.childForFieldName("body");
    for (const m of body?.namedChildren ?? []) {
      if (m.type === "method_definition") setIf(m.childForFieldName("name")?.text ?? "", m);
    }
  }
  return found;
}
function callArgs(call) {
  const a = call.childForFieldName("arguments");
  if (!a) return [];
  if (a.type === "template_string") return [a];
  return a.namedChildren.filter((c) => c.type !== "comment");
}
function chainFrom(head) {
  const links = [];
  let call = head;
  while (call?.type === "call_expression") {
    const fn = call.childForFieldName("function");
    const name = fn?.type === "member_expression" ? fn.childForFieldName("property")?.text ?? "" : fn?.text ?? "";
    links.push({ name, args: callArgs(call), call });
    const member = call.parent;
    if (member?.type !== "member_expression" || member.childForFieldName("object")?.id !== call.id) break;
    const next = member.parent;
    if (next?.type !== "call_expression" || next.childForFieldName("function")?.id !== member.id) break;
    call = next;
  }
  return links;
}
function rootName(node) {
  let n = node;
  while (n) {
    if (n.type === "identifier" || n.type === "this") return n.text;
    if (n.type === "member_expression") n = n.childForFieldName("object");
    else if (n.type === "call_expression") n = n.childForFieldName("function");
    else if (n.type === "await_expression" || n.type === "parenthesized_expression" || n.type === "non_null_expression") n = n.namedChildren[0] ?? null;
    else return "";
  }
  return "";
}
function methodName(call) {
  const fn = call.childForFieldName("function");
  if (fn?.type === "member_expression") return fn.childForFieldName("property")?.text ?? "";
  return fn?.text ?? "";
}
var calleeObject = (call) => {
  const fn = call.childForFieldName("function");
  return fn?.type === "member_expression" ? fn.childForFieldName("object") : null;
};
function callsInOrder(body) {
  const calls = body.descendantsOfType("call_expression");
  const key = (c) => {
    const fn = c.childForFieldName("function");
    return (fn?.type === "member_expression" ? fn.childForFieldName("property") : fn)?.startIndex ?? c.startIndex;
  };
  return calls.sort((a, b) => key(a) - key(b));
}
function unwrapStatement(s) {
  let n = s;
  while (n) {
    if (n.type === "expression_statement" || n.type === "return_statement" || n.type === "await_expression" || n.type === "parenthesized_expression")
      n = n.namedChildren.find((c) => c.type !== "comment");
    else return n;
  }
  return void 0;
}
function downShape(fn, rawMethods) {
  if (fn.type === "false" || fn.type === "null" || fn.type === "undefined") return { kind: "empty", raises: false };
  if (!isFunction(fn)) return { kind: "present" };
  const body = fn.childForFieldName("body");
  if (!body) return { kind: "empty", raises: false };
  const stmts = body.type === "statement_block" ? body.namedChildren.filter((c) => c.type !== "comment" && c.type !== "empty_statement") : [body];
  const trivial = (s) => {
    const u = unwrapStatement(s);
    if (!u) return true;
    if (u.type === "call_expression") {
      const t = u.childForFieldName("function")?.text.replace(/\s+/g, "");
      return t === "Promise.resolve";
    }
    return u.type === "undefined" || u.type === "null";
  };
  if (stmts.every(trivial)) return { kind: "empty", raises: false };
  if (stmts.every((s) => trivial(s) || s.type === "throw_statement")) return { kind: "empty", raises: true };
  const pieces = [];
  for (const s of stmts) {
    const u = unwrapStatement(s);
    if (u?.type !== "call_expression" || !rawMethods.has(methodName(u))) return { kind: "present" };
    const str = jsString(callArgs(u)[0]);
    if (!str) return { kind: "present" };
    pieces.push({ sql: str.text, line: str.line });
  }
  return { kind: "sql", pieces };
}
function judgeDown(t, fns, rawMethods, label) {
  const up = fns.get("up");
  const down = fns.get("down");
  if (!down) {
    t.downStatus = "missing";
    t.hits.push(hit("missing-down-migration", up ? lineOf(up) : 1, `The migration exports no \`down\`: ${label} cannot roll it back.`));
    return;
  }
  const shape = downShape(down, rawMethods);
  if (shape.kind === "empty") {
    t.downStatus = "empty";
    t.hits.push(
      hit(
        "empty-down-migration",
        lineOf(down),
        down.type === "false" ? "The migration declares `down = false`: it cannot be rolled back." : shape.raises ? "The `down` function throws instead of undoing the migration." : "The `down` function does nothing: rolling back leaves the change in place."
      )
    );
  } else if (shape.kind === "sql" && shape.pieces.length) {
    t.down = shape.pieces;
    t.downOnlySql = true;
    t.downLine = lineOf(down);
  }
}
function addParseError(t, root, lang) {
  const err = firstErrorNode(root);
  if (err) t.hits.push(parseErrorHit(lineOf(err), lang));
}
function fnBody(fn) {
  if (!fn || !isFunction(fn)) return void 0;
  return fn.childForFieldName("body") ?? void 0;
}

// src/core/frameworks/dsl/js-attrs.ts
var SEQUELIZE_TYPES = {
  STRING: "character varying(255)",
  CHAR: "character(255)",
  TEXT: "text",
  CITEXT: "citext",
  INTEGER: "integer",
  BIGINT: "bigint",
  SMALLINT: "smallint",
  TINYINT: "smallint",
  FLOAT: "real",
  REAL: "real",
  DOUBLE: "double precision",
  DECIMAL: "numeric",
  BOOLEAN: "boolean",
  DATE: "timestamp with time zone",
  DATEONLY: "date",
  TIME: "time",
  UUID: "uuid",
  JSON: "json",
  JSONB: "jsonb",
  BLOB: "bytea",
  ENUM: "text",
  ARRAY: "text[]",
  INET: "inet"
};
function sequelizeType(node) {
  if (!node) return "text";
  let name = "";
  let args2 = [];
  if (node.type === "call_expression") {
    name = methodName(node);
    args2 = callArgs(node);
  } else if (node.type === "member_expression") name = node.childForFieldName("property")?.text ?? "";
  else name = jsStr(node)?.toUpperCase() ?? "";
  let t = SEQUELIZE_TYPES[name] ?? "text";
  const n = jsNumber(args2[0]);
  if (name === "STRING" && n !== void 0) t = `character varying(${n})`;
  if (name === "DECIMAL" && n !== void 0) t = `numeric(${n}${jsNumber(args2[1]) !== void 0 ? `, ${jsNumber(args2[1])}` : ""})`;
  return t;
}
function sequelizeColumn(name, node) {
  const e = objectEntries(node);
  if (node?.type !== "object") return { name, type: sequelizeType(node) };
  const c = { name, type: sequelizeType(e.get("type")) };
  if (jsBool(e.get("primaryKey"))) c.primaryKey = true;
  if (jsBool(e.get("allowNull")) === false) c.notNull = true;
  const d = e.get("defaultValue");
  if (d && d.type !== "null") c.default = jsDefault(d);
  if (jsBool(e.get("unique"))) c.unique = true;
  if (jsBool(e.get("autoIncrement")) && c.type === "integer") c.type = "serial";
  const ref = objectEntries(e.get("references"));
  const model = ref.get("model");
  const refTable = model ? jsStr(model) ?? jsStr(objectEntries(model).get("tableName")) : void 0;
  if (refTable) c.fk = refTable;
  return c;
}
function typeormColumn(node) {
  const obj = node?.type === "new_expression" ? callArgs(node)[0] : node;
  const e = objectEntries(obj);
  const name = jsStr(e.get("name"));
  if (!name) return void 0;
  let type = jsStr(e.get("type")) ?? "text";
  const len = jsStr(e.get("length")) ?? (jsNumber(e.get("length")) !== void 0 ? String(jsNumber(e.get("length"))) : void 0);
  if (len && /char/i.test(type)) type = `${type}(${len})`;
  const c = { name, type };
  if (jsBool(e.get("isPrimary"))) c.primaryKey = true;
  if (jsBool(e.get("isNullable")) !== true) c.notNull = true;
  const d = e.get("default");
  if (d && d.type !== "null" && d.type !== "undefined") c.default = jsStr(d) ?? jsDefault(d);
  if (jsBool(e.get("isUnique"))) c.unique = true;
  if (jsBool(e.get("isGenerated")) && /int/.test(type)) c.type = "serial";
  return c;
}
function pgmColumn(name, node) {
  const asType = jsStr(node);
  if (asType !== void 0) return asType === "id" ? { name, type: "serial", primaryKey: true } : { name, type: asType };
  const e = objectEntries(node);
  const type = jsStr(e.get("type")) ?? "text";
  const c = { name, type: type === "id" ? "serial" : type };
  if (type === "id" || jsBool(e.get("primaryKey"))) c.primaryKey = true;
  if (jsBool(e.get("notNull"))) c.notNull = true;
  const d = e.get("default");
  if (d && d.type !== "null" && d.type !== "undefined") c.default = pgmDefault(d);
  if (jsBool(e.get("unique"))) c.unique = true;
  const ref = e.get("references");
  const refTable = jsStr(ref) ?? jsStr(objectEntries(ref).get("name"));
  if (refTable) c.fk = refTable.split("(")[0].trim().replace(/"/g, "");
  return c;
}
function pgmDefault(node) {
  if (node.type === "call_expression" && methodName(node) === "func") return jsStr(callArgs(node)[0]) ?? "'?'";
  return jsDefault(node);
}

// src/core/frameworks/typeorm.ts
var RAW = /* @__PURE__ */ new Set(["query"]);
var optionsOf = (n) => objectEntries(n?.type === "new_expression" ? callArgs(n)[0] : n);
var tableName = (n) => jsStr(n) ?? jsStr(optionsOf(n).get("name"));
var TypeormReader = class {
  t = newTranslation(true);
  emit(line, text) {
    this.t.up.push({ sql: text, line, synthetic: true });
  }
  read(body, qr) {
    for (const call of callsInOrder(body)) {
      const obj = calleeObject(call);
      if (obj?.text !== qr && obj?.text !== `this.${qr}`) continue;
      const name = methodName(call);
      const a = callArgs(call);
      const line = lineOf(call);
      if (name === "query") {
        const s = jsString(a[0]);
        if (s) this.t.up.push({ sql: s.text, line: s.line, ...s.inexact ? { inexact: true } : {} });
        continue;
      }
      const table = tableName(a[0]);
      switch (name) {
        case "createTable": {
          const o = optionsOf(a[0]);
          const tn = jsStr(o.get("name"));
          if (!tn) break;
          const cols = (o.get("columns")?.namedChildren ?? []).map((c) => typeormColumn(c)).filter((c) => !!c);
          this.emit(line, sql.createTable(tn, cols.length ? cols : [{ name: "id", type: "serial", primaryKey: true }]));
          break;
        }
        case "dropTable":
          if (table) this.emit(line, sql.dropTable(table, jsBool(a[1]) === true));
          break;
        case "renameTable": {
          const to = jsStr(a[1]);
          if (table && to) this.emit(line, sql.renameTable(table, to));
          break;
        }
        case "addColumn":
        case "addColumns": {
          const list2 = name === "addColumns" && a[1]?.type === "array" ? a[1].namedChildren : [a[1]];
          for (const n of list2) {
            const c = typeormColumn(n);
            if (table && c) this.emit(line, sql.addColumn(table, c));
          }
          break;
        }
        case "dropColumn":
        case "dropColumns": {
          const list2 = name === "dropColumns" && a[1]?.type === "array" ? a[1].namedChildren : [a[1]];
          for (const n of list2) {
            const col = jsStr(n) ?? typeormColumn(n)?.name;
            if (table && col) this.emit(line, sql.dropColumn(table, col));
          }
          break;
        }
        case "renameColumn": {
          const from = jsStr(a[1]) ?? typeormColumn(a[1])?.name;
          const to = jsStr(a[2]) ?? typeormColumn(a[2])?.name;
          if (table && from && to) this.emit(line, sql.renameColumn(table, from, to));
          break;
        }
        case "changeColumn": {
          const from = jsStr(a[1]) ?? typeormColumn(a[1])?.name;
          const next = typeormColumn(a[2]);
          if (!table || !from || !next) break;
          if (next.name !== from) this.emit(line, sql.renameColumn(table, from, next.name));
          this.emit(line, sql.changeType(table, next.name, next.type));
          if (next.notNull) this.emit(line, sql.setNotNull(table, next.name));
          break;
        }
        case "createIndex": {
          const o = optionsOf(a[1]);
          const cols = jsStrList(o.get("columnNames"));
          const iname = jsStr(o.get("name"));
          if (table && cols.length) this.emit(line, sql.createIndex(table, cols, { ...iname ? { name: iname } : {}, unique: jsBool(o.get("isUnique")) === true }));
          break;
        }
        case "dropIndex": {
          const iname = jsStr(a[1]) ?? jsStr(optionsOf(a[1]).get("name"));
          if (iname) this.emit(line, sql.dropIndex(iname));
          break;
        }
        case "createForeignKey": {
          const o = optionsOf(a[1]);
          const cols = jsStrList(o.get("columnNames"));
          const rt = jsStr(o.get("referencedTableName"));
          const rc = jsStrList(o.get("referencedColumnNames"));
          const cname = jsStr(o.get("name"));
          if (table && cols.length && rt) this.emit(line, sql.addForeignKey(table, cols, rt, rc.length ? rc : ["id"], cname ? { name: cname } : {}));
          break;
        }
        case "createUniqueConstraint": {
          const o = optionsOf(a[1]);
          const cols = jsStrList(o.get("columnNames"));
          if (table && cols.length) this.emit(line, sql.addUnique(table, cols, jsStr(o.get("name"))));
          break;
        }
        case "createCheckConstraint": {
          const o = optionsOf(a[1]);
          if (table) this.emit(line, sql.addCheck(table, jsStr(o.get("expression")) ?? "true", jsStr(o.get("name"))));
          break;
        }
        case "createPrimaryKey": {
          const cols = jsStrList(a[1]);
          if (table && cols.length) this.emit(line, sql.addPrimaryKey(table, cols));
          break;
        }
        case "dropForeignKey":
        case "dropUniqueConstraint":
        case "dropCheckConstraint": {
          const cname = jsStr(a[1]) ?? jsStr(optionsOf(a[1]).get("name"));
          if (table && cname) this.emit(line, sql.dropConstraint(table, cname));
          break;
        }
        default:
          break;
      }
    }
  }
};
function transactionDisabled(root) {
  for (const f of root.descendantsOfType(["public_field_definition", "field_definition"])) {
    const name = f.childForFieldName("name") ?? f.childForFieldName("property");
    const value2 = f.childForFieldName("value");
    if (name?.text === "transaction" && value2?.type === "false") return true;
  }
  return false;
}
async function typeormToPieces(source, path = "migration.ts") {
  const tree = await parseJs(path, source);
  const root = tree.rootNode;
  const reader = new TypeormReader();
  const t = reader.t;
  addParseError(t, root, "TypeScript");
  const fns = findMigrationFunctions(root);
  const up = fns.get("up");
  const body = fnBody(up);
  if (body) reader.read(body, (up && paramName(up)) ?? "queryRunner");
  if (transactionDisabled(root)) t.transactional = false;
  judgeDown(t, fns, RAW, "TypeORM");
  tree.delete();
  return t;
}
var typeorm = {
  id: "typeorm",
  globs: ["**/migrations/*.{js,ts,cjs,mjs}", "**/migration/*.{js,ts}"],
  comment: "//",
  detect: (_path, content) => content.includes("MigrationInterface") || content.includes("queryRunner"),
  async analyse(input) {
    try {
      return await finishAnalysis("typeorm", await typeormToPieces(input.content, input.path));
    } catch (e) {
      return { framework: "typeorm", role: "up", down: "missing", hits: [hit("parse-error", 1, `The TypeORM migration could not be read: ${e.message}`)] };
    }
  }
};
var typeorm_default = typeorm;

// src/core/frameworks/sequelize.ts
var RAW2 = /* @__PURE__ */ new Set(["query"]);
var DATA = /* @__PURE__ */ new Set(["bulkInsert", "bulkUpdate", "bulkDelete", "upsert", "insert", "update", "delete"]);
var SequelizeReader = class {
  t = newTranslation(false);
  emit(line, text) {
    this.t.up.push({ sql: text, line, synthetic: true });
  }
  read(body, qi) {
    for (const call of callsInOrder(body)) {
      const name = methodName(call);
      const obj = calleeObject(call);
      const a = callArgs(call);
      const line = lineOf(call);
      if (name === "query" && obj?.text.endsWith("sequelize")) {
        const s = jsString(a[0]);
        if (s) this.t.up.push({ sql: s.text, line: s.line, ...s.inexact ? { inexact: true } : {} });
        continue;
      }
      if (rootName(obj) !== qi || obj?.type !== "identifier") continue;
      const table = jsStr(a[0]) ?? jsStr(objectEntries(a[0]).get("tableName"));
      if (DATA.has(name)) {
        this.t.changesData = true;
        if (name === "bulkDelete" && table && (!a[1] || a[1].type === "null" || a[1].type === "object" && a[1].namedChildren.length === 0))
          this.emit(line, `DELETE FROM ${table};`);
        continue;
      }
      if (!table) continue;
      switch (name) {
        case "createTable": {
          const cols = [...objectEntries(a[1])].map(([k, v]) => sequelizeColumn(k, v));
          for (const statement of createTableWithForeignKeys(table, cols)) this.emit(line, statement);
          break;
        }
        case "dropTable":
          this.emit(line, sql.dropTable(table));
          break;
        case "renameTable": {
          const to = jsStr(a[1]);
          if (to) this.emit(line, sql.renameTable(table, to));
          break;
        }
        case "addColumn": {
          const col = jsStr(a[1]);
          if (!col) break;
          const c = sequelizeColumn(col, a[2]);
          this.emit(line, sql.addColumn(table, c));
          if (c.fk) this.emit(line, sql.addForeignKey(table, [col], c.fk, ["id"]));
          break;
        }
        case "removeColumn": {
          const col = jsStr(a[1]);
          if (col) this.emit(line, sql.dropColumn(table, col));
          break;
        }
        case "renameColumn": {
          const from = jsStr(a[1]);
          const to = jsStr(a[2]);
          if (from && to) this.emit(line, sql.renameColumn(table, from, to));
          break;
        }
        case "changeColumn": {
          const col = jsStr(a[1]);
          if (!col) break;
          const c = sequelizeColumn(col, a[2]);
          this.emit(line, sql.changeType(table, col, c.type));
          const allow = jsBool(objectEntries(a[2]).get("allowNull"));
          if (allow === false) this.emit(line, sql.setNotNull(table, col));
          if (allow === true) this.emit(line, sql.dropNotNull(table, col));
          break;
        }
        case "addIndex": {
          const opts = a[1]?.type === "object" ? objectEntries(a[1]) : objectEntries(a[2]);
          const cols = a[1]?.type === "object" ? fieldNames(opts.get("fields")) : fieldNames(a[1]);
          if (!cols.length) break;
          const iname = jsStr(opts.get("name"));
          this.emit(
            line,
            sql.createIndex(table, cols, {
              ...iname ? { name: iname } : {},
              unique: jsBool(opts.get("unique")) === true,
              concurrently: jsBool(opts.get("concurrently")) === true
            })
          );
          break;
        }
        case "removeIndex": {
          const iname = jsStr(a[1]) ?? `${table}_${jsStrList(a[1]).join("_")}`;
          this.emit(line, sql.dropIndex(iname, { concurrently: jsBool(objectEntries(a[2]).get("concurrently")) === true }));
          break;
        }
        case "addConstraint": {
          const o = objectEntries(a[1]?.type === "object" ? a[1] : a[2]);
          const fields = fieldNames(o.get("fields") ?? a[1]);
          const type = (jsStr(o.get("type")) ?? "").toLowerCase();
          const cname = jsStr(o.get("name"));
          if (type === "foreign key") {
            const ref = objectEntries(o.get("references"));
            const rt = jsStr(ref.get("table")) ?? jsStr(objectEntries(ref.get("table")).get("tableName"));
            if (rt && fields.length) this.emit(line, sql.addForeignKey(table, fields, rt, [jsStr(ref.get("field")) ?? "id"], cname ? { name: cname } : {}));
          } else if (type === "unique") {
            if (fields.length) this.emit(line, sql.addUnique(table, fields, cname));
          } else if (type === "check") this.emit(line, sql.addCheck(table, "true", cname));
          else if (type === "primary key") {
            if (fields.length) this.emit(line, sql.addPrimaryKey(table, fields, cname));
          }
          break;
        }
        case "removeConstraint": {
          const cname = jsStr(a[1]);
          if (cname) this.emit(line, sql.dropConstraint(table, cname));
          break;
        }
        default:
          break;
      }
    }
  }
};
function fieldNames(node) {
  if (node?.type !== "array") return jsStrList(node);
  return node.namedChildren.map((c) => jsStr(c) ?? jsStr(objectEntries(c).get("name")) ?? jsStr(objectEntries(c).get("attribute"))).filter((x) => x !== void 0);
}
async function sequelizeToPieces(source, path = "migration.js") {
  const tree = await parseJs(path, source);
  const root = tree.rootNode;
  const reader = new SequelizeReader();
  const t = reader.t;
  addParseError(t, root, "JavaScript");
  const fns = findMigrationFunctions(root);
  const up = fns.get("up");
  const body = fnBody(up);
  if (body) reader.read(body, (up && paramName(up)) ?? "queryInterface");
  judgeDown(t, fns, RAW2, "Sequelize");
  tree.delete();
  return t;
}
var sequelize = {
  id: "sequelize",
  globs: ["**/migrations/*.{js,ts,cjs,mjs}"],
  comment: "//",
  detect: (_path, content) => content.includes("queryInterface") || content.includes("QueryInterface"),
  async analyse(input) {
    try {
      return await finishAnalysis("sequelize", await sequelizeToPieces(input.content, input.path));
    } catch (e) {
      return { framework: "sequelize", role: "up", down: "missing", hits: [hit("parse-error", 1, `The Sequelize migration could not be read: ${e.message}`)] };
    }
  }
};
var sequelize_default = sequelize;

// src/core/frameworks/node-pg-migrate.ts
var RAW3 = /* @__PURE__ */ new Set(["sql"]);
var NOT_AUTO_REVERSIBLE = /* @__PURE__ */ new Set([
  "sql",
  "dropTable",
  "dropColumns",
  "dropColumn",
  "alterColumn",
  "dropIndex",
  "dropConstraint",
  "dropType",
  "dropExtension",
  "dropFunction",
  "dropSchema",
  "dropView",
  "alterTable",
  "db"
]);
var tableName2 = (n) => {
  const s = jsStr(n);
  if (s !== void 0) return s;
  const e = objectEntries(n);
  const name = jsStr(e.get("name"));
  const schema = jsStr(e.get("schema"));
  return name ? schema ? `${schema}.${name}` : name : void 0;
};
var PgmReader = class {
  t = newTranslation(true);
  irreversible = [];
  emit(line, text) {
    this.t.up.push({ sql: text, line, synthetic: true });
  }
  read(body, pgm) {
    for (const call of callsInOrder(body)) {
      const obj = calleeObject(call);
      if (obj?.text !== pgm && obj?.text !== `${pgm}.db`) continue;
      const name = methodName(call);
      const a = callArgs(call);
      const line = lineOf(call);
      if (NOT_AUTO_REVERSIBLE.has(name) || obj.text !== pgm) this.irreversible.push({ name, line });
      if (name === "sql" || name === "query") {
        const s = jsString(a[0]);
        if (s) this.t.up.push({ sql: s.text, line: s.line, ...s.inexact ? { inexact: true } : {} });
        continue;
      }
      if (name === "noTransaction") {
        this.t.transactional = false;
        continue;
      }
      const table = tableName2(a[0]);
      if (!table) continue;
      switch (name) {
        case "createTable": {
          const cols = [...objectEntries(a[1])].map(([k, v]) => pgmColumn(k, v));
          for (const statement of createTableWithForeignKeys(table, cols)) this.emit(line, statement);
          break;
        }
        case "dropTable":
          this.emit(line, sql.dropTable(table, jsBool(objectEntries(a[1]).get("ifExists")) === true));
          break;
        case "renameTable": {
          const to = tableName2(a[1]);
          if (to) this.emit(line, sql.renameTable(table, to));
          break;
        }
        case "addColumns":
        case "addColumn":
          for (const [k, v] of objectEntries(a[1])) {
            const c = pgmColumn(k, v);
            this.emit(line, sql.addColumn(table, c));
            if (c.fk) this.emit(line, sql.addForeignKey(table, [k], c.fk, ["id"]));
          }
          break;
        case "dropColumns":
        case "dropColumn": {
          const cols = a[1]?.type === "object" ? [...objectEntries(a[1]).keys()] : jsStrList(a[1]);
          for (const c of cols) this.emit(line, sql.dropColumn(table, c));
          break;
        }
        case "renameColumn": {
          const from = jsStr(a[1]);
          const to = jsStr(a[2]);
          if (from && to) this.emit(line, sql.renameColumn(table, from, to));
          break;
        }
        case "alterColumn": {
          const col = jsStr(a[1]);
          if (!col) break;
          const o = objectEntries(a[2]);
          const type = jsStr(o.get("type"));
          if (type) this.emit(line, sql.changeType(table, col, type));
          if (jsBool(o.get("notNull")) === true || jsBool(o.get("allowNull")) === false) this.emit(line, sql.setNotNull(table, col));
          if (jsBool(o.get("notNull")) === false || jsBool(o.get("allowNull")) === true) this.emit(line, sql.dropNotNull(table, col));
          const d = o.get("default");
          if (d) this.emit(line, d.type === "null" ? sql.dropDefault(table, col) : sql.setDefault(table, col, pgmDefault(d)));
          break;
        }
        case "createIndex":
        case "addIndex": {
          const cols = a[1]?.type === "array" ? a[1].namedChildren.map((c) => jsStr(c) ?? jsStr(objectEntries(c).get("name"))).filter((x) => !!x) : jsStrList(a[1]);
          const o = objectEntries(a[2]);
          const iname = jsStr(o.get("name"));
          if (cols.length)
            this.emit(line, sql.createIndex(table, cols, { ...iname ? { name: iname } : {}, unique: jsBool(o.get("unique")) === true, concurrently: jsBool(o.get("concurrently")) === true }));
          break;
        }
        case "dropIndex": {
          const o = objectEntries(a[2]);
          const iname = jsStr(o.get("name")) ?? `${table}_${jsStrList(a[1]).join("_")}_index`;
          this.emit(line, sql.dropIndex(iname, { concurrently: jsBool(o.get("concurrently")) === true }));
          break;
        }
        case "addConstraint":
        case "createConstraint": {
          const cname = jsStr(a[1]) ?? void 0;
          const spec = a[2];
          const raw = jsStr(spec);
          if (raw !== void 0) {
            this.emit(line, `ALTER TABLE ${table} ADD ${cname ? `CONSTRAINT ${cname} ` : ""}${raw};`);
            break;
          }
          const o = objectEntries(spec);
          const fk = objectEntries(o.get("foreignKeys"));
          if (o.has("foreignKeys")) {
            const cols = jsStrList(fk.get("columns"));
            const ref = jsStr(fk.get("references"));
            if (cols.length && ref) this.emit(line, sql.addForeignKey(table, cols, ref.split("(")[0].trim(), ["id"], cname ? { name: cname } : {}));
          }
          if (o.has("unique")) {
            const cols = jsStrList(o.get("unique"));
            if (cols.length) this.emit(line, sql.addUnique(table, cols, cname));
          }
          const check = jsStr(o.get("check"));
          if (check) this.emit(line, sql.addCheck(table, check, cname));
          if (o.has("primaryKey")) {
            const cols = jsStrList(o.get("primaryKey"));
            if (cols.length) this.emit(line, sql.addPrimaryKey(table, cols, cname));
          }
          break;
        }
        case "dropConstraint": {
          const cname = jsStr(a[1]);
          if (cname) this.emit(line, sql.dropConstraint(table, cname));
          break;
        }
        default:
          break;
      }
    }
  }
};
async function nodePgMigrateToPieces(source, path = "migration.js") {
  const tree = await parseJs(path, source);
  const root = tree.rootNode;
  const reader = new PgmReader();
  const t = reader.t;
  addParseError(t, root, "JavaScript");
  const fns = findMigrationFunctions(root);
  if (fns.get("down")?.type === "undefined") fns.delete("down");
  const up = fns.get("up");
  const body = fnBody(up);
  if (body) reader.read(body, (up && paramName(up)) ?? "pgm");
  if (!fns.has("down") && up && reader.irreversible.length === 0) {
    t.downStatus = "present";
  } else if (!fns.has("down")) {
    const first = reader.irreversible[0];
    t.downStatus = "missing";
    t.hits.push(
      hit("missing-down-migration", up ? lineOf(up) : 1, `The migration exports no \`down\` and node-pg-migrate cannot infer one: \`pgm.${first.name}\` (line ${first.line}) is not automatically reversible.`)
    );
  } else judgeDown(t, fns, RAW3, "node-pg-migrate");
  tree.delete();
  return t;
}
var nodePgMigrate = {
  id: "node-pg-migrate",
  globs: ["**/migrations/*.{js,ts,cjs,mjs}"],
  comment: "//",
  detect: (_path, content) => content.includes("pgm") || content.includes("MigrationBuilder"),
  async analyse(input) {
    try {
      return await finishAnalysis("node-pg-migrate", await nodePgMigrateToPieces(input.content, input.path));
    } catch (e) {
      return { framework: "node-pg-migrate", role: "up", down: "missing", hits: [hit("parse-error", 1, `The node-pg-migrate migration could not be read: ${e.message}`)] };
    }
  }
};
var node_pg_migrate_default = nodePgMigrate;

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
var RAW4 = /* @__PURE__ */ new Set(["raw"]);
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
      const args2 = callArgs(call);
      if (name === "raw" && rootName(obj) !== "") {
        const s = jsString(args2[0]);
        if (s) this.t.up.push({ sql: s.text, line: s.line, ...s.inexact ? { inexact: true } : {} });
        continue;
      }
      const isSchema = obj?.type === "member_expression" ? obj.childForFieldName("property")?.text === "schema" || obj.text.endsWith(".schema") : false;
      if (isSchema || obj?.type === "call_expression" && this.isSchemaChain(obj)) {
        this.schemaCall(name, args2, line);
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
  schemaCall(name, args2, line) {
    const table = jsStr(args2[0]);
    switch (name) {
      case "createTable":
      case "createTableIfNotExists": {
        if (!table) return;
        const cb = args2.find(isFunction);
        const cols = [];
        const after = [];
        if (cb) this.builder(cb, table, { cols, after });
        this.emit(line, sql.createTable(table, cols.length ? cols : [{ name: "id", type: "serial", primaryKey: true }]));
        for (const s of after) this.emit(line, s);
        return;
      }
      case "alterTable":
      case "table": {
        const cb = args2.find(isFunction);
        if (table && cb) this.builder(cb, table);
        return;
      }
      case "dropTable":
      case "dropTableIfExists":
        if (table) this.emit(line, sql.dropTable(table, name === "dropTableIfExists"));
        return;
      case "renameTable": {
        const to = jsStr(args2[1]);
        if (table && to) this.emit(line, sql.renameTable(table, to));
        return;
      }
      case "raw": {
        const s = jsString(args2[0]);
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
function transactionDisabled2(root) {
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
  if (transactionDisabled2(root)) t.transactional = false;
  judgeDown(t, fns, RAW4, "Knex");
  tree.delete();
  return t;
}
var knex = {
  id: "knex",
  globs: ["**/migrations/*.{js,ts,cjs,mjs}"],
  comment: "//",
  detect: (_path, content) => content.includes("knex") || content.includes(".schema."),
  async analyse(input) {
    try {
      return await finishAnalysis("knex", await knexToPieces(input.content, input.path));
    } catch (e) {
      return { framework: "knex", role: "up", down: "missing", hits: [hit("parse-error", 1, `The Knex migration could not be read: ${e.message}`)] };
    }
  }
};
var knex_default = knex;

// src/core/frameworks/laravel.ts
var PLACEHOLDER4 = "__interp__";
var ESCAPES4 = { n: "\n", t: "	", '"': '"', "'": "'", "\\": "\\", r: "\r", $: "$" };
function phpString(node) {
  if (!node) return void 0;
  if (node.type === "argument") return phpString(node.namedChildren[0]);
  if (node.type === "string" || node.type === "encapsed_string") {
    let text = "";
    let inexact = false;
    for (const c of node.namedChildren) {
      if (c.type === "string_content" || c.type === "string_value") text += c.text;
      else if (c.type === "escape_sequence") text += ESCAPES4[c.text.slice(1)] ?? c.text;
      else {
        text += PLACEHOLDER4;
        inexact = true;
      }
    }
    return { text, line: lineOf(node), inexact };
  }
  if (node.type === "heredoc" || node.type === "nowdoc") {
    const body = node.childForFieldName("value");
    if (!body) return { text: "", line: lineOf(node), inexact: false };
    const src = body.text;
    let text = "";
    let pos = 0;
    let inexact = false;
    for (const c of body.namedChildren) {
      if (c.type === "string_content" || c.type === "nowdoc_string" || c.type === "escape_sequence") continue;
      let from = c.startIndex - body.startIndex;
      let to = c.endIndex - body.startIndex;
      if (src[from - 1] === "{" && src[to] === "}") {
        from -= 1;
        to += 1;
      }
      text += src.slice(pos, from) + PLACEHOLDER4;
      pos = to;
      inexact = true;
    }
    text += src.slice(pos);
    return { text, line: lineOf(body), inexact };
  }
  if (node.type === "binary_expression" && node.children.some((c) => c.type === ".")) {
    const l = phpString(node.childForFieldName("left"));
    const r = phpString(node.childForFieldName("right"));
    if (l && r) return { text: l.text + r.text, line: l.line, inexact: l.inexact || r.inexact };
  }
  return void 0;
}
function phpStr(node) {
  const s = phpString(node);
  return s && !s.inexact ? s.text : void 0;
}
function phpStrList(node) {
  const n = node?.type === "argument" ? node.namedChildren[0] : node;
  if (n?.type === "array_creation_expression") {
    return n.namedChildren.map((e) => phpStr(e.namedChildren[e.namedChildren.length - 1])).filter((x) => x !== void 0);
  }
  const s = phpStr(n);
  return s === void 0 ? [] : [s];
}
function phpNumber(node) {
  const n = node?.type === "argument" ? node.namedChildren[0] : node;
  if (n?.type !== "integer" && n?.type !== "float") return void 0;
  return Number(n.text);
}
function phpDefault(node) {
  const n = node?.type === "argument" ? node.namedChildren[0] : node;
  if (!n) return void 0;
  if (n.type === "integer" || n.type === "float") return n.text;
  if (n.type === "boolean") return n.text.toLowerCase();
  if (n.type === "null") return void 0;
  const s = phpStr(n);
  return `'${(s ?? n.text).replace(/'/g, "''")}'`;
}
var args = (call) => (call.childForFieldName("arguments")?.namedChildren ?? []).filter((c) => c.type === "argument");
var callName2 = (call) => call.childForFieldName("name")?.text ?? "";
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
  smallInteger: "smallint",
  tinyInteger: "smallint",
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
  foreignUuid: "uuid",
  enum: "character varying(255)",
  binary: "bytea",
  ipAddress: "inet",
  macAddress: "macaddr",
  year: "integer"
};
var plural2 = (s) => s.endsWith("y") ? `${s.slice(0, -1)}ies` : s.endsWith("s") ? s : `${s}s`;
var LaravelReader = class {
  t = newTranslation(true);
  done = /* @__PURE__ */ new Set();
  emit(line, text) {
    this.t.up.push({ sql: text, line, synthetic: true });
  }
  raw(node, into) {
    const s = phpString(node);
    if (!s) return false;
    into.push({ sql: s.text, line: s.line, ...s.inexact ? { inexact: true } : {} });
    return true;
  }
  read(body) {
    const calls = body.descendantsOfType(["scoped_call_expression", "member_call_expression"]);
    calls.sort((a, b) => (a.childForFieldName("name")?.startIndex ?? 0) - (b.childForFieldName("name")?.startIndex ?? 0));
    for (const call of calls) {
      if (this.done.has(call.id)) continue;
      const name = callName2(call);
      const a = args(call);
      const line = lineOf(call);
      if (call.type === "member_call_expression") {
        if (["update", "delete", "insert", "truncate", "upsert", "increment", "decrement"].includes(name) && call.text.startsWith("DB::table")) this.t.changesData = true;
        continue;
      }
      const scope = call.childForFieldName("scope")?.text ?? "";
      if (scope === "DB" || scope.endsWith("\\DB")) {
        if (name === "statement" || name === "unprepared") this.raw(a[0], this.t.up);
        continue;
      }
      if (scope !== "Schema" && !scope.endsWith("\\Schema")) continue;
      const table = phpStr(a[0]);
      if (!table) continue;
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
        case "rename": {
          const to = phpStr(a[1]);
          if (to) this.emit(line, sql.renameTable(table, to));
          break;
        }
        case "dropColumns":
        case "dropColumn":
          for (const c of phpStrList(a[1])) this.emit(line, sql.dropColumn(table, c));
          break;
        default:
          break;
      }
    }
  }
  blueprint(arg2, table, create) {
    const fn = arg2?.namedChildren[0];
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
      this.chain(chain, table, create);
    }
  }
  chain(chain, table, create) {
    const head = chain[0];
    const line = lineOf(head);
    const name = callName2(head);
    const a = args(head);
    const mods = new Map(chain.slice(1).map((c) => [callName2(c), c]));
    const col = phpStr(a[0]);
    const later = (s) => create ? create.after.push(s) : this.emit(line, s);
    const addCol = (c) => create ? create.cols.push(c) : this.emit(line, sql.addColumn(table, c));
    if (name in TYPES) {
      const cname = name === "id" && !col ? "id" : col;
      if (!cname) return;
      let type = TYPES[name];
      if ((name === "string" || name === "char") && phpNumber(a[1]) !== void 0) type = `${name === "char" ? "character" : "character varying"}(${phpNumber(a[1])})`;
      if (name === "decimal" && phpNumber(a[1]) !== void 0) type = `numeric(${phpNumber(a[1])}, ${phpNumber(a[2]) ?? 2})`;
      const c = { name: cname, type };
      if (["id", "bigIncrements", "increments"].includes(name) || mods.has("primary")) c.primaryKey = true;
      if (!mods.has("nullable")) c.notNull = true;
      if (mods.has("default")) {
        const d = phpDefault(args(mods.get("default"))[0]);
        if (d !== void 0) c.default = d;
      }
      if (mods.has("useCurrent")) c.default = "CURRENT_TIMESTAMP";
      if (mods.has("change")) {
        this.emit(line, sql.changeType(table, cname, type));
        if (!c.notNull) this.emit(line, sql.dropNotNull(table, cname));
        if (c.default !== void 0) this.emit(line, sql.setDefault(table, cname, c.default));
        return;
      }
      addCol(c);
      if (mods.has("unique")) later(sql.createIndex(table, [cname], { unique: true, name: `${table}_${cname}_unique` }));
      if (mods.has("index")) later(sql.createIndex(table, [cname], { name: `${table}_${cname}_index` }));
      const constrained = mods.get("constrained");
      const on = mods.get("on");
      if (constrained || on) {
        const ref = constrained ? phpStr(args(constrained)[0]) ?? plural2(cname.replace(/_id$/, "")) : phpStr(args(on)[0]);
        const refCol = phpStr(args(mods.get("references") ?? head)[0]) ?? "id";
        if (ref) later(sql.addForeignKey(table, [cname], ref, [constrained ? "id" : refCol], { name: `${table}_${cname}_foreign` }));
      }
      return;
    }
    switch (name) {
      case "dropColumn":
        for (const c of a.flatMap((x) => phpStrList(x))) this.emit(line, sql.dropColumn(table, c));
        return;
      case "renameColumn": {
        const to = phpStr(a[1]);
        if (col && to) this.emit(line, sql.renameColumn(table, col, to));
        return;
      }
      case "rename": {
        if (col) this.emit(line, sql.renameTable(table, col));
        return;
      }
      case "timestamps":
      case "timestampsTz":
      case "nullableTimestamps":
        for (const n of ["created_at", "updated_at"]) addCol({ name: n, type: "timestamp(0) without time zone" });
        return;
      case "softDeletes":
      case "softDeletesTz":
        addCol({ name: col ?? "deleted_at", type: "timestamp(0) without time zone" });
        return;
      case "rememberToken":
        addCol({ name: "remember_token", type: "character varying(100)" });
        return;
      case "dropTimestamps":
        for (const n of ["created_at", "updated_at"]) this.emit(line, sql.dropColumn(table, n));
        return;
      case "dropSoftDeletes":
        this.emit(line, sql.dropColumn(table, col ?? "deleted_at"));
        return;
      case "dropRememberToken":
        this.emit(line, sql.dropColumn(table, "remember_token"));
        return;
      case "dropConstrainedForeignId":
        if (col) {
          this.emit(line, sql.dropConstraint(table, `${table}_${col}_foreign`));
          this.emit(line, sql.dropColumn(table, col));
        }
        return;
      case "index":
      case "unique": {
        const cols = phpStrList(a[0]);
        if (!cols.length) return;
        const iname = phpStr(a[1]) ?? `${table}_${cols.join("_")}_${name}`;
        later(sql.createIndex(table, cols, { name: iname, unique: name === "unique" }));
        return;
      }
      case "primary": {
        const cols = phpStrList(a[0]);
        if (cols.length && !create) this.emit(line, sql.addPrimaryKey(table, cols));
        return;
      }
      case "foreign": {
        const cols = phpStrList(a[0]);
        const on = mods.get("on");
        const ref = on ? phpStr(args(on)[0]) : void 0;
        const refCols = mods.get("references") ? phpStrList(args(mods.get("references"))[0]) : ["id"];
        if (cols.length && ref) later(sql.addForeignKey(table, cols, ref, refCols.length ? refCols : ["id"], { name: phpStr(a[1]) ?? `${table}_${cols.join("_")}_foreign` }));
        return;
      }
      case "dropIndex":
      case "dropUnique": {
        const list2 = phpStrList(a[0]);
        const iname = a[0]?.namedChildren[0]?.type === "array_creation_expression" ? `${table}_${list2.join("_")}_${name === "dropUnique" ? "unique" : "index"}` : list2[0];
        if (iname) this.emit(line, sql.dropIndex(iname));
        return;
      }
      case "dropForeign": {
        const list2 = phpStrList(a[0]);
        const cname = a[0]?.namedChildren[0]?.type === "array_creation_expression" ? `${table}_${list2.join("_")}_foreign` : list2[0];
        if (cname) this.emit(line, sql.dropConstraint(table, cname));
        return;
      }
      case "dropPrimary":
        this.emit(line, sql.dropConstraint(table, phpStr(a[0]) ?? `${table}_pkey`));
        return;
      default:
        return;
    }
  }
};
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
        if (el.childForFieldName("name")?.text === "$withinTransaction" && el.childForFieldName("default_value")?.text.toLowerCase() === "false") transactional = false;
      }
    }
  }
  return { methods: out, transactional, ...cls ? { cls } : {} };
}
async function laravelToPieces(source) {
  const tree = await parseCode("php", source);
  const root = tree.rootNode;
  const reader = new LaravelReader();
  const t = reader.t;
  const err = firstErrorNode(root);
  if (err) t.hits.push(parseErrorHit(lineOf(err), "PHP"));
  const { methods: ms, transactional, cls } = methods(root);
  t.transactional = transactional;
  const up = ms.get("up");
  const down = ms.get("down");
  const upBody = up?.childForFieldName("body");
  if (upBody) reader.read(upBody);
  if (!down) {
    t.downStatus = "missing";
    t.hits.push(hit("missing-down-migration", up ? lineOf(up) : cls ? lineOf(cls) : 1, "The migration has no `down()` method: it cannot be rolled back."));
  } else {
    const stmts = (down.childForFieldName("body")?.namedChildren ?? []).filter((c) => c.type !== "comment");
    const isThrow = (s) => s.type === "expression_statement" && s.namedChildren[0]?.type === "throw_expression";
    if (!stmts.length || stmts.every((s) => isThrow(s) || s.type === "throw_statement" || s.type === "return_statement" && !s.namedChildren.length)) {
      t.downStatus = "empty";
      t.hits.push(hit("empty-down-migration", lineOf(down), stmts.length ? "`down()` throws instead of undoing the migration." : "`down()` is empty: rolling back does nothing."));
    } else {
      const pieces = [];
      const onlyRaw = stmts.every((s) => {
        const c = s.type === "expression_statement" ? s.namedChildren[0] : void 0;
        if (c?.type !== "scoped_call_expression") return false;
        const scope = c.childForFieldName("scope")?.text ?? "";
        return (scope === "DB" || scope.endsWith("\\DB")) && ["statement", "unprepared"].includes(callName2(c)) && reader["raw"](args(c)[0], pieces);
      });
      if (onlyRaw && pieces.length) {
        t.down = pieces;
        t.downOnlySql = true;
        t.downLine = lineOf(down);
      }
    }
  }
  tree.delete();
  return t;
}
var laravel = {
  id: "laravel",
  globs: ["database/migrations/*.php", "**/database/migrations/*.php"],
  comment: "//",
  async analyse(input) {
    try {
      return await finishAnalysis("laravel", await laravelToPieces(input.content));
    } catch (e) {
      return { framework: "laravel", role: "up", down: "missing", hits: [hit("parse-error", 1, `The Laravel migration could not be read: ${e.message}`)] };
    }
  }
};
var laravel_default = laravel;

// src/core/frameworks/ecto.ts
var PLACEHOLDER5 = "__interp__";
var TYPES2 = {
  string: "character varying(255)",
  text: "text",
  integer: "integer",
  bigint: "bigint",
  serial: "serial",
  bigserial: "bigserial",
  id: "bigint",
  boolean: "boolean",
  naive_datetime: "timestamp(0) without time zone",
  naive_datetime_usec: "timestamp without time zone",
  utc_datetime: "timestamp(0) without time zone",
  utc_datetime_usec: "timestamp without time zone",
  timestamptz: "timestamp with time zone",
  date: "date",
  time: "time(0) without time zone",
  decimal: "numeric",
  numeric: "numeric",
  float: "double precision",
  uuid: "uuid",
  binary_id: "uuid",
  map: "jsonb",
  jsonb: "jsonb",
  binary: "bytea",
  citext: "citext"
};
function eString(node) {
  if (!node) return void 0;
  if (node.type === "string" || node.type === "charlist") {
    let text = "";
    let inexact = false;
    for (const c of node.namedChildren) {
      if (c.type === "quoted_content") text += c.text;
      else if (c.type === "escape_sequence") text += { n: "\n", t: "	", '"': '"', "\\": "\\" }[c.text.slice(1)] ?? c.text.slice(1);
      else if (c.type === "interpolation") {
        text += PLACEHOLDER5;
        inexact = true;
      }
    }
    return { text, line: lineOf(node), inexact };
  }
  if (node.type === "sigil") {
    const content = node.namedChildren.filter((c) => c.type === "quoted_content").map((c) => c.text).join("");
    return { text: content, line: lineOf(node), inexact: node.namedChildren.some((c) => c.type === "interpolation") };
  }
  return void 0;
}
function callTarget(n) {
  return n.type === "call" ? n.childForFieldName("target")?.text ?? "" : "";
}
function callArgs2(n) {
  const positional = [];
  const keywords = /* @__PURE__ */ new Map();
  const args2 = n.namedChildren.find((c) => c.type === "arguments");
  for (const a of args2?.namedChildren ?? []) {
    if (a.type === "keywords") {
      for (const p of a.namedChildren) {
        if (p.type !== "pair") continue;
        const k = p.childForFieldName("key")?.text.replace(/:\s*$/, "");
        const v = p.childForFieldName("value");
        if (k && v) keywords.set(k, v);
      }
    } else if (a.type === "list" && a.namedChildren.length && a.namedChildren.every((c) => c.type === "keywords")) {
      for (const kw of a.namedChildren)
        for (const p of kw.namedChildren) {
          const k = p.childForFieldName("key")?.text.replace(/:\s*$/, "");
          const v = p.childForFieldName("value");
          if (k && v) keywords.set(k, v);
        }
    } else if (a.type !== "comment") positional.push(a);
  }
  return { positional, keywords };
}
function value(n) {
  if (!n) return { kind: "nil" };
  switch (n.type) {
    case "atom":
      return { kind: "atom", value: n.text.replace(/^:"?|"$/g, "") };
    case "quoted_atom":
      return { kind: "atom", value: eString(n)?.text ?? n.text };
    case "string": {
      const s = eString(n);
      return s && !s.inexact ? { kind: "string", value: s.text } : { kind: "other", node: n };
    }
    case "integer":
    case "float":
      return { kind: "number", value: Number(n.text.replace(/_/g, "")) };
    case "boolean":
      return { kind: "bool", value: n.text === "true" };
    case "nil":
      return { kind: "nil" };
    case "list":
      return { kind: "list", items: n.namedChildren.map(value) };
    case "call":
      return { kind: "call", name: callTarget(n), node: n };
    default:
      return { kind: "other", node: n };
  }
}
var nameOf2 = (v) => v.kind === "atom" || v.kind === "string" ? v.value : void 0;
var namesOf2 = (v) => v.kind === "list" ? v.items.map(nameOf2).filter((x) => !!x) : nameOf2(v) ? [nameOf2(v)] : [];
function tableOf(n) {
  if (!n || n.type !== "call") return void 0;
  const a = callArgs2(n);
  const name = nameOf2(value(a.positional[0]));
  const prefix = nameOf2(value(a.keywords.get("prefix")));
  return name && prefix ? `${prefix}.${name}` : name;
}
function doBlock(n) {
  return n.namedChildren.find((c) => c.type === "do_block");
}
var EctoReader = class {
  t = newTranslation(true);
  emit(line, text) {
    this.t.up.push({ sql: text, line, synthetic: true });
  }
  irreversible(line, what) {
    this.t.hits.push(hit("irreversible-operation", line, `${what} inside \`change\` cannot be reversed: write \`up\`/\`down\`.`));
  }
  raw(n) {
    const s = eString(n);
    if (!s) return false;
    const p = { sql: s.text, line: s.line };
    if (s.inexact) p.inexact = true;
    this.t.up.push(p);
    return true;
  }
  typeOf(v, opts) {
    if (v.kind === "call" && v.name === "references") {
      const a = callArgs2(v.node);
      const t = nameOf2(value(a.keywords.get("type")));
      return { type: t ? TYPES2[t] ?? "bigint" : "bigint", fk: nameOf2(value(a.positional[0])) ?? "unknown" };
    }
    const name = nameOf2(v) ?? "string";
    let type = TYPES2[name] ?? "text";
    const size = value(opts.get("size"));
    if (name === "string" && size.kind === "number") type = `character varying(${size.value})`;
    const precision = value(opts.get("precision"));
    const scale = value(opts.get("scale"));
    if (name === "decimal" && precision.kind === "number") type = `numeric(${precision.value}${scale.kind === "number" ? `, ${scale.value}` : ""})`;
    return { type };
  }
  defaultOf(n) {
    if (!n) return void 0;
    const v = value(n);
    if (v.kind === "nil") return void 0;
    if (v.kind === "number" || v.kind === "bool") return sqlDefault(v.value);
    if (v.kind === "string" || v.kind === "atom") return sqlDefault(v.value);
    if (v.kind === "call" && v.name === "fragment") return eString(callArgs2(v.node).positional[0])?.text ?? "'?'";
    return sqlDefault(n.text);
  }
  walk(body, ctx) {
    for (const c of body.namedChildren) {
      if (c.type === "comment") continue;
      if (c.type === "call") {
        if (this.command(c, ctx)) continue;
      }
      this.walk(c, ctx);
    }
  }
  command(c, ctx) {
    const name = callTarget(c);
    const a = callArgs2(c);
    const line = lineOf(c);
    const first = a.positional[0];
    const inChange = ctx.mode === "change";
    switch (name) {
      case "execute": {
        if (inChange && a.positional.length < 2) this.irreversible(line, "`execute/1`");
        if (first?.type === "call" || first?.type === "anonymous_function") {
          this.walk(first, ctx);
          return true;
        }
        this.raw(first);
        return true;
      }
      case "create":
      case "create_if_not_exists": {
        if (first?.type !== "call") return true;
        const kind = callTarget(first);
        const table = tableOf(first);
        if (!table) return true;
        if (kind === "table") {
          const cols = [];
          const after = [];
          const ta = callArgs2(first);
          if (value(ta.keywords.get("primary_key")).kind !== "bool" || value(ta.keywords.get("primary_key")).value)
            cols.push({ name: "id", type: "bigserial", primaryKey: true });
          const block = doBlock(c);
          if (block) this.columns(block.namedChildren, table, cols, after);
          this.emit(line, sql.createTable(table, cols));
          for (const s of after) this.emit(line, s);
        } else if (kind === "index" || kind === "unique_index") {
          const ia = callArgs2(first);
          const cols = namesOf2(value(ia.positional[1]));
          const unique = kind === "unique_index" || value(ia.keywords.get("unique")).value === true;
          const conc = value(ia.keywords.get("concurrently")).value === true;
          const iname = nameOf2(value(ia.keywords.get("name")));
          if (cols.length) this.emit(line, sql.createIndex(table, cols, { name: iname ?? `${table}_${cols.join("_")}_index`, unique, concurrently: conc }));
        } else if (kind === "constraint") {
          const ca = callArgs2(first);
          const cname = nameOf2(value(ca.positional[1]));
          const check = eString(ca.keywords.get("check"));
          const notValid = value(ca.keywords.get("validate")).value === false;
          if (check) this.emit(line, sql.addCheck(table, check.text, cname, notValid));
        }
        return true;
      }
      case "alter": {
        const table = tableOf(first);
        const block = doBlock(c);
        if (table && block) this.alter(block, table, ctx);
        return true;
      }
      case "drop":
      case "drop_if_exists": {
        if (first?.type !== "call") return true;
        const kind = callTarget(first);
        const table = tableOf(first);
        if (!table) return true;
        if (kind === "table") {
          this.emit(line, sql.dropTable(table, name === "drop_if_exists"));
          if (inChange) this.irreversible(line, "`drop table`");
        } else if (kind === "index" || kind === "unique_index") {
          const ia = callArgs2(first);
          const cols = namesOf2(value(ia.positional[1]));
          const iname = nameOf2(value(ia.keywords.get("name"))) ?? `${table}_${cols.join("_")}_index`;
          this.emit(line, sql.dropIndex(iname, { concurrently: value(ia.keywords.get("concurrently")).value === true }));
        } else if (kind === "constraint") {
          const cname = nameOf2(value(callArgs2(first).positional[1]));
          if (cname) this.emit(line, sql.dropConstraint(table, cname));
          if (inChange) this.irreversible(line, "`drop constraint`");
        }
        return true;
      }
      case "rename": {
        const table = tableOf(first);
        if (!table) return true;
        const to = a.keywords.get("to");
        const col = nameOf2(value(a.positional[1]));
        if (col && to) {
          const nn = nameOf2(value(to));
          if (nn) this.emit(line, sql.renameColumn(table, col, nn));
        } else if (to?.type === "call") {
          const nt = tableOf(to);
          if (nt) this.emit(line, sql.renameTable(table, nt));
        }
        return true;
      }
      case "query":
      case "query!": {
        this.raw(first);
        return true;
      }
      default:
        if (c.childForFieldName("target")?.type === "dot") {
          const t = c.childForFieldName("target");
          const prop = t.childForFieldName("right")?.text;
          if (prop === "query" || prop === "query!") {
            this.raw(first);
            return true;
          }
          if (["update_all", "delete_all", "insert_all", "insert", "update", "delete"].includes(prop ?? "")) this.t.changesData = true;
        }
        return false;
    }
  }
  columns(nodes, table, cols, after) {
    for (const c of nodes) {
      if (c.type !== "call") continue;
      const name = callTarget(c);
      const a = callArgs2(c);
      if (name === "add" || name === "add_if_not_exists") {
        const col = nameOf2(value(a.positional[0]));
        if (!col) continue;
        const { type, fk } = this.typeOf(value(a.positional[1]), a.keywords);
        const def = { name: col, type };
        if (value(a.keywords.get("null")).value === false) def.notNull = true;
        if (value(a.keywords.get("primary_key")).value === true) def.primaryKey = true;
        const d = this.defaultOf(a.keywords.get("default"));
        if (d !== void 0) def.default = d;
        cols.push(def);
        if (fk) after.push(sql.addForeignKey(table, [col], fk, ["id"]));
      } else if (name === "timestamps") {
        for (const n of ["inserted_at", "updated_at"]) cols.push({ name: n, type: "timestamp(0) without time zone", notNull: value(a.keywords.get("null")).value !== true });
      }
    }
  }
  alter(block, table, ctx) {
    const inChange = ctx.mode === "change";
    for (const c of block.namedChildren) {
      if (c.type !== "call") continue;
      const name = callTarget(c);
      const a = callArgs2(c);
      const line = lineOf(c);
      const col = nameOf2(value(a.positional[0]));
      switch (name) {
        case "add":
        case "add_if_not_exists":
        case "timestamps": {
          const cols = [];
          const after = [];
          this.columns([c], table, cols, after);
          for (const d of cols) this.emit(line, sql.addColumn(table, d));
          for (const s of after) this.emit(line, s);
          break;
        }
        case "remove":
        case "remove_if_exists":
          if (col) this.emit(line, sql.dropColumn(table, col));
          if (inChange && a.positional.length < 2) this.irreversible(line, `\`${name}\` without a column type`);
          break;
        case "modify": {
          if (!col) break;
          const { type } = this.typeOf(value(a.positional[1]), a.keywords);
          this.emit(line, sql.changeType(table, col, type));
          const nullV = value(a.keywords.get("null"));
          if (nullV.kind === "bool") this.emit(line, nullV.value ? sql.dropNotNull(table, col) : sql.setNotNull(table, col));
          if (inChange && !a.keywords.has("from")) this.irreversible(line, "`modify` without `from:`");
          break;
        }
        default:
          break;
      }
    }
  }
};
function defs(root) {
  const out = /* @__PURE__ */ new Map();
  let transactional = true;
  const module = root.descendantsOfType("call").find((c) => callTarget(c) === "defmodule");
  const block = module ? doBlock(module) : void 0;
  for (const c of block?.namedChildren ?? []) {
    if (c.type === "unary_operator") {
      const op = c.childForFieldName("operand");
      if (op && callTarget(op) === "disable_ddl_transaction" && op.text.includes("true")) transactional = false;
      continue;
    }
    if (c.type !== "call" || callTarget(c) !== "def" && callTarget(c) !== "defp") continue;
    const a = callArgs2(c);
    const head = a.positional[0];
    const name = head?.type === "call" ? callTarget(head) : head?.text;
    if (!name || out.has(name)) continue;
    out.set(name, { node: c, body: doBlock(c) ?? a.keywords.get("do") });
  }
  return { defs: out, transactional, ...module ? { module } : {} };
}
function bodyStatements2(body) {
  if (!body) return [];
  if (body.type !== "do_block") return [body];
  return body.namedChildren.filter((c) => c.type !== "comment");
}
async function ectoToPieces(source) {
  const tree = await parseCode("elixir", source);
  const root = tree.rootNode;
  const reader = new EctoReader();
  const t = reader.t;
  const err = firstErrorNode(root);
  if (err) t.hits.push(parseErrorHit(lineOf(err), "Elixir"));
  const { defs: ds, transactional, module } = defs(root);
  t.transactional = transactional;
  const change = ds.get("change");
  const up = ds.get("up");
  const down = ds.get("down");
  if (change) {
    if (change.body) reader.walk(change.body, { mode: "change" });
    t.downStatus = t.hits.some((h) => h.rule === "irreversible-operation") ? "irreversible" : "present";
  } else if (up) {
    if (up.body) reader.walk(up.body, { mode: "up" });
    if (!down) {
      t.downStatus = "missing";
      t.hits.push(hit("missing-down-migration", lineOf(up.node), "The migration defines `up` but no `down`: it cannot be rolled back."));
    } else {
      const stmts = bodyStatements2(down.body);
      const trivial = (s) => s.type === "atom" || s.type === "nil" || s.type === "call" && callTarget(s) === "raise";
      if (!stmts.length || stmts.every(trivial)) {
        t.downStatus = "empty";
        const raises = stmts.some((s) => s.type === "call" && callTarget(s) === "raise");
        t.hits.push(hit("empty-down-migration", lineOf(down.node), raises ? "`down` raises instead of undoing the migration." : "`down` does nothing: rolling back leaves the change in place."));
      } else if (stmts.every((s) => s.type === "call" && callTarget(s) === "execute")) {
        const pieces = [];
        for (const s of stmts) {
          const str = eString(callArgs2(s).positional[0]);
          if (str) pieces.push({ sql: str.text, line: str.line });
        }
        if (pieces.length === stmts.length) {
          t.down = pieces;
          t.downOnlySql = true;
          t.downLine = lineOf(down.node);
        }
      }
    }
  } else {
    t.downStatus = "missing";
    if (source.trim()) t.hits.push(hit("missing-down-migration", module ? lineOf(module) : 1, "No `change` or `up`/`down` functions were found in this migration."));
  }
  tree.delete();
  return t;
}
var ecto = {
  id: "ecto",
  globs: ["priv/repo/migrations/*.exs", "**/priv/*/migrations/*.exs", "apps/*/priv/repo/migrations/*.exs"],
  comment: "#",
  async analyse(input) {
    try {
      return await finishAnalysis("ecto", await ectoToPieces(input.content));
    } catch (e) {
      return { framework: "ecto", role: "up", down: "missing", hits: [hit("parse-error", 1, `The Ecto migration could not be read: ${e.message}`)] };
    }
  }
};
var ecto_default = ecto;

// src/core/frameworks/dsl/xml.ts
var ENTITIES = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };
function decode(s) {
  let out = "";
  let i = 0;
  while (i < s.length) {
    const amp = s.indexOf("&", i);
    if (amp < 0) break;
    const semi = s.indexOf(";", amp);
    out += s.slice(i, amp);
    if (semi < 0 || semi - amp > 10) {
      out += "&";
      i = amp + 1;
      continue;
    }
    const ent = s.slice(amp + 1, semi);
    if (ent.startsWith("#x")) out += String.fromCodePoint(parseInt(ent.slice(2), 16) || 63);
    else if (ent.startsWith("#")) out += String.fromCodePoint(parseInt(ent.slice(1), 10) || 63);
    else out += ENTITIES[ent] ?? `&${ent};`;
    i = semi + 1;
  }
  return out + s.slice(i);
}
var localName = (n) => n.slice(n.indexOf(":") + 1);
var isSpace = (c) => c === " " || c === "\n" || c === "	" || c === "\r";
var isNameEnd = (c) => c === void 0 || isSpace(c) || c === "/" || c === ">" || c === "=";
function parseXml(src) {
  const root = { name: "#document", attrs: /* @__PURE__ */ new Map(), children: [], text: "", line: 1 };
  const stack = [root];
  let errorLine;
  let line = 1;
  let i = 0;
  const advance = (to) => {
    for (let k = i; k < to && k < src.length; k++) if (src.charCodeAt(k) === 10) line++;
    i = to;
  };
  const addText = (text, at) => {
    const top = stack[stack.length - 1];
    if (top.textLine === void 0 && text.trim()) top.textLine = at;
    top.text += text;
  };
  while (i < src.length) {
    const lt = src.indexOf("<", i);
    if (lt < 0) {
      addText(decode(src.slice(i)), line);
      advance(src.length);
      break;
    }
    if (lt > i) {
      const startLine = line;
      addText(decode(src.slice(i, lt)), startLine);
      advance(lt);
    }
    if (src.startsWith("<!--", i)) {
      const end = src.indexOf("-->", i + 4);
      advance(end < 0 ? src.length : end + 3);
      continue;
    }
    if (src.startsWith("<![CDATA[", i)) {
      const end = src.indexOf("]]>", i + 9);
      const body = src.slice(i + 9, end < 0 ? src.length : end);
      addText(body, line);
      advance(end < 0 ? src.length : end + 3);
      continue;
    }
    if (src.startsWith("<?", i) || src.startsWith("<!", i)) {
      const end = src.indexOf(">", i);
      advance(end < 0 ? src.length : end + 1);
      continue;
    }
    if (src.startsWith("</", i)) {
      const end = src.indexOf(">", i);
      const name = localName(src.slice(i + 2, end < 0 ? src.length : end).trim());
      const idx = stack.map((e) => e.name).lastIndexOf(name);
      if (idx > 0) stack.length = idx;
      else errorLine ??= line;
      advance(end < 0 ? src.length : end + 1);
      continue;
    }
    const elLine = line;
    let j = i + 1;
    while (!isNameEnd(src[j])) j++;
    const el = { name: localName(src.slice(i + 1, j)), attrs: /* @__PURE__ */ new Map(), children: [], text: "", line: elLine };
    let selfClosing = false;
    let closed = false;
    while (j < src.length) {
      while (isSpace(src[j])) j++;
      if (src[j] === ">") {
        j++;
        closed = true;
        break;
      }
      if (src[j] === "/" && src[j + 1] === ">") {
        j += 2;
        selfClosing = true;
        closed = true;
        break;
      }
      if (src[j] === "<") break;
      const ns = j;
      while (!isNameEnd(src[j])) j++;
      const an = src.slice(ns, j);
      while (isSpace(src[j])) j++;
      let av = "";
      if (src[j] === "=") {
        j++;
        while (isSpace(src[j])) j++;
        const q = src[j];
        if (q === '"' || q === "'") {
          const e = src.indexOf(q, j + 1);
          av = src.slice(j + 1, e < 0 ? src.length : e);
          j = e < 0 ? src.length : e + 1;
        } else {
          const s = j;
          while (!isSpace(src[j]) && src[j] !== ">" && j < src.length) j++;
          av = src.slice(s, j);
        }
      }
      if (an) el.attrs.set(localName(an), decode(av));
      else j++;
    }
    if (!closed) errorLine ??= elLine;
    stack[stack.length - 1].children.push(el);
    if (!selfClosing) stack.push(el);
    advance(j);
  }
  if (stack.length > 1) errorLine ??= stack[stack.length - 1].line;
  return errorLine === void 0 ? { root } : { root, errorLine };
}
function* walkXml(el) {
  yield el;
  for (const c of el.children) yield* walkXml(c);
}

// src/core/frameworks/liquibase.ts
var Y;
var yaml = () => {
  if (!Y) throw new Error("liquibase: YAML support not loaded (call analyse, or await loadYaml())");
  return Y;
};
var loadYaml = async () => {
  Y ??= await import("./chunk-YS2JPSD5.js");
};
var AUTO_ROLLBACK = /* @__PURE__ */ new Set([
  "createTable",
  "addColumn",
  "renameColumn",
  "renameTable",
  "createIndex",
  "addForeignKeyConstraint",
  "addUniqueConstraint",
  "addPrimaryKey",
  "addNotNullConstraint",
  "addDefaultValue",
  "createView",
  "renameView",
  "createSequence",
  "renameSequence",
  "tagDatabase",
  "addLookupTable",
  "addCheckConstraint",
  "createProcedure",
  "comment",
  "setTableRemarks",
  "setColumnRemarks",
  "empty",
  "output"
]);
var truthy = (v) => v !== void 0 && v.toLowerCase() === "true";
var falsy = (v) => v !== void 0 && v.toLowerCase() === "false";
function colType(t) {
  if (!t || t.includes("$")) return "text";
  const lower = t.toLowerCase();
  if (lower === "datetime") return "timestamp";
  if (lower.startsWith("java.sql.types.")) return "text";
  return t;
}
function columnDef2(c) {
  const name = c.attrs.name;
  if (!name) return void 0;
  const d = { name, type: colType(c.attrs.type) };
  if (truthy(c.constraints.primaryKey)) d.primaryKey = true;
  if (falsy(c.constraints.nullable)) d.notNull = true;
  if (truthy(c.constraints.unique)) d.unique = true;
  const dv = c.attrs.defaultValue;
  if (dv !== void 0) d.default = sqlString(dv);
  else if (c.attrs.defaultValueNumeric !== void 0) d.default = c.attrs.defaultValueNumeric;
  else if (c.attrs.defaultValueBoolean !== void 0) d.default = c.attrs.defaultValueBoolean.toLowerCase() === "true" ? "true" : "false";
  else if (c.attrs.defaultValueComputed !== void 0) d.default = c.attrs.defaultValueComputed;
  else if (c.attrs.defaultValueDate !== void 0) d.default = sqlString(c.attrs.defaultValueDate);
  if (c.constraints.references) d.references = { table: c.constraints.references.split("(")[0].trim() };
  else if (c.constraints.referencedTableName) d.references = { table: c.constraints.referencedTableName, ...c.constraints.referencedColumnNames ? { column: c.constraints.referencedColumnNames } : {} };
  return d;
}
var list = (s) => (s ?? "").split(",").map((x) => x.trim()).filter(Boolean);
var tbl = (a, key = "tableName") => {
  const t = a[key];
  if (!t) return void 0;
  return a.schemaName ? `${a.schemaName}.${t}` : t;
};
function changeSql(c) {
  const a = c.attrs;
  const out = [];
  const emit = (s) => out.push({ sql: s, line: c.line, synthetic: true });
  const table = tbl(a);
  switch (c.type) {
    case "sql":
      if (c.sql && c.sql.text.trim()) out.push({ sql: c.sql.text, line: c.sql.line });
      break;
    case "createTable": {
      const cols = c.columns.map(columnDef2).filter((x) => !!x);
      if (table) emit(sql.createTable(table, cols.length ? cols : [{ name: "id", type: "bigserial", primaryKey: true }]));
      break;
    }
    case "dropTable":
      if (table) emit(sql.dropTable(table));
      break;
    case "addColumn":
      for (const col of c.columns) {
        const d = columnDef2(col);
        if (table && d) emit(sql.addColumn(table, d));
      }
      break;
    case "dropColumn": {
      const names = a.columnName ? [a.columnName] : c.columns.map((x) => x.attrs.name).filter((x) => !!x);
      if (table) for (const n of names) emit(sql.dropColumn(table, n));
      break;
    }
    case "renameColumn":
      if (table && a.oldColumnName && a.newColumnName) emit(sql.renameColumn(table, a.oldColumnName, a.newColumnName));
      break;
    case "renameTable": {
      const from = tbl(a, "oldTableName");
      if (from && a.newTableName) emit(sql.renameTable(from, a.newTableName));
      break;
    }
    case "modifyDataType":
      if (table && a.columnName && a.newDataType) emit(sql.changeType(table, a.columnName, colType(a.newDataType)));
      break;
    case "addNotNullConstraint":
      if (table && a.columnName) {
        if (a.defaultNullValue !== void 0) emit(sql.backfillNulls(table, a.columnName, sqlString(a.defaultNullValue)));
        emit(sql.setNotNull(table, a.columnName));
      }
      break;
    case "dropNotNullConstraint":
      if (table && a.columnName) emit(sql.dropNotNull(table, a.columnName));
      break;
    case "createIndex": {
      const cols = c.columns.map((x) => x.attrs.name).filter((x) => !!x);
      if (table && cols.length) emit(sql.createIndex(table, cols, { ...a.indexName ? { name: a.indexName } : {}, unique: truthy(a.unique) }));
      break;
    }
    case "dropIndex":
      if (a.indexName) emit(sql.dropIndex(a.indexName));
      break;
    case "addForeignKeyConstraint": {
      const base = tbl(a, "baseTableName");
      const ref = a.referencedTableName;
      if (base && ref) emit(sql.addForeignKey(base, list(a.baseColumnNames), ref, list(a.referencedColumnNames).length ? list(a.referencedColumnNames) : ["id"], { ...a.constraintName ? { name: a.constraintName } : {}, notValid: falsy(a.validate) }));
      break;
    }
    case "dropForeignKeyConstraint": {
      const base = tbl(a, "baseTableName");
      if (base && a.constraintName) emit(sql.dropConstraint(base, a.constraintName));
      break;
    }
    case "addUniqueConstraint":
      if (table) emit(sql.addUnique(table, list(a.columnNames), a.constraintName));
      break;
    case "dropUniqueConstraint":
    case "dropPrimaryKey":
      if (table && a.constraintName) emit(sql.dropConstraint(table, a.constraintName));
      break;
    case "addPrimaryKey":
      if (table) emit(sql.addPrimaryKey(table, list(a.columnNames), a.constraintName));
      break;
    case "addDefaultValue": {
      const d = columnDef2({ attrs: { ...a, name: a.columnName ?? "" }, constraints: {} });
      if (table && a.columnName && d?.default !== void 0) emit(sql.setDefault(table, a.columnName, d.default));
      break;
    }
    case "dropDefaultValue":
      if (table && a.columnName) emit(sql.dropDefault(table, a.columnName));
      break;
    case "update": {
      const sets = c.columns.map((x) => x.attrs.name).filter((x) => !!x);
      if (table && sets.length) emit(`UPDATE ${ident(table)} SET ${sets.map((s) => `${ident(s)} = NULL`).join(", ")}${c.where ? ` WHERE ${c.where}` : ""};`);
      break;
    }
    case "delete":
      if (table) emit(`DELETE FROM ${ident(table)}${c.where ? ` WHERE ${c.where}` : ""};`);
      break;
    default:
      break;
  }
  return out;
}
function fromFormattedSql(src) {
  const lines = src.split("\n");
  const sets = [];
  let cur;
  const flush = () => {
    if (!cur) return;
    const text = cur.body.join("\n");
    if (text.trim()) cur.changes.push({ type: "sql", line: cur.bodyLine, attrs: {}, columns: [], sql: { text, line: cur.bodyLine } });
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
      cur = { id: words[0] ?? "", line, changes: [], hasRollback: false, runInTransaction: !falsy(attrs.get("runintransaction")), body: [], bodyLine: line + 1 };
      return;
    }
    if (!cur) return;
    if (lower.startsWith("--rollback") || lower.startsWith("-- rollback")) {
      cur.hasRollback = true;
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
        line: lineOfNode(lc, keyNode),
        changes: [],
        hasRollback: entries.has("rollback"),
        runInTransaction: !falsy(plain(entries.get("runInTransaction")))
      };
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
function scalarLine(lc, s) {
  const l = lineOfNode(lc, s);
  return s.type === "BLOCK_LITERAL" || s.type === "BLOCK_FOLDED" ? l + 1 : l;
}
function fromXml(src) {
  const { root, errorLine } = parseXml(src);
  const sets = [];
  for (const el of walkXml(root)) {
    if (el.name !== "changeSet") continue;
    const set = {
      id: el.attrs.get("id") ?? "",
      line: el.line,
      changes: [],
      hasRollback: el.children.some((c) => c.name === "rollback"),
      runInTransaction: !falsy(el.attrs.get("runInTransaction"))
    };
    for (const c of el.children) {
      if (["rollback", "comment", "preConditions", "validCheckSum"].includes(c.name)) continue;
      set.changes.push(xmlChange(c));
    }
    sets.push(set);
  }
  return { sets, ...errorLine ? { errorLine } : {} };
}
function xmlChange(c) {
  const attrs = Object.fromEntries(c.attrs);
  const columns = c.children.filter((x) => x.name === "column").map((x) => ({ attrs: Object.fromEntries(x.attrs), constraints: Object.fromEntries(x.children.find((y) => y.name === "constraints")?.attrs ?? /* @__PURE__ */ new Map()) }));
  const change = { type: c.name, line: c.line, attrs, columns };
  if (c.name === "sql") change.sql = { text: c.text, line: c.textLine ?? c.line };
  const where = c.children.find((x) => x.name === "where");
  if (where?.text.trim()) change.where = where.text.trim();
  return change;
}
function liquibaseFormat(path, content) {
  const lower = path.toLowerCase();
  if (lower.endsWith(".xml")) return content.includes("databaseChangeLog") ? "xml" : void 0;
  if (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")) return content.includes("databaseChangeLog") ? "yaml" : void 0;
  if (lower.endsWith(".sql")) {
    const first = content.trimStart().split("\n", 1)[0]?.trim().toLowerCase() ?? "";
    return first.startsWith("--") && first.includes("liquibase") && first.includes("formatted") ? "sql" : void 0;
  }
  return void 0;
}
function liquibaseToPieces(source, path) {
  const t = newTranslation(true);
  const format = liquibaseFormat(path, source) ?? (path.endsWith(".xml") ? "xml" : path.endsWith(".sql") ? "sql" : "yaml");
  let sets;
  let errorLine;
  if (format === "sql") sets = fromFormattedSql(source);
  else {
    const r = format === "xml" ? fromXml(source) : fromYaml(source);
    sets = r.sets;
    errorLine = r.errorLine;
  }
  if (errorLine !== void 0) t.hits.push(hit("parse-error", errorLine, `The Liquibase ${format.toUpperCase()} changelog is malformed near this line; it was read as far as possible.`));
  let forwardOnly = false;
  for (const set of sets) {
    if (!set.runInTransaction) t.transactional = false;
    for (const c of set.changes) {
      t.up.push(...changeSql(c));
      if (["update", "delete", "insert", "loadData", "loadUpdateData"].includes(c.type)) t.changesData = true;
    }
    if (set.hasRollback) continue;
    const manual = [...new Set(set.changes.filter((c) => !AUTO_ROLLBACK.has(c.type)).map((c) => c.type))];
    if (!manual.length) continue;
    forwardOnly = true;
    t.hits.push(
      hit(
        "forward-only-migration",
        set.line,
        `Changeset ${set.id || "(no id)"} has no rollback, and Liquibase cannot roll back ${manual.map((m) => `\`${m}\``).join(", ")} by itself: add a rollback block or plan a backup and restore.`
      )
    );
  }
  t.downStatus = forwardOnly ? "forward-only" : "present";
  return t;
}
var liquibase = {
  id: "liquibase",
  globs: ["**/changelog*/**/*.{xml,yaml,yml,json,sql}", "**/*changelog*.{xml,yaml,yml,json,sql}"],
  comment: "--",
  detect: (path, content) => liquibaseFormat(path, content) !== void 0,
  async analyse(input) {
    if (liquibaseFormat(input.path, input.content) !== "sql") await loadYaml();
    try {
      return await finishAnalysis("liquibase", liquibaseToPieces(input.content, input.path));
    } catch (e) {
      return { framework: "liquibase", role: "up", down: "forward-only", hits: [hit("parse-error", 1, `The Liquibase changelog could not be read: ${e.message}`)] };
    }
  }
};
var liquibase_default = liquibase;

// src/core/frameworks/shared-sql.ts
var lintSql2 = async (...args2) => (await import("./chunk-32GI3OMJ.js")).lintSql(...args2);
var DOWN_CATEGORIES = /* @__PURE__ */ new Set(["locking", "meta"]);
var SQL_MIGRATION_DIRS = ["**/migrations/**/*.sql", "**/migration/**/*.sql", "**/migrate/**/*.sql", "**/db/sql/**/*.sql"];
async function analyseUp(framework, pieces, options, down, reversibility) {
  const res = await lintSql2(pieces, options);
  const hits = [...reversibility, ...res.hits].sort((a, b) => a.line - b.line);
  const analysis = { framework, role: "up", down, hits, additiveOnly: res.additiveOnly };
  if (res.changesData) analysis.changesData = true;
  return analysis;
}
async function analyseDown(framework, pieces, options = {}) {
  const res = await lintSql2(pieces, options);
  const hits = res.hits.filter((h) => DOWN_CATEGORIES.has(getRule(h.rule)?.category ?? ""));
  return { framework, role: "down", down: "present", hits };
}
async function isEmptySql(pieces) {
  try {
    return (await lintSql2(pieces)).empty;
  } catch {
    return false;
  }
}
var missingDownHit = (line, what) => ({
  rule: "missing-down-migration",
  line,
  message: `This migration has no down migration (${what}): rolling back means restoring a backup. Write the down that undoes it, or declare the stage forward-only in the rollback plan with its backup and restore procedure.`
});
var emptyDownHit = (line, what) => ({
  rule: "empty-down-migration",
  line,
  message: `The down migration (${what}) does nothing: running it leaves the up's changes in place. Write SQL that undoes the up, or declare the stage forward-only in the rollback plan with its backup and restore procedure.`
});
async function judgeDownFile(content, downPath) {
  if (content === void 0) return { down: "missing", hits: [missingDownHit(1, `no ${baseName(downPath)}`)] };
  if (await isEmptySql([{ sql: content, line: 1 }])) return { down: "empty", hits: [emptyDownHit(1, baseName(downPath))] };
  return { down: "present", hits: [] };
}
var baseName = (path) => path.slice(path.lastIndexOf("/") + 1);
var dirName = (path) => path.includes("/") ? path.slice(0, path.lastIndexOf("/") + 1) : "";
function readMarkers(content, prefix) {
  const lines = content.split("\n");
  const markers = [];
  lines.forEach((raw, i) => {
    const line = raw.trimStart();
    if (line.startsWith(prefix)) markers.push({ line: i + 1, text: line.slice(prefix.length).trim() });
  });
  return { markers, lines };
}
function piece(lines, from, to) {
  return { sql: lines.slice(from - 1, to - 1).join("\n"), line: from };
}
function sectionPieces(lines, markers, from, to) {
  const pieces = [];
  let start = from;
  for (const m of markers) {
    if (m.line < from || m.line >= to) continue;
    if (m.line > start) pieces.push(piece(lines, start, m.line));
    start = m.line + 1;
  }
  if (to > start) pieces.push(piece(lines, start, to));
  return pieces.filter((p) => p.sql.trim() !== "");
}

// src/core/frameworks/sql-detect.ts
function hasMarkerLine(content, needle, prefix) {
  if (!content.includes(needle)) return false;
  for (const raw of content.split("\n")) if (prefix(raw.trimStart())) return true;
  return false;
}
var isGooseFile = (content) => hasMarkerLine(content, "+goose", (l) => /^--\s*\+goose\s/i.test(l + " "));
var isDbmateFile = (content) => hasMarkerLine(content, "migrate:", (l) => /^--\s*migrate:(up|down)\b/.test(l));
var isLiquibaseFile = (content) => hasMarkerLine(content, "liquibase", (l) => /^--\s*liquibase\s+formatted\s+sql/i.test(l));
var FLYWAY_NAME = /^(?:[VU]\d[\d._]*|R)__.+\.sql$/;
var GOLANG_MIGRATE_NAME = /[._](?:up|down)\.sql$/;
var isFlywayName = (name) => FLYWAY_NAME.test(name);
var isGolangMigrateName = (name) => GOLANG_MIGRATE_NAME.test(name);
var sqitchFolder = (path) => {
  const segments = path.split("/").slice(0, -1);
  for (let i = segments.length - 1; i >= 0; i--) {
    if (segments[i] === "deploy") return "deploy";
    if (segments[i] === "revert") return "revert";
  }
  return void 0;
};
function detectSqlFramework(path, content) {
  if (!path.toLowerCase().endsWith(".sql")) return void 0;
  if (isGooseFile(content)) return "goose";
  if (isDbmateFile(content)) return "dbmate";
  if (isLiquibaseFile(content)) return void 0;
  const name = baseName(path);
  if (isFlywayName(name)) return "flyway";
  if (isGolangMigrateName(name)) return "golang-migrate";
  if (sqitchFolder(path)) return "sqitch";
  return "sql";
}

// src/core/frameworks/sqitch.ts
function revertPathOf(path) {
  const segments = path.split("/");
  for (let i = segments.length - 2; i >= 0; i--) {
    if (segments[i] === "deploy") {
      segments[i] = "revert";
      return segments.join("/");
    }
  }
  return void 0;
}
var sqitch = {
  id: "sqitch",
  globs: ["**/deploy/**/*.sql", "**/revert/**/*.sql"],
  comment: "--",
  detect: (path, content) => detectSqlFramework(path, content) === "sqitch",
  counterparts(path) {
    const revert = revertPathOf(path);
    return revert ? [revert] : [];
  },
  async analyse({ path, content, siblings }) {
    const pieces = [{ sql: content, line: 1 }];
    if (sqitchFolder(path) === "revert") return analyseDown("sqitch", pieces);
    const revertPath = revertPathOf(path);
    const judged = await judgeDownFile(siblings[revertPath], revertPath);
    return analyseUp("sqitch", pieces, {}, judged.down, judged.hits);
  }
};
var sqitch_default = sqitch;

// src/core/frameworks/flyway.ts
var kindOf = (path) => {
  const first = baseName(path)[0];
  return first === "V" || first === "U" || first === "R" ? first : void 0;
};
function undoPathOf(path) {
  return kindOf(path) === "V" ? `${dirName(path)}U${baseName(path).slice(1)}` : void 0;
}
var flyway = {
  id: "flyway",
  globs: ["**/V*__*.sql", "**/U*__*.sql", "**/R__*.sql"],
  comment: "--",
  detect: (path, content) => detectSqlFramework(path, content) === "flyway",
  counterparts(path) {
    const undo = undoPathOf(path);
    return undo ? [undo] : [];
  },
  async analyse({ path, content, siblings }) {
    const pieces = [{ sql: content, line: 1 }];
    const kind = kindOf(path);
    if (kind === "U") return analyseDown("flyway", pieces);
    if (kind !== "V") return analyseUp("flyway", pieces, {}, "present", []);
    const undoPath = undoPathOf(path);
    const undo = siblings[undoPath];
    if (undo === void 0) {
      return analyseUp("flyway", pieces, {}, "forward-only", [
        {
          rule: "forward-only-migration",
          line: 1,
          message: `This Flyway migration has no undo script (${baseName(undoPath)}): it can only go forward. Add the undo script, or name the backup and restore procedure in the rollback plan.`
        }
      ]);
    }
    if (await isEmptySql([{ sql: undo, line: 1 }])) return analyseUp("flyway", pieces, {}, "empty", [emptyDownHit(1, baseName(undoPath))]);
    return analyseUp("flyway", pieces, {}, "present", []);
  }
};
var flyway_default = flyway;

// src/core/frameworks/golang-migrate.ts
var UP = /([._])up\.sql$/;
var DOWN = /([._])down\.sql$/;
function downPathOf(path) {
  return UP.test(path) ? path.replace(UP, "$1down.sql") : void 0;
}
var golangMigrate = {
  id: "golang-migrate",
  globs: ["**/*.up.sql", "**/*.down.sql", "**/*_up.sql", "**/*_down.sql"],
  comment: "--",
  detect: (path, content) => detectSqlFramework(path, content) === "golang-migrate",
  counterparts(path) {
    const down = downPathOf(path);
    return down ? [down] : [];
  },
  async analyse({ path, content, siblings }) {
    const options = { multiStatementTransaction: true };
    const pieces = [{ sql: content, line: 1 }];
    if (DOWN.test(path)) return analyseDown("golang-migrate", pieces, options);
    const downPath = downPathOf(path);
    const judged = downPath ? await judgeDownFile(siblings[downPath], downPath) : { down: "no-convention", hits: [] };
    return analyseUp("golang-migrate", pieces, options, judged.down, judged.hits);
  }
};
var golang_migrate_default = golangMigrate;

// src/core/frameworks/goose.ts
var goose = {
  id: "goose",
  globs: [...SQL_MIGRATION_DIRS, "**/goose/**/*.sql"],
  comment: "--",
  detect: (path, content) => detectSqlFramework(path, content) === "goose",
  async analyse({ content }) {
    const { markers, lines } = readMarkers(content, "-- +goose");
    const word = (m) => m.text.toLowerCase();
    const up = markers.find((m) => word(m) === "up");
    const down = markers.find((m) => word(m) === "down");
    const end = lines.length + 1;
    const upFrom = up ? up.line + 1 : 1;
    const upTo = down && down.line > upFrom ? down.line : end;
    const transactional = !markers.some((m) => word(m) === "no transaction");
    const upPieces = sectionPieces(lines, markers, upFrom, upTo);
    if (!down) return analyseUp("goose", upPieces, { transactional }, "missing", [missingDownHit(up?.line ?? 1, "no -- +goose Down section")]);
    const downTo = up && up.line > down.line ? up.line : end;
    const downPieces = sectionPieces(lines, markers, down.line + 1, downTo);
    if (await isEmptySql(downPieces)) {
      return analyseUp("goose", upPieces, { transactional }, "empty", [emptyDownHit(down.line, "the -- +goose Down section")]);
    }
    return analyseUp("goose", upPieces, { transactional }, "present", []);
  }
};
var goose_default = goose;

// src/core/frameworks/dbmate.ts
var dbmate = {
  id: "dbmate",
  globs: SQL_MIGRATION_DIRS,
  comment: "--",
  detect: (path, content) => detectSqlFramework(path, content) === "dbmate",
  async analyse({ content }) {
    const { markers, lines } = readMarkers(content, "-- migrate:");
    const isSection = (m, name) => m.text.split(/\s+/)[0]?.toLowerCase() === name;
    const up = markers.find((m) => isSection(m, "up"));
    const down = markers.find((m) => isSection(m, "down"));
    const end = lines.length + 1;
    const upFrom = up ? up.line + 1 : 1;
    const upTo = down && down.line > upFrom ? down.line : end;
    const transactional = !(up?.text.split(/\s+/).includes("transaction:false") ?? false);
    const upPieces = sectionPieces(lines, markers, upFrom, upTo);
    if (!down) return analyseUp("dbmate", upPieces, { transactional }, "missing", [missingDownHit(up?.line ?? 1, "no -- migrate:down section")]);
    const downTo = up && up.line > down.line ? up.line : end;
    if (await isEmptySql(sectionPieces(lines, markers, down.line + 1, downTo))) {
      return analyseUp("dbmate", upPieces, { transactional }, "empty", [emptyDownHit(down.line, "the -- migrate:down section")]);
    }
    return analyseUp("dbmate", upPieces, { transactional }, "present", []);
  }
};
var dbmate_default = dbmate;

// src/core/frameworks/sql.ts
var isDownPath = (path) => path.split("/").slice(0, -1).includes("down");
function downCandidates(path) {
  if (isDownPath(path)) return [];
  const stem = path.slice(0, -".sql".length);
  const out = [`${stem}.down.sql`, `${stem}_down.sql`];
  const segments = path.split("/");
  const up = segments.lastIndexOf("up");
  if (up >= 0 && up < segments.length - 1) {
    segments[up] = "down";
    out.push(segments.join("/"));
  }
  return out;
}
var sql2 = {
  id: "sql",
  globs: SQL_MIGRATION_DIRS,
  comment: "--",
  detect: (path, content) => detectSqlFramework(path, content) === "sql",
  counterparts: downCandidates,
  async analyse({ path, content, siblings }) {
    const pieces = [{ sql: content, line: 1 }];
    if (isDownPath(path)) return analyseDown("sql", pieces);
    const found = downCandidates(path).find((p) => siblings[p] !== void 0);
    if (found === void 0) return analyseUp("sql", pieces, {}, "no-convention", []);
    if (await isEmptySql([{ sql: siblings[found], line: 1 }])) {
      return analyseUp("sql", pieces, {}, "empty", [emptyDownHit(1, baseName(found))]);
    }
    return analyseUp("sql", pieces, {}, "present", []);
  }
};
var sql_default = sql2;

// src/core/frameworks/index.ts
var FRAMEWORKS = [
  prisma_default,
  rails_default,
  django_default,
  alembic_default,
  typeorm_default,
  sequelize_default,
  node_pg_migrate_default,
  knex_default,
  laravel_default,
  ecto_default,
  liquibase_default,
  sqitch_default,
  flyway_default,
  golang_migrate_default,
  goose_default,
  dbmate_default,
  sql_default
];

export {
  detectSqlFramework,
  FRAMEWORKS
};
