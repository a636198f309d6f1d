import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
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
  newTranslation,
  parseErrorHit,
  sql,
  sqlDefault
} from "./chunk-QKWKVWJ7.js";
import {
  handlerFor
} from "./chunk-P765CN6Y.js";
import {
  ecto_default
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

// src/core/frameworks/ecto/values.ts
var PLACEHOLDER2 = "__interp__";
var TYPES = {
  string: "character varying",
  text: "text",
  integer: "integer",
  bigint: "bigint",
  serial: "serial",
  bigserial: "bigserial",
  // ecto_sql's Postgres adapter: `:id` is `integer` (a default `references` is `bigint`).
  id: "integer",
  identity: "bigint",
  boolean: "boolean",
  naive_datetime: "timestamp without time zone",
  naive_datetime_usec: "timestamp without time zone",
  utc_datetime: "timestamp without time zone",
  utc_datetime_usec: "timestamp without time zone",
  timestamptz: "timestamp with time zone",
  date: "date",
  time: "time without time zone",
  time_usec: "time without time zone",
  duration: "interval",
  decimal: "numeric",
  numeric: "numeric",
  float: "double precision",
  uuid: "uuid",
  binary_id: "uuid",
  map: "jsonb",
  jsonb: "jsonb",
  binary: "bytea",
  bitstring: "bit varying",
  citext: "citext"
};
var SECONDS = /* @__PURE__ */ new Set(["time", "utc_datetime", "naive_datetime"]);
var USEC = /* @__PURE__ */ new Set(["time_usec", "utc_datetime_usec", "naive_datetime_usec"]);
var withPrecision = (type, p) => type.replace(/^(timestamp|time)\b/, `$1(${p})`);
function eString(node, resolve) {
  if (!node) return void 0;
  if (node.type === "string" || node.type === "charlist") {
    let text = "";
    let inexact = false;
    for (const c of node.namedChildren) {
      if (c.type === "quoted_content") text += c.text;
      else if (c.type === "escape_sequence") text += { n: "\n", t: "	", '"': '"', "\\": "\\" }[c.text.slice(1)] ?? c.text.slice(1);
      else if (c.type === "interpolation") {
        const known = c.namedChildren[0] && resolve?.(c.namedChildren[0]);
        if (known !== void 0) text += known;
        else {
          text += PLACEHOLDER2;
          inexact = true;
        }
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
var opensUnknown = (s) => s.text.trimStart().startsWith(PLACEHOLDER2);
function callTarget(n) {
  return n.type === "call" ? n.childForFieldName("target")?.text ?? "" : "";
}
function keywordsOf(kw, into = /* @__PURE__ */ new Map()) {
  for (const p of kw?.namedChildren ?? []) {
    if (p.type !== "pair") continue;
    const k = p.childForFieldName("key")?.text.replace(/:\s*$/, "");
    const v = p.childForFieldName("value");
    if (k && v) into.set(k, v);
  }
  return into;
}
function callArgs(n) {
  const positional = [];
  const keywords = /* @__PURE__ */ new Map();
  const args = n.namedChildren.find((c) => c.type === "arguments");
  for (const a of args?.namedChildren ?? []) {
    if (a.type === "keywords") keywordsOf(a, keywords);
    else if (a.type === "list" && a.namedChildren.length && a.namedChildren.every((c) => c.type === "keywords")) {
      for (const kw of a.namedChildren) keywordsOf(kw, keywords);
    } else if (a.type !== "comment") positional.push(a);
  }
  return { positional, keywords };
}
var bound = new LoopVars();
var withBound = (name, v, read) => bound.with(name, v, read);
var withScope = (names, read) => bound.scope(names, read);
var isLiteral = (v) => v.kind === "atom" || v.kind === "string" || v.kind === "number" || v.kind === "bool" || v.kind === "nil" || v.kind === "list" && v.items.every(isLiteral);
function listItems(n) {
  if (n?.type === "list") return n.namedChildren.filter((c) => c.type !== "comment").map(value);
  if (n?.type !== "sigil" || n.namedChildren.find((c) => c.type === "sigil_name")?.text !== "w") return void 0;
  if (n.namedChildren.some((c) => c.type === "interpolation")) return void 0;
  const atoms = (n.namedChildren.find((c) => c.type === "sigil_modifiers")?.text ?? "").includes("a");
  const words = n.namedChildren.filter((c) => c.type === "quoted_content").map((c) => c.text).join("").split(/\s+/).filter(Boolean);
  return words.map((w) => atoms ? { kind: "atom", value: w } : { kind: "string", value: w });
}
function value(n) {
  if (!n) return { kind: "nil" };
  switch (n.type) {
    case "identifier":
      return bound.get(n.text) ?? { kind: "other", node: n };
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
    case "tuple":
      return { kind: "tuple", items: n.namedChildren.filter((c) => c.type !== "comment" && c.type !== "keywords").map(value), node: n };
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
function columnType(v, opts) {
  if (v.kind === "call" && v.name === "references") {
    const a = callArgs(v.node);
    const t = nameOf(value(a.keywords.get("type")));
    const type2 = !t || t === "bigserial" || t === "identity" ? "bigint" : t === "serial" ? "integer" : columnType({ kind: "atom", value: t }, /* @__PURE__ */ new Map()).type;
    const fkName = nameOf(value(a.keywords.get("name")));
    const fkColumn = nameOf(value(a.keywords.get("column")));
    return { type: type2, fk: nameOf(value(a.positional[0])) ?? "unknown", ...fkName ? { fkName } : {}, ...fkColumn ? { fkColumn } : {} };
  }
  const composite = compositeType(v);
  if (composite === "map") return { type: TYPES.map };
  if (composite) return { type: `${columnType(composite.element, opts).type}[]` };
  const written = nameOf(v);
  if (written === void 0 && v.kind !== "nil") {
    const text = ("node" in v && v.node ? v.node.text : "a value").replace(/\s+/g, " ");
    return { type: `"${text.replace(/"/g, '""')}"`, unread: text };
  }
  const name = written ?? "string";
  const type = handlerFor(TYPES, name) ?? name;
  const num = (key) => {
    const n = value(opts.get(key));
    return n.kind === "number" ? n.value : void 0;
  };
  const size = num("size");
  const precision = num("precision");
  const scale = num("scale");
  if (SECONDS.has(name)) return { type: withPrecision(type, 0) };
  if (USEC.has(name)) return { type: precision === void 0 ? type : withPrecision(type, precision) };
  if (size !== void 0) return { type: `${type}(${size})` };
  if (precision !== void 0) return { type: `${type}(${precision}${scale !== void 0 ? `, ${scale}` : ""})` };
  if (name === "string") return { type: `${type}(255)` };
  return { type };
}
function compositeType(v) {
  if (v.kind !== "tuple" || v.items.length !== 2) return void 0;
  const [kind, element] = v.items;
  if (kind.kind !== "atom") return void 0;
  if (kind.value === "array") return { element };
  if (kind.value === "map") return "map";
  return void 0;
}
function fromType(from) {
  const v = value(from);
  if (v.kind !== "tuple" || compositeType(v)) return { type: v, opts: /* @__PURE__ */ new Map() };
  return { type: v.items[0] ?? { kind: "nil" }, opts: keywordsOf(from.namedChildren.find((c) => c.type === "keywords")) };
}
function columnDefault(n) {
  if (!n) return void 0;
  const v = value(n);
  if (v.kind === "nil") return void 0;
  if (v.kind === "number" || v.kind === "bool") return sqlDefault(v.value);
  if (v.kind === "string" || v.kind === "atom") return sqlDefault(v.value);
  if (v.kind === "call" && v.name === "fragment") return eString(callArgs(v.node).positional[0])?.text ?? "'?'";
  return sqlDefault(n.text);
}

// src/core/frameworks/ecto/commands.ts
var flag = (n) => value(n).value;
function pipedArgs(node, positional) {
  const parent = node.parent;
  const piped = parent?.type === "binary_operator" && parent.childForFieldName("operator")?.text === "|>" && parent.childForFieldName("right")?.id === node.id;
  const left = piped ? parent.childForFieldName("left") : null;
  return left ? [left, ...positional] : positional;
}
var execute = (r, { node, a, line, ctx }) => {
  const [first, down] = pipedArgs(node, a.positional);
  if (ctx.mode === "change" && !down) r.irreversible(line, "`execute/1`");
  if (first?.type === "anonymous_function") {
    r.walk(first, ctx);
    return true;
  }
  const s = r.sqlOf(first, node);
  if (s && !opensUnknown(s)) {
    const p = { sql: s.text, line: s.line };
    if (s.inexact) p.inexact = true;
    r.t.up.push(p);
  } else r.notRead(line, first);
  const undo = ctx.mode === "change" && down ? r.string(down) : void 0;
  if (undo && !undo.inexact && !undo.text.trim()) r.emptyDowns.push(lineOf(down));
  return true;
};
function createTable(r, { node, line }, target, table) {
  const cols = [];
  const after = [];
  const ta = callArgs(target);
  if (value(ta.keywords.get("primary_key")).kind !== "bool" || value(ta.keywords.get("primary_key")).value)
    cols.push({ name: "id", type: "bigserial", primaryKey: true });
  const block = doBlock(node);
  if (block) r.columns(block.namedChildren, table, cols, after);
  r.emit(line, sql.createTable(table, cols));
  for (const s of after) r.emit(line, s);
}
function createIndex(r, line, kind, target, table) {
  const ia = callArgs(target);
  const cols = namesOf(value(ia.positional[1]));
  const unique = kind === "unique_index" || flag(ia.keywords.get("unique")) === true;
  const conc = flag(ia.keywords.get("concurrently")) === true;
  const iname = nameOf(value(ia.keywords.get("name")));
  if (cols.length) r.emit(line, sql.createIndex(table, cols, { name: iname ?? `${bare(table)}_${cols.join("_")}_index`, unique, concurrently: conc }));
}
var bare = (table) => table.slice(table.lastIndexOf(".") + 1);
function createConstraint(r, line, target, table) {
  const ca = callArgs(target);
  const cname = nameOf(value(ca.positional[1]));
  const check = eString(ca.keywords.get("check"));
  const notValid = flag(ca.keywords.get("validate")) === false;
  if (check) r.emit(line, sql.addCheck(table, check.text, cname, notValid));
}
function unknownTable(r, node, first, line) {
  const arg = first?.type === "call" ? callArgs(first).positional[0] : void 0;
  if (first && arg && arg.type !== "identifier" && ["table", "index", "unique_index", "constraint"].includes(callTarget(first)))
    r.notAnalysed(
      line,
      `\`${node.text.split("\n", 1)[0].slice(0, 60)}\`: the table is a value this file does not hold, so what it changes was not read. Review it by hand.`
    );
  return true;
}
function droppedTable(r, first) {
  const known = r.table(first);
  if (known !== void 0 || first?.type !== "call" || !["table", "index", "unique_index", "constraint"].includes(callTarget(first))) return known;
  return callArgs(first).positional[0]?.type === "identifier" ? PLACEHOLDER : void 0;
}
var create = (r, c) => {
  const { first, line } = c;
  if (first?.type !== "call") return true;
  const kind = callTarget(first);
  const table = r.table(first);
  if (!table) return unknownTable(r, c.node, first, line);
  if (kind === "table") createTable(r, c, first, table);
  else if (kind === "index" || kind === "unique_index") createIndex(r, line, kind, first, table);
  else if (kind === "constraint") createConstraint(r, line, first, table);
  return true;
};
var alter = (r, { node, first, a, line, ctx }) => {
  const table = r.table(first);
  const inline = a.keywords.get("do");
  const body = doBlock(node)?.namedChildren ?? (inline ? [inline] : []);
  if (table) r.alterNodes(body, table, ctx);
  else if (body.length)
    r.notAnalysed(
      line,
      `\`${node.text.split("\n", 1)[0].slice(0, 60)}\`: the table is a value this file does not hold, so what the block changes was not read. Review it by hand.`
    );
  return true;
};
var drop = (r, { node, name, line, first, ctx }) => {
  if (first?.type !== "call") return true;
  const kind = callTarget(first);
  const table = droppedTable(r, first);
  if (!table) return unknownTable(r, node, first, line);
  const inChange = ctx.mode === "change";
  if (kind === "table") {
    r.emit(line, sql.dropTable(table, name === "drop_if_exists"));
    if (inChange) r.irreversible(line, "`drop table`");
  } else if (kind === "index" || kind === "unique_index") {
    const ia = callArgs(first);
    const cols = namesOf(value(ia.positional[1]));
    const own = nameOf(value(ia.keywords.get("name"))) ?? `${bare(table)}_${cols.join("_")}_index`;
    const iname = table.includes(".") ? `${table.slice(0, table.lastIndexOf("."))}.${own}` : own;
    r.emit(line, sql.dropIndex(iname, { concurrently: flag(ia.keywords.get("concurrently")) === true }));
  } else if (kind === "constraint") {
    const cname = nameOf(value(callArgs(first).positional[1]));
    if (cname) r.emit(line, sql.dropConstraint(table, cname));
    if (inChange) r.irreversible(line, "`drop constraint`");
  }
  return true;
};
var rename = (r, { node, a, line, first }) => {
  const table = droppedTable(r, first);
  if (!table) return unknownTable(r, node, first, line);
  const to = a.keywords.get("to");
  const col = nameOf(value(a.positional[1]));
  if (col && to) {
    const nn = nameOf(value(to));
    if (nn) r.emit(line, sql.renameColumn(table, col, nn));
  } else if (to?.type === "call") {
    const nt = r.table(to);
    if (nt) r.emit(line, sql.renameTable(table, nt));
  }
  return true;
};
var query = (r, { first }) => {
  r.raw(first);
  return true;
};
var COMMANDS = {
  execute,
  create,
  create_if_not_exists: create,
  alter,
  drop,
  drop_if_exists: drop,
  rename,
  query,
  "query!": query
};

// src/core/frameworks/ecto/reader.ts
var DATA_CALLS = ["update_all", "delete_all", "insert_all", "insert", "update", "delete"];
var ALTER_COMMANDS = /* @__PURE__ */ new Set(["add", "add_if_not_exists", "remove", "remove_if_exists", "modify", "timestamps"]);
var TABLE_CALLS = /* @__PURE__ */ new Set(["table", "index", "unique_index", "constraint"]);
var EctoReader = class {
  t = newTranslation(true);
  /** The module's other functions (`defp fixup(table, column)`), by name: their commands are read or said. */
  helpers = /* @__PURE__ */ new Map();
  entered = /* @__PURE__ */ new Set();
  emit(line, text) {
    this.t.up.push({ sql: text, line, synthetic: true });
  }
  /** Lines of `execute(up, "")` in `change`: their rollback runs nothing. */
  emptyDowns = [];
  /** An `execute` whose SQL is not a string this file holds: a notice naming it, never silence. */
  notRead(line, arg) {
    const text = arg?.text ?? "";
    const call = arg?.type === "string" || !text || text.length > 40 || text.includes("\n") ? "`execute`" : `\`execute(${text})\``;
    const why = arg?.type === "string" ? "its SQL begins with `#{\u2026}`, a value this file does not hold" : "its SQL is not a string this file holds (a variable, a function's result, a value built at run time)";
    this.t.hits.push(hit("not-analysed", line, `${call}: ${why}, so the statement was not read. Review what it runs by hand.`));
  }
  notAnalysed(line, message) {
    this.t.hits.push(hit("not-analysed", line, message));
  }
  irreversible(line, what) {
    const message = `${what} inside \`change\` cannot be reversed: write \`up\`/\`down\`.`;
    if (!this.t.hits.some((h) => h.rule === "irreversible-operation" && h.line === line && h.message === message))
      this.t.hits.push(hit("irreversible-operation", line, message));
  }
  /** The module's attributes bound to a literal list or word sigil (`@dropped [:a, :b]`, `@cols ~w(a b)a`): what a loop may run over. */
  listAttributes = /* @__PURE__ */ new Map();
  /**
   * A loop over a list this file holds, as Elixir runs it: `for v <- list do … end` (or `, do: …`)
   * and `Enum.each(list, fn v -> … end)`, the list a literal, a word sigil or a module attribute
   * bound to one. Its variable and elements, and the statements of its body; 'unread' for a loop of
   * another shape (a list known at run time, more than one generator, a filter, a pattern);
   * undefined for a call that is no loop.
   */
  loop(c) {
    const name = callTarget(c);
    const a = callArgs(c);
    let variable;
    let list;
    let body = [];
    if (name === "for") {
      const [generator, ...more] = a.positional;
      if (generator?.type !== "binary_operator" || generator.childForFieldName("operator")?.text !== "<-" || more.length || a.keywords.size > 1)
        return "unread";
      variable = generator.childForFieldName("left") ?? void 0;
      list = generator.childForFieldName("right") ?? void 0;
      const block = c.namedChildren.find((n) => n.type === "do_block");
      const inline = a.keywords.get("do");
      if (block) body = block.namedChildren.filter((n) => n.type !== "comment");
      else if (inline && a.keywords.size === 1) body = [inline];
      else return "unread";
    } else if (name === "Enum.each" || name === "Enum.map") {
      const [enumerable, fn, ...more] = a.positional;
      const clauses = fn?.type === "anonymous_function" ? fn.namedChildren.filter((n) => n.type === "stab_clause") : [];
      const params = clauses[0]?.namedChildren.find((n) => n.type === "arguments")?.namedChildren ?? [];
      if (more.length || clauses.length !== 1 || params.length !== 1) return "unread";
      variable = params[0];
      list = enumerable;
      body = clauses[0].namedChildren.find((n) => n.type === "body")?.namedChildren.filter((n) => n.type !== "comment") ?? [];
    } else return void 0;
    const attribute = list?.type === "unary_operator" && list.childForFieldName("operator")?.text === "@" ? list.childForFieldName("operand")?.text : void 0;
    const bound2 = list?.type === "identifier" ? value(list) : void 0;
    const items = bound2?.kind === "list" ? bound2.items : listItems(attribute !== void 0 ? this.listAttributes.get(attribute) : list);
    if (variable?.type !== "identifier" || !items) return "unread";
    return { variable: variable.text, items, body };
  }
  /**
   * A loop that cannot be unrolled here, whose body runs migration commands (`alter` true: inside
   * an `alter table` block, where `add`/`remove`/`modify` are commands too): a notice, never silence.
   */
  unreadLoop(c, alter2) {
    const command = (name) => handlerFor(COMMANDS, name) !== void 0 || alter2 && ALTER_COMMANDS.has(name);
    const capture = (n) => n.parent?.type === "binary_operator" && n.parent.parent?.type === "unary_operator" && n.parent.parent.text.startsWith("&");
    const runs = (n) => n.type === "call" ? command(callTarget(n)) : capture(n) && command(n.text);
    if (![...c.descendantsOfType("call"), ...c.descendantsOfType("identifier")].some(runs)) return;
    const head = c.text.split("\n", 1)[0];
    this.t.hits.push(
      hit(
        "not-analysed",
        lineOf(c),
        `\`${head.length > 60 ? `${head.slice(0, 57)}\u2026` : head}\`: a loop over values this file does not hold (or of a shape not read) runs migration commands, so what they change was not read. Review it by hand, or loop over a literal list or a module attribute bound to one.`
      )
    );
  }
  /** The module's attributes bound to a string literal (`@alter "ALTER TABLE apps ALTER COLUMN scopes"`). */
  attributes = /* @__PURE__ */ new Map();
  /** `#{@alter}` in a string: the attribute's string; `#{table}` in a loop's body: the element's name. */
  resolve = (expr) => {
    if (expr.type === "identifier") return nameOf(value(expr));
    const operand = expr.type === "unary_operator" && expr.childForFieldName("operator")?.text === "@" ? expr.childForFieldName("operand") : void 0;
    return operand?.type === "identifier" ? this.attributes.get(operand.text) : void 0;
  };
  /**
   * The table of `table(…)`, `index(…)`, `unique_index(…)`, `constraint(…)`: an atom or string,
   * else the module attribute it names (`table(@table)` with `@table "comments"`, santiment/sanbase2's
   * migrations) or a string whose `#{…}` this file holds (`table("#{@prefix}_events")`, a loop's
   * `"#{t}_archive"`). Undefined for a name known only at run time.
   */
  table(n) {
    const written = tableOf(n);
    if (written !== void 0 || n?.type !== "call" || !TABLE_CALLS.has(callTarget(n))) return written;
    const a = callArgs(n);
    const arg = a.positional[0];
    const operand = arg?.type === "unary_operator" && arg.childForFieldName("operator")?.text === "@" ? arg.childForFieldName("operand") : void 0;
    const s = arg?.type === "string" ? this.string(arg) : void 0;
    const name = operand?.type === "identifier" ? this.attributes.get(operand.text) : s && !s.inexact && s.text ? s.text : void 0;
    const prefix = nameOf(value(a.keywords.get("prefix")));
    return name === void 0 || a.keywords.has("prefix") && !prefix ? void 0 : prefix ? `${prefix}.${name}` : name;
  }
  /** A string with the module's attributes in it. */
  string(n) {
    return eString(n, this.resolve);
  }
  /** A SQL string as written (`execute "…"`, `repo().query!("…")`). */
  raw(n) {
    const s = this.string(n);
    if (!s) return false;
    const p = { sql: s.text, line: s.line };
    if (s.inexact) p.inexact = true;
    this.t.up.push(p);
    return true;
  }
  /**
   * The SQL an `execute` runs: a string (its `#{@attribute}`s filled in), the string a variable of
   * the function is bound to once (`definition = """…"""`), or the string a function of the
   * module without arguments returns. Undefined for anything else.
   */
  sqlOf(n, at) {
    if (!n) return void 0;
    if (n.type === "identifier") return this.string(boundString(n.text, at));
    if (n.type === "call" && n.childForFieldName("target")?.type === "identifier" && !callArgs(n).positional.length) {
      const helper = this.helpers.get(callTarget(n));
      const params = helper?.head?.type === "call" ? callArgs(helper.head).positional.length : 0;
      const body = helper?.body?.type === "do_block" ? helper.body.namedChildren.filter((c) => c.type !== "comment") : helper?.body ? [helper.body] : [];
      return !params && body.length === 1 ? this.string(body[0]) : void 0;
    }
    return this.string(n);
  }
  walk(body, ctx) {
    this.walkNodes(body.namedChildren, ctx);
  }
  walkNodes(nodes, ctx) {
    for (const c of nodes) {
      if (c.type === "comment") continue;
      if (c.type === "call") {
        const loop = this.loop(c);
        if (loop === "unread") this.unreadLoop(c, false);
        else if (loop) {
          for (const item of loop.items) withBound(loop.variable, item, () => this.walkNodes(loop.body, ctx));
          continue;
        }
        if (this.command(c, ctx)) continue;
      }
      this.walk(c, ctx);
    }
  }
  /** Handle a command; true when its children need no further walking. */
  command(c, ctx) {
    const name = callTarget(c);
    const a = callArgs(c);
    const handler = handlerFor(COMMANDS, name);
    if (handler) return handler(this, { name, node: c, a, line: lineOf(c), first: a.positional[0], ctx });
    const helper = c.childForFieldName("target")?.type === "identifier" ? this.helpers.get(name) : void 0;
    if (helper?.body && !(this.entered.has(name) && !paramsOf(helper).length)) return this.helper(name, helper, c, ctx);
    if (c.childForFieldName("target")?.type === "dot") {
      const t = c.childForFieldName("target");
      const prop = t.childForFieldName("right")?.text;
      if (prop === "query" || prop === "query!") {
        this.raw(a.positional[0]);
        return true;
      }
      if (DATA_CALLS.includes(prop ?? "")) {
        this.t.changesData = true;
        const write = prop === "update_all" || prop === "delete_all" ? bulkWrite(c, prop, a.positional[0]) : void 0;
        if (write) this.emit(lineOf(c), write);
      }
    }
    return false;
  }
  /**
   * A call of one of the module's own functions, read where it is called, as Elixir runs it: its
   * parameters standing for the values it is given (`drop_legacy(:events)`, `:events |>
   * drop_legacy()`: atoms, strings, numbers, lists, a module attribute bound to one, a loop's
   * element; a default `\\` it leaves out, when written out). Given a value known only at run time
   * (hexpm's `defp fixup(table, column)` called with variables), of another shape (clauses matching
   * patterns), or calling itself, its commands are said, not read.
   */
  helper(name, helper, c, ctx) {
    const params = paramsOf(helper);
    const bindings = this.entered.has(name) ? void 0 : this.parameters(name, params, c);
    if (bindings) {
      this.entered.add(name);
      withScope(bindings, () => this.walk(helper.body, ctx));
      if (params.length) this.entered.delete(name);
      return true;
    }
    if (this.runsCommands(name))
      this.t.hits.push(
        hit(
          "not-analysed",
          lineOf(c),
          this.entered.has(name) ? `\`${name}/${params.length}\`, a function of this migration, calls itself, so the migration commands it runs there were not read. Review what it changes by hand.` : `\`${name}/${params.length}\`, a function of this migration, runs migration commands on names it is given at run time (not atoms, strings or lists written out, or a function of several clauses): they were not read. Review what it changes by hand.`
        )
      );
    return true;
  }
  /** Whether a function of the module runs migration commands, itself or through its others. */
  runsCommands(name, seen = /* @__PURE__ */ new Set()) {
    const body = this.helpers.get(name)?.body;
    if (!body || seen.has(name)) return false;
    seen.add(name);
    return body.descendantsOfType("call").some((n) => handlerFor(COMMANDS, callTarget(n)) !== void 0 || callTarget(n) === "execute" || this.runsCommands(callTarget(n), seen));
  }
  /**
   * What a function's parameters stand for at a call (the value piped in first): the call's values
   * in order, a default it leaves out when written out. Undefined when any is not a value written
   * out, a parameter is a pattern, the call gives keywords, or the module defines the function in
   * more than one clause (which one runs rests on the values).
   */
  parameters(name, params, c) {
    if (!params.length) return [];
    const headName = (n) => n?.type === "binary_operator" && n.childForFieldName("operator")?.text === "when" ? headName(n.childForFieldName("left") ?? void 0) : n ? callTarget(n) : "";
    const clauses = params[0].parent?.parent?.parent?.parent?.parent?.namedChildren.filter(
      (n) => n.type === "call" && ["def", "defp"].includes(callTarget(n)) && headName(callArgs(n).positional[0]) === name
    );
    const a = callArgs(c);
    const args = pipedArgs(c, a.positional);
    if ((clauses?.length ?? 0) > 1 || a.keywords.size || args.length > params.length) return void 0;
    const arg = (n) => {
      const attribute = n.type === "unary_operator" && n.childForFieldName("operator")?.text === "@" ? n.childForFieldName("operand")?.text : void 0;
      const words = n.type === "sigil" ? listItems(n) : void 0;
      if (words) return { kind: "list", items: words };
      if (attribute === void 0) return value(n);
      const s = this.attributes.get(attribute);
      const list = listItems(this.listAttributes.get(attribute));
      return s !== void 0 ? { kind: "string", value: s } : list ? { kind: "list", items: list } : value(n);
    };
    const out = [];
    for (const [i, p] of params.entries()) {
      const isDefault = p.type === "binary_operator" && p.childForFieldName("operator")?.text === "\\\\";
      const id = isDefault ? p.childForFieldName("left") : p;
      const given = args[i];
      const d = isDefault ? p.childForFieldName("right") : null;
      const v = given ? arg(given) : d && !d.descendantsOfType("identifier").length ? value(d) : void 0;
      if (id?.type !== "identifier" || !v || !isLiteral(v)) return void 0;
      out.push([id.text, v]);
    }
    return out;
  }
  /** `add`/`timestamps` calls of a table block: columns into `cols`, foreign keys into `after`. */
  columns(nodes, table, cols, after) {
    for (const c of nodes) {
      if (c.type !== "call") continue;
      const name = callTarget(c);
      const a = callArgs(c);
      if (name === "add" || name === "add_if_not_exists") {
        const col = nameOf(value(a.positional[0]));
        if (!col) continue;
        const { type, fk, fkName, fkColumn } = columnType(value(a.positional[1]), a.keywords);
        const def = { name: col, type };
        if (value(a.keywords.get("null")).value === false) def.notNull = true;
        if (value(a.keywords.get("primary_key")).value === true) def.primaryKey = true;
        const d = columnDefault(a.keywords.get("default"));
        if (d !== void 0) def.default = d;
        cols.push(def);
        if (fk) after.push(sql.addForeignKey(table, [col], fk, [fkColumn ?? "id"], fkName ? { name: fkName } : {}));
      } else if (name === "timestamps") {
        for (const n of ["inserted_at", "updated_at"])
          cols.push({ name: n, type: "timestamp(0) without time zone", notNull: value(a.keywords.get("null")).value !== true });
      }
    }
  }
  /**
   * `modify :c, type, opts`: its type (and foreign key, for a reference: ecto_sql adds the
   * constraint in the same statement, validating every row), its null:, and the type its `from:`
   * says the column had (the file then knows it, whatever history can be read).
   */
  modify(a, table, col, line, inChange) {
    const { type, fk, fkName, fkColumn, unread } = columnType(value(a.positional[1]), a.keywords);
    const from = a.keywords.get("from");
    if (from) {
      const before = fromType(from);
      const was = before.type.kind === "nil" ? void 0 : columnType(before.type, before.opts).type;
      if (was && !this.t.knownTypes?.some((k) => k.table === table && k.column === col)) (this.t.knownTypes ??= []).push({ table, column: col, type: was });
    }
    if (unread === void 0) this.emit(line, sql.changeType(table, col, type));
    else
      this.t.hits.push(
        hit(
          "not-analysed",
          line,
          `\`modify :${col}, ${unread.length > 40 ? "\u2026" : unread}\`: the new type is a value this file does not hold, so the type change of ${table}.${col} was not judged (a narrowing or a rewrite of the table would go unsaid). Review it by hand.`
        )
      );
    if (fk) this.emit(line, sql.addForeignKey(table, [col], fk, [fkColumn ?? "id"], fkName ? { name: fkName } : {}));
    if (a.keywords.has("default")) {
      const d = columnDefault(a.keywords.get("default"));
      this.emit(line, d === void 0 ? sql.dropDefault(table, col) : sql.setDefault(table, col, d));
    }
    const nullV = value(a.keywords.get("null"));
    if (nullV.kind === "bool") this.emit(line, nullV.value ? sql.dropNotNull(table, col) : sql.setNotNull(table, col));
    if (inChange && !from) this.irreversible(line, "`modify` without `from:`");
  }
  /** The commands of an `alter table(:t) do … end` block (or its `do:`). */
  alterNodes(nodes, table, ctx) {
    const inChange = ctx.mode === "change";
    for (const c of nodes) {
      if (c.type !== "call") continue;
      const loop = this.loop(c);
      if (loop === "unread") this.unreadLoop(c, true);
      else if (loop) for (const item of loop.items) withBound(loop.variable, item, () => this.alterNodes(loop.body, table, ctx));
      if (loop) continue;
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
          if (inChange && name === "add_if_not_exists") this.irreversible(line, "`add_if_not_exists`");
          break;
        }
        case "remove":
        case "remove_if_exists":
          if (col) this.emit(line, sql.dropColumn(table, col));
          if (inChange && name === "remove_if_exists") this.irreversible(line, "`remove_if_exists`");
          else if (inChange && a.positional.length < 2) this.irreversible(line, `\`${name}\` without a column type`);
          break;
        case "modify":
          if (col) this.modify(a, table, col, line, inChange);
          break;
        default:
          break;
      }
    }
  }
};
var paramsOf = (helper) => helper.head?.type === "call" ? callArgs(helper.head).positional : [];
function bulkWrite(call, prop, first) {
  const parent = call.parent;
  const piped = parent?.type === "binary_operator" && parent.childForFieldName("operator")?.text === "|>" && parent.childForFieldName("right")?.id === call.id;
  const query2 = queryable(piped ? parent.childForFieldName("left") ?? void 0 : first);
  return query2 ? sql.dataWrite(prop === "update_all" ? "update" : "delete", query2.table, query2.filtered) : void 0;
}
function queryable(node, filtered = false) {
  if (!node) return void 0;
  if (node.type === "string") return { table: node.text.replace(/^"|"$/g, ""), filtered };
  if (node.type === "alias") return { table: node.text, filtered };
  if (node.type === "binary_operator") {
    const op = node.childForFieldName("operator")?.text;
    if (op === "in") return queryable(node.childForFieldName("right") ?? void 0, filtered);
    if (op === "|>") {
      const right = node.childForFieldName("right");
      return queryable(node.childForFieldName("left") ?? void 0, filtered || right?.type === "call" && callTarget(right) === "where");
    }
    return void 0;
  }
  if (node.type !== "call") return void 0;
  const name = callTarget(node);
  const args = callArgs(node);
  if (name === "from") return queryable(args.positional[0], filtered || args.keywords.has("where"));
  if (name === "where") return queryable(args.positional[0], true);
  return void 0;
}
function boundString(name, at) {
  let fn = at.parent;
  while (fn && !(fn.type === "call" && ["def", "defp"].includes(callTarget(fn)))) fn = fn.parent;
  const body = fn?.namedChildren.find((c) => c.type === "do_block");
  if (!body) return void 0;
  const binds = body.descendantsOfType("binary_operator").filter((b) => b.childForFieldName("operator")?.text === "=" && b.childForFieldName("left")?.text === name);
  const only = binds.length === 1 ? binds[0] : void 0;
  const right = only?.childForFieldName("right");
  return only?.parent?.id === body.id && only.startIndex < at.startIndex && right?.type === "string" ? right : void 0;
}

// src/core/frameworks/ecto.ts
function migrationModule(root) {
  const modules = root.descendantsOfType("call").filter((c) => callTarget(c) === "defmodule");
  const statements = (m) => (doBlock(m)?.namedChildren ?? []).filter((c) => c.type === "call");
  const uses = (m) => statements(m).some((c) => callTarget(c) === "use" && callArgs(c).positional[0]?.text === "Ecto.Migration");
  const defines = (m) => statements(m).some((c) => {
    if (callTarget(c) !== "def") return false;
    const head = callArgs(c).positional[0];
    const name = head?.type === "call" ? callTarget(head) : head?.text;
    return name === "change" || name === "up";
  });
  return modules.find(uses) ?? modules.find(defines) ?? modules[0];
}
function defs(root) {
  const out = /* @__PURE__ */ new Map();
  const attributes = /* @__PURE__ */ new Map();
  const lists = /* @__PURE__ */ new Map();
  let transactional = true;
  const module = migrationModule(root);
  const block = module ? doBlock(module) : void 0;
  for (const c of block?.namedChildren ?? []) {
    if (c.type === "unary_operator") {
      const op = c.childForFieldName("operand");
      if (op && callTarget(op) === "disable_ddl_transaction" && op.text.includes("true")) transactional = false;
      const [literal, ...rest] = op ? callArgs(op).positional : [];
      const s = eString(literal);
      if (op && s && !s.inexact && !rest.length) attributes.set(callTarget(op), s.text);
      else if (op && literal?.type === "atom" && !rest.length) attributes.set(callTarget(op), literal.text.replace(/^:"?|"$/g, ""));
      else if (op && literal && !rest.length && listItems(literal)) lists.set(callTarget(op), literal);
      continue;
    }
    const kind = c.type === "call" ? callTarget(c) : "";
    if (kind !== "def" && kind !== "defp" && kind !== "defdelegate") continue;
    const a = callArgs(c);
    const head = a.positional[0];
    const name = head?.type === "call" ? callTarget(head) : head?.text;
    if (!name || out.has(name)) continue;
    const to = a.keywords.get("to");
    if (kind === "defdelegate") out.set(name, { node: c, head, body: void 0, ...to ? { delegate: to.text } : {} });
    else out.set(name, { node: c, head, body: doBlock(c) ?? a.keywords.get("do") });
  }
  return { defs: out, transactional, attributes, lists, ...module ? { module } : {} };
}
function bodyStatements(body) {
  if (!body) return [];
  if (body.type !== "do_block") return [body];
  return body.namedChildren.filter((c) => c.type !== "comment");
}
function delegatedHit(ds, first) {
  const names = ["change", "up", "down"].filter((n) => ds.get(n)?.delegate).map((n) => `\`${n}\``);
  const verb = names.length > 1 ? "are" : "is";
  return hit(
    "not-analysed",
    lineOf(first.node),
    `${names.join(" and ")} ${verb} delegated to \`${first.delegate}\`: the operations live in that module and were not read. Review what its migration changes by hand.`
  );
}
async function ectoToPieces(source) {
  var _stack = [];
  try {
    const tree = __using(_stack, await parseCode("elixir", source));
    const root = tree.rootNode;
    const reader = new EctoReader();
    const t = reader.t;
    const err = firstErrorNode(root);
    if (err) t.hits.push(parseErrorHit(lineOf(err), "Elixir"));
    const { defs: ds, transactional, module, attributes, lists } = defs(root);
    t.transactional = transactional;
    reader.attributes = attributes;
    reader.listAttributes = lists;
    reader.helpers = new Map([...ds].filter(([n]) => !["change", "up", "down"].includes(n)));
    const change = ds.get("change");
    const up = ds.get("up");
    const down = ds.get("down");
    const delegated = [change, up].find((d) => d?.delegate);
    if (delegated) {
      t.hits.push(delegatedHit(ds, delegated));
      t.downStatus = change || down ? "not-analysed" : "missing";
      if (!change && !down) t.hits.push(hit("missing-down-migration", lineOf(up.node), "The migration defines `up` but no `down`: it cannot be rolled back."));
    } else if (change) {
      if (change.body) reader.walk(change.body, { mode: "change" });
      t.downStatus = t.hits.some((h) => h.rule === "irreversible-operation") ? "irreversible" : "present";
      if (t.downStatus === "present" && reader.emptyDowns.length) t.downStatus = "empty";
      for (const line of reader.emptyDowns)
        t.hits.push(hit("empty-down-migration", line, 'The `execute` down is `""`: rolling back runs nothing and leaves the change in place.'));
    } else if (up) {
      if (up.body) reader.walk(up.body, { mode: "up" });
      if (down?.delegate) {
        t.downStatus = "not-analysed";
        t.hits.push(delegatedHit(ds, down));
      } else if (!down) {
        t.downStatus = "missing";
        t.hits.push(hit("missing-down-migration", lineOf(up.node), "The migration defines `up` but no `down`: it cannot be rolled back."));
      } else {
        const stmts = bodyStatements(down.body);
        const trivial = (s) => s.type === "atom" || s.type === "nil" || s.type === "call" && callTarget(s) === "raise";
        const inert = (s) => s.type === "atom" || s.type === "nil";
        if (stmts.every(inert) && bodyStatements(up.body).every(inert)) {
        } else if (!stmts.length || stmts.every(trivial)) {
          t.downStatus = "empty";
          const raises = stmts.some((s) => s.type === "call" && callTarget(s) === "raise");
          t.hits.push(
            hit(
              "empty-down-migration",
              lineOf(down.node),
              raises ? "`down` raises instead of undoing the migration." : "`down` does nothing: rolling back leaves the change in place."
            )
          );
        } else {
          const downReader = new EctoReader();
          downReader.helpers = reader.helpers;
          downReader.attributes = attributes;
          downReader.listAttributes = lists;
          if (down.body) downReader.walk(down.body, { mode: "down" });
          t.downSql = downReader.t.up;
          t.downName = "`down`";
          if (stmts.every((s) => s.type === "call" && callTarget(s) === "execute")) {
            const pieces = [];
            for (const s of stmts) {
              const str = downReader.string(callArgs(s).positional[0]);
              if (str) pieces.push({ sql: str.text, line: str.line });
            }
            if (pieces.length === stmts.length) {
              t.down = pieces;
              t.downOnlySql = true;
              t.downLine = lineOf(down.node);
            }
          }
        }
      }
    } else if (!module && source.trim()) {
      t.downStatus = "not-analysed";
      t.hits.push(
        hit(
          "not-analysed",
          1,
          "This file defines no module, so it is not an Ecto migration (ecto_sql runs `<integer>_<name>.exs` files that define one): nothing was read."
        )
      );
    } else {
      t.downStatus = "missing";
      if (source.trim())
        t.hits.push(hit("missing-down-migration", module ? lineOf(module) : 1, "No `change` or `up`/`down` functions were found in this migration."));
    }
    return t;
  } catch (_) {
    var _error = _, _hasError = true;
  } finally {
    __callDispose(_stack, _error, _hasError);
  }
}
var isEctoMigrationName = (name) => /^\d+_\w+\.exs?$/.test(name);
var ecto = withAppDialect(
  dslFramework(ecto_default, "Ecto migration", (input) => ectoToPieces(input.content), "missing", {
    // priv/repo/migrations/20240101000000_name.exs: name order is run order. Migrations compiled
    // into the app are `.ex` (supabase/realtime's tenant migrations under lib/): named the same way.
    isMigration: isEctoMigrationName,
    translate: (content) => ectoToPieces(content)
  }),
  "ecto"
);
var ecto_default2 = ecto;
export {
  ecto_default2 as default,
  ecto,
  ectoToPieces
};
