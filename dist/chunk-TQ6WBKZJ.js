import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  psqlScript
} from "./chunk-AR7KVG7R.js";
import {
  LineMap,
  copyDataBlocks,
  withoutCopyData
} from "./chunk-ODHN6VRW.js";
import {
  dropColumn,
  rebuildOf,
  renamedAwayRebuild
} from "./chunk-SEAPUNZY.js";
import {
  changeColumnType
} from "./chunk-Q7GFCBOD.js";
import {
  ColumnSwaps,
  addedHere,
  createdHere,
  hit,
  isExisting,
  newContext,
  swapHow
} from "./chunk-6MT4V4KJ.js";
import {
  PLACEHOLDER
} from "./chunk-M2CJ2PKO.js";
import {
  uniqueEvents
} from "./chunk-XBFTCHNH.js";
import {
  alterTableCmds
} from "./chunk-N6KL7LXN.js";
import "./chunk-YQYMSWCG.js";
import {
  DIALECT_NAMES,
  POSTGRES_ONLY_RULES,
  dialectOfTokens
} from "./chunk-BF324SM3.js";
import {
  NEAR,
  PgSyntaxError,
  loadPgParser,
  loadedPgParser
} from "./chunk-VXNLIOFY.js";
import "./chunk-ASTGNKGX.js";
import {
  getRule
} from "./chunk-AYEM27GC.js";
import {
  calledFunctions,
  constraintsOf,
  cteQueries,
  insertSelect,
  lastPart,
  nameOf,
  objectLabel,
  optionNames,
  quote,
  readsTable,
  relKey,
  relLabel,
  typeBaseName,
  typeLabel
} from "./chunk-4QK2DHVJ.js";
import "./chunk-ADI5M2KE.js";

// src/core/sql/checks/column-traits.ts
var SERIAL_TYPES = /* @__PURE__ */ new Set(["serial", "serial2", "serial4", "serial8", "smallserial", "bigserial"]);
var VOLATILE_FUNCTIONS = /* @__PURE__ */ new Set([
  "random",
  "random_normal",
  "gen_random_uuid",
  "uuid_generate_v1",
  "uuid_generate_v1mc",
  "uuid_generate_v4",
  "uuidv4",
  "uuidv7",
  "clock_timestamp",
  "timeofday",
  "nextval",
  "setval",
  "txid_current",
  "gen_random_bytes"
]);
var isSerial = (col) => SERIAL_TYPES.has(typeBaseName(col.typeName));
function defaultExpr(col) {
  return constraintsOf(col).find((c) => c.contype === "CONSTR_DEFAULT")?.raw_expr;
}
function isNullConstant(expr) {
  let node = expr;
  while (node?.TypeCast) node = node.TypeCast.arg;
  return node?.A_Const?.isnull === true;
}
var hasRealDefault = (col) => hasDefault(col) && !isNullConstant(defaultExpr(col));
var hasDefault = (col) => isSerial(col) || constraintsOf(col).some((c) => c.contype === "CONSTR_DEFAULT" || c.contype === "CONSTR_IDENTITY" || c.contype === "CONSTR_GENERATED");
var isNotNull = (col) => col.is_not_null === true || constraintsOf(col).some((c) => c.contype === "CONSTR_NOTNULL" || c.contype === "CONSTR_PRIMARY");
var definedNotNull = (col) => isNotNull(col) || isSerial(col) || constraintsOf(col).some((c) => c.contype === "CONSTR_IDENTITY");
var isStoredGenerated = (col) => constraintsOf(col).some((c) => c.contype === "CONSTR_GENERATED" && c.generated_kind === "s");
function rewriteReason(col) {
  if (isSerial(col)) return `its ${typeBaseName(col.typeName)} type fills every row from a sequence`;
  for (const c of constraintsOf(col)) {
    if (c.contype === "CONSTR_IDENTITY") return "an identity column fills every row from a sequence";
    if (c.contype === "CONSTR_GENERATED" && c.generated_kind === "s") return "a stored generated column is computed for every row";
  }
  const volatile = calledFunctions(defaultExpr(col)).find((f) => VOLATILE_FUNCTIONS.has(f));
  return volatile ? `its default calls the volatile function ${volatile}()` : void 0;
}

// src/core/sql/column-history.ts
var columnEventCache = /* @__PURE__ */ new Map();
var EVENT_CACHE_LIMIT = 2e4;
function historyKey(pieces, dialect) {
  const sql = pieces.length === 1 ? pieces[0].sql : pieces.map((p) => p.sql).join("\0");
  return dialect ? `${dialect}${sql}` : sql;
}
var knownHistory = (key) => columnEventCache.get(key);
function rememberEvents(key, statements) {
  const events = [];
  const tables = /* @__PURE__ */ new Set();
  for (let i = 0; i < statements.length; i++) {
    const node = statements[i].node;
    if ("AlterTableStmt" in node) {
      const table = relKey(node.AlterTableStmt.relation);
      const cmds = node.AlterTableStmt.cmds ?? [];
      for (let j = 0; j < cmds.length; j++) {
        const x = cmds[j];
        if (!("AlterTableCmd" in x)) continue;
        const cmd = x.AlterTableCmd;
        const def = cmd.def && "ColumnDef" in cmd.def ? cmd.def.ColumnDef : void 0;
        if (cmd.subtype === "AT_AlterColumnType" && cmd.name) events.push({ kind: "type", table, column: cmd.name, type: def?.typeName });
        else if (cmd.subtype === "AT_AddColumn" && def?.colname)
          events.push({ kind: "type", table, column: def.colname, type: def.typeName, nullable: !definedNotNull(def) });
        else if ((cmd.subtype === "AT_SetNotNull" || cmd.subtype === "AT_DropNotNull") && cmd.name)
          events.push({ kind: "nullable", table, column: cmd.name, nullable: cmd.subtype === "AT_DropNotNull" });
        else if (cmd.subtype === "AT_AddConstraint" && cmd.def && "Constraint" in cmd.def && cmd.def.Constraint.contype === "CONSTR_PRIMARY") {
          for (const k of cmd.def.Constraint.keys ?? [])
            if ("String" in k && k.String.sval) events.push({ kind: "nullable", table, column: k.String.sval, nullable: false });
        } else if (cmd.subtype === "AT_DropColumn" && cmd.name) events.push({ kind: "drop", table, column: cmd.name });
        else if (cmd.subtype === "AT_AddConstraint" && cmd.def && "Constraint" in cmd.def && cmd.def.Constraint.contype === "CONSTR_CHECK") {
          const column = notNullTestColumn(cmd.def.Constraint.raw_expr);
          if (!column || !cmd.def.Constraint.conname) continue;
          events.push({ kind: "null-check", table, column, name: cmd.def.Constraint.conname, valid: !cmd.def.Constraint.skip_validation });
        } else if ((cmd.subtype === "AT_ValidateConstraint" || cmd.subtype === "AT_DropConstraint") && cmd.name)
          events.push({ kind: cmd.subtype === "AT_ValidateConstraint" ? "validate" : "drop-constraint", table, name: cmd.name });
        else continue;
        tables.add(table);
      }
    } else if ("RenameStmt" in node) {
      const r = node.RenameStmt;
      if (r.renameType === "OBJECT_COLUMN" && r.subname && r.newname) {
        const table = relKey(r.relation);
        events.push({ kind: "rename-column", table, from: r.subname, to: r.newname });
        tables.add(table);
      } else if (r.renameType === "OBJECT_TABLE" && r.relation?.relname && r.newname) {
        events.push({ kind: "rename-table", from: r.relation.relname, to: r.newname });
        tables.add(r.newname);
      }
    } else if ("CreateStmt" in node) {
      const columns = /* @__PURE__ */ new Map();
      const notNull = [];
      const elts = node.CreateStmt.tableElts ?? [];
      for (let j = 0; j < elts.length; j++) {
        const el = elts[j];
        if ("ColumnDef" in el && el.ColumnDef.colname) {
          columns.set(el.ColumnDef.colname, el.ColumnDef.typeName);
          if (definedNotNull(el.ColumnDef)) notNull.push(el.ColumnDef.colname);
        } else if ("Constraint" in el && el.Constraint.contype === "CONSTR_PRIMARY") {
          for (const k of el.Constraint.keys ?? []) if ("String" in k && k.String.sval) notNull.push(k.String.sval);
        }
      }
      const table = relKey(node.CreateStmt.relation);
      events.push(node.CreateStmt.partspec ? { kind: "create", table, columns, notNull, partitioned: true } : { kind: "create", table, columns, notNull });
      tables.add(table);
    }
  }
  if (columnEventCache.size >= EVENT_CACHE_LIMIT) columnEventCache.delete(columnEventCache.keys().next().value);
  const history = { events, tables };
  columnEventCache.set(key, history);
  return history;
}
function traceThrough(history, table, column, what = "type") {
  const { events } = history;
  let t = table;
  let c = column;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.kind === "type" && e.table === t && e.column === c) {
      if (what === "type") return e.type === void 0 ? { kind: "lost" } : { kind: "type", type: e.type };
      if (e.nullable !== void 0) return { kind: "nullable", nullable: e.nullable };
    } else if (e.kind === "nullable" && e.table === t && e.column === c) {
      if (what === "nullable") return { kind: "nullable", nullable: e.nullable };
    } else if (e.kind === "drop" && e.table === t && e.column === c) return { kind: "lost" };
    else if (e.kind === "rename-column" && e.table === t && e.to === c) c = e.from;
    else if (e.kind === "rename-table" && e.to === t) t = e.from;
    else if (e.kind === "create" && e.table === t) {
      if (e.columns.get(c) === void 0) return { kind: "lost" };
      return what === "type" ? { kind: "type", type: e.columns.get(c) } : { kind: "nullable", nullable: !e.notNull.includes(c) };
    }
  }
  return { kind: "earlier", table: t, column: c };
}
function notNullTestColumn(expr) {
  if (!expr || !("NullTest" in expr) || expr.NullTest.nulltesttype !== "IS_NOT_NULL") return void 0;
  const arg = expr.NullTest.arg;
  const fields = arg && "ColumnRef" in arg ? arg.ColumnRef.fields ?? [] : [];
  const last = fields[fields.length - 1];
  return fields.length === 1 && last && "String" in last ? last.String.sval : void 0;
}
function nullCheckThrough(history, table, column, seen2) {
  const { events } = history;
  let t = table;
  let c = column;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.kind === "rename-table") {
      if (e.to === t) t = e.from;
      continue;
    }
    if (e.table !== t) continue;
    if (e.kind === "drop-constraint") seen2.dropped.add(e.name);
    else if (e.kind === "validate" && !seen2.dropped.has(e.name)) seen2.validated.add(e.name);
    else if (e.kind === "null-check" && e.column === c && !seen2.dropped.has(e.name) && (e.valid || seen2.validated.has(e.name))) return { kind: "found" };
    else if (e.kind === "rename-column" && e.to === c) c = e.from;
    else if (e.kind === "create" || e.kind === "drop" && e.column === c || e.kind === "type" && e.column === c && e.nullable !== void 0)
      return { kind: "lost" };
  }
  return { kind: "earlier", table: t };
}
function partitionedThrough(history, table) {
  const { events } = history;
  let t = table;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.kind === "create" && e.table === t) return { kind: "found", partitioned: e.partitioned === true };
    if (e.kind === "rename-table" && e.to === t) t = e.from;
  }
  return { kind: "earlier", table: t };
}
function columnsThrough(history, table, later) {
  const { events } = history;
  let t = table;
  for (let i = events.length - 1; i >= 0; i--) {
    const e = events[i];
    if (e.kind === "create" && e.table === t) {
      const columns = [...e.columns.keys()];
      for (let j = later.length - 1; j >= 0; j--) replay(columns, later[j]);
      return { kind: "columns", columns };
    }
    if (e.kind === "rename-table" && e.to === t) t = e.from;
    else if (e.kind === "drop" || e.kind === "rename-column" || e.kind === "type" && e.nullable !== void 0) {
      if (e.table === t) later.push(e);
    }
  }
  return { kind: "earlier", table: t };
}
function replay(columns, e) {
  if (e.kind === "type" && !columns.includes(e.column)) columns.push(e.column);
  else if (e.kind === "drop" && columns.includes(e.column)) columns.splice(columns.indexOf(e.column), 1);
  else if (e.kind === "rename-column" && columns.includes(e.from)) columns[columns.indexOf(e.from)] = e.to;
}

// src/core/sql/checks/drop-table.ts
var dropTable = (stmt, ctx) => {
  if (!("DropStmt" in stmt) || stmt.DropStmt.removeType !== "OBJECT_TABLE") return [];
  const hits = [];
  for (const obj of stmt.DropStmt.objects ?? []) {
    const name = nameOf(obj);
    const key = lastPart(name);
    if (createdHere(ctx, key)) continue;
    if (renamedAwayRebuild(key, ctx)) continue;
    const h = hit(
      "drop-table",
      ctx,
      `Dropping table ${objectLabel(obj)} deletes it and every row in it; a rollback cannot bring them back. Stop reading and writing the table first, deploy, take a backup, then drop it in a later release.`
    );
    ctx.dropHits.set(key, h);
    if (stmt.DropStmt.missing_ok) ctx.columnChanges.push({ kind: "guard-drop", table: key, created: ctx.createdTables, hit: h });
    hits.push(h);
  }
  return hits;
};

// src/core/sql/checks/drop-schema.ts
var dropSchema = (stmt, ctx) => {
  if ("DropdbStmt" in stmt) {
    return [
      hit(
        "drop-schema",
        ctx,
        `Dropping database ${quote(stmt.DropdbStmt.dbname ?? "?")} deletes every table in it; a rollback cannot restore them. Do this by hand after a verified backup, never in a migration.`
      )
    ];
  }
  if (!("DropStmt" in stmt) || stmt.DropStmt.removeType !== "OBJECT_SCHEMA") return [];
  return (stmt.DropStmt.objects ?? []).map(
    (obj) => hit(
      "drop-schema",
      ctx,
      `Dropping schema ${objectLabel(obj)} deletes the tables in it${stmt.DropStmt.behavior === "DROP_CASCADE" ? " (CASCADE)" : ""}; a rollback cannot restore them. Move or retire its tables one release at a time and take a backup before dropping the schema.`
    )
  );
};

// src/core/sql/checks/truncate.ts
var truncate = (stmt, ctx) => {
  if (!("TruncateStmt" in stmt)) return [];
  const hits = [];
  for (const r of stmt.TruncateStmt.relations ?? []) {
    if (!("RangeVar" in r) || !isExisting(ctx, relKey(r.RangeVar))) continue;
    hits.push(
      hit(
        "truncate",
        ctx,
        `TRUNCATE ${relLabel(r.RangeVar)} deletes every row; a rollback cannot bring them back. Copy the rows to a backup table first (or delete in a separate, reviewed data job), and keep schema migrations free of data loss.`
      )
    );
  }
  return hits;
};

// src/core/sql/checks/delete-without-where.ts
var ADVICE = "Add a WHERE clause for the rows you mean, and copy them to a backup table before deleting.";
var deleteWithoutWhere = (stmt, ctx) => {
  const out = [];
  if ("DeleteStmt" in stmt && wipes(stmt.DeleteStmt, ctx))
    out.push(
      hit(
        "delete-without-where",
        ctx,
        `DELETE FROM ${relLabel(stmt.DeleteStmt.relation)} without WHERE deletes every row; a rollback cannot bring them back. ${ADVICE}`
      )
    );
  out.push(...cteWipes(stmt, stmt, ctx));
  return out;
};
var wipes = (s, ctx) => !s.whereClause && isExisting(ctx, relKey(s.relation));
function cteWipes(stmt, top, ctx) {
  const out = [];
  for (const query of cteQueries(stmt)) {
    if ("DeleteStmt" in query && wipes(query.DeleteStmt, ctx)) {
      const table = relLabel(query.DeleteStmt.relation);
      const into = "InsertStmt" in top ? ` The statement writes what it deletes into ${relLabel(top.InsertStmt.relation)}: only a down that copies the rows back restores them.` : "";
      out.push(
        hit(
          "delete-without-where",
          ctx,
          `DELETE FROM ${table} in a WITH clause, without WHERE, deletes every row; a rollback cannot bring them back.${into} ${ADVICE}`
        )
      );
    }
    out.push(...cteWipes(query, top, ctx));
  }
  return out;
}

// src/core/sql/checks/rename-table.ts
var KINDS = { OBJECT_TABLE: "table", OBJECT_VIEW: "view", OBJECT_MATVIEW: "materialized view" };
var SEQUENCE_NAME = /_seq$/;
var ADVICE2 = "Create the new table (or a view under the new name), write to both, move reads over, then drop the old name in a later release.";
var renameTable = (stmt, ctx) => {
  if ("AlterObjectSchemaStmt" in stmt) {
    const s2 = stmt.AlterObjectSchemaStmt;
    const kind2 = KINDS[s2.objectType ?? ""];
    if (!kind2 || !s2.relation || !isExisting(ctx, relKey(s2.relation))) return [];
    const h2 = hit(
      "rename-table",
      ctx,
      `Moving ${kind2} ${relLabel(s2.relation)} to schema ${quote(s2.newschema ?? "?")} breaks every running instance of the old code that finds it under its old schema, and the old code again after a rollback. ${ADVICE2}`
    );
    ctx.renameHits.set(relKey(s2.relation), h2);
    return [h2];
  }
  if (!("RenameStmt" in stmt)) return [];
  const s = stmt.RenameStmt;
  const kind = KINDS[s.renameType ?? ""];
  if (kind === "table" && SEQUENCE_NAME.test(s.relation?.relname ?? "") && SEQUENCE_NAME.test(s.newname ?? "")) return [];
  if (!kind || !isExisting(ctx, relKey(s.relation)) || kind === "view" && ctx.views.has(relKey(s.relation))) return [];
  const h = hit(
    "rename-table",
    ctx,
    `Renaming ${kind} ${relLabel(s.relation)} to ${quote(s.newname ?? "?")} breaks every running instance of the old code, and the old code again after a rollback. ${ADVICE2}`
  );
  ctx.renameHits.set(relKey(s.relation), h);
  if (s.newname && kind === "table") ctx.renamedTo.set(relKey(s.relation), lastPart(s.newname));
  return [h];
};

// src/core/sql/checks/rename-column.ts
var renameColumn = (stmt, ctx) => {
  if ("RenameStmt" in stmt && stmt.RenameStmt.renameType === "OBJECT_TABLE") return rebuildRenames(stmt.RenameStmt.relation, stmt.RenameStmt.newname, ctx);
  if (!("RenameStmt" in stmt) || stmt.RenameStmt.renameType !== "OBJECT_COLUMN") return [];
  const s = stmt.RenameStmt;
  if (s.relationType !== "OBJECT_TABLE" || createdHere(ctx, relKey(s.relation))) return [];
  if (addedHere(ctx, `${relKey(s.relation)}.${s.subname}`)) return [];
  const swap = ctx.swaps.completedBy(stmt);
  if (swap && ctx.columnDrops.has(`${swap.table}.${swap.column}`)) return [];
  return [
    hit(
      "rename-column",
      ctx,
      `Renaming column ${quote(s.subname ?? "?")} of ${relLabel(s.relation)} to ${quote(s.newname ?? "?")} breaks code that still uses the old name, including the old release after a rollback. Add the new column, write to both, backfill, switch reads, then drop the old column in a later release.`
    )
  ];
};
function rebuildRenames(relation, to, ctx) {
  const copy = ctx.copies.get(relKey(relation));
  if (!copy || !to || copy.from !== to || ctx.createdTables.has(to)) return [];
  const kept = new Set(copy.columns.map(([now]) => now));
  return copy.columns.filter(([now, was]) => now !== was && !kept.has(was)).map(
    ([now, was]) => hit(
      "rename-column",
      ctx,
      `Renaming column ${quote(was)} of ${quote(to)} to ${quote(now)} (the table is rebuilt and the copy takes ${quote(was)} into ${quote(now)}) breaks code that still uses the old name, including the old release after a rollback. Add the new column, write to both, backfill, switch reads, then drop the old column in a later release.`
    )
  );
}

// src/core/sql/checks/add-required-column.ts
var addRequiredColumn = (stmt, ctx) => {
  if ("InsertStmt" in stmt) return copyLeavesRequired(stmt.InsertStmt, ctx);
  const hits = [];
  for (const { table, cmd } of alterTableCmds(stmt)) {
    if (cmd.subtype === "AT_ColumnDefault" && !cmd.def && cmd.name) {
      const added = ctx.requiredWithDefault.get(`${relKey(table)}.${cmd.name}`);
      if (added !== void 0)
        hits.push(
          hit(
            "add-required-column",
            ctx,
            `Dropping the default of ${quote(cmd.name)} on ${relLabel(table)}, added NOT NULL with it on line ${added}, makes the column required: existing rows were filled, but old code that inserts without it breaks. Keep the default until every release writes the column, then drop it in a later release.`
          )
        );
      continue;
    }
    if (cmd.subtype !== "AT_AddColumn" || !cmd.def || !("ColumnDef" in cmd.def)) continue;
    const col = cmd.def.ColumnDef;
    if (isExisting(ctx, relKey(table)) && isNotNull(col) && hasDefault(col) && col.colname)
      ctx.requiredWithDefault.set(`${relKey(table)}.${col.colname}`, ctx.line);
    if (!isExisting(ctx, relKey(table)) || !isNotNull(col) || hasDefault(col)) continue;
    hits.push(
      hit(
        "add-required-column",
        ctx,
        // MySQL fills existing rows with the type's implicit default ('' or 0, even in strict mode);
        // only inserts that leave the column out fail (MariaDB 10.11 checked; MDEV-25403).
        (ctx.dialect === "mysql" ? `Adding NOT NULL column ${quote(col.colname ?? "?")} to ${relLabel(table)} without a default gives existing rows the type's implicit default ('' or 0), which old code did not write, and old code that inserts without it breaks. ` : `Adding NOT NULL column ${quote(col.colname ?? "?")} to ${relLabel(table)} without a default fails on existing rows, and old code that inserts without it breaks. `) + "Add the column nullable (or with a default), backfill, make the code write it, then add NOT NULL in a later release."
      )
    );
  }
  return hits;
};
function copyLeavesRequired(insert2, ctx) {
  const target = relKey(insert2.relation);
  const from = insertSelect(insert2).source;
  const defs = ctx.tableDefs.get(target);
  if (!defs || !ctx.createdTables.has(target) || !from || !insert2.cols?.length) return [];
  const source = relKey(from);
  if (!isExisting(ctx, source) && !ctx.holdsRows.has(source)) return [];
  const filled2 = new Set(insert2.cols.map((c) => "ResTarget" in c ? c.ResTarget.name : void 0));
  return defs.filter((col) => col.colname && !filled2.has(col.colname) && isNotNull(col) && !hasDefault(col)).filter((col) => !constraintsOf(col).some((c) => c.contype === "CONSTR_PRIMARY" || c.contype === "CONSTR_GENERATED")).map(
    (col) => hit(
      "add-required-column",
      ctx,
      `Copying the rows of ${quote(source)} into ${quote(target)} without its NOT NULL column ${quote(col.colname)}, which has no default, fails as soon as ${quote(source)} has a row; if ${quote(target)} then replaces it (a table rebuild), old code that inserts without the column breaks too. Give ${quote(col.colname)} a default or fill it in the copy (\`SELECT \u2026, <value>\`), or add it nullable, backfill, and make it NOT NULL in a later release.`
    )
  );
}

// src/core/sql/checks/nullability.ts
function nullabilityHit(rule, ctx, stmt, table, column, nullable, message) {
  const key = `${relKey(table)}.${column}`;
  const before = ctx.columnNullable.get(key);
  if (before === nullable) return void 0;
  const found = hit(rule, ctx, message);
  const origin = { table: ctx.origins.get(relKey(table)) ?? relKey(table), column: ctx.origins.get(key) ?? column };
  const inStatement = alterTableCmds(stmt).some(({ cmd }) => cmd.subtype === "AT_AlterColumnType" && cmd.name === column);
  if (before === void 0) {
    ctx.columnChanges.push({ kind: "nullability", ...origin, nullable, hit: found, restated: inStatement ? true : `${ctx.line}\0${key}` });
    return found;
  }
  const earlier = ctx.columnChanges.findLast(
    (c) => c.kind === "nullability" && c.table === origin.table && c.column === origin.column && c.nullable === before && !ctx.withdrawn.has(c.hit)
  );
  if (earlier) {
    ctx.withdrawn.add(earlier.hit);
    ctx.columnChanges.push({ kind: "nullability", ...origin, nullable, hit: found, restated: inStatement ? true : earlier.restated });
  }
  return found;
}
function swapNullabilityHits(rule, stmt, ctx) {
  const swap = ctx.swaps.completedBy(stmt);
  if (!swap || !("RenameStmt" in stmt)) return [];
  const dropped = ctx.columnDrops.get(`${swap.table}.${swap.column}`);
  const nullable = ctx.columnNullable.get(`${swap.table}.${swap.temp}`);
  if (!dropped || nullable === void 0 || nullable !== (rule === "drop-not-null") || dropped.nullable === nullable) return [];
  const label2 = relLabel(stmt.RenameStmt.relation);
  const column = quote(swap.column);
  const found = hit(
    rule,
    ctx,
    nullable ? `Changing column ${column} of ${label2}${swapHow(swap)} makes it nullable (${quote(swap.temp)} allows NULL): new code may write NULLs that the old code (back after a rollback) does not expect, and making it NOT NULL again then fails. Add ${quote(swap.temp)} NOT NULL (with a default while it is filled), or make the old code tolerate NULL first and drop NOT NULL in a later release.` : ctx.addedDefaults.has(`${swap.table}.${swap.temp}`) || ctx.addedDefaults.has(`${swap.table}.${swap.column}`) ? (
      // The copy leaves the rows that held NULL with the new column's default (navidrome's
      // 20240122223340: `add x_new varchar not null default ''`, filled `where x is not null`).
      `Changing column ${column} of ${label2}${swapHow(swap)} makes it NOT NULL (${quote(swap.temp)} is NOT NULL with a default, which the rows that held NULL keep): old code that writes NULL there fails, during the rollout and after a rollback. Ship code that always writes the column first; make it NOT NULL in a later release.`
    ) : `Changing column ${column} of ${label2}${swapHow(swap)} makes it NOT NULL (${quote(swap.temp)} is NOT NULL): the copy fails while any row holds NULL there, and old code that writes NULL there fails after a rollback. Ship code that always writes the column and backfill the NULLs first; make it NOT NULL in a later release.`
  );
  if (dropped.nullable !== void 0) return [found];
  ctx.columnChanges.push({
    kind: "nullability",
    table: ctx.origins.get(swap.table) ?? swap.table,
    column: dropped.origin,
    nullable,
    hit: found,
    restated: true,
    quiet: true
  });
  return [];
}

// src/core/sql/checks/set-not-null.ts
var setNotNull = (stmt, ctx) => {
  const rebuild = rebuildOf(stmt, ctx);
  return rebuild ? rebuildNotNull(rebuild, ctx) : [...swapNullabilityHits("set-not-null", stmt, ctx), ...alterSetNotNull(stmt, ctx), ...notNullCheck(stmt, ctx)];
};
var notNullCheck = (stmt, ctx) => alterTableCmds(stmt).flatMap(({ table, cmd }) => {
  if (cmd.subtype !== "AT_AddConstraint" || !cmd.def || !("Constraint" in cmd.def) || cmd.def.Constraint.contype !== "CONSTR_CHECK") return [];
  const column = notNullTestColumn(cmd.def.Constraint.raw_expr);
  if (!column || !isExisting(ctx, relKey(table)) || ctx.columnNullable.has(`${relKey(table)}.${column}`)) return [];
  const how = cmd.def.Constraint.skip_validation ? " (NOT VALID spares only the rows already there)" : "";
  return [
    hit(
      "set-not-null",
      ctx,
      `CHECK (${column} IS NOT NULL) makes ${quote(column)} of ${relLabel(table)} NOT NULL for every write from now on${how}: old code that writes NULL there fails, during the rollout and after a rollback. Ship code that always writes the column first; validating the check and SET NOT NULL (which reuses it) later change nothing more.`
    )
  ];
});
function addedColumnNotNull(ctx, stmt, key, column, label2) {
  if (!ctx.addedColumns.has(key)) return void 0;
  const filled2 = ctx.addedFilled.has(key);
  let withDefault = ctx.addedDefaults.has(key);
  for (const { cmd } of alterTableCmds(stmt))
    if (cmd.subtype === "AT_ColumnDefault" && cmd.name === column) withDefault = !!cmd.def && !isNullConstant(cmd.def);
  if (withDefault && filled2) {
    ctx.requiredWithDefault.set(key, ctx.line);
    return {};
  }
  if (!filled2)
    return {
      message: (ctx.addedPartlyFilled.has(key) ? `${quote(column)} was added to ${label2} by this migration and only an UPDATE with a WHERE fills it: rows it does not reach hold NULL, and SET NOT NULL fails on them` : `${quote(column)} was added to ${label2} by this migration and no UPDATE fills it, so the rows already there hold NULL: SET NOT NULL fails on a table with rows`) + `${withDefault ? " (SET DEFAULT fills only new rows)" : ", and old code, which leaves the column out of its inserts, fails after a rollback"}. Add it with the default (ADD COLUMN \u2026 NOT NULL DEFAULT \u2026), or add it nullable, fill it, and make it NOT NULL in a later release.`
    };
  return {
    message: `${quote(column)} was added to ${label2} by this migration without a default: old code leaves it out of its inserts, which fail once it is NOT NULL, during the rollout and after a rollback. Give it a default first (SET DEFAULT before SET NOT NULL), or make it NOT NULL in a later release, once every running version writes it.`
  };
}
function droppedInStatement(stmt, table) {
  return alterTableCmds(stmt).filter(({ table: t, cmd }) => cmd.subtype === "AT_DropConstraint" && cmd.name && relKey(t) === table).map(({ cmd }) => cmd.name);
}
var alterSetNotNull = (stmt, ctx) => alterTableCmds(stmt).filter(({ table, cmd }) => cmd.subtype === "AT_SetNotNull" && isExisting(ctx, relKey(table))).flatMap(({ table, cmd }) => {
  const added = addedColumnNotNull(ctx, stmt, `${relKey(table)}.${cmd.name ?? "?"}`, cmd.name ?? "?", relLabel(table));
  if (added && !added.message) return [];
  if (added?.message) {
    const found2 = nullabilityHit("set-not-null", ctx, stmt, table, cmd.name ?? "?", false, added.message);
    return found2 ? [found2] : [];
  }
  const found = nullabilityHit(
    "set-not-null",
    ctx,
    stmt,
    table,
    cmd.name ?? "?",
    false,
    ctx.dialect && ctx.dialect !== "postgres" ? (
      // No Postgres advice (CHECK … NOT VALID) on another database; MySQL's MODIFY/CHANGE say NOT NULL this way.
      `Making ${quote(cmd.name ?? "?")} of ${relLabel(table)} NOT NULL fails while any row holds NULL, and old code that writes NULL there fails after a rollback. Ship code that always writes the column and backfill the NULLs first; make it NOT NULL in a later release.`
    ) : `SET NOT NULL on ${quote(cmd.name ?? "?")} of ${relLabel(table)} scans the table under an exclusive lock, and old code that writes NULL there fails after a rollback. Ship code that always writes the column first; then add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it, and SET NOT NULL (which reuses the check) in a later release.`
  );
  if (found && (!ctx.dialect || ctx.dialect === "postgres")) {
    const column = cmd.name ?? "?";
    const origin = { table: ctx.origins.get(relKey(table)) ?? relKey(table), column: ctx.origins.get(`${relKey(table)}.${column}`) ?? column };
    ctx.columnChanges.push({
      kind: "null-check",
      ...origin,
      constraints: ctx.validated.get(relKey(table)) ?? [],
      dropped: [...ctx.droppedConstraints.get(relKey(table)) ?? [], ...droppedInStatement(stmt, relKey(table))],
      hit: found
    });
  }
  return found ? [found] : [];
});
function rebuildNotNull({ copy, table, columns, dropLine }, ctx) {
  if (ctx.createdTables.has(table)) return [];
  const defs = ctx.tableDefs.get(copy) ?? [];
  const hits = [];
  for (const [now, was] of columns) {
    const def = defs.find((d) => d.colname === now);
    const before = ctx.columnNullable.get(`${table}.${was}`);
    if (!def || !isNotNull(def) || before === false) continue;
    const found = {
      ...hit(
        "set-not-null",
        ctx,
        `Rebuilding ${quote(table)} (${quote(copy)} takes its rows, then replaces it) makes ${quote(was)} NOT NULL: the copy fails while any row holds NULL there, and old code that writes NULL there fails after a rollback. Ship code that always writes the column and backfill the NULLs first; make it NOT NULL in a later rebuild.`
      ),
      line: dropLine
    };
    if (before === true) hits.push(found);
    else {
      const key = `${table}.${was}`;
      ctx.columnChanges.push({
        kind: "nullability",
        table: ctx.origins.get(table) ?? table,
        column: ctx.origins.get(key) ?? was,
        nullable: false,
        hit: found,
        restated: true,
        quiet: true
      });
    }
  }
  return hits;
}

// src/core/sql/checks/drop-not-null.ts
var RESTATED = { mysql: "a MODIFY/CHANGE", sqlserver: "an ALTER COLUMN" };
var dropNotNull = (stmt, ctx) => [...swapNullabilityHits("drop-not-null", stmt, ctx), ...alterDropNotNull(stmt, ctx)];
var alterDropNotNull = (stmt, ctx) => alterTableCmds(stmt).filter(({ table, cmd }) => cmd.subtype === "AT_DropNotNull" && isExisting(ctx, relKey(table))).flatMap(({ table, cmd }) => {
  const found = nullabilityHit(
    "drop-not-null",
    ctx,
    stmt,
    table,
    cmd.name ?? "?",
    true,
    // MySQL's MODIFY/CHANGE and SQL Server's ALTER COLUMN make a column nullable by leaving NOT NULL out: say so, it is easy to miss.
    `${RESTATED[ctx.dialect ?? ""] ? `Making ${quote(cmd.name ?? "?")} of ${relLabel(table)} nullable (DROP NOT NULL, or ${RESTATED[ctx.dialect ?? ""]} that leaves out NOT NULL)` : `DROP NOT NULL on ${quote(cmd.name ?? "?")} of ${relLabel(table)}`} lets new code write NULLs that the old code (back after a rollback) does not expect, and re-adding NOT NULL then fails. Make the old code tolerate NULL first, deploy it, then drop the constraint in a later release.`
  );
  return found ? [found] : [];
});

// src/core/sql/checks/data-backfill.ts
var ADVICE3 = "Keep data changes out of schema migrations: run them as a separate, idempotent, batched job, and note in the rollback plan how to undo them.";
var dataBackfill = (stmt, ctx) => [...writes(stmt, ctx), ...cteWrites(stmt, ctx)];
function cteWrites(stmt, ctx) {
  const out = [];
  for (const query of cteQueries(stmt)) out.push(...writes(query, ctx), ...cteWrites(query, ctx));
  return out;
}
function writes(stmt, ctx) {
  if ("UpdateStmt" in stmt) {
    const s = stmt.UpdateStmt;
    const table = relKey(s.relation);
    if (!isExisting(ctx, table)) return [];
    const targets = (s.targetList ?? []).map((t) => "ResTarget" in t ? t.ResTarget.name : void 0);
    if (targets.length && targets.every((name) => name !== void 0 && ctx.addedColumns.has(`${table}.${name}`))) return [];
    return [hit("data-backfill", ctx, `UPDATE ${relLabel(s.relation)} rewrites existing rows; a schema rollback does not restore their old values. ${ADVICE3}`)];
  }
  if ("DeleteStmt" in stmt) {
    const s = stmt.DeleteStmt;
    if (!s.whereClause || !isExisting(ctx, relKey(s.relation))) return [];
    return [hit("data-backfill", ctx, `DELETE FROM ${relLabel(s.relation)} removes rows; a schema rollback does not bring them back. ${ADVICE3}`)];
  }
  if ("InsertStmt" in stmt) {
    const s = stmt.InsertStmt;
    if (!readsTable(s.selectStmt) || !isExisting(ctx, relKey(s.relation))) return [];
    return [
      hit("data-backfill", ctx, `INSERT INTO ${relLabel(s.relation)} \u2026 SELECT copies live data in a schema migration; a rollback does not undo it. ${ADVICE3}`)
    ];
  }
  if ("MergeStmt" in stmt) {
    const s = stmt.MergeStmt;
    return [hit("data-backfill", ctx, `MERGE INTO ${relLabel(s.relation)} changes existing rows; a schema rollback does not restore them. ${ADVICE3}`)];
  }
  return [];
}

// src/core/sql/checks/enum-value-added.ts
var enumValueAdded = (stmt, ctx) => {
  if (!("AlterEnumStmt" in stmt)) return [];
  const s = stmt.AlterEnumStmt;
  if (s.newVal === void 0 || s.oldVal !== void 0) return [];
  const type = (s.typeName ?? []).map(nameOf).join(".");
  if (ctx.createdTypes.has(lastPart(type))) return [];
  return [
    hit(
      "enum-value-added",
      ctx,
      `Adding value '${s.newVal}' to enum ${quote(type)} cannot be undone: Postgres cannot drop an enum value, so the down migration cannot remove it and rows using it block a rollback. Ship code that tolerates the value first; consider a lookup table or a text column with a CHECK constraint for values that change.`
    )
  ];
};

// src/core/sql/checks/partitioned.ts
function partitionAware(ctx, table, plain, partitioned) {
  if (ctx.partitionedTables.has(table)) return partitioned ? [partitioned] : [];
  if (!plain) return [];
  ctx.columnChanges.push({ kind: "partitioned", table, hit: plain, partitioned });
  return [plain];
}
var PARTITIONED_CONSTRAINT_RECIPE = "Postgres refuses CREATE UNIQUE INDEX CONCURRENTLY and ADD CONSTRAINT \u2026 USING INDEX on a partitioned table. Instead (its partitioning docs, Partition Maintenance): ALTER TABLE ONLY the parent ADD the constraint (builds nothing; its index starts invalid), on each partition CREATE UNIQUE INDEX CONCURRENTLY and ADD the same constraint USING INDEX, then ALTER INDEX <parent index> ATTACH PARTITION <partition index> for each.";

// src/core/sql/checks/unique-constraint.ts
var PARTITIONED_TAIL = "fails if existing rows have duplicates and builds its index on every partition, blocking writes to each until the whole build ends. " + PARTITIONED_CONSTRAINT_RECIPE;
var MESSAGE_TAIL = "fails if existing rows have duplicates and blocks writes while it builds its index. Build the index with CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT \u2026 UNIQUE USING INDEX.";
var uniqueConstraint = (stmt, ctx) => {
  const hits = [];
  for (const { table, cmd } of alterTableCmds(stmt)) {
    if (!isExisting(ctx, relKey(table)) || !cmd.def) continue;
    if (cmd.subtype === "AT_AddConstraint" && "Constraint" in cmd.def) {
      const c = cmd.def.Constraint;
      const name = c.conname ? `${quote(c.conname)} ` : "";
      if (c.contype === "CONSTR_EXCLUSION")
        hits.push(
          hit(
            "unique-constraint",
            ctx,
            `Adding EXCLUDE constraint ${name}to ${relLabel(table)} fails if existing rows conflict, and builds its index and checks every row under a lock that blocks writes: it has no CONCURRENTLY or NOT VALID form. Add it while the table is small, or in a maintenance window.`
          )
        );
      if (c.contype !== "CONSTR_UNIQUE" || c.indexname) continue;
      const what = `Adding UNIQUE constraint ${name}to ${relLabel(table)}`;
      const partitioned = table.inh === true ? hit("unique-constraint", ctx, `${what} (a partitioned table) ${PARTITIONED_TAIL}`) : void 0;
      hits.push(...partitionAware(ctx, relKey(table), hit("unique-constraint", ctx, `${what} ${MESSAGE_TAIL}`), partitioned));
    } else if (cmd.subtype === "AT_AddColumn" && "ColumnDef" in cmd.def) {
      const col = cmd.def.ColumnDef;
      if (!constraintsOf(col).some((c) => c.contype === "CONSTR_UNIQUE")) continue;
      const what = `Adding UNIQUE column ${quote(col.colname ?? "?")} to ${relLabel(table)}`;
      hits.push(
        ...partitionAware(
          ctx,
          relKey(table),
          hit("unique-constraint", ctx, `${what} ${MESSAGE_TAIL}`),
          hit("unique-constraint", ctx, `${what} (a partitioned table) ${PARTITIONED_TAIL}`)
        )
      );
    }
  }
  return hits;
};

// src/core/sql/checks/non-concurrent-index.ts
var PARTITIONED_INDEX_RECIPE = "Postgres refuses CREATE INDEX CONCURRENTLY on a partitioned table. Instead: CREATE INDEX \u2026 ON ONLY the parent (builds nothing; the index starts invalid), CREATE INDEX CONCURRENTLY the same index on each partition, outside a transaction block, then ALTER INDEX <parent index> ATTACH PARTITION <partition index> for each (the parent index turns valid when every partition has one).";
var nonConcurrentIndex = (stmt, ctx) => {
  if (!("IndexStmt" in stmt)) return [];
  const s = stmt.IndexStmt;
  const table = relKey(s.relation);
  if (!isExisting(ctx, table)) return [];
  if (s.relation?.inh !== true) return [];
  if (s.concurrent) return [];
  const plain = hit(
    "non-concurrent-index",
    ctx,
    `Creating ${label(s)} without CONCURRENTLY blocks writes to the table until the build ends. Use CREATE INDEX CONCURRENTLY, outside a transaction block.`
  );
  return partitionAware(ctx, table, plain, partitionedHit(s, ctx));
};
var label = (s) => `${s.unique ? "unique " : ""}index ${s.idxname ? `${quote(s.idxname)} ` : ""}on ${relLabel(s.relation)}`;
function partitionedHit(s, ctx) {
  const attached = ctx.concurrentIndexes.filter((c) => relKey(c.relation) !== relKey(s.relation) && sameDefinition(c, s));
  if (attached.length)
    return {
      ...hit(
        "non-concurrent-index",
        ctx,
        `Creating ${label(s)} (a partitioned table) attaches the matching index${attached.length > 1 ? "es" : ""} built CONCURRENTLY above (${attached.map((c) => relLabel(c.relation)).join(", ")}) instead of building ${attached.length > 1 ? "them" : "it"} again, but it holds a SHARE lock (writes blocked) on the parent and every partition until the transaction commits, and builds the index under that lock on any partition that has no matching valid index. Make sure every partition has one (or attach them one by one: CREATE INDEX \u2026 ON ONLY the parent, then ALTER INDEX \u2026 ATTACH PARTITION), and set a lock_timeout.`
      ),
      severity: "notice"
    };
  return hit(
    "non-concurrent-index",
    ctx,
    `Creating ${label(s)} (a partitioned table) builds the index on every partition and blocks writes to each until the whole build ends. ${PARTITIONED_INDEX_RECIPE}`
  );
}
function sameDefinition(a, b) {
  const shape = (s) => JSON.stringify(
    [s.accessMethod, s.indexParams, s.indexIncludingParams, s.whereClause, !!s.unique, !!s.nulls_not_distinct, s.options],
    (key, value) => key === "location" ? void 0 : value
  );
  return shape(a) === shape(b);
}

// src/core/sql/checks/non-concurrent-index-drop.ts
var nonConcurrentIndexDrop = (stmt, ctx) => {
  if (!("DropStmt" in stmt) || stmt.DropStmt.removeType !== "OBJECT_INDEX" || stmt.DropStmt.concurrent) return [];
  const hits = [];
  for (const obj of stmt.DropStmt.objects ?? []) {
    const name = nameOf(obj);
    if (ctx.createdIndexes.has(lastPart(name))) continue;
    hits.push(
      hit(
        "non-concurrent-index-drop",
        ctx,
        `Dropping index ${objectLabel(obj)} without CONCURRENTLY takes an exclusive lock on its table and blocks reads and writes while it waits. Use DROP INDEX CONCURRENTLY, outside a transaction block.`
      )
    );
  }
  return hits;
};

// src/core/sql/checks/concurrent-index-in-transaction.ts
function concurrentOperation(stmt) {
  if ("IndexStmt" in stmt && stmt.IndexStmt.concurrent) return "CREATE INDEX CONCURRENTLY";
  if ("DropStmt" in stmt && stmt.DropStmt.removeType === "OBJECT_INDEX" && stmt.DropStmt.concurrent) return "DROP INDEX CONCURRENTLY";
  if ("ReindexStmt" in stmt && optionNames(stmt.ReindexStmt.params).includes("concurrently")) return "REINDEX CONCURRENTLY";
  return void 0;
}
var concurrentIndexInTransaction = (stmt, ctx) => {
  if (!ctx.inTransaction) return [];
  const op = concurrentOperation(stmt);
  if (!op) return [];
  return [
    hit(
      "concurrent-index-in-transaction",
      ctx,
      `${op} cannot run inside a transaction block: the migration fails here${(ctx.transactional || ctx.singleQuery) && !ctx.openBeginLine ? ` (${ctx.transactionReason})` : ""}. Run it in a migration of its own with the transaction turned off (or COMMIT before it).`
    )
  ];
};

// src/core/sql/checks/non-concurrent-reindex.ts
var nonConcurrentReindex = (stmt, ctx) => {
  if (!("ReindexStmt" in stmt)) return [];
  const s = stmt.ReindexStmt;
  if (optionNames(s.params).includes("concurrently")) return [];
  if (s.relation && s.kind === "REINDEX_OBJECT_TABLE" && !isExisting(ctx, relKey(s.relation))) return [];
  const what = s.relation ? relLabel(s.relation) : s.name ?? "the database";
  return [
    hit(
      "non-concurrent-reindex",
      ctx,
      `REINDEX of ${what} without CONCURRENTLY blocks writes (and reads that use the index) until it ends. Use REINDEX \u2026 CONCURRENTLY, outside a transaction block.`
    )
  ];
};

// src/core/sql/checks/constraint-not-valid-missing.ts
var LATER = "and VALIDATE CONSTRAINT in a separate transaction (it only takes a light lock).";
function foreignKeyColumnMessage(col, fk, table, check) {
  const column = quote(col.colname ?? "?");
  const target = fk.pktable ? ` to ${relLabel(fk.pktable)}` : "";
  if (check) {
    return `Adding column ${column} to ${table} with a CHECK constraint and a foreign key${target} checks both on every row (the foreign key since the column has a default) while holding ADD COLUMN's lock, which blocks reads and writes, and a constraint written in the column cannot be NOT VALID. Add the column alone, then ADD CONSTRAINT \u2026 CHECK (\u2026) and \u2026 FOREIGN KEY \u2026 NOT VALID, ${LATER}`;
  }
  return `Adding column ${column} (a foreign key${target}) with a default to ${table} checks the foreign key on every row while holding a lock that blocks writes to both tables (without a default Postgres skips the check), and a foreign key written in the column cannot be NOT VALID. Add the column alone, fill it, then ADD CONSTRAINT \u2026 FOREIGN KEY \u2026 NOT VALID, ${LATER}`;
}
function checkColumnsMessage(columns, table) {
  const named = columns.map(quote);
  const list2 = named.length === 1 ? `column ${named[0]}` : `columns ${named.slice(0, -1).join(", ")} and ${named.at(-1)}`;
  const it = named.length === 1 ? "a CHECK constraint" : "CHECK constraints";
  return `Adding ${list2} with ${it} to ${table} scans every row to check ${named.length === 1 ? "it" : "them"} while holding ADD COLUMN's lock, which blocks reads and writes (even when every row holds NULL), and a constraint written in the column cannot be NOT VALID. Add the column${named.length === 1 ? "" : "s"} alone, then ADD CONSTRAINT \u2026 CHECK (\u2026) NOT VALID, ${LATER}`;
}
var constraintNotValidMissing = (stmt, ctx) => {
  const hits = [];
  const checked = [];
  let checkedTable = "";
  for (const { table, cmd } of alterTableCmds(stmt)) {
    if (cmd.subtype === "AT_AddColumn" && cmd.def && "ColumnDef" in cmd.def && isExisting(ctx, relKey(table))) {
      const col = cmd.def.ColumnDef;
      const constraints = constraintsOf(col);
      const fk = hasDefault(col) ? constraints.find((c2) => c2.contype === "CONSTR_FOREIGN") : void 0;
      const check = constraints.some((c2) => c2.contype === "CONSTR_CHECK");
      if (fk) hits.push(hit("constraint-not-valid-missing", ctx, foreignKeyColumnMessage(col, fk, relLabel(table), check)));
      else if (check) {
        checked.push(col.colname ?? "?");
        checkedTable = relLabel(table);
      }
      continue;
    }
    if (cmd.subtype !== "AT_AddConstraint" || !cmd.def || !("Constraint" in cmd.def)) continue;
    const c = cmd.def.Constraint;
    if (c.contype !== "CONSTR_FOREIGN" && c.contype !== "CONSTR_CHECK" || c.skip_validation) continue;
    if (!isExisting(ctx, relKey(table))) continue;
    const kind = c.contype === "CONSTR_FOREIGN" ? "foreign key" : "CHECK constraint";
    const name = c.conname ? `${quote(c.conname)} ` : "";
    hits.push(
      hit(
        "constraint-not-valid-missing",
        ctx,
        `Adding ${kind} ${name}to ${relLabel(table)} without NOT VALID checks every row while holding a lock that blocks writes. Add it with NOT VALID, then run ALTER TABLE \u2026 VALIDATE CONSTRAINT in a separate transaction (it only takes a light lock).`
      )
    );
  }
  if (checked.length) hits.push(hit("constraint-not-valid-missing", ctx, checkColumnsMessage(checked, checkedTable)));
  return hits;
};

// src/core/sql/checks/volatile-default.ts
var volatileDefault = (stmt, ctx) => {
  const hits = [];
  for (const { table, cmd } of alterTableCmds(stmt)) {
    if (cmd.subtype !== "AT_AddColumn" || !cmd.def || !("ColumnDef" in cmd.def)) continue;
    if (!isExisting(ctx, relKey(table))) continue;
    const col = cmd.def.ColumnDef;
    if (isStoredGenerated(col)) {
      hits.push(hit("volatile-default", ctx, storedGeneratedMessage(col, table)));
      continue;
    }
    const reason = rewriteReason(col);
    if (!reason) continue;
    hits.push(
      hit(
        "volatile-default",
        ctx,
        `Adding column ${quote(col.colname ?? "?")} to ${relLabel(table)} rewrites the whole table under an exclusive lock: ${reason}. Add the column without a default (or with a constant one), set the default afterwards, and backfill existing rows in batches.`
      )
    );
  }
  return hits;
};
function storedGeneratedMessage(col, table) {
  return `Adding stored generated column ${quote(col.colname ?? "?")} to ${relLabel(table)} computes and writes its value for every row: the whole table is rewritten under an ACCESS EXCLUSIVE lock that blocks reads and writes until it is done, and no form of ADD COLUMN \u2026 STORED avoids it. On a large table, add a plain column instead, keep it current with a BEFORE INSERT OR UPDATE trigger that computes the expression, and backfill existing rows in batches; or do not store it: compute the expression when reading (a view, or a VIRTUAL generated column on Postgres 18) and index it with CREATE INDEX CONCURRENTLY on the expression.`;
}

// src/core/sql/checks/add-primary-key.ts
var addPrimaryKey = (stmt, ctx) => {
  const hits = [];
  for (const { table, cmd } of alterTableCmds(stmt)) {
    if (!isExisting(ctx, relKey(table)) || !cmd.def) continue;
    const adds = cmd.subtype === "AT_AddConstraint" && "Constraint" in cmd.def && cmd.def.Constraint.contype === "CONSTR_PRIMARY" && !cmd.def.Constraint.indexname || cmd.subtype === "AT_AddColumn" && "ColumnDef" in cmd.def && constraintsOf(cmd.def.ColumnDef).some((c) => c.contype === "CONSTR_PRIMARY");
    if (!adds) continue;
    const plain = hit(
      "add-primary-key",
      ctx,
      `Adding a primary key to ${relLabel(table)} builds its index and checks NOT NULL while holding an exclusive lock on the table. Build a unique index with CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT \u2026 PRIMARY KEY USING INDEX.`
    );
    const partitioned = table.inh === true ? hit(
      "add-primary-key",
      ctx,
      `Adding a primary key to ${relLabel(table)} (a partitioned table) builds its index on every partition and checks NOT NULL, blocking writes to each until the whole build ends. ${PARTITIONED_CONSTRAINT_RECIPE}`
    ) : void 0;
    hits.push(...partitionAware(ctx, relKey(table), plain, partitioned));
  }
  return hits;
};

// src/core/sql/checks/table-rewrite.ts
var ADVICE4 = "Run it outside migrations in a maintenance window, or use pg_repack, which rebuilds the table online.";
var tableRewrite = (stmt, ctx) => {
  if ("VacuumStmt" in stmt) {
    const s = stmt.VacuumStmt;
    if (!s.is_vacuumcmd || !optionNames(s.options).includes("full")) return [];
    const rels = (s.rels ?? []).flatMap((r) => "VacuumRelation" in r && r.VacuumRelation.relation ? [relLabel(r.VacuumRelation.relation)] : []);
    return [
      hit(
        "table-rewrite",
        ctx,
        `VACUUM FULL ${rels.join(", ") || "(every table)"} rewrites the table under an exclusive lock that blocks reads and writes. ${ADVICE4}`
      )
    ];
  }
  if ("ClusterStmt" in stmt) {
    const s = stmt.ClusterStmt;
    if (s.relation && !isExisting(ctx, relKey(s.relation))) return [];
    return [
      hit(
        "table-rewrite",
        ctx,
        `CLUSTER ${s.relation ? relLabel(s.relation) : "(every clustered table)"} rewrites the table under an exclusive lock that blocks reads and writes. ${ADVICE4}`
      )
    ];
  }
  if ("RefreshMatViewStmt" in stmt) {
    const s = stmt.RefreshMatViewStmt;
    if (s.concurrent || !s.relation || !isExisting(ctx, relKey(s.relation))) return [];
    return [
      hit(
        "table-rewrite",
        ctx,
        `REFRESH MATERIALIZED VIEW ${relLabel(s.relation)} rebuilds it under an exclusive lock that blocks every read of it until the query is done. Use REFRESH MATERIALIZED VIEW CONCURRENTLY (it needs a unique index on the view), or refresh it outside the migration.`
      )
    ];
  }
  if ("AlterTableMoveAllStmt" in stmt) {
    const s = stmt.AlterTableMoveAllStmt;
    return [
      hit(
        "table-rewrite",
        ctx,
        `ALTER \u2026 ALL IN TABLESPACE ${quote(s.orig_tablespacename ?? "?")} SET TABLESPACE ${quote(s.new_tablespacename ?? "?")} copies every table or index there under an exclusive lock that blocks reads and writes. ${ADVICE4}`
      )
    ];
  }
  const rewrites = [];
  for (const { table, cmd } of alterTableCmds(stmt)) {
    if (!isExisting(ctx, relKey(table))) continue;
    if (cmd.subtype === "AT_SetLogged" || cmd.subtype === "AT_SetUnLogged")
      rewrites.push(
        hit(
          "table-rewrite",
          ctx,
          `SET ${cmd.subtype === "AT_SetLogged" ? "LOGGED" : "UNLOGGED"} rewrites ${relLabel(table)} under an exclusive lock that blocks reads and writes. ${ADVICE4}`
        )
      );
    else if (cmd.subtype === "AT_SetTableSpace") rewrites.push(tablespaceHit("table", table, cmd.name, ctx));
  }
  if ("AlterTableStmt" in stmt && stmt.AlterTableStmt.relation) {
    const { objtype, relation, cmds } = stmt.AlterTableStmt;
    const what = objtype === "OBJECT_INDEX" ? "index" : objtype === "OBJECT_MATVIEW" ? "materialized view" : void 0;
    for (const c of cmds ?? [])
      if (what && "AlterTableCmd" in c && c.AlterTableCmd.subtype === "AT_SetTableSpace" && isExisting(ctx, relKey(relation)))
        rewrites.push(tablespaceHit(what, relation, c.AlterTableCmd.name, ctx));
  }
  return rewrites;
};
var tablespaceHit = (what, relation, tablespace, ctx) => hit(
  "table-rewrite",
  ctx,
  `SET TABLESPACE copies ${what} ${relLabel(relation)} to ${quote(tablespace ?? "?")} under an exclusive lock that blocks reads and writes until every page is copied. ${ADVICE4}`
);

// src/core/sql/checks/missing-lock-timeout.ts
function lockedTable(stmt, ctx) {
  const existing = (rv) => rv && isExisting(ctx, relKey(rv)) ? relLabel(rv) : void 0;
  if ("AlterTableStmt" in stmt && stmt.AlterTableStmt.objtype === "OBJECT_TABLE") return existing(stmt.AlterTableStmt.relation);
  if ("IndexStmt" in stmt && !stmt.IndexStmt.concurrent) return existing(stmt.IndexStmt.relation);
  if ("RenameStmt" in stmt && stmt.RenameStmt.relation) return existing(stmt.RenameStmt.relation);
  if ("CreateTrigStmt" in stmt) return existing(stmt.CreateTrigStmt.relation);
  if ("ClusterStmt" in stmt) return existing(stmt.ClusterStmt.relation);
  if ("ReindexStmt" in stmt && !optionNames(stmt.ReindexStmt.params).includes("concurrently")) return existing(stmt.ReindexStmt.relation);
  if ("TruncateStmt" in stmt) {
    for (const r of stmt.TruncateStmt.relations ?? []) if ("RangeVar" in r) return existing(r.RangeVar);
  }
  if ("DropStmt" in stmt && stmt.DropStmt.removeType === "OBJECT_TABLE" && (stmt.DropStmt.objects?.length ?? 0) > 0) {
    return "the dropped table";
  }
  return void 0;
}
var missingLockTimeout = (stmt, ctx) => {
  if (ctx.lockTimeoutSet || ctx.lockTimeoutReported) return [];
  const table = lockedTable(stmt, ctx);
  if (!table) return [];
  ctx.lockTimeoutReported = true;
  return [
    hit(
      "missing-lock-timeout",
      ctx,
      `This statement takes an exclusive lock on ${table} with no lock_timeout set: while it waits behind a long query, every read and write queues behind it. Start the migration with SET lock_timeout = '5s' (and retry on timeout).`
    )
  ];
};

// src/core/sql/checks/uncommitted-transaction.ts
var uncommittedTransaction = () => [];
function finishUncommittedTransaction(ctx) {
  if (ctx.transactional || ctx.openBeginLine === void 0) return [];
  return [
    {
      ...hit(
        "uncommitted-transaction",
        ctx,
        "BEGIN is never followed by COMMIT: the migration leaves its transaction open, holding every lock it took until the connection closes, and its changes may be rolled back. End the transaction with COMMIT in the same file."
      ),
      line: ctx.openBeginLine
    }
  ];
}

// src/core/sql/checks/index.ts
var SQL_CHECKS = [
  { rule: "drop-table", kinds: ["DropStmt"], check: dropTable },
  { rule: "drop-column", kinds: ["AlterTableStmt", "RenameStmt", "DropStmt"], check: dropColumn },
  { rule: "drop-schema", kinds: ["DropStmt", "DropdbStmt"], check: dropSchema },
  { rule: "truncate", kinds: ["TruncateStmt"], check: truncate },
  { rule: "delete-without-where", kinds: ["DeleteStmt", "InsertStmt", "UpdateStmt", "SelectStmt", "MergeStmt"], check: deleteWithoutWhere },
  { rule: "rename-table", kinds: ["RenameStmt", "AlterObjectSchemaStmt"], check: renameTable },
  { rule: "rename-column", kinds: ["RenameStmt"], check: renameColumn },
  { rule: "change-column-type", kinds: ["AlterTableStmt", "AlterEnumStmt", "RenameStmt"], check: changeColumnType },
  { rule: "add-required-column", kinds: ["AlterTableStmt", "InsertStmt"], check: addRequiredColumn },
  { rule: "set-not-null", kinds: ["AlterTableStmt", "RenameStmt"], check: setNotNull },
  { rule: "drop-not-null", kinds: ["AlterTableStmt", "RenameStmt"], check: dropNotNull },
  { rule: "data-backfill", kinds: ["UpdateStmt", "DeleteStmt", "InsertStmt", "MergeStmt", "SelectStmt"], check: dataBackfill },
  { rule: "enum-value-added", kinds: ["AlterEnumStmt"], check: enumValueAdded },
  { rule: "unique-constraint", kinds: ["AlterTableStmt"], check: uniqueConstraint },
  { rule: "non-concurrent-index", kinds: ["IndexStmt"], check: nonConcurrentIndex },
  { rule: "non-concurrent-index-drop", kinds: ["DropStmt"], check: nonConcurrentIndexDrop },
  { rule: "concurrent-index-in-transaction", kinds: ["IndexStmt", "DropStmt", "ReindexStmt"], check: concurrentIndexInTransaction },
  { rule: "non-concurrent-reindex", kinds: ["ReindexStmt"], check: nonConcurrentReindex },
  { rule: "constraint-not-valid-missing", kinds: ["AlterTableStmt"], check: constraintNotValidMissing },
  { rule: "volatile-default", kinds: ["AlterTableStmt"], check: volatileDefault },
  { rule: "add-primary-key", kinds: ["AlterTableStmt"], check: addPrimaryKey },
  { rule: "table-rewrite", kinds: ["VacuumStmt", "ClusterStmt", "AlterTableStmt", "RefreshMatViewStmt", "AlterTableMoveAllStmt"], check: tableRewrite },
  {
    rule: "missing-lock-timeout",
    kinds: ["AlterTableStmt", "IndexStmt", "RenameStmt", "CreateTrigStmt", "ClusterStmt", "ReindexStmt", "TruncateStmt", "DropStmt"],
    check: missingLockTimeout
  },
  { rule: "uncommitted-transaction", kinds: [], check: uncommittedTransaction, finish: finishUncommittedTransaction }
];
var CHECKS_BY_KIND = (() => {
  const map = /* @__PURE__ */ new Map();
  for (const c of SQL_CHECKS) for (const kind of c.kinds) map.set(kind, [...map.get(kind) ?? [], c]);
  return map;
})();

// src/core/sql/swaps.ts
var filled = (table, ctx) => ctx.filledFrom.has(table);
function trackSwaps(stmt, ctx) {
  const restore = (name) => {
    const renamed = ctx.renameHits.get(name);
    if (renamed) ctx.withdrawn.add(renamed);
  };
  if ("ViewStmt" in stmt) {
    const name = relKey(stmt.ViewStmt.view);
    ctx.views.add(name);
    restore(name);
  } else if ("CreateTableAsStmt" in stmt && stmt.CreateTableAsStmt.objtype === "OBJECT_MATVIEW") {
    const name = relKey(stmt.CreateTableAsStmt.into?.rel);
    ctx.views.add(name);
    restore(name);
    const dropped = ctx.dropHits.get(name);
    if (ctx.dialect === "clickhouse" && dropped) ctx.withdrawn.add(dropped);
  } else if ("RenameStmt" in stmt && stmt.RenameStmt.renameType === "OBJECT_TABLE" && stmt.RenameStmt.newname) {
    const from = relKey(stmt.RenameStmt.relation);
    const to = lastPart(stmt.RenameStmt.newname);
    if (ctx.views.has(from) || filled(from, ctx)) restore(to);
    if (ctx.views.has(from)) ctx.views.add(to);
    const source = ctx.filledFrom.get(from);
    if (source !== void 0) ctx.filledFrom.set(to, source);
  } else if ("InsertStmt" in stmt) {
    const target = relKey(stmt.InsertStmt.relation);
    const { source } = insertSelect(stmt.InsertStmt);
    if (!source) return;
    ctx.filledFrom.set(target, relKey(source));
    restore(target);
  }
}

// src/core/sql/track.ts
var ADDITIVE_STATEMENTS = /* @__PURE__ */ new Set([
  "CreateStmt",
  "CreateTableAsStmt",
  "IndexStmt",
  "CreateSeqStmt",
  "ViewStmt",
  "CreateEnumStmt",
  "CompositeTypeStmt",
  "CreateRangeStmt",
  "CreateFunctionStmt",
  "CreateExtensionStmt",
  "CreateSchemaStmt",
  "CreateTrigStmt",
  "CreateDomainStmt",
  "CreatePolicyStmt",
  "DefineStmt",
  "CommentStmt",
  "GrantStmt",
  "VariableSetStmt",
  "TransactionStmt"
]);
var ADDITIVE_ALTER_CMDS = /* @__PURE__ */ new Set(["AT_AddConstraint", "AT_ValidateConstraint", "AT_AddIndex", "AT_ColumnDefault"]);
var NON_ADDITIVE_CATEGORIES = /* @__PURE__ */ new Set(["destructive", "incompatible", "data"]);
function isNoop(stmt) {
  if ("TransactionStmt" in stmt || "VariableSetStmt" in stmt) return true;
  if ("SelectStmt" in stmt) {
    const s = stmt.SelectStmt;
    return !s.fromClause && !s.intoClause && !s.valuesLists && calledFunctions(s).length === 0 && !s.larg;
  }
  return false;
}
function isAdditive(stmt, ctx) {
  const kind = Object.keys(stmt)[0] ?? "";
  if (ADDITIVE_STATEMENTS.has(kind) || isNoop(stmt)) return true;
  if ("InsertStmt" in stmt) return !readsTable(stmt.InsertStmt.selectStmt);
  if ("AlterTableStmt" in stmt) {
    const cmds = alterTableCmds(stmt);
    if (cmds.length === 0) return false;
    return cmds.every(({ table, cmd }) => {
      if (ctx.createdTables.has(relKey(table))) return true;
      if (cmd.subtype === "AT_AddColumn") {
        const col = cmd.def && "ColumnDef" in cmd.def ? cmd.def.ColumnDef : void 0;
        return !!col && (!isNotNull(col) || hasDefault(col));
      }
      return ADDITIVE_ALTER_CMDS.has(cmd.subtype ?? "");
    });
  }
  if ("RenameStmt" in stmt) return !!stmt.RenameStmt.relation && ctx.createdTables.has(relKey(stmt.RenameStmt.relation));
  return false;
}
function changesData(stmt) {
  if (cteQueries(stmt).some(changesData)) return true;
  if ("UpdateStmt" in stmt || "DeleteStmt" in stmt || "TruncateStmt" in stmt || "MergeStmt" in stmt) return true;
  if ("InsertStmt" in stmt) return readsTable(stmt.InsertStmt.selectStmt);
  if ("CopyStmt" in stmt) return stmt.CopyStmt.is_from === true;
  return false;
}
var UTC_ZONES = /* @__PURE__ */ new Set(["utc", "etc/utc", "gmt", "etc/gmt", "z", "zulu", "universal", "etc/universal", "uct", "etc/uct"]);
function setsUtc(stmt) {
  if (!("VariableSetStmt" in stmt)) return void 0;
  const s = stmt.VariableSetStmt;
  if (s.kind === "VAR_RESET_ALL") return false;
  if (s.name?.toLowerCase() !== "timezone") return void 0;
  if (s.kind !== "VAR_SET_VALUE") return false;
  const arg = s.args?.[0];
  const value = arg && "A_Const" in arg ? arg.A_Const.sval?.sval ?? (arg.A_Const.ival ? String(arg.A_Const.ival.ival ?? 0) : "") : "";
  return UTC_ZONES.has(value.toLowerCase()) || value === "0";
}
function setsLockTimeout(stmt) {
  if ("VariableSetStmt" in stmt) {
    const s = stmt.VariableSetStmt;
    if (s.kind === "VAR_RESET_ALL") return false;
    if (s.name !== "lock_timeout") return void 0;
    if (s.kind !== "VAR_SET_VALUE") return false;
    const arg = s.args?.[0];
    const value = arg && "A_Const" in arg ? arg.A_Const.sval?.sval ?? String(arg.A_Const.ival?.ival ?? 0) : "";
    return value !== "0";
  }
  if ("SelectStmt" in stmt) {
    for (const t of stmt.SelectStmt.targetList ?? []) {
      const val = "ResTarget" in t ? t.ResTarget.val : void 0;
      if (!val || !("FuncCall" in val)) continue;
      const fn = (val.FuncCall.funcname ?? []).map(nameOf).join(".");
      const first = val.FuncCall.args?.[0];
      if (lastPart(fn) === "set_config" && first && "A_Const" in first && first.A_Const.sval?.sval === "lock_timeout") return true;
    }
  }
  return void 0;
}
function trackColumns(stmt, ctx) {
  for (const { table, cmd } of alterTableCmds(stmt)) {
    const key = (column) => `${relKey(table)}.${column}`;
    if (cmd.subtype === "AT_AddColumn" && cmd.def && "ColumnDef" in cmd.def && cmd.def.ColumnDef.colname) {
      ctx.columnTypes.set(key(cmd.def.ColumnDef.colname), cmd.def.ColumnDef.typeName);
      ctx.columnNullable.set(key(cmd.def.ColumnDef.colname), !definedNotNull(cmd.def.ColumnDef));
      const added = key(cmd.def.ColumnDef.colname);
      if (!cmd.missing_ok) ctx.addedColumns.add(added);
      else ctx.addedColumns.delete(added);
      const filled2 = !cmd.missing_ok && hasRealDefault(cmd.def.ColumnDef);
      for (const set of [ctx.addedDefaults, ctx.addedFilled]) {
        if (filled2) set.add(added);
        else set.delete(added);
      }
      ctx.addedPartlyFilled.delete(added);
    } else if (cmd.subtype === "AT_ColumnDefault" && cmd.name) {
      if (cmd.def && !isNullConstant(cmd.def) && ctx.addedColumns.has(key(cmd.name))) ctx.addedDefaults.add(key(cmd.name));
      else ctx.addedDefaults.delete(key(cmd.name));
    } else if (cmd.subtype === "AT_DropColumn" && cmd.name) {
      ctx.columnTypes.delete(key(cmd.name));
      ctx.addedColumns.delete(key(cmd.name));
      ctx.addedDefaults.delete(key(cmd.name));
      ctx.addedFilled.delete(key(cmd.name));
      ctx.addedPartlyFilled.delete(key(cmd.name));
      ctx.columnNullable.delete(key(cmd.name));
    } else if (cmd.subtype === "AT_AlterColumnType" && cmd.name) {
      ctx.typedAt.add(`${ctx.line}\0${key(cmd.name)}`);
    } else if (cmd.subtype === "AT_ValidateConstraint" && cmd.name) {
      const names = ctx.validated.get(relKey(table)) ?? [];
      ctx.validated.set(relKey(table), [...names, cmd.name]);
    } else if (cmd.subtype === "AT_DropConstraint" && cmd.name) {
      const names = ctx.droppedConstraints.get(relKey(table)) ?? [];
      ctx.droppedConstraints.set(relKey(table), [...names, cmd.name]);
    } else if ((cmd.subtype === "AT_SetNotNull" || cmd.subtype === "AT_DropNotNull") && cmd.name) {
      ctx.columnNullable.set(key(cmd.name), cmd.subtype === "AT_DropNotNull");
    } else if (cmd.subtype === "AT_AddConstraint" && cmd.def && "Constraint" in cmd.def && cmd.def.Constraint.contype === "CONSTR_PRIMARY") {
      for (const k of cmd.def.Constraint.keys ?? []) if ("String" in k && k.String.sval) ctx.columnNullable.set(key(k.String.sval), false);
    } else if (cmd.subtype === "AT_AddConstraint" && cmd.def && "Constraint" in cmd.def && cmd.def.Constraint.contype === "CONSTR_CHECK") {
      const column = notNullTestColumn(cmd.def.Constraint.raw_expr);
      if (column) ctx.columnNullable.set(key(column), false);
    }
  }
}
function trackFills(stmt, ctx) {
  const table = relKey(stmt.relation);
  const where = stmt.whereClause;
  const nullTested = where && "NullTest" in where && where.NullTest.nulltesttype === "IS_NULL" ? columnOf(where.NullTest.arg) : void 0;
  for (const t of stmt.targetList ?? []) {
    const name = "ResTarget" in t ? t.ResTarget.name : void 0;
    if (!name || !ctx.addedColumns.has(`${table}.${name}`)) continue;
    if (!where || name === nullTested) ctx.addedFilled.add(`${table}.${name}`);
    else ctx.addedPartlyFilled.add(`${table}.${name}`);
  }
}
function columnOf(expr) {
  const fields = expr && "ColumnRef" in expr ? expr.ColumnRef.fields ?? [] : [];
  const last = fields[fields.length - 1];
  return last && "String" in last ? last.String.sval : void 0;
}
function trackTableColumns(stmt, ctx) {
  const cols = ctx.tableColumns;
  if ("CreateStmt" in stmt) {
    const defs = [];
    for (const el of stmt.CreateStmt.tableElts ?? []) if ("ColumnDef" in el && el.ColumnDef.colname) defs.push(el.ColumnDef);
    cols.set(
      relKey(stmt.CreateStmt.relation),
      defs.map((d) => d.colname)
    );
    ctx.tableDefs.set(relKey(stmt.CreateStmt.relation), defs);
  } else if ("RenameStmt" in stmt && stmt.RenameStmt.renameType === "OBJECT_TABLE" && stmt.RenameStmt.newname) {
    const from = relKey(stmt.RenameStmt.relation);
    const names = cols.get(from);
    if (names) cols.set(stmt.RenameStmt.newname, names);
    cols.delete(from);
  } else if ("RenameStmt" in stmt && stmt.RenameStmt.renameType === "OBJECT_COLUMN" && stmt.RenameStmt.newname) {
    const names = cols.get(relKey(stmt.RenameStmt.relation));
    const at = names?.indexOf(stmt.RenameStmt.subname ?? "") ?? -1;
    if (at >= 0) names[at] = stmt.RenameStmt.newname;
  } else if ("AlterTableStmt" in stmt) {
    for (const { table, cmd } of alterTableCmds(stmt)) {
      const names = cols.get(relKey(table));
      if (!names) continue;
      if (cmd.subtype === "AT_AddColumn" && cmd.def && "ColumnDef" in cmd.def && cmd.def.ColumnDef.colname) names.push(cmd.def.ColumnDef.colname);
      else if (cmd.subtype === "AT_DropColumn" && cmd.name && names.includes(cmd.name)) names.splice(names.indexOf(cmd.name), 1);
    }
  }
}
function trackStatement(stmt, ctx, stmtHits) {
  const facts = {
    noop: isNoop(stmt),
    additive: isAdditive(stmt, ctx) && !stmtHits.some((h) => NON_ADDITIVE_CATEGORIES.has(getRule(h.rule)?.category ?? "")),
    changesData: changesData(stmt)
  };
  const lock = setsLockTimeout(stmt);
  if (lock !== void 0) ctx.lockTimeoutSet = lock;
  const utc = setsUtc(stmt);
  if (utc !== void 0) ctx.utcSession = utc;
  const swap = ctx.swaps.read(stmt, ctx.line);
  if ("AlterTableStmt" in stmt) trackColumns(stmt, ctx);
  trackTableColumns(stmt, ctx);
  if ("InsertStmt" in stmt) recordCopy(stmt.InsertStmt, ctx);
  if ("UpdateStmt" in stmt) trackFills(stmt.UpdateStmt, ctx);
  if ("DropStmt" in stmt && stmt.DropStmt.removeType === "OBJECT_TABLE")
    for (const obj of stmt.DropStmt.objects ?? []) ctx.drops.set(lastPart(nameOf(obj)), ctx.line);
  trackSwaps(stmt, ctx);
  if ("CreateStmt" in stmt) {
    ctx.createdTables.add(relKey(stmt.CreateStmt.relation));
    if (stmt.CreateStmt.partspec) ctx.partitionedTables.add(relKey(stmt.CreateStmt.relation));
    ctx.copies.delete(relKey(stmt.CreateStmt.relation));
  } else if ("CreateTableAsStmt" in stmt) ctx.createdTables.add(relKey(stmt.CreateTableAsStmt.into?.rel));
  else if ("IndexStmt" in stmt) {
    if (stmt.IndexStmt.idxname) ctx.createdIndexes.add(stmt.IndexStmt.idxname);
    if (stmt.IndexStmt.concurrent) ctx.concurrentIndexes.push(stmt.IndexStmt);
  } else if ("CreateEnumStmt" in stmt)
    ctx.createdTypes.set(lastPart((stmt.CreateEnumStmt.typeName ?? []).map(nameOf).join(".")), (stmt.CreateEnumStmt.vals ?? []).map(nameOf));
  else if ("RenameStmt" in stmt && stmt.RenameStmt.renameType === "OBJECT_COLUMN" && stmt.RenameStmt.subname && stmt.RenameStmt.newname) {
    const table = relKey(stmt.RenameStmt.relation);
    const from = stmt.RenameStmt.subname;
    const to = `${table}.${stmt.RenameStmt.newname}`;
    const dropped = swap ? ctx.columnDrops.get(to) : void 0;
    if (dropped) {
      ctx.origins.set(to, dropped.origin);
      ctx.addedColumns.delete(`${table}.${from}`);
      ctx.addedColumns.delete(to);
      ctx.columnTypes.set(to, ctx.columnTypes.get(`${table}.${from}`));
      ctx.columnTypes.delete(`${table}.${from}`);
      const nullable = ctx.columnNullable.get(`${table}.${from}`);
      if (nullable !== void 0) ctx.columnNullable.set(to, nullable);
      ctx.columnNullable.delete(`${table}.${from}`);
      ctx.columnDrops.delete(to);
    } else {
      ctx.origins.set(to, ctx.origins.get(`${table}.${from}`) ?? from);
      for (const set of [ctx.addedColumns, ctx.addedDefaults, ctx.addedFilled, ctx.addedPartlyFilled]) {
        if (set.delete(`${table}.${from}`)) set.add(to);
        else set.delete(to);
      }
    }
  } else if ("RenameStmt" in stmt && stmt.RenameStmt.renameType === "OBJECT_TABLE") {
    const from = relKey(stmt.RenameStmt.relation);
    const to = stmt.RenameStmt.newname ?? "";
    ctx.origins.set(to, ctx.origins.get(from) ?? from);
    ctx.drops.delete(to);
    if (ctx.createdTables.has(from)) {
      if (ctx.copies.get(from)?.from === to && (!ctx.createdTables.has(to) || ctx.holdsRows.has(to))) ctx.holdsRows.add(to);
      ctx.createdTables.add(to);
      const dropped = ctx.dropHits.get(to);
      if (dropped) ctx.withdrawn.add(dropped);
    }
  } else if ("TransactionStmt" in stmt) {
    const kind = stmt.TransactionStmt.kind;
    if (kind === "TRANS_STMT_BEGIN" || kind === "TRANS_STMT_START") {
      ctx.inTransaction = true;
      ctx.openBeginLine ??= ctx.line;
    } else if (kind === "TRANS_STMT_COMMIT" || kind === "TRANS_STMT_ROLLBACK" || kind === "TRANS_STMT_PREPARE") {
      ctx.inTransaction = ctx.singleQuery;
      ctx.openBeginLine = void 0;
    }
  }
  return facts;
}
function recordCopy(insert2, ctx) {
  const target = relKey(insert2.relation);
  const { select, source } = insertSelect(insert2);
  if (select?.fromClause?.length) ctx.copies.delete(target);
  if (!ctx.createdTables.has(target) || !source || !insert2.cols?.length) return;
  const sources = (select.targetList ?? []).map((t) => columnOf("ResTarget" in t ? t.ResTarget.val : void 0));
  const targets = insert2.cols.map((c) => "ResTarget" in c ? c.ResTarget.name : void 0);
  if (sources.length !== targets.length) return;
  const columns = [];
  targets.forEach((to, i) => {
    if (to && sources[i]) columns.push([to, sources[i]]);
  });
  const filtered = Boolean(select.whereClause || select.limitCount || select.distinctClause || select.groupClause || select.havingClause);
  ctx.copies.set(target, { from: relKey(source), columns, ...filtered ? { filtered } : {} });
}
function newUnit(ctx) {
  for (const [table, defs] of ctx.tableDefs) {
    const names = ctx.tableColumns.get(table);
    for (const def of defs) {
      if (!def.colname || names && !names.includes(def.colname)) continue;
      const key = `${table}.${def.colname}`;
      if (!ctx.columnTypes.has(key)) ctx.columnTypes.set(key, def.typeName);
      if (!ctx.columnNullable.has(key)) ctx.columnNullable.set(key, !definedNotNull(def));
    }
  }
  for (const facts of [
    ctx.createdTables,
    ctx.createdIndexes,
    ctx.views,
    ctx.holdsRows,
    ctx.addedColumns,
    ctx.addedDefaults,
    ctx.addedFilled,
    ctx.addedPartlyFilled
  ])
    facts.clear();
  for (const facts of [ctx.createdTypes, ctx.tableColumns, ctx.tableDefs, ctx.copies, ctx.filledFrom, ctx.requiredWithDefault]) facts.clear();
}

// src/core/sql/fallback-tokens.ts
var OPEN_PAREN = 40;
var CLOSE_PAREN = 41;
var COMMA = 44;
var word = (t) => t && (t.keywordKind > 0 || t.tokenName === "IDENT") ? t.text.toUpperCase() : "";
var QUOTES = /["`[\]]/g;
function nameText(tokens, lines) {
  const first = tokens[0];
  const last = tokens[tokens.length - 1];
  if (!first || !last) return "?";
  const text = lines.slice(first.start, last.end);
  if (text.includes('"')) return text.replaceAll('"', "");
  if (/[`[]/.test(text)) return text.replace(QUOTES, "").toLowerCase();
  const plain = tokens.every((t) => t.tokenName === "IDENT" || t.keywordKind > 0 || t.text === "." || t.text === "`" || t.text === "[" || t.text === "]");
  return plain ? text.toLowerCase() : text;
}
function nameAt(tokens, i, lines) {
  const part = (j) => {
    const t = tokens[j];
    if (!t) return void 0;
    const close = t.text === "`" ? "`" : t.text === "[" ? "]" : void 0;
    if (!close) return word(t) || t.tokenName === "IDENT" ? j + 1 : void 0;
    const end = tokens.findIndex((x, k) => k > j && x.text === close);
    return end < 0 ? void 0 : end + 1;
  };
  let next = part(i);
  if (next === void 0) return void 0;
  while (tokens[next]?.text === "." && part(next + 1) !== void 0) next = part(next + 1);
  return { name: nameText(tokens.slice(i, next), lines), next };
}
function clauses(tokens, from) {
  const out = [];
  let current = [];
  let depth = 0;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.tokenType === OPEN_PAREN) depth++;
    else if (t.tokenType === CLOSE_PAREN) depth = Math.max(0, depth - 1);
    if (t.tokenType === COMMA && depth === 0) {
      out.push(current);
      current = [];
    } else current.push(t);
  }
  if (current.length) out.push(current);
  return out;
}
function plainNames(tokens, lines) {
  const names = [];
  for (const element of clauses(tokens, 0)) {
    const named = nameAt(element, 0, lines);
    if (!named || named.next !== element.length || named.name.includes(".")) return void 0;
    names.push(named.name);
  }
  return names.length ? names : void 0;
}
function columnCopy(tokens, paren, lines) {
  const close = tokens.findIndex((t, i) => i > paren && t.tokenType === CLOSE_PAREN);
  const select = close < 0 ? -1 : close + 1;
  const from = tokens.findIndex((t, i) => i > select && word(t) === "FROM");
  if (word(tokens[select]) !== "SELECT" || from < 0) return void 0;
  const cols = plainNames(tokens.slice(paren + 1, close), lines);
  const values = plainNames(tokens.slice(select + 1, from), lines);
  const source = nameAt(tokens, from + 1, lines);
  if (!cols || !values || !source || source.next < tokens.length && !["WHERE", "ORDER", "LIMIT"].includes(word(tokens[source.next]))) return void 0;
  return {
    cols: cols.map((name) => ({ ResTarget: { name } })),
    select: {
      targetList: values.map((sval) => ({ ResTarget: { val: { ColumnRef: { fields: [{ String: { sval } }] } } } })),
      fromClause: [{ RangeVar: rangeVar(source.name) }]
    }
  };
}
var ELEMENT_NOT_COLUMN = /* @__PURE__ */ new Set([
  "CONSTRAINT",
  "PRIMARY",
  "UNIQUE",
  "FOREIGN",
  "CHECK",
  "KEY",
  "INDEX",
  "FULLTEXT",
  "SPATIAL",
  "EXCLUDE",
  "LIKE",
  "PERIOD",
  "PROJECTION"
]);
function columnConstraints(tokens) {
  const out = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.tokenType === OPEN_PAREN) depth++;
    else if (t.tokenType === CLOSE_PAREN) depth--;
    if (depth !== 0) continue;
    const w = word(t);
    const next = word(tokens[i + 1]);
    if (w === "NOT" && next === "NULL") out.push({ Constraint: { contype: "CONSTR_NOTNULL" } });
    else if (w === "PRIMARY" && next === "KEY") out.push({ Constraint: { contype: "CONSTR_PRIMARY" } });
    else if (w === "DEFAULT") out.push({ Constraint: { contype: "CONSTR_DEFAULT" } });
    else if (w === "GENERATED" || w === "AS" || w === "AUTOINCREMENT" || w === "AUTO_INCREMENT" || w === "IDENTITY")
      out.push({ Constraint: { contype: "CONSTR_GENERATED" } });
  }
  return out;
}
function createdColumns(tokens, from, lines, types) {
  const open = tokens.findIndex((t, i) => i >= from && (t.tokenType === OPEN_PAREN || word(t) === "AS"));
  if (open < 0 || tokens[open].tokenType !== OPEN_PAREN) return [];
  const columns = [];
  let depth = 0;
  let start = open + 1;
  for (let i = open + 1; i < tokens.length && depth >= 0; i++) {
    const t = tokens[i];
    if (t.tokenType === OPEN_PAREN) depth++;
    else if (t.tokenType === CLOSE_PAREN) depth--;
    if (t.tokenType === COMMA && depth === 0 || depth < 0) {
      const element = tokens.slice(start, i);
      const named = ELEMENT_NOT_COLUMN.has(word(element[0])) ? void 0 : nameAt(element, 0, lines);
      if (named) {
        const rest = element.slice(named.next);
        const typeName = types?.(rest);
        columns.push({ ColumnDef: { colname: named.name, constraints: columnConstraints(rest), ...typeName ? { typeName } : {} } });
      }
      start = i + 1;
    }
  }
  return columns;
}
function rangeVar(name) {
  const dot = name.lastIndexOf(".");
  return dot < 0 ? { relname: name } : { schemaname: name.slice(0, dot), relname: name.slice(dot + 1) };
}

// src/core/sql/fallback-columns.ts
var AFTER_TYPE = /* @__PURE__ */ new Set([
  "NOT",
  "NULL",
  "DEFAULT",
  "AUTO_INCREMENT",
  "AUTOINCREMENT",
  "IDENTITY",
  "COMMENT",
  "COLLATE",
  "CHARSET",
  "PRIMARY",
  "UNIQUE",
  "KEY",
  "REFERENCES",
  "CHECK",
  "CONSTRAINT",
  "GENERATED",
  "AS",
  "ON",
  "VISIBLE",
  "INVISIBLE",
  "FIRST",
  "AFTER",
  "STORED",
  "VIRTUAL",
  "SRID",
  "COLUMN_FORMAT",
  "STORAGE",
  "ENGINE_ATTRIBUTE",
  "SECONDARY_ENGINE_ATTRIBUTE",
  // ClickHouse's column attributes
  "CODEC",
  "TTL",
  "MATERIALIZED",
  "ALIAS",
  "EPHEMERAL",
  "REMOVE"
]);
var MODIFY_NOT_COLUMN = /* @__PURE__ */ new Set(["TTL", "SETTING", "ORDER", "QUERY", "COMMENT", "SAMPLE", "STATISTICS", "PRIMARY", "REFRESH", "SQL"]);
var INTEGERS = /* @__PURE__ */ new Set(["TINYINT", "SMALLINT", "MEDIUMINT", "INT", "INTEGER", "BIGINT"]);
var SIGN = /* @__PURE__ */ new Set(["UNSIGNED", "SIGNED", "ZEROFILL"]);
function spelling(tokens, lines) {
  const parts = [];
  let unsigned = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const w = word(t);
    if (t.tokenType === OPEN_PAREN) {
      const last = parts[parts.length - 1];
      let depth = 0;
      let end = i;
      for (; end < tokens.length; end++) {
        if (tokens[end].tokenType === OPEN_PAREN) depth++;
        else if (tokens[end].tokenType === CLOSE_PAREN && --depth === 0) break;
      }
      if (!last || last.group !== void 0 || end >= tokens.length) return void 0;
      last.group = lines.slice(t.start, tokens[end].end);
      i = end;
    } else if (t.text === "[" && tokens[i + 1]?.text === "]") {
      const last = parts[parts.length - 1];
      if (!last) return void 0;
      last.word += "[]";
      i++;
    } else if (SIGN.has(w)) unsigned ||= w === "UNSIGNED";
    else if (!w || AFTER_TYPE.has(w) || w === "CHARACTER" && word(tokens[i + 1]) === "SET") break;
    else if (parts.length && (w === "BINARY" || w === "ASCII" || w === "UNICODE")) break;
    else parts.push({ word: w });
  }
  return parts.length ? { parts, unsigned } : void 0;
}
function typeText(parts) {
  const [first] = parts;
  if (parts.length === 1 && first.word === "TINYINT" && first.group?.replace(/\s/g, "") === "(1)") return "boolean";
  return parts.map((p) => {
    const name = p.word.toLowerCase();
    if (p.group === void 0 || INTEGERS.has(p.word)) return name;
    return name + p.group.replace(/'(?:[^']|'')*'|[^']+/g, (s) => s.startsWith("'") ? s : s.toLowerCase().replace(/\s+/g, ""));
  }).join(" ");
}
var seen = /* @__PURE__ */ new Map();
var SEEN_LIMIT = 1e4;
function typeReader(pg, lines) {
  return (tokens) => {
    const spelled = spelling(tokens, lines);
    if (!spelled) return void 0;
    const text = typeText(spelled.parts);
    const key = spelled.unsigned ? `${text} unsigned` : text;
    let type = seen.get(key);
    if (!type) {
      type = { names: [{ String: { sval: text } }], typemod: -1 };
      try {
        const [raw] = pg.parse(`CREATE TABLE t (c ${text})`).stmts ?? [];
        const el = raw?.stmt && "CreateStmt" in raw.stmt ? raw.stmt.CreateStmt.tableElts : void 0;
        const def = el?.length === 1 && "ColumnDef" in el[0] ? el[0].ColumnDef : void 0;
        const integral = (def?.typeName?.typmods ?? []).every((m) => "A_Const" in m && m.A_Const.ival !== void 0);
        if (def?.typeName && !def.constraints?.length && integral) type = def.typeName;
      } catch {
      }
      if (spelled.unsigned) type = { names: [{ String: { sval: `${typeLabel(type)} unsigned` } }], typemod: -1 };
      if (seen.size >= SEEN_LIMIT) seen.clear();
      seen.set(key, type);
    }
    return type;
  };
}
function restatedColumn(clause, lines, table, out, types, dialect) {
  const change = word(clause[0]) === "CHANGE";
  if (!change && MODIFY_NOT_COLUMN.has(word(clause[1]))) return false;
  const old = nameAt(clause, word(clause[1]) === "COLUMN" ? 2 : 1, lines);
  if (!old) return false;
  const now = change ? nameAt(clause, old.next, lines) : old;
  if (!now) return false;
  if (old.name !== now.name)
    out.push({ RenameStmt: { renameType: "OBJECT_COLUMN", relationType: "OBJECT_TABLE", relation: rangeVar(table), subname: old.name, newname: now.name } });
  const rest = clause.slice(now.next);
  const typeName = types(rest);
  const said = statedNull(rest);
  if (typeName) out.push({ AlterTableCmd: { subtype: "AT_AlterColumnType", name: old.name, def: { ColumnDef: { typeName } } } });
  else if (said === void 0 || change) return false;
  const nullable = said ?? (dialect && MODIFY_KEEPS_NULL.has(dialect) ? void 0 : true);
  if (nullable !== void 0) out.push({ AlterTableCmd: { subtype: nullable ? "AT_DropNotNull" : "AT_SetNotNull", name: old.name } });
  return true;
}
var MODIFY_KEEPS_NULL = /* @__PURE__ */ new Set(["oracle"]);
function addedColumn(clause, lines, types) {
  let at = word(clause[1]) === "COLUMN" ? 2 : 1;
  while (["IF", "NOT", "EXISTS"].includes(word(clause[at]))) at++;
  const named = nameAt(clause, at, lines);
  if (!named) return void 0;
  const rest = clause.slice(named.next);
  const typeName = types(rest);
  const def = { colname: named.name, constraints: columnConstraints(rest), ...typeName ? { typeName } : {} };
  return { AlterTableCmd: { subtype: "AT_AddColumn", def: { ColumnDef: def } } };
}
var ALTER_COLUMN_NOTHING = /* @__PURE__ */ new Set([
  "SELECTIVITY",
  "RESTART",
  "RESET",
  "OPTIONS",
  "DEFAULT",
  "ROWGUIDCOL",
  "PERSISTED",
  "SPARSE",
  "MASKED",
  "HIDDEN",
  "COMMENT"
]);
var RESTATED_NULLABLE = /* @__PURE__ */ new Set(["sqlserver", "mysql"]);
function alteredColumn(clause, lines, table, out, types, dialect) {
  let at = word(clause[1]) === "COLUMN" ? 2 : 1;
  if (word(clause[at]) === "IF" && word(clause[at + 1]) === "EXISTS") at += 2;
  const col = nameAt(clause, at, lines);
  if (!col) return false;
  const rest = clause.slice(col.next);
  const w = rest.map(word);
  const name = col.name;
  if (w[0] === "RENAME" && w[1] === "TO") {
    const to = nameAt(rest, 2, lines);
    if (!to) return false;
    out.push({ RenameStmt: { renameType: "OBJECT_COLUMN", relationType: "OBJECT_TABLE", relation: rangeVar(table), subname: name, newname: to.name } });
    return true;
  }
  if ((w[0] === "SET" || w[0] === "DROP") && w[1] === "NOT" && w[2] === "NULL") {
    out.push({ AlterTableCmd: { subtype: w[0] === "SET" ? "AT_SetNotNull" : "AT_DropNotNull", name } });
    return true;
  }
  if (w[0] === "SET" && w[1] === "NULL") {
    out.push({ AlterTableCmd: { subtype: "AT_DropNotNull", name } });
    return true;
  }
  const typeAt = w[0] === "TYPE" ? 1 : w[0] === "SET" && w[1] === "DATA" && w[2] === "TYPE" ? 3 : -1;
  if (typeAt > 0) {
    const using = w.indexOf("USING");
    const typeName2 = types(rest.slice(typeAt, using < 0 ? void 0 : using));
    if (!typeName2) return false;
    out.push({ AlterTableCmd: { subtype: "AT_AlterColumnType", name, def: { ColumnDef: { typeName: typeName2 } } } });
    return true;
  }
  if (["SET", "DROP", "ADD"].includes(w[0] ?? "") || ALTER_COLUMN_NOTHING.has(w[0] ?? "")) return true;
  const typeName = types(rest);
  const said = statedNull(rest);
  if (!typeName && said !== void 0 && rest.every((t) => word(t) === "NOT" || word(t) === "NULL")) {
    out.push({ AlterTableCmd: { subtype: said ? "AT_DropNotNull" : "AT_SetNotNull", name } });
    return true;
  }
  if (!typeName) return false;
  out.push({ AlterTableCmd: { subtype: "AT_AlterColumnType", name, def: { ColumnDef: { typeName } } } });
  const nullable = said ?? (dialect && RESTATED_NULLABLE.has(dialect) ? true : void 0);
  if (nullable !== void 0) out.push({ AlterTableCmd: { subtype: nullable ? "AT_DropNotNull" : "AT_SetNotNull", name } });
  return true;
}
function statedNull(tokens) {
  if (columnConstraints(tokens).some((c) => "Constraint" in c && (c.Constraint.contype === "CONSTR_NOTNULL" || c.Constraint.contype === "CONSTR_PRIMARY")))
    return false;
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (t.tokenType === OPEN_PAREN) depth++;
    else if (t.tokenType === CLOSE_PAREN) depth--;
    if (depth === 0 && word(t) === "NULL" && !["NOT", "DEFAULT"].includes(word(tokens[i - 1]))) return true;
  }
  return void 0;
}

// src/core/sql/fallback.ts
var SQL_COMMENT = "SQL_COMMENT";
var C_COMMENT = "C_COMMENT";
var SEMICOLON = 59;
var isComment = (t) => t.tokenName === SQL_COMMENT || t.tokenName === C_COMMENT;
function errorMessage(error) {
  return error instanceof Error ? error.message : String(error);
}
function unitIndex(text, n) {
  let i = 0;
  for (let seen2 = 0; seen2 < n && i < text.length; seen2++) i += (text.codePointAt(i) ?? 0) > 65535 ? 2 : 1;
  return i;
}
function scanTokens(sql, lines, pg, wholeError) {
  let scanError;
  try {
    return { tokens: pg.scan(sql).tokens };
  } catch (error) {
    scanError = error;
  }
  const near = NEAR.exec(errorMessage(scanError))?.[1];
  const cuts = [];
  if (near && sql.endsWith(near) && near.length < sql.length) cuts.push([sql.length - near.length, errorMessage(scanError)]);
  const cursor = wholeError instanceof PgSyntaxError ? wholeError.cursor : void 0;
  if (cursor !== void 0 && cursor > 0) cuts.push([unitIndex(sql, cursor), errorMessage(wholeError)]);
  for (const [at, message] of cuts) {
    const prefix = sql.slice(0, at);
    try {
      const tokens = pg.scan(prefix).tokens;
      const offset = lines.ascii ? prefix.length : new TextEncoder().encode(prefix).length;
      return { tokens, rest: { offset, message, recognised: [], understood: false } };
    } catch {
    }
  }
  return void 0;
}
function readUnparsable(sql, lines, pg, wholeError, dialect) {
  const copies = copyDataBlocks(pg, sql);
  return copies.length ? readAroundCopyData(sql, lines, pg, copies, dialect) : readStatements(sql, lines, pg, wholeError, dialect);
}
function readAroundCopyData(sql, lines, pg, copies, dialect) {
  const text = withoutCopyData(sql, copies, true);
  const map = new LineMap(text);
  let reading;
  try {
    const stmts = pg.parse(text).stmts ?? [];
    reading = { parsed: stmts.flatMap((raw) => raw.stmt ? [{ stmt: raw.stmt, offset: raw.stmt_location ?? 0, base: 0 }] : []), failed: [] };
  } catch (error) {
    reading = readStatements(text, map, pg, error, dialect);
  }
  const byte = (char) => lines.ascii ? char : new TextEncoder().encode(sql.slice(0, char)).length;
  for (const copy of copies) {
    reading.failed.push({
      offset: byte(copy.statement),
      message: "the lines after this COPY \u2026 FROM stdin (to its \\. line) are its rows, which only psql sends as data (`psql -f`, Sqitch): a tool that sends the file through a database driver (golang-migrate, goose, dbmate, sql-migrate, Diesel) sends them as SQL, and the migration fails there. Run the file with psql, or write the rows as INSERT \u2026 VALUES. The rows were skipped and the statements after them read",
      recognised: [],
      understood: false
    });
  }
  reading.failed.sort((a, b) => a.offset - b.offset);
  return reading;
}
function readStatements(sql, lines, pg, wholeError, dialect) {
  const scanned = scanTokens(sql, lines, pg, wholeError);
  if (!scanned) return { parsed: [], failed: [{ offset: 0, message: errorMessage(wholeError), recognised: [], understood: false }] };
  const tokens = scanned.tokens.filter((t) => !isComment(t));
  const reading = { parsed: [], failed: [] };
  const types = typeReader(pg, lines);
  const shown = dialectOfTokens(tokens);
  if (shown) reading.dialect = shown;
  const known = dialect ?? shown?.dialect;
  let depth = 0;
  let chunk = [];
  const flush = (end) => {
    const first = chunk[0];
    if (first) readStatement(chunk, first.start, end, lines, pg, reading, types, known);
    chunk = [];
  };
  for (const t of tokens) {
    if (t.tokenType === OPEN_PAREN) depth++;
    else if (t.tokenType === CLOSE_PAREN) depth = Math.max(0, depth - 1);
    if (t.tokenType === SEMICOLON && depth === 0) {
      flush(t.end);
      continue;
    }
    if (depth === 0 && word(t) === "GO" && t.tokenName === "IDENT" && chunk.length) {
      flush(chunk[chunk.length - 1].end);
      continue;
    }
    chunk.push(t);
  }
  const last = chunk[chunk.length - 1];
  const failedBefore = reading.failed.length;
  if (last) flush(last.end);
  if (scanned.rest) {
    const cut = reading.failed.length > failedBefore ? reading.failed[reading.failed.length - 1] : void 0;
    if (cut) {
      cut.message = scanned.rest.message;
      cut.understood = false;
    } else reading.failed.push(scanned.rest);
  }
  return reading;
}
function readStatement(tokens, start, end, lines, pg, reading, types, dialect) {
  try {
    for (const raw of pg.parse(lines.slice(start, end)).stmts ?? []) {
      if (raw.stmt) reading.parsed.push({ stmt: raw.stmt, offset: start + (raw.stmt_location ?? 0), base: start });
    }
  } catch (error) {
    const { nodes, understood } = recognise(tokens, lines, types, dialect);
    reading.failed.push({ offset: start, message: errorMessage(error), recognised: nodes, understood });
  }
}
function namesFrom(tokens, i, lines, stop) {
  const names = [];
  let current = [];
  for (let j = i; j < tokens.length; j++) {
    const t = tokens[j];
    if (stop.has(word(t))) break;
    if (t.tokenType === COMMA) {
      if (current.length) names.push(nameText(current, lines));
      current = [];
    } else current.push(t);
  }
  if (current.length) names.push(nameText(current, lines));
  return names;
}
function skipWords(tokens, i, words) {
  let j = i;
  while (words.includes(word(tokens[j]))) j++;
  return j;
}
var DROP_STOP = /* @__PURE__ */ new Set(["CASCADE", "RESTRICT"]);
var NAME_STOP = /* @__PURE__ */ new Set(["WHERE", "USING", "RETURNING", "CASCADE", "RESTRICT", "RESTART", "CONTINUE", "ADD", "DROP", "ALTER", "RENAME", "SET"]);
var list = (name) => ({ List: { items: name.split(".").map((sval) => ({ String: { sval } })) } });
var read = (nodes, understood = true) => ({ nodes, understood });
var DROP_NOT_COLUMN = /* @__PURE__ */ new Set([
  "INDEX",
  "KEY",
  "FOREIGN",
  "PRIMARY",
  "CONSTRAINT",
  "CHECK",
  "UNIQUE",
  "PARTITION",
  "DEFAULT",
  "TRIGGER",
  "PROJECTION",
  "STATISTICS",
  "TTL"
]);
var TABLE_OPTIONS = /* @__PURE__ */ new Set([
  "ENGINE",
  "AUTO_INCREMENT",
  "ALGORITHM",
  "LOCK",
  "COMMENT",
  "ROW_FORMAT",
  "KEY_BLOCK_SIZE",
  "STATS_PERSISTENT",
  "STATS_AUTO_RECALC",
  "AVG_ROW_LENGTH",
  "CHECKSUM",
  "PACK_KEYS",
  "CHARSET",
  "COLLATE",
  "FORCE"
]);
var ADD_NOT_COLUMN = /* @__PURE__ */ new Set(["INDEX", "KEY", "FOREIGN", "PRIMARY", "CONSTRAINT", "CHECK", "UNIQUE", "FULLTEXT", "SPATIAL", "PARTITION"]);
var CLAUSE_VERBS = /* @__PURE__ */ new Set(["ADD", "DROP", "ALTER", "RENAME", "CHANGE", "MODIFY", "MATERIALIZE", "CONVERT", "PARTITION", "DEFAULT"]);
function parenthesised(tokens, open) {
  let depth = 0;
  for (let i = open; i < tokens.length; i++) {
    if (tokens[i].tokenType === OPEN_PAREN) depth++;
    else if (tokens[i].tokenType === CLOSE_PAREN && --depth === 0) return i === tokens.length - 1 ? tokens.slice(open + 1, i) : void 0;
  }
  return void 0;
}
function parenthesisedNames(tokens, open, lines) {
  const close = tokens.findIndex((t, i) => i > open && t.tokenType === CLOSE_PAREN);
  if (close < 0) return void 0;
  const names = [];
  for (const element of clauses(tokens.slice(open + 1, close), 0)) {
    const named = nameAt(element, 0, lines);
    if (!named || named.next !== element.length) return void 0;
    names.push(named.name);
  }
  return names.length ? names : void 0;
}
function alterClause(clause, lines, table, out, types, dialect) {
  const w = clause.map(word);
  const at = (i) => w[i] ?? "";
  if (at(0) === "DROP") {
    if (DROP_NOT_COLUMN.has(at(1))) return true;
    const col = skipWords(clause, at(1) === "COLUMN" ? 2 : 1, ["IF", "EXISTS"]);
    if (clause[col]?.tokenType === OPEN_PAREN) {
      const names = parenthesisedNames(clause, col, lines);
      for (const name2 of names ?? []) out.push({ AlterTableCmd: { subtype: "AT_DropColumn", name: name2 } });
      return names !== void 0;
    }
    const [name] = namesFrom(clause, col, lines, /* @__PURE__ */ new Set([...DROP_STOP, ...NAME_STOP]));
    out.push({ AlterTableCmd: { subtype: "AT_DropColumn", name: name ?? "?" } });
    return true;
  }
  if (at(0) === "RENAME") {
    if (at(1) === "COLUMN" || at(2) === "TO" && !["TO", "AS"].includes(at(1))) {
      const from = at(1) === "COLUMN" ? 2 : 1;
      const toAt = w.indexOf("TO", from);
      if (toAt < 0) return false;
      const [a] = namesFrom(clause.slice(from, toAt), 0, lines, NAME_STOP);
      const [b] = namesFrom(clause, toAt + 1, lines, NAME_STOP);
      out.push({ RenameStmt: { renameType: "OBJECT_COLUMN", relationType: "OBJECT_TABLE", relation: rangeVar(table), subname: a ?? "?", newname: b ?? "?" } });
      return true;
    }
    if (at(1) === "INDEX" || at(1) === "KEY" || at(1) === "CONSTRAINT") return true;
    const [to] = namesFrom(clause, skipWords(clause, 1, ["TO", "AS"]), lines, NAME_STOP);
    out.push({ RenameStmt: { renameType: "OBJECT_TABLE", relationType: "OBJECT_TABLE", relation: rangeVar(table), newname: to ?? "?" } });
    return true;
  }
  if (at(0) === "MODIFY" && clause[1]?.tokenType === OPEN_PAREN) {
    const inner = parenthesised(clause, 1);
    return inner !== void 0 && clauses(inner, 0).every((element) => restatedColumn([clause[0], ...element], lines, table, out, types, dialect));
  }
  if (at(0) === "CHANGE" || at(0) === "MODIFY") return restatedColumn(clause, lines, table, out, types, dialect);
  if (TABLE_OPTIONS.has(at(0)) || at(0) === "DEFAULT" && ["CHARSET", "CHARACTER", "COLLATE"].includes(at(1))) return true;
  if (at(0) === "MATERIALIZE" && ["PROJECTION", "INDEX", "STATISTICS"].includes(at(1))) return true;
  if (at(0) === "ALTER") {
    if (["INDEX", "CONSTRAINT", "CHECK"].includes(at(1))) return true;
    return alteredColumn(clause, lines, table, out, types, dialect);
  }
  if (at(0) === "ADD") {
    if (ADD_NOT_COLUMN.has(at(1))) return true;
    if (clause[1]?.tokenType === OPEN_PAREN) {
      for (const def of createdColumns(clause, 1, lines, types)) out.push({ AlterTableCmd: { subtype: "AT_AddColumn", def } });
      return true;
    }
    const added = addedColumn(clause, lines, types);
    if (added) out.push(added);
    return true;
  }
  return false;
}
function continued(head, clause, lines) {
  const first = word(clause[0]);
  if (!head || CLAUSE_VERBS.has(first) || TABLE_OPTIONS.has(first)) return clause;
  const own = first === "COLUMN" || first === "CONSTRAINT";
  const item = own ? clause.slice(1) : clause;
  const named = nameAt(item, skipWords(item, 0, ["IF", "EXISTS"]), lines);
  if (!named) return clause;
  const rest = item.slice(named.next).map(word);
  const fits = word(head[0]) === "DROP" ? rest.every((w) => DROP_STOP.has(w)) : own || rest.length > 0 && !NOT_DEFINITION.has(rest[0]);
  if (!fits) return clause;
  return own ? [head[0], ...clause] : [...head, ...clause];
}
var NOT_DEFINITION = /* @__PURE__ */ new Set(["COLUMN", "INDEX", "KEY", "CONSTRAINT", "PARTITION", "PROJECTION", "TO", "TRIGGER", "STATISTICS"]);
function headOf(clause) {
  const verb = word(clause[0]);
  if (verb !== "DROP" && verb !== "ADD") return void 0;
  return ["COLUMN", "CONSTRAINT"].includes(word(clause[1])) ? clause.slice(0, 2) : clause.slice(0, 1);
}
function insert(tokens, lines) {
  const into = tokens.findIndex((t) => word(t) === "INTO");
  const paren = tokens.findIndex((t, i) => i > into && t.text === "(");
  const [name] = into < 0 ? [] : namesFrom(paren < 0 ? tokens : tokens.slice(0, paren), into + 1, lines, /* @__PURE__ */ new Set([...NAME_STOP, "VALUES", "VALUE", "SELECT"]));
  const table = (name ?? "?").trim();
  const copies = tokens.some((t) => word(t) === "SELECT") && tokens.some((t) => word(t) === "FROM");
  if (!copies) return read([]);
  const copy = paren < 0 ? void 0 : columnCopy(tokens, paren, lines);
  if (copy) return read([{ InsertStmt: { relation: rangeVar(table), cols: copy.cols, selectStmt: { SelectStmt: copy.select } } }]);
  return read([{ InsertStmt: { relation: rangeVar(table), selectStmt: { SelectStmt: { fromClause: [{ RangeVar: rangeVar("?") }] } } } }]);
}
function renameTables(tokens, lines) {
  const nodes = [];
  for (const clause of clauses(tokens, 2)) {
    const to = clause.findIndex((t) => word(t) === "TO");
    if (to <= 0) return read(nodes, false);
    const [from] = namesFrom(clause.slice(0, to), 0, lines, NAME_STOP);
    const [name] = namesFrom(clause, to + 1, lines, NAME_STOP);
    nodes.push({ RenameStmt: { renameType: "OBJECT_TABLE", relationType: "OBJECT_TABLE", relation: rangeVar(from ?? "?"), newname: name ?? "?" } });
  }
  return read(nodes);
}
function spRename(after) {
  const args = after.filter((t) => t.tokenName === "SCONST").map((t) => t.text.slice(1, -1).replace(/''/g, "'"));
  const [from, to, kind] = args;
  if (!from || !to) return read([], false);
  const target = from.replace(QUOTES, "");
  if ((kind ?? "").toUpperCase() === "COLUMN") {
    const dot = target.lastIndexOf(".");
    return read([
      {
        RenameStmt: {
          renameType: "OBJECT_COLUMN",
          relationType: "OBJECT_TABLE",
          relation: rangeVar(target.slice(0, dot).toLowerCase()),
          subname: target.slice(dot + 1).toLowerCase(),
          newname: to.toLowerCase()
        }
      }
    ]);
  }
  if (!kind)
    return read([
      { RenameStmt: { renameType: "OBJECT_TABLE", relationType: "OBJECT_TABLE", relation: rangeVar(target.toLowerCase()), newname: to.toLowerCase() } }
    ]);
  return read([]);
}
function alterTable(tokens, lines, types, dialect) {
  const at = skipWords(tokens, 2, ["IF", "EXISTS", "ONLY"]);
  const named = nameAt(tokens, at, lines);
  let first = named?.next ?? at;
  if (!named)
    while (first < tokens.length && !NAME_STOP.has(word(tokens[first])) && !["CHANGE", "MODIFY", "UPDATE", "DELETE"].includes(word(tokens[first]))) first++;
  if (named && word(tokens[first]) === "ON" && word(tokens[first + 1]) === "CLUSTER") first = nameAt(tokens, first + 2, lines)?.next ?? first + 2;
  if (named && word(tokens[first]) === "WITH" && ["CHECK", "NOCHECK"].includes(word(tokens[first + 1]))) first += 2;
  const table = named?.name ?? namesFrom(tokens.slice(0, first), at, lines, NAME_STOP)[0];
  const mutation = word(tokens[first]);
  if (mutation === "UPDATE" || mutation === "DELETE") {
    const where = tokens.slice(first).some((t) => word(t) === "WHERE") ? { whereClause: {} } : {};
    const relation = rangeVar(table ?? "?");
    return read([mutation === "UPDATE" ? { UpdateStmt: { relation, ...where } } : { DeleteStmt: { relation, ...where } }]);
  }
  const cmds = [];
  const renames = [];
  let understood = true;
  let head;
  for (const written2 of clauses(tokens, first)) {
    const clause = continued(head, written2, lines);
    const out = [];
    if (!alterClause(clause, lines, table ?? "?", out, types, dialect)) understood = false;
    for (const n of out) ("RenameStmt" in n ? renames : cmds).push(n);
    head = headOf(clause);
  }
  const nodes = [];
  if (cmds.length) nodes.push({ AlterTableStmt: { objtype: "OBJECT_TABLE", relation: rangeVar(table ?? "?"), cmds } });
  return read([...nodes, ...renames], understood);
}
function recognise(tokens, lines, types, dialect) {
  const w0 = word(tokens[0]);
  const w1 = word(tokens[1]);
  if (w0 === "CREATE" && (w1 === "TABLE" || ["TEMPORARY", "TEMP"].includes(w1) && word(tokens[2]) === "TABLE")) {
    const at = skipWords(tokens, w1 === "TABLE" ? 2 : 3, ["IF", "NOT", "EXISTS"]);
    const [name] = namesFrom(tokens, at, lines, /* @__PURE__ */ new Set(["AS", "LIKE"]));
    const table = (name ?? "?").split("(")[0].trim();
    return read([{ CreateStmt: { relation: rangeVar(table), tableElts: createdColumns(tokens, at, lines, types) } }]);
  }
  if (w0 === "DROP" && w1 === "TABLE") {
    const at = skipWords(tokens, 2, ["IF", "EXISTS"]);
    const names = namesFrom(tokens, at, lines, DROP_STOP);
    return read([{ DropStmt: { removeType: "OBJECT_TABLE", objects: names.map(list), ...at > 2 ? { missing_ok: true } : {} } }]);
  }
  if (w0 === "DROP" && w1 === "SCHEMA") {
    const names = namesFrom(tokens, skipWords(tokens, 2, ["IF", "EXISTS"]), lines, DROP_STOP);
    return read([{ DropStmt: { removeType: "OBJECT_SCHEMA", objects: names.map((sval) => ({ String: { sval } })) } }]);
  }
  if (w0 === "DROP" && w1 === "DATABASE") {
    const [name] = namesFrom(tokens, skipWords(tokens, 2, ["IF", "EXISTS"]), lines, DROP_STOP);
    return read([{ DropdbStmt: { dbname: name ?? "?" } }]);
  }
  if (w0 === "DROP" && (w1 === "INDEX" || w1 === "VIEW" || w1 === "TRIGGER" || w1 === "PROCEDURE" || w1 === "FUNCTION")) return read([]);
  if (w0 === "CREATE" && w1 === "MATERIALIZED" && word(tokens[2]) === "VIEW") {
    const named = nameAt(tokens, skipWords(tokens, 3, ["IF", "NOT", "EXISTS"]), lines);
    const objtype = word(tokens[named?.next ?? 0]) === "TO" ? "OBJECT_MATVIEW" : "OBJECT_TABLE";
    return read(named ? [{ CreateTableAsStmt: { into: { rel: rangeVar(named.name) }, objtype } }] : []);
  }
  if (w0 === "CREATE" && (w1 === "INDEX" || ["UNIQUE", "FULLTEXT", "SPATIAL"].includes(w1) || w1 === "VIEW" || w1 === "OR" && word(tokens[3]) === "VIEW"))
    return read([]);
  if (w0 === "PRAGMA" || w0 === "USE" || w0 === "LOCK" && w1 === "TABLES" || w0 === "UNLOCK" && w1 === "TABLES") return read([]);
  if (w0 === "UPDATE") {
    const name = nameAt(tokens, skipWords(tokens, 1, ["LOW_PRIORITY", "IGNORE", "ONLY"]), lines)?.name;
    return read([{ UpdateStmt: { relation: rangeVar(name ?? "?") } }]);
  }
  if (w0 === "INSERT" || w0 === "REPLACE") return insert(tokens, lines);
  if (w0 === "TRUNCATE") {
    const names = namesFrom(tokens, skipWords(tokens, 1, ["TABLE", "ONLY"]), lines, NAME_STOP);
    return read([{ TruncateStmt: { relations: names.map((n) => ({ RangeVar: rangeVar(n) })) } }]);
  }
  if (w0 === "DELETE" && w1 === "FROM") {
    const [name] = namesFrom(tokens, skipWords(tokens, 2, ["ONLY"]), lines, NAME_STOP);
    const hasWhere = tokens.some((t) => word(t) === "WHERE");
    return read([{ DeleteStmt: { relation: rangeVar(name ?? "?"), ...hasWhere ? { whereClause: {} } : {} } }]);
  }
  if (w0 === "RENAME" && w1 === "TABLE") return renameTables(tokens, lines);
  if ((w0 === "EXEC" || w0 === "EXECUTE") && w1 === "SP_RENAME") return spRename(tokens.slice(2));
  if (w0 === "SP_RENAME") return spRename(tokens.slice(1));
  if (w0 === "ALTER" && w1 === "TABLE") return alterTable(tokens, lines, types, dialect);
  return read([], false);
}

// src/core/sql/plpgsql.ts
function doBlockOf(node) {
  if (!("DoStmt" in node)) return void 0;
  let body;
  let location = 0;
  for (const arg of node.DoStmt.args ?? []) {
    if (!("DefElem" in arg)) continue;
    const d = arg.DefElem;
    const value = d.arg && "String" in d.arg ? d.arg.String.sval : void 0;
    if (d.defname === "language" && value && value.toLowerCase() !== "plpgsql") return void 0;
    if (d.defname === "as" && value !== void 0) {
      body = value;
      location = d.location ?? 0;
    }
  }
  return body === void 0 ? void 0 : { body, location };
}
function quoteTag(body) {
  let tag = "$rr$";
  for (let i = 0; body.includes(tag); i++) tag = `$rr${i}$`;
  return tag;
}
function constantString(expr) {
  const m = /^\s*'((?:[^']|'')*)'\s*$/.exec(expr);
  return m ? m[1].replace(/''/g, "'") : void 0;
}
var NONE = /* @__PURE__ */ new Map();
var MAX_LOOP_PASSES = 100;
var str = (n) => n && "String" in n ? n.String.sval : void 0;
function valueOf(node, env) {
  if (!node) return void 0;
  if ("A_Const" in node) return node.A_Const.sval?.sval;
  if ("TypeCast" in node) return valueOf(node.TypeCast.arg, env);
  if ("ColumnRef" in node) {
    const parts = (node.ColumnRef.fields ?? []).map(str);
    return parts.every((p) => p !== void 0) ? env.get(parts.join(".")) : void 0;
  }
  if ("FuncCall" in node) {
    const call = node.FuncCall;
    const name = (call.funcname ?? []).map(str).join(".");
    if (name !== "quote_ident" && name !== "pg_catalog.quote_ident" || call.args?.length !== 1) return void 0;
    const v = valueOf(call.args[0], env);
    return v === void 0 ? void 0 : `"${v.replaceAll('"', '""')}"`;
  }
  if ("A_Expr" in node) {
    const e = node.A_Expr;
    if (e.kind !== "AEXPR_OP" || (e.name ?? []).map(str).join(".") !== "||") return void 0;
    const l = valueOf(e.lexpr, env);
    const r = l === void 0 ? void 0 : valueOf(e.rexpr, env);
    return r === void 0 ? void 0 : l + r;
  }
  return void 0;
}
function expression(pg, expr) {
  try {
    const stmt = pg.parse(`SELECT ${expr}`).stmts;
    const select = stmt?.length === 1 ? stmt[0].stmt : void 0;
    const list2 = select && "SelectStmt" in select ? select.SelectStmt.targetList : void 0;
    const target = list2?.length === 1 ? list2[0] : void 0;
    return target && "ResTarget" in target ? target.ResTarget.val : void 0;
  } catch {
    return void 0;
  }
}
function formatted(node, env) {
  const call = "FuncCall" in node ? node.FuncCall : void 0;
  const name = call?.funcname?.map(str).join(".");
  const first = call?.args?.[0];
  const template = first && "A_Const" in first ? first.A_Const.sval?.sval : void 0;
  if (name !== "format" && name !== "pg_catalog.format" || template === void 0) return void 0;
  const constant = (i) => valueOf(call?.args?.[i], env);
  let next = 1;
  return template.replace(/%(?:(\d+)\$)?-?(?:\d+|\*(?:\d+\$)?)?([sIL%])/g, (_, position, kind) => {
    if (kind === "%") return "%";
    const i = position ? Number(position) : next;
    next = i + 1;
    const value = constant(i);
    if (kind === "I") return value === void 0 ? PLACEHOLDER : `"${value.replaceAll('"', '""')}"`;
    if (kind === "L") return `'${(value ?? PLACEHOLDER).replaceAll("'", "''")}'`;
    return value ?? PLACEHOLDER;
  });
}
function executed(pg, expr, env) {
  const text = constantString(expr);
  if (text !== void 0) return text;
  const node = expression(pg, expr);
  return node && (formatted(node, env) ?? valueOf(node, env));
}
function arrayLiteral(text) {
  const s = text.trim();
  if (!s.startsWith("{") || !s.endsWith("}")) return void 0;
  const out = [];
  let i = 1;
  const end = s.length - 1;
  if (s.slice(1, end).trim() === "") return out;
  while (i <= end) {
    while (s[i] === " ") i++;
    let item = "";
    if (s[i] === '"') {
      for (i++; i < end && s[i] !== '"'; i++) item += s[i] === "\\" ? s[++i] : s[i];
      if (s[i++] !== '"') return void 0;
      while (s[i] === " ") i++;
    } else {
      for (; i < end && s[i] !== ","; i++) {
        if ('{}"\\'.includes(s[i])) return void 0;
        item += s[i];
      }
      item = item.trim();
      if (item.toUpperCase() === "NULL") return void 0;
    }
    out.push(item);
    if (i === end) break;
    if (s[i] !== ",") return void 0;
    i++;
  }
  return out;
}
function assigned(tree, varno) {
  if (Array.isArray(tree)) return tree.some((t) => assigned(t, varno));
  if (tree === null || typeof tree !== "object") return false;
  const obj = tree;
  for (const key of ["PLpgSQL_stmt_assign", "PLpgSQL_stmt_foreach_a"]) if (obj[key]?.varno === varno) return true;
  const row = obj.PLpgSQL_row;
  if (row?.fields?.some((f) => f.varno === varno)) return true;
  return Object.values(obj).some((v) => assigned(v, varno));
}
function arrayElements(scope, node, env, depth = 0) {
  if (!node) return void 0;
  if ("A_ArrayExpr" in node) {
    const values = (node.A_ArrayExpr.elements ?? []).map((e) => valueOf(e, env));
    return values.every((v) => v !== void 0) ? values : void 0;
  }
  if ("TypeCast" in node) {
    const arg = node.TypeCast.arg;
    if (arg && "A_Const" in arg && node.TypeCast.typeName?.arrayBounds?.length === 1) {
      const text = arg.A_Const.sval?.sval;
      return text === void 0 ? void 0 : arrayLiteral(text);
    }
    return arrayElements(scope, arg, env, depth);
  }
  const fields = "ColumnRef" in node ? node.ColumnRef.fields ?? [] : [];
  if (fields.length === 1 && depth === 0) {
    const name = str(fields[0]);
    const varno = scope.datums.findIndex((d) => d.PLpgSQL_var?.refname === name);
    const initial = varno < 0 ? void 0 : scope.datums[varno].PLpgSQL_var.default_val;
    const query = initial?.PLpgSQL_expr?.query;
    if (query === void 0 || assigned(scope.action, varno)) return void 0;
    return arrayElements(scope, expression(scope.pg, query), NONE, depth + 1);
  }
  return void 0;
}
function literalFrom(scope, item, env) {
  if ("RangeSubselect" in item) {
    const sub = item.RangeSubselect.subquery;
    const lists = sub && "SelectStmt" in sub ? sub.SelectStmt.valuesLists : void 0;
    if (!lists?.length) return void 0;
    const rows = lists.map((l) => "List" in l ? (l.List.items ?? []).map((v) => valueOf(v, env)) : [void 0]);
    if (!rows.every((r) => r.every((v) => v !== void 0) && r.length === rows[0].length)) return void 0;
    const alias = item.RangeSubselect.alias;
    const named = (alias?.colnames ?? []).map(str);
    const columns = rows[0].map((_, i) => named[i] ?? `column${i + 1}`);
    return { columns, rows, alias: alias?.aliasname };
  }
  if ("RangeFunction" in item) {
    const rf = item.RangeFunction;
    const fn = rf.functions?.length === 1 ? rf.functions[0] : void 0;
    const call = fn && "List" in fn ? fn.List.items?.[0] : void 0;
    if (rf.ordinality || !call || !("FuncCall" in call) || call.FuncCall.funcname?.map(str).join(".") !== "unnest") return void 0;
    const values = call.FuncCall.args?.length === 1 ? arrayElements(scope, call.FuncCall.args[0], env) : void 0;
    const column = str(rf.alias?.colnames?.[0]) ?? rf.alias?.aliasname ?? "unnest";
    return values && { columns: [column], rows: values.map((v) => [v]), alias: rf.alias?.aliasname };
  }
  return void 0;
}
function literalRows(scope, query, env) {
  let select;
  try {
    const stmts = scope.pg.parse(query).stmts ?? [];
    const node = stmts.length === 1 ? stmts[0].stmt : void 0;
    select = node && "SelectStmt" in node ? node.SelectStmt : void 0;
  } catch {
    return void 0;
  }
  if (!select?.targetList?.length) return void 0;
  const plain = /* @__PURE__ */ new Set(["targetList", "fromClause", "limitOption", "op"]);
  if (Object.keys(select).some((k) => !plain.has(k)) || (select.fromClause?.length ?? 0) > 1) return void 0;
  const targets = select.targetList.map((t) => "ResTarget" in t ? t.ResTarget : void 0);
  const from = select.fromClause?.[0];
  if (!from) {
    const t = targets.length === 1 ? targets[0] : void 0;
    const call = t?.val && "FuncCall" in t.val ? t.val.FuncCall : void 0;
    if (!call || call.funcname?.map(str).join(".") !== "unnest" || call.args?.length !== 1) return void 0;
    const values = arrayElements(scope, call.args[0], env);
    return values && { columns: [t.name ?? "unnest"], rows: values.map((v) => [v]) };
  }
  const source = literalFrom(scope, from, env);
  if (!source) return void 0;
  const picks = [];
  for (const t of targets) {
    const fields = t?.val && "ColumnRef" in t.val ? t.val.ColumnRef.fields ?? [] : void 0;
    if (!fields) return void 0;
    if (fields.length === 1 && "A_Star" in fields[0]) {
      source.columns.forEach((name, index2) => picks.push({ index: index2, name }));
      continue;
    }
    const parts = fields.map(str);
    if (parts.length === 2 && parts[0] !== source.alias) return void 0;
    const index = source.columns.indexOf(parts[parts.length - 1] ?? "");
    if (index < 0 || parts.length > 2) return void 0;
    picks.push({ index, name: t.name ?? source.columns[index] });
  }
  return { columns: picks.map((p) => p.name), rows: source.rows.map((r) => picks.map((p) => r[p.index])) };
}
function loopPasses(scope, obj, env) {
  const each = obj.PLpgSQL_stmt_foreach_a;
  if (each) {
    const name = scope.datums[each.varno ?? -1]?.PLpgSQL_var?.refname;
    const query2 = each.expr?.PLpgSQL_expr?.query;
    if (!name || each.slice || query2 === void 0) return void 0;
    const values = arrayElements(scope, expression(scope.pg, query2), env);
    return values?.map((v) => new Map([...env, [name, v]]));
  }
  const fors = obj.PLpgSQL_stmt_fors;
  const query = fors?.query?.PLpgSQL_expr?.query;
  if (!fors || query === void 0) return void 0;
  const found = literalRows(scope, query, env);
  if (!found) return void 0;
  const names = fors.var?.PLpgSQL_row?.fields?.map((f) => f.name ?? "");
  const rec = fors.var?.PLpgSQL_rec?.refname;
  if (names?.length === found.columns.length) return found.rows.map((row) => new Map([...env, ...names.map((n, i) => [n, row[i]])]));
  if (rec) return found.rows.map((row) => new Map([...env, ...found.columns.map((c, i) => [`${rec}.${c}`, row[i]])]));
  return void 0;
}
var LOOPS = [
  "PLpgSQL_stmt_foreach_a",
  "PLpgSQL_stmt_fors",
  "PLpgSQL_stmt_loop",
  "PLpgSQL_stmt_while",
  "PLpgSQL_stmt_fori",
  "PLpgSQL_stmt_forc",
  "PLpgSQL_stmt_dynfors"
];
var refnameOf = (scope, varno) => varno === void 0 ? void 0 : scope.datums[varno]?.PLpgSQL_var?.refname;
function written(scope, tree, out = /* @__PURE__ */ new Set()) {
  if (Array.isArray(tree)) {
    for (const t of tree) written(scope, t, out);
    return out;
  }
  if (tree === null || typeof tree !== "object") return out;
  const obj = tree;
  for (const key of ["PLpgSQL_stmt_assign", "PLpgSQL_stmt_foreach_a"]) {
    const name = refnameOf(scope, obj[key]?.varno);
    if (name) out.add(name);
  }
  for (const f of obj.PLpgSQL_row?.fields ?? []) if (f.name) out.add(f.name);
  const rec = obj.PLpgSQL_rec?.refname;
  if (rec) out.add(rec);
  for (const v of Object.values(obj)) written(scope, v, out);
  return out;
}
function unbound(env, names) {
  if (!names.size) return env;
  return new Map([...env].filter(([k]) => !names.has(k) && !names.has(k.split(".")[0])));
}
function assigning(scope, assign, env) {
  const name = refnameOf(scope, assign.varno);
  const query = assign.expr?.PLpgSQL_expr?.query;
  if (!name || query === void 0) return env;
  const next = new Map(unbound(env, /* @__PURE__ */ new Set([name])));
  let tokens;
  try {
    tokens = scope.pg.scan(query).tokens;
  } catch {
    return next;
  }
  const [target, op, first] = tokens ?? [];
  if (target?.text?.toLowerCase() !== name || op?.text !== ":=" && op?.text !== "=" || first?.start === void 0) return next;
  const bytes = new TextEncoder().encode(query);
  const value = valueOf(expression(scope.pg, new TextDecoder().decode(bytes.subarray(first.start))), env);
  if (value !== void 0) next.set(name, value);
  return next;
}
function declaredValues(scope) {
  const declared = /* @__PURE__ */ new Map();
  for (const d of scope.datums) {
    const name = d.PLpgSQL_var?.refname;
    if (name) declared.set(name, (declared.get(name) ?? 0) + 1);
  }
  const writes2 = written(scope, scope.action);
  const env = /* @__PURE__ */ new Map();
  for (const d of scope.datums) {
    const v = d.PLpgSQL_var;
    const query = v?.default_val?.PLpgSQL_expr?.query;
    if (!v?.refname || query === void 0 || declared.get(v.refname) !== 1 || writes2.has(v.refname)) continue;
    const value = valueOf(expression(scope.pg, query), env);
    if (value !== void 0) env.set(v.refname, value);
  }
  return env.size ? env : NONE;
}
function sqlStatements(scope, tree, out, dynamic, lineno = 0, env = NONE) {
  if (Array.isArray(tree)) {
    let local = env;
    for (const item of tree) {
      sqlStatements(scope, item, out, dynamic, lineno, local);
      const assign = item?.PLpgSQL_stmt_assign;
      if (assign) local = assigning(scope, assign, local);
      else if (local.size) local = unbound(local, written(scope, item));
    }
    return;
  }
  if (tree === null || typeof tree !== "object") return;
  const obj = tree;
  const looped = LOOPS.find((k) => k in obj);
  if (looped && env.size) env = unbound(env, written(scope, obj[looped].body));
  const exec = obj.PLpgSQL_stmt_execsql;
  if (exec?.sqlstmt?.PLpgSQL_expr?.query) {
    out.push({ query: exec.sqlstmt.PLpgSQL_expr.query, lineno: exec.lineno ?? lineno });
    return;
  }
  const dyn = obj.PLpgSQL_stmt_dynexecute;
  if (dyn?.query?.PLpgSQL_expr?.query) {
    const expr = dyn.query.PLpgSQL_expr.query;
    const text = executed(scope.pg, expr, env);
    if (text !== void 0) out.push({ query: text, lineno: dyn.lineno ?? lineno, expr });
    else dynamic.push({ expr, lineInBody: Math.max(1, dyn.lineno ?? lineno) });
    return;
  }
  const loop = obj.PLpgSQL_stmt_foreach_a ?? obj.PLpgSQL_stmt_fors;
  const passes = loop && loopPasses(scope, obj, env);
  if (loop && passes && passes.length <= MAX_LOOP_PASSES) {
    const seen2 = /* @__PURE__ */ new Set();
    const line = loop.lineno ?? lineno;
    for (const pass of passes) {
      const found = [];
      const unread = [];
      sqlStatements(scope, loop.body, found, unread, line, pass);
      for (const f of found) if (!seen2.has(`${f.lineno} ${f.query}`) && seen2.add(`${f.lineno} ${f.query}`)) out.push(f);
      for (const d of unread) if (!seen2.has(`${d.lineInBody} ? ${d.expr}`) && seen2.add(`${d.lineInBody} ? ${d.expr}`)) dynamic.push(d);
    }
    return;
  }
  for (const key in obj) {
    const value = obj[key];
    sqlStatements(scope, value, out, dynamic, typeof value === "object" && value && typeof value.lineno === "number" ? value.lineno : lineno, env);
  }
}
function statementsInDo(pg, block, dynamic = []) {
  const tag = quoteTag(block.body);
  const tree = pg.parsePlpgsql(`DO ${tag}${block.body}${tag}`);
  const found = [];
  for (const fn of tree.plpgsql_funcs ?? []) {
    const f = fn.PLpgSQL_function;
    const scope = { pg, datums: f?.datums ?? [], action: f?.action };
    sqlStatements(scope, f?.action, found, dynamic, 0, declaredValues(scope));
  }
  const out = [];
  for (const { query, lineno, expr } of found) {
    let parsed;
    try {
      parsed = pg.parse(query);
    } catch {
      if (expr !== void 0) dynamic.push({ expr, lineInBody: Math.max(1, lineno) });
      continue;
    }
    for (const raw of parsed.stmts ?? []) if (raw.stmt) out.push({ node: raw.stmt, lineInBody: Math.max(1, lineno) });
  }
  return out;
}

// src/core/sql/mysql-client.ts
function skipQuotedOrComment(sql, i) {
  const c = sql[i];
  if (c === "'" || c === '"' || c === "`") {
    let j = i + 1;
    while (j < sql.length) {
      if (sql[j] === "\\" && c !== "`") j += 2;
      else if (sql[j] === c && sql[j + 1] === c) j += 2;
      else if (sql[j] === c) return j + 1;
      else j++;
    }
    return sql.length;
  }
  if (c === "#" || c === "-" && sql[i + 1] === "-" && /[\s]/.test(sql[i + 2] ?? " ")) {
    const eol = sql.indexOf("\n", i);
    return eol < 0 ? sql.length : eol;
  }
  if (c === "/" && sql[i + 1] === "*") {
    const end = sql.indexOf("*/", i + 2);
    return end < 0 ? sql.length : end + 2;
  }
  return i;
}
function headWords(sql, from, to) {
  const words = [];
  let word2 = "";
  for (let i = from; i < to && words.length < 12; ) {
    const skipped = skipQuotedOrComment(sql, i);
    const c = sql[i];
    if (skipped !== i || !/[A-Za-z0-9_$]/.test(c)) {
      if (word2) words.push(word2.toUpperCase());
      word2 = "";
      if (c === "(") break;
      i = skipped !== i ? skipped : i + 1;
      continue;
    }
    word2 += c;
    i++;
  }
  if (word2) words.push(word2.toUpperCase());
  return words;
}
var ROUTINES = /* @__PURE__ */ new Set(["PROCEDURE", "FUNCTION", "TRIGGER", "EVENT"]);
function definesRoutine(sql, from, to) {
  const words = headWords(sql, from, to);
  return words[0] === "CREATE" && words.slice(1, 8).some((w) => ROUTINES.has(w));
}
function routineStart(sql, from, to) {
  let start = from;
  for (let i = from; i <= to; ) {
    const skipped = i < to ? skipQuotedOrComment(sql, i) : i;
    if (skipped !== i) {
      i = skipped;
      continue;
    }
    if (i === to || sql[i] === ";") {
      const text = sql.slice(start, i);
      const first = start + (text.length - text.trimStart().length);
      if (text.trim() !== "" && definesRoutine(sql, first, to)) return first;
      start = i + 1;
    }
    i++;
  }
  return void 0;
}
var blank = (text) => text.replace(/[^\n\r]/g, " ");
function mysqlClientScript(sql) {
  if (!/delimiter/i.test(sql)) return sql;
  let out = "";
  let delimiter = ";";
  let start = 0;
  let atStatementStart = true;
  let i = 0;
  while (i < sql.length) {
    const skipped = skipQuotedOrComment(sql, i);
    if (skipped !== i) {
      if (sql[i] !== "#" && sql[i] !== "-" && sql[i] !== "/") atStatementStart = false;
      i = skipped;
      continue;
    }
    if (atStatementStart && /^delimiter\s/i.test(sql.slice(i, i + 10))) {
      const eol = sql.indexOf("\n", i);
      const end = eol < 0 ? sql.length : eol;
      const named = sql.slice(i + "delimiter".length, end).trim().split(/\s+/)[0];
      out += sql.slice(start, i) + blank(sql.slice(i, end));
      if (named) delimiter = named;
      start = i = end;
      continue;
    }
    if (delimiter === ";" && sql[i] === ";") {
      out += sql.slice(start, i + 1);
      start = i = i + 1;
      atStatementStart = true;
      continue;
    }
    if (delimiter !== ";" && sql.startsWith(delimiter, i)) {
      const statement = sql.slice(start, i);
      const routine = routineStart(sql, start, i);
      if (statement.trim() === "") out += statement + " ".repeat(delimiter.length);
      else if (routine !== void 0) out += sql.slice(start, routine) + blank(sql.slice(routine, i)) + " ".repeat(delimiter.length);
      else out += statement + ";" + " ".repeat(delimiter.length - 1);
      start = i = i + delimiter.length;
      atStatementStart = true;
      continue;
    }
    if (!/\s/.test(sql[i])) atStatementStart = false;
    i++;
  }
  return out + sql.slice(start);
}

// src/core/sql/lint-sql.ts
function runChecks(stmt, ctx) {
  const hits = [];
  for (const kind in stmt) {
    for (const { check } of CHECKS_BY_KIND.get(kind) ?? []) {
      const found = check(stmt, ctx);
      if (found.length) hits.push(...found);
    }
  }
  return hits;
}
var RECENT_SLOTS = 4;
var recentSql = new Array(RECENT_SLOTS).fill(void 0);
var recentLine = new Array(RECENT_SLOTS).fill(0);
var recentDialect = new Array(RECENT_SLOTS).fill(void 0);
var recentReading = new Array(RECENT_SLOTS).fill(void 0);
var recentNext = 0;
function readPieceCached(pg, piece, dialect) {
  const { sql, line } = piece;
  for (let i = 0; i < RECENT_SLOTS; i++) {
    if (recentLine[i] === line && recentSql[i] === sql && (dialect === "any" || recentDialect[i] === dialect)) return recentReading[i];
  }
  const as = dialect === "any" ? void 0 : dialect;
  const reading = readPiece(pg, piece, as);
  recentSql[recentNext] = sql;
  recentLine[recentNext] = line;
  recentDialect[recentNext] = as;
  recentReading[recentNext] = reading;
  recentNext = (recentNext + 1) % RECENT_SLOTS;
  return reading;
}
function readPiece(pg, piece, dialect) {
  const nul = piece.sql.indexOf("\0");
  if (nul < 0) return readText(pg, piece.sql, piece.line, dialect);
  const reading = readText(pg, piece.sql.replaceAll("\0", " "), piece.line, dialect);
  const lines = new LineMap(piece.sql);
  const line = piece.line - 1 + lines.line(lines.ascii ? nul : new TextEncoder().encode(piece.sql.slice(0, nul)).length);
  const message = `The SQL holds a NUL byte (line ${line}), which Postgres rejects: this migration cannot run as written. It was read with the NUL as a space.`;
  return { ...reading, nul: { line, message } };
}
function readText(pg, sql, firstLine, dialect) {
  const lines = new LineMap(sql);
  const lineOf = (offset) => firstLine - 1 + lines.line(offset);
  const failures = [];
  const statements = [];
  const dynamic = [];
  const add = (node, offset, base = 0) => {
    statements.push({ node, line: lineOf(offset) });
    if (!("DoStmt" in node)) return;
    const block = doBlockOf(node);
    if (!block) return;
    const bodyLine = lineOf(base + block.location);
    try {
      const unread = [];
      for (const inner of statementsInDo(pg, block, unread)) statements.push({ node: inner.node, line: bodyLine + inner.lineInBody - 1 });
      for (const d of unread) dynamic.push({ line: bodyLine + d.lineInBody - 1, expr: d.expr });
    } catch (error) {
      failures.push({ line: bodyLine, message: `the DO block's PL/pgSQL: ${error instanceof Error ? error.message : String(error)}`, understood: false });
    }
  };
  try {
    const stmts = pg.parse(sql).stmts ?? [];
    for (const raw of stmts) if (raw.stmt) add(raw.stmt, raw.stmt_location ?? 0);
    return dynamic.length ? { statements, failures, dynamic } : { statements, failures };
  } catch (error) {
    const reading = readUnparsable(sql, lines, pg, error, dialect);
    const all = [
      ...reading.parsed.map((p) => ({ offset: p.offset, nodes: [p.stmt], parsed: true, base: p.base })),
      ...reading.failed.map((f) => ({ offset: f.offset, nodes: f.recognised, parsed: false, base: 0 }))
    ].sort((a, b) => a.offset - b.offset);
    for (const { offset, nodes, parsed, base } of all) {
      for (const node of nodes) {
        if (parsed) add(node, offset, base);
        else statements.push({ node, line: lineOf(offset) });
      }
    }
    for (const f of reading.failed) failures.push({ line: lineOf(f.offset), message: f.message.replace(/\s+/g, " ").trim(), understood: f.understood });
    failures.sort((a, b) => a.line - b.line);
    const out = dynamic.length ? { statements, failures, dynamic } : { statements, failures };
    if (reading.dialect) out.dialect = reading.dialect;
    return out;
  }
}
function typeNameOf(pg, type) {
  try {
    const [raw] = pg.parse(`CREATE TABLE t (c ${type})`).stmts ?? [];
    const el = raw?.stmt && "CreateStmt" in raw.stmt ? raw.stmt.CreateStmt.tableElts?.[0] : void 0;
    return el && "ColumnDef" in el ? el.ColumnDef.typeName : void 0;
  } catch {
    return void 0;
  }
}
function postgresParseError(reading) {
  const first = reading.failures[0];
  const nul = reading.nul;
  if (!first) return nul ? { rule: "parse-error", line: nul.line, message: nul.message } : void 0;
  const more = reading.failures.length > 1 ? ` (${reading.failures.length - 1} more statement(s) could not be parsed either)` : "";
  const message = `The Postgres parser rejected this statement: ${first.message}${more}. It was read conservatively for destructive operations only; check it by hand or make it plain Postgres SQL.`;
  return { rule: "parse-error", line: first.line, message: nul ? `${message} ${nul.message}` : message };
}
function dialectNotice(dialect, unread, sniffed) {
  const name = DIALECT_NAMES[dialect.dialect];
  const first = unread[0];
  const count = unread.length > 1 ? `${unread.length} statements` : "a statement";
  if (sniffed && unread.every((f) => f.understood)) {
    return {
      rule: "parse-error",
      line: first.line,
      message: `The Postgres parser rejected ${count} here (${first.message}), and the file reads as ${name} SQL (from ${dialect.from}): it was read for what holds on every database, without Postgres locking advice. If it is meant for Postgres it will not run as written; if it is ${name}, say so with the dialect setting of .github/rollback-ready.yml.`
    };
  }
  if (dialect.standIn)
    return {
      rule: "parse-error",
      line: first.line,
      message: `The database of ${dialect.part?.toLowerCase() ?? "this file"} is in doubt (see the not-analysed notice), so it was read for what holds on every database (drops, renames, type and nullability changes, data changes, missing or empty downs), and ${count} could not be read even that way (the first here; the Postgres parser said: ${first.message}). Review ${unread.length > 1 ? "them" : "it"} by hand.`
    };
  return {
    rule: "parse-error",
    line: first.line,
    message: `${dialect.part ?? "This file"} is ${name} SQL (known from ${dialect.from}). rollback-ready reads ${name} for what holds on every database (drops, renames, type and nullability changes, data changes, missing or empty downs), not for Postgres locking advice, and ${count} could not be read even that way (the first here; the Postgres parser said: ${first.message}). Review ${unread.length > 1 ? "them" : "it"} by hand.`
  };
}
async function lintSql(pieces, options = {}) {
  const pg = await loadPgParser();
  const result = { hits: [], changesData: false, empty: true, additiveOnly: true, parseFailed: false, columnChanges: [] };
  const readAs = readingDialect(options.dialect);
  const readings = pieces.filter((p) => p.sql.trim() !== "").map((piece) => ({ piece, reading: readPieceCached(pg, piece, readAs) }));
  const dialect = options.dialect ?? readings.find((r) => r.reading.dialect)?.reading.dialect;
  const foreign = dialect && dialect.dialect !== "postgres" ? dialect : void 0;
  if (foreign) result.dialect = foreign;
  const unread = [];
  const count = readings.reduce((n, r) => n + r.reading.statements.length + r.reading.failures.length, 0);
  const singleQuery = options.multiStatementTransaction === true && count > 1;
  const ctx = newContext(options.transactional === true, singleQuery);
  if (foreign) ctx.dialect = foreign.dialect;
  if (singleQuery && !options.transactional) ctx.transactionReason = "the file is sent as one query string, which Postgres runs as one transaction";
  for (const known of options.columnTypes ?? []) {
    const type = typeNameOf(pg, known.type);
    if (type) ctx.columnTypes.set(`${known.table}.${known.column}`, type);
  }
  for (const known of options.columnNullable ?? []) ctx.columnNullable.set(`${known.table}.${known.column}`, known.nullable);
  let unit;
  for (const { piece, reading } of readings) {
    if (piece.unit !== void 0 && unit !== void 0 && piece.unit !== unit) newUnit(ctx);
    if (piece.unit !== void 0) unit = piece.unit;
    ctx.synthetic = piece.synthetic === true;
    for (const { node, line } of reading.statements) {
      ctx.line = line;
      const hits = runChecks(node, ctx);
      const facts = trackStatement(node, ctx, hits);
      if (hits.length) result.hits.push(...hits);
      if (!facts.noop) result.empty = false;
      if (!facts.additive) result.additiveOnly = false;
      if (facts.changesData) result.changesData = true;
    }
    for (const d of reading.dynamic ?? []) {
      const expr = d.expr.replace(/\s+/g, " ").trim();
      result.hits.push({
        rule: "not-analysed",
        line: d.line,
        message: `\`EXECUTE ${expr.length > 60 ? `${expr.slice(0, 59)}\u2026` : expr}\` in a DO block runs SQL built at run time, which was not read: review what it changes by hand (a constant string, format() with a constant format string, or a concatenation of known parts is read, also with a loop's variable over a list written in the block).`
      });
    }
    if (reading.failures.length || reading.nul) {
      result.empty = false;
      if (!foreign) {
        result.parseFailed = true;
        result.additiveOnly = false;
        result.hits.push(postgresParseError(reading));
      } else {
        const missed = options.dialect ? reading.failures.filter((f) => !f.understood) : reading.failures;
        if (missed.length || reading.nul) {
          result.parseFailed = true;
          result.additiveOnly = false;
        }
        unread.push(...missed);
        if (reading.nul) result.hits.push({ rule: "parse-error", line: reading.nul.line, message: reading.nul.message });
      }
    }
  }
  if (foreign && unread.length)
    result.hits.push(
      dialectNotice(
        foreign,
        unread.sort((a, b) => a.line - b.line),
        !options.dialect
      )
    );
  for (const { finish } of SQL_CHECKS) if (finish) result.hits.push(...finish(ctx));
  if (ctx.withdrawn.size) result.hits = result.hits.filter((h) => !ctx.withdrawn.has(h));
  if (foreign) result.hits = result.hits.filter((h) => !POSTGRES_ONLY_RULES.has(h.rule));
  result.columnChanges = ctx.columnChanges.filter(
    (c) => !ctx.withdrawn.has(c.hit) && (c.kind !== "nullability" || c.restated === true || ctx.typedAt.has(c.restated))
  );
  if (options.remember !== false) {
    const key = historyKey(pieces, readAs);
    if (!knownHistory(key)) rememberEvents(key, readings.length === 1 ? readings[0].reading.statements : readings.flatMap((r) => r.reading.statements));
  }
  result.hits.sort((a, b) => a.line - b.line);
  return result;
}
async function psqlPieces(pieces) {
  const pg = await loadPgParser();
  const includes = [];
  const out = pieces.map((piece) => {
    const script = psqlScript(pg, piece.sql);
    for (const { offset, file } of script.includes) includes.push({ line: piece.line + lineOffset(piece.sql, offset), file });
    return script.sql === piece.sql ? piece : { ...piece, sql: script.sql };
  });
  return { pieces: out, includes };
}
function lineOffset(text, offset) {
  let n = 0;
  for (let i = text.indexOf("\n"); i >= 0 && i < offset; i = text.indexOf("\n", i + 1)) n++;
  return n;
}
async function indexDropsBeforeTheirTable(down, up) {
  const pg = await loadPgParser();
  const tableOf = /* @__PURE__ */ new Map();
  for (const piece of up)
    for (const { node } of readPieceCached(pg, piece, "any").statements)
      if ("IndexStmt" in node && node.IndexStmt.idxname && node.IndexStmt.relation) tableOf.set(node.IndexStmt.idxname, relKey(node.IndexStmt.relation));
  const statements = down.flatMap((piece) => readPieceCached(pg, piece, "any").statements);
  const droppedAt = /* @__PURE__ */ new Map();
  for (const { node, line } of statements)
    if ("DropStmt" in node && node.DropStmt.removeType === "OBJECT_TABLE")
      for (const obj of node.DropStmt.objects ?? []) droppedAt.set(lastPart(nameOf(obj)), line);
  const lines = /* @__PURE__ */ new Set();
  for (const { node, line } of statements) {
    if (!("DropStmt" in node) || node.DropStmt.removeType !== "OBJECT_INDEX") continue;
    const objects = node.DropStmt.objects ?? [];
    const beforeTable = (obj) => {
      const table = tableOf.get(lastPart(nameOf(obj)));
      return table !== void 0 && (droppedAt.get(table) ?? 0) > line;
    };
    if (objects.length && objects.every(beforeTable)) lines.add(line);
  }
  return lines;
}
async function isEmptySqlPieces(pieces) {
  const pg = await loadPgParser();
  for (const piece of pieces) {
    if (piece.sql.trim() === "") continue;
    const reading = readPieceCached(pg, piece, "any");
    if (reading.failures.length || reading.nul) return false;
    for (const { node } of reading.statements) if (!isNoop(node)) return false;
  }
  return true;
}
async function typeChangesOf(pieces) {
  const pg = await loadPgParser();
  const out = [];
  const written2 = /* @__PURE__ */ new Set();
  const swaps = new ColumnSwaps();
  for (const piece of pieces) {
    if (piece.sql.trim() === "") continue;
    for (const { node, line } of readPieceCached(pg, piece, "any").statements) {
      const swap = swaps.read(node, line);
      if (swap && "RenameStmt" in node) {
        const change = {
          table: swap.table,
          tableLabel: relLabel(node.RenameStmt.relation),
          column: swap.column,
          type: swap.type,
          line,
          prepared: swap.converts
        };
        if (piece.path) change.path = piece.path;
        out.push(change);
      }
      if ("UpdateStmt" in node) written2.add(relKey(node.UpdateStmt.relation));
      else if ("DeleteStmt" in node) written2.add(relKey(node.DeleteStmt.relation));
      for (const { table, cmd } of alterTableCmds(node)) {
        if (cmd.subtype !== "AT_AlterColumnType" || !cmd.name) continue;
        const def = cmd.def && "ColumnDef" in cmd.def ? cmd.def.ColumnDef : void 0;
        const key = relKey(table);
        const change = {
          table: key,
          tableLabel: relLabel(table),
          column: cmd.name,
          type: def?.typeName,
          line,
          prepared: !!def?.raw_default || written2.has(key)
        };
        if (piece.path) change.path = piece.path;
        out.push(change);
      }
    }
  }
  return out;
}
async function uniqueEventsOf(pieces) {
  const pg = await loadPgParser();
  const out = [];
  for (const piece of pieces) {
    if (piece.sql.trim() === "") continue;
    for (const { node, line } of readPieceCached(pg, piece, "any").statements)
      for (const e of uniqueEvents(node, line)) out.push(piece.path && e.kind === "build" ? { ...e, path: piece.path } : e);
  }
  return out;
}
function columnHistory(pieces, dialect) {
  const readAs = readingDialect(dialect);
  const key = historyKey(pieces, readAs);
  const known = knownHistory(key);
  if (known) return known;
  const pg = loadedPgParser();
  return rememberEvents(
    key,
    pieces.filter((p) => p.sql.trim() !== "").flatMap((p) => readPiece(pg, p, readAs).statements)
  );
}
var knownColumnHistory = (pieces, dialect) => knownHistory(historyKey(pieces, readingDialect(dialect)));
var readingDialect = (dialect) => dialect && dialect.dialect !== "postgres" ? dialect.dialect : void 0;
export {
  columnHistory,
  columnsThrough,
  indexDropsBeforeTheirTable,
  isEmptySqlPieces,
  knownColumnHistory,
  lintSql,
  loadPgParser,
  mysqlClientScript,
  nullCheckThrough,
  partitionedThrough,
  psqlPieces,
  traceThrough,
  typeChangesOf,
  uniqueEventsOf
};
