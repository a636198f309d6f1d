import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  sequelizeColumn
} from "./chunk-33L3HMWR.js";
import {
  addParseError,
  callArgs,
  calleeObject,
  callsInOrder,
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
  rootName
} from "./chunk-RKCTZ5E5.js";
import {
  createTableWithForeignKeys,
  dslFramework,
  newTranslation,
  sql
} from "./chunk-M3XMMRZA.js";
import {
  lineOf
} from "./chunk-XGM7IP63.js";
import {
  sequelize_default
} from "./chunk-4D4VQUWN.js";
import "./chunk-BFM53OVH.js";
import "./chunk-PEBNUFUE.js";
import "./chunk-AYEM27GC.js";
import "./chunk-GHKLDGG7.js";

// src/core/frameworks/sequelize.ts
var RAW = /* @__PURE__ */ new Set(["query"]);
var DATA = /* @__PURE__ */ new Set(["bulkInsert", "bulkUpdate", "bulkDelete", "upsert", "insert", "update", "delete"]);
var SequelizeReader = class {
  t = newTranslation(false);
  emit(line, text) {
    this.t.up.push({ sql: text, line, synthetic: true });
  }
  read(body, qi) {
    for (const call of callsInOrder(body)) {
      const name = methodName(call);
      const obj = calleeObject(call);
      const a = callArgs(call);
      const line = lineOf(call);
      if (name === "query" && obj?.text.endsWith("sequelize")) {
        const s = jsString(a[0]);
        if (s) this.t.up.push({ sql: s.text, line: s.line, ...s.inexact ? { inexact: true } : {} });
        continue;
      }
      if (rootName(obj) !== qi || obj?.type !== "identifier") continue;
      const table = jsStr(a[0]) ?? jsStr(objectEntries(a[0]).get("tableName"));
      if (DATA.has(name)) {
        this.t.changesData = true;
        if (name === "bulkDelete" && table && (!a[1] || a[1].type === "null" || a[1].type === "object" && a[1].namedChildren.length === 0))
          this.emit(line, `DELETE FROM ${table};`);
        continue;
      }
      if (!table) continue;
      switch (name) {
        case "createTable": {
          const cols = [...objectEntries(a[1])].map(([k, v]) => sequelizeColumn(k, v));
          for (const statement of createTableWithForeignKeys(table, cols)) this.emit(line, statement);
          break;
        }
        case "dropTable":
          this.emit(line, sql.dropTable(table));
          break;
        case "renameTable": {
          const to = jsStr(a[1]);
          if (to) this.emit(line, sql.renameTable(table, to));
          break;
        }
        case "addColumn": {
          const col = jsStr(a[1]);
          if (!col) break;
          const c = sequelizeColumn(col, a[2]);
          this.emit(line, sql.addColumn(table, c));
          if (c.fk) this.emit(line, sql.addForeignKey(table, [col], c.fk, ["id"]));
          break;
        }
        case "removeColumn": {
          const col = jsStr(a[1]);
          if (col) this.emit(line, sql.dropColumn(table, col));
          break;
        }
        case "renameColumn": {
          const from = jsStr(a[1]);
          const to = jsStr(a[2]);
          if (from && to) this.emit(line, sql.renameColumn(table, from, to));
          break;
        }
        case "changeColumn": {
          const col = jsStr(a[1]);
          if (!col) break;
          const c = sequelizeColumn(col, a[2]);
          this.emit(line, sql.changeType(table, col, c.type));
          const allow = jsBool(objectEntries(a[2]).get("allowNull"));
          if (allow === false) this.emit(line, sql.setNotNull(table, col));
          if (allow === true) this.emit(line, sql.dropNotNull(table, col));
          break;
        }
        case "addIndex": {
          const opts = a[1]?.type === "object" ? objectEntries(a[1]) : objectEntries(a[2]);
          const cols = a[1]?.type === "object" ? fieldNames(opts.get("fields")) : fieldNames(a[1]);
          if (!cols.length) break;
          const iname = jsStr(opts.get("name"));
          this.emit(
            line,
            sql.createIndex(table, cols, {
              ...iname ? { name: iname } : {},
              unique: jsBool(opts.get("unique")) === true,
              concurrently: jsBool(opts.get("concurrently")) === true
            })
          );
          break;
        }
        case "removeIndex": {
          const iname = jsStr(a[1]) ?? `${table}_${jsStrList(a[1]).join("_")}`;
          this.emit(line, sql.dropIndex(iname, { concurrently: jsBool(objectEntries(a[2]).get("concurrently")) === true }));
          break;
        }
        case "addConstraint": {
          const o = objectEntries(a[1]?.type === "object" ? a[1] : a[2]);
          const fields = fieldNames(o.get("fields") ?? a[1]);
          const type = (jsStr(o.get("type")) ?? "").toLowerCase();
          const cname = jsStr(o.get("name"));
          if (type === "foreign key") {
            const ref = objectEntries(o.get("references"));
            const rt = jsStr(ref.get("table")) ?? jsStr(objectEntries(ref.get("table")).get("tableName"));
            if (rt && fields.length) this.emit(line, sql.addForeignKey(table, fields, rt, [jsStr(ref.get("field")) ?? "id"], cname ? { name: cname } : {}));
          } else if (type === "unique") {
            if (fields.length) this.emit(line, sql.addUnique(table, fields, cname));
          } else if (type === "check") this.emit(line, sql.addCheck(table, "true", cname));
          else if (type === "primary key") {
            if (fields.length) this.emit(line, sql.addPrimaryKey(table, fields, cname));
          }
          break;
        }
        case "removeConstraint": {
          const cname = jsStr(a[1]);
          if (cname) this.emit(line, sql.dropConstraint(table, cname));
          break;
        }
        default:
          break;
      }
    }
  }
};
function fieldNames(node) {
  if (node?.type !== "array") return jsStrList(node);
  return node.namedChildren.map((c) => jsStr(c) ?? jsStr(objectEntries(c).get("name")) ?? jsStr(objectEntries(c).get("attribute"))).filter((x) => x !== void 0);
}
async function sequelizeToPieces(source, path = "migration.js") {
  const tree = await parseJs(path, source);
  const root = tree.rootNode;
  const reader = new SequelizeReader();
  const t = reader.t;
  addParseError(t, root, "JavaScript");
  const fns = findMigrationFunctions(root);
  const up = fns.get("up");
  const body = fnBody(up);
  if (body) reader.read(body, (up && paramName(up)) ?? "queryInterface");
  judgeDown(t, fns, RAW, "Sequelize");
  tree.delete();
  return t;
}
var isJsFile = (name) => /\.[cm]?[jt]s$/.test(name) && !name.endsWith(".d.ts");
var sequelize = dslFramework(sequelize_default, "Sequelize migration", (input) => sequelizeToPieces(input.content, input.path), "missing", {
  isMigration: isJsFile,
  translate: sequelizeToPieces
});
var sequelize_default2 = sequelize;
export {
  sequelize_default2 as default,
  sequelize,
  sequelizeToPieces
};
