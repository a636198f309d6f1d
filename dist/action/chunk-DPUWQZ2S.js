import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  renderPopTemplate
} from "./chunk-RDQO74ZX.js";
import {
  callArgs,
  jsBool,
  jsDefault,
  jsNumber,
  jsStr,
  jsStrList,
  jsString,
  objectEntries
} from "./chunk-TZEJCB33.js";
import {
  lineOf,
  parseCode
} from "./chunk-TKNREPPV.js";
import {
  finishAnalysis,
  hit,
  newTranslation,
  parseErrorHit,
  sql,
  unreadable
} from "./chunk-QKWKVWJ7.js";
import {
  handlerFor
} from "./chunk-P765CN6Y.js";
import {
  popDownPathOf,
  pop_default
} from "./chunk-K7NLEESO.js";
import {
  analyseDown,
  analyseUp,
  baseName,
  dialectFor,
  dirName,
  downSqlOf,
  emptyDownHit,
  isEmptySql,
  missingDownHit,
  popName,
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

// src/core/frameworks/pop/fizz.ts
var FIZZ_TYPES = {
  string: "character varying",
  text: "text",
  uuid: "uuid",
  int: "integer",
  integer: "integer",
  bigint: "bigint",
  smallint: "smallint",
  bool: "boolean",
  boolean: "boolean",
  json: "jsonb",
  jsonb: "jsonb",
  timestamp: "timestamp without time zone",
  datetime: "timestamp without time zone",
  time: "time without time zone",
  date: "date",
  blob: "bytea",
  float: "numeric",
  decimal: "numeric"
};
function fizzColumn(name, type, optsNode) {
  const opts = objectEntries(optsNode);
  let t = FIZZ_TYPES[(type ?? "string").toLowerCase()] ?? type ?? "text";
  const size = jsNumber(opts.get("size"));
  if (t === "character varying") t = `character varying(${size ?? 255})`;
  const c = { name, type: t };
  if (jsBool(opts.get("primary"))) c.primaryKey = true;
  else if (jsBool(opts.get("null")) !== true) c.notNull = true;
  const raw = jsStr(opts.get("default_raw"));
  const d = opts.get("default");
  if (raw !== void 0) c.default = raw;
  else if (d && d.type !== "null") c.default = jsDefault(d);
  return c;
}
function topCall(statement) {
  if (statement.type !== "expression_statement") return void 0;
  const call = statement.namedChildren[0];
  if (call?.type !== "call_expression") return void 0;
  const fn = call.childForFieldName("function");
  if (fn?.type !== "identifier") return void 0;
  return { name: fn.text, args: callArgs(call), node: call };
}
function foreignKeySql(table, col, refs, opts) {
  const [ref] = [...objectEntries(refs)];
  if (!ref) return void 0;
  const name = jsStr(objectEntries(opts).get("name"));
  return sql.addForeignKey(table, [col], ref[0], jsStrList(ref[1]).length ? jsStrList(ref[1]) : ["id"], name ? { name } : {});
}
function tableBodyCall(table, s, body) {
  const call = s.type === "expression_statement" ? s.namedChildren[0] : void 0;
  if (call?.type !== "call_expression") return;
  const fn = call.childForFieldName("function");
  const method = fn?.type === "member_expression" ? fn.childForFieldName("property")?.text : void 0;
  const args = callArgs(call);
  if (method === "Column") {
    const col = jsStr(args[0]);
    if (col) body.cols.push(fizzColumn(col, jsStr(args[1]), args[2]));
  } else if (method === "DisableTimestamps") body.timestamps = false;
  else if (method === "ForeignKey") {
    const col = jsStr(args[0]);
    const fk = col ? foreignKeySql(table, col, args[1], args[2]) : void 0;
    if (fk) body.after.push(fk);
  } else if (method === "Index") {
    const cols2 = jsStrList(args[0]);
    const opts = objectEntries(args[1]);
    if (cols2.length)
      body.after.push(
        sql.createIndex(table, cols2, { ...jsStr(opts.get("name")) ? { name: jsStr(opts.get("name")) } : {}, unique: jsBool(opts.get("unique")) === true })
      );
  }
}
var createTable = (r, { line, block, table }) => {
  if (!table) return;
  const body = { cols: [], after: [], timestamps: true };
  for (const s of block?.namedChildren ?? []) tableBodyCall(table, s, body);
  const { cols, after } = body;
  if (!cols.some((c) => c.primaryKey)) cols.unshift({ name: "id", type: "serial", primaryKey: true });
  if (body.timestamps) {
    for (const c of ["created_at", "updated_at"])
      if (!cols.some((x) => x.name === c)) cols.push({ name: c, type: "timestamp without time zone", notNull: true });
  }
  r.emit(line, sql.createTable(table, cols));
  for (const s of after) r.emit(line, s);
};
var dropTable = (r, { line, table }) => {
  if (table) r.emit(line, sql.dropTable(table));
};
var renameTable = (r, { a, line, table }) => {
  const to = jsStr(a[1]);
  if (table && to) r.emit(line, sql.renameTable(table, to));
};
var addColumn = (r, { a, line, table }) => {
  const col = jsStr(a[1]);
  if (table && col) r.emit(line, sql.addColumn(table, fizzColumn(col, jsStr(a[2]), a[3])));
};
var changeColumn = (r, { a, line, table }) => {
  const col = jsStr(a[1]);
  if (!table || !col) return;
  const c = fizzColumn(col, jsStr(a[2]), a[3]);
  r.emit(line, sql.changeType(table, col, c.type));
  r.emit(line, c.notNull ? sql.setNotNull(table, col) : sql.dropNotNull(table, col));
  if (c.default !== void 0) r.emit(line, sql.setDefault(table, col, c.default));
};
var dropColumn = (r, { a, line, table }) => {
  const col = jsStr(a[1]);
  if (table && col) r.emit(line, sql.dropColumn(table, col));
};
var renameColumn = (r, { a, line, table }) => {
  const from = jsStr(a[1]);
  const to = jsStr(a[2]);
  if (table && from && to) r.emit(line, sql.renameColumn(table, from, to));
};
var addIndex = (r, { a, line, table }) => {
  const cols = jsStrList(a[1]);
  const opts = objectEntries(a[2]);
  const index = jsStr(opts.get("name"));
  if (table && cols.length) r.emit(line, sql.createIndex(table, cols, { ...index ? { name: index } : {}, unique: jsBool(opts.get("unique")) === true }));
};
var dropIndex = (r, { a, line }) => {
  const index = jsStr(a[1]);
  if (index) r.emit(line, sql.dropIndex(index));
};
var addForeignKey = (r, { a, line, table }) => {
  const col = jsStr(a[1]);
  const fk = table && col ? foreignKeySql(table, col, a[2], a[3]) : void 0;
  if (fk) r.emit(line, fk);
};
var dropForeignKey = (r, { a, line, table }) => {
  const fk = jsStr(a[1]);
  if (table && fk) r.emit(line, sql.dropConstraint(table, fk));
};
var rawSql = (r, { a }) => {
  const s = jsString(a[0]);
  if (s) r.t.up.push({ sql: s.text, line: s.line, ...s.inexact ? { inexact: true } : {} });
};
var FIZZ_CALLS = {
  create_table: createTable,
  drop_table: dropTable,
  rename_table: renameTable,
  add_column: addColumn,
  change_column: changeColumn,
  alter_column: changeColumn,
  drop_column: dropColumn,
  rename_column: renameColumn,
  add_index: addIndex,
  drop_index: dropIndex,
  add_foreign_key: addForeignKey,
  drop_foreign_key: dropForeignKey,
  sql: rawSql
};
var FizzReader = class {
  t = newTranslation(true);
  emit(line, text) {
    this.t.up.push({ sql: text, line, synthetic: true });
  }
  read(root) {
    const statements = root.namedChildren.filter((c) => c.type !== "comment");
    for (let i = 0; i < statements.length; i++) {
      const call = topCall(statements[i]);
      if (!call) continue;
      const next = statements[i + 1];
      const block = next?.type === "statement_block" ? next : void 0;
      if (block) i++;
      handlerFor(FIZZ_CALLS, call.name)?.(this, { a: call.args, line: lineOf(call.node), block, table: jsStr(call.args[0]) });
    }
  }
};
function blankPlushComments(source) {
  if (!source.includes("<%#")) return source;
  let out = "";
  let at = 0;
  for (let start = source.indexOf("<%#"); start >= 0; start = source.indexOf("<%#", at)) {
    const end = source.indexOf("%>", start + 3);
    const stop = end < 0 ? source.length : end + 2;
    out += source.slice(at, start) + source.slice(start, stop).replace(/[^\n]/g, " ");
    at = stop;
  }
  return out + source.slice(at);
}
async function fizzToPieces(source) {
  const tree = await parseCode("javascript", blankPlushComments(source));
  try {
    const reader = new FizzReader();
    reader.read(tree.rootNode);
    const statements = tree.rootNode.namedChildren.filter((c) => c.type !== "comment" && c.type !== "empty_statement").length;
    const [error] = tree.rootNode.descendantsOfType("ERROR");
    if (error) reader.t.hits.push(parseErrorHit(lineOf(error), "fizz"));
    return { ...reader.t, statements };
  } finally {
    tree.delete();
  }
}

// src/core/frameworks/pop.ts
var groupIndexes = /* @__PURE__ */ new WeakMap();
var groupKey = (p) => `${p.stamp}\0${p.name}\0${p.ext}`;
function groupIndex(names) {
  let index = groupIndexes.get(names);
  if (!index) {
    index = /* @__PURE__ */ new Map();
    for (const file of names) {
      const p = popName(file);
      if (!p) continue;
      const key = groupKey(p);
      let bucket = index.get(key);
      if (!bucket) index.set(key, bucket = []);
      bucket.push({ file, p });
    }
    groupIndexes.set(names, index);
  }
  return index;
}
function popGroup(names, name) {
  const self = popName(name);
  if (!self) return void 0;
  const ups = [];
  const downs = [];
  const members = groupIndex(names).get(groupKey(self)) ?? [];
  const own = /* @__PURE__ */ new Set();
  if (self.dialect !== void 0) {
    for (const { p } of members) if (p.dialect === self.dialect) own.add(`${p.direction}${p.part}`);
  }
  for (const { file, p } of members) {
    if (p.dialect === void 0 ? own.has(`${p.direction}${p.part}`) : p.dialect !== self.dialect) continue;
    (p.direction === "up" ? ups : downs).push([p.part, file]);
  }
  const order = (xs) => xs.sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : 1).map(([, n]) => n);
  return { ups: order(ups), downs: order(downs) };
}
var isPopUpSql = (name) => {
  const p = popName(name);
  return p?.direction === "up" && p.ext === "sql";
};
var errorText = (error) => (error instanceof Error ? error.message : String(error)).split("\n")[0];
var verdicts = /* @__PURE__ */ new WeakMap();
async function groupDown(input, group, where, parts) {
  const dir = dirName(input.path);
  let anyDown = false;
  for (const name of group.downs) {
    let content;
    try {
      content = `${dir}${name}` in input.siblings ? input.siblings[`${dir}${name}`] : await input.readFile?.(`${dir}${name}`);
    } catch (error) {
      return {
        down: "present",
        hits: [
          hit(
            "not-analysed",
            1,
            `The down files of the migration ${where} could not all be read (${name}: ${errorText(error)}): its down path was not judged.`
          )
        ]
      };
    }
    if (content === void 0) continue;
    anyDown = true;
    if (!await isEmptySql([{ sql: content, line: 1 }])) return { down: "present", hits: [] };
  }
  if (!anyDown) return { down: "missing", hits: [missingDownHit(1, `none of the ${parts} of ${where} has a down file`)] };
  return { down: "empty", hits: [emptyDownHit(1, `every down file of the ${parts} of ${where}`)] };
}
async function judgeGroupDown(input, self, names, failure) {
  const { path, siblings } = input;
  const own = popDownPathOf(path);
  const dir = dirName(path);
  const where = `${self.stamp}\u2026_${self.name}${self.dialect ? `.${self.dialect}` : ""}`;
  if (self.part === "" || !names) {
    const content = siblings[own];
    if (content !== void 0 && !await isEmptySql([{ sql: content, line: 1 }])) return { down: "present", hits: [] };
    if (self.part === "") {
      if (content === void 0) return { down: "missing", hits: [missingDownHit(1, `no ${baseName(own)}`)] };
      return { down: "empty", hits: [emptyDownHit(1, baseName(own))] };
    }
    const why = failure ? `listing ${dir || "./"} failed (${failure})` : "the folder could not be listed";
    return {
      down: "present",
      hits: [
        hit(
          "not-analysed",
          1,
          `This is one part of the migration ${where}, whose down may sit in another part's file, but ${why}: its down path was not judged. Check that the group's down files undo it.`
        )
      ]
    };
  }
  const group = popGroup(names, baseName(path));
  const parts = `${group.ups.length} part${group.ups.length > 1 ? "s" : ""}`;
  let byGroup = verdicts.get(names);
  if (!byGroup) verdicts.set(names, byGroup = /* @__PURE__ */ new Map());
  const key = `${dir}\0${groupKey(self)}\0${self.dialect ?? ""}`;
  let verdict = byGroup.get(key);
  if (!verdict) byGroup.set(key, verdict = groupDown(input, group, where, parts));
  const { down, hits } = await verdict;
  return { down, hits: group.ups[0] === baseName(path) ? hits : [] };
}
var PART_LINES = 1e7;
var readings = /* @__PURE__ */ new WeakMap();
async function readGroup(input, group, options) {
  const dir = dirName(input.path);
  const pieces = [];
  for (const [k, name] of group.ups.entries()) {
    let content;
    try {
      content = name === baseName(input.path) ? input.content : await input.readFile?.(`${dir}${name}`);
    } catch {
      return void 0;
    }
    if (content === void 0) return void 0;
    if (content.trim()) pieces.push({ sql: content, line: PART_LINES * (k + 1) });
  }
  const history = { input: { ...input, path: `${dir}${group.ups[0]}` }, isMigration: isPopUpSql };
  const analysis = await analyseUp("pop", pieces, options, "present", [], history, await groupDownSql(input, group));
  const hits = new Map(group.ups.map((name) => [name, []]));
  for (const h of analysis.hits) {
    const k = Math.floor(h.line / PART_LINES) - 1;
    const name = group.ups[k];
    if (name) hits.get(name).push({ ...h, line: h.line - PART_LINES * (k + 1) + 1 });
  }
  const empty = await isEmptySql(pieces);
  return { hits, changesData: analysis.changesData === true, additiveOnly: analysis.additiveOnly === true, dialect: analysis.dialect, empty };
}
async function groupDownSql(input, group) {
  const dir = dirName(input.path);
  const pieces = [];
  for (const name of group.downs) {
    const path = `${dir}${name}`;
    let content;
    try {
      content = path in input.siblings ? input.siblings[path] : await input.readFile?.(path);
    } catch {
      return void 0;
    }
    if (content?.trim()) pieces.push({ sql: content, line: 1, path: name });
  }
  return pieces.length ? { pieces, name: "the down files" } : void 0;
}
async function analyseSql(input, self) {
  const options = sqlOptions(input, { transactional: !self.autocommit });
  const own = [{ sql: input.content, line: 1 }];
  if (self.direction === "down") return analyseDown("pop", own, options);
  let names;
  let failure;
  try {
    names = input.listDir ? await input.listDir(dirName(input.path)) : void 0;
  } catch (error) {
    failure = errorText(error);
  }
  const judged = await judgeGroupDown(input, self, names, failure);
  const group = names && input.readFile ? popGroup(names, baseName(input.path)) : void 0;
  if (names && group && group.ups.length > 1 && group.ups.includes(baseName(input.path))) {
    let byGroup = readings.get(names);
    if (!byGroup) readings.set(names, byGroup = /* @__PURE__ */ new Map());
    const key = `${dirName(input.path)}\0${groupKey(self)}\0${self.dialect ?? ""}\0${self.autocommit}`;
    let reading = byGroup.get(key);
    if (!reading) byGroup.set(key, reading = readGroup(input, group, options));
    const read = await reading;
    if (read) {
      const complete = judged.down === "empty" && read.empty;
      const reversibility = complete ? judged.hits.filter((h) => h.rule !== "empty-down-migration") : judged.hits;
      const hits = [...reversibility, ...read.hits.get(baseName(input.path)) ?? []].sort((a, b) => a.line - b.line);
      const analysis = { framework: "pop", role: "up", down: complete ? "present" : judged.down, hits, additiveOnly: read.additiveOnly };
      if (read.changesData) analysis.changesData = true;
      if (read.dialect) analysis.dialect = read.dialect;
      return analysis;
    }
  }
  const downPath = popDownPathOf(input.path);
  const downContent = self.part === "" && judged.down === "present" ? input.siblings[downPath] : void 0;
  const down = downContent === void 0 ? void 0 : downSqlOf(downContent, downPath);
  return analyseUp("pop", own, options, judged.down, judged.hits, { input, isMigration: isPopUpSql }, down);
}
async function analyseFizz(input, self) {
  if (self.direction === "down") {
    const t2 = await fizzToPieces(input.content);
    return { framework: "pop", role: "down", down: "present", hits: t2.hits.filter((h) => h.rule === "parse-error") };
  }
  const t = await fizzToPieces(input.content);
  const downPath = popDownPathOf(input.path);
  const down = input.siblings[downPath];
  if (down === void 0) {
    t.downStatus = "missing";
    t.hits.push(missingDownHit(1, `no ${baseName(downPath)}`));
  } else if ((await fizzToPieces(down)).statements === 0) {
    t.downStatus = "empty";
    t.hits.push(emptyDownHit(1, baseName(downPath)));
  }
  return finishAnalysis("pop", t, dialectFor(input));
}
function renderedInput(input) {
  const dialect = dialectFor(input)?.dialect;
  const render = (c) => c === void 0 || !c.includes("{{") ? c : renderPopTemplate(c, dialect).text;
  const siblings = {};
  for (const [p, c] of Object.entries(input.siblings)) siblings[p] = render(c);
  const { readFile, readFileNow } = input;
  return {
    ...input,
    content: render(input.content),
    siblings,
    ...readFile ? { readFile: async (p) => render(await readFile(p)) } : {},
    ...readFileNow ? { readFileNow: (p) => render(readFileNow(p)) } : {}
  };
}
var pop = {
  ...pop_default,
  async analyse(raw) {
    const input = renderedInput(raw);
    const self = popName(input.path);
    if (!self) return unreadable("pop", "pop migration", new Error("its name is not <version>_<name>[.<dialect>].(up|down).(sql|fizz)"));
    if (self.ext === "sql") return analyseSql(input, self);
    try {
      return await analyseFizz(input, self);
    } catch (e) {
      return unreadable("pop", "fizz migration", e);
    }
  }
};
var pop_default2 = pop;
export {
  pop_default2 as default,
  fizzToPieces,
  popDownPathOf,
  popGroup
};
