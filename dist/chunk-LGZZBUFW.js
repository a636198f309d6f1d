import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  pgmColumn,
  pgmDefault
} from "./chunk-E2O6Y2QT.js";
import {
  addParseError,
  builtInCode,
  callArgs,
  calleeObject,
  callsInOrder,
  codeLabel,
  findMigrationFunctions,
  fnBody,
  jsBool,
  jsStr,
  jsStrList,
  jsString,
  judgeDown,
  methodName,
  objectEntries,
  paramName,
  parseJs,
  readDownSql,
  sqlTexts
} from "./chunk-IDTYWZMZ.js";
import {
  createTableWithForeignKeys,
  dslFramework,
  hit,
  ident,
  newTranslation,
  sql,
  sqlString,
  unknownCallHit
} from "./chunk-K4LOI7D2.js";
import {
  handlerFor
} from "./chunk-P765CN6Y.js";
import {
  PLACEHOLDER
} from "./chunk-M2CJ2PKO.js";
import {
  lineOf
} from "./chunk-TKNREPPV.js";
import {
  node_pg_migrate_default
} from "./chunk-QPD4Q67D.js";
import "./chunk-VIAG5GR7.js";
import "./chunk-YQYMSWCG.js";
import "./chunk-BF324SM3.js";
import "./chunk-VXNLIOFY.js";
import "./chunk-EPOSKRKZ.js";
import "./chunk-ASTGNKGX.js";
import "./chunk-AYEM27GC.js";
import {
  __callDispose,
  __using
} from "./chunk-ADI5M2KE.js";

// src/core/frameworks/node-pg-migrate.ts
var RAW = /* @__PURE__ */ new Set(["sql"]);
var NOT_AUTO_REVERSIBLE = /* @__PURE__ */ new Set([
  "sql",
  "db",
  "addTypeValue",
  "alterColumn",
  "alterDomain",
  "alterMaterializedView",
  "alterPolicy",
  "alterRole",
  "alterSequence",
  "alterTable",
  "alterView",
  "alterViewColumn",
  "dropCast",
  "dropColumn",
  "dropColumns",
  "dropConstraint",
  "dropDomain",
  "dropExtension",
  "dropFunction",
  "dropIndex",
  "dropMaterializedView",
  "dropOperator",
  "dropOperatorClass",
  "dropOperatorFamily",
  "dropPolicy",
  "dropRole",
  "dropSchema",
  "dropSequence",
  "dropTable",
  "dropTrigger",
  "dropType",
  "dropTypeAttribute",
  "dropView",
  "removeFromOperatorFamily",
  "revokeOnSchemas",
  "revokeOnTables",
  "revokeRoles",
  "setTypeAttribute"
]);
var unnamedOrRawConstraint = (name, a) => (name === "addConstraint" || name === "createConstraint") && (a[1]?.type === "null" || jsString(a[2]) !== void 0);
var tableName = (n) => {
  const s = jsStr(n);
  if (s !== void 0) return s;
  const e = objectEntries(n);
  const name = jsStr(e.get("name"));
  const schema = jsStr(e.get("schema"));
  return name ? schema ? `${schema}.${name}` : name : void 0;
};
var createTable = (out, { a, line, table }) => {
  const cols = [...objectEntries(a[1])].map(([k, v]) => pgmColumn(k, v, out.shorthands));
  for (const statement of createTableWithForeignKeys(table, cols)) out.emit(line, statement);
};
var dropTable = (out, { a, line, table }) => {
  out.emit(line, sql.dropTable(table, jsBool(objectEntries(a[1]).get("ifExists")) === true));
};
var renameTable = (out, { a, line, table }) => {
  const to = tableName(a[1]);
  if (to) out.emit(line, sql.renameTable(table, to));
};
var addColumns = (out, { a, line, table }) => {
  for (const [k, v] of objectEntries(a[1])) {
    const c = pgmColumn(k, v, out.shorthands);
    out.emit(line, sql.addColumn(table, c));
    if (c.fk) out.emit(line, sql.addForeignKey(table, [k], c.fk, ["id"]));
  }
};
var dropColumns = (out, { a, line, table }) => {
  const cols = a[1]?.type === "object" ? [...objectEntries(a[1]).keys()] : jsStrList(a[1]);
  for (const c of cols) out.emit(line, sql.dropColumn(table, c));
};
var renameColumn = (out, { a, line, table }) => {
  const from = jsStr(a[1]);
  const to = jsStr(a[2]);
  if (from && to) out.emit(line, sql.renameColumn(table, from, to));
};
var alterColumn = (out, { a, line, table }) => {
  const col = jsStr(a[1]);
  if (!col) return;
  const o = objectEntries(a[2]);
  const type = jsStr(o.get("type"));
  if (type) out.emit(line, sql.changeType(table, col, type));
  if (jsBool(o.get("notNull")) === true || jsBool(o.get("allowNull")) === false) out.emit(line, sql.setNotNull(table, col));
  if (jsBool(o.get("notNull")) === false || jsBool(o.get("allowNull")) === true) out.emit(line, sql.dropNotNull(table, col));
  const d = o.get("default");
  if (d) out.emit(line, d.type === "null" ? sql.dropDefault(table, col) : sql.setDefault(table, col, pgmDefault(d)));
};
var indexColumns = (n) => n?.type === "array" ? n.namedChildren.map((c) => jsStr(c) ?? jsStr(objectEntries(c).get("name"))).filter((x) => !!x) : jsStrList(n);
var pgmIndexName = (table, cols, unique) => `${table.slice(table.lastIndexOf(".") + 1)}_${cols.join("_")}${unique ? "_unique" : ""}_index`.slice(0, 63);
var createIndex = (out, { a, line, table }) => {
  const cols = indexColumns(a[1]);
  const o = objectEntries(a[2]);
  const unique = jsBool(o.get("unique")) === true;
  if (cols.length)
    out.emit(
      line,
      sql.createIndex(table, cols, {
        name: jsStr(o.get("name")) ?? pgmIndexName(table, cols, unique),
        unique,
        concurrently: jsBool(o.get("concurrently")) === true
      })
    );
};
var dropIndex = (out, { a, line, table }) => {
  const o = objectEntries(a[2]);
  const name = jsStr(o.get("name")) ?? pgmIndexName(table, indexColumns(a[1]), jsBool(o.get("unique")) === true);
  const schema = table.includes(".") && !name.includes(".") ? `${table.slice(0, table.lastIndexOf("."))}.` : "";
  out.emit(line, sql.dropIndex(`${schema}${name}`, { concurrently: jsBool(o.get("concurrently")) === true }));
};
var addConstraint = (out, { a, line, table }) => {
  const cname = jsStr(a[1]) ?? void 0;
  const spec = a[2];
  const raw = jsStr(spec);
  if (raw !== void 0) {
    out.emit(line, `ALTER TABLE ${ident(table)} ADD ${cname ? `CONSTRAINT ${ident(cname)} ` : ""}${raw};`);
    return;
  }
  const o = objectEntries(spec);
  const fk = objectEntries(o.get("foreignKeys"));
  if (o.has("foreignKeys")) {
    const cols = jsStrList(fk.get("columns"));
    const ref = jsStr(fk.get("references"));
    if (cols.length && ref) out.emit(line, sql.addForeignKey(table, cols, ref.split("(")[0].trim(), ["id"], cname ? { name: cname } : {}));
  }
  if (o.has("unique")) {
    const cols = jsStrList(o.get("unique"));
    if (cols.length) out.emit(line, sql.addUnique(table, cols, cname));
  }
  const check = jsStr(o.get("check"));
  if (check) out.emit(line, sql.addCheck(table, check, cname));
  if (o.has("primaryKey")) {
    const cols = jsStrList(o.get("primaryKey"));
    if (cols.length) out.emit(line, sql.addPrimaryKey(table, cols, cname));
  }
};
var dropConstraint = (out, { a, line, table }) => {
  const cname = jsStr(a[1]);
  if (cname) out.emit(line, sql.dropConstraint(table, cname));
};
var optionOn = (a, i, key) => jsBool(objectEntries(a[i]).get(key)) === true;
var dropSchema = (out, { a, line, table }) => {
  out.emit(line, `DROP SCHEMA ${optionOn(a, 1, "ifExists") ? "IF EXISTS " : ""}${ident(table)}${optionOn(a, 1, "cascade") ? " CASCADE" : ""};`);
};
var renameView = (out, { name, a, line, table }) => {
  const to = tableName(a[1]);
  if (to) out.emit(line, `ALTER ${name === "renameView" ? "VIEW" : "MATERIALIZED VIEW"} ${ident(table)} RENAME TO ${ident(to)};`);
};
var refreshMaterializedView = (out, { a, line, table }) => {
  out.emit(line, `REFRESH MATERIALIZED VIEW ${optionOn(a, 1, "concurrently") ? "CONCURRENTLY " : ""}${ident(table)};`);
};
var typeValue = (out, { name, a, line, table }) => {
  const [v1, v2] = [jsStr(a[1]), jsStr(a[2])];
  if (name === "addTypeValue" && v1 !== void 0) out.emit(line, `ALTER TYPE ${ident(table)} ADD VALUE ${sqlString(v1)};`);
  if (name === "renameTypeValue" && v1 !== void 0 && v2 !== void 0)
    out.emit(line, `ALTER TYPE ${ident(table)} RENAME VALUE ${sqlString(v1)} TO ${sqlString(v2)};`);
};
var QUIET = new Set(
  [
    "createExtension addExtension dropExtension createType addType dropType renameType addTypeAttribute dropTypeAttribute",
    "setTypeAttribute renameTypeAttribute alterTable renameConstraint createRole dropRole alterRole renameRole createFunction",
    "dropFunction renameFunction createTrigger dropTrigger renameTrigger createSchema renameSchema createDomain dropDomain",
    "alterDomain renameDomain createSequence dropSequence alterSequence renameSequence createOperator dropOperator",
    "createOperatorClass dropOperatorClass renameOperatorClass createOperatorFamily dropOperatorFamily renameOperatorFamily",
    "addToOperatorFamily removeFromOperatorFamily createPolicy dropPolicy alterPolicy renamePolicy createView dropView",
    "alterView alterViewColumn createMaterializedView dropMaterializedView alterMaterializedView renameMaterializedViewColumn",
    "grantRoles revokeRoles grantOnSchemas revokeOnSchemas grantOnTables revokeOnTables createCast dropCast func"
  ].flatMap((names) => names.split(" "))
);
var PGM_OPERATIONS = {
  dropSchema,
  renameView,
  renameMaterializedView: renameView,
  refreshMaterializedView,
  addTypeValue: typeValue,
  renameTypeValue: typeValue,
  createTable,
  dropTable,
  renameTable,
  addColumns,
  addColumn: addColumns,
  dropColumns,
  dropColumn: dropColumns,
  renameColumn,
  alterColumn,
  createIndex,
  addIndex: createIndex,
  dropIndex,
  addConstraint,
  createConstraint: addConstraint,
  dropConstraint
};
var PgmReader = class {
  constructor(shorthands = /* @__PURE__ */ new Map()) {
    this.shorthands = shorthands;
  }
  shorthands;
  t = newTranslation(true);
  /** Calls node-pg-migrate cannot reverse, as written (`pgm.sql`, `pgm.db.query`). */
  irreversible = [];
  emit(line, text) {
    this.t.up.push({ sql: text, line, synthetic: true });
  }
  read(body, pgm) {
    for (const call of callsInOrder(body)) {
      const obj = calleeObject(call);
      if (obj?.text !== pgm && obj?.text !== `${pgm}.db`) continue;
      const name = methodName(call);
      const a = callArgs(call);
      const line = lineOf(call);
      if (NOT_AUTO_REVERSIBLE.has(name) || obj.text !== pgm || unnamedOrRawConstraint(name, a)) this.irreversible.push({ name: `${obj.text}.${name}`, line });
      if (name === "sql" || name === "query") {
        const texts = sqlTexts(a[0]);
        const label = `${obj.text}.${name}(\u2026)`;
        if (texts) for (const s of texts) this.t.up.push({ sql: s.text, line: s.line, call: { label, line }, ...s.inexact ? { inexact: true } : {} });
        else if (a[0]) this.t.hits.push(builtInCode(line, `${obj.text}.${name}(${codeLabel(a[0])})`, a[0]));
        continue;
      }
      if (name === "noTransaction") {
        this.t.transactional = false;
        continue;
      }
      const handler = handlerFor(PGM_OPERATIONS, name);
      if (!handler) {
        if (!QUIET.has(name) && obj.text === pgm) this.t.hits.push(unknownCallHit(line, `${pgm}.${name}(\u2026)`));
        continue;
      }
      const table = tableName(a[0]) ?? (a[0] ? PLACEHOLDER : void 0);
      if (table) handler(this, { name, a, line, table });
    }
  }
};
function fileShorthands(root) {
  for (const a of root.descendantsOfType("assignment_expression")) {
    const left = a.childForFieldName("left")?.text.replace(/\s+/g, "");
    if (left === "exports.shorthands" || left === "module.exports.shorthands") return objectEntries(a.childForFieldName("right"));
  }
  for (const d of root.descendantsOfType("variable_declarator"))
    if (d.childForFieldName("name")?.text === "shorthands" && d.parent?.parent?.type === "export_statement") return objectEntries(d.childForFieldName("value"));
  return /* @__PURE__ */ new Map();
}
async function nodePgMigrateToPieces(source, path = "migration.js") {
  var _stack = [];
  try {
    const tree = __using(_stack, await parseJs(path, source));
    const root = tree.rootNode;
    const shorthands = fileShorthands(root);
    const reader = new PgmReader(shorthands);
    const t = reader.t;
    addParseError(t, root, "JavaScript");
    const fns = findMigrationFunctions(root);
    if (fns.get("down")?.type === "undefined") fns.delete("down");
    const up = fns.get("up");
    const body = fnBody(up);
    if (body) reader.read(body, (up && paramName(up)) ?? "pgm");
    if (!fns.has("down") && up && reader.irreversible.length === 0) {
      t.downStatus = "present";
    } else if (!fns.has("down")) {
      const first = reader.irreversible[0];
      t.downStatus = "missing";
      t.hits.push(
        hit(
          "missing-down-migration",
          up ? lineOf(up) : 1,
          `The migration exports no \`down\` and node-pg-migrate cannot infer one: \`${first.name}\` (line ${first.line}) is not automatically reversible.`
        )
      );
    } else {
      judgeDown(t, fns, RAW, "node-pg-migrate");
      readDownSql(t, fns, () => new PgmReader(shorthands), "pgm");
    }
    return t;
  } catch (_) {
    var _error = _, _hasError = true;
  } finally {
    __callDispose(_stack, _error, _hasError);
  }
}
var nodePgMigrate = dslFramework(
  node_pg_migrate_default,
  "node-pg-migrate migration",
  (input) => nodePgMigrateToPieces(input.content, input.path),
  "missing",
  {
    // migrations/1700000000000_name.js: the timestamp first, so name order is run order.
    isMigration: (name) => /^\d+_.*\.[cm]?[jt]s$/.test(name) && !name.endsWith(".d.ts"),
    translate: nodePgMigrateToPieces
  }
);
var node_pg_migrate_default2 = nodePgMigrate;
export {
  node_pg_migrate_default2 as default,
  nodePgMigrate,
  nodePgMigrateToPieces
};
