import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  sqlAnalyser
} from "./chunk-3O2DE4RO.js";
import "./chunk-ADI5M2KE.js";

// src/core/frameworks/down-uniques.ts
var covers = (up, down) => {
  const keys = up.keyColumns ?? up.columns;
  return up.unique && up.table === down.table && !up.partial && !!keys?.length && !!down.columns && keys.every((c) => down.columns.includes(c));
};
async function judgeDownUniques(up, hits, down) {
  const analyser = await sqlAnalyser();
  const before = await analyser.uniqueEventsOf(up);
  if (!before.some((e) => e.kind === "drop")) return hits;
  const back = await analyser.uniqueEventsOf(down.pieces);
  const drops = /* @__PURE__ */ new Map();
  const left = /* @__PURE__ */ new Map();
  const tableOrigin = /* @__PURE__ */ new Map();
  const columnOrigin = /* @__PURE__ */ new Map();
  const originOf = (table) => tableOrigin.get(table) ?? table;
  for (const e of before) {
    if (e.kind === "drop") {
      drops.set(e.name, e.line);
      left.delete(e.name);
    } else if (e.kind === "rename-table") tableOrigin.set(e.to, originOf(e.from));
    else if (e.kind === "rename-column") {
      const t = originOf(e.table);
      columnOrigin.set(`${t}.${e.to}`, columnOrigin.get(`${t}.${e.from}`) ?? e.from);
    } else if (e.kind === "build") {
      const t = originOf(e.table);
      const origin = (c) => columnOrigin.get(`${t}.${c}`) ?? c;
      left.set(e.name, { ...e, table: t, columns: e.columns?.map(origin), ...e.keyColumns ? { keyColumns: e.keyColumns.map(origin) } : {} });
    }
  }
  const { quote } = await import("./chunk-XKQVE5IK.js");
  const out = [];
  const said = /* @__PURE__ */ new Set();
  const written = /* @__PURE__ */ new Set();
  const added = /* @__PURE__ */ new Set();
  for (const e of back) {
    if (e.kind === "write") written.add(e.table);
    if (e.kind === "add-column") added.add(`${e.table}.${e.column}`);
  }
  for (const e of back) {
    if (e.kind !== "build" || !e.unique || written.has(e.table)) continue;
    if (e.columns?.some((c) => added.has(`${e.table}.${c}`))) continue;
    const name = drops.has(e.name) ? e.name : e.usingIndex !== void 0 && drops.has(e.usingIndex) ? e.usingIndex : void 0;
    if (name === void 0 || said.has(name) || [...left.values()].some((b) => covers(b, e))) continue;
    said.add(name);
    const at = e.usingIndex !== void 0 && back.find((b) => b.kind === "build" && b.name === e.usingIndex) || e;
    const dropLine = drops.get(name);
    const where = down.inFile || down.derived ? void 0 : `${at.path ?? down.name}, line ${at.line}`;
    out.push({ rule: "unique-constraint", line: where ? dropLine : at.line, message: rebuiltMessage(e, quote(name), dropLine, down.name, where) });
  }
  return out.length ? [...hits, ...out].sort((a, b) => a.line - b.line) : hits;
}
function rebuiltMessage(e, name, dropLine, downName, where) {
  const opening = where ? `This migration drops ${e.what} ${name} of ${e.tableLabel}, and its down migration (${where}) builds it again` : `Rolling back (${downName}) builds ${e.what} ${name} of ${e.tableLabel} again, which the up drops (line ${dropLine})`;
  return `${opening}: while the up is live nothing stops duplicate values, and the down then fails on the first one, halfway through a rollback (CREATE UNIQUE INDEX CONCURRENTLY leaves an invalid index behind). Plan for it: say in the rollback plan how duplicates are found and merged before rolling back (or make the down merge them first), or keep the unique index in this release and drop it in a later one.`;
}
export {
  judgeDownUniques
};
