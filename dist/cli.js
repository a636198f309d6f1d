#!/usr/bin/env node
import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  InputError
} from "./chunk-4EMNYSBX.js";
import {
  ConfigError,
  DEFAULT_CONFIG,
  FRAMEWORKS,
  detectSqlFramework,
  parseConfig
} from "./chunk-7M7SJGL2.js";
import {
  createClassifier,
  finalizeFindings,
  sortFindings
} from "./chunk-IHB4ACTQ.js";
import "./chunk-QMVF2X7S.js";
import "./chunk-AHDTZG72.js";
import "./chunk-KIF3KH6H.js";

// src/cli/main.ts
import { readFileSync, realpathSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { availableParallelism } from "node:os";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { setFlagsFromString } from "node:v8";
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";

// src/core/frameworks/guess.ts
var BY_EXTENSION = [
  [/\.rb$/i, ["rails"]],
  [/\.py$/i, ["alembic", "django"]],
  [/\.php$/i, ["laravel"]],
  [/\.exs?$/i, ["ecto"]],
  [/\.[cm]?[jt]s$/i, ["typeorm", "sequelize", "node-pg-migrate", "knex"]],
  [/\.(xml|ya?ml|json)$/i, ["liquibase"]]
];
function guessFramework(path, content, frameworks) {
  const byId = (id) => frameworks.find((f) => f.id === id);
  if (/\.sql$/i.test(path)) {
    if (/(^|\/)prisma\/migrations\//.test(path)) return byId("prisma");
    if (/--\s*liquibase\s+formatted\s+sql/i.test(content.slice(0, 2e3))) return byId("liquibase");
    return byId(detectSqlFramework(path, content) ?? "sql");
  }
  for (const [pattern, ids] of BY_EXTENSION) {
    if (!pattern.test(path)) continue;
    for (const id of ids) {
      const fw = byId(id);
      if (fw && (!fw.detect || fw.detect(path, content))) return fw;
    }
    return ids.length === 1 && ids[0] !== "liquibase" ? byId(ids[0]) : void 0;
  }
  return void 0;
}

// src/cli/main.ts
var loadReport = () => Promise.all([import("./chunk-43AFSTCM.js"), import("./chunk-NGSWWDXG.js"), import("./chunk-WPU7CKPC.js"), import("./chunk-GBHACMXT.js"), import("./chunk-FSMFOGGS.js"), import("./chunk-47M7WDIW.js")]);
var VERSION = "0.1.0";
var USAGE = `rollback-ready ${VERSION}: prove a change can be rolled back before it merges.

Usage:
  rollback-ready check [--repo DIR] [--base REF] [--head REF] [--body FILE|-] [--config FILE] [--format text|json|markdown]
  rollback-ready lint FILE... [--format text|json]
  rollback-ready template [--repo DIR] [--base REF] [--head REF]
  rollback-ready drill [--repo DIR] [--base REF] [--head REF] [--database-url URL] [--format text|json]

check     evaluate the change between --base (default: merge base with the default branch) and
          --head (default: HEAD) against the PR description in --body
lint      analyse migration and deploy files on disk
template  print a rollback plan skeleton for the change, to paste into the PR description

Exit codes: 0 pass or not applicable (lint: no error findings), 1 gates failed (lint: error
findings), 2 usage, config or input error.
`;
var UsageError = class extends Error {
};
async function main(argv, io) {
  if (!isMainThread && workerData?.[WORKER_KEY]) {
    return lintWorker(workerData[WORKER_KEY]);
  }
  try {
    return await dispatch(argv, io);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`rollback-ready: ${error.message}
Run "rollback-ready --help" for usage.
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
  const [command, ...rest] = argv;
  if (!command || command === "--help" || command === "-h" || command === "help") {
    io.stdout(USAGE);
    return command ? 0 : 2;
  }
  if (command === "--version" || command === "-v") {
    io.stdout(`${VERSION}
`);
    return 0;
  }
  switch (command) {
    case "check":
      return check(rest, io);
    case "lint":
      return lint(rest, io);
    case "template":
      return template(rest, io);
    case "drill":
      throw new InputError("drill is not available in this build yet: it arrives with the rollback drill (see docs/cli.md)");
    default:
      throw new UsageError(`unknown command "${command}"`);
  }
}
function parse(args, options) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(error.message.split("\n")[0]);
  }
}
function format(value, allowed, fallback) {
  if (value === void 0) return fallback;
  if (!allowed.includes(value)) {
    throw new UsageError(`--format must be one of ${allowed.join(", ")} (got "${value}")`);
  }
  return value;
}
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
var prOptions = {
  repo: { type: "string" },
  base: { type: "string" },
  head: { type: "string" },
  body: { type: "string" },
  config: { type: "string" },
  format: { type: "string" },
  help: { type: "boolean", short: "h" }
};
async function check(args, io) {
  const { values, positionals } = parse(args, prOptions);
  if (values.help) return io.stdout(USAGE), 0;
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const fmt = format(values.format, ["text", "json", "markdown"], "text");
  const body = await readBody(values.body, io);
  const [{ evaluate }, { readGitPullRequest }, { renderJson }, { renderMarkdown }, { renderText }] = await loadReport();
  const pr = await readGitPullRequest({ repoDir: values.repo ?? ".", base: values.base, head: values.head, configFile: values.config });
  const evaluation = await evaluate({ ...pr.input, body });
  const ctx = { baseSha: pr.baseSha, headSha: pr.headSha };
  if (fmt === "json") io.stdout(renderJson(evaluation.report));
  else if (fmt === "markdown") io.stdout(renderMarkdown(evaluation, ctx) + "\n");
  else io.stdout(renderText(evaluation, ctx));
  return evaluation.report.verdict === "fail" ? 1 : 0;
}
async function template(args, io) {
  const { values, positionals } = parse(args, prOptions);
  if (values.help) return io.stdout(USAGE), 0;
  if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
  const [{ evaluate }, { readGitPullRequest }, , , , { renderTemplate }] = await loadReport();
  const pr = await readGitPullRequest({ repoDir: values.repo ?? ".", base: values.base, head: values.head, configFile: values.config });
  const evaluation = await evaluate({ ...pr.input, body: "" });
  io.stdout(renderTemplate(evaluation, pr.config, { baseSha: pr.baseSha }) + "\n");
  return 0;
}
async function lint(args, io) {
  const { values, positionals } = parse(args, { format: { type: "string" }, config: { type: "string" } });
  const fmt = format(values.format, ["text", "json"], "text");
  if (positionals.length === 0) throw new UsageError("lint needs at least one FILE");
  setFlagsFromString("--liftoff-only");
  let config = DEFAULT_CONFIG;
  if (values.config) config = parseConfig(await readFile(values.config, "utf8").catch(() => {
    throw new InputError(`${values.config}: cannot read the config file`);
  }), values.config);
  const findings = await lintFiles(positionals, config);
  const sorted = sortFindings(findings);
  if (fmt === "json") io.stdout(JSON.stringify({ schemaVersion: 1, findings: sorted }, null, 2) + "\n");
  else if (sorted.length) io.stdout((await import("./chunk-FSMFOGGS.js")).renderFindingsText(sorted) + "\n");
  else io.stdout(`No findings in ${positionals.length} file${positionals.length > 1 ? "s" : ""}.
`);
  return sorted.some((f) => f.severity === "error" && !f.suppressed) ? 1 : 0;
}
async function lintBatch(paths, config, files) {
  const findings = [];
  for (const file of paths) {
    try {
      findings.push(...await lintFile(file, config, files));
    } catch (error) {
      return { findings, error: { input: error instanceof InputError, message: error instanceof Error ? error.message : String(error) } };
    }
  }
  return { findings };
}
async function lintFiles(paths, config) {
  const batches = [];
  for (let i = 0; i < paths.length; i += BATCH_SIZE) batches.push(paths.slice(i, i + BATCH_SIZE));
  const results = new Array(batches.length);
  const files = new FileCache();
  let next = 0;
  const helpers = startLintWorkers(lintWorkerCount(paths.length), config, (worker) => {
    if (next >= batches.length) return null;
    const index = next++;
    return { index, paths: batches[index] };
  }, (index, result) => {
    results[index] = result;
  });
  while (next < batches.length) {
    const index = next++;
    results[index] = await lintBatch(batches[index], config, files);
    if (helpers.running) await new Promise((resolve2) => setImmediate(resolve2));
  }
  await helpers.done;
  const findings = [];
  for (let index = 0; index < batches.length; index++) {
    const result = results[index] ?? await lintBatch(batches[index], config, files);
    findings.push(...result.findings);
    if (result.error) throw result.error.input ? new InputError(result.error.message) : new Error(result.error.message);
  }
  return findings;
}
var BATCH_SIZE = 25;
var FILES_PER_WORKER = 150;
var WORKER_KEY = "rollback-ready-lint-worker";
function lintWorkerCount(fileCount) {
  if (!isMainThread) return 0;
  const wanted = process.env.ROLLBACK_READY_LINT_WORKERS;
  const cap = wanted !== void 0 && /^\d+$/.test(wanted) ? Number(wanted) : Math.min(availableParallelism() - 1, 3);
  const count = Math.min(cap, Math.floor(fileCount / FILES_PER_WORKER) - 1);
  if (count <= 0 || !process.argv[1]) return 0;
  try {
    if (pathToFileURL(realpathSync(process.argv[1])).href !== import.meta.url) return 0;
  } catch {
    return 0;
  }
  return count;
}
function startLintWorkers(count, config, nextJob, onResult) {
  const state = { running: count > 0, done: Promise.resolve() };
  const finished = [];
  for (let i = 0; i < count; i++) {
    let worker;
    try {
      worker = new Worker(new URL(import.meta.url), { workerData: { [WORKER_KEY]: { config } }, stdout: true, stderr: true });
    } catch {
      break;
    }
    worker.unref();
    finished.push(
      new Promise((resolve2) => {
        worker.on("message", (message) => {
          if (message.index !== void 0 && message.result) onResult(message.index, message.result);
          const job = nextJob(worker);
          worker.postMessage(job);
          if (job === null) resolve2();
        });
        worker.on("error", () => resolve2());
        worker.on("exit", () => resolve2());
      })
    );
  }
  state.done = Promise.all(finished).then(() => {
    state.running = false;
  });
  return state;
}
async function lintWorker(data) {
  setFlagsFromString("--liftoff-only");
  const port = parentPort;
  const files = new FileCache();
  await new Promise((resolve2) => {
    port.on("message", (job) => {
      if (job === null) {
        port.close();
        resolve2();
        return;
      }
      void lintBatch(job.paths, data.config, files).then((result) => port.postMessage({ index: job.index, result }));
    });
    port.postMessage({});
  });
  return 0;
}
var classifiers = /* @__PURE__ */ new WeakMap();
function frameworkFor(path, content, config) {
  let classifier = classifiers.get(config);
  if (!classifier) classifiers.set(config, classifier = createClassifier(config, FRAMEWORKS));
  const change = classifier.classify(path, content);
  if (change?.kind === "migration") return FRAMEWORKS.find((f) => f.id === change.framework);
  if (change?.kind === "deploy") return void 0;
  return guessFramework(path, content, FRAMEWORKS);
}
var FileCache = class {
  read = /* @__PURE__ */ new Map();
  get(abs) {
    let got = this.read.get(abs);
    if (got === void 0) {
      try {
        got = readFileSync(abs);
      } catch (error) {
        got = error;
      }
      this.read.set(abs, got);
    }
    return got;
  }
};
async function lintFile(file, config, files) {
  const abs = resolve(file);
  const buf = files.get(abs);
  if (!Buffer.isBuffer(buf)) {
    const code = buf.code;
    throw new InputError(`${file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : "cannot read it"}`);
  }
  const path = relative(process.cwd(), abs).split("\\").join("/");
  if (buf.subarray(0, 8e3).includes(0)) return [];
  const content = buf.toString("utf8");
  const fw = frameworkFor(path, content, config);
  if (fw) {
    const siblings = {};
    for (const p of fw.counterparts?.(path) ?? []) {
      const sibling = files.get(join(dirname(abs), relative(dirname(path), p)));
      siblings[p] = Buffer.isBuffer(sibling) ? sibling.toString("utf8") : void 0;
    }
    const analysis = await fw.analyse({ path, content, siblings });
    return finalizeFindings(path, content, analysis.hits, { config });
  }
  const { analyseDeploy, deployFormatOf } = await import("./chunk-FC55STAQ.js");
  if (deployFormatOf(path, content) !== "unknown") {
    const { hits } = await analyseDeploy(path, content);
    return finalizeFindings(path, content, hits, { config });
  }
  return [];
}

// src/cli.ts
var readStdin = async () => {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks).toString("utf8");
};
main(process.argv.slice(2), {
  stdout: (t) => process.stdout.write(t),
  stderr: (t) => process.stderr.write(t),
  readStdin
}).then((code) => {
  process.exitCode = code;
});
