import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  FileCache,
  frameworkFor,
  lintOutcome
} from "./chunk-VL7LXNHB.js";
import {
  InputError
} from "./chunk-U7GX3HL2.js";
import {
  lintThreads,
  takeLintWorkers
} from "./chunk-II5MWUUH.js";
import "./chunk-ETT5GGDQ.js";
import "./chunk-UNWKPUWI.js";
import "./chunk-HYY4EOWV.js";
import {
  sortFindings
} from "./chunk-WYNSWX4E.js";
import "./chunk-IQR4UOTD.js";
import "./chunk-HZLQ3MQE.js";
import "./chunk-BJ63QOVF.js";
import "./chunk-7WUAOE4O.js";
import "./chunk-QPD4Q67D.js";
import "./chunk-VIAG5GR7.js";
import "./chunk-YQYMSWCG.js";
import "./chunk-BF324SM3.js";
import {
  CANCELLED,
  NOT_STARTED,
  drain,
  pack
} from "./chunk-TCXUJRZP.js";
import {
  compilePgWasm,
  loadPgParser
} from "./chunk-VXNLIOFY.js";
import {
  sqlAnalyser
} from "./chunk-EPOSKRKZ.js";
import {
  locateWasm
} from "./chunk-B5PBSPAV.js";
import "./chunk-ASTGNKGX.js";
import {
  ConfigError,
  DEFAULT_CONFIG,
  loadConfig
} from "./chunk-H5HVMUYY.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";

// src/cli/main.ts
import { readFile } from "node:fs/promises";
import { isAbsolute, relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import { setFlagsFromString as setFlagsFromString2 } from "node:v8";

// src/cli/args.ts
import { parseArgs } from "node:util";
var UsageError = class extends Error {
  constructor(message, command) {
    super(message);
    this.command = command;
    this.name = "UsageError";
  }
  command;
};
var HELP = { type: "boolean", short: "h", description: "print this help and exit" };
function synopsis(spec) {
  const parts = [];
  if (spec.positionals) parts.push(`${spec.positionals.name}...`);
  for (const [name, o] of Object.entries(spec.options)) {
    const value = o.choices ? o.choices.join("|") : o.value;
    parts.push(`[--${name}${o.type === "string" ? ` ${value ?? "VALUE"}` : ""}]`);
  }
  return `rollback-ready ${spec.name}${parts.length ? ` ${parts.join(" ")}` : ""}`;
}
function commandHelp(spec) {
  const rows = [];
  for (const [name, o] of Object.entries({ ...spec.options, help: HELP })) {
    const flag = `${o.short ? `-${o.short}, ` : ""}--${name}${o.type === "string" ? ` ${o.choices ? o.choices.join("|") : o.value ?? "VALUE"}` : ""}`;
    const dflt = o.default !== void 0 ? ` (default: ${o.default})` : o.choices ? ` (default: ${o.choices[0]})` : "";
    rows.push([flag, `${o.description}${dflt}`]);
  }
  const width = Math.max(...rows.map(([f]) => f.length)) + 2;
  const lines = [`Usage: ${synopsis(spec)}`, "", spec.description, "", "Options:", ...rows.map(([f, d]) => `  ${f.padEnd(width)}${d}`)];
  if (spec.exitCodes?.length) lines.push("", "Exit codes:", ...spec.exitCodes.map((l) => `  ${l}`));
  return `${lines.join("\n")}
`;
}
function distance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const cur = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = cur;
    }
  }
  return row[b.length];
}
function closest(name, candidates) {
  const prefixed = candidates.filter((c) => c.startsWith(name) && name.length >= 2);
  if (prefixed.length === 1) return prefixed[0];
  let best;
  let bestDistance = 3;
  for (const c of candidates) {
    const d = distance(name, c);
    if (d < bestDistance) [best, bestDistance] = [c, d];
  }
  return bestDistance <= Math.min(2, Math.floor(name.length / 2)) ? best : void 0;
}
var shown = (value) => value.replace(/(\/\/[^/:@\s]*:)[^@\s]*@/g, "$1***@");
var list = (names) => names.length <= 1 ? names.join("") : `${names.slice(0, -1).join(", ")} and ${names[names.length - 1]}`;
function parseCommandArgs(spec, args, all) {
  const options = { ...spec.options, help: HELP };
  const byShort = new Map(Object.entries(options).flatMap(([name, o]) => o.short ? [[o.short, name]] : []));
  const fail = (message) => {
    throw new UsageError(message, spec.name);
  };
  const { tokens } = parseArgs({ args, strict: false, allowPositionals: true, tokens: true, options: {} });
  if (tokens.some((t) => t.kind === "option" && !t.inlineValue && (t.rawName === "--help" || t.rawName === "-h"))) return "help";
  const values = {};
  const positionals = [];
  let wantsHelp = false;
  for (let t = 0; t < tokens.length; t++) {
    const token = tokens[t];
    if (token.kind === "positional") {
      positionals.push(token.value);
      continue;
    }
    if (token.kind === "option-terminator") continue;
    const raw = token.rawName;
    const name = raw.startsWith("--") ? token.name : byShort.get(token.name) ?? `-${token.name}`;
    const option = options[name];
    if (!option) {
      const flag = raw.startsWith("--") ? raw : `-${token.name}`;
      const others = all.filter((c) => c !== spec && Object.hasOwn(c.options, token.name)).map((c) => c.name);
      if (raw.startsWith("--") && others.length) fail(`${spec.name} does not take ${flag} (${list(others)} ${others.length > 1 ? "do" : "does"})`);
      const guess = closest(token.name, Object.keys(options));
      fail(`unknown option ${flag}${guess ? ` (did you mean --${guess}?)` : ""}`);
    }
    if (name === "help") {
      if (token.inlineValue) fail(`${raw} does not take a value`);
      wantsHelp = true;
      continue;
    }
    if (option.type === "boolean") {
      if (token.inlineValue) fail(`--${name} does not take a value`);
      values[name] = true;
      continue;
    }
    let value = token.inlineValue ? token.value : void 0;
    if (!token.inlineValue) {
      const next = tokens[t + 1];
      if (next?.kind === "positional" && next.value === args[next.index] && next.index === token.index + 1) {
        value = next.value;
        t++;
      }
    }
    if (value === void 0) fail(`--${name} needs a value: --${name} ${option.choices ? option.choices.join("|") : option.value ?? "VALUE"}`);
    if (option.choices && !option.choices.includes(value)) fail(`--${name} must be one of ${option.choices.join(", ")} (got "${shown(value)}")`);
    values[name] = value;
  }
  if (wantsHelp) return "help";
  const p = spec.positionals;
  if (!p && positionals.length) {
    const guess = closest(positionals[0], Object.keys(options));
    fail(`unexpected argument "${shown(positionals[0])}"${guess ? ` (did you mean --${guess}?)` : ""}`);
  }
  if (p && positionals.length < p.min) fail(`needs at least ${p.min === 1 ? "one" : p.min} ${p.name}`);
  return { values, positionals, raw: args };
}

// src/cli/lint-parallel.ts
import { readFileSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
var isSql = (f) => f.toLowerCase().endsWith(".sql");
function startLint(files, env) {
  const threads = lintThreads(files.length, env);
  const sql = files.some(isSql);
  if (sql) sqlAnalyser().catch(() => void 0);
  if (threads === 1) {
    takeLintWorkers(0);
    if (sql) loadPgParser().catch(() => void 0);
    return { threads, workers: [], sql };
  }
  setFlagsFromString("--no-parallel-scavenge");
  const words = new Int32Array(new SharedArrayBuffer(4 * (2 * threads + 1)));
  for (let t = 0; t < threads; t++) words[t] = pack(Math.floor(files.length * t / threads), Math.floor(files.length * (t + 1) / threads));
  words[2 * threads] = files.length;
  const workers = takeLintWorkers(threads - 1);
  let wasm;
  if (sql) {
    wasm = (async () => compilePgWasm(readFileSync(locateWasm("libpg-query/wasm/libpg-query.wasm"))))();
    wasm.catch(() => void 0);
    loadPgParser(wasm).catch(() => void 0);
  }
  return wasm ? { threads, words, workers, sql, wasm } : { threads, words, workers, sql };
}
async function lintFiles(files, config, format, pool) {
  const cache = new FileCache();
  if (pool.threads === 1 || !pool.words) {
    const outcomes = [];
    for (const file of files) outcomes.push(await lintOutcome(file, config, cache, format));
    return outcomes;
  }
  return lintInParallel(files, config, format, pool, cache);
}
function rethrow(failure) {
  if (failure.name === "InputError") throw new InputError(failure.message);
  throw new Error(failure.message);
}
async function lintInParallel(files, config, format, pool, cache) {
  const { threads, words, workers: handles } = pool;
  const outcomes = new Array(files.length);
  const failures = [];
  const workers = handles.map((worker) => {
    worker.ref();
    return new Promise((done) => {
      let reported = false;
      worker.once("message", (report) => {
        reported = true;
        for (const [i, outcome] of report.outcomes) outcomes[i] = outcome;
        if (report.failure) failures.push(report.failure);
        done();
      });
      worker.once("error", () => done());
      worker.once("exit", () => {
        if (!reported) done();
      });
    });
  });
  void (async () => {
    const wasm = await pool.wasm?.catch(() => void 0);
    handles.forEach((worker, i) => {
      const start = { files, format, config, shared: words.buffer, threads, self: i + 1, sql: pool.sql };
      worker.postMessage(wasm ? { ...start, wasm } : start);
    });
  })();
  const own = await drain(
    words,
    threads,
    0,
    (i) => lintOutcome(files[i], config, cache, format),
    (i, o) => outcomes[i] = o
  );
  if (own) failures.push(own);
  for (let self = 1; self < threads; self++) {
    if (Atomics.compareExchange(words, threads + self, NOT_STARTED, CANCELLED) === NOT_STARTED) {
      handles[self - 1].unref();
      void handles[self - 1].terminate();
      workers[self - 1] = Promise.resolve();
    }
  }
  await Promise.all(workers);
  const stop = failures.reduce((min, f) => Math.min(min, f.index), files.length);
  for (let i = 0; i < stop; i++) outcomes[i] ??= await lintOutcome(files[i], config, cache, format);
  if (failures.length) rethrow(failures.reduce((a, b) => b.index < a.index ? b : a));
  return outcomes;
}

// src/cli/main.ts
var loadReport = () => Promise.all([
  import("./chunk-PGN2OHWA.js"),
  import("./chunk-JXYIVTRS.js"),
  import("./chunk-AOQM3MGO.js"),
  import("./chunk-SMK3QSVD.js"),
  import("./chunk-34JR3XHA.js"),
  import("./chunk-WMLXO3WP.js")
]);
var VERSION = "0.1.0";
var FORMATS = {
  check: ["text", "json", "markdown", "sarif"],
  lint: ["text", "json", "sarif"],
  drill: ["text", "json", "markdown"]
};
var prFlags = {
  repo: { type: "string", value: "DIR", default: ".", description: "the git repository" },
  base: {
    type: "string",
    value: "REF",
    default: "the default branch",
    description: "the branch the pull request merges into; the diff starts at its merge base with --head"
  },
  head: { type: "string", value: "REF", default: "HEAD", description: "the pull request's head" }
};
var configFlag = {
  type: "string",
  value: "FILE",
  default: ".github/rollback-ready.yml read from --base",
  description: "a config file on disk instead"
};
var check = {
  name: "check",
  summary: "evaluate the change between --base and --head against the PR description in --body",
  description: "Evaluate the change between --base (default: the merge base with the default branch) and --head\n(default: HEAD) against the pull request description in --body, as the App and the Action do.",
  options: {
    ...prFlags,
    body: { type: "string", value: "FILE|-", default: "an empty description", description: "the PR description (Markdown); - reads standard input" },
    config: configFlag,
    format: {
      type: "string",
      choices: FORMATS.check,
      description: "text (terminal), json (the report contract), markdown (the PR comment), sarif (code scanning)"
    }
  },
  exitCodes: ["0  pass or not applicable", "1  a gate failed", "2  usage, config or input error"],
  run: runCheck
};
var lint = {
  name: "lint",
  summary: "analyse migration and deploy files on disk and print their findings",
  description: "Analyse migration and deploy files on disk. Each file's framework is decided from its path and\ncontent, as check does; files that are neither are listed as skipped.",
  options: {
    format: { type: "string", choices: FORMATS.lint, description: "text (grouped by file), json ({ schemaVersion, findings }), sarif (code scanning)" },
    config: { ...configFlag, default: "the defaults", description: "a config file (rule severities, paths)" }
  },
  positionals: { name: "FILE", min: 1 },
  exitCodes: ["0  no error-level finding", "1  an error-level finding", "2  usage, config or input error"],
  run: runLint
};
var template = {
  name: "template",
  summary: "print a rollback plan skeleton for the change, to paste into the PR description",
  description: "Print a rollback plan for the change, sized to its risk and pre-filled with the framework's\nrollback command, the data the findings say a rollback loses and the suggested revert SHA.",
  options: { ...prFlags, config: configFlag },
  exitCodes: ["0  printed", "2  usage, config or input error"],
  run: runTemplate
};
var drill = {
  name: "drill",
  summary: "rehearse each migration of the change (up, down, up again) on an embedded Postgres or a real server",
  description: "Rehearse each migration the change adds or modifies, on its own and in order: the base branch's\nmigrations build the starting schema; then seed every table, up, down, compare schema and data\nwith where they started, and up again. Locks, rewrites and times are measured per statement.",
  options: {
    ...prFlags,
    "database-url": {
      type: "string",
      value: "URL",
      default: "an embedded PGlite",
      description: "a real Postgres server; the drill creates databases of its own there and drops them (the role needs CREATEDB)"
    },
    "statement-timeout": { type: "string", value: "DURATION", default: "30s", description: "stop a statement after this long" },
    "time-budget": { type: "string", value: "DURATION", default: "10m", description: "stop the whole drill after this long" },
    "cache-dir": {
      type: "string",
      value: "DIR",
      default: "$ROLLBACK_READY_CACHE_DIR, $RUNNER_TEMP or ~/.cache/rollback-ready/drill",
      description: "where built base schemas are kept for reuse (PGlite)"
    },
    "no-cache": { type: "boolean", description: "build the base schema afresh and keep nothing" },
    config: configFlag,
    set: {
      type: "string",
      value: "NAME=VALUE",
      description: "a psql variable for Sqitch scripts, as `sqitch deploy --set` gives it (over sqitch.conf's variables); repeatable"
    },
    format: { type: "string", choices: FORMATS.drill, description: 'text, json (the report with a "drill" object), markdown' }
  },
  exitCodes: ["0  the drill passed (or there was nothing to rehearse)", "1  it failed", "2  usage, input or connection error"],
  run: async ({ raw }, io) => {
    const { drillCommand, DrillUsageError } = await import("./chunk-YOIQVGAM.js");
    return drillCommand(raw, io).catch((error) => {
      throw error instanceof DrillUsageError ? new UsageError(error.message, "drill") : error;
    });
  }
};
var COMMANDS = [check, lint, template, drill];
function usage() {
  const width = Math.max(...COMMANDS.map((c) => c.name.length)) + 2;
  return [
    `rollback-ready ${VERSION}: prove a change can be rolled back before it merges.`,
    "",
    "Usage:",
    ...COMMANDS.map((c) => `  ${synopsis(c)}`),
    "",
    "Commands:",
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}${c.summary}`),
    "",
    `Run "rollback-ready <command> --help" for a command's flags.`,
    "",
    "Exit codes: 0 pass or not applicable (lint: no error findings), 1 gates failed (lint: error",
    "findings), 2 usage, config or input error.",
    ""
  ].join("\n");
}
async function main(argv, io) {
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      const where = error.command ? `rollback-ready ${error.command}` : "rollback-ready";
      io.stderr(`${where}: ${error.message}. Run "${where} --help" for usage.
`);
      return 2;
    }
    if (error instanceof InputError || error instanceof ConfigError) {
      io.stderr(`rollback-ready: ${error.message}
`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`rollback-ready: ${message.split("\n")[0]}
`);
    return 2;
  }
}
async function dispatch(argv, io) {
  const [name, ...rest] = argv;
  if (!name) {
    io.stderr(usage());
    return 2;
  }
  if (name === "--help" || name === "-h") return io.stdout(usage()), 0;
  if (name === "help") {
    const about = rest[0] ? COMMANDS.find((c) => c.name === rest[0]) : void 0;
    if (rest[0] && !about) throw new UsageError(unknownCommand(rest[0]));
    io.stdout(about ? commandHelp(about) : usage());
    return 0;
  }
  if (name === "--version" || name === "-v") {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) throw new UsageError(name.startsWith("-") ? `unknown option ${name} (options follow the command)` : unknownCommand(name));
  const parsed = parseCommandArgs(command, rest, COMMANDS);
  if (parsed === "help") {
    io.stdout(commandHelp(command));
    return 0;
  }
  return command.run(parsed, io);
}
function unknownCommand(name) {
  const guess = closest(
    name,
    COMMANDS.map((c) => c.name)
  );
  return `unknown command "${name}"${guess ? ` (did you mean "${guess}"?)` : ""}`;
}
var str = (v) => typeof v === "string" ? v : void 0;
var colourFor = (io) => Boolean(io.isTTY) && !(io.env?.NO_COLOR ?? "");
async function readBody(file, io) {
  if (file === void 0) return void 0;
  if (file === "-") return io.readStdin();
  try {
    const buf = await readFile(file);
    return buf.toString("utf8");
  } catch (error) {
    const code = error.code;
    throw new InputError(`--body ${file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : "cannot read it"}`);
  }
}
var folderUri = (dir) => {
  const href = pathToFileURL(dir).href;
  return href.endsWith("/") ? href : `${href}/`;
};
async function runCheck({ values }, io) {
  const fmt = str(values.format) ?? "text";
  const body = await readBody(str(values.body), io);
  const [{ evaluate }, { readGitPullRequest }, { renderJson }, { renderMarkdown }, { renderText }] = await loadReport();
  const pr = await readGitPullRequest({ repoDir: str(values.repo) ?? ".", base: str(values.base), head: str(values.head), configFile: str(values.config) });
  const evaluation = await evaluate({ ...pr.input, body });
  const ctx = { baseSha: pr.baseSha, headSha: pr.headSha };
  if (fmt === "json") io.stdout(renderJson(evaluation.report));
  else if (fmt === "markdown") io.stdout(renderMarkdown(evaluation, ctx) + "\n");
  else if (fmt === "sarif") {
    const { renderSarif } = await import("./chunk-EOTZSKJN.js");
    const root = (await pr.repo.git(["rev-parse", "--show-toplevel"], { allowFail: true })).trim() || resolve(pr.repo.dir);
    io.stdout(
      renderSarif(evaluation.report.findings, {
        version: VERSION,
        srcRoot: folderUri(root),
        locate: (path) => ({ uri: encodeURI(path), relative: true }),
        report: evaluation.report
      })
    );
  } else io.stdout(renderText(evaluation, ctx));
  return evaluation.report.verdict === "fail" ? 1 : 0;
}
async function runTemplate({ values }, io) {
  const [{ evaluate }, { readGitPullRequest }, , , , { renderTemplate }] = await loadReport();
  const pr = await readGitPullRequest({ repoDir: str(values.repo) ?? ".", base: str(values.base), head: str(values.head), configFile: str(values.config) });
  const evaluation = await evaluate({ ...pr.input, body: "" });
  io.stdout(renderTemplate(evaluation, pr.config, { baseSha: pr.baseSha }) + "\n");
  return 0;
}
async function runLint({ values, positionals }, io) {
  const fmt = str(values.format) ?? "text";
  if (positionals.every((f) => f.toLowerCase().endsWith(".sql"))) setFlagsFromString2("--no-opt");
  const pool = startLint(positionals, io.env);
  let config = DEFAULT_CONFIG;
  const configFile = str(values.config);
  if (configFile)
    config = await loadConfig(
      await readFile(configFile, "utf8").catch(() => {
        throw new InputError(`${configFile}: cannot read the config file`);
      }),
      configFile
    );
  const cwd = process.cwd();
  const outcomes = await lintFiles(positionals, config, fmt, pool);
  const findings = [];
  const columns = /* @__PURE__ */ new Map();
  const skipped = [];
  let analysed = 0;
  for (let i = 0; i < outcomes.length; i++) {
    const outcome = outcomes[i];
    if (outcome.skipped) skipped.push({ path: positionals[i], reason: outcome.skipped });
    else analysed++;
    for (let j = 0; j < outcome.findings.length; j++) {
      const f = outcome.findings[j];
      const column = outcome.columns[j];
      if (column) columns.set(f, column);
      findings.push(f);
    }
  }
  const sorted = sortFindings(findings);
  if (fmt === "json") io.stdout(JSON.stringify({ schemaVersion: 1, findings: sorted }, null, 2) + "\n");
  else if (fmt === "sarif") {
    const { renderSarif } = await import("./chunk-EOTZSKJN.js");
    io.stdout(
      renderSarif(sorted, {
        version: VERSION,
        srcRoot: folderUri(cwd),
        locate: (path) => sarifLocation(path, cwd),
        column: (f) => columns.get(f),
        skipped
      })
    );
  } else {
    const { renderLintText } = await import("./chunk-H75Y67PG.js");
    io.stdout(renderLintText({ findings: sorted, column: (f) => columns.get(f), analysed, skipped, colour: colourFor(io) }));
  }
  return sorted.some((f) => f.severity === "error" && !f.suppressed) ? 1 : 0;
}
function sarifLocation(path, cwd) {
  const abs = resolve(cwd, path);
  const rel = relative(cwd, abs);
  if (rel && !rel.startsWith("..") && !isAbsolute(rel)) return { uri: rel.split(sep).map(encodeURIComponent).join("/"), relative: true };
  return { uri: pathToFileURL(abs).href, relative: false };
}
export {
  COMMANDS,
  VERSION,
  frameworkFor,
  main
};
