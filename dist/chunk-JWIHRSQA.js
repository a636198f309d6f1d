import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  decodeAttestations,
  encodeAttestations,
  ticksFromAttestations
} from "./chunk-6LTT2RCJ.js";
import {
  evaluate,
  selectReads,
  siblingPaths
} from "./chunk-4Y722UFN.js";
import {
  FRAMEWORKS
} from "./chunk-7XRNKOLF.js";
import {
  createClassifier
} from "./chunk-FYSHGHEE.js";
import {
  CHECK_NAME,
  checkRunFromConfigError,
  checkRunFromEvaluation,
  commentForConfigError
} from "./chunk-CATLRTGL.js";
import {
  COMMENT_MARKER,
  renderMarkdown
} from "./chunk-247IU7YJ.js";
import {
  CONFIG_PATH,
  ConfigError,
  DEFAULT_CONFIG,
  loadConfig
} from "./chunk-JZ2JDN2Z.js";

// src/github/port.ts
var PERMISSION_RANK = { none: 0, read: 1, triage: 2, write: 3, maintain: 4, admin: 5 };
function hasPermission(granted, needed) {
  const byRole = PERMISSION_RANK[granted.role] ?? 0;
  return Math.max(byRole, PERMISSION_RANK[granted.permission] ?? 0) >= PERMISSION_RANK[needed];
}

// src/runner/decisions.ts
var PREFIX = "<!-- rollback-ready:decisions ";
var END = " -->";
function encodeDecisions(decisions) {
  if (!decisions.acks.length && !decisions.override) return void 0;
  return `${PREFIX}${Buffer.from(JSON.stringify(decisions), "utf8").toString("base64url")}${END}`;
}
function decodeDecisions(body) {
  const empty = { acks: [] };
  if (!body) return empty;
  const start = body.indexOf(PREFIX);
  if (start < 0) return empty;
  const end = body.indexOf(END, start + PREFIX.length);
  if (end < 0) return empty;
  try {
    const data = JSON.parse(Buffer.from(body.slice(start + PREFIX.length, end), "base64url").toString("utf8"));
    const acks = Array.isArray(data.acks) ? data.acks.filter((a) => a && typeof a.rule === "string" && typeof a.by === "string" && typeof a.reason === "string") : [];
    const o = data.override;
    const override = o && typeof o.by === "string" && typeof o.reason === "string" && typeof o.sha === "string" && typeof o.at === "string" ? o : void 0;
    return { acks, ...override ? { override } : {} };
  } catch {
    return empty;
  }
}
function applyDecision(decisions, request, headSha, at) {
  if (request.kind === "ack") {
    const acks = decisions.acks.filter((a) => a.rule !== request.rule);
    acks.push({ rule: request.rule, by: request.by, reason: request.reason, at });
    return { ...decisions, acks };
  }
  return { ...decisions, override: { by: request.by, reason: request.reason, at, sha: headSha } };
}
function currentDecisions(decisions, headSha) {
  if (!decisions.override || decisions.override.sha === headSha) return decisions;
  return { acks: decisions.acks };
}

// src/runner/content-from-patch.ts
function contentFromPatch(patch, side, lineCount) {
  if (patch === void 0 || lineCount === 0) return void 0;
  const lines = patch.split("\n");
  const header = lines.shift() ?? "";
  const sign = side === "added" ? "+" : "-";
  const expected = side === "added" ? [`@@ -0,0 +1,${lineCount} @@`, `@@ -0,0 +1 @@`] : [`@@ -1,${lineCount} +0,0 @@`, `@@ -1 +0,0 @@`];
  if (!expected.some((h) => header === h || header.startsWith(`${h} `))) return void 0;
  if (lineCount === 1 && !header.startsWith(expected[1]) && !header.startsWith(expected[0])) return void 0;
  if (lines.at(-1) === "") lines.pop();
  let noNewline = false;
  const out = [];
  for (const line of lines) {
    if (line === "\\ No newline at end of file") {
      noNewline = true;
      continue;
    }
    if (!line.startsWith(sign) || noNewline) return void 0;
    out.push(line.slice(1));
  }
  if (out.length !== lineCount) return void 0;
  return out.join("\n") + (noNewline ? "" : "\n");
}

// src/runner/read-changes.ts
var READ_CONCURRENCY = 8;
async function mapLimited(items, limit, fn) {
  const out = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}
var isBinary = (text) => text !== void 0 && text.slice(0, 8e3).includes("\0");
async function readChanges(port, listed, refs, config, frameworks) {
  const wanted = new Set(selectReads(listed.flatMap((f) => f.previousPath ? [f.path, f.previousPath] : [f.path]), config, frameworks));
  const files = await mapLimited(listed, READ_CONCURRENCY, async (f) => {
    const file = { path: f.path, status: f.status, ...f.previousPath ? { previousPath: f.previousPath } : {} };
    if (!wanted.has(f.path) && !(f.previousPath && wanted.has(f.previousPath))) return file;
    const [head, base] = await Promise.all([
      f.status === "removed" ? void 0 : f.status === "added" ? contentFromPatch(f.patch, "added", f.additions) ?? port.getContent(f.path, refs.headSha) : port.getContent(f.path, refs.headSha),
      f.status === "added" ? void 0 : f.status === "removed" ? contentFromPatch(f.patch, "removed", f.deletions) ?? port.getContent(f.path, refs.baseSha) : port.getContent(f.previousPath ?? f.path, refs.baseSha)
    ]);
    if (isBinary(head) || isBinary(base)) return { ...file, binary: true };
    if (head !== void 0) file.head = head;
    if (base !== void 0) file.base = base;
    return file;
  });
  const changed = new Set(files.map((f) => f.path));
  const anyRead = files.some((f) => f.head !== void 0);
  const wantedSiblings = anyRead ? siblingPaths(files, config, frameworks).filter((p) => !changed.has(p)) : [];
  const contents = await mapLimited(wantedSiblings, READ_CONCURRENCY, (p) => port.getContent(p, refs.headSha));
  const siblings = {};
  wantedSiblings.forEach((p, i) => {
    siblings[p] = contents[i];
  });
  return { files, siblings };
}

// src/runner/run.ts
async function runEvaluation(port, target, options = {}) {
  return target.kind === "merge_group" ? runMergeGroup(port, target, options) : runPullRequest(port, target, options);
}
function cachedInspector(port, baseRef) {
  const cache = /* @__PURE__ */ new Map();
  return {
    inspectCommit(sha) {
      let hit = cache.get(sha);
      if (!hit) cache.set(sha, hit = port.inspectCommit(sha, baseRef));
      return hit;
    }
  };
}
async function readConfig(port, baseSha, path = CONFIG_PATH) {
  return loadConfig(await port.getContent(path, baseSha), path);
}
async function evaluateChanges(port, args) {
  let config;
  try {
    config = await args.configPromise;
  } catch (e) {
    if (e instanceof ConfigError) return { configError: e };
    throw e;
  }
  const { files, siblings } = await readChanges(port, args.listing.files, { headSha: args.headSha, baseSha: args.baseSha }, config, FRAMEWORKS);
  const repo = cachedInspector(port, args.baseRef);
  const input = {
    files,
    siblings,
    ...budgetedReader(port, args.headSha, files),
    body: args.body,
    config,
    frameworks: FRAMEWORKS,
    repo,
    ticks: ticksFromAttestations(args.attestations),
    acks: args.decisions?.acks ?? [],
    ...args.decisions?.override ? { override: { by: args.decisions.override.by, reason: args.decisions.override.reason, at: args.decisions.override.at } } : {},
    ...args.listing.truncated ? { truncated: args.listing.truncated } : {},
    ...args.docsBase ? { docsBase: args.docsBase } : {}
  };
  const author = args.author;
  let evaluation = await evaluate({ ...input, ...author ? { author: { login: author, allowed: false } } : {} });
  if (author && evaluation.description.checkboxes.some((b) => b.checked === true)) {
    const granted = await port.getPermission(author);
    if (hasPermission(granted, config.attest.permission)) evaluation = await evaluate({ ...input, author: { login: author, allowed: true } });
  }
  return { evaluation, config };
}
var HISTORY_READS = 60;
function budgetedReader(port, headSha, files) {
  const known = new Map(files.filter((f) => f.status !== "removed").map((f) => [f.path, f.head]));
  const asked = /* @__PURE__ */ new Map();
  const once = (key, request) => {
    let found = asked.get(key);
    if (!found) {
      if (asked.size >= HISTORY_READS) return Promise.resolve(void 0);
      found = request().catch(() => void 0);
      asked.set(key, found);
    }
    return found;
  };
  return {
    readFile: (path) => known.has(path) ? Promise.resolve(known.get(path)) : once(`file:${path}`, () => port.getContent(path, headSha)),
    listDir: (dir) => once(`dir:${dir}`, () => port.listDirectory(dir.replace(/\/+$/, ""), headSha))
  };
}
var warmed = false;
function warmClassifier() {
  if (warmed) return;
  warmed = true;
  try {
    createClassifier(DEFAULT_CONFIG, FRAMEWORKS).mayMatter("README.md");
  } catch {
  }
}
async function runPullRequest(port, target, options) {
  const log = options.log ?? (() => void 0);
  const publish = options.publish ?? true;
  const prPromise = options.pullRequest ?? port.getPullRequest(target.number);
  warmClassifier();
  const pr = await prPromise;
  const configPromise = readConfig(port, pr.baseSha, options.configPath);
  configPromise.catch(() => void 0);
  const existingRun = publish ? port.findCheckRun(pr.headSha, options.checkName ?? CHECK_NAME) : void 0;
  existingRun?.catch(() => void 0);
  const [listing, existing] = await Promise.all([port.listFiles(pr.number, pr.changedFiles), port.findComment(pr.number, COMMENT_MARKER)]);
  let attestations = decodeAttestations(existing?.body);
  if (target.tickEdit) {
    const config2 = await configPromise.catch(() => void 0);
    const granted = await port.getPermission(target.tickEdit.by);
    const allowed = hasPermission(granted, config2?.attest.permission ?? "write");
    const { applyTickEdit } = await import("./chunk-FRV7O7XH.js");
    attestations = applyTickEdit(attestations, { ...target.tickEdit, allowed, at: (/* @__PURE__ */ new Date()).toISOString() });
  }
  let decisions = currentDecisions(decodeDecisions(existing?.body), pr.headSha);
  let decision;
  if (target.decision) {
    const request = target.decision;
    const config2 = await configPromise.catch(() => void 0);
    const needed = config2?.overrides.permission ?? "maintain";
    const allowed = config2?.overrides.users.includes(request.by) || hasPermission(await port.getPermission(request.by), needed);
    if (allowed) {
      decisions = applyDecision(decisions, request, pr.headSha, (/* @__PURE__ */ new Date()).toISOString());
      decision = {
        accepted: true,
        message: request.kind === "ack" ? `@${request.by} acknowledged \`${request.rule}\`: ${request.reason}` : `@${request.by} overrode the failing gates for ${pr.headSha.slice(0, 7)}: ${request.reason}. A new commit ends the override.`
      };
    } else {
      decision = {
        accepted: false,
        message: `@${request.by}: \`/rollback ${request.kind}\` needs the ${needed} permission on this repository (or a place in \`overrides.users\` of the config); nothing was changed.`
      };
    }
  }
  const { evaluation, configError, config } = await evaluateChanges(port, {
    listing,
    configPromise,
    headSha: pr.headSha,
    baseSha: pr.baseSha,
    baseRef: pr.baseRef,
    body: pr.body,
    author: pr.author,
    attestations,
    decisions,
    docsBase: options.docsBase
  });
  const ctx = { headSha: pr.headSha, baseSha: pr.baseSha, repoUrl: options.repoUrl, detailsUrl: options.detailsUrl, name: options.checkName ?? CHECK_NAME };
  const check = evaluation ? checkRunFromEvaluation(evaluation, ctx) : checkRunFromConfigError(configError, ctx);
  const markdown = evaluation ? renderMarkdown(evaluation, { repoUrl: options.repoUrl, headSha: pr.headSha, baseSha: pr.baseSha }) : commentForConfigError(configError);
  const result = {
    target,
    headSha: pr.headSha,
    verdict: evaluation ? evaluation.report.verdict : "fail",
    risk: evaluation ? evaluation.report.risk : "high",
    markdown,
    pr,
    ...evaluation ? { evaluation, report: evaluation.report } : {},
    ...configError ? { configError } : {},
    ...decision ? { decision } : {},
    ...config ? { config } : {}
  };
  if (!publish) return result;
  const run = await port.createOrUpdateCheckRun(check, existingRun);
  result.checkRun = { ...run, conclusion: check.conclusion };
  log(`check run ${run.id} ${run.created ? "created" : "updated"}: ${check.conclusion} on ${pr.headSha.slice(0, 7)}`);
  const notApplicable = evaluation?.report.verdict === "not-applicable";
  const body = [
    evaluation ? renderMarkdown(evaluation, { marker: true, repoUrl: options.repoUrl, headSha: pr.headSha, baseSha: pr.baseSha }) : `${COMMENT_MARKER}
${markdown}`,
    ...attestations.length ? [encodeAttestations(attestations)] : [],
    ...[encodeDecisions(decisions)].filter((m) => m !== void 0)
  ].join("\n\n");
  result.comment = await publishComment(port, pr.number, existing, body, { createIfMissing: !notApplicable });
  log(`comment ${result.comment.id ?? "-"} ${result.comment.action}`);
  if (config?.labels.enabled && evaluation) await syncLabels(port, pr, config, evaluation.report.risk);
  return result;
}
async function publishComment(port, number, existing, body, { createIfMissing }) {
  if (existing) {
    if (existing.body === body) return { id: existing.id, action: "unchanged" };
    await port.updateComment(existing.id, body);
    return { id: existing.id, action: "updated" };
  }
  if (!createIfMissing) return { action: "skipped" };
  const again = await port.findComment(number, COMMENT_MARKER);
  if (again) {
    if (again.body !== body) await port.updateComment(again.id, body);
    return { id: again.id, action: again.body === body ? "unchanged" : "updated" };
  }
  const created = await port.createComment(number, body);
  return { id: created.id, action: "created" };
}
async function syncLabels(port, pr, config, risk) {
  const prefix = config.labels.prefix;
  const wanted = risk === "none" ? [] : [`${prefix}${risk}`];
  const current = pr.labels.filter((l) => l.startsWith(prefix));
  const add = wanted.filter((l) => !current.includes(l));
  const remove = current.filter((l) => !wanted.includes(l));
  if (add.length || remove.length) await port.setLabels(pr.number, add, remove);
}
function pullNumberFromQueueRef(ref) {
  const name = ref.split("/").at(-1) ?? "";
  if (!name.startsWith("pr-")) return void 0;
  const n = Number(name.slice(3).split("-")[0]);
  return Number.isInteger(n) && n > 0 ? n : void 0;
}
async function runMergeGroup(port, target, options) {
  const publish = options.publish ?? true;
  const baseRef = target.baseRef.replace(/^refs\/heads\//, "");
  const configPromise = readConfig(port, target.baseSha, options.configPath);
  configPromise.catch(() => void 0);
  const number = pullNumberFromQueueRef(target.headRef);
  const [listing, pr] = await Promise.all([
    port.compareFiles(target.baseSha, target.headSha),
    number ? port.getPullRequest(number).catch(() => void 0) : Promise.resolve(void 0)
  ]);
  const { evaluation, configError } = await evaluateChanges(port, {
    listing,
    configPromise,
    headSha: target.headSha,
    baseSha: target.baseSha,
    baseRef,
    body: pr?.body ?? null,
    ...pr ? { author: pr.author } : {},
    attestations: [],
    docsBase: options.docsBase
  });
  const ctx = { headSha: target.headSha, baseSha: target.baseSha, repoUrl: options.repoUrl, detailsUrl: options.detailsUrl, name: options.checkName ?? CHECK_NAME };
  const check = evaluation ? checkRunFromEvaluation(evaluation, ctx) : checkRunFromConfigError(configError, ctx);
  const result = {
    target,
    headSha: target.headSha,
    verdict: evaluation ? evaluation.report.verdict : "fail",
    risk: evaluation ? evaluation.report.risk : "high",
    markdown: evaluation ? renderMarkdown(evaluation, { repoUrl: options.repoUrl, headSha: target.headSha }) : commentForConfigError(configError),
    ...evaluation ? { evaluation, report: evaluation.report } : {},
    ...configError ? { configError } : {}
  };
  if (!publish) return result;
  const run = await port.createOrUpdateCheckRun(check);
  result.checkRun = { ...run, conclusion: check.conclusion };
  return result;
}
var transient = (e) => {
  const status = e && typeof e === "object" && "status" in e ? Number(e.status) : void 0;
  if (status === void 0) return false;
  const rateLimited = (status === 403 || status === 429) && /rate limit/i.test(e instanceof Error ? e.message : "");
  return status >= 500 || rateLimited;
};
async function withRetries(job, attempts = 3, delayMs = 250) {
  for (let i = 1; ; i++) {
    try {
      return await job();
    } catch (e) {
      if (i >= attempts || !transient(e) || e instanceof ConfigError) throw e;
      await new Promise((r) => setTimeout(r, delayMs * i));
    }
  }
}

export {
  runEvaluation,
  HISTORY_READS,
  pullNumberFromQueueRef,
  withRetries
};
