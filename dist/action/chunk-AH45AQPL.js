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
} from "./chunk-TKNREPPV.js";
import {
  isUnread,
  readConfigFile,
  upwards,
  verdictOncePerReader
} from "./chunk-KNZ3QVEF.js";
import {
  analyseInVerdict,
  isDoubt,
  unreadVerdict,
  withUnread
} from "./chunk-2KVBLKWZ.js";
import {
  handlerFor
} from "./chunk-P765CN6Y.js";
import {
  goose_default
} from "./chunk-K7NLEESO.js";
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
} from "./chunk-VKBMTKYT.js";
import {
  PLACEHOLDER,
  fillBinds
} from "./chunk-BEKUU44V.js";
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
var DIRECTIVES = /* @__PURE__ */ new Set(["module", "go", "toolchain", "godebug", "require", "exclude", "replace", "retract", "tool", "ignore"]);
function readGoMod(text) {
  const requires = [];
  let block;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\/\/.*$/, "").trim();
    if (!line) continue;
    const words = line.split(/\s+/);
    if (block) {
      if (line === ")") block = void 0;
      else if (block.directive === "require") {
        if (words.length < 2) return { requires, error: `line ${i + 1}: a requirement without its version (${line})` };
        requires.push(words[0]);
      }
      continue;
    }
    if (!DIRECTIVES.has(words[0])) return { requires, error: `line ${i + 1}: unknown directive ${words[0]}` };
    if (words[1] === "(") block = { directive: words[0], line: i + 1 };
    else if (words[0] === "require") {
      if (words.length < 3) return { requires, error: `line ${i + 1}: a requirement without its version (${line})` };
      requires.push(words[1]);
    }
  }
  if (block) return { requires, error: `line ${block.line}: the ${block.directive} ( block is never closed` };
  return { requires: requires.map((m) => m.replace(/^"|"$/g, "")) };
}
function goModDialect(text, path) {
  const { requires, error } = readGoMod(text);
  if (error) return unreadVerdict(path, `not a go.mod the go command reads: ${error}`);
  const named = /* @__PURE__ */ new Set();
  for (const module of requires) {
    const dialect2 = handlerFor(DRIVERS, withoutMajor(module));
    if (dialect2) named.add(dialect2);
  }
  const [dialect] = named;
  return named.size === 1 ? { dialect, from: `the project's database driver (${path})` } : void 0;
}
async function goProjectDialect(dir, read) {
  for (const at of upwards(dir)) {
    const path = `${at}go.mod`;
    const text = await readConfigFile(read, path);
    if (isUnread(text)) return withUnread(text);
    if (text !== void 0) return goModDialect(text, path);
  }
  return void 0;
}

// src/core/frameworks/goose-envsub.ts
var EnvsubError = class extends Error {
};
var isLetter = (c) => c !== void 0 && new RegExp("^\\p{L}$", "u").test(c);
var NAME = new RegExp("^\\p{L}[\\p{L}\\p{N}_]*", "u");
var GO_SPACE = "\\t\\n\\v\\f\\r \\u0085\\u00A0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000";
var GO_TRIM = new RegExp(`^[${GO_SPACE}]+|[${GO_SPACE}]+$`, "gu");
var GO_BLANKS = new RegExp(`[${GO_SPACE}]+`, "u");
var goTrim = (s) => s.replace(GO_TRIM, "");
var goWords = (s) => s.split(GO_BLANKS).filter(Boolean);
function atoi(text, what) {
  const t = goTrim(text);
  const big = /^[+-]?[0-9]+$/.test(t) ? BigInt(t) : void 0;
  if (big === void 0 || big > 9223372036854775807n || big < -9223372036854775808n) throw new EnvsubError(`unable to parse ${what} ${JSON.stringify(text)}`);
  return Number(big);
}
var Parser = class {
  constructor(input) {
    this.input = input;
  }
  input;
  pos = 0;
  rest = () => this.input.slice(this.pos);
  peek = () => this.input.codePointAt(this.pos) === void 0 ? void 0 : String.fromCodePoint(this.input.codePointAt(this.pos));
  next() {
    const c = this.peek();
    if (c !== void 0) this.pos += c.length;
    return c;
  }
  /** scanUntil: Go's also stops at U+FFFD (utf8.RuneError). */
  scanUntil(stop) {
    const start = this.pos;
    for (let c = this.peek(); c !== void 0 && c !== "\uFFFD" && !stop(c); c = this.peek()) this.pos += c.length;
    return this.input.slice(start, this.pos);
  }
  /** parseExpression; at the top (`recover`), an expansion goose cannot read is kept as lint reads it and the reading goes on. */
  expression(stop = "", recover) {
    const out = [];
    for (let c = this.peek(); c !== void 0 && !stop.includes(c); c = this.peek()) {
      const rest = this.rest();
      if (rest.startsWith("\\\\")) {
        out.push({ text: "\\\\" });
        this.pos += 2;
      } else if (rest.startsWith("\\$") || rest.startsWith("$$")) {
        out.push({ text: "$" });
        this.pos += 2;
      } else if (rest.startsWith("$(")) {
        out.push({ text: "$(" });
        this.pos += 2;
      } else if (c === "$" && this.pos < this.input.length - 1) {
        const start = this.pos;
        try {
          out.push(this.expansion());
        } catch (error) {
          if (!recover || !(error instanceof EnvsubError)) throw error;
          recover.error ??= error.message;
          out.push(this.unread(start));
        }
      } else {
        this.next();
        out.push({ text: c + this.scanUntil((r) => r === "$" || r === "\\" || stop.includes(r)) });
      }
    }
    return out;
  }
  /**
   * The expansion at `start` goose stops at, as lint reads it: a `${NAME…}` that closes is one
   * run-time name, one that does not close leaves the rest of the line as written; otherwise its `$` is text.
   */
  unread(start) {
    const c = this.input.codePointAt(start + 2);
    if (this.input[start + 1] !== "{" || c === void 0 || !isLetter(String.fromCodePoint(c))) {
      this.pos = start + 1;
      return { text: "$" };
    }
    const end = braceEnd(this.input, start);
    this.pos = end ?? this.input.length;
    return end === void 0 ? { text: this.input.slice(start) } : { op: "unread", source: this.input.slice(start, end) };
  }
  identifier() {
    const m = NAME.exec(this.rest());
    if (!m) throw new EnvsubError(`expected a variable name after $, got ${JSON.stringify(this.peek() ?? "the end of the line")}`);
    this.pos += m[0].length;
    return m[0];
  }
  expansion() {
    this.pos++;
    if (this.peek() !== "{") return { op: "var", name: this.identifier() };
    this.pos++;
    const name = this.identifier();
    const c = this.next();
    if (c === "}") return { op: "var", name };
    let item;
    if (c === ":" && this.peek() === "-") {
      this.pos++;
      item = { op: ":-", name, content: this.expression("}") };
    } else if (c === "-" || c === "?") item = { op: c, name, content: this.expression("}") };
    else if (c === ":") {
      const offset = atoi(
        this.scanUntil((r) => r === ":" || r === "}"),
        "offset"
      );
      if (this.peek() === "}") item = { op: ":", name, offset };
      else {
        this.next();
        item = {
          op: ":",
          name,
          offset,
          length: atoi(
            this.scanUntil((r) => r === "}"),
            "length"
          )
        };
      }
    } else throw new EnvsubError(`expected an operator in \${${name}\u2026}, got ${JSON.stringify(c ?? "the end of the line")}`);
    if (this.next() !== "}") throw new EnvsubError(`\${${name}\u2026} does not close with }`);
    return item;
  }
};
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
function parseEnvsubLine(line) {
  const read = { items: [] };
  read.items = new Parser(line).expression("", read);
  return read;
}
var renderPlaceholders = (items) => items.map((item) => "text" in item ? item.text : PLACEHOLDER).join("");
function substring(value, offset, length) {
  const bytes = new TextEncoder().encode(value);
  const from = Math.min(Math.max(offset < 0 ? offset + bytes.length : offset, 0), bytes.length);
  let to = bytes.length;
  if (length !== void 0) to = Math.min(length >= 0 ? length + from : Math.max(length + bytes.length, from), bytes.length);
  return new TextDecoder().decode(bytes.subarray(from, to));
}
function renderValues(items, env, missing) {
  let out = "";
  for (const item of items) {
    if ("text" in item) {
      out += item.text;
      continue;
    }
    if (item.op === "unread") throw new Error(`goose cannot read ${item.source}`);
    const value = env(item.name);
    switch (item.op) {
      case "var":
        if (value === void 0) missing.add(item.name);
        out += value ?? "";
        break;
      case ":-":
        out += value ? value : renderValues(item.content, env, missing);
        break;
      case "-":
        out += value ?? renderValues(item.content, env, missing);
        break;
      case "?":
        if (value === void 0) throw new Error(`$${item.name}: ${renderValues(item.content, env, missing) || "not set"}`);
        out += value;
        break;
      case ":":
        if (value === void 0) missing.add(item.name);
        out += substring(value ?? "", item.offset, item.length);
        break;
    }
  }
  return out;
}
function endsWithSemicolon(line) {
  let prev = "";
  for (const word of goWords(line)) {
    if (word.startsWith("--")) break;
    prev = word;
  }
  return prev.endsWith(";");
}
function expandEnvsubLines(content, annotation, expand) {
  let on = false;
  let inSection = false;
  let inBlock = false;
  let open = false;
  let failure;
  const lines = content.split("\n").map((line, i) => {
    const bare = line.endsWith("\r") ? line.slice(0, -1) : line;
    const a = annotation(line.trimStart())?.trim().toLowerCase();
    if (a !== void 0) {
      if (a === "envsub on") on = true;
      else if (a === "envsub off") on = false;
      else if (a === "up" || a === "down") [inSection, inBlock, open] = [true, false, false];
      else if (a === "statementbegin") inBlock = true;
      else if (a === "statementend") [inBlock, open] = [false, false];
      return line;
    }
    if (!open && (bare.trimStart().startsWith("--") || bare === "" || !inSection && goTrim(bare) === "")) return line;
    let out = line;
    let text = bare;
    if (on) {
      const r = expand(bare);
      text = r.text;
      out = text + line.slice(bare.length);
      if (r.error !== void 0) failure ??= { line: i + 1, message: `variable substitution failed: ${r.error}` };
    }
    open = !(inSection && !inBlock && endsWithSemicolon(text));
    return out;
  });
  return { content: lines.join("\n"), ...failure ? { failure } : {} };
}
function expandEnvsub(content, annotation) {
  if (!/envsub/i.test(content)) return { content };
  return expandEnvsubLines(content, annotation, (line) => {
    const read = parseEnvsubLine(line);
    return { text: renderPlaceholders(read.items), ...read.error !== void 0 ? { error: read.error } : {} };
  });
}

// src/core/frameworks/go-sprintf.ts
function sprintf(format, args) {
  let out = "";
  let argNum = 0;
  let reordered = false;
  for (let i = 0; i < format.length; i++) {
    const c = format[i];
    if (c !== "%") {
      out += c;
      continue;
    }
    i++;
    if (format[i] === "%") {
      out += "%";
      continue;
    }
    const index = /^\[([0-9]+)\]/.exec(format.slice(i));
    if (index) {
      const n = Number(index[1]);
      if (n < 1 || n > args.length) return void 0;
      argNum = n - 1;
      reordered = true;
      i += index[0].length;
    }
    const arg = args[argNum++];
    const value = arg && verb(format[i], arg);
    if (value === void 0) return void 0;
    out += value;
  }
  return !reordered && argNum < args.length ? void 0 : out;
}
function verb(v, arg) {
  switch (v) {
    case "s":
      return arg.kind === "string" ? arg.value : void 0;
    case "d":
      return arg.kind === "int" ? arg.value.toString() : void 0;
    case "v":
      return arg.kind === "string" ? arg.value : arg.value.toString();
    case "q":
      return arg.kind === "string" ? quote(arg.value) : void 0;
    default:
      return void 0;
  }
}
var QUOTE_ESCAPES = { "\x07": "\\a", "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "	": "\\t", "\v": "\\v" };
function quote(s) {
  let out = '"';
  for (const ch of s) {
    const cp = ch.codePointAt(0);
    if (ch === '"' || ch === "\\") out += `\\${ch}`;
    else if (/^[\p{L}\p{M}\p{N}\p{P}\p{S} ]$/u.test(ch)) out += ch;
    else if (ch in QUOTE_ESCAPES) out += QUOTE_ESCAPES[ch];
    else if (cp < 32 || cp === 127) out += `\\x${cp.toString(16).padStart(2, "0")}`;
    else if (cp < 65536) out += `\\u${cp.toString(16).padStart(4, "0")}`;
    else out += `\\U${cp.toString(16).padStart(8, "0")}`;
  }
  return `${out}"`;
}
function goInt(text) {
  const t = text.replaceAll("_", "");
  try {
    return /^0[0-7]+$/.test(t) ? BigInt(`0o${t.slice(1)}`) : BigInt(t);
  } catch {
    return void 0;
  }
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
  const packages = /* @__PURE__ */ new Set();
  const gooseNames = /* @__PURE__ */ new Set();
  for (const spec of root.descendantsOfType("import_spec")) {
    const alias = spec?.childForFieldName("name")?.text;
    const importPath = spec?.childForFieldName("path")?.text.slice(1, -1) ?? "";
    const parts = importPath.split("/").filter((p) => !/^v[0-9]+$/.test(p));
    const name2 = alias ?? parts.at(-1)?.replace(/^go-/, "").replace(/[.-].*$/, "");
    if (parts.at(-1) === "goose" && name2 && name2 !== "_") gooseNames.add(name2);
    if (name2 && name2 !== "_" && name2 !== ".") packages.add(name2);
  }
  const clients = /* @__PURE__ */ new Set();
  for (const spec of root.descendantsOfType("var_spec")) {
    if (!spec || insideFunction(spec)) continue;
    const values = spec.childForFieldName("value")?.namedChildren ?? [];
    spec.childrenForFieldName("name").forEach((n, i) => {
      const fn = values[i]?.type === "call_expression" ? values[i].childForFieldName("function") : void 0;
      if (n && fn?.type === "selector_expression" && fn.childForFieldName("field")?.text === "New" && gooseNames.has(fn.childForFieldName("operand")?.text ?? ""))
        clients.add(n.text);
    });
  }
  const registers = /* @__PURE__ */ new Set([...gooseNames, ...clients, ...pkg?.clients ?? []]);
  const registrations = root.descendantsOfType("call_expression").filter((c) => !!c && registerName(c, registers) !== void 0);
  const reg = registrations[0];
  const name = reg ? registerName(reg, registers) : "";
  const args = reg ? argumentsOf(reg).slice(name.startsWith("AddNamed") ? 1 : 0) : [];
  const functions = /* @__PURE__ */ new Map();
  for (const f of root.namedChildren) if (f?.type === "function_declaration") functions.set(f.childForFieldName("name")?.text ?? "", f);
  const file = { functions, consts: fileStrings(root), packages, pkg: pkg?.strings ?? /* @__PURE__ */ new Map(), pkgFunctions: pkg?.functions ?? /* @__PURE__ */ new Map() };
  return { registrations, reg, name, args, functions, file, registers, clients };
}
var PARAM = (i) => `\u2983${i}\u2984`;
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
    const { registrations, reg, name, args, functions, file, registers } = readGoFile(root, pkg);
    if (!reg) return { framework: "goose", role: "up", down: "not-analysed", hits: [notice(1, "registers no up or down function with goose.AddMigration\u2026")] };
    const regLine = lineOf(reg);
    const noTx = name.includes("NoTx");
    const extra = registrations.slice(1).map((r) => notice(lineOf(r), `registers a second migration here (goose.${registerName(r, registers)})`));
    if (pkg.failure)
      extra.push(
        notice(
          regLine,
          `is read without the package's other Go files, which could not be read (${pkg.failure}), so their helpers and constants are unknown here`
        )
      );
    const up = resolve(args[0], functions);
    const upBody = up.fn ? await bodyWithBinds(readBody(up.fn, file)) : args[0]?.type === "nil" ? { pieces: [], unread: [] } : { pieces: [], unread: [{ line: regLine, what: `runs an up function the file does not define (${args[0]?.text ?? "none"})` }] };
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
function registerName(call, registers) {
  const fn = call.childForFieldName("function");
  const called = fn?.type === "selector_expression" && registers.has(fn.childForFieldName("operand")?.text ?? "") ? fn.childForFieldName("field")?.text : fn?.type === "identifier" && registers.has(".") ? fn.text : void 0;
  return called && REGISTER.test(called) ? called : void 0;
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
function readBody(fn, file, seen = /* @__PURE__ */ new Set(), params) {
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
  for (const d of body.descendantsOfType(["short_var_declaration", "var_spec", "const_spec"])) {
    if (!d) continue;
    const spec = d.type !== "short_var_declaration";
    const left = spec ? d.childrenForFieldName("name") : d.childForFieldName("left")?.namedChildren ?? [];
    const right = (spec ? d.childForFieldName("value") : d.childForFieldName("right"))?.namedChildren ?? [];
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
  const hidden = /* @__PURE__ */ new Set([...reassigned, ...[...bound.keys()].filter((n) => !locals.has(n))]);
  const runTime = [
    ...fn.descendantsOfType(["parameter_declaration", "variadic_parameter_declaration"]).flatMap((p) => p?.childrenForFieldName("name") ?? []),
    ...body.descendantsOfType("range_clause").flatMap((r) => r?.childForFieldName("left")?.namedChildren ?? [])
  ];
  for (const n of runTime) {
    if (!n || n.type !== "identifier") continue;
    hidden.add(n.text);
    if (!bound.has(n.text)) locals.delete(n.text);
  }
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
        const scope2 = { nodes: locals, hidden, ...params ? { strings: params } : {} };
        const one = arg && (stringOf(arg, scope2, file) ?? (arg.type === "identifier" ? lastAssigned(arg.text, call, body, scope2, file) : void 0));
        const sqls = one ? [one] : arg ? perElement(arg, call, body, scope2, reassigned, file) : void 0;
        if (sqls && argumentsOf(call).length > at + 1) for (const sql of sqls) BOUND.add(sql);
        if (sqls) pieces.push(...sqls);
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
    const scope = { nodes: locals, hidden, ...params ? { strings: params } : {} };
    if (own && !seen.has(own)) {
      const given = /* @__PURE__ */ new Map();
      for (const [i, a] of paramNames(own).entries()) {
        const v = argumentsOf(call)[i];
        const str = v && a !== void 0 && stringOf(v, scope, file);
        if (str && a) given.set(a, str.sql);
      }
      const inner = readBody(own, file, seen, given);
      pieces.push(...inner.pieces);
      unread.push(...inner.unread);
      continue;
    }
    const found = file.pkgFunctions.get(fnNode.text);
    if (found) {
      const other = withArguments(found, argumentsOf(call), scope, file);
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
function perElement(arg, call, body, scope, reassigned, file) {
  let loop = call.parent;
  while (loop && loop.type !== "for_statement" && loop.id !== body.id) loop = loop.parent;
  const range = loop?.type === "for_statement" ? loop.namedChildren.find((n) => n?.type === "range_clause") : void 0;
  const left = range?.childForFieldName("left")?.namedChildren ?? [];
  const value = left.length === 2 && left[1]?.type === "identifier" ? left[1].text : void 0;
  if (!range || !value || reassigned.has(value)) return void 0;
  const elements = stringList(range.childForFieldName("right"), scope, file);
  if (!elements) return void 0;
  const out = [];
  for (const element of elements) {
    const strings = new Map([...scope.strings ?? [], [value, element.sql]]);
    const sql = arg.type === "identifier" && arg.text === value ? element : stringOf(arg, { ...scope, strings }, file);
    if (!sql) return void 0;
    out.push(sql);
  }
  return out;
}
function stringList(node, scope, file, depth = 0) {
  if (!node || depth > 12) return void 0;
  if (node.type === "identifier") {
    if (scope.hidden?.has(node.text)) return void 0;
    return stringList(scope.nodes.get(node.text), scope, file, depth + 1);
  }
  const type = node.childForFieldName("type");
  if (node.type !== "composite_literal" || type?.type !== "slice_type" || type.childForFieldName("element")?.text !== "string") return void 0;
  const out = [];
  for (const el of node.childForFieldName("body")?.namedChildren ?? []) {
    if (!el || el.type === "comment") continue;
    const expr = el.type === "literal_element" ? el.namedChildren[0] : void 0;
    const str = expr && stringOf(expr, scope, file, depth + 1);
    if (!str) return void 0;
    out.push(str);
  }
  return out;
}
function lastAssigned(name, use, body, scope, file) {
  for (let node = use, parent = use.parent; parent && node.id !== body.id; node = parent, parent = parent.parent) {
    if (parent.type === "statement_list") {
      const before = parent.namedChildren.filter((n) => !!n && n.type !== "comment" && n.endIndex <= node.startIndex);
      for (const s of before.reverse()) {
        const value = assignedValue(s, name);
        if (value) return assignedBetween(body, name, s.endIndex, use.startIndex) ? void 0 : stringOf(value, scope, file);
        if (value === null || assigns(s, name)) return void 0;
      }
    }
    if ((parent.type === "for_statement" || parent.type === "func_literal") && assigns(parent, name)) return void 0;
  }
  return void 0;
}
function assignedValue(s, name) {
  const specs = s.type === "var_declaration" ? s.namedChildren.filter((n) => n?.type === "var_spec") : [];
  for (const spec of specs) {
    const i2 = spec.childrenForFieldName("name").findIndex((n) => n?.text === name);
    if (i2 >= 0) return spec.childForFieldName("value")?.namedChildren[i2] ?? null;
  }
  if (s.type !== "short_var_declaration" && s.type !== "assignment_statement") return void 0;
  const left = s.childForFieldName("left")?.namedChildren ?? [];
  const i = left.findIndex((n) => n?.text === name);
  if (i < 0) return void 0;
  const right = s.childForFieldName("right")?.namedChildren ?? [];
  const plain = s.type === "short_var_declaration" || s.childForFieldName("operator")?.text === "=";
  return plain && right.length === left.length ? right[i] ?? null : null;
}
function assignedBetween(node, name, from, to) {
  return node.descendantsOfType(["assignment_statement", "short_var_declaration", "inc_statement", "dec_statement", "var_spec"]).some(
    (a) => !!a && a.startIndex >= from && a.startIndex < to && (a.type === "var_spec" ? a.childrenForFieldName("name") : a.type.endsWith("_statement") && a.type !== "assignment_statement" ? a.namedChildren.slice(0, 1) : a.childForFieldName("left")?.namedChildren ?? []).some((t) => t?.text === name)
  );
}
function assigns(node, name) {
  const assigned = node.descendantsOfType(["assignment_statement", "inc_statement", "dec_statement"]);
  return assigned.some((a) => {
    const targets = a?.type === "assignment_statement" ? a.childForFieldName("left")?.namedChildren ?? [] : a?.namedChildren.slice(0, 1) ?? [];
    return targets.some((t) => t?.text === name);
  });
}
function paramNames(fn) {
  const out = [];
  for (const p of fn.childForFieldName("parameters")?.namedChildren ?? []) {
    if (!p || p.type === "comment") continue;
    if (p.type !== "parameter_declaration") return [];
    const names = p.childrenForFieldName("name");
    if (!names.length) out.push(void 0);
    for (const n of names) out.push(n && n.text !== "_" ? n.text : void 0);
  }
  return out;
}
function withArguments(fn, args, scope, file) {
  const { withParams } = fn;
  if (withParams.unread.length || !withParams.pieces.length) return fn.body;
  const values = args.map((a) => stringOf(a, scope, file)?.sql);
  let whole = true;
  const fill = (sql) => sql.replace(/\u2983([0-9]+)\u2984/g, (_, i) => {
    const v = values[Number(i)];
    if (v === void 0 || /["\\\p{C}]/u.test(v)) whole = false;
    return v ?? "";
  });
  const pieces = withParams.pieces.map((p) => {
    const q = { ...p, sql: fill(p.sql) };
    if (BOUND.has(p)) BOUND.add(q);
    return q;
  });
  return whole ? { pieces, unread: [] } : fn.body;
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
      if (scope.hidden?.has(node.text)) return void 0;
      const pkg = file.pkg.get(node.text);
      return pkg === void 0 ? void 0 : { sql: pkg, line: lineOf(node) };
    }
    case "call_expression":
      return isSprintf(node, scope) ? sprintfOf(node, scope, file, depth) : returnedString(node, scope, file, depth);
    default:
      return void 0;
  }
}
function isSprintf(call, scope) {
  const fn = call.childForFieldName("function");
  const operand = fn?.type === "selector_expression" ? fn.childForFieldName("operand") : void 0;
  return operand?.text === "fmt" && fn?.childForFieldName("field")?.text === "Sprintf" && !scope.nodes.has("fmt") && !scope.hidden?.has("fmt");
}
function sprintfOf(call, scope, file, depth) {
  const [format, ...rest] = argumentsOf(call);
  const f = format && stringOf(format, scope, file, depth + 1);
  if (!f || rest.some((a) => a.type === "variadic_argument")) return void 0;
  const args = [];
  for (const a of rest) {
    const v = constOf(a, scope, file, depth + 1);
    if (!v) return void 0;
    args.push(v);
  }
  const sql = sprintf(f.sql, args);
  return sql === void 0 ? void 0 : { sql, line: f.line };
}
function constOf(node, scope, file, depth) {
  const str = stringOf(node, scope, file, depth);
  if (str) return { kind: "string", value: str.sql };
  if (depth > 12) return void 0;
  switch (node.type) {
    case "int_literal": {
      const value = goInt(node.text);
      return value === void 0 ? void 0 : { kind: "int", value };
    }
    case "parenthesized_expression":
      return node.namedChildren[0] ? constOf(node.namedChildren[0], scope, file, depth) : void 0;
    case "unary_expression": {
      const operand = node.childForFieldName("operand");
      const v = node.childForFieldName("operator")?.text === "-" && operand ? constOf(operand, scope, file, depth) : void 0;
      return v?.kind === "int" ? { kind: "int", value: -v.value } : void 0;
    }
    case "identifier": {
      if (scope.strings?.has(node.text) || scope.hidden?.has(node.text)) return void 0;
      const v = scope.nodes.get(node.text);
      return v ? constOf(v, scope, file, depth + 1) : void 0;
    }
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
  const empty = () => ({ strings: /* @__PURE__ */ new Map(), functions: /* @__PURE__ */ new Map(), clients: /* @__PURE__ */ new Set() });
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
        const read = trees.map((t) => readGoFile(t.rootNode, pkg));
        for (const r of read) for (const c of r.clients) pkg.clients.add(c);
        const files = read.map((r) => r.file);
        for (const file of files)
          for (const [k, v] of file.consts) {
            const str = stringOf(v, { nodes: file.consts }, file);
            if (str) pkg.strings.set(k, str.sql);
          }
        for (const file of files)
          for (const [name, fn] of file.functions) {
            const params = /* @__PURE__ */ new Map();
            for (const [i, n] of paramNames(fn).entries()) if (n) params.set(n, PARAM(i));
            pkg.functions.set(name, { body: readBody(fn, file), withParams: readBody(fn, file, void 0, params) });
          }
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
  // goose's parser (internal/sqlparser/parser.go) switches state at these; the others it reads and drops, mid-statement too.
  splits: (m) => ["up", "down", "statementbegin", "statementend"].includes(m.text.toLowerCase()),
  downName: "-- +goose Down"
};
function withEnvsubFailure(analysis, failure) {
  const notice2 = {
    rule: "parse-error",
    line: failure.line,
    message: `goose stops at this line before running the migration (up or down): ${failure.message}. Under -- +goose ENVSUB ON a $ starts a variable ($NAME, \${NAME}, \${NAME:-default}, \${NAME-default}, \${NAME?message}, \${NAME:offset:length}): write a literal $ as $$ or \\$, or end ENVSUB before this line with -- +goose ENVSUB OFF.`
  };
  return { ...analysis, hits: [notice2, ...analysis.hits.filter((h) => h.rule !== "parse-error")] };
}
var goose = {
  ...goose_default,
  async analyse(input) {
    const read = input.readFile;
    const dir = dirName(input.path);
    const verdict = dialectFor(input) || !read ? void 0 : await verdictOncePerReader(read, `go.mod:${dir}`, () => goProjectDialect(dir, read), `the go.mod above ${dir}`);
    if (isDoubt(verdict)) return analyseInVerdict(goose, input, verdict);
    const dialect = verdict;
    if (input.path.endsWith(".go")) return analyseGooseGo(input, GOOSE_FORMAT, dialect);
    const { content, failure } = expandEnvsub(input.content, gooseMarker);
    const sqlInput = { ...input, content, ...dialect ? { dialect } : {} };
    const analysis = await analyseSectioned(sqlInput, GOOSE_FORMAT, gooseHistory(sqlInput, GOOSE_FORMAT));
    return failure ? withEnvsubFailure(analysis, failure) : sayCollapsedDollars(analysis, sqlInput, input.content);
  }
};
var DOLLARS = "\uE000\uE001";
async function sayCollapsedDollars(analysis, input, written) {
  const notices = analysis.hits.filter((h) => h.rule === "parse-error");
  if (!notices.length || !written.includes("$$")) return analysis;
  const kept = expandEnvsub(written.replaceAll("$$", DOLLARS), gooseMarker).content.replaceAll(DOLLARS, "$$$$");
  if (kept === input.content) return analysis;
  const asWritten = await analyseSectioned({ ...input, content: kept }, GOOSE_FORMAT);
  const still = new Set(asWritten.hits.filter((h) => h.rule === "parse-error").map((h) => h.line));
  const broken = new Set(notices.filter((h) => !still.has(h.line)));
  if (!broken.size) return analysis;
  const why = "Under -- +goose ENVSUB ON, goose turns each $$ into $ before it sends the statement: Postgres receives $ where the file says $$ (a dollar quote) and rejects it, so this migration fails as written. Write $$$$ for each $$ (goose sends $$), or end ENVSUB before the statement with -- +goose ENVSUB OFF (and turn it on again after).";
  return { ...analysis, hits: analysis.hits.map((h) => broken.has(h) ? { ...h, message: why } : h) };
}
var goose_default2 = goose;

export {
  goProjectDialect,
  parseEnvsubLine,
  renderValues,
  expandEnvsubLines,
  GOOSE_FORMAT,
  goose_default2 as goose_default
};
