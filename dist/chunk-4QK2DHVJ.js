import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);

// src/core/sql/ast.ts
var relKey = (rv) => rv?.relname ?? "";
var relLabel = (rv) => {
  if (!rv?.schemaname) return quote(rv?.relname ?? "?");
  const name = `${rv.schemaname}.${rv.relname ?? ""}`;
  return name.includes("__interp__") ? quote(name) : name;
};
var quote = (name) => name.includes("__interp__") ? `"${name.split("__interp__").join("\u2026")}" (named at run time)` : `"${name}"`;
function nameOf(node) {
  if (!node) return "?";
  if ("String" in node) return node.String.sval ?? "";
  if ("List" in node) return (node.List.items ?? []).map(nameOf).join(".");
  return "?";
}
function objectLabel(node) {
  const parts = node && "List" in node ? (node.List.items ?? []).map(nameOf) : [nameOf(node)];
  const relname = parts.pop();
  return relLabel({ relname, schemaname: parts.length ? parts.join(".") : void 0 });
}
var lastPart = (qualified) => qualified.slice(qualified.lastIndexOf(".") + 1);
function typeBaseName(tn) {
  const names = (tn?.names ?? []).map(nameOf);
  return names[names.length - 1] ?? "";
}
function typeMods(tn) {
  if (!tn?.typmods?.length) return void 0;
  return tn.typmods.map((m) => "A_Const" in m ? m.A_Const.ival?.ival ?? 0 : Number.NaN);
}
var SQL_TYPE_NAMES = /* @__PURE__ */ new Map([
  ["int2", "smallint"],
  ["int4", "integer"],
  ["int8", "bigint"],
  ["float4", "real"],
  ["float8", "double precision"],
  ["bool", "boolean"],
  ["bpchar", "char"],
  ["timestamptz", "timestamptz"]
]);
function enumSpelling(tn) {
  const base = typeBaseName(tn).toLowerCase();
  if (base !== "enum" && base !== "set" || !tn?.typmods?.length) return void 0;
  const values = [];
  for (const m of tn.typmods) {
    const sval = "A_Const" in m ? m.A_Const.sval?.sval : void 0;
    if (sval === void 0) return void 0;
    values.push(`'${sval.replace(/'/g, "''")}'`);
  }
  return `${base}(${values.join(",")})`;
}
function typeLabel(tn) {
  const spelled = enumSpelling(tn);
  if (spelled) return spelled;
  const mods = typeMods(tn);
  const raw = typeBaseName(tn);
  const base = SQL_TYPE_NAMES.get(raw) ?? raw;
  const array = "[]".repeat(tn?.arrayBounds?.length ?? 0);
  return (mods ? `${base}(${mods.join(",")})` : base) + array;
}
function constraintsOf(col) {
  const out = [];
  for (const c of col?.constraints ?? []) if ("Constraint" in c) out.push(c.Constraint);
  return out;
}
function calledFunctions(tree, out = []) {
  if (Array.isArray(tree)) {
    for (const item of tree) calledFunctions(item, out);
  } else if (tree !== null && typeof tree === "object") {
    const obj = tree;
    const call = obj.FuncCall;
    if (call?.funcname) out.push(lastPart(call.funcname.map(nameOf).join(".")).toLowerCase());
    for (const key in obj) calledFunctions(obj[key], out);
  }
  return out;
}
function referencedColumns(tree, out = []) {
  if (Array.isArray(tree)) {
    for (const item of tree) referencedColumns(item, out);
  } else if (tree !== null && typeof tree === "object") {
    const obj = tree;
    const ref = obj.ColumnRef;
    const last = ref?.fields?.[ref.fields.length - 1];
    if (last && "String" in last && last.String.sval) out.push(last.String.sval);
    for (const key in obj) referencedColumns(obj[key], out);
  }
  return out;
}
function readsTable(tree) {
  if (Array.isArray(tree)) return tree.some(readsTable);
  if (tree !== null && typeof tree === "object") {
    const obj = tree;
    if ("RangeVar" in obj) return true;
    for (const key in obj) if (readsTable(obj[key])) return true;
  }
  return false;
}
function optionNames(options) {
  const out = [];
  for (const o of options ?? []) if ("DefElem" in o && o.DefElem.defname) out.push(o.DefElem.defname.toLowerCase());
  return out;
}
function insertSelect(insert) {
  const select = insert.selectStmt && "SelectStmt" in insert.selectStmt ? insert.selectStmt.SelectStmt : void 0;
  const from = select?.fromClause?.length === 1 ? select.fromClause[0] : void 0;
  return from && "RangeVar" in from ? { select, source: from.RangeVar } : { select };
}
function cteQueries(stmt) {
  const body = Object.values(stmt)[0];
  const out = [];
  for (const cte of body?.withClause?.ctes ?? []) if ("CommonTableExpr" in cte && cte.CommonTableExpr.ctequery) out.push(cte.CommonTableExpr.ctequery);
  return out;
}

export {
  relKey,
  relLabel,
  quote,
  nameOf,
  objectLabel,
  lastPart,
  typeBaseName,
  typeMods,
  enumSpelling,
  typeLabel,
  constraintsOf,
  calledFunctions,
  referencedColumns,
  readsTable,
  optionNames,
  insertSelect,
  cteQueries
};
