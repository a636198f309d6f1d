import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  InputError
} from "./chunk-LJEM6I7O.js";
import {
  keepWasmOnBaseline
} from "./chunk-DIFVVXPK.js";
import "./chunk-ASTGNKGX.js";
import "./chunk-ADI5M2KE.js";

// src/cli/drill.ts
import { parseArgs } from "node:util";

// src/core/drill.ts
function drillJson(run) {
  return {
    engine: run.engine,
    serverVersion: run.serverVersion,
    base: run.base,
    totalMs: Math.round(run.totalMs),
    notices: run.notices,
    migrations: run.migrations.map((m) => ({
      path: m.path,
      framework: m.framework,
      ...m.downPath ? { downPath: m.downPath } : {},
      result: m.result,
      upMs: round(m.upMs),
      downMs: round(m.downMs),
      reapplyMs: round(m.reapplyMs),
      lostOnRollback: m.lostOnRollback,
      notes: m.notes,
      statements: m.statements.map((s) => ({ ...s, ms: Math.round(s.ms * 10) / 10 }))
    }))
  };
}
var round = (ms) => ms === void 0 ? null : Math.round(ms * 10) / 10;

// src/cli/drill.ts
var DrillUsageError = class extends Error {
};
var DURATION = "a duration such as 30s, 500ms, 2m";
async function readDrillArgs(args) {
  const { parseDuration } = await import("./chunk-SFSXHQQT.js");
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: false,
      strict: true,
      options: {
        repo: { type: "string" },
        base: { type: "string" },
        head: { type: "string" },
        "database-url": { type: "string" },
        "statement-timeout": { type: "string" },
        "time-budget": { type: "string" },
        "cache-dir": { type: "string" },
        "no-cache": { type: "boolean" },
        config: { type: "string" },
        set: { type: "string", multiple: true },
        format: { type: "string" },
        help: { type: "boolean", short: "h" }
      }
    });
  } catch (error) {
    throw new DrillUsageError(error.message.split("\n")[0]);
  }
  const v = parsed.values;
  if (v.help) return { help: true };
  const format = v.format ?? "text";
  if (!["text", "json", "markdown"].includes(format)) throw new DrillUsageError(`--format must be one of text, json, markdown (got "${v.format}")`);
  const duration = (flag, text, fallback) => {
    if (text === void 0) return fallback;
    const ms = parseDuration(text);
    if (ms === void 0) throw new DrillUsageError(`--${flag} must be ${DURATION} (got "${text}")`);
    return ms;
  };
  const set = /* @__PURE__ */ new Map();
  for (const pair of v.set ?? []) {
    const eq = pair.indexOf("=");
    if (eq <= 0) throw new DrillUsageError(`--set must be name=value (got "${pair}")`);
    set.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  const settings = {
    repoDir: v.repo ?? ".",
    statementTimeoutMs: duration("statement-timeout", v["statement-timeout"], 3e4),
    budgetMs: duration("time-budget", v["time-budget"], 6e5),
    ...v.base ? { base: v.base } : {},
    ...v.head ? { head: v.head } : {},
    ...v["database-url"] ? { databaseUrl: v["database-url"] } : {},
    ...v["cache-dir"] ? { cacheDir: v["cache-dir"] } : {},
    ...v["no-cache"] ? { noCache: true } : {},
    ...v.config ? { configFile: v.config } : {},
    ...set.size ? { set } : {}
  };
  return { help: false, settings, format };
}
async function runDrill(input, settings, log) {
  keepWasmOnBaseline();
  const [{ collectDrill }, { rehearse }, { ImageCache, defaultCacheDir }] = await Promise.all([
    import("./chunk-QLHBE6LB.js"),
    import("./chunk-646KNJFL.js"),
    import("./chunk-BWCCVAWY.js")
  ]);
  const plan = await collectDrill(input.repo, input.forkPoint, input.headSha, input.config, settings.set);
  if (plan.sets.length === 0 && plan.unrehearsable.length === 0) return { notices: plan.notices };
  const engineOptions = { statementTimeoutMs: settings.statementTimeoutMs, lockTimeoutMs: Math.min(settings.statementTimeoutMs, 1e4) };
  const engine = settings.databaseUrl ? await (await import("./chunk-WOER4UKE.js")).PostgresEngine.connect(settings.databaseUrl, engineOptions) : new (await import("./chunk-VG5YW6WZ.js")).PgliteEngine(engineOptions, [...await (await import("./chunk-CMBR6S3U.js")).extensionsCreated(scriptsOf(plan))]);
  const stop = () => {
    void engine.dispose().finally(() => process.exit(130));
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  try {
    const cache = settings.noCache || engine.kind !== "pglite" ? void 0 : new ImageCache(settings.cacheDir ?? defaultCacheDir());
    const result = await rehearse({
      engine,
      plan,
      config: input.config,
      statementTimeoutMs: settings.statementTimeoutMs,
      budgetMs: settings.budgetMs,
      ...cache ? { cache } : {},
      ...log ? { log } : {}
    });
    return { outcome: { passed: result.passed, summary: result.summary, run: result.run }, findings: result.findings };
  } finally {
    process.off("SIGINT", stop);
    process.off("SIGTERM", stop);
    const left = await engine.dispose();
    if (left.length)
      process.stderr.write(
        `rollback-ready drill: could not drop its temporary database${left.length > 1 ? "s" : ""} ${left.join(", ")}: drop ${left.length > 1 ? "them" : "it"} by hand (DROP DATABASE).
`
      );
  }
}
function* scriptsOf(plan) {
  for (const set of plan.sets) {
    for (const m of set.base) yield m.up;
    for (const m of set.pr) {
      yield m.up;
      if (m.down) yield m.down;
    }
  }
}
var verdictOf = (gate) => gate?.status === "pass" ? "pass" : gate?.status === "fail" ? "fail" : "not-applicable";
async function drillCommand(args, io) {
  const read = await readDrillArgs(args);
  if (read.help) return 0;
  const { settings, format } = read;
  const [
    { readGitPullRequest },
    { evaluate },
    { renderJson },
    { renderDrillMarkdown, renderDrillText },
    { renderFindingsText },
    { renderFindings },
    { DrillSetupError }
  ] = await Promise.all([
    import("./chunk-CWEIVGXA.js"),
    import("./chunk-GUGBP3PR.js"),
    import("./chunk-AOQM3MGO.js"),
    import("./chunk-5NXP7EN4.js"),
    import("./chunk-QCWMIQOF.js"),
    import("./chunk-VJH2FLKH.js"),
    import("./chunk-SFSXHQQT.js")
  ]);
  const pr = await readGitPullRequest({ repoDir: settings.repoDir, base: settings.base, head: settings.head, configFile: settings.configFile });
  let result;
  try {
    result = await runDrill({ repo: pr.repo, forkPoint: pr.forkPoint, headSha: pr.headSha, config: pr.config }, settings, (line) => {
      if (format === "text") io.stderr(`${line}
`);
    });
  } catch (error) {
    if (error instanceof DrillSetupError) throw new InputError(error.message);
    throw error;
  }
  const drilled = "outcome" in result ? result : void 0;
  const leftOut = "notices" in result ? result.notices : [];
  const evaluation = await evaluate({ ...pr.input, body: "", ...drilled ? { drill: drilled.outcome, extraFindings: drilled.findings } : {} });
  const gate = evaluation.report.gates.find((g) => g.id === "drill");
  const verdict = drilled ? verdictOf(gate) : "not-applicable";
  const findings = drilled?.findings ?? [];
  const report = { ...evaluation.report, verdict, findings, gates: gate ? [gate] : [] };
  if (format === "json") {
    const json = JSON.parse(renderJson(report));
    const drill = drilled?.outcome.run ? drillJson(drilled.outcome.run) : leftOut.length ? { migrations: [], notices: leftOut } : void 0;
    io.stdout(JSON.stringify({ ...json, ...drill ? { drill } : {} }, null, 2) + "\n");
  } else if (!drilled) {
    io.stdout(nothingToRehearse(format, leftOut));
  } else if (format === "markdown") {
    const { run, passed, summary } = drilled.outcome;
    io.stdout(renderDrillMarkdown(run, summary, passed) + (findings.length ? `

#### Findings

${renderFindings(findings, {})}` : "") + "\n");
  } else {
    const { run, passed, summary } = drilled.outcome;
    io.stdout(
      renderDrillText(run, summary, passed) + (findings.length ? `
Findings (${findings.length}):
${renderFindingsText(findings).replace(/^(?=.)/gm, "  ")}
` : "")
    );
  }
  return verdict === "fail" ? 1 : 0;
}
function nothingToRehearse(format, leftOut) {
  const what = leftOut.length ? "No Postgres migrations to rehearse in this change." : "No migrations to rehearse in this change.";
  if (format === "markdown") return `### Rollback drill

${what}
${leftOut.map((n) => `
- ${n}`).join("")}${leftOut.length ? "\n" : ""}`;
  return `Rollback drill: not applicable. ${what}
${leftOut.map((n) => `  ${n}
`).join("")}`;
}
export {
  DrillUsageError,
  drillCommand,
  readDrillArgs,
  runDrill
};
