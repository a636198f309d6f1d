import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);

// src/core/render/drill.ts
var RESULT = {
  pass: "\u2705 pass",
  fail: "\u274C fail",
  "up-only": "\u2796 up only",
  "not-run": "\u2796 not run"
};
function lockBlocks(mode) {
  switch (mode) {
    case "AccessExclusiveLock":
      return "blocks reads and writes";
    case "ExclusiveLock":
    case "ShareRowExclusiveLock":
    case "ShareLock":
      return "blocks writes";
    case "ShareUpdateExclusiveLock":
      return "blocks DDL and VACUUM";
    default:
      return "blocks DDL";
  }
}
var ms = (v) => v === void 0 ? "\u2014" : v >= 1e3 ? `${(v / 1e3).toFixed(1)} s` : `${v < 10 ? v.toFixed(1) : Math.round(v)} ms`;
var cell = (text) => text.replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\r?\n/g, " ");
var notable = (l) => !["AccessShareLock", "RowShareLock", "RowExclusiveLock"].includes(l.mode);
function locksText(s) {
  if (!s.locks) return "not measured";
  const shown = s.locks.filter(notable);
  if (!shown.length) return "\u2014";
  return shown.map((l) => `${l.mode.replace(/Lock$/, "")} on ${l.relation} (${lockBlocks(l.mode)})`).join("; ");
}
function rewritesText(s) {
  if (!s.rewrites.length) return "\u2014";
  return s.rewrites.map((r) => r.rows === void 0 ? `index ${r.relation} rebuilt` : `${r.relation} (${r.rows} rows)`).join("; ");
}
function renderDrillMarkdown(run, summary, passed) {
  const parts = [`### Rollback drill

${passed ? "\u2705" : "\u274C"} ${cell(summary)}`];
  if (run.migrations.length) {
    const rows = run.migrations.map((m) => {
      const loses = m.lostOnRollback.length ? m.lostOnRollback.map(cell).join("<br>") : "\u2014";
      return `| \`${cell(m.path)}\` | ${RESULT[m.result]} | ${ms(m.upMs)} | ${ms(m.downMs)} | ${ms(m.reapplyMs)} | ${loses} |`;
    });
    parts.push(
      ["| Migration | Result | Up | Down | Up again | Data written after the deploy that a rollback loses |", "|---|---|---|---|---|---|", ...rows].join("\n")
    );
    const statements = run.migrations.flatMap(
      (m) => m.statements.map(
        (s) => `| \`${cell(s.path.slice(s.path.lastIndexOf("/") + 1))}\` | ${s.step} | ${s.line} | \`${cell(s.sql)}\` | ${ms(s.ms)} | ${cell(locksText(s))} | ${cell(rewritesText(s))} |`
      )
    );
    if (statements.length) {
      parts.push(
        `<details><summary>Measured per statement: time, locks on tables that existed before, rewrites (${run.engine === "pglite" ? "PGlite" : "server"}, seeded rows)</summary>

` + ["| File | Step | Line | Statement | Time | Locks held | Rewrites |", "|---|---|---|---|---|---|---|", ...statements].join("\n") + "\n\nThe static lock rules stay the gate: these figures come from a small seeded database, so they show which locks and rewrites happen, not how long they last on production data.\n\n</details>"
      );
    }
    const notes = run.migrations.flatMap((m) => m.notes.map((n) => `- \`${cell(m.path)}\`: ${cell(n)}`));
    if (notes.length) parts.push(notes.join("\n"));
  }
  if (run.notices.length) parts.push(run.notices.map((n) => `- \u2139\uFE0F ${cell(n)}`).join("\n"));
  const base = run.base.migrations ? `base: ${run.base.migrations} migration${run.base.migrations === 1 ? "" : "s"}, ${run.base.reused ? "reused from the cache" : `built in ${ms(run.base.ms)}`}` : "base: empty";
  parts.push(`<sub>${cell(run.serverVersion)} \xB7 ${base} \xB7 ${ms(run.totalMs)} in all</sub>`);
  return parts.join("\n\n");
}
function renderDrillText(run, summary, passed) {
  const lines = [`Rollback drill: ${passed ? "pass" : "fail"}. ${summary}`];
  const base = run.base.migrations ? `${run.base.migrations} base migration${run.base.migrations === 1 ? "" : "s"} ${run.base.reused ? "reused from the cache" : `built in ${ms(run.base.ms)}`}` : "empty base";
  lines.push(`${run.serverVersion}; ${base}; ${ms(run.totalMs)} in all.`);
  for (const m of run.migrations) {
    lines.push("", `${m.path}  ${m.result}  up ${ms(m.upMs)} \xB7 down ${ms(m.downMs)} \xB7 up again ${ms(m.reapplyMs)}`);
    for (const s of m.statements) {
      const locks = locksText(s);
      const rewrites = rewritesText(s);
      const extra = [locks !== "\u2014" ? `locks: ${locks}` : "", rewrites !== "\u2014" ? `rewrites: ${rewrites}` : ""].filter(Boolean).join("; ");
      lines.push(
        `  ${s.step.padEnd(7)} ${`${s.path.slice(s.path.lastIndexOf("/") + 1)}:${s.line}`.padEnd(34)} ${ms(s.ms).padStart(8)}  ${s.sql}${extra ? `
${" ".repeat(54)}${extra}` : ""}`
      );
    }
    for (const l of m.lostOnRollback) lines.push(`  a rollback loses: ${l}`);
    for (const n of m.notes) lines.push(`  note: ${n}`);
  }
  if (run.notices.length) lines.push("", ...run.notices.map((n) => `notice: ${n}`));
  return lines.join("\n") + "\n";
}

export {
  lockBlocks,
  renderDrillMarkdown,
  renderDrillText
};
