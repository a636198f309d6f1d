import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  sqlAnalyser
} from "./chunk-Q7EMWZUQ.js";
import "./chunk-ADI5M2KE.js";

// src/core/frameworks/down-uniques.ts
var covers = (up, down, downKeys, keyReadsOnly) => {
  const { build } = up;
  return build.unique && build.table === down.table && !build.partial && !!build.keys?.length && build.keys.every((k) => keyReadsOnly(k, downKeys, up.origin));
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
      const names = new Map(columnOrigin);
      const origin = (c) => names.get(`${t}.${c}`) ?? c;
      const index = e.usingIndex === void 0 ? void 0 : left.get(e.usingIndex);
      if (index) left.delete(e.usingIndex);
      left.set(e.name, index ? { ...index, build: { ...index.build, name: e.name } } : { build: { ...e, table: t }, origin });
    }
  }
  const { quote } = await import("./chunk-CE2SZCAH.js");
  const { keyText, keyReadsOnly } = await import("./chunk-KD2U5AAN.js");
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
    const name = drops.has(e.name) ? e.name : e.usingIndex !== void 0 && drops.has(e.usingIndex) ? e.usingIndex : void 0;
    if (name === void 0 || said.has(name)) continue;
    const at = e.usingIndex !== void 0 && back.find((b) => b.kind === "build" && b.name === e.usingIndex) || e;
    if ((at.keyColumns ?? at.columns)?.some((c) => added.has(`${e.table}.${c}`))) continue;
    const downKeys = new Set((at.keys ?? []).map((k) => keyText(k)));
    const kept = [...left.values()];
    if (downKeys.size && kept.some((b) => covers(b, { ...at, table: e.table }, downKeys, keyReadsOnly))) continue;
    said.add(name);
    const dropLine = drops.get(name);
    const where = down.inFile || down.derived ? void 0 : `${at.path ?? down.name}, line ${at.line}`;
    const downColumns = at.keyColumns ?? at.columns ?? [];
    const shared = ({ build, origin }) => build.unique && build.table === e.table && !build.partial ? (build.keyColumns ?? build.columns ?? []).filter((c) => downColumns.includes(origin(c))).length : 0;
    const other = kept.filter((k) => shared(k) > 0).sort((a, b) => Number(b.build.name === name) - Number(a.build.name === name) || shared(b) - shared(a))[0];
    out.push({
      rule: "unique-constraint",
      line: where ? dropLine : at.line,
      message: rebuiltMessage(e, quote(name), dropLine, down.name, where, other && `${other.build.what} ${quote(other.build.name)}`)
    });
  }
  return out.length ? [...hits, ...out].sort((a, b) => a.line - b.line) : hits;
}
function rebuiltMessage(e, name, dropLine, downName, where, other) {
  const opening = where ? `This migration drops ${e.what} ${name} of ${e.tableLabel}, and its down migration (${where}) builds it again` : `Rolling back (${downName}) builds ${e.what} ${name} of ${e.tableLabel} again, which the up drops (line ${dropLine})`;
  const live = other ? `its ${other} keeps rows apart by another key, which may let in two rows the down's would not` : "nothing stops duplicate values";
  return `${opening}: while the up is live ${live}, and the down then fails on the first one, halfway through a rollback (CREATE UNIQUE INDEX CONCURRENTLY leaves an invalid index behind). Plan for it: say in the rollback plan how duplicates are found and merged before rolling back (or make the down merge them first), or keep the unique index in this release and drop it in a later one.`;
}
export {
  judgeDownUniques
};
