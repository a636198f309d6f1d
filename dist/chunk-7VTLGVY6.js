import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  quote,
  relKey,
  relLabel,
  typeBaseName,
  typeLabel,
  typeMods
} from "./chunk-R7KMSYXO.js";

// src/core/sql/context.ts
function newContext(transactional, singleQuery = false) {
  return {
    line: 1,
    synthetic: false,
    transactional,
    singleQuery,
    transactionReason: "the framework wraps migrations in a transaction",
    createdTables: /* @__PURE__ */ new Set(),
    createdIndexes: /* @__PURE__ */ new Set(),
    createdTypes: /* @__PURE__ */ new Set(),
    inTransaction: transactional || singleQuery,
    openBeginLine: void 0,
    lockTimeoutSet: false,
    lockTimeoutReported: false,
    dropHits: /* @__PURE__ */ new Map(),
    withdrawn: /* @__PURE__ */ new Set(),
    assumedWidenings: []
  };
}
var isExisting = (ctx, table) => !ctx.createdTables.has(table);
var hit = (rule, ctx, message) => ({ rule, line: ctx.line, message });

// src/core/sql/checks/types.ts
function alterTableCmds(stmt) {
  if (!("AlterTableStmt" in stmt)) return [];
  const s = stmt.AlterTableStmt;
  if (s.objtype !== "OBJECT_TABLE" || !s.relation) return [];
  const out = [];
  for (const c of s.cmds ?? []) if ("AlterTableCmd" in c) out.push({ table: s.relation, cmd: c.AlterTableCmd });
  return out;
}

// src/core/sql/checks/change-column-type.ts
var WIDENING_TARGETS = /* @__PURE__ */ new Set(["text", "varchar", "numeric", "citext"]);
function isWidening(def) {
  if (!def || def.raw_default) return false;
  return WIDENING_TARGETS.has(typeBaseName(def.typeName));
}
var changeColumnType = (stmt, ctx) => {
  const hits = [];
  for (const { table, cmd } of alterTableCmds(stmt)) {
    if (cmd.subtype !== "AT_AlterColumnType" || !isExisting(ctx, relKey(table))) continue;
    const def = cmd.def && "ColumnDef" in cmd.def ? cmd.def.ColumnDef : void 0;
    if (isWidening(def)) {
      ctx.assumedWidenings.push({ table: relKey(table), tableLabel: relLabel(table), column: cmd.name ?? "?", type: def?.typeName, line: ctx.line });
      continue;
    }
    hits.push(hit("change-column-type", ctx, changeTypeMessage(cmd.name ?? "?", relLabel(table), typeLabel(def?.typeName))));
  }
  return hits;
};
function changeTypeMessage(column, tableLabel, to, from) {
  return `Changing column ${quote(column)} of ${tableLabel}${from ? ` from ${from}` : ""} to ${to} rewrites the table under an exclusive lock, and the old code (still running, or back after a rollback) may send values the new type rejects. Add a column of the new type, write to both, backfill, switch reads, then drop the old column in a later release.`;
}
function widens(from, to) {
  const a = typeBaseName(from);
  const b = typeBaseName(to);
  const am = typeMods(from);
  const bm = typeMods(to);
  if (a === b && JSON.stringify(am) === JSON.stringify(bm)) return true;
  const texty = /* @__PURE__ */ new Set(["varchar", "text", "citext"]);
  if (texty.has(a) && texty.has(b)) {
    if (b !== "varchar" || !bm) return true;
    if (a === "varchar" && am && (bm[0] ?? 0) >= (am[0] ?? Infinity)) return true;
    return false;
  }
  if (a === "numeric" && b === "numeric") {
    if (!bm) return true;
    if (!am) return false;
    return (bm[1] ?? 0) === (am[1] ?? 0) && (bm[0] ?? 0) >= (am[0] ?? 0);
  }
  return false;
}

export {
  newContext,
  isExisting,
  hit,
  alterTableCmds,
  changeColumnType,
  changeTypeMessage,
  widens
};
