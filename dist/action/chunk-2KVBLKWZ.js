import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  dirName
} from "./chunk-VKBMTKYT.js";
import {
  DIALECT_NAMES
} from "./chunk-BF324SM3.js";

// src/core/frameworks/dialect-doubt.ts
var isDoubt = (verdict) => verdict !== void 0 && "doubt" in verdict;
function verdictOf(sources) {
  const byDialect = /* @__PURE__ */ new Map();
  for (const s of sources) if (!byDialect.has(s.dialect)) byDialect.set(s.dialect, s);
  const distinct = [...byDialect.values()];
  return distinct.length > 1 ? { doubt: distinct } : distinct[0];
}
function unreadVerdict(file, failure, said = void 0) {
  return withUnread({ file, failure: failureText(failure) }, said);
}
function withUnread(unread, said = void 0) {
  if (isDoubt(said)) return { doubt: said.doubt, unread: [...said.unread ?? [], unread] };
  return { doubt: said ? [said] : [], unread: [unread] };
}
function readFailureText(failure) {
  const status = failure?.status;
  return `${typeof status === "number" ? `HTTP ${status}, ` : ""}${failureText(failure)}`;
}
var failureText = (failure) => (failure instanceof Error ? failure.message : String(failure)).split("\n")[0].trim().replace(/[.:]$/, "") || "unreadable";
function doubtReading(doubt) {
  const other = doubt.doubt.find((s) => s.dialect !== "postgres");
  if (other) return { dialect: other.dialect, from: "one of the databases its project names, see the not-analysed notice", standIn: true };
  return { dialect: "mysql", from: "no known database, its project config being unreadable, see the not-analysed notice", standIn: true };
}
var WHAT_HOLDS = "it was read for what holds on every database (drops, renames, type and nullability changes, data changes, missing or empty downs), without Postgres-only advice (locks, CONCURRENTLY, NOT VALID, lock_timeout)";
function doubtCause(doubt) {
  const said = doubt.doubt.map((s) => `${s.from} names ${DIALECT_NAMES[s.dialect]}`).join("; ");
  if (!doubt.unread?.length) return `The project names different databases for this migration: ${said}.`;
  if (doubt.unread.every((u) => u.runtime)) {
    const chosen = doubt.unread.map((u) => `${u.file} (${u.failure})`).join(", ");
    return `The project chooses this migration's database at run time: ${chosen}${said ? `; ${said}` : ""}.`;
  }
  const unread = doubt.unread.map((u) => `${u.file} (${u.failure})`).join(", ");
  return `A config file that may name this migration's database could not be read: ${unread}${said ? `; ${said}` : ""}.`;
}
function doubtSetting(doubt, path) {
  const named = [...new Set(doubt.doubt.map((s) => s.dialect))];
  const [first, ...others] = named.length ? named : ["postgres", "mysql", "sqlite", "sqlserver"];
  const line = `\`dialect: {'${dirName(path)}**': ${first}}\``;
  if (named.length > 1) return `${line} (or ${others.join(", ")})`;
  return `${line} (or ${named.length ? "the database it runs on" : `${others.join(", ")}\u2026: the database it runs on`})`;
}
function doubtNotice(doubt, path) {
  const fix = !doubt.unread?.length || doubt.unread.every((u) => u.runtime) ? "Say" : doubt.unread.every((u) => u.readFailed) ? "Run again once the file can be read, or say" : "Fix the file, or say";
  return {
    rule: "not-analysed",
    line: 1,
    message: `${doubtCause(doubt)} Until ${doubt.unread?.length ? "the database is" : "one is"} settled ${WHAT_HOLDS}. ${fix} which one it runs on in .github/rollback-ready.yml: ${doubtSetting(doubt, path)}.`
  };
}
async function analyseInVerdict(framework, input, verdict) {
  if (!isDoubt(verdict)) return framework.analyse(verdict ? { ...input, dialect: verdict } : input);
  const analysis = await framework.analyse({ ...input, dialect: doubtReading(verdict) });
  return { ...analysis, hits: [doubtNotice(verdict, input.path), ...analysis.hits] };
}

export {
  isDoubt,
  verdictOf,
  unreadVerdict,
  withUnread,
  readFailureText,
  failureText,
  doubtCause,
  doubtSetting,
  analyseInVerdict
};
