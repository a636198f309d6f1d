import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  finishAnalysis,
  hit,
  ident,
  newTranslation,
  sql,
  sqlString,
  unreadable
} from "./chunk-M3XMMRZA.js";
import {
  liquibaseFormat,
  liquibase_default
} from "./chunk-4D4VQUWN.js";
import {
  dirName,
  lintSqlLazily
} from "./chunk-BFM53OVH.js";
import {
  dialectOfPath
} from "./chunk-PEBNUFUE.js";
import "./chunk-AYEM27GC.js";
import "./chunk-GHKLDGG7.js";

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
  Y ??= await import("./chunk-OQZBQ5RL.js");
};
var AUTO_ROLLBACK = /* @__PURE__ */ new Set([
  "addColumn",
  "addDefaultValue",
  "addForeignKeyConstraint",
  "addLookupTable",
  "addNotNullConstraint",
  "addPrimaryKey",
  "addUniqueConstraint",
  "createIndex",
  "createSequence",
  "createTable",
  "createView",
  "dropNotNullConstraint",
  "empty",
  "output",
  "renameColumn",
  "renameSequence",
  "renameTable",
  "renameView",
  "tagDatabase",
  "addCheckConstraint"
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
function columnDef(c) {
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
      const cols = c.columns.map(columnDef).filter((x) => !!x);
      if (table) emit(sql.createTable(table, cols.length ? cols : [{ name: "id", type: "bigserial", primaryKey: true }]));
      break;
    }
    case "dropTable":
      if (table) emit(sql.dropTable(table));
      break;
    case "addColumn":
      for (const col of c.columns) {
        const d = columnDef(col);
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
      const d = columnDef({ attrs: { ...a, name: a.columnName ?? "" }, constraints: {} });
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
  let inRollbackBlock = false;
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
    if (inRollbackBlock) {
      if (t.includes("*/")) inRollbackBlock = false;
      cur.body.push("");
      return;
    }
    if (/^\/\*\s*liquibase\s+rollback\b/i.test(t)) {
      cur.hasRollback = true;
      inRollbackBlock = !t.includes("*/");
      cur.body.push("");
      return;
    }
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
function normalisePath(path) {
  const out = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (!out.length) return void 0;
      out.pop();
    } else out.push(part);
  }
  return out.join("/");
}
function sqlFileCandidates(changelog, written, relativeToChangelog) {
  const dir = dirName(changelog);
  const clean = written.replace(/^classpath:/, "");
  const candidates = relativeToChangelog ? [`${dir}${clean}`] : [clean, `src/main/resources/${clean}`, `${dir}${clean}`];
  return [...new Set(candidates.map(normalisePath).filter((p) => !!p))];
}
function liquibaseToPieces(source, path) {
  return readChangelog(source, path).t;
}
function readChangelog(source, path) {
  const t = newTranslation(true);
  const sqlFiles = [];
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
      if (c.type === "sqlFile" && c.attrs.path) {
        const relativeToChangelog = c.attrs.relativeToChangelogFile?.toLowerCase() === "true";
        sqlFiles.push({ line: c.line, written: c.attrs.path, candidates: sqlFileCandidates(path, c.attrs.path, relativeToChangelog) });
      }
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
  return { t, sqlFiles };
}
async function lintSqlFiles(t, refs, input) {
  const { readFile } = input;
  const dialect = input.dialect ?? dialectOfPath(input.path);
  for (const ref of refs) {
    let found;
    let failure = "";
    for (const candidate of readFile ? ref.candidates : []) {
      let content;
      try {
        content = await readFile(candidate);
      } catch (error) {
        failure = `; reading \`${candidate}\` failed: ${error instanceof Error ? error.message : String(error)}`;
        break;
      }
      if (content !== void 0) {
        found = { path: candidate, content };
        break;
      }
    }
    if (!found) {
      t.hits.push(hit("parse-error", ref.line, `The sqlFile \`${ref.written}\` could not be read (looked for ${ref.candidates.map((c) => `\`${c}\``).join(", ")}${failure}), so its SQL was not checked: check it by hand.`));
      continue;
    }
    const res = await lintSqlLazily([{ sql: found.content, line: 1 }], { transactional: t.transactional, ...dialect ? { dialect } : {} });
    for (const h of res.hits) t.hits.push(hit(h.rule, ref.line, `In \`${found.path}\` line ${h.line}: ${h.message}`));
    if (res.changesData) t.changesData = true;
  }
}
var liquibase = {
  ...liquibase_default,
  async analyse(input) {
    if (liquibaseFormat(input.path, input.content) !== "sql") await loadYaml();
    try {
      const { t, sqlFiles } = readChangelog(input.content, input.path);
      if (sqlFiles.length) await lintSqlFiles(t, sqlFiles, input);
      return await finishAnalysis("liquibase", t, input.dialect ?? dialectOfPath(input.path));
    } catch (e) {
      return unreadable("liquibase", "Liquibase changelog", e, "forward-only");
    }
  }
};
var liquibase_default2 = liquibase;
export {
  liquibase_default2 as default,
  liquibase,
  liquibaseFormat,
  liquibaseToPieces,
  loadYaml
};
