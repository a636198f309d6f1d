import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  alterTableCmds
} from "./chunk-N6KL7LXN.js";
import {
  lastPart,
  nameOf,
  referencedColumns,
  relKey,
  relLabel
} from "./chunk-4QK2DHVJ.js";

// src/core/sql/unique-indexes.ts
var defaultName = (table, columns, suffix) => `${table}_${columns.join("_")}`.slice(0, 63 - suffix.length - 1) + `_${suffix}`;
var columnKey = (column) => ({ ColumnRef: { fields: [{ String: { sval: column } }] } });
function keyText(key, rename = (c) => c) {
  return JSON.stringify(key, (field, value) => {
    if (field === "location") return void 0;
    if (field === "ColumnRef") return { fields: [rename(nameOf(value.fields?.at(-1)))] };
    return value;
  });
}
function keyReadsOnly(key, by, rename = (c) => c) {
  if (key === null || typeof key !== "object") return true;
  if (by.has(keyText(key, rename))) return true;
  if ("ColumnRef" in key) return false;
  return Object.entries(key).every(([field, value]) => field === "location" || keyReadsOnly(value, by, rename));
}
function uniqueEvents(node, line) {
  const out = [];
  if ("DeleteStmt" in node) out.push({ kind: "write", table: relKey(node.DeleteStmt.relation), line });
  else if ("UpdateStmt" in node) out.push({ kind: "write", table: relKey(node.UpdateStmt.relation), line });
  else if ("RenameStmt" in node && node.RenameStmt.newname) {
    const r = node.RenameStmt;
    if (r.renameType === "OBJECT_TABLE" && r.relation?.relname) out.push({ kind: "rename-table", from: relKey(r.relation), to: r.newname, line });
    else if (r.renameType === "OBJECT_COLUMN" && r.subname)
      out.push({ kind: "rename-column", table: relKey(r.relation), from: r.subname, to: r.newname, line });
  } else if ("DropStmt" in node && node.DropStmt.removeType === "OBJECT_INDEX") {
    for (const obj of node.DropStmt.objects ?? []) out.push({ kind: "drop", name: lastPart(nameOf(obj)), line });
  } else if ("IndexStmt" in node && node.IndexStmt.idxname) {
    const s = node.IndexStmt;
    const columns = [];
    const keyColumns = [];
    const keys = [];
    let plain = true;
    for (const p of s.indexParams ?? []) {
      if ("IndexElem" in p && p.IndexElem.name && !p.IndexElem.expr) {
        columns.push(p.IndexElem.name);
        keyColumns.push(p.IndexElem.name);
        keys.push(columnKey(p.IndexElem.name));
      } else {
        plain = false;
        if ("IndexElem" in p) referencedColumns(p.IndexElem.expr, keyColumns);
        keys.push("IndexElem" in p && p.IndexElem.expr || p);
      }
    }
    out.push({
      kind: "build",
      name: s.idxname,
      unique: s.unique === true,
      what: "unique index",
      table: relKey(s.relation),
      tableLabel: relLabel(s.relation),
      columns: plain ? columns : void 0,
      keyColumns,
      keys,
      partial: !!s.whereClause,
      line
    });
  }
  for (const { table, cmd } of alterTableCmds(node)) {
    if (cmd.subtype === "AT_DropConstraint" && cmd.name) out.push({ kind: "drop", name: cmd.name, line });
    if (cmd.subtype === "AT_AddColumn" && cmd.def && "ColumnDef" in cmd.def && cmd.def.ColumnDef.colname)
      out.push({ kind: "add-column", table: relKey(table), column: cmd.def.ColumnDef.colname, line });
    if (cmd.subtype !== "AT_AddConstraint" || !cmd.def || !("Constraint" in cmd.def)) continue;
    const c = cmd.def.Constraint;
    if (c.contype !== "CONSTR_UNIQUE" && c.contype !== "CONSTR_PRIMARY") continue;
    const columns = (c.keys ?? []).map((k) => "String" in k ? k.String.sval ?? "" : "");
    const primary = c.contype === "CONSTR_PRIMARY";
    const name = c.conname ?? c.indexname ?? (primary ? `${relKey(table)}_pkey` : columns.length ? defaultName(relKey(table), columns, "key") : void 0);
    if (!name) continue;
    out.push({
      kind: "build",
      name,
      unique: true,
      what: primary ? "primary key" : "UNIQUE constraint",
      table: relKey(table),
      tableLabel: relLabel(table),
      columns: c.indexname ? void 0 : columns,
      ...c.indexname ? {} : { keys: columns.map(columnKey) },
      partial: false,
      ...c.indexname ? { usingIndex: c.indexname } : {},
      line
    });
  }
  return out;
}

export {
  keyText,
  keyReadsOnly,
  uniqueEvents
};
