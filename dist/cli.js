#!/usr/bin/env node
import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  InputError
} from "./chunk-YJN722MI.js";
import {
  FRAMEWORKS
} from "./chunk-7XRNKOLF.js";
import {
  BINARY_MIGRATION,
  createClassifier,
  deployAnalyser,
  finalizeFindings,
  sortFindings
} from "./chunk-FYSHGHEE.js";
import {
  detectSqlFramework
} from "./chunk-EDZVOD4D.js";
import "./chunk-BJ63QOVF.js";
import {
  ConfigError,
  DEFAULT_CONFIG,
  loadConfig
} from "./chunk-JZ2JDN2Z.js";
import "./chunk-KOAOHZ6H.js";
import "./chunk-KIF3KH6H.js";

// src/cli/main.ts
import { readdirSync, readFileSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";
import { setFlagsFromString } from "node:v8";

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
var loadReport = () => Promise.all([import("./chunk-XSTHUMOB.js"), import("./chunk-35PRSU6Y.js"), import("./chunk-WPU7CKPC.js"), import("./chunk-GBHACMXT.js"), import("./chunk-FSMFOGGS.js"), import("./chunk-4LHSNKR6.js")]);
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
  if (values.config) config = await loadConfig(await readFile(values.config, "utf8").catch(() => {
    throw new InputError(`${values.config}: cannot read the config file`);
  }), values.config);
  const files = new FileCache();
  const findings = [];
  for (const file of positionals) findings.push(...await lintFile(file, config, files));
  const sorted = sortFindings(findings);
  if (fmt === "json") io.stdout(JSON.stringify({ schemaVersion: 1, findings: sorted }, null, 2) + "\n");
  else if (sorted.length) io.stdout((await import("./chunk-FSMFOGGS.js")).renderFindingsText(sorted) + "\n");
  else io.stdout(`No findings in ${positionals.length} file${positionals.length > 1 ? "s" : ""}.
`);
  return sorted.some((f) => f.severity === "error" && !f.suppressed) ? 1 : 0;
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
  cwd = process.cwd();
  listed = /* @__PURE__ */ new Map();
  /** Names of the files in a folder (read once per run), undefined when it cannot be read. */
  list(abs) {
    if (!this.listed.has(abs)) {
      let names;
      try {
        names = readdirSync(abs, { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
      } catch {
        names = void 0;
      }
      this.listed.set(abs, names);
    }
    return this.listed.get(abs);
  }
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
  const abs = resolve(files.cwd, file);
  const buf = files.get(abs);
  if (!Buffer.isBuffer(buf)) {
    const code = buf.code;
    throw new InputError(`${file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : "cannot read it"}`);
  }
  const path = relative(files.cwd, abs).split("\\").join("/");
  const binary = buf.subarray(0, 8e3).includes(0);
  const content = binary ? "" : buf.toString("utf8");
  const fw = frameworkFor(path, content, config);
  if (binary) return fw ? finalizeFindings(path, content, [BINARY_MIGRATION], { config }) : [];
  if (fw) {
    const siblings = {};
    for (const p of fw.counterparts?.(path) ?? []) {
      const sibling = files.get(join(dirname(abs), relative(dirname(path), p)));
      siblings[p] = Buffer.isBuffer(sibling) ? sibling.toString("utf8") : void 0;
    }
    const readFile2 = async (p) => {
      const found = files.get(resolve(files.cwd, p));
      return Buffer.isBuffer(found) ? found.toString("utf8") : void 0;
    };
    const listDir = async (dir) => files.list(resolve(files.cwd, dir || "."));
    const analysis = await fw.analyse({ path, content, siblings, readFile: readFile2, listDir });
    return finalizeFindings(path, content, analysis.hits, { config });
  }
  const { analyseDeploy, deployFormatOf } = await deployAnalyser();
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
