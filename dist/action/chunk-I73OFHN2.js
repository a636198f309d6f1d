import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  callArgs,
  constantValue,
  jsBool,
  jsDefault,
  jsNumber,
  jsStr,
  methodName,
  objectEntries
} from "./chunk-TZEJCB33.js";

// src/core/frameworks/dsl/js-attrs.ts
var SEQUELIZE_TYPES = {
  STRING: "character varying(255)",
  CHAR: "character(255)",
  TEXT: "text",
  CITEXT: "citext",
  INTEGER: "integer",
  BIGINT: "bigint",
  SMALLINT: "smallint",
  TINYINT: "smallint",
  FLOAT: "real",
  REAL: "real",
  DOUBLE: "double precision",
  DECIMAL: "numeric",
  BOOLEAN: "boolean",
  DATE: "timestamp with time zone",
  DATEONLY: "date",
  TIME: "time",
  UUID: "uuid",
  JSON: "json",
  JSONB: "jsonb",
  BLOB: "bytea",
  ENUM: "text",
  ARRAY: "text[]",
  INET: "inet"
};
function sequelizeType(node) {
  if (!node) return "text";
  let name = "";
  let args = [];
  if (node.type === "call_expression") {
    name = methodName(node);
    args = callArgs(node);
  } else if (node.type === "member_expression") name = node.childForFieldName("property")?.text ?? "";
  else name = jsStr(node)?.toUpperCase() ?? "";
  let t = SEQUELIZE_TYPES[name] ?? "text";
  const n = jsNumber(args[0]);
  if (name === "STRING" && n !== void 0) t = `character varying(${n})`;
  if (name === "DECIMAL" && n !== void 0) t = `numeric(${n}${jsNumber(args[1]) !== void 0 ? `, ${jsNumber(args[1])}` : ""})`;
  return t;
}
function sequelizeColumn(name, node) {
  node = constantValue(node);
  const e = objectEntries(node);
  if (node?.type !== "object") return { name, type: sequelizeType(node) };
  const c = { name, type: sequelizeType(e.get("type")) };
  if (jsBool(e.get("primaryKey"))) c.primaryKey = true;
  if (jsBool(e.get("allowNull")) === false) c.notNull = true;
  const d = e.get("defaultValue");
  if (d && d.type !== "null") c.default = jsDefault(d);
  if (jsBool(e.get("unique"))) c.unique = true;
  if (jsBool(e.get("autoIncrement")) && c.type === "integer") c.type = "serial";
  const ref = objectEntries(e.get("references"));
  const model = ref.get("model");
  const refTable = model ? jsStr(model) ?? jsStr(objectEntries(model).get("tableName")) : void 0;
  if (refTable) c.fk = refTable;
  return c;
}
function typeormColumn(node) {
  node = constantValue(node);
  const obj = node?.type === "new_expression" ? callArgs(node)[0] : node;
  const e = objectEntries(obj);
  const name = jsStr(e.get("name"));
  if (!name) return void 0;
  let type = jsStr(e.get("type")) ?? "text";
  const len = jsStr(e.get("length")) ?? (jsNumber(e.get("length")) !== void 0 ? String(jsNumber(e.get("length"))) : void 0);
  if (len && /char/i.test(type)) type = `${type}(${len})`;
  const c = { name, type };
  if (jsBool(e.get("isPrimary"))) c.primaryKey = true;
  if (jsBool(e.get("isNullable")) !== true) c.notNull = true;
  const d = e.get("default");
  if (d && d.type !== "null" && d.type !== "undefined") c.default = jsStr(d) ?? jsDefault(d);
  if (jsBool(e.get("isUnique"))) c.unique = true;
  if (jsBool(e.get("isGenerated")) && /int/.test(type)) c.type = "serial";
  return c;
}
function pgmColumn(name, node, shorthands = /* @__PURE__ */ new Map()) {
  const e = pgmOptions(node, shorthands);
  const type = jsStr(e.get("type")) ?? "text";
  const c = { name, type: type === "id" ? "serial" : type };
  if (type === "id" || jsBool(e.get("primaryKey"))) c.primaryKey = true;
  if (jsBool(e.get("notNull"))) c.notNull = true;
  const d = e.get("default");
  if (d && d.type !== "null" && d.type !== "undefined") c.default = pgmDefault(d);
  if (jsBool(e.get("unique"))) c.unique = true;
  const ref = e.get("references");
  const refTable = jsStr(ref) ?? jsStr(objectEntries(ref).get("name"));
  if (refTable) c.fk = refTable.split("(")[0].trim().replace(/"/g, "");
  return c;
}
function pgmOptions(node, shorthands) {
  const asOptions = (n) => n && jsStr(n) !== void 0 ? /* @__PURE__ */ new Map([["type", n]]) : objectEntries(n);
  let options = asOptions(node);
  const seen = /* @__PURE__ */ new Set();
  for (let type = jsStr(options.get("type")); type !== void 0 && shorthands.has(type) && !seen.has(type); type = jsStr(options.get("type"))) {
    seen.add(type);
    const own = new Map(options);
    own.delete("type");
    options = new Map([...asOptions(shorthands.get(type)), ...own]);
  }
  return options;
}
function pgmDefault(node) {
  if (node.type === "call_expression" && methodName(node) === "func") return jsStr(callArgs(node)[0]) ?? "'?'";
  return jsDefault(node);
}

export {
  sequelizeColumn,
  typeormColumn,
  pgmColumn,
  pgmDefault
};
