import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  jsStr
} from "./chunk-IDTYWZMZ.js";
import {
  hit
} from "./chunk-K4LOI7D2.js";
import {
  lineOf
} from "./chunk-TKNREPPV.js";

// src/core/frameworks/js-dialect-branch.ts
var POSTGRES = /* @__PURE__ */ new Set(["postgres", "postgresql", "pg", "pg-native", "postgresdb", "aurora-postgres"]);
var OTHERS = /* @__PURE__ */ new Set([
  "mysql",
  "mysql2",
  "mysqldb",
  "mariadb",
  "mariadbdb",
  "aurora-mysql",
  "sqlite",
  "sqlite3",
  "better-sqlite3",
  "sqljs",
  "mssql",
  "sqlserver",
  "oracle",
  "oracledb",
  "cockroachdb"
]);
function namesPostgres(n) {
  const s = jsStr(n)?.toLowerCase();
  if (s === void 0) return void 0;
  return POSTGRES.has(s) ? true : OTHERS.has(s) ? false : void 0;
}
var not = (v) => v === void 0 ? void 0 : !v;
function namedTest(n) {
  const name = n?.type === "identifier" ? n.text : n?.type === "member_expression" ? n.childForFieldName("property")?.text : void 0;
  const db = name?.startsWith("is") ? name.slice(2).toLowerCase() : void 0;
  if (!db) return void 0;
  return POSTGRES.has(db) ? true : OTHERS.has(db) ? false : void 0;
}
function holdsOnPostgres(n) {
  if (!n) return void 0;
  switch (n.type) {
    case "parenthesized_expression":
      return holdsOnPostgres(n.namedChildren.find((c) => c.type !== "comment"));
    case "unary_expression":
      return n.childForFieldName("operator")?.text === "!" ? not(holdsOnPostgres(n.childForFieldName("argument"))) : void 0;
    case "binary_expression": {
      const op = n.childForFieldName("operator")?.text;
      const left = n.childForFieldName("left");
      const right = n.childForFieldName("right");
      if (op === "&&" || op === "||") {
        const l = holdsOnPostgres(left);
        const r = holdsOnPostgres(right);
        if (op === "&&") return l === false || r === false ? false : l === true && r === true ? true : void 0;
        return l === true || r === true ? true : l === false && r === false ? false : void 0;
      }
      if (!op || !["===", "==", "!==", "!="].includes(op)) return void 0;
      const v = namesPostgres(right) ?? namesPostgres(left);
      return op.startsWith("!") ? not(v) : v;
    }
    case "identifier":
      return namedTest(n);
    case "call_expression": {
      const fn = n.childForFieldName("function");
      const named = namedTest(fn);
      if (named !== void 0) return named;
      const list = fn?.type === "member_expression" ? fn.childForFieldName("object") : void 0;
      if (fn?.childForFieldName("property")?.text !== "includes" || list?.type !== "array" || !list.namedChildren.length) return void 0;
      const each = list.namedChildren.map(namesPostgres);
      return each.includes(void 0) ? void 0 : each.includes(true);
    }
    default:
      return void 0;
  }
}
function caseLabels(c) {
  const labels = [];
  for (let n = c; n?.type === "switch_case"; n = n.previousNamedSibling) {
    const hasBody = n.namedChildren.some((s) => s.id !== n.childForFieldName("value")?.id && s.type !== "comment");
    if (n.id !== c.id && hasBody) break;
    const v = n.childForFieldName("value");
    if (v) labels.push(v);
  }
  return labels;
}
function caseOnPostgres(c) {
  const cases = (c.parent?.namedChildren ?? []).filter((s) => s.type === "switch_case");
  const all = cases.map((s) => namesPostgres(s.childForFieldName("value")));
  if (!all.length || all.includes(void 0)) return void 0;
  if (c.type === "switch_default") return !all.includes(true);
  return caseLabels(c).some((l) => namesPostgres(l) === true);
}
var short = (text) => {
  const one = text.replace(/\s+/g, " ");
  return one.length > 80 ? `${one.slice(0, 77)}\u2026` : one;
};
function otherDatabaseBranch(node, stop) {
  let found;
  for (let child = node, n = node.parent; n && n.id !== stop.id; child = n, n = n.parent) {
    if (n.type === "if_statement") {
      const cond = n.childForFieldName("condition");
      const holds = holdsOnPostgres(cond);
      const inElse = n.childForFieldName("alternative")?.id === child.id;
      if (holds === void 0 || child.id === cond?.id) continue;
      if (inElse ? holds : !holds) found = { node: child, label: `${inElse ? "the else of " : ""}\`if ${short(cond.text)}\``, line: lineOf(child) };
    } else if (n.type === "ternary_expression") {
      const cond = n.childForFieldName("condition");
      const holds = holdsOnPostgres(cond);
      if (holds === void 0 || child.id === cond?.id) continue;
      const inElse = n.childForFieldName("alternative")?.id === child.id;
      if (inElse ? holds : !holds) found = { node: child, label: `\`${short(cond.text)} ? \u2026 : \u2026\``, line: lineOf(child) };
    } else if ((n.type === "switch_case" || n.type === "switch_default") && child.id !== n.childForFieldName("value")?.id) {
      if (caseOnPostgres(n) === false) {
        const sw = n.parent?.parent;
        const labels = n.type === "switch_default" ? [] : caseLabels(n).reverse();
        const named = labels.length ? labels.map((l) => `case ${l.text}`).join(", ") : "default";
        found = { node: n, label: `\`${named}\` of \`switch ${short(sw?.childForFieldName("value")?.text ?? "")}\``, line: lineOf(labels[0] ?? n) };
      }
    }
  }
  return found;
}
var DialectBranches = class {
  constructor(hits, stop) {
    this.hits = hits;
    this.stop = stop;
  }
  hits;
  stop;
  noticed = /* @__PURE__ */ new Set();
  skip(call) {
    const branch = otherDatabaseBranch(call, this.stop);
    if (!branch) return false;
    if (!this.noticed.has(branch.node.id)) {
      this.noticed.add(branch.node.id);
      this.hits.push(
        hit(
          "not-analysed",
          branch.line,
          `This branch (${branch.label}) runs only on databases other than Postgres, and rollback-ready reads the migration as it runs on Postgres: what the branch changes was not judged. Review it by hand for the databases it serves, or add \`// rollback-ready-ignore not-analysed: <reason>\` above it.`
        )
      );
    }
    return true;
  }
};

export {
  DialectBranches
};
