import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  typeormColumn
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
  parseJs
} from "./chunk-RKCTZ5E5.js";
import {
  dslFramework,
  newTranslation,
  sql
} from "./chunk-M3XMMRZA.js";
import {
  lineOf
} from "./chunk-XGM7IP63.js";
import {
  typeorm_default
} from "./chunk-4D4VQUWN.js";
import "./chunk-BFM53OVH.js";
import "./chunk-PEBNUFUE.js";
import "./chunk-AYEM27GC.js";
import "./chunk-GHKLDGG7.js";

// src/core/frameworks/typeorm.ts
var RAW = /* @__PURE__ */ new Set(["query"]);
var optionsOf = (n) => objectEntries(n?.type === "new_expression" ? callArgs(n)[0] : n);
var tableName = (n) => jsStr(n) ?? jsStr(optionsOf(n).get("name"));
var TypeormReader = class {
  t = newTranslation(true);
  emit(line, text) {
    this.t.up.push({ sql: text, line, synthetic: true });
  }
  read(body, qr) {
    for (const call of callsInOrder(body)) {
      const obj = calleeObject(call);
      if (obj?.text !== qr && obj?.text !== `this.${qr}`) continue;
      const name = methodName(call);
      const a = callArgs(call);
      const line = lineOf(call);
      if (name === "query") {
        const s = jsString(a[0]);
        if (s) this.t.up.push({ sql: s.text, line: s.line, ...s.inexact ? { inexact: true } : {} });
        continue;
      }
      const table = tableName(a[0]);
      switch (name) {
        case "createTable": {
          const o = optionsOf(a[0]);
          const tn = jsStr(o.get("name"));
          if (!tn) break;
          const cols = (o.get("columns")?.namedChildren ?? []).map((c) => typeormColumn(c)).filter((c) => !!c);
          this.emit(line, sql.createTable(tn, cols.length ? cols : [{ name: "id", type: "serial", primaryKey: true }]));
          break;
        }
        case "dropTable":
          if (table) this.emit(line, sql.dropTable(table, jsBool(a[1]) === true));
          break;
        case "renameTable": {
          const to = jsStr(a[1]);
          if (table && to) this.emit(line, sql.renameTable(table, to));
          break;
        }
        case "addColumn":
        case "addColumns": {
          const list = name === "addColumns" && a[1]?.type === "array" ? a[1].namedChildren : [a[1]];
          for (const n of list) {
            const c = typeormColumn(n);
            if (table && c) this.emit(line, sql.addColumn(table, c));
          }
          break;
        }
        case "dropColumn":
        case "dropColumns": {
          const list = name === "dropColumns" && a[1]?.type === "array" ? a[1].namedChildren : [a[1]];
          for (const n of list) {
            const col = jsStr(n) ?? typeormColumn(n)?.name;
            if (table && col) this.emit(line, sql.dropColumn(table, col));
          }
          break;
        }
        case "renameColumn": {
          const from = jsStr(a[1]) ?? typeormColumn(a[1])?.name;
          const to = jsStr(a[2]) ?? typeormColumn(a[2])?.name;
          if (table && from && to) this.emit(line, sql.renameColumn(table, from, to));
          break;
        }
        case "changeColumn": {
          const from = jsStr(a[1]) ?? typeormColumn(a[1])?.name;
          const next = typeormColumn(a[2]);
          if (!table || !from || !next) break;
          if (next.name !== from) this.emit(line, sql.renameColumn(table, from, next.name));
          this.emit(line, sql.changeType(table, next.name, next.type));
          if (next.notNull) this.emit(line, sql.setNotNull(table, next.name));
          break;
        }
        case "createIndex": {
          const o = optionsOf(a[1]);
          const cols = jsStrList(o.get("columnNames"));
          const iname = jsStr(o.get("name"));
          if (table && cols.length) this.emit(line, sql.createIndex(table, cols, { ...iname ? { name: iname } : {}, unique: jsBool(o.get("isUnique")) === true }));
          break;
        }
        case "dropIndex": {
          const iname = jsStr(a[1]) ?? jsStr(optionsOf(a[1]).get("name"));
          if (iname) this.emit(line, sql.dropIndex(iname));
          break;
        }
        case "createForeignKey": {
          const o = optionsOf(a[1]);
          const cols = jsStrList(o.get("columnNames"));
          const rt = jsStr(o.get("referencedTableName"));
          const rc = jsStrList(o.get("referencedColumnNames"));
          const cname = jsStr(o.get("name"));
          if (table && cols.length && rt) this.emit(line, sql.addForeignKey(table, cols, rt, rc.length ? rc : ["id"], cname ? { name: cname } : {}));
          break;
        }
        case "createUniqueConstraint": {
          const o = optionsOf(a[1]);
          const cols = jsStrList(o.get("columnNames"));
          if (table && cols.length) this.emit(line, sql.addUnique(table, cols, jsStr(o.get("name"))));
          break;
        }
        case "createCheckConstraint": {
          const o = optionsOf(a[1]);
          if (table) this.emit(line, sql.addCheck(table, jsStr(o.get("expression")) ?? "true", jsStr(o.get("name"))));
          break;
        }
        case "createPrimaryKey": {
          const cols = jsStrList(a[1]);
          if (table && cols.length) this.emit(line, sql.addPrimaryKey(table, cols));
          break;
        }
        case "dropForeignKey":
        case "dropUniqueConstraint":
        case "dropCheckConstraint": {
          const cname = jsStr(a[1]) ?? jsStr(optionsOf(a[1]).get("name"));
          if (table && cname) this.emit(line, sql.dropConstraint(table, cname));
          break;
        }
        default:
          break;
      }
    }
  }
};
function transactionDisabled(root) {
  for (const f of root.descendantsOfType(["public_field_definition", "field_definition"])) {
    const name = f.childForFieldName("name") ?? f.childForFieldName("property");
    const value = f.childForFieldName("value");
    if (name?.text === "transaction" && value?.type === "false") return true;
  }
  return false;
}
async function typeormToPieces(source, path = "migration.ts") {
  const tree = await parseJs(path, source);
  const root = tree.rootNode;
  const reader = new TypeormReader();
  const t = reader.t;
  addParseError(t, root, "TypeScript");
  const fns = findMigrationFunctions(root);
  const up = fns.get("up");
  const body = fnBody(up);
  if (body) reader.read(body, (up && paramName(up)) ?? "queryRunner");
  if (transactionDisabled(root)) t.transactional = false;
  judgeDown(t, fns, RAW, "TypeORM");
  tree.delete();
  return t;
}
var typeorm = dslFramework(typeorm_default, "TypeORM migration", (input) => typeormToPieces(input.content, input.path));
var typeorm_default2 = typeorm;
export {
  typeorm_default2 as default,
  typeorm,
  typeormToPieces
};
