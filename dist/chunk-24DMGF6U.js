import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  dslFramework,
  hit,
  newTranslation,
  parseErrorHit,
  sql,
  sqlDefault
} from "./chunk-M3XMMRZA.js";
import {
  firstErrorNode,
  lineOf,
  parseCode
} from "./chunk-XGM7IP63.js";
import {
  ecto_default
} from "./chunk-4D4VQUWN.js";
import "./chunk-BFM53OVH.js";
import "./chunk-PEBNUFUE.js";
import "./chunk-AYEM27GC.js";
import "./chunk-GHKLDGG7.js";

// src/core/frameworks/ecto.ts
var PLACEHOLDER = "__interp__";
var TYPES = {
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
        text += PLACEHOLDER;
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
function callArgs(n) {
  const positional = [];
  const keywords = /* @__PURE__ */ new Map();
  const args = n.namedChildren.find((c) => c.type === "arguments");
  for (const a of args?.namedChildren ?? []) {
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
var nameOf = (v) => v.kind === "atom" || v.kind === "string" ? v.value : void 0;
var namesOf = (v) => v.kind === "list" ? v.items.map(nameOf).filter((x) => !!x) : nameOf(v) ? [nameOf(v)] : [];
function tableOf(n) {
  if (!n || n.type !== "call") return void 0;
  const a = callArgs(n);
  const name = nameOf(value(a.positional[0]));
  const prefix = nameOf(value(a.keywords.get("prefix")));
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
      const a = callArgs(v.node);
      const t = nameOf(value(a.keywords.get("type")));
      return { type: t ? TYPES[t] ?? "bigint" : "bigint", fk: nameOf(value(a.positional[0])) ?? "unknown" };
    }
    const name = nameOf(v) ?? "string";
    let type = TYPES[name] ?? "text";
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
    if (v.kind === "call" && v.name === "fragment") return eString(callArgs(v.node).positional[0])?.text ?? "'?'";
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
    const a = callArgs(c);
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
          const ta = callArgs(first);
          if (value(ta.keywords.get("primary_key")).kind !== "bool" || value(ta.keywords.get("primary_key")).value)
            cols.push({ name: "id", type: "bigserial", primaryKey: true });
          const block = doBlock(c);
          if (block) this.columns(block.namedChildren, table, cols, after);
          this.emit(line, sql.createTable(table, cols));
          for (const s of after) this.emit(line, s);
        } else if (kind === "index" || kind === "unique_index") {
          const ia = callArgs(first);
          const cols = namesOf(value(ia.positional[1]));
          const unique = kind === "unique_index" || value(ia.keywords.get("unique")).value === true;
          const conc = value(ia.keywords.get("concurrently")).value === true;
          const iname = nameOf(value(ia.keywords.get("name")));
          if (cols.length) this.emit(line, sql.createIndex(table, cols, { name: iname ?? `${table}_${cols.join("_")}_index`, unique, concurrently: conc }));
        } else if (kind === "constraint") {
          const ca = callArgs(first);
          const cname = nameOf(value(ca.positional[1]));
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
          const ia = callArgs(first);
          const cols = namesOf(value(ia.positional[1]));
          const iname = nameOf(value(ia.keywords.get("name"))) ?? `${table}_${cols.join("_")}_index`;
          this.emit(line, sql.dropIndex(iname, { concurrently: value(ia.keywords.get("concurrently")).value === true }));
        } else if (kind === "constraint") {
          const cname = nameOf(value(callArgs(first).positional[1]));
          if (cname) this.emit(line, sql.dropConstraint(table, cname));
          if (inChange) this.irreversible(line, "`drop constraint`");
        }
        return true;
      }
      case "rename": {
        const table = tableOf(first);
        if (!table) return true;
        const to = a.keywords.get("to");
        const col = nameOf(value(a.positional[1]));
        if (col && to) {
          const nn = nameOf(value(to));
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
      const a = callArgs(c);
      if (name === "add" || name === "add_if_not_exists") {
        const col = nameOf(value(a.positional[0]));
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
      const a = callArgs(c);
      const line = lineOf(c);
      const col = nameOf(value(a.positional[0]));
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
    const a = callArgs(c);
    const head = a.positional[0];
    const name = head?.type === "call" ? callTarget(head) : head?.text;
    if (!name || out.has(name)) continue;
    out.set(name, { node: c, body: doBlock(c) ?? a.keywords.get("do") });
  }
  return { defs: out, transactional, ...module ? { module } : {} };
}
function bodyStatements(body) {
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
      const stmts = bodyStatements(down.body);
      const trivial = (s) => s.type === "atom" || s.type === "nil" || s.type === "call" && callTarget(s) === "raise";
      if (!stmts.length || stmts.every(trivial)) {
        t.downStatus = "empty";
        const raises = stmts.some((s) => s.type === "call" && callTarget(s) === "raise");
        t.hits.push(hit("empty-down-migration", lineOf(down.node), raises ? "`down` raises instead of undoing the migration." : "`down` does nothing: rolling back leaves the change in place."));
      } else if (stmts.every((s) => s.type === "call" && callTarget(s) === "execute")) {
        const pieces = [];
        for (const s of stmts) {
          const str = eString(callArgs(s).positional[0]);
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
var ecto = dslFramework(ecto_default, "Ecto migration", (input) => ectoToPieces(input.content));
var ecto_default2 = ecto;
export {
  ecto_default2 as default,
  ecto,
  ectoToPieces
};
