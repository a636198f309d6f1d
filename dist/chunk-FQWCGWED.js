import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);

// src/core/sql/checks/types.ts
function alterTableCmds(stmt) {
  if (!("AlterTableStmt" in stmt)) return [];
  const s = stmt.AlterTableStmt;
  if (s.objtype !== "OBJECT_TABLE" || !s.relation) return [];
  const out = [];
  for (const c of s.cmds ?? []) if ("AlterTableCmd" in c) out.push({ table: s.relation, cmd: c.AlterTableCmd });
  return out;
}

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
    renameHits: /* @__PURE__ */ new Map(),
    renamedTo: /* @__PURE__ */ new Map(),
    views: /* @__PURE__ */ new Set(),
    filledFrom: /* @__PURE__ */ new Map(),
    withdrawn: /* @__PURE__ */ new Set(),
    copies: /* @__PURE__ */ new Map(),
    drops: /* @__PURE__ */ new Map(),
    tableColumns: /* @__PURE__ */ new Map(),
    tableDefs: /* @__PURE__ */ new Map(),
    holdsRows: /* @__PURE__ */ new Set(),
    requiredWithDefault: /* @__PURE__ */ new Map(),
    columnChanges: [],
    columnTypes: /* @__PURE__ */ new Map(),
    columnNullable: /* @__PURE__ */ new Map(),
    typedAt: /* @__PURE__ */ new Set(),
    validated: /* @__PURE__ */ new Map(),
    addedColumns: /* @__PURE__ */ new Set(),
    utcSession: false,
    origins: /* @__PURE__ */ new Map()
  };
}
var isExisting = (ctx, table) => !ctx.createdTables.has(table);
var hit = (rule, ctx, message) => ({ rule, line: ctx.line, message });

export {
  alterTableCmds,
  newContext,
  isExisting,
  hit
};
