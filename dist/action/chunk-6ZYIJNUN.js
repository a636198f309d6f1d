import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  addParseError,
  builtInCode,
  callArgs,
  calleeObject,
  callsInOrder,
  codeLabel,
  declaresText,
  findMigrationFunctions,
  fnBody,
  isFunction,
  jsBool,
  jsDefault,
  jsNumber,
  jsStr,
  jsStrList,
  jsString,
  methodName,
  objectEntries,
  paramName,
  parseJs,
  rootName,
  sqlTexts
} from "./chunk-TZEJCB33.js";
import {
  lineOf
} from "./chunk-TKNREPPV.js";
import {
  finishAnalysis,
  hit,
  newTranslation,
  sql,
  unreadable
} from "./chunk-QKWKVWJ7.js";
import {
  handlerFor
} from "./chunk-P765CN6Y.js";
import {
  dbMigrateSqlFiles,
  db_migrate_default
} from "./chunk-K7NLEESO.js";
import {
  analyseDown,
  analyseUp,
  dialectFor,
  dirName,
  downSqlOf,
  isDbMigrateSqlName,
  judgeDownFile,
  normalisePath,
  sqlOptions
} from "./chunk-VKBMTKYT.js";
import "./chunk-YQYMSWCG.js";
import "./chunk-BEKUU44V.js";
import "./chunk-VQUEMGJH.js";
import "./chunk-BF324SM3.js";
import "./chunk-Q7EMWZUQ.js";
import "./chunk-ASTGNKGX.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";

// src/core/frameworks/db-migrate.ts
var TYPES = {
  string: "character varying",
  char: "character",
  text: "text",
  int: "integer",
  integer: "integer",
  smallint: "smallint",
  bigint: "bigint",
  real: "real",
  decimal: "numeric",
  numeric: "numeric",
  boolean: "boolean",
  bool: "boolean",
  datetime: "timestamp without time zone",
  date_time: "timestamp without time zone",
  timestamp: "timestamp without time zone",
  date: "date",
  time: "time without time zone",
  blob: "bytea",
  binary: "bytea",
  json: "json",
  jsonb: "jsonb",
  uuid: "uuid",
  serial: "serial",
  bigserial: "bigserial"
};
function typeName(node) {
  if (!node) return void 0;
  if (node.type === "member_expression") return node.childForFieldName("property")?.text.toLowerCase();
  return jsStr(node)?.toLowerCase();
}
function sqlType(spec, written) {
  const base = written ?? "text";
  const t = TYPES[base] ?? base;
  const length = jsNumber(spec.get("length"));
  if ((base === "string" || base === "char") && length !== void 0) return `${t}(${length})`;
  const precision = jsNumber(spec.get("precision"));
  if ((base === "decimal" || base === "numeric") && precision !== void 0) return `numeric(${precision}, ${jsNumber(spec.get("scale")) ?? 0})`;
  return t;
}
function columnDef(name, node) {
  const spec = objectEntries(node);
  const written = node?.type === "object" ? typeName(spec.get("type")) : typeName(node);
  const c = { name, type: sqlType(spec, written) };
  if (jsBool(spec.get("autoIncrement")) && (c.type === "integer" || c.type === "bigint")) c.type = c.type === "bigint" ? "bigserial" : "serial";
  if (jsBool(spec.get("primaryKey"))) c.primaryKey = true;
  if (jsBool(spec.get("notNull"))) c.notNull = true;
  if (jsBool(spec.get("unique"))) c.unique = true;
  const d = spec.get("defaultValue");
  if (d && d.type !== "null" && d.type !== "undefined") c.default = defaultSql(d);
  return c;
}
function defaultSql(node) {
  if (node.type === "new_expression") return jsStr(callArgs(node)[0]) ?? "'?'";
  return jsDefault(node);
}
var createTable = (out, { a, line, table }) => {
  if (!table) return;
  const spec = objectEntries(a[1]);
  const columns = spec.has("columns") ? objectEntries(spec.get("columns")) : spec;
  const cols = [...columns].filter(([k]) => k !== "ifNotExists").map(([k, v]) => columnDef(k, v));
  out.emit(line, sql.createTable(table, cols.length ? cols : [{ name: "id", type: "serial", primaryKey: true }]));
};
var dropTable = (out, { a, line, table }) => {
  if (table) out.emit(line, sql.dropTable(table, jsBool(objectEntries(a[1]).get("ifExists")) === true));
};
var renameTable = (out, { a, line, table }) => {
  const to = jsStr(a[1]);
  if (table && to) out.emit(line, sql.renameTable(table, to));
};
var addColumn = (out, { a, line, table }) => {
  const col = jsStr(a[1]);
  if (table && col) out.emit(line, sql.addColumn(table, columnDef(col, a[2])));
};
var removeColumn = (out, { a, line, table }) => {
  const col = jsStr(a[1]);
  if (table && col) out.emit(line, sql.dropColumn(table, col));
};
var renameColumn = (out, { a, line, table }) => {
  const from = jsStr(a[1]);
  const to = jsStr(a[2]);
  if (table && from && to) out.emit(line, sql.renameColumn(table, from, to));
};
var changeColumn = (out, { a, line, table }) => {
  const col = jsStr(a[1]);
  if (!table || !col) return;
  const spec = objectEntries(a[2]);
  const c = columnDef(col, a[2]);
  if (a[2]?.type !== "object" || spec.has("type")) out.emit(line, sql.changeType(table, col, c.type));
  const notNull = jsBool(spec.get("notNull"));
  if (notNull === true) out.emit(line, sql.setNotNull(table, col));
  if (notNull === false) out.emit(line, sql.dropNotNull(table, col));
  if (c.default !== void 0) out.emit(line, sql.setDefault(table, col, c.default));
};
var addIndex = (out, { a, line, table }) => {
  const index = jsStr(a[1]);
  const cols = jsStrList(a[2]);
  if (table && cols.length) out.emit(line, sql.createIndex(table, cols, { ...index ? { name: index } : {}, unique: jsBool(a[3]) === true }));
};
var removeIndex = (out, { a, line, table }) => {
  const index = jsStr(a[1]) ?? table;
  if (index) out.emit(line, sql.dropIndex(index));
};
var addForeignKey = (out, { a, line, table }) => {
  const ref = jsStr(a[1]);
  const fk = jsStr(a[2]);
  const mapping = [...objectEntries(a[3])].map(([k, v]) => [k, jsStr(v) ?? "id"]);
  if (table && ref && mapping.length) {
    out.emit(
      line,
      sql.addForeignKey(
        table,
        mapping.map(([k]) => k),
        ref,
        mapping.map(([, v]) => v),
        fk ? { name: fk } : {}
      )
    );
  }
};
var removeForeignKey = (out, { a, line, table }) => {
  const fk = jsStr(a[1]);
  if (table && fk) out.emit(line, sql.dropConstraint(table, fk));
};
var DB_OPERATIONS = {
  createTable,
  dropTable,
  renameTable,
  addColumn,
  removeColumn,
  renameColumn,
  changeColumn,
  addIndex,
  removeIndex,
  addForeignKey,
  removeForeignKey
};
var DbMigrateReader = class {
  t;
  constructor(transactional) {
    this.t = newTranslation(transactional);
  }
  emit(line, text) {
    this.t.up.push({ sql: text, line, synthetic: true });
  }
  /** The calls on the migration's `db` argument, in source order (`db.x.bind(db, …)` included). */
  read(body, db) {
    for (const call of callsInOrder(body)) {
      let name = methodName(call);
      let obj = calleeObject(call);
      let args = callArgs(call);
      if (name === "bind" && obj?.type === "member_expression") {
        name = obj.childForFieldName("property")?.text ?? "";
        obj = obj.childForFieldName("object");
        args = args.slice(1);
      }
      if (!obj || rootName(obj) !== db || obj.type !== "identifier") continue;
      this.call(name, args, lineOf(call), db);
    }
  }
  call(name, a, line, db) {
    if (name === "runSql" || name === "all") {
      const texts = sqlTexts(a[0]);
      const binds = a[1]?.type === "array";
      const call = { label: `${db}.${name}(\u2026)`, line };
      if (texts)
        for (const s of texts) this.t.up.push({ sql: s.text, line: s.line, call, ...s.inexact ? { inexact: true } : {}, ...binds ? { binds } : {} });
      else if (a[0]) this.t.hits.push(builtInCode(line, `${db}.${name}(${codeLabel(a[0])})`, a[0]));
      return;
    }
    const table = jsStr(a[0]);
    handlerFor(DB_OPERATIONS, name)?.(this, { name, a, line, table });
  }
};
function loadedSqlFile(fn) {
  const body = fnBody(fn);
  if (!body) return void 0;
  const strings = body.descendantsOfType(["string", "template_string"]).map((s) => ({ node: s, text: jsString(s) }));
  const beside = strings.some(({ text: t }) => t && !t.inexact && (t.text === "sqls" || /^(\.\/)?sqls\//.test(t.text)));
  for (const { node, text } of strings) {
    if (!text || !/-(up|down)\.sql$/i.test(text.text)) continue;
    return { exact: !text.inexact && beside, load: helperLoad(node, text.inexact ? void 0 : text.text, fn) };
  }
  return void 0;
}
function helperLoad(arg, file, fn) {
  let at = arg;
  while (at.parent && ["parenthesized_expression", "template_substitution"].includes(at.parent.type)) at = at.parent;
  const call = at.parent?.type === "arguments" ? at.parent.parent : null;
  const line = lineOf(call ?? arg);
  if (!file || call?.type !== "call_expression")
    return { parts: void 0, file: file ?? codeLabel(arg), line, label: `${codeLabel(call?.childForFieldName("function") ?? arg)}(\u2026)`, fromMigration: false };
  const params = new Set([paramName(fn, 0), paramName(fn, 1)].filter((p) => p !== void 0));
  const args = callArgs(call);
  const before = args.slice(
    0,
    args.findIndex((a) => a.id === at.id)
  );
  let parts = [];
  let fromMigration = false;
  for (const a of before) {
    if (a.type === "identifier" && a.text === "__dirname") {
      fromMigration = true;
      continue;
    }
    if (a.type === "identifier" && params.has(a.text)) continue;
    const s = jsString(a);
    if (!s || s.inexact) {
      parts = void 0;
      break;
    }
    parts.push(s.text);
  }
  const fnName = call.childForFieldName("function")?.text ?? "the call";
  return { parts, file, line, label: `${fnName.length <= 40 ? fnName : "\u2026"}(\u2026)`, fromMigration };
}
function judgeDbMigrateDown(t, fns) {
  const up = fns.get("up");
  const down = fns.get("down");
  if (!down) {
    t.downStatus = "missing";
    t.hits.push(hit("missing-down-migration", up ? lineOf(up) : 1, "The migration exports no `down`: db-migrate cannot roll it back."));
    return;
  }
  const body = fnBody(down);
  if (!body) {
    if (!isFunction(down)) return;
    t.downStatus = "empty";
    t.hits.push(hit("empty-down-migration", lineOf(down), "The `down` function does nothing: rolling back leaves the change in place."));
    return;
  }
  const db = paramName(down, 0);
  const callback = paramName(down, 1);
  const statements = body.type === "statement_block" ? body.namedChildren.filter((c) => c.type !== "comment" && c.type !== "empty_statement") : [body];
  const unwrap = (n) => {
    let x = n;
    while (x && ["expression_statement", "return_statement", "await_expression", "parenthesized_expression"].includes(x.type))
      x = x.namedChildren.find((c) => c.type !== "comment");
    return x;
  };
  const trivial = (s) => {
    if (declaresText(s)) return true;
    const u = unwrap(s);
    if (!u) return true;
    if (u.type === "null" || u.type === "undefined") return true;
    if (u.type !== "call_expression") return false;
    const callee = u.childForFieldName("function")?.text.replace(/\s+/g, "");
    return callee === "Promise.resolve" || callback !== void 0 && callee === callback && callArgs(u).every((a) => a.type === "null" || a.type === "undefined");
  };
  if (statements.every(trivial)) {
    t.downStatus = "empty";
    t.hits.push(hit("empty-down-migration", lineOf(down), "The `down` function does nothing (it only calls back): rolling back leaves the change in place."));
    return;
  }
  if (statements.some((s) => s.type === "throw_statement") && statements.every((s) => trivial(s) || s.type === "throw_statement")) {
    t.downStatus = "empty";
    t.hits.push(hit("empty-down-migration", lineOf(down), "The `down` function throws instead of undoing the migration."));
    return;
  }
  const pieces = [];
  for (const s of statements) {
    if (declaresText(s)) continue;
    const u = unwrap(s);
    if (u?.type !== "call_expression" || methodName(u) !== "runSql" || rootName(calleeObject(u)) !== db) return;
    const str = jsString(callArgs(u)[0]);
    if (!str) return;
    pieces.push({ sql: str.text, line: str.line });
  }
  if (pieces.length) {
    t.down = pieces;
    t.downOnlySql = true;
    t.downLine = lineOf(down);
  }
}
async function dbMigrateJsPieces(path, content) {
  const tree = await parseJs(path, content);
  try {
    const root = tree.rootNode;
    const fns = findMigrationFunctions(root);
    const upFile = loadedSqlFile(fns.get("up"));
    const downFile = loadedSqlFile(fns.get("down"));
    const t = new DbMigrateReader(false).t;
    addParseError(t, root, "JavaScript");
    if (upFile || downFile) {
      const files = dbMigrateSqlFiles(path);
      const exact = (upFile?.exact ?? true) && (downFile?.exact ?? true);
      const loads = { ...upFile ? { up: upFile.load } : {}, ...downFile ? { down: downFile.load } : {} };
      return { translation: t, sqlFiles: { ...upFile ? { up: files?.up } : {}, ...downFile ? { down: files?.down } : {}, exact, loads } };
    }
    const reader = new DbMigrateReader(false);
    reader.t.hits.push(...t.hits);
    const up = fns.get("up");
    const body = fnBody(up);
    if (body && up) reader.read(body, paramName(up, 0) ?? "db");
    judgeDbMigrateDown(reader.t, fns);
    const down = fns.get("down");
    const downBody = fnBody(down);
    if (downBody && down && !reader.t.downOnlySql) {
      const downReader = new DbMigrateReader(false);
      downReader.read(downBody, paramName(down, 0) ?? "db");
      reader.t.down = downReader.t.up;
    }
    return { translation: reader.t };
  } finally {
    tree.delete();
  }
}
var isUpSql = (name) => /-up\.sql$/i.test(name);
async function analyseJs(input) {
  const { translation: t, sqlFiles } = await dbMigrateJsPieces(input.path, input.content);
  if (sqlFiles && !sqlFiles.exact) return analyseHelperLoads(input, t, sqlFiles.loads);
  if (sqlFiles) {
    const hits = [...t.hits];
    const absent = (file) => file !== void 0 && file in input.siblings && input.siblings[file] === void 0;
    const name = (file) => file.slice(file.lastIndexOf("/") + 1);
    if (sqlFiles.up && absent(sqlFiles.up)) {
      hits.push(hit("parse-error", 1, `This migration loads ${name(sqlFiles.up)}, which is not there: its SQL could not be checked.`));
    }
    const missingDown = !sqlFiles.down;
    if (missingDown)
      hits.push(hit("missing-down-migration", 1, "The migration loads an up SQL file but its `down` loads none: db-migrate cannot roll it back."));
    const downAbsent = absent(sqlFiles.down);
    return { framework: "db-migrate", role: "up", down: missingDown || downAbsent ? "missing" : "present", hits };
  }
  const history = { input, isMigration: isJsFile, upPieces: async (content, path) => (await dbMigrateJsPieces(path, content)).translation.up };
  return finishAnalysis("db-migrate", t, dialectFor(input), history);
}
function loadCandidates(load, migration, direction) {
  const conventional = dbMigrateSqlFiles(migration)?.[direction];
  if (!load.parts || load.file.startsWith("-")) return conventional ? [conventional] : [];
  const named = load.parts.join("/");
  const here = dirName(migration);
  const out = [normalisePath(`${here}${named}/${load.file}`)];
  if (!load.fromMigration) {
    out.push(normalisePath(`${named}/${load.file}`));
    const mine = here.split("/").filter(Boolean);
    const theirs = named.split("/").filter((p) => p && p !== ".");
    const at = theirs.length > 1 ? mine.indexOf(theirs[0]) : -1;
    for (let j = at + 2; at >= 0 && j < mine.length; j++) out.push(normalisePath([...mine.slice(0, j), ...theirs.slice(1), load.file].join("/")));
  }
  return [...new Set(out.filter((p) => p !== void 0))].slice(0, 4);
}
async function findLoaded(candidates, input) {
  for (const path of candidates) {
    let content;
    try {
      content = input.readFileNow ? input.readFileNow(path) : await input.readFile?.(path);
    } catch (e) {
      return { unread: e instanceof Error ? e.message : String(e) };
    }
    if (content !== void 0) return { path, content };
  }
  return void 0;
}
var judgedOnItsOwn = (path) => isDbMigrateSqlName(path) && /(^|\/)(sqls|migrations)\/(.+\/)?[^/]+\.sql$/i.test(path);
async function analyseHelperLoads(input, t, loads) {
  const hits = [...t.hits];
  const up = loads.up && await findLoaded(loadCandidates(loads.up, input.path, "up"), input);
  const downCandidates = loads.down ? loadCandidates(loads.down, input.path, "down") : [];
  if (loads.down && up && "path" in up) downCandidates.unshift(`${dirName(up.path)}${loads.down.file}`);
  const down = loads.down && await findLoaded([...new Set(downCandidates)].slice(0, 4), input);
  const unfound = [
    ...loads.up && !(up && "path" in up) ? [{ load: loads.up, found: up }] : [],
    ...loads.down && !(down && "path" in down) ? [{ load: loads.down, found: down }] : []
  ];
  if (unfound.length) {
    const { load, found } = unfound[0];
    const names = unfound.map((u) => `\`${u.load.parts ? normalisePath([...u.load.parts, u.load.file].join("/")) : u.load.file}\``).join(" and ");
    const why = found && "unread" in found ? `which could not be read (${found.unread.replace(/\.$/, "")})` : load.parts ? `which ${unfound.length > 1 ? "were" : "was"} not found in the repository (looked up beside the migration, from the repository's root and under the migration's own folders)` : "whose name or folder code gives at run time";
    hits.push(
      hit(
        "not-analysed",
        load.line,
        `\`${load.label}\` loads this migration's SQL through a function of the project, from ${names}, ${why}: what it does was not judged. Review that SQL by hand and add \`// rollback-ready-ignore not-analysed: <reason>\` above the call.`
      )
    );
  }
  if (!loads.down) hits.push(hit("missing-down-migration", 1, "The migration loads an up SQL file but its `down` loads none: db-migrate cannot roll it back."));
  const downStatus = loads.down ? "present" : "missing";
  if (!loads.up || !up || !("path" in up) || judgedOnItsOwn(up.path)) {
    return { framework: "db-migrate", role: "up", down: downStatus, hits: hits.sort((a, b) => a.line - b.line) };
  }
  const downSql = down && "path" in down ? downSqlOf(down.content, down.path) : void 0;
  const read = await analyseUp(
    "db-migrate",
    [{ sql: up.content, line: 1 }],
    sqlOptions(input, { multiStatementTransaction: true }),
    downStatus,
    [],
    void 0,
    downSql
  );
  const at = loads.up.line;
  for (const h of read.hits) hits.push({ ...h, line: at, message: `${up.path} line ${h.line}: ${h.message}` });
  return { ...read, hits: hits.sort((a, b) => a.line - b.line) };
}
var isJsFile = (name) => /\.[cm]?[jt]s$/.test(name) && !name.endsWith(".d.ts");
async function analyseSql(input) {
  const { path, content, siblings } = input;
  const pieces = [{ sql: content, line: 1 }];
  const options = sqlOptions(input, { multiStatementTransaction: true });
  if (/-down\.sql$/i.test(path)) return analyseDown("db-migrate", pieces, options);
  const downPath = dbMigrateSqlFiles(path).down;
  const judged = await judgeDownFile(siblings[downPath], downPath);
  const history = { input, isMigration: isUpSql };
  const down = judged.down === "present" ? downSqlOf(siblings[downPath], downPath) : void 0;
  return analyseUp("db-migrate", pieces, options, judged.down, judged.hits, history, down);
}
var dbMigrate = {
  ...db_migrate_default,
  async analyse(input) {
    if (input.path.toLowerCase().endsWith(".sql") && isDbMigrateSqlName(input.path)) return analyseSql(input);
    try {
      return await analyseJs(input);
    } catch (e) {
      return unreadable("db-migrate", "db-migrate migration", e);
    }
  }
};
var db_migrate_default2 = dbMigrate;
export {
  dbMigrateJsPieces,
  db_migrate_default2 as default
};
