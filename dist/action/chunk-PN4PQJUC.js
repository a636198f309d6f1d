import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  UNKNOWN_TYPE_WHY
} from "./chunk-YQYMSWCG.js";
import {
  hit,
  isExisting,
  swapHow
} from "./chunk-I2WJ5BSD.js";
import {
  alterTableCmds
} from "./chunk-N6KL7LXN.js";
import {
  enumSpelling,
  lastPart,
  nameOf,
  quote,
  relKey,
  relLabel,
  typeBaseName,
  typeLabel,
  typeMods
} from "./chunk-4QK2DHVJ.js";

// src/core/sql/checks/change-column-type.ts
var WIDENING_TARGETS = /* @__PURE__ */ new Set(["text", "varchar", "numeric", "citext", "mediumtext", "longtext"]);
function isWideningTarget(def) {
  if (!def || def.raw_default) return false;
  return WIDENING_TARGETS.has(typeBaseName(def.typeName));
}
var enumValueRenamed = (stmt, ctx) => {
  if (!("AlterEnumStmt" in stmt)) return [];
  const s = stmt.AlterEnumStmt;
  if (s.oldVal === void 0 || s.newVal === void 0) return [];
  const type = (s.typeName ?? []).map(nameOf).join(".");
  if (ctx.createdTypes.has(lastPart(type))) return [];
  return [
    hit(
      "change-column-type",
      ctx,
      `Renaming value '${s.oldVal}' of enum ${quote(type)} to '${s.newVal}' changes what every column of that type accepts: the old code (still running, or back after a rollback) that sends '${s.oldVal}' fails, and the rows hold the new spelling. Add '${s.newVal}' instead (ALTER TYPE \u2026 ADD VALUE), move the code and the rows over, and keep '${s.oldVal}'.`
    )
  ];
};
var changeColumnType = (stmt, ctx) => {
  if ("AlterEnumStmt" in stmt) return enumValueRenamed(stmt, ctx);
  if ("RenameStmt" in stmt) return swapped(ctx.swaps.completedBy(stmt), relLabel(stmt.RenameStmt.relation), ctx);
  const hits = [];
  for (const { table, cmd } of alterTableCmds(stmt)) {
    if (cmd.subtype !== "AT_AlterColumnType" || !isExisting(ctx, relKey(table))) continue;
    const def = cmd.def && "ColumnDef" in cmd.def ? cmd.def.ColumnDef : void 0;
    const column = cmd.name ?? "?";
    const key = `${relKey(table)}.${column}`;
    const label = relLabel(table);
    if (ctx.columnTypes.get(key) !== void 0) {
      const before = ctx.columnTypes.get(key);
      ctx.columnTypes.set(key, def?.typeName);
      if (widens(before, def?.typeName, ctx.dialect) || relabels(before, def?.typeName, ctx.utcSession, ctx.dialect)) continue;
      const message = holdsAll(before, def?.typeName, ctx.dialect) ? rewriteMessage(column, label, typeLabel(def?.typeName), typeLabel(before), timeZoneSensitive(before, def?.typeName)) : changeTypeMessage(column, label, typeLabel(def?.typeName), typeLabel(before), void 0, newEnumValues(ctx, def?.typeName));
      hits.push(hit("change-column-type", ctx, message));
      continue;
    }
    ctx.columnTypes.set(key, def?.typeName);
    if (def?.typeName && ctx.createdTypes.has(typeBaseName(def.typeName))) {
      hits.push(
        hit("change-column-type", ctx, changeTypeMessage(column, label, typeLabel(def.typeName), void 0, void 0, newEnumValues(ctx, def.typeName)))
      );
      continue;
    }
    const provisional = isWideningTarget(def) ? { ...hit("change-column-type", ctx, unknownWideningMessage(column, label, typeLabel(def?.typeName))), severity: "warning" } : hit("change-column-type", ctx, changeTypeMessage(column, label, typeLabel(def?.typeName)));
    const pending = {
      kind: "type",
      ...ctx.dialect ? { dialect: ctx.dialect } : {},
      table: ctx.origins.get(relKey(table)) ?? relKey(table),
      tableLabel: label,
      column: ctx.origins.get(key) ?? column,
      columnLabel: column,
      type: def?.typeName,
      line: ctx.line,
      ...ctx.utcSession ? { utc: true } : {},
      hit: provisional
    };
    ctx.columnChanges.push(pending);
    hits.push(provisional);
  }
  return hits;
};
function swapped(swap, label, ctx) {
  const key = swap ? `${swap.table}.${swap.column}` : "";
  const dropped = ctx.columnDrops.get(key);
  if (!swap || !dropped) return [];
  ctx.withdrawn.add(dropped.hit);
  const how = swapHow(swap);
  if (dropped.type !== void 0) {
    const settled = judgeSwap(
      swap.column,
      label,
      dropped.type,
      typeLabel(dropped.type),
      swap.type,
      { how, converts: swap.converts },
      ctx.line,
      ctx.dialect,
      ctx.utcSession
    );
    return settled ? [settled] : [];
  }
  const to = typeLabel(swap.type);
  const provisional = !swap.converts && WIDENING_TARGETS.has(typeBaseName(swap.type)) ? { ...hit("change-column-type", ctx, unknownWideningMessage(swap.column, label, to, void 0, how)), severity: "warning" } : hit("change-column-type", ctx, changeTypeMessage(swap.column, label, to, void 0, how));
  ctx.columnChanges.push({
    kind: "type",
    ...ctx.dialect ? { dialect: ctx.dialect } : {},
    table: ctx.origins.get(swap.table) ?? swap.table,
    tableLabel: label,
    column: dropped.origin,
    columnLabel: swap.column,
    type: swap.type,
    line: ctx.line,
    ...ctx.utcSession ? { utc: true } : {},
    hit: provisional,
    swap: { how, converts: swap.converts }
  });
  return [provisional];
}
function judgeSwap(column, label, before, from, after, swap, line, dialect, utc) {
  const to = typeLabel(after);
  if (widens(before, after, dialect) || relabels(before, after, utc, dialect)) {
    if (!swap.converts) return void 0;
    return {
      rule: "data-backfill",
      line,
      message: `Rewriting the values of column ${quote(column)} of ${label}${swap.how}: the copy converts every value and the old column is dropped, so a rollback does not restore the old values. Keep data changes out of schema migrations: run them as a separate, idempotent, batched job, and note in the rollback plan how to undo them.`
    };
  }
  if (holdsAll(before, after, dialect))
    return {
      rule: "change-column-type",
      line,
      severity: "warning",
      message: `Changing column ${quote(column)} of ${label} from ${from} to ${to}${swap.how} keeps every value the old code writes, but the copy rewrites every row in one transaction, and a down that swaps it back fails once values ${typeLabel(before)} cannot hold were written. For a large table, fill the new column in batches, and make the down deal with those values.`
    };
  return { rule: "change-column-type", line, message: changeTypeMessage(column, label, to, from, swap.how) };
}
function newEnumValues(ctx, type) {
  if (!type || type.arrayBounds?.length) return void 0;
  return ctx.createdTypes.get(typeBaseName(type));
}
function changeTypeMessage(column, tableLabel, to, from, how, enumValues2) {
  if (enumValues2 && !how)
    return `Changing column ${quote(column)} of ${tableLabel}${from ? ` from ${from}` : ""} to ${to}, an enum this migration creates (${enumValues2.map((v) => `'${v}'`).join(", ")}; re-creating an enum is how values are removed or renamed): the cast fails while any row holds a value it lacks, the table is rewritten under an exclusive lock, and the old code (still running, or back after a rollback) that writes a removed value fails. Stop writing the values and move the rows off them first; remove them in a later release.`;
  if (how)
    return `Changing column ${quote(column)} of ${tableLabel}${from ? ` from ${from}` : ""} to ${to}${how}: the old code (still running, or back after a rollback) reads and writes ${quote(column)} as ${to} and may send values ${to} rejects, and only a down that swaps it back, converting every value, restores the old type. Keep the old column instead: add the new one under its own name, write to both, backfill in batches, switch reads, then drop the old column in a later release.`;
  return `Changing column ${quote(column)} of ${tableLabel}${from ? ` from ${from}` : ""} to ${to} rewrites the table under an exclusive lock, and the old code (still running, or back after a rollback) may send values the new type rejects. Add a column of the new type, write to both, backfill, switch reads, then drop the old column in a later release.`;
}
function unknownWideningMessage(column, tableLabel, to, why = UNKNOWN_TYPE_WHY, how = "") {
  return `Changing column ${quote(column)} of ${tableLabel} to ${to}${how}: ${why}, so this may or may not be a widening. A widening (varchar(n) \u2192 text, more numeric precision) is safe going forward, but the down migration narrows the column back, which fails or truncates once longer or wider values were written. Check the old type, and make sure the down can hold what the up lets in.`;
}
function downNarrowsMessage(column, tableLabel, to, back, down, dialect) {
  const fails = dialect === "mysql" ? "rolling back fails on them (or, outside strict mode, cuts them)" : "rolling back fails on them";
  return `Changing column ${quote(column)} of ${tableLabel} to ${to} is safe going forward, but the down migration (${down}) changes it back to ${back}, which holds less: once values ${back} cannot hold are written, ${fails}. Make the down deal with those values first, or leave the column at ${to} in the down (the old code reads it fine).`;
}
function settleTypeChange(change, before, where) {
  if (change.swap)
    return judgeSwap(
      change.columnLabel,
      change.tableLabel,
      before,
      `${typeLabel(before)} (${where})`,
      change.type,
      change.swap,
      change.line,
      change.dialect,
      change.utc === true
    );
  if (widens(before, change.type, change.dialect) || relabels(before, change.type, change.utc === true, change.dialect)) return void 0;
  const from = `${typeLabel(before)} (${where})`;
  const to = typeLabel(change.type);
  return {
    rule: "change-column-type",
    line: change.line,
    message: holdsAll(before, change.type, change.dialect) ? rewriteMessage(change.columnLabel, change.tableLabel, to, from, timeZoneSensitive(before, change.type)) : changeTypeMessage(change.columnLabel, change.tableLabel, to, from)
  };
}
var INTEGER_RANK = /* @__PURE__ */ new Map([
  ["int2", 1],
  ["int4", 2],
  ["int8", 3]
]);
var fractionalDigits = (t) => typeMods(t)?.[0] ?? 6;
function timeZoneSensitive(from, to) {
  const [a, b] = [typeBaseName(from), typeBaseName(to)];
  return (a === "timestamp" && b === "timestamptz" || a === "timestamptz" && b === "timestamp") && fractionalDigits(to) >= fractionalDigits(from);
}
function relabels(from, to, utc, dialect) {
  return utc && !dialect && timeZoneSensitive(from, to);
}
function holdsAll(from, to, dialect) {
  if (dialect || (from?.arrayBounds?.length ?? 0) !== (to?.arrayBounds?.length ?? 0)) return false;
  const [a, b] = [storedBase(from), storedBase(to)];
  const [ra, rb] = [INTEGER_RANK.get(a), INTEGER_RANK.get(b)];
  if (ra && rb) return rb > ra;
  if (ra && b === "numeric") return !typeMods(to);
  if (a === "float4" && b === "float8") return true;
  if (a === "date" && (b === "timestamp" || b === "timestamptz")) return true;
  return timeZoneSensitive(from, to);
}
function rewriteMessage(column, tableLabel, to, from, utcHint) {
  return `Changing column ${quote(column)} of ${tableLabel} from ${from} to ${to} keeps every value the old code writes, but rewrites the table under an exclusive lock that blocks reads and writes until it is done` + (utcHint ? " (with the session's time zone set to UTC first, `SET timezone = 'UTC'`, Postgres 12 and later change it without a rewrite). " : ". A down migration that changes it back fails once values the old type cannot hold were written. ") + "For a large table, add a column of the new type, write to both, backfill in batches, switch reads, then drop the old column in a later release.";
}
var SERIAL_STORED = /* @__PURE__ */ new Map([
  ["smallserial", "int2"],
  ["serial2", "int2"],
  ["serial", "int4"],
  ["serial4", "int4"],
  ["bigserial", "int8"],
  ["serial8", "int8"]
]);
var storedBase = (t) => {
  const base = typeBaseName(t);
  return SERIAL_STORED.get(base) ?? base;
};
function sqliteAffinity(t) {
  const name = typeBaseName(t).toUpperCase();
  if (name.includes("INT")) return "INTEGER";
  if (name.includes("CHAR") || name.includes("CLOB") || name.includes("TEXT")) return "TEXT";
  if (name.includes("BLOB") || name === "") return "BLOB";
  if (name.includes("REAL") || name.includes("FLOA") || name.includes("DOUB")) return "REAL";
  return "NUMERIC";
}
function sameType(a, b) {
  const [ea, eb] = [enumSpelling(a), enumSpelling(b)];
  if (ea !== void 0 || eb !== void 0) return (ea ?? typeBaseName(a)).toLowerCase() === (eb ?? typeBaseName(b)).toLowerCase();
  return storedBase(a) === storedBase(b) && JSON.stringify(typeMods(a)) === JSON.stringify(typeMods(b)) && (a?.arrayBounds?.length ?? 0) === (b?.arrayBounds?.length ?? 0);
}
function textCapacity(base, mods, dialect) {
  if (base === "varchar") return mods?.[0] ?? (dialect === "mysql" ? 255 : Infinity);
  if (base === "citext") return Infinity;
  if (base === "text") return dialect === "mysql" ? 65535 : Infinity;
  return MYSQL_TEXTS.get(base);
}
var MYSQL_TEXTS = /* @__PURE__ */ new Map([
  ["tinytext", 255],
  ["mediumtext", 16777215],
  ["longtext", 4294967295]
]);
var MYSQL_BLOBS = /* @__PURE__ */ new Map([
  ["tinyblob", 255],
  ["blob", 65535],
  ["mediumblob", 16777215],
  ["longblob", 4294967295]
]);
var TEMPORAL = /* @__PURE__ */ new Set(["timestamp", "timestamptz", "time", "timetz", "datetime"]);
function enumValues(base) {
  const m = /^(enum|set)\((.*)\)$/s.exec(base);
  return m ? { kind: m[1], values: m[2].match(/'(?:[^']|'')*'/g) ?? [] } : void 0;
}
function widens(from, to, dialect) {
  if (sameType(from, to)) return true;
  if (dialect === "sqlite" && from && to) return sqliteAffinity(from) === sqliteAffinity(to);
  const a = typeBaseName(from);
  const b = typeBaseName(to);
  const am = typeMods(from);
  const bm = typeMods(to);
  if ((from?.arrayBounds?.length ?? 0) !== (to?.arrayBounds?.length ?? 0)) return false;
  const [ac, bc] = [textCapacity(a, am, dialect), textCapacity(b, bm, dialect)];
  if (ac !== void 0 && bc !== void 0) return bc >= ac;
  const [ab, bb] = [MYSQL_BLOBS.get(a), MYSQL_BLOBS.get(b)];
  if (ab !== void 0 && bb !== void 0) return bb >= ab;
  if (a === "numeric" && b === "numeric") {
    if (!bm) return true;
    if (!am) return false;
    return (bm[1] ?? 0) === (am[1] ?? 0) && (bm[0] ?? 0) >= (am[0] ?? 0);
  }
  if (TEMPORAL.has(a) && a === b) {
    const digits = dialect === "mysql" ? 0 : 6;
    return (bm?.[0] ?? digits) >= (am?.[0] ?? digits);
  }
  const [ae, be] = [enumValues(enumSpelling(from) ?? a), enumValues(enumSpelling(to) ?? b)];
  if (ae && be && ae.kind === be.kind) return be.values.length >= ae.values.length && ae.values.every((v, i) => be.values[i] === v);
  return false;
}

export {
  changeColumnType,
  changeTypeMessage,
  unknownWideningMessage,
  downNarrowsMessage,
  settleTypeChange,
  holdsAll,
  rewriteMessage,
  sqliteAffinity,
  TEMPORAL,
  widens
};
