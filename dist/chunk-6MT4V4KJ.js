import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  PLACEHOLDER
} from "./chunk-M2CJ2PKO.js";
import {
  quote,
  relKey
} from "./chunk-4QK2DHVJ.js";

// src/core/sql/column-swap.ts
var swapHow = (swap) => ` by a swap (${quote(swap.temp)} added, filled from ${quote(swap.column)} at line ${swap.copyLine}${swap.converts ? " by an expression that converts the values" : ""}, ${quote(swap.column)} dropped, ${quote(swap.temp)} renamed to ${quote(swap.column)})`;
var ColumnSwaps = class {
  /** Columns added (under IF NOT EXISTS too: the copy fills every row of it either way), with their types. */
  added = /* @__PURE__ */ new Map();
  /** Added columns filled from one other column of the table. */
  filled = /* @__PURE__ */ new Map();
  /** Columns dropped after being copied into an added column. */
  dropped = /* @__PURE__ */ new Set();
  /** The swap a statement completes (a RENAME COLUMN of a filled column onto the dropped source's name); reads only. */
  completedBy(stmt) {
    if (!("RenameStmt" in stmt) || stmt.RenameStmt.renameType !== "OBJECT_COLUMN") return void 0;
    const { subname: temp, newname: column } = stmt.RenameStmt;
    const table = relKey(stmt.RenameStmt.relation);
    if (!temp || !column) return void 0;
    const fill = this.filled.get(`${table}.${temp}`);
    if (!fill || fill.from !== column || !this.dropped.has(`${table}.${column}`) || !this.added.has(`${table}.${temp}`)) return void 0;
    return { table, column, temp, type: this.added.get(`${table}.${temp}`), converts: fill.converts, copyLine: fill.line };
  }
  /** Records what a statement does towards a swap (after the checks read it); returns the swap it completes. */
  read(stmt, line) {
    if ("AlterTableStmt" in stmt) this.readAlter(stmt.AlterTableStmt);
    else if ("UpdateStmt" in stmt) this.readCopy(stmt.UpdateStmt, line);
    else if ("RenameStmt" in stmt && stmt.RenameStmt.renameType === "OBJECT_COLUMN") {
      const swap = this.completedBy(stmt);
      const table = relKey(stmt.RenameStmt.relation);
      const from = `${table}.${stmt.RenameStmt.subname ?? ""}`;
      const to = `${table}.${stmt.RenameStmt.newname ?? ""}`;
      if (swap) {
        this.added.delete(from);
        this.filled.delete(from);
        this.dropped.delete(to);
        return swap;
      }
      if (this.added.has(from)) this.added.set(to, this.added.get(from));
      const fill = this.filled.get(from);
      if (fill) this.filled.set(to, fill);
      this.added.delete(from);
      this.filled.delete(from);
    }
    return void 0;
  }
  readAlter(stmt) {
    const table = relKey(stmt.relation);
    for (const c of stmt.cmds ?? []) {
      if (!("AlterTableCmd" in c)) continue;
      const cmd = c.AlterTableCmd;
      const def = cmd.def && "ColumnDef" in cmd.def ? cmd.def.ColumnDef : void 0;
      if (cmd.subtype === "AT_AddColumn" && def?.colname) {
        const key = `${table}.${def.colname}`;
        this.filled.delete(key);
        this.added.set(key, def.typeName);
      } else if (cmd.subtype === "AT_AlterColumnType" && cmd.name && this.added.has(`${table}.${cmd.name}`)) {
        this.added.set(`${table}.${cmd.name}`, def?.typeName);
      } else if (cmd.subtype === "AT_DropColumn" && cmd.name) {
        const key = `${table}.${cmd.name}`;
        this.added.delete(key);
        this.filled.delete(key);
        for (const [target, fill] of this.filled) if (target.startsWith(`${table}.`) && fill.from === cmd.name) this.dropped.add(key);
      }
    }
  }
  /**
   * `UPDATE t SET x_new = x` (or an expression of `x` alone: a cast, `CASE x WHEN …`, `left(x, 10)`)
   * for every row (or only where `x` has a value: a WHERE on `x` alone), into a column this file added.
   */
  readCopy(update, line) {
    const table = relKey(update.relation);
    if (update.fromClause?.length || update.withClause) return;
    const names = /* @__PURE__ */ new Set([table, update.relation?.alias?.aliasname ?? table]);
    const filter = update.whereClause ? columnsRead(update.whereClause, names) : /* @__PURE__ */ new Set();
    for (const t of update.targetList ?? []) {
      if (!("ResTarget" in t) || !t.ResTarget.name || t.ResTarget.indirection?.length) continue;
      const target = `${table}.${t.ResTarget.name}`;
      if (!this.added.has(target)) continue;
      const read = columnsRead(t.ResTarget.val, names);
      const from = read?.size === 1 ? [...read][0] : void 0;
      if (!from || from === t.ResTarget.name || !filter || [...filter].some((c) => c !== from)) continue;
      this.filled.set(target, { from, converts: !isColumnOrCast(t.ResTarget.val), line });
    }
  }
};
function columnsRead(expr, names, out = /* @__PURE__ */ new Set()) {
  if (Array.isArray(expr)) {
    for (const item of expr) if (!columnsRead(item, names, out)) return void 0;
    return out;
  }
  if (expr === null || typeof expr !== "object") return out;
  const obj = expr;
  if ("SubLink" in obj || "RangeVar" in obj) return void 0;
  const ref = obj.ColumnRef;
  if (ref) {
    const parts = (ref.fields ?? []).map((f) => "String" in f ? f.String.sval : void 0);
    const column = parts[parts.length - 1];
    if (!column || parts.length > 2 || parts.length === 2 && !names.has(parts[0] ?? "")) return void 0;
    out.add(column);
    return out;
  }
  for (const key in obj) if (!columnsRead(obj[key], names, out)) return void 0;
  return out;
}
function isColumnOrCast(expr) {
  if (!expr) return false;
  if ("ColumnRef" in expr) return true;
  return "TypeCast" in expr && isColumnOrCast(expr.TypeCast.arg);
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
    partitionedTables: /* @__PURE__ */ new Set(),
    concurrentIndexes: [],
    createdTypes: /* @__PURE__ */ new Map(),
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
    swaps: new ColumnSwaps(),
    columnDrops: /* @__PURE__ */ new Map(),
    validated: /* @__PURE__ */ new Map(),
    droppedConstraints: /* @__PURE__ */ new Map(),
    addedColumns: /* @__PURE__ */ new Set(),
    addedDefaults: /* @__PURE__ */ new Set(),
    addedFilled: /* @__PURE__ */ new Set(),
    addedPartlyFilled: /* @__PURE__ */ new Set(),
    utcSession: false,
    origins: /* @__PURE__ */ new Map()
  };
}
var isExisting = (ctx, table) => !ctx.createdTables.has(table);
var runTime = (name) => name.includes(PLACEHOLDER);
var createdHere = (ctx, table) => ctx.createdTables.has(table) && !runTime(table);
var addedHere = (ctx, key) => ctx.addedColumns.has(key) && !runTime(key);
var hit = (rule, ctx, message) => ({ rule, line: ctx.line, message });

export {
  swapHow,
  ColumnSwaps,
  newContext,
  isExisting,
  createdHere,
  addedHere,
  hit
};
