import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  jsStr,
  parseJs
} from "./chunk-IDTYWZMZ.js";
import {
  dotenvValue,
  isUnread,
  readConfigFile,
  upwards,
  verdictOncePerReader
} from "./chunk-DCVK6NQB.js";
import {
  analyseInVerdict,
  failureText,
  readFailureText,
  unreadVerdict,
  verdictOf,
  withUnread
} from "./chunk-FKTDEFNZ.js";
import {
  LoopVars,
  pyStr
} from "./chunk-V4MZUPIZ.js";
import {
  handlerFor
} from "./chunk-P765CN6Y.js";
import {
  PLACEHOLDER
} from "./chunk-M2CJ2PKO.js";
import {
  firstErrorNode,
  lineOf,
  parseCode
} from "./chunk-TKNREPPV.js";
import {
  require_picomatch
} from "./chunk-7WUAOE4O.js";
import {
  dialectOfPath
} from "./chunk-BF324SM3.js";
import {
  require_dist
} from "./chunk-XVF5O5FK.js";
import {
  __callDispose,
  __toESM,
  __using
} from "./chunk-ADI5M2KE.js";

// src/core/frameworks/laravel/php.ts
var ESCAPES = { n: "\n", t: "	", '"': '"', "'": "'", "\\": "\\", r: "\r", $: "$" };
var bound = new LoopVars();
var withBound = (name, v, read) => bound.with(name, v, read);
var withAllBound = (pairs, read) => bound.withAll(pairs, read);
var withoutBound = (names, read) => names.length ? bound.without(names[0], () => withoutBound(names.slice(1), read)) : read();
function boundAt(v) {
  const known = bound.get(v.text);
  if (!known) return void 0;
  for (let up = v.parent; up && up.type !== "method_declaration"; up = up.parent) {
    if (up.type !== "anonymous_function") continue;
    const uses = up.namedChildren.find((c) => c.type === "anonymous_function_use_clause");
    if (uses?.descendantsOfType("variable_name").some((u) => u.text === v.text)) continue;
    const inside = up.childForFieldName("body");
    const loops = inside?.descendantsOfType("foreach_statement").flatMap((l) => l.namedChildren.slice(1, -1).flatMap((n) => [n, ...n.descendantsOfType("variable_name")])) ?? [];
    const assigned = inside?.descendantsOfType("assignment_expression").map((a) => a.childForFieldName("left")) ?? [];
    if (![...loops, ...assigned].some((n) => n?.text === v.text)) return void 0;
  }
  return known;
}
function literalNames(node) {
  let n = node?.type === "argument" ? node.namedChildren[0] : node;
  if (n?.type === "variable_name") n = boundAt(n);
  if (n?.type !== "array_creation_expression") return void 0;
  const items = n.namedChildren.filter((e) => e.type !== "comment");
  const values = items.map((e) => e.type === "array_element_initializer" && e.namedChildren.length === 1 ? e.namedChildren[0] : void 0);
  return values.length && values.every((v) => v && phpStr(v) !== void 0) ? values : void 0;
}
function phpString(node) {
  if (!node) return void 0;
  if (node.type === "argument") return phpString(node.namedChildren[0]);
  if (node.type === "variable_name") {
    const known = boundAt(node);
    return known ? phpString(known) : void 0;
  }
  if (node.type === "string" || node.type === "encapsed_string") {
    let text = "";
    let inexact = false;
    for (const c of node.namedChildren) {
      if (c.type === "string_content" || c.type === "string_value") text += c.text;
      else if (c.type === "escape_sequence") text += ESCAPES[c.text.slice(1)] ?? c.text;
      else {
        text += PLACEHOLDER;
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
      text += src.slice(pos, from) + PLACEHOLDER;
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
function sqlParts(node, isPrefix) {
  if (!node) return [];
  if (node.type === "argument" || node.type === "parenthesized_expression") return sqlParts(node.namedChildren[0], isPrefix);
  if (isPrefix(node)) return [{ prefix: true }];
  if (node.type === "encapsed_string" && node.namedChildren.some(isPrefix)) {
    return node.namedChildren.map((c) => {
      if (isPrefix(c)) return { prefix: true };
      if (c.type === "string_content" || c.type === "string_value") return { text: c.text, line: lineOf(c), inexact: false };
      if (c.type === "escape_sequence") return { text: ESCAPES[c.text.slice(1)] ?? c.text, line: lineOf(c), inexact: false };
      return { text: PLACEHOLDER, line: lineOf(c), inexact: true };
    });
  }
  if (node.type === "binary_expression" && node.children.some((c) => c.type === "."))
    return [...sqlParts(node.childForFieldName("left"), isPrefix), ...sqlParts(node.childForFieldName("right"), isPrefix)];
  const s = phpString(node);
  return s ? [s] : [{ code: node }];
}
function phpSql(node, isPrefix) {
  if (!node) return void 0;
  const parts = sqlParts(node, isPrefix);
  const code = parts.find((p) => "code" in p);
  if (code) return code;
  let text = "";
  let inexact = false;
  let line;
  parts.forEach((p, i) => {
    if ("text" in p) {
      text += p.text;
      inexact ||= p.inexact;
      line ??= p.line;
      return;
    }
    if ("code" in p) return;
    const next = parts[i + 1];
    if (next && "text" in next && /^[A-Za-z0-9_]/.test(next.text)) return;
    text += PLACEHOLDER;
    inexact = true;
  });
  return { text, line: line ?? lineOf(node), inexact };
}
function phpStr(node) {
  const s = phpString(node);
  return s && !s.inexact ? s.text : void 0;
}
function phpStrList(node) {
  let n = node?.type === "argument" ? node.namedChildren[0] : node;
  if (n?.type === "variable_name") n = boundAt(n) ?? n;
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
var callName = (call) => call.childForFieldName("name")?.text ?? "";

// src/core/frameworks/app-dialect.ts
var import_yaml2 = __toESM(require_dist(), 1);

// src/core/frameworks/django/settings-dialect.ts
var import_picomatch = __toESM(require_picomatch(), 1);
var readFailed = (file, failure, said) => withUnread({ file, failure: readFailureText(failure), readFailed: true }, said);
var BACKENDS = {
  postgresql: "postgres",
  postgresql_psycopg2: "postgres",
  postgis: "postgres",
  mysql: "mysql",
  sqlite3: "sqlite",
  spatialite: "sqlite",
  oracle: "oracle"
};
var OTHER_ENGINES = { mssql: "sqlserver", "sql_server.pyodbc": "sqlserver", django_cockroachdb: "cockroachdb" };
var SCHEMES = {
  postgres: "postgres",
  postgresql: "postgres",
  pgsql: "postgres",
  postgis: "postgres",
  mysql: "mysql",
  mysql2: "mysql",
  mysqlgis: "mysql",
  sqlite: "sqlite",
  spatialite: "sqlite",
  oracle: "oracle",
  mssql: "sqlserver",
  cockroach: "cockroachdb"
};
function named(literal) {
  const text = literal.trim();
  const backend = /^django(?:\.contrib\.gis)?\.db\.backends\.(\w+)$/.exec(text)?.[1];
  if (backend) return handlerFor(BACKENDS, backend);
  if (Object.hasOwn(OTHER_ENGINES, text)) return OTHER_ENGINES[text];
  const scheme = /^([a-z0-9]+)(?:\+\w+)?:\/\//i.exec(text)?.[1];
  return scheme ? handlerFor(SCHEMES, scheme.toLowerCase()) : void 0;
}
function namedIn(value, key, into) {
  for (const s of value.type === "string" ? [value] : value.descendantsOfType("string")) {
    const text = pyStr(s);
    const dialect = text === void 0 ? void 0 : named(text);
    if (dialect) into.push({ dialect, key, line: lineOf(s) });
  }
}
async function settingsModule(source) {
  var _stack = [];
  try {
    const tree = __using(_stack, await parseCode("python", source));
    for (const call of tree.rootNode.descendantsOfType("call")) {
      const args2 = call.childForFieldName("arguments")?.namedChildren ?? [];
      if (args2.length >= 2 && pyStr(args2[0]) === "DJANGO_SETTINGS_MODULE") return pyStr(args2[1]);
    }
    return void 0;
  } catch (_) {
    var _error = _, _hasError = true;
  } finally {
    __callDispose(_stack, _error, _hasError);
  }
}
var moduleFiles = (base, module) => {
  const path = `${base}${module.split(".").join("/")}`;
  return [`${path}.py`, `${path}/__init__.py`];
};
function importedFiles(file, from, base, settings) {
  const dots = /^\.+/.exec(from)?.[0].length ?? 0;
  if (!dots) return from.split(".")[0] === settings.split(".")[0] ? moduleFiles(base, from) : [];
  let dir = file.slice(0, file.lastIndexOf("/") + 1);
  for (let i = 1; i < dots; i++) dir = dir.slice(0, dir.slice(0, -1).lastIndexOf("/") + 1);
  const rest = from.slice(dots);
  return rest ? moduleFiles(dir, rest) : [];
}
var readOr = (read, path) => read(path).then(
  (text) => ({ text }),
  (failure) => ({ failure: failure ?? "unreadable" })
);
var manageReads = /* @__PURE__ */ new WeakMap();
function readManage(read, base) {
  let byDir = manageReads.get(read);
  if (!byDir) manageReads.set(read, byDir = /* @__PURE__ */ new Map());
  let text = byDir.get(base);
  if (!text) byDir.set(base, text = readOr(read, `${base}manage.py`));
  return text;
}
async function findManage(dir, read) {
  for (const base of upwards(dir)) {
    const got = await readManage(read, base);
    if (got.failure !== void 0) return { unread: readFailed(`${base}manage.py`, got.failure) };
    if (got.text !== void 0) return { base, text: got.text };
  }
  return void 0;
}
async function djangoAppDialect(root, read, list) {
  const manage = await findManage(root, read);
  if (!manage) return void 0;
  if ("unread" in manage) return manage.unread;
  let byBase = answers.get(read);
  if (!byBase) answers.set(read, byBase = /* @__PURE__ */ new Map());
  let answer = byBase.get(manage.base);
  if (!answer) byBase.set(manage.base, answer = projectDialect(manage, read, list));
  return answer;
}
var answers = /* @__PURE__ */ new WeakMap();
var servers = (base, module) => ["wsgi.py", "asgi.py"].map((f) => `${base}${module.split(".")[0]}/${f}`);
var SETTINGS_FILES = 24;
var fresh = () => ({ set: false, entries: /* @__PURE__ */ new Map() });
var copy = (s) => ({ set: s.set, entries: new Map([...s.entries].map(([k, v]) => [k, [...v]])) });
function union(states) {
  const out = fresh();
  for (const s of states) {
    out.set ||= s.set;
    for (const [k, v] of s.entries) out.entries.set(k, [...out.entries.get(k) ?? [], ...v.filter((d) => !(out.entries.get(k) ?? []).includes(d))]);
  }
  return out;
}
var replaceWith = (into, from) => {
  into.set = from.set;
  into.entries = from.entries;
};
function entryOf(left) {
  const path = [];
  let at = left;
  while (at?.type === "subscript") {
    path.unshift(at);
    at = at.childForFieldName("value");
  }
  if (at?.type !== "identifier" || at.text !== "DATABASES" || !path.length) return void 0;
  const index = path[0].childForFieldName("subscript");
  return { entry: pyStr(index ?? void 0) ?? index?.text ?? "?", depth: path.length };
}
var Unread = class extends Error {
  constructor(file, failure, readFailed2) {
    super(String(failure));
    this.file = file;
    this.failure = failure;
    this.readFailed = readFailed2;
  }
  file;
  failure;
  readFailed;
};
function splitNames(root) {
  const names = { include: /* @__PURE__ */ new Set(["include"]), optional: /* @__PURE__ */ new Set(["optional"]) };
  for (const imp of root.descendantsOfType("import_from_statement")) {
    if (imp.childForFieldName("module_name")?.text !== "split_settings.tools") continue;
    for (const c of imp.namedChildren)
      if (c.type === "aliased_import") {
        const name = c.childForFieldName("name")?.text;
        const alias = c.childForFieldName("alias")?.text;
        if (alias && (name === "include" || name === "optional")) names[name].add(alias);
      }
  }
  return names;
}
function includedOf(arg, names, optional = false) {
  if (arg.type === "call" && names.optional.has(arg.childForFieldName("function")?.text ?? "")) {
    const inner = arg.childForFieldName("arguments")?.namedChildren[0];
    return inner ? includedOf(inner, names, true) : void 0;
  }
  const fn = arg.type === "call" ? arg.childForFieldName("function") : void 0;
  const template = fn?.type === "attribute" && fn.childForFieldName("attribute")?.text === "format" ? pyStr(fn.childForFieldName("object") ?? void 0) : void 0;
  if (template !== void 0) return { pattern: template.replace(/\{[^{}]*\}/g, "*"), optional, oneOf: /\{[^{}]*\}/.test(template) };
  if (arg.type !== "string") return void 0;
  const exact = pyStr(arg);
  if (exact !== void 0) return { pattern: exact, optional, oneOf: false };
  let pattern = "";
  for (const c of arg.children) {
    if (c.type === "string_content") pattern += c.text;
    else if (c.type === "interpolation") pattern += "*";
    else if (c.type !== "string_start" && c.type !== "string_end") return void 0;
  }
  return { pattern, optional, oneOf: true };
}
var SettingsRun = class {
  constructor(read, list, base, module) {
    this.read = read;
    this.list = list;
    this.base = base;
    this.module = module;
  }
  read;
  list;
  base;
  module;
  reads = 0;
  /** A file's text, counted against the budget; undefined when absent. */
  async text(file) {
    if (this.reads++ >= SETTINGS_FILES) throw new Unread(file, `not read: more than ${SETTINGS_FILES} settings files`, false);
    const got = await readOr(this.read, file);
    if (got.failure !== void 0) throw new Unread(file, got.failure, true);
    return got.text;
  }
  /** The first of a module's files that exists, run in a fresh namespace; undefined when none does. */
  async module_(files, within) {
    for (const file of files) {
      if (within.includes(file)) return void 0;
      const text = await this.text(file);
      if (text === void 0) continue;
      const state = fresh();
      await this.file(file, text, state, [...within, file]);
      return state;
    }
    return void 0;
  }
  /** Runs one file's statements on `state` (an `include()`d file runs in its includer's namespace). */
  async file(file, text, state, within) {
    var _stack = [];
    try {
      const tree = __using(_stack, await parseCode("python", text));
      const lists = /* @__PURE__ */ new Map();
      await this.block(tree.rootNode.namedChildren, { file, state, within, lists, split: splitNames(tree.rootNode) });
    } catch (_) {
      var _error = _, _hasError = true;
    } finally {
      __callDispose(_stack, _error, _hasError);
    }
  }
  async block(statements, at) {
    for (const st of statements) await this.statement(st, at);
  }
  /** A compound statement's branches: each block of its clauses (`elif`, `else`, `except`, `case`). */
  branches(node) {
    const out = [];
    for (const c of node.namedChildren) {
      if (c.type === "block") out.push(c.namedChildren);
      else if (c.type.endsWith("_clause") || c.type === "case_clause") out.push(...this.branches(c));
    }
    return out;
  }
  /** Each branch run on a copy of the state; the state left is what any of them (or none, when `mayNone`) leaves. */
  async either(branches, at, mayNone) {
    const ends = mayNone ? [copy(at.state)] : [];
    for (const b of branches) {
      const state = copy(at.state);
      await this.block(b, { ...at, state });
      ends.push(state);
    }
    replaceWith(at.state, union(ends));
  }
  async statement(st, at) {
    switch (st.type) {
      case "expression_statement":
        for (const e of st.namedChildren) {
          if (e.type === "assignment") await this.assignment(e, at);
          else if (e.type === "call") await this.call(e, at);
        }
        return;
      case "import_from_statement":
        return this.starImport(st, at);
      case "function_definition":
      case "class_definition":
      case "decorated_definition":
        return;
      case "if_statement": {
        const hasElse = st.namedChildren.some((c) => c.type === "else_clause");
        return this.either(this.branches(st), at, !hasElse);
      }
      case "try_statement": {
        const body = st.childForFieldName("body");
        if (body) await this.block(body.namedChildren, at);
        const handlers = st.namedChildren.filter((c) => c.type === "except_clause" || c.type === "except_group_clause");
        await this.either(
          handlers.flatMap((h) => this.branches(h)),
          at,
          true
        );
        for (const c of st.namedChildren) if (c.type === "else_clause" || c.type === "finally_clause") await this.block(this.branches(c).flat(), at);
        return;
      }
      case "with_statement":
        return this.block(this.branches(st).flat(), at);
      default:
        return this.either(this.branches(st), at, true);
    }
  }
  async assignment(asg, at) {
    const left = asg.childForFieldName("left");
    const right = asg.childForFieldName("right");
    if (!left || !right) return;
    if (left.type === "identifier" && left.text !== "DATABASES") {
      if (right.type === "tuple" || right.type === "list") at.lists.set(left.text, right);
      return;
    }
    if (left.type === "identifier") {
      at.state.set = true;
      at.state.entries = /* @__PURE__ */ new Map();
      if (right.type !== "dictionary") return this.setEntry(at, "DATABASES", "DATABASES", right, true);
      for (const pair of right.namedChildren) {
        const value = pair.type === "pair" ? pair.childForFieldName("value") : void 0;
        if (!value) continue;
        const key = pyStr(pair.childForFieldName("key") ?? void 0);
        this.setEntry(at, key ?? "?", key === void 0 ? "DATABASES" : `DATABASES['${key}']`, value, true);
      }
      return;
    }
    const entry = entryOf(left);
    if (!entry) return;
    this.setEntry(at, entry.entry, left.text, right, entry.depth === 1);
  }
  /**
   * The entry `entry` set to what `value` names. A whole entry (`DATABASES['legacy'] = …`) is
   * replaced; a part of one (`DATABASES['default']['ENGINE'] = …`, `.update(…)`) replaces it only
   * when it names a database (`['NAME']`, `['OPTIONS']` leave the engine as it was).
   */
  setEntry(at, entry, key, value, whole) {
    const named2 = [];
    namedIn(value, key, named2);
    if (!named2.length && !whole) return;
    at.state.set = true;
    at.state.entries.set(
      entry,
      named2.map((n) => ({ ...n, file: at.file }))
    );
  }
  async call(call, at) {
    const fn = call.childForFieldName("function");
    const args2 = call.childForFieldName("arguments")?.namedChildren ?? [];
    if (fn?.type === "identifier" && at.split.include.has(fn.text)) return this.include(call, args2, at);
    if (fn?.type !== "attribute" || fn.childForFieldName("attribute")?.text !== "update") return;
    const object = fn.childForFieldName("object");
    if (object?.type === "identifier" && object.text === "DATABASES") {
      for (const arg of args2) {
        const pairs = arg.type === "dictionary" ? arg.namedChildren : arg.type === "keyword_argument" ? [arg] : [];
        for (const pair of pairs) {
          const key = pair.type === "keyword_argument" ? pair.childForFieldName("name")?.text : pyStr(pair.childForFieldName("key") ?? void 0);
          const value = pair.childForFieldName("value");
          if (key !== void 0 && value) this.setEntry(at, key, `DATABASES['${key}']`, value, true);
        }
      }
      return;
    }
    const entry = object ? entryOf(object) : void 0;
    if (entry?.depth === 1) for (const arg of args2) this.setEntry(at, entry.entry, `${object.text}.update`, arg, false);
  }
  /** django-split-settings' `include('components/base.py', optional('local.py'), *files)`: each file run here, in order, relative to this file. */
  async include(call, args2, at) {
    const named2 = [];
    const unknown = (arg) => new Unread(at.file, `include(${arg.text}) names its settings files at run time (line ${lineOf(call)})`, false);
    for (const arg of args2) {
      const splat = arg.type === "list_splat" ? arg.namedChildren[0] : void 0;
      const items = splat ? splat.type === "identifier" ? at.lists.get(splat.text)?.namedChildren : ["tuple", "list"].includes(splat.type) ? splat.namedChildren : void 0 : [arg];
      if (!items) throw unknown(arg);
      for (const item of items) {
        if (item.type === "comment") continue;
        const inc = includedOf(item, at.split);
        if (!inc) throw unknown(item);
        named2.push(inc);
      }
    }
    const dir = at.file.slice(0, at.file.lastIndexOf("/") + 1);
    for (const inc of named2) {
      const files = await this.matching(dir, inc, at.file);
      const run = async (file, state) => {
        if (at.within.includes(file)) return;
        const text = await this.text(file);
        if (text !== void 0) await this.file(file, text, state, [...at.within, file]);
      };
      if (!inc.oneOf) {
        for (const file of files) await run(file, at.state);
        continue;
      }
      const ends = [];
      for (const file of files) {
        const state = copy(at.state);
        await run(file, state);
        ends.push(state);
      }
      if (ends.length) replaceWith(at.state, union(ends));
    }
  }
  /** The files an included pattern names, beside `dir` (a glob read from the folder's listing). */
  async matching(dir, inc, includer) {
    const path = normalise(`${dir}${inc.pattern}`);
    if (!/[*?[\]{}]/.test(inc.pattern)) return [path];
    const slash = path.lastIndexOf("/");
    const folder = path.slice(0, slash + 1);
    const glob = path.slice(slash + 1);
    const names = /[*?[\]{}]/.test(folder) || !this.list ? void 0 : await this.list(folder).catch(() => void 0);
    if (!names) throw new Unread(includer, `include('${inc.pattern}') names files by a glob and the folder ${folder || "./"} could not be listed`, false);
    const match = (0, import_picomatch.default)(glob, { dot: false });
    return names.filter((n) => match(n)).sort().map((n) => `${folder}${n}`);
  }
  /** `from .base import *`: the module run in its own namespace, its `DATABASES` (when it sets one) taken. */
  async starImport(st, at) {
    if (!st.namedChildren.some((c) => c.type === "wildcard_import")) return;
    const from = st.childForFieldName("module_name")?.text;
    if (!from) return;
    const got = await this.module_(importedFiles(at.file, from, this.base, this.module), at.within);
    if (got?.set) replaceWith(at.state, got);
  }
};
function normalise(path) {
  const out = [];
  for (const part of path.split("/")) {
    if (part === "." || part === "") continue;
    if (part === "..") out.pop();
    else out.push(part);
  }
  return out.join("/");
}
async function projectDialect(manage, read, list) {
  const first = await settingsModule(manage.text);
  if (!first) return void 0;
  const modules = [first];
  const sources = [];
  for (const file of servers(manage.base, first)) {
    const got = await readOr(read, file);
    if (got.failure !== void 0) return readFailed(file, got.failure);
    const module = got.text === void 0 ? void 0 : await settingsModule(got.text);
    if (module && !modules.includes(module)) modules.push(module);
  }
  for (const module of modules) {
    const run = new SettingsRun(read, list, manage.base, module);
    try {
      const state = await run.module_(moduleFiles(manage.base, module), []);
      for (const dbs of state?.entries.values() ?? [])
        for (const n of dbs) if (n.dialect !== "sqlite") sources.push({ dialect: n.dialect, from: `the project's ${n.key} (${n.file}:${n.line})` });
    } catch (e) {
      if (!(e instanceof Unread)) throw e;
      const said = verdictOf(sources);
      return e.readFailed ? readFailed(e.file, e.failure, said) : withUnread({ file: e.file, failure: String(e.failure) }, said);
    }
  }
  return verdictOf(sources);
}

// src/core/frameworks/js-app-dialect.ts
var DRIVERS = {
  mysql: "mysql",
  mysql2: "mysql",
  mariadb: "mysql",
  pg: "postgres",
  postgres: "postgres",
  postgresql: "postgres",
  "pg-native": "postgres",
  pgnative: "postgres",
  cockroachdb: "cockroachdb",
  sqlite: "sqlite",
  sqlite3: "sqlite",
  "better-sqlite3": "sqlite",
  mssql: "sqlserver",
  tedious: "sqlserver",
  oracle: "oracle",
  oracledb: "oracle"
};
var keyOf = (pair) => {
  const key = pair.childForFieldName("key");
  return key?.type === "property_identifier" ? key.text : jsStr(key);
};
async function namedInJs(source, path, property) {
  var _stack = [];
  try {
    const tree = __using(_stack, await parseJs(path, source));
    const found = /* @__PURE__ */ new Set();
    for (const pair of tree.rootNode.descendantsOfType("pair")) {
      if (keyOf(pair) !== property) continue;
      const value = pair.childForFieldName("value");
      const strings = value ? value.type === "string" ? [value] : value.descendantsOfType("string") : [];
      for (const s of strings) {
        const d = handlerFor(DRIVERS, jsStr(s)?.toLowerCase() ?? "");
        if (d) found.add(d);
      }
    }
    const error = found.size ? void 0 : firstErrorNode(tree.rootNode);
    if (error) throw new Error(`a syntax error at line ${lineOf(error)}`);
    return found;
  } catch (_) {
    var _error = _, _hasError = true;
  } finally {
    __callDispose(_stack, _error, _hasError);
  }
}
function namedInJson(text) {
  const found = /* @__PURE__ */ new Set();
  let doc;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new Error(`not JSON: ${e.message}`);
  }
  for (const env of Object.values(typeof doc === "object" && doc ? doc : {})) {
    const named2 = typeof env === "object" && env && "dialect" in env ? env.dialect : void 0;
    const d = typeof named2 === "string" ? handlerFor(DRIVERS, named2.toLowerCase()) : void 0;
    if (d) found.add(d);
  }
  return found;
}
function decided(found, from) {
  return verdictOf([...found].filter((d) => d !== "sqlite").map((dialect) => ({ dialect, from })));
}
var KNEXFILES = ["knexfile.js", "knexfile.ts"];
async function knexAppDialect(root, read) {
  for (const dir of upwards(root)) {
    for (const name of KNEXFILES) {
      const text = await readConfigFile(read, `${dir}${name}`);
      if (isUnread(text)) return withUnread(text);
      if (text !== void 0) return readConfig(`${dir}${name}`, () => namedInJs(text, name, "client"), `the knexfile's client (${dir}${name})`);
    }
  }
  return void 0;
}
async function readConfig(path, names, from) {
  try {
    return decided(await names(), from);
  } catch (e) {
    return unreadVerdict(path, e);
  }
}
async function sequelizercConfig(text) {
  var _stack = [];
  try {
    const tree = __using(_stack, await parseJs(".sequelizerc.js", text));
    for (const pair of tree.rootNode.descendantsOfType("pair")) {
      if (keyOf(pair) !== "config") continue;
      const value = pair.childForFieldName("value");
      const parts = value?.type === "call_expression" ? (value.childForFieldName("arguments")?.namedChildren ?? []).map((a) => jsStr(a)) : [jsStr(value)];
      if (!parts.length || parts.some((p) => p === void 0)) return void 0;
      return parts.join("/").replace(/^\.\//, "").replace(/\/{2,}/g, "/");
    }
    return void 0;
  } catch (_) {
    var _error = _, _hasError = true;
  } finally {
    __callDispose(_stack, _error, _hasError);
  }
}
async function sequelizeAppDialect(root, read) {
  for (const dir of upwards(root)) {
    const rc = await readConfigFile(read, `${dir}.sequelizerc`);
    if (isUnread(rc)) return withUnread(rc);
    let configured;
    try {
      configured = rc === void 0 ? void 0 : await sequelizercConfig(rc);
    } catch (e) {
      return unreadVerdict(`${dir}.sequelizerc`, e);
    }
    if (rc !== void 0 && !configured) return void 0;
    const path = `${dir}${configured ?? "config/config.json"}`;
    const text = await readConfigFile(read, path);
    if (isUnread(text)) return withUnread(text);
    if (text === void 0) {
      if (rc !== void 0) return void 0;
      continue;
    }
    return readConfig(path, () => path.endsWith(".json") ? namedInJson(text) : namedInJs(text, path, "dialect"), `the Sequelize config's dialect (${path})`);
  }
  return void 0;
}

// src/core/frameworks/ecto/mix-dialect.ts
var DRIVERS2 = {
  postgrex: "postgres",
  myxql: "mysql",
  mariaex: "mysql",
  ecto_sqlite3: "sqlite",
  sqlite_ecto2: "sqlite",
  tds: "sqlserver",
  tds_ecto: "sqlserver",
  ecto_ch: "clickhouse",
  clickhouse_ecto: "clickhouse"
};
var ADAPTERS = {
  "Ecto.Adapters.Postgres": "postgres",
  "Ecto.Adapters.MyXQL": "mysql",
  "Ecto.Adapters.MySQL": "mysql",
  "Ecto.Adapters.SQLite3": "sqlite",
  "Sqlite.Ecto2": "sqlite",
  "Ecto.Adapters.Tds": "sqlserver",
  "Tds.Ecto": "sqlserver",
  "Ecto.Adapters.ClickHouse": "clickhouse",
  ClickhouseEcto: "clickhouse"
};
var keyOf2 = (pair) => pair.childForFieldName("key")?.text.replace(/:\s*$/, "");
var keywordValues = (root, key) => root.descendantsOfType("pair").flatMap((p) => keyOf2(p) === key && p.childForFieldName("value") ? [p.childForFieldName("value")] : []);
var adapterOf = (value) => value.type === "alias" && Object.hasOwn(ADAPTERS, value.text) ? ADAPTERS[value.text] : void 0;
async function readMix(source) {
  var _stack = [];
  try {
    const tree = __using(_stack, await parseCode("elixir", source));
    const drivers = /* @__PURE__ */ new Map();
    for (const tuple of tree.rootNode.descendantsOfType("tuple")) {
      const first = tuple.namedChildren[0];
      const name = first?.type === "atom" ? first.text.slice(1) : "";
      if (Object.hasOwn(DRIVERS2, name) && !drivers.has(DRIVERS2[name])) drivers.set(DRIVERS2[name], name);
    }
    const app = keywordValues(tree.rootNode, "app").find((v) => v.type === "atom" && /^:\w+$/.test(v.text));
    return { drivers, app: app?.text.slice(1) };
  } catch (_) {
    var _error = _, _hasError = true;
  } finally {
    __callDispose(_stack, _error, _hasError);
  }
}
async function repoAdapter(source) {
  var _stack = [];
  try {
    const tree = __using(_stack, await parseCode("elixir", source));
    for (const call of tree.rootNode.descendantsOfType("call")) {
      if (call.childForFieldName("target")?.text !== "use") continue;
      const args2 = call.namedChildren.find((c) => c.type === "arguments");
      if (args2?.namedChildren[0]?.text !== "Ecto.Repo") continue;
      for (const v of keywordValues(args2, "adapter")) if (adapterOf(v)) return adapterOf(v);
    }
    return void 0;
  } catch (_) {
    var _error = _, _hasError = true;
  } finally {
    __callDispose(_stack, _error, _hasError);
  }
}
var underscored = (module) => module.split(".").pop().replace(/([A-Z]+)([A-Z][a-z])/g, "$1_$2").replace(/([a-z\d])([A-Z])/g, "$1_$2").toLowerCase();
async function configAdapters(source) {
  var _stack = [];
  try {
    const tree = __using(_stack, await parseCode("elixir", source));
    const found = /* @__PURE__ */ new Map();
    for (const call of tree.rootNode.descendantsOfType("call")) {
      if (call.childForFieldName("target")?.text !== "config") continue;
      const args2 = call.namedChildren.find((c) => c.type === "arguments");
      const repo = args2?.namedChildren.find((c) => c.type === "alias");
      if (!args2 || !repo) continue;
      for (const v of keywordValues(args2, "adapter")) {
        const d = adapterOf(v);
        if (!d) continue;
        const folder = underscored(repo.text);
        if (!found.has(folder)) found.set(folder, /* @__PURE__ */ new Set());
        found.get(folder).add(d);
      }
    }
    return found;
  } catch (_) {
    var _error = _, _hasError = true;
  } finally {
    __callDispose(_stack, _error, _hasError);
  }
}
var CONFIGS = ["config/config.exs", "config/dev.exs", "config/prod.exs"];
async function readOr2(read, path) {
  return read(path).then(
    (text) => ({ text }),
    (e) => ({ unread: withUnread({ file: path, failure: readFailureText(e), readFailed: true }) })
  );
}
async function ectoAppDialect(root, read, folder = "priv/repo") {
  const mixPath = `${root}mix.exs`;
  const mix = await readOr2(read, mixPath);
  if (mix.unread) return mix.unread;
  if (mix.text === void 0) return void 0;
  const { drivers, app } = await readMix(mix.text);
  const repo = /^priv\/(\w+)$/.exec(folder)?.[1];
  if (app && repo) {
    const modulePath = `${root}lib/${app}/${repo}.ex`;
    const module = await readOr2(read, modulePath);
    if (module.unread) return module.unread;
    const adapter = module.text === void 0 ? void 0 : await repoAdapter(module.text);
    if (adapter) return { dialect: adapter, from: `the repo's adapter (${modulePath})` };
  }
  const configured = [];
  for (const file of CONFIGS) {
    const config = await readOr2(read, `${root}${file}`);
    if (config.unread) return config.unread;
    if (config.text === void 0) continue;
    for (const dialect of (await configAdapters(config.text)).get(repo ?? "repo") ?? [])
      configured.push({ dialect, from: `the repo's adapter in ${root}${file}` });
  }
  if (configured.length) return verdictOf(configured);
  if (drivers.size === 1 && drivers.has("sqlite")) return void 0;
  return verdictOf([...drivers].map(([dialect, driver]) => ({ dialect, from: `the project's database driver :${driver} (${mixPath})` })));
}

// src/core/frameworks/typeorm-dialect.ts
var import_yaml = __toESM(require_dist(), 1);
var TYPES = {
  mysql: "mysql",
  mariadb: "mysql",
  "aurora-mysql": "mysql",
  postgres: "postgres",
  "aurora-postgres": "postgres",
  cockroachdb: "cockroachdb",
  sqlite: "sqlite",
  "better-sqlite3": "sqlite",
  sqljs: "sqlite",
  capacitor: "sqlite",
  cordova: "sqlite",
  expo: "sqlite",
  nativescript: "sqlite",
  "react-native": "sqlite",
  mssql: "sqlserver",
  oracle: "oracle",
  sap: "hana",
  spanner: "spanner"
};
var OPTION_KEYS = /* @__PURE__ */ new Set([
  "host",
  "port",
  "url",
  "database",
  "username",
  "password",
  "entities",
  "migrations",
  "synchronize",
  "migrationsRun",
  "replication",
  "extra"
]);
var typeOf = (name) => handlerFor(TYPES, name.trim().toLowerCase());
function unwrap(node) {
  switch (node.type) {
    case "parenthesized_expression":
    case "as_expression":
    case "satisfies_expression":
    case "non_null_expression":
      return node.namedChildren[0] ? unwrap(node.namedChildren[0]) : node;
    case "type_assertion":
      return node.namedChildren.at(-1) ? unwrap(node.namedChildren.at(-1)) : node;
    default:
      return node;
  }
}
function leaves(node) {
  const n = unwrap(node);
  if (n.type === "ternary_expression") {
    return [n.childForFieldName("consequence"), n.childForFieldName("alternative")].flatMap((c) => c ? leaves(c) : []);
  }
  const op = n.type === "binary_expression" ? n.childForFieldName("operator")?.type : void 0;
  if (op === "||" || op === "??") return [n.childForFieldName("left"), n.childForFieldName("right")].flatMap((c) => c ? leaves(c) : []);
  return [n];
}
async function typeormTypesInJs(source, path) {
  var _stack = [];
  try {
    const tree = __using(_stack, await parseJs(path, source));
    const named2 = /* @__PURE__ */ new Set();
    const runtime = [];
    const consts = /* @__PURE__ */ new Map();
    for (const d of tree.rootNode.descendantsOfType("variable_declarator")) {
      const name = d.childForFieldName("name");
      const value = d.childForFieldName("value");
      if (name?.type === "identifier" && value) consts.set(name.text, [...consts.get(name.text) ?? [], value]);
    }
    for (const object of tree.rootNode.descendantsOfType("object")) {
      const pairs = object.namedChildren.filter((c) => c.type === "pair");
      const keys = new Set(pairs.map(keyOf));
      if (![...keys].some((k) => k !== void 0 && OPTION_KEYS.has(k))) continue;
      const value = pairs.find((p) => keyOf(p) === "type")?.childForFieldName("value");
      for (const leaf of value ? leaves(value) : []) {
        const bound2 = leaf.type === "identifier" ? consts.get(leaf.text) : void 0;
        const literal = bound2?.length === 1 ? unwrap(bound2[0]) : leaf;
        if (literal.type === "string") {
          const d = typeOf(jsStr(literal) ?? "");
          if (d) named2.add(d);
          continue;
        }
        runtime.push(leaf.text.replace(/\s+/g, " "));
        for (const s of leaf.descendantsOfType("string")) {
          const d = typeOf(jsStr(s) ?? "");
          if (d) named2.add(d);
        }
      }
    }
    const error = named2.size || runtime.length ? void 0 : firstErrorNode(tree.rootNode);
    if (error) throw new Error(`a syntax error at line ${lineOf(error)}`);
    return { named: named2, runtime };
  } catch (_) {
    var _error = _, _hasError = true;
  } finally {
    __callDispose(_stack, _error, _hasError);
  }
}
function typesInData(doc) {
  const found = /* @__PURE__ */ new Set();
  const isMap2 = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
  const entries = Array.isArray(doc) ? doc : isMap2(doc) ? "type" in doc ? [doc] : Object.values(doc) : [];
  for (const entry of entries) {
    const named2 = isMap2(entry) && typeof entry.type === "string" ? typeOf(entry.type) : void 0;
    if (named2) found.add(named2);
  }
  return found;
}
var envTypeormConnection = (text) => dotenvValue(text, "TYPEORM_CONNECTION");
async function typesIn(text, path) {
  const name = path.slice(path.lastIndexOf("/") + 1);
  if (/\.[cm]?[jt]s$/.test(name)) return typeormTypesInJs(text, path);
  return { named: dataTypesIn(text, name), runtime: [] };
}
function dataTypesIn(text, name) {
  if (name.endsWith(".json")) {
    try {
      return typesInData(JSON.parse(text));
    } catch (e) {
      throw new Error(`not JSON: ${e.message}`);
    }
  }
  if (/\.ya?ml$/.test(name)) {
    try {
      return typesInData((0, import_yaml.parse)(text));
    } catch (e) {
      throw new Error(`not YAML: ${e.message}`);
    }
  }
  const connection = envTypeormConnection(text);
  const d = connection ? typeOf(connection) : void 0;
  return new Set(d ? [d] : []);
}
function decided2(found, from) {
  return verdictOf([...found].filter((d) => d !== "sqlite").map((dialect) => ({ dialect, from })));
}
function scriptConfigPaths(packageJson) {
  let scripts;
  try {
    scripts = JSON.parse(packageJson).scripts;
  } catch {
    return [];
  }
  const paths = [];
  for (const script of Object.values(typeof scripts === "object" && scripts ? scripts : {})) {
    if (typeof script !== "string" || !script.includes("typeorm")) continue;
    const words = script.split(/\s+/);
    words.forEach((word, i) => {
      const eq = /^--(?:dataSource|config)=(.+)$/.exec(word)?.[1];
      const next = ["-d", "--dataSource", "-f", "--config"].includes(word) ? words[i + 1] : void 0;
      const path = (eq ?? next)?.replace(/^["']|["']$/g, "").replace(/^\.\//, "");
      if (path && !path.startsWith("-") && !paths.includes(path)) paths.push(path);
    });
  }
  return paths.flatMap((p) => {
    const source = /^(?:dist|build|out)\/(.+)\.js$/.exec(p)?.[1];
    return source ? [p, `${source}.ts`] : [p];
  });
}
var ORMCONFIGS = ["js", "cjs", "mjs", "ts", "mts", "cts", "json", "yml", "yaml"].map((ext) => `ormconfig.${ext}`);
var isDataSourceName = (name) => /^(?:[\w-]+[.-])?(?:data-?source|typeorm|orm[.-]?config)(?:[.-][\w-]+)?\.[cm]?[jt]s$/i.test(name) && !name.endsWith(".d.ts") && !/\.(?:spec|test)\./.test(name);
async function candidates(dir, read, list) {
  const names = list ? await list(dir).catch(() => void 0) : void 0;
  const listed = (name) => names ? names.includes(name) : true;
  const pkg = listed("package.json") ? await readConfigFile(read, `${dir}package.json`) : void 0;
  if (isUnread(pkg)) return pkg;
  const scripted = pkg === void 0 ? [] : scriptConfigPaths(pkg).map((p) => `${dir}${p}`);
  const own = [...["ormconfig.env", ".env"], ...ORMCONFIGS, ".env.example"].filter((n) => names ? names.includes(n) : true);
  const named2 = (names ?? []).filter(isDataSourceName).filter((n) => !n.startsWith("ormconfig."));
  const src = pkg !== void 0 && list ? (await list(`${dir}src/`).catch(() => void 0) ?? []).filter(isDataSourceName).map((n) => `${dir}src/${n}`) : [];
  return { paths: [...scripted, ...own.map((n) => `${dir}${n}`), ...named2.map((n) => `${dir}${n}`), ...src], hasPackage: pkg !== void 0 };
}
var sourceOf = (path) => {
  const name = path.slice(path.lastIndexOf("/") + 1);
  if (name.startsWith(".env") || name.endsWith(".env")) return `the project's TYPEORM_CONNECTION (${path})`;
  return `TypeORM's connection type (${path})`;
};
var NEST_FOLDERS = ["src/config/", "src/database/", "src/db/"];
var NEST_PER_FOLDER = 8;
var isScript = (name) => /\.[cm]?[jt]s$/.test(name) && !name.endsWith(".d.ts") && !/\.(?:spec|test)\./.test(name);
async function nestFiles(dir, list) {
  if (!list) return { files: [`${dir}src/app.module.ts`] };
  const listed = async (folder) => {
    try {
      return await list(folder) ?? [];
    } catch (e) {
      return { file: folder, failure: readFailureText(e), readFailed: true };
    }
  };
  const src = await listed(`${dir}src/`);
  if (!Array.isArray(src)) return { files: [], unread: src };
  const files = src.includes("app.module.ts") ? [`${dir}src/app.module.ts`] : [];
  for (const folder of NEST_FOLDERS) {
    const names = await listed(`${dir}${folder}`);
    if (!Array.isArray(names)) return { files, unread: names };
    files.push(
      ...names.filter(isScript).sort().slice(0, NEST_PER_FOLDER).map((n) => `${dir}${folder}${n}`)
    );
  }
  return { files };
}
function verdictIn(sources, runtime) {
  const said = verdictOf(sources.filter((s) => s.dialect !== "sqlite"));
  return runtime.reduce((v, r) => withUnread(r, v), said);
}
var chosenAtRunTime = (file, runtime) => ({
  file,
  failure: `its connection type is \`${runtime[0].length > 60 ? `${runtime[0].slice(0, 57)}...` : runtime[0]}\``,
  runtime: true
});
async function nestAppDialect(dir, read, list, tried) {
  const sources = [];
  const runtime = [];
  const { files, unread } = await nestFiles(dir, list);
  for (const path of files) {
    if (tried.has(path)) continue;
    const text = await readConfigFile(read, path);
    if (isUnread(text)) return withUnread(text, verdictIn(sources, runtime));
    if (text === void 0) continue;
    let found;
    try {
      found = await typeormTypesInJs(text, path);
    } catch (e) {
      return unreadVerdict(path, e, verdictIn(sources, runtime));
    }
    for (const dialect of found.named) sources.push({ dialect, from: sourceOf(path) });
    if (found.runtime.length && /typeorm/i.test(text)) runtime.push(chosenAtRunTime(path, found.runtime));
  }
  return unread ? withUnread(unread, verdictIn(sources, runtime)) : verdictIn(sources, runtime);
}
async function typeormAppDialect(root, read, list) {
  for (const dir of upwards(root)) {
    const files = await candidates(dir, read, list);
    if (isUnread(files)) return withUnread(files);
    const { paths, hasPackage } = files;
    for (const path of [...new Set(paths)]) {
      const text = await readConfigFile(read, path);
      if (isUnread(text)) return withUnread(text);
      if (text === void 0) continue;
      let found;
      try {
        found = await typesIn(text, path);
      } catch (e) {
        return unreadVerdict(path, e);
      }
      const said = decided2(found.named, sourceOf(path));
      if (found.runtime.length) return withUnread(chosenAtRunTime(path, found.runtime), said);
      if (said) return said;
    }
    if (hasPackage) return nestAppDialect(dir, read, list, new Set(paths));
  }
  const app = /^(?:.*\/)?(?=src\/)/.exec(root)?.[0];
  return app === void 0 ? void 0 : nestAppDialect(app, read, list, /* @__PURE__ */ new Set());
}

// src/core/frameworks/app-dialect.ts
var LARAVEL_DRIVERS = { mysql: "mysql", mariadb: "mysql", pgsql: "postgres", sqlite: "sqlite", sqlsrv: "sqlserver" };
var RAILS_ADAPTERS = {
  mysql2: "mysql",
  mysql: "mysql",
  trilogy: "mysql",
  postgresql: "postgres",
  postgres: "postgres",
  postgis: "postgres",
  sqlite3: "sqlite",
  sqlite: "sqlite",
  sqlserver: "sqlserver",
  cockroachdb: "cockroachdb",
  oracle_enhanced: "oracle"
};
function arrayPairs(array) {
  const pairs = [];
  for (const element of array.namedChildren) {
    if (element.type !== "array_element_initializer" || element.namedChildren.length !== 2) continue;
    const key = phpStr(element.namedChildren[0]);
    if (key !== void 0) pairs.push([key, element.namedChildren[1]]);
  }
  return pairs;
}
var stringsIn = (node) => node.descendantsOfType(["string", "encapsed_string"]).flatMap((s) => {
  const text = phpStr(s);
  return text === void 0 ? [] : [text];
});
async function laravelDatabases(source) {
  var _stack = [];
  try {
    const tree = __using(_stack, await parseCode("php", source));
    const returned = tree.rootNode.descendantsOfType("return_statement")[0]?.namedChildren[0];
    if (returned?.type !== "array_creation_expression") return void 0;
    const top = new Map(arrayPairs(returned));
    const drivers = /* @__PURE__ */ new Map();
    const connections = top.get("connections");
    if (connections?.type === "array_creation_expression")
      for (const [name, value] of arrayPairs(connections)) {
        const driver = value.type === "array_creation_expression" ? arrayPairs(value).find(([k]) => k === "driver")?.[1] : void 0;
        const text = driver ? phpStr(driver) : void 0;
        if (text) drivers.set(name, text);
      }
    const fallback = top.get("default");
    return { defaults: fallback ? stringsIn(fallback).reverse() : [], drivers };
  } catch (_) {
    var _error = _, _hasError = true;
  } finally {
    __callDispose(_stack, _error, _hasError);
  }
}
var envConnection = (text) => dotenvValue(text, "DB_CONNECTION");
var LARAVEL_CONFIGS = ["config/database.php", "app/Config/database.php"];
async function laravelAppDialect(root, read) {
  const [envRead, found] = await Promise.all([
    readConfigFile(read, `${root}.env.example`),
    firstRead(
      read,
      LARAVEL_CONFIGS.map((f) => `${root}${f}`)
    )
  ]);
  const env = isUnread(envRead) ? void 0 : envRead;
  let databases;
  let failure;
  if (found !== void 0 && !isUnread(found)) databases = await laravelDatabases(found.text).catch((e) => void (failure = e));
  const driverOf = (name) => handlerFor(LARAVEL_DRIVERS, databases?.drivers.get(name) ?? name);
  const named2 = env === void 0 ? void 0 : envConnection(env);
  const said = named2 && driverOf(named2) ? { dialect: driverOf(named2), from: `the app's DB_CONNECTION (${root}.env.example)` } : void 0;
  if (isUnread(found)) return withUnread(found, said);
  if (failure !== void 0) return unreadVerdict(found.path, failure, said);
  if (said) return said;
  const defaulted = defaultConnection(databases, found?.path ?? "", driverOf);
  return isUnread(envRead) ? withUnread(envRead, defaulted) : defaulted;
}
function defaultConnection(databases, path, driverOf) {
  for (const name of databases?.defaults ?? []) {
    const dialect = databases?.drivers.has(name) || handlerFor(LARAVEL_DRIVERS, name) ? driverOf(name) : void 0;
    if (dialect) return { dialect, from: `the app's default connection (${path})` };
  }
  return void 0;
}
var RAILS_FILES = ["config/database.yml", "config/database.yml.example", "config/database.yml.sample", "config/example.database.yml"];
var isMap = (v) => typeof v === "object" && v !== null && !Array.isArray(v);
function adapterOf2(entry) {
  if (typeof entry.adapter === "string") return handlerFor(RAILS_ADAPTERS, entry.adapter.trim().toLowerCase());
  const scheme = typeof entry.url === "string" ? /^([a-z0-9]+):/i.exec(entry.url.trim())?.[1] : void 0;
  return scheme ? handlerFor(RAILS_ADAPTERS, scheme.toLowerCase()) : void 0;
}
var migrationPaths = (entry) => (Array.isArray(entry.migrations_paths) ? entry.migrations_paths : [entry.migrations_paths]).filter((p) => typeof p === "string");
var parseRailsYaml = (text) => (0, import_yaml2.parse)(text.replace(/<%[\s\S]*?%>/g, ""), { merge: true });
function railsDocDialect(doc, folder) {
  if (!isMap(doc)) return void 0;
  const env = [doc.production, doc.development, doc.default].find(isMap);
  if (!env) return void 0;
  if (adapterOf2(env)) return adapterOf2(env);
  const entries = Object.entries(env).filter((e) => isMap(e[1]));
  const own = entries.find(([, e]) => migrationPaths(e).some((p) => p.replace(/\/+$/, "") === folder)) ?? (folder === "db/migrate" ? entries.find(([name]) => name === "primary") ?? entries.find(([, e]) => !migrationPaths(e).length) : void 0);
  return own ? adapterOf2(own[1]) : void 0;
}
async function railsAppDialect(root, folder, read) {
  for (const file of RAILS_FILES) {
    const text = await readConfigFile(read, `${root}${file}`);
    if (isUnread(text)) return withUnread(text);
    if (text === void 0) continue;
    let doc;
    try {
      doc = parseRailsYaml(text);
    } catch (e) {
      return unreadVerdict(`${root}${file}`, `not YAML: ${failureText(e)}`);
    }
    const dialect = railsDocDialect(doc, folder);
    return dialect ? { dialect, from: `the app's ${file.slice("config/".length)} (${root}${file})` } : void 0;
  }
  return void 0;
}
async function firstRead(read, paths) {
  for (const path of paths) {
    const text = await readConfigFile(read, path);
    if (isUnread(text)) return text;
    if (text !== void 0) return { path, text };
  }
  return void 0;
}
var laravelApp = (path) => {
  const m = /^(.*?)(database\/migrations)\//.exec(path);
  return m ? { root: m[1], folder: m[2] } : void 0;
};
var railsApp = (path) => {
  const m = /^(.*?)(db\/[^/]*migrate)\//.exec(path);
  return m ? { root: m[1], folder: m[2] } : void 0;
};
var djangoApp = (path) => {
  const m = /^(.*\/)?migrations\/[^/]+$/.exec(path);
  return m ? { root: m[1] ?? "", folder: "migrations" } : void 0;
};
var jsApp = (path) => {
  const m = /^(.*\/)?([^/]+)\/[^/]+$/.exec(path);
  return m ? { root: m[1] ?? "", folder: m[2] } : void 0;
};
var ectoApp = (path) => {
  const m = /^(.*?)(priv\/[^/]+)\/migrations\//.exec(path);
  return m ? { root: m[1], folder: m[2] } : void 0;
};
var APPS = {
  laravel: { of: laravelApp, find: (root, _folder, read) => laravelAppDialect(root, read) },
  rails: { of: railsApp, find: railsAppDialect },
  django: { of: djangoApp, find: (root, _folder, read, list) => djangoAppDialect(root, read, list) },
  knex: { of: jsApp, find: (root, _folder, read) => knexAppDialect(root, read) },
  sequelize: { of: jsApp, find: (root, _folder, read) => sequelizeAppDialect(root, read) },
  ecto: { of: ectoApp, find: (root, folder, read) => ectoAppDialect(root, read, folder) },
  typeorm: { of: jsApp, find: (root, _folder, read, list) => typeormAppDialect(root, read, list) }
};
function appConfigDialect(app, path, read, list) {
  const { of, find } = APPS[app];
  const at = of(path);
  return at ? verdictOncePerReader(read, `${app}:${at.root}:${at.folder}`, () => find(at.root, at.folder, read, list), `the app's config (${app}, ${at.root || "./"})`) : Promise.resolve(void 0);
}
function withAppDialect(framework, app) {
  return {
    ...framework,
    async analyse(input) {
      const read = input.readFile;
      const verdict = input.dialect || dialectOfPath(input.path) || !read ? void 0 : await appConfigDialect(app, input.path, read, input.listDir);
      return analyseInVerdict(framework, input, verdict);
    }
  };
}

export {
  withBound,
  withAllBound,
  withoutBound,
  boundAt,
  literalNames,
  phpSql,
  phpStr,
  phpStrList,
  phpNumber,
  phpDefault,
  args,
  callName,
  appConfigDialect,
  withAppDialect
};
