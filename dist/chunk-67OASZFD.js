import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  oncePerReader,
  safeRead,
  upwards
} from "./chunk-DBVCNFHP.js";
import {
  PLACEHOLDER,
  fillBinds
} from "./chunk-CBNKU57Q.js";
import {
  handlerFor
} from "./chunk-P765CN6Y.js";
import {
  firstErrorNode,
  lineOf,
  parseCode
} from "./chunk-TKNREPPV.js";
import {
  goose_default
} from "./chunk-SKYS2SPV.js";
import {
  analyseSectioned,
  analyseUp,
  dialectFor,
  dirName,
  emptyDownHit,
  errorText,
  isEmptySql,
  missingDownHit,
  sections,
  sqlOptions
} from "./chunk-XLJHDPZJ.js";
import {
  __callDispose,
  __using
} from "./chunk-ADI5M2KE.js";

// src/core/frameworks/go-mod-dialect.ts
var DRIVERS = {
  "github.com/lib/pq": "postgres",
  "github.com/jackc/pgx": "postgres",
  "github.com/go-pg/pg": "postgres",
  "gorm.io/driver/postgres": "postgres",
  "github.com/uptrace/bun/driver/pgdriver": "postgres",
  "github.com/uptrace/bun/dialect/pgdialect": "postgres",
  "github.com/go-sql-driver/mysql": "mysql",
  "gorm.io/driver/mysql": "mysql",
  "github.com/uptrace/bun/dialect/mysqldialect": "mysql",
  "github.com/mattn/go-sqlite3": "sqlite",
  "modernc.org/sqlite": "sqlite",
  "github.com/glebarez/go-sqlite": "sqlite",
  "github.com/glebarez/sqlite": "sqlite",
  "github.com/ncruces/go-sqlite3": "sqlite",
  "zombiezen.com/go/sqlite": "sqlite",
  "crawshaw.io/sqlite": "sqlite",
  "github.com/tursodatabase/go-libsql": "sqlite",
  "github.com/tursodatabase/libsql-client-go": "sqlite",
  "gorm.io/driver/sqlite": "sqlite",
  "github.com/uptrace/bun/dialect/sqlitedialect": "sqlite",
  "github.com/microsoft/go-mssqldb": "sqlserver",
  "github.com/denisenkom/go-mssqldb": "sqlserver",
  "gorm.io/driver/sqlserver": "sqlserver",
  "github.com/ClickHouse/clickhouse-go": "clickhouse"
};
var withoutMajor = (module) => module.replace(/\/v\d+$/, "");
function goModRequires(text) {
  const modules = [];
  let inRequire = false;
  for (const raw of text.split("\n")) {
    const line = raw.replace(/\/\/.*$/, "").trim();
    if (inRequire) {
      if (line === ")") inRequire = false;
      else if (line) modules.push(line.split(/\s+/)[0]);
      continue;
    }
    const words = line.split(/\s+/);
    if (words[0] !== "require") continue;
    if (words[1] === "(") inRequire = true;
    else if (words[1]) modules.push(words[1]);
  }
  return modules.map((m) => m.replace(/^"|"$/g, ""));
}
function goModDialect(text, path) {
  const named = /* @__PURE__ */ new Set();
  for (const module of goModRequires(text)) {
    const dialect2 = handlerFor(DRIVERS, withoutMajor(module));
    if (dialect2) named.add(dialect2);
  }
  const [dialect] = named;
  return named.size === 1 ? { dialect, from: `the project's database driver (${path})` } : void 0;
}
async function goProjectDialect(dir, read) {
  for (const at of upwards(dir)) {
    const path = `${at}go.mod`;
    const text = await safeRead(read, path);
    if (text !== void 0) return goModDialect(text, path);
  }
  return void 0;
}

// src/core/frameworks/goose-envsub.ts
var isLetter = (c) => c !== void 0 && new RegExp("\\p{L}", "u").test(c);
var isIdentChar = (c) => c !== void 0 && /[\p{L}\p{N}_]/u.test(c);
function braceEnd(line, from) {
  let depth = 0;
  for (let i = from; i < line.length; i++) {
    if (line[i] === "$" && line[i + 1] === "{") {
      depth++;
      i++;
    } else if (line[i] === "}" && --depth === 0) return i + 1;
  }
  return void 0;
}
function expandLine(line) {
  let out = "";
  let i = 0;
  while (i < line.length) {
    const c = line[i];
    const next = line[i + 1];
    if (c === "\\" && next === "\\") {
      out += "\\\\";
      i += 2;
    } else if ((c === "\\" || c === "$") && next === "$") {
      out += "$";
      i += 2;
    } else if (c === "$" && next === "{" && isLetter(line[i + 2])) {
      const end = braceEnd(line, i);
      if (end === void 0) return out + line.slice(i);
      out += PLACEHOLDER;
      i = end;
    } else if (c === "$" && isLetter(next)) {
      let j = i + 1;
      while (isIdentChar(line[j])) j++;
      out += PLACEHOLDER;
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
function expandEnvsub(content, annotation) {
  if (!/envsub/i.test(content)) return content;
  let on = false;
  return content.split("\n").map((line) => {
    const a = annotation(line.trimStart())?.trim().toLowerCase();
    if (a === "envsub on") on = true;
    else if (a === "envsub off") on = false;
    return a === void 0 && on ? expandLine(line) : line;
  }).join("\n");
}

// src/core/frameworks/goose-go.ts
var REGISTER = /^Add(Named)?Migration(NoTx)?(Context)?$/;
var RUNS_SQL = /* @__PURE__ */ new Set(["Exec", "ExecContext", "Query", "QueryContext", "QueryRow", "QueryRowContext", "Prepare", "PrepareContext"]);
var PREPARE = /* @__PURE__ */ new Set(["Prepare", "PrepareContext"]);
var READS = /* @__PURE__ */ new Set(["Scan", "Next", "NextResultSet", "Err", "Close", "RowsAffected", "LastInsertId", "Columns", "ColumnTypes"]);
var CONCURRENCY = /* @__PURE__ */ new Set(["Go", "Wait", "TryGo", "SetLimit", "Add", "Done", "Lock", "Unlock", "Do"]);
var PURE_PACKAGES = /* @__PURE__ */ new Set([
  "fmt",
  "errors",
  "strings",
  "strconv",
  "log",
  "slog",
  "time",
  "json",
  "bytes",
  "sort",
  "slices",
  "maps",
  "math",
  "utf8",
  "unicode",
  "regexp",
  "filepath",
  "path"
]);
var BUILTINS = /* @__PURE__ */ new Set([
  "len",
  "cap",
  "append",
  "make",
  "new",
  "copy",
  "delete",
  "panic",
  "recover",
  "min",
  "max",
  "string",
  "int",
  "int64",
  "int32",
  "float64",
  "byte",
  "rune",
  "bool"
]);
var BOUND = /* @__PURE__ */ new WeakSet();
var withBinds = (pieces) => Promise.all(
  pieces.map(async (p) => {
    if (!BOUND.has(p)) return p;
    const filled = await fillBinds(p.sql);
    return filled.error ? p : { ...p, sql: filled.sql };
  })
);
var bodyWithBinds = async (body) => ({ ...body, pieces: await withBinds(body.pieces) });
var gooseHistory = (input, format) => ({
  input,
  isMigration: (name) => name.toLowerCase().endsWith(".sql") || name.endsWith(".go") && !name.endsWith("_test.go"),
  upPieces: (content, path) => path.endsWith(".go") ? gooseGoUpPieces(content) : sections(content, format).upPieces
});
async function gooseGoUpPieces(content) {
  var _stack = [];
  try {
    const tree = __using(_stack, await parseCode("go", content));
    const file = readGoFile(tree.rootNode);
    const up = file.reg && resolve(file.args[0], file.functions);
    const { file: go } = file;
    return up?.fn ? withBinds(readBody(up.fn, go).pieces) : [];
  } catch (_) {
    var _error = _, _hasError = true;
  } finally {
    __callDispose(_stack, _error, _hasError);
  }
}
function readGoFile(root, pkg) {
  const registrations = root.descendantsOfType("call_expression").filter((c) => !!c && registerName(c) !== void 0);
  const reg = registrations[0];
  const name = reg ? registerName(reg) : "";
  const args = reg ? argumentsOf(reg).slice(name.startsWith("AddNamed") ? 1 : 0) : [];
  const functions = /* @__PURE__ */ new Map();
  for (const f of root.namedChildren) if (f?.type === "function_declaration") functions.set(f.childForFieldName("name")?.text ?? "", f);
  const packages = /* @__PURE__ */ new Set();
  for (const spec of root.descendantsOfType("import_spec")) {
    const alias = spec?.childForFieldName("name")?.text;
    const importPath = spec?.childForFieldName("path")?.text.slice(1, -1) ?? "";
    const parts = importPath.split("/").filter((p) => !/^v[0-9]+$/.test(p));
    if (alias && alias !== "_" && alias !== ".") packages.add(alias);
    else if (parts.length) packages.add(parts[parts.length - 1].replace(/^go-/, "").replace(/[.-].*$/, ""));
  }
  const file = { functions, consts: fileStrings(root), packages, pkg: pkg?.strings ?? /* @__PURE__ */ new Map(), pkgFunctions: pkg?.functions ?? /* @__PURE__ */ new Map() };
  return { registrations, reg, name, args, functions, file };
}
var notice = (line, what) => ({
  rule: "not-analysed",
  line,
  message: `This goose Go migration ${what}, which rollback-ready does not read: review it by hand, or write the SQL it runs as a string in the up or down function (or in a .sql migration).`
});
async function analyseGooseGo(input, format, dialect) {
  var _stack = [];
  try {
    const tree = __using(_stack, await parseCode("go", input.content));
    const root = tree.rootNode;
    const bad = firstErrorNode(root);
    if (bad)
      return {
        framework: "goose",
        role: "up",
        down: "not-analysed",
        hits: [
          {
            rule: "parse-error",
            line: lineOf(bad),
            message: `This Go file does not parse (line ${lineOf(bad)}), so its goose migration was not analysed: check it compiles.`
          }
        ]
      };
    const pkg = await packageOf(input);
    const { registrations, reg, name, args, functions, file } = readGoFile(root, pkg);
    if (!reg) return { framework: "goose", role: "up", down: "not-analysed", hits: [notice(1, "registers no up or down function with goose.AddMigration\u2026")] };
    const regLine = lineOf(reg);
    const noTx = name.includes("NoTx");
    const extra = registrations.slice(1).map((r) => notice(lineOf(r), `registers a second migration here (goose.${registerName(r)})`));
    if (pkg.failure)
      extra.push(
        notice(
          regLine,
          `is read without the package's other Go files, which could not be read (${pkg.failure}), so their helpers and constants are unknown here`
        )
      );
    const up = resolve(args[0], functions);
    const upBody = up.fn ? await bodyWithBinds(readBody(up.fn, file)) : { pieces: [], unread: [{ line: regLine, what: `runs an up function the file does not define (${args[0]?.text ?? "none"})` }] };
    const downArg = args[1];
    const down = resolve(downArg, functions);
    let status;
    const reversibility = [];
    let downBody;
    if (!downArg || downArg.type === "nil") {
      status = "missing";
      reversibility.push(missingDownHit(regLine, `goose.${name} is given ${downArg ? "nil" : "no function"} as its down`));
    } else if (!down.fn) {
      status = "not-analysed";
      extra.push(notice(regLine, `runs a down function the file does not define (${downArg.text})`));
    } else {
      downBody = await bodyWithBinds(readBody(down.fn, file));
      if (!downBody.unread.length && await isEmptySql(downBody.pieces)) {
        status = "empty";
        reversibility.push(emptyDownHit(lineOf(down.fn), `${down.name} runs no SQL`));
      } else status = "present";
    }
    const options = sqlOptions({ ...input, ...dialect ? { dialect } : {} }, { transactional: !noTx });
    const history = gooseHistory({ ...input, ...dialect ? { dialect } : {} }, format);
    const downSql = status === "present" && downBody && !downBody.unread.length ? { pieces: downBody.pieces, name: `the down function ${down.name}`, inFile: true } : void 0;
    const analysis = await analyseUp("goose", upBody.pieces, options, status, reversibility, history, downSql);
    if (status === "empty" && upBody.unread.length && analysis.down !== "empty") {
      analysis.down = "empty";
      analysis.hits.push(...reversibility);
    }
    const seenUnread = /* @__PURE__ */ new Set();
    const unread = [...upBody.unread, ...downBody?.unread ?? []].filter((u) => !seenUnread.has(`${u.line} ${u.what}`) && !!seenUnread.add(`${u.line} ${u.what}`)).map((u) => notice(u.line, u.what));
    analysis.hits = [...analysis.hits, ...unread, ...extra].sort((a, b) => a.line - b.line);
    return analysis;
  } catch (_) {
    var _error = _, _hasError = true;
  } finally {
    __callDispose(_stack, _error, _hasError);
  }
}
function registerName(call) {
  const fn = call.childForFieldName("function");
  if (fn?.type !== "selector_expression" || fn.childForFieldName("operand")?.text !== "goose") return void 0;
  const field = fn.childForFieldName("field")?.text ?? "";
  return REGISTER.test(field) ? field : void 0;
}
var argumentsOf = (call) => (call.childForFieldName("arguments")?.namedChildren ?? []).filter((n) => !!n && n.type !== "comment");
function resolve(arg, functions) {
  if (!arg) return { name: "none" };
  if (arg.type === "func_literal") return { fn: arg, name: `at line ${lineOf(arg)}` };
  if (arg.type === "identifier") return { fn: functions.get(arg.text), name: arg.text };
  return { name: arg.text };
}
function fileStrings(root) {
  const out = /* @__PURE__ */ new Map();
  for (const spec of [...root.descendantsOfType("const_spec"), ...root.descendantsOfType("var_spec")]) {
    if (!spec || insideFunction(spec)) continue;
    const names = spec.childrenForFieldName("name");
    const values = spec.childForFieldName("value")?.namedChildren ?? [];
    names.forEach((n, i) => {
      const v = values[i];
      if (n && v) out.set(n.text, v);
    });
  }
  for (const name of assignedNames(root)) out.delete(name);
  return out;
}
function insideFunction(node) {
  for (let p = node.parent; p; p = p.parent) if (p.type === "function_declaration" || p.type === "method_declaration" || p.type === "func_literal") return true;
  return false;
}
function assignedNames(node) {
  const out = /* @__PURE__ */ new Set();
  for (const a of node.descendantsOfType("assignment_statement")) for (const n of a?.childForFieldName("left")?.namedChildren ?? []) if (n) out.add(n.text);
  return out;
}
function readBody(fn, file, seen = /* @__PURE__ */ new Set()) {
  const body = fn.childForFieldName("body");
  const pieces = [];
  const unread = [];
  if (!body) return { pieces, unread };
  const fileConsts = file.consts;
  seen.add(fn);
  const locals = new Map(fileConsts);
  const handles = /* @__PURE__ */ new Set();
  for (const p of fn.childForFieldName("parameters")?.namedChildren ?? []) {
    const type = p?.childForFieldName("type");
    if (p && type && isDatabaseType(type)) {
      for (const n of p.childrenForFieldName("name")) if (n && n.text !== "_") handles.add(n.text);
    }
  }
  const reassigned = assignedNames(body);
  const bound = /* @__PURE__ */ new Map();
  const prepared = /* @__PURE__ */ new Set();
  for (const d of [...body.descendantsOfType("short_var_declaration"), ...body.descendantsOfType("var_spec")]) {
    if (!d) continue;
    const left = d.type === "var_spec" ? d.childrenForFieldName("name") : d.childForFieldName("left")?.namedChildren ?? [];
    const right = (d.type === "var_spec" ? d.childForFieldName("value") : d.childForFieldName("right"))?.namedChildren ?? [];
    left.forEach((n, i) => {
      if (!n) return;
      bound.set(n.text, (bound.get(n.text) ?? 0) + 1);
      const v = right.length === left.length ? right[i] : void 0;
      if (v) locals.set(n.text, v);
      else locals.delete(n.text);
      const call = right.length === 1 ? right[0] : void 0;
      if (i === 0 && call?.type === "call_expression" && PREPARE.has(methodOf(call) ?? "")) prepared.add(n.text);
    });
  }
  for (const [name, count] of bound) if (count > 1 && !fileConsts.has(name)) locals.delete(name);
  for (const name of reassigned) locals.delete(name);
  const calls = body.descendantsOfType("call_expression").filter((c) => !!c);
  calls.sort((a, b) => a.startIndex - b.startIndex);
  let skipUntil = -1;
  for (const call of calls) {
    if (call.startIndex < skipUntil) continue;
    const fnNode = call.childForFieldName("function");
    if (!fnNode) continue;
    const method = methodOf(call);
    if (method !== void 0) {
      const operand = fnNode.childForFieldName("operand");
      const recv = operand?.type === "identifier" ? operand.text : void 0;
      if (RUNS_SQL.has(method)) {
        skipUntil = call.endIndex;
        if (recv && prepared.has(recv)) continue;
        const at = method.endsWith("Context") ? 1 : 0;
        const arg = argumentsOf(call)[at];
        const sql = arg && stringOf(arg, { nodes: locals }, file);
        if (sql && argumentsOf(call).length > at + 1) BOUND.add(sql);
        if (sql) pieces.push(sql);
        else unread.push({ line: lineOf(call), what: `runs SQL built at run time (\`${short(call.text)}\`)` });
        continue;
      }
      if (READS.has(method) || CONCURRENCY.has(method)) continue;
      const root = rootOf(fnNode);
      if (root && (PURE_PACKAGES.has(root) || file.packages.has(root)) && !locals.has(root) && !handles.has(root) && !passesHandle(call, handles)) continue;
      unread.push({ line: lineOf(call), what: `calls \`${short(fnNode.text)}(\u2026)\`` });
      continue;
    }
    if (fnNode.type !== "identifier" || BUILTINS.has(fnNode.text)) continue;
    const own = file.functions.get(fnNode.text);
    if (own && !seen.has(own)) {
      const inner = readBody(own, file, seen);
      pieces.push(...inner.pieces);
      unread.push(...inner.unread);
      continue;
    }
    const other = file.pkgFunctions.get(fnNode.text);
    if (other) {
      for (const p of other.pieces) {
        const q = { ...p, line: lineOf(call) };
        if (BOUND.has(p)) BOUND.add(q);
        pieces.push(q);
      }
      if (other.unread.length)
        unread.push({ line: lineOf(call), what: `calls \`${fnNode.text}(\u2026)\` (in another file of the package), which ${other.unread[0].what}` });
      continue;
    }
    if (!passesHandle(call, handles)) continue;
    unread.push({ line: lineOf(call), what: `calls \`${short(fnNode.text)}(\u2026)\`` });
  }
  seen.delete(fn);
  return { pieces, unread };
}
function rootOf(node) {
  let n = node;
  while (n && n.type !== "identifier")
    n = n.type === "selector_expression" ? n.childForFieldName("operand") : n.type === "call_expression" ? n.childForFieldName("function") : null;
  return n?.text;
}
function isDatabaseType(type) {
  const name = type.descendantsOfType("type_identifier").at(-1)?.text ?? (type.type === "type_identifier" ? type.text : "");
  return ["Tx", "DB", "Conn", "Pool", "DBTxConn"].includes(name) || /Querier|Queryer|Execer|Executor/.test(name);
}
var passesHandle = (call, handles) => argumentsOf(call).some((a) => a.type === "identifier" && handles.has(a.text));
function methodOf(call) {
  const fn = call.childForFieldName("function");
  return fn?.type === "selector_expression" ? fn.childForFieldName("field")?.text : void 0;
}
var short = (text) => {
  const one = text.replace(/\s+/g, " ");
  return one.length > 60 ? `${one.slice(0, 57)}\u2026` : one;
};
function stringOf(node, scope, file, depth = 0) {
  if (depth > 12) return void 0;
  switch (node.type) {
    case "raw_string_literal":
      return { sql: node.text.slice(1, -1).replaceAll("\r", ""), line: lineOf(node) };
    case "interpreted_string_literal": {
      let sql = "";
      for (const part of node.namedChildren) {
        if (!part) continue;
        if (part.type === "escape_sequence") {
          const e = unescape(part.text);
          if (e === void 0) return void 0;
          sql += e;
        } else sql += part.text;
      }
      return { sql, line: lineOf(node) };
    }
    case "parenthesized_expression":
      return node.namedChildren[0] ? stringOf(node.namedChildren[0], scope, file, depth) : void 0;
    case "binary_expression": {
      if (node.childForFieldName("operator")?.text !== "+") return void 0;
      const l = node.childForFieldName("left");
      const r = node.childForFieldName("right");
      const a = l && stringOf(l, scope, file, depth);
      const b = r && stringOf(r, scope, file, depth);
      return a && b ? { sql: a.sql + b.sql, line: a.line } : void 0;
    }
    case "identifier": {
      const known = scope.strings?.get(node.text);
      if (known !== void 0) return { sql: known, line: lineOf(node) };
      const v = scope.nodes.get(node.text);
      if (v) return stringOf(v, scope, file, depth + 1);
      const pkg = file.pkg.get(node.text);
      return pkg === void 0 ? void 0 : { sql: pkg, line: lineOf(node) };
    }
    case "call_expression":
      return returnedString(node, scope, file, depth);
    default:
      return void 0;
  }
}
function returnedString(call, scope, file, depth) {
  const fnNode = call.childForFieldName("function");
  const fn = fnNode?.type === "identifier" ? file.functions.get(fnNode.text) : void 0;
  const statements = fn?.childForFieldName("body")?.namedChildren.find((n) => n?.type === "statement_list")?.namedChildren.filter((n) => n?.type !== "comment");
  const ret = statements?.length === 1 && statements[0]?.type === "return_statement" ? statements[0].namedChildren[0] : void 0;
  const value = ret?.type === "expression_list" ? ret.namedChildren.length === 1 ? ret.namedChildren[0] : void 0 : ret;
  if (!fn || !value) return void 0;
  const names = (fn.childForFieldName("parameters")?.namedChildren ?? []).flatMap((p) => p?.childrenForFieldName("name") ?? []);
  const args = argumentsOf(call);
  if (names.length !== args.length) return void 0;
  const strings = /* @__PURE__ */ new Map();
  for (const [i, n] of names.entries()) {
    const a = stringOf(args[i], scope, file, depth + 1);
    if (!n || !a) return void 0;
    strings.set(n.text, a.sql);
  }
  return stringOf(value, { nodes: file.consts, strings }, file, depth + 1);
}
var packageCache = /* @__PURE__ */ new WeakMap();
function packageOf(input) {
  const empty = () => ({ strings: /* @__PURE__ */ new Map(), functions: /* @__PURE__ */ new Map() });
  const { listDir, readFile } = input;
  if (!listDir || !readFile) return Promise.resolve(empty());
  const dir = input.path.slice(0, input.path.lastIndexOf("/") + 1);
  let byDir = packageCache.get(readFile);
  if (!byDir) packageCache.set(readFile, byDir = /* @__PURE__ */ new Map());
  let found = byDir.get(dir);
  if (!found) {
    found = (async () => {
      const pkg = empty();
      const trees = [];
      try {
        const names = await listDir(dir) ?? [];
        for (const name of names) {
          if (!name.endsWith(".go") || name.endsWith("_test.go")) continue;
          const content = await readFile(dir + name);
          if (content !== void 0) trees.push(await parseCode("go", content));
        }
        const files = trees.map((t) => readGoFile(t.rootNode, pkg).file);
        for (const file of files)
          for (const [k, v] of file.consts) {
            const str = stringOf(v, { nodes: file.consts }, file);
            if (str) pkg.strings.set(k, str.sql);
          }
        for (const file of files) for (const [name, fn] of file.functions) pkg.functions.set(name, readBody(fn, file));
        return pkg;
      } finally {
        for (const t of trees) t[Symbol.dispose]();
      }
    })().catch((error) => ({ ...empty(), failure: errorText(error) }));
    byDir.set(dir, found);
  }
  return found;
}
var ESCAPES = { a: "\x07", b: "\b", f: "\f", n: "\n", r: "\r", t: "	", v: "\v", "\\": "\\", "'": "'", '"': '"' };
function unescape(seq) {
  const c = seq[1] ?? "";
  if (c in ESCAPES) return ESCAPES[c];
  if (c === "x" || c === "u" || c === "U") return String.fromCodePoint(parseInt(seq.slice(2), 16));
  if (/[0-7]/.test(c)) return String.fromCodePoint(parseInt(seq.slice(1), 8));
  return void 0;
}

// src/core/frameworks/goose.ts
var gooseMarker = (line) => line.startsWith("--") && line.includes("+goose") ? line.replaceAll("--", "").replace("+goose", "") : void 0;
var GOOSE_FORMAT = {
  framework: "goose",
  prefix: "-- +goose",
  marker: gooseMarker,
  section: (m) => m.text.toLowerCase(),
  transactional: (markers) => !markers.some((m) => m.text.toLowerCase() === "no transaction"),
  downName: "-- +goose Down"
};
var goose = {
  ...goose_default,
  async analyse(input) {
    const read = input.readFile;
    const dir = dirName(input.path);
    const dialect = dialectFor(input) || !read ? void 0 : await oncePerReader(read, `go.mod:${dir}`, () => goProjectDialect(dir, read));
    if (input.path.endsWith(".go")) return analyseGooseGo(input, GOOSE_FORMAT, dialect);
    const content = expandEnvsub(input.content, gooseMarker);
    const sqlInput = { ...input, content, ...dialect ? { dialect } : {} };
    return analyseSectioned(sqlInput, GOOSE_FORMAT, gooseHistory(sqlInput, GOOSE_FORMAT));
  }
};
var goose_default2 = goose;

export {
  goProjectDialect,
  GOOSE_FORMAT,
  goose_default2 as goose_default
};
