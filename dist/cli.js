#!/usr/bin/env node
import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  renderJson
} from "./chunk-FLXN7CP4.js";
import {
  CONFIG_PATH,
  ConfigError,
  DEFAULT_CONFIG,
  FRAMEWORKS,
  PLAN_SECTIONS,
  analyseDeploy,
  createClassifier,
  deployFormatOf,
  detectSqlFramework,
  evaluate,
  finalizeFindings,
  gateTitle,
  parseConfig,
  renderMarkdown,
  renderPlanSkeleton,
  selectReads,
  siblingPaths,
  sortFindings
} from "./chunk-LLWOI5TU.js";
import "./chunk-AHDTZG72.js";
import "./chunk-KIF3KH6H.js";

// src/cli/main.ts
import { readFile as readFile2 } from "node:fs/promises";
import { dirname, join, relative, resolve } from "node:path";
import { parseArgs } from "node:util";

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

// src/core/render/text.ts
var STATUS = { pass: "pass", fail: "FAIL", skipped: "skip" };
function renderFindingsText(findings) {
  return findings.map((f) => {
    const suppressed = f.suppressed ? ` [${f.suppressed.by === "ack" ? `acknowledged by ${f.suppressed.who}` : "ignored"}: ${f.suppressed.reason}]` : "";
    return `${f.path}:${f.line}  ${f.severity.padEnd(7)} ${f.rule}  ${f.message}${suppressed}
    ${f.docs}`;
  }).join("\n");
}
function renderText(evaluation, ctx = {}) {
  const { report } = evaluation;
  const out = [];
  out.push(`Rollback readiness: ${report.verdict.toUpperCase()}${report.verdict === "not-applicable" ? "" : `  (risk: ${report.risk})`}`);
  if (evaluation.override) out.push(`Overridden by ${evaluation.override.by} at ${evaluation.override.at}: ${evaluation.override.reason}`);
  if (report.verdict === "not-applicable") {
    out.push("No migration, deployment, dependency or configuration changes: nothing to check.");
    return out.join("\n") + "\n";
  }
  if (report.changes.length) {
    out.push("", "Changes:");
    for (const c of report.changes) out.push(`  ${c.kind.padEnd(10)} ${c.path}${c.framework ? ` (${c.framework})` : ""}`);
  }
  out.push("", "Gates:");
  for (const g of report.gates) {
    out.push(`  ${STATUS[g.status]}  ${gateTitle(g.id).padEnd(22)} ${g.message}`);
    for (const w of g.warnings ?? []) out.push(`        ${"".padEnd(22)} warning: ${w}`);
  }
  if (report.findings.length) out.push("", `Findings (${report.findings.length}):`, renderFindingsText(report.findings).replace(/^(?=.)/gm, "  "));
  const skeleton = renderPlanSkeleton(evaluation, ctx);
  if (skeleton) out.push("", "Add to the PR description:", skeleton.replace(/^(?=.)/gm, "  "));
  return out.join("\n") + "\n";
}

// src/core/render/template.ts
function renderTemplate(evaluation, config, ctx) {
  const risk = evaluation.report.risk;
  if (risk === "none") {
    return "<!-- rollback-ready: this change touches no migration, deployment, dependency or configuration file; no rollback plan is needed. -->";
  }
  const sections = config.plan.sections[risk];
  const lines = [
    "## Rollback plan",
    "",
    `<!-- risk: ${risk}. ${evaluation.riskReasons.slice(0, 3).join("; ")} -->`,
    "",
    `Revert SHA: \`${ctx.baseSha ? ctx.baseSha.slice(0, 12) : "<last known good commit>"}\``,
    ""
  ];
  const wanted = new Set(sections);
  if (evaluation.report.gates.some((g) => g.id === "reversible" && g.status === "fail")) wanted.add("backup-restore");
  for (const meta of PLAN_SECTIONS) {
    if (!wanted.has(meta.id)) continue;
    lines.push(`### ${meta.title}`, "", `<!-- ${meta.hint} -->`, "");
  }
  const attest = config.checklist.filter((i) => !i.verify && i.required.includes(risk));
  if (attest.length) {
    lines.push("### Readiness checklist", "");
    for (const item of attest) lines.push(`- [ ] ${item.text}`);
  }
  return lines.join("\n").trimEnd();
}

// src/git/repo.ts
import { execFile, spawn } from "node:child_process";
import { stat } from "node:fs/promises";
import { promisify } from "node:util";
var run = promisify(execFile);
var InputError = class extends Error {
  name = "InputError";
};
var GitRepo = class _GitRepo {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  static async open(dir) {
    const exists = await stat(dir).catch(() => void 0);
    if (!exists?.isDirectory()) throw new InputError(`${dir}: no such directory`);
    try {
      const { stdout } = await run("git", ["rev-parse", "--git-dir"], { cwd: dir });
      if (!stdout.trim()) throw new Error("no git dir");
    } catch {
      throw new InputError(`${dir}: not a git repository (run inside a clone or pass --repo DIR)`);
    }
    return new _GitRepo(dir);
  }
  async git(args, options = {}) {
    try {
      const { stdout } = await run("git", args, { cwd: this.dir, maxBuffer: 1 << 30, encoding: "utf8" });
      return stdout;
    } catch (error) {
      if (options.allowFail) return "";
      throw error;
    }
  }
  /** Full SHA of a commit-ish, or an InputError naming the ref. */
  async resolve(ref) {
    const out = await this.git(["rev-parse", "--verify", "--quiet", `${ref}^{commit}`], { allowFail: true });
    const sha = out.trim();
    if (!sha) throw new InputError(`unknown git ref "${ref}" in ${this.dir} (fetch it, or pass --base/--head with an existing branch or SHA)`);
    return sha;
  }
  /** The default branch: origin's HEAD when known, else main, else master. */
  async defaultBranch() {
    const remoteHead = (await this.git(["symbolic-ref", "--quiet", "--short", "refs/remotes/origin/HEAD"], { allowFail: true })).trim();
    if (remoteHead) return remoteHead;
    for (const candidate of ["main", "master", "origin/main", "origin/master"]) {
      const out = await this.git(["rev-parse", "--verify", "--quiet", `${candidate}^{commit}`], { allowFail: true });
      if (out.trim()) return candidate;
    }
    throw new InputError("cannot find the default branch (no origin/HEAD, main or master): pass --base REF");
  }
  async mergeBase(a, b) {
    const out = await this.git(["merge-base", a, b], { allowFail: true });
    return out.trim() || void 0;
  }
  /** Changed paths between two commits, renames detected, NUL-separated so any file name works. */
  async changedPaths(base, head) {
    const out = await this.git(["diff", "--no-ext-diff", "--no-textconv", "-z", "--name-status", "-M", base, head]);
    const parts = out.split("\0");
    const files = [];
    for (let i = 0; i < parts.length - 1; ) {
      const code = parts[i++];
      if (!code) continue;
      const letter = code[0];
      if (letter === "R" || letter === "C") {
        const from = parts[i++];
        const to = parts[i++];
        files.push(letter === "R" ? { path: to, previousPath: from, status: "renamed" } : { path: to, status: "added" });
      } else {
        const path = parts[i++];
        files.push({ path, status: letter === "A" ? "added" : letter === "D" ? "removed" : "modified" });
      }
    }
    return files;
  }
  /** Read many `rev:path` blobs with one `git cat-file --batch` process. */
  async readBlobs(specs) {
    const result = /* @__PURE__ */ new Map();
    if (specs.length === 0) return result;
    const child = spawn("git", ["cat-file", "--batch"], { cwd: this.dir, stdio: ["pipe", "pipe", "pipe"] });
    const chunks = [];
    child.stdout.on("data", (c) => chunks.push(c));
    const done = new Promise((resolve2, reject) => {
      child.on("error", reject);
      child.on("close", (code) => code === 0 ? resolve2() : reject(new Error(`git cat-file exited with ${code}`)));
    });
    const asked = specs.filter((s) => !s.includes("\n"));
    child.stdin.end(asked.join("\n") + "\n");
    await done;
    const buf = Buffer.concat(chunks);
    let pos = 0;
    for (const spec of asked) {
      const nl = buf.indexOf(10, pos);
      if (nl < 0) break;
      const header = buf.toString("utf8", pos, nl);
      pos = nl + 1;
      if (header.endsWith(" missing") || header.endsWith(" ambiguous")) {
        result.set(spec, { missing: true, binary: false });
        continue;
      }
      const [, type, sizeText] = header.split(" ");
      const size = Number(sizeText);
      const body = buf.subarray(pos, pos + size);
      pos += size + 1;
      if (type !== "blob") {
        result.set(spec, { missing: true, binary: false });
        continue;
      }
      const binary = body.subarray(0, 8e3).includes(0);
      result.set(spec, { binary, missing: false, content: binary ? void 0 : body.toString("utf8") });
    }
    return result;
  }
  async inspectCommit(sha, baseSha) {
    const full = (await this.git(["rev-parse", "--verify", "--quiet", `${sha}^{commit}`], { allowFail: true })).trim();
    if (!full) return { exists: false, onBase: false };
    const onBase = await run("git", ["merge-base", "--is-ancestor", full, baseSha], { cwd: this.dir }).then(
      () => true,
      () => false
    );
    if (!onBase) return { exists: true, sha: full, onBase: false };
    const behind = Number((await this.git(["rev-list", "--count", `${full}..${baseSha}`])).trim());
    return { exists: true, sha: full, onBase: true, behindBy: behind };
  }
};

// src/cli/read-git-pr.ts
import { readFile } from "node:fs/promises";
async function readGitPullRequest(options) {
  const started = performance.now();
  const repo = await GitRepo.open(options.repoDir);
  const headRef = options.head ?? "HEAD";
  const headSha = await repo.resolve(headRef);
  const baseRef = options.base ?? await repo.defaultBranch();
  const baseSha = await repo.resolve(baseRef);
  const forkPoint = await repo.mergeBase(baseSha, headSha) ?? baseSha;
  const config = await readConfig(repo, baseSha, options.configFile);
  const changed = await repo.changedPaths(forkPoint, headSha);
  const wanted = new Set(selectReads(changed.flatMap((c) => [c.path, c.previousPath ?? c.path]), config, FRAMEWORKS));
  const specs = [];
  for (const c of changed) {
    if (!wanted.has(c.path) && !(c.previousPath && wanted.has(c.previousPath))) continue;
    if (c.status !== "removed") specs.push(`${headSha}:${c.path}`);
    if (c.status !== "added") specs.push(`${forkPoint}:${c.previousPath ?? c.path}`);
  }
  const blobs = await repo.readBlobs(specs);
  const files = changed.map((c) => {
    const head = blobs.get(`${headSha}:${c.path}`);
    const base = blobs.get(`${forkPoint}:${c.previousPath ?? c.path}`);
    const file = { ...c };
    if (head?.content !== void 0) file.head = head.content;
    if (base?.content !== void 0) file.base = base.content;
    if (head?.binary || base?.binary) file.binary = true;
    return file;
  });
  const siblingList = siblingPaths(files, config, FRAMEWORKS);
  const siblingBlobs = await repo.readBlobs(siblingList.map((p) => `${headSha}:${p}`));
  const siblings = {};
  for (const p of siblingList) siblings[p] = siblingBlobs.get(`${headSha}:${p}`)?.content;
  return {
    repo,
    baseRef,
    baseSha,
    headSha,
    forkPoint,
    config,
    input: {
      files,
      siblings,
      config,
      frameworks: FRAMEWORKS,
      repo: { inspectCommit: (sha) => repo.inspectCommit(sha, baseSha) }
    },
    timings: { gitMs: performance.now() - started }
  };
}
async function readConfig(repo, baseSha, configFile) {
  if (configFile) {
    let text;
    try {
      text = await readFile(configFile, "utf8");
    } catch {
      throw new InputError(`${configFile}: cannot read the config file`);
    }
    return parseConfig(text, configFile);
  }
  const blob = (await repo.readBlobs([`${baseSha}:${CONFIG_PATH}`])).get(`${baseSha}:${CONFIG_PATH}`);
  return parseConfig(blob?.content, CONFIG_PATH);
}

// src/cli/main.ts
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
    const buf = await readFile2(file);
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
  const pr = await readGitPullRequest({ repoDir: values.repo ?? ".", base: values.base, head: values.head, configFile: values.config });
  const evaluation = await evaluate({ ...pr.input, body: "" });
  io.stdout(renderTemplate(evaluation, pr.config, { baseSha: pr.baseSha }) + "\n");
  return 0;
}
async function lint(args, io) {
  const { values, positionals } = parse(args, { format: { type: "string" }, config: { type: "string" } });
  const fmt = format(values.format, ["text", "json"], "text");
  if (positionals.length === 0) throw new UsageError("lint needs at least one FILE");
  let config = DEFAULT_CONFIG;
  if (values.config) config = parseConfig(await readFile2(values.config, "utf8").catch(() => {
    throw new InputError(`${values.config}: cannot read the config file`);
  }), values.config);
  const findings = [];
  for (const file of positionals) findings.push(...await lintFile(file, config));
  const sorted = sortFindings(findings);
  if (fmt === "json") io.stdout(JSON.stringify({ schemaVersion: 1, findings: sorted }, null, 2) + "\n");
  else io.stdout(sorted.length ? renderFindingsText(sorted) + "\n" : `No findings in ${positionals.length} file${positionals.length > 1 ? "s" : ""}.
`);
  return sorted.some((f) => f.severity === "error" && !f.suppressed) ? 1 : 0;
}
function frameworkFor(path, content, config) {
  const change = createClassifier(config, FRAMEWORKS).classify(path, content);
  if (change?.kind === "migration") return FRAMEWORKS.find((f) => f.id === change.framework);
  if (change?.kind === "deploy") return void 0;
  return guessFramework(path, content, FRAMEWORKS);
}
async function lintFile(file, config) {
  let buf;
  try {
    buf = await readFile2(file);
  } catch (error) {
    const code = error.code;
    throw new InputError(`${file}: ${code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : "cannot read it"}`);
  }
  const path = relative(process.cwd(), resolve(file)).split("\\").join("/");
  if (buf.subarray(0, 8e3).includes(0)) return [];
  const content = buf.toString("utf8");
  const fw = frameworkFor(path, content, config);
  if (fw) {
    const siblings = {};
    for (const p of fw.counterparts?.(path) ?? []) {
      siblings[p] = await readFile2(join(dirname(resolve(file)), relative(dirname(path), p)), "utf8").catch(() => void 0);
    }
    const analysis = await fw.analyse({ path, content, siblings });
    return finalizeFindings(path, content, analysis.hits, { config });
  }
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
