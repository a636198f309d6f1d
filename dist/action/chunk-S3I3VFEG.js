import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  addedHere,
  createdHere,
  hit
} from "./chunk-I2WJ5BSD.js";
import {
  alterTableCmds
} from "./chunk-N6KL7LXN.js";
import {
  lastPart,
  nameOf,
  quote,
  relKey,
  relLabel
} from "./chunk-4QK2DHVJ.js";

// src/core/sql/checks/rebuild.ts
function rebuildOf(stmt, ctx) {
  if (!("RenameStmt" in stmt) || stmt.RenameStmt.renameType !== "OBJECT_TABLE") return void 0;
  const from = relKey(stmt.RenameStmt.relation);
  const to = stmt.RenameStmt.newname;
  const copy = ctx.copies.get(from);
  const dropLine = to ? ctx.drops.get(to) : void 0;
  if (!to || !copy || copy.from !== to || dropLine === void 0 || !ctx.createdTables.has(from)) return void 0;
  return { copy: from, table: to, columns: copy.columns, dropLine };
}
function renamedAwayRebuilds(stmt, ctx) {
  if (!("DropStmt" in stmt) || stmt.DropStmt.removeType !== "OBJECT_TABLE") return [];
  return (stmt.DropStmt.objects ?? []).flatMap((obj) => {
    const old = lastPart(nameOf(obj));
    const rebuild = renamedAwayRebuild(old, ctx);
    return rebuild ? [rebuild] : [];
  });
}
function renamedAwayRebuild(old, ctx) {
  for (const [table, to] of ctx.renamedTo) {
    const copy = ctx.copies.get(table);
    if (to === old && !ctx.createdTables.has(old) && ctx.createdTables.has(table) && copy?.from === old && !copy.filtered)
      return { copy: table, table: old, columns: copy.columns, dropLine: ctx.line };
  }
  return void 0;
}

// src/core/sql/checks/drop-column.ts
var ADVICE = "Stop reading the column first, deploy, then drop it in a later release.";
var dropColumn = (stmt, ctx) => {
  const rebuild = rebuildOf(stmt, ctx);
  if (rebuild) return rebuildDrops(rebuild, ctx);
  const renamedAway = renamedAwayRebuilds(stmt, ctx);
  if (renamedAway.length) return renamedAway.flatMap((r) => rebuildDrops(r, ctx));
  const hits = [];
  for (const { table, cmd } of alterTableCmds(stmt)) {
    const key = `${relKey(table)}.${cmd.name}`;
    if (cmd.subtype !== "AT_DropColumn" || createdHere(ctx, relKey(table)) || addedHere(ctx, key)) continue;
    const h = hit(
      "drop-column",
      ctx,
      `Dropping column ${quote(cmd.name ?? "?")} from ${relLabel(table)} deletes its data; a rollback cannot restore it. ${ADVICE}`
    );
    ctx.columnDrops.set(key, {
      hit: h,
      type: ctx.columnTypes.get(key),
      nullable: ctx.columnNullable.get(key),
      origin: ctx.origins.get(key) ?? cmd.name ?? "?"
    });
    hits.push(h);
  }
  return hits;
};
var rebuildDropMessage = (column, table, copy, refilled = false) => refilled ? `The rebuild of ${quote(table)} does not copy the values of ${quote(column)}: ${quote(copy)}, which takes its rows and replaces it, fills its own ${quote(column)} with its default or numbering instead, so the old values are lost and a rollback cannot restore them. Copy the column's values too, or say in the rollback plan why they need not be kept.` : `Dropping column ${quote(column)} from ${quote(table)} (the table is rebuilt: ${quote(copy)} takes its rows without it, then replaces it) deletes its data; a rollback cannot restore it. ${ADVICE}`;
function rebuildDrops({ copy: from, table: to, columns, dropLine }, ctx) {
  const copied = new Set(columns.map(([, was]) => was));
  const refilled = new Set(ctx.tableColumns.get(from) ?? []);
  const at = (h) => ({ ...h, line: dropLine });
  if (ctx.createdTables.has(to)) {
    if (!ctx.holdsRows.has(to)) return [];
    return (ctx.tableColumns.get(to) ?? []).filter((c) => !copied.has(c)).map((c) => at(hit("drop-column", ctx, rebuildDropMessage(c, to, from, refilled.has(c)))));
  }
  const table = ctx.origins.get(to) ?? to;
  const prefix = `${to}.`;
  const addedHere2 = [...ctx.addedColumns].filter((k) => k.startsWith(prefix)).map((k) => k.slice(prefix.length));
  ctx.columnChanges.push({
    kind: "rebuild",
    table,
    name: to,
    copy: from,
    copied: new Set([...copied].map((c) => ctx.origins.get(`${to}.${c}`) ?? c)),
    addedHere: addedHere2.filter((c) => !copied.has(c)),
    refilled,
    hit: at({
      ...hit(
        "drop-column",
        ctx,
        `${quote(to)} is rebuilt: ${quote(from)} takes its rows, then replaces it, and any column it does not take is dropped with its data, which a rollback cannot restore.`
      ),
      severity: "warning"
    })
  });
  return [];
}

export {
  rebuildOf,
  renamedAwayRebuild,
  dropColumn,
  rebuildDropMessage
};
