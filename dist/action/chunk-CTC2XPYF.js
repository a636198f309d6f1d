import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  decodeCommentState,
  encodeCommentState,
  mergeAttestations,
  scanBoxLines,
  ticksFromAttestations
} from "./chunk-3FZUAP4G.js";
import {
  hasPermission
} from "./chunk-HLJU5Z7P.js";
import {
  FRAMEWORKS
} from "./chunk-LXSWKH7Z.js";
import {
  analyse,
  judge,
  selectReads,
  siblingPaths
} from "./chunk-OJ3WT3D5.js";
import "./chunk-WYNSWX4E.js";
import {
  createClassifier
} from "./chunk-FP3JK7VI.js";
import "./chunk-7WUAOE4O.js";
import "./chunk-BJ63QOVF.js";
import "./chunk-IQR4UOTD.js";
import "./chunk-K7NLEESO.js";
import "./chunk-VKBMTKYT.js";
import "./chunk-YQYMSWCG.js";
import "./chunk-BF324SM3.js";
import "./chunk-Q7EMWZUQ.js";
import {
  CHECK_NAME,
  WriteGaveUp,
  checkRunFromConfigError,
  checkRunFromEvaluation,
  commentForConfigError,
  isTransient,
  statusOf
} from "./chunk-JPLM5UDP.js";
import {
  COMMENT_MARKER,
  escapeMd,
  itemMarker,
  renderMarkdown
} from "./chunk-QANS6EEU.js";
import "./chunk-VRU5LLEH.js";
import "./chunk-ZFFODCYG.js";
import "./chunk-OQYEAIFO.js";
import "./chunk-HZLQ3MQE.js";
import {
  renderDrillMarkdown
} from "./chunk-7QYY34KQ.js";
import {
  CONFIG_PATH,
  ConfigError,
  DEFAULT_CONFIG,
  loadConfig
} from "./chunk-H5HVMUYY.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";

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
  const wanted = new Set(
    selectReads(
      listed.flatMap((f) => f.previousPath ? [f.path, f.previousPath] : [f.path]),
      config,
      frameworks
    )
  );
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

// src/runner/evaluate-changes.ts
async function readConfig(port, baseSha, path = CONFIG_PATH) {
  return loadConfig(await port.getContent(path, baseSha), path);
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
async function analyseChanges(port, args) {
  let config;
  try {
    config = await args.configPromise;
  } catch (e) {
    if (e instanceof ConfigError) return { configError: e };
    throw e;
  }
  const { files, siblings } = await readChanges(port, args.listing.files, { headSha: args.headSha, baseSha: args.baseSha }, config, FRAMEWORKS);
  const analysis = await analyse({ files, siblings, ...budgetedReader(port, args.headSha, files), config, frameworks: FRAMEWORKS });
  const shared = {
    body: args.body,
    repo: cachedInspector(port, args.baseRef),
    ...args.listing.truncated ? { truncated: args.listing.truncated } : {},
    ...args.docsBase ? { docsBase: args.docsBase } : {},
    ...args.drill ? { drill: args.drill.outcome, extraFindings: args.drill.findings } : {},
    ...args.drillElsewhere ? { drillElsewhere: true } : {}
  };
  return { analysed: { analysis, config, shared } };
}
async function judgeChanges(port, { analysis, config, shared }, said) {
  const { decisions } = said;
  const input = {
    ...shared,
    ticks: ticksFromAttestations(said.attestations),
    acks: decisions?.acks ?? [],
    ...decisions?.override ? { override: { by: decisions.override.by, reason: decisions.override.reason, at: decisions.override.at } } : {},
    ...decisions?.risk ? { riskOverride: { level: decisions.risk.level, by: decisions.risk.by, reason: decisions.risk.reason, at: decisions.risk.at } } : {}
  };
  const author = said.author;
  const evaluation = await judge(analysis, { ...input, ...author ? { author: { login: author, allowed: false } } : {} });
  if (!author || !evaluation.description.checkboxes.some((b) => b.checked === true)) return evaluation;
  const granted = await port.getPermission(author);
  return hasPermission(granted, config.attest.permission) ? judge(analysis, { ...input, author: { login: author, allowed: true } }) : evaluation;
}
var HISTORY_READS = 60;
function budgetedReader(port, headSha, files) {
  const known = new Map(files.filter((f) => f.status !== "removed" && f.head !== void 0).map((f) => [f.path, f.head]));
  const asked = /* @__PURE__ */ new Map();
  const once = (key, request) => {
    let found = asked.get(key);
    if (!found) {
      if (asked.size >= HISTORY_READS) return Promise.reject(new Error(`the budget of ${HISTORY_READS} history reads per evaluation is spent`));
      found = request();
      found.catch(() => void 0);
      asked.set(key, found);
    }
    return found;
  };
  return {
    readFile: (path) => known.has(path) ? Promise.resolve(known.get(path)) : once(`file:${path}`, () => port.getContent(path, headSha)),
    listDir: (dir) => once(`dir:${dir}`, () => port.listDirectory(dir.replace(/\/+$/, ""), headSha)),
    listFolders: (dir) => once(`folders:${dir}`, () => port.listFolders(dir.replace(/\/+$/, ""), headSha))
  };
}
async function judgeAnalysed(port, analysed, said) {
  if (!analysed.analysed) return { configError: analysed.configError };
  return { evaluation: await judgeChanges(port, analysed.analysed, said), config: analysed.analysed.config };
}
async function evaluateChanges(port, args) {
  return judgeAnalysed(port, await analyseChanges(port, args), args);
}

// src/runner/lease.ts
var LEASE_REACTION = "eyes";
var LeaseTimeout = class extends Error {
  name = "LeaseTimeout";
  status = 503;
};
var LeaseExpired = class extends Error {
  name = "LeaseExpired";
  status = 503;
};
var sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
async function withLease(port, number, job, options = {}) {
  const ttl = options.ttlMs ?? 12e4;
  const poll = options.pollMs ?? Math.min(1e3, Math.max(25, ttl / 60));
  const deadline = Date.now() + (options.waitMs ?? ttl * 2.5);
  const ambiguous = options.ambiguousMs ?? Math.min(ttl / 4, 15e3);
  let waited = false;
  let held;
  let lost;
  const first = await port.claimReaction(number, LEASE_REACTION);
  if (first.created && first.reaction) held = first.reaction;
  else if (first.created === void 0) lost = { sent: Date.now(), since: Date.now() };
  while (!held) {
    const { reactions, now } = await port.listReactions(number, LEASE_REACTION);
    const current = reactions.sort((a, b) => a.id - b.id)[0];
    const age = current ? now - Date.parse(current.createdAt) : 0;
    const maybeOurs = current && lost && Date.parse(current.createdAt) >= lost.sent - 2e3 && Date.now() - lost.since > ambiguous;
    if (current && (age > ttl || maybeOurs)) {
      options.log?.(
        maybeOurs ? `took back the lease on #${number} (reaction ${current.id}, most likely made by a claim whose answer was lost)` : `took over the lease on #${number} (reaction ${current.id} from ${current.createdAt} was never released)`
      );
      for (const stale of reactions) await port.deleteReaction(number, stale.id);
      lost = void 0;
      continue;
    }
    if (!current) {
      lost = void 0;
      const claim = await port.claimReaction(number, LEASE_REACTION);
      if (claim.created && claim.reaction) {
        held = claim.reaction;
        waited = true;
        break;
      }
      if (claim.created === void 0) lost = { sent: now, since: Date.now() };
    }
    if (Date.now() > deadline) throw new LeaseTimeout(`waited too long for the lease on #${number}`);
    waited = true;
    await sleep(poll / 2 + Math.random() * poll);
  }
  const started = Date.now();
  const lease = {
    waited,
    check() {
      if (Date.now() - started > ttl * 0.8) throw new LeaseExpired(`held the lease on #${number} for too long`);
    }
  };
  try {
    return await job(lease);
  } finally {
    await port.deleteReaction(number, held.id).catch(() => void 0);
  }
}

// src/runner/decisions.ts
var PREFIX = "<!-- rollback-ready:decisions ";
var END = " -->";
function encodeDecisions(decisions) {
  if (!decisions.acks.length && !decisions.override && !decisions.risk) return void 0;
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
    const r = data.risk;
    const risk = r && ["low", "medium", "high"].includes(r.level) && typeof r.by === "string" && typeof r.reason === "string" && typeof r.sha === "string" && typeof r.at === "string" ? r : void 0;
    return { acks, ...override ? { override } : {}, ...risk ? { risk } : {} };
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
  if (request.kind === "risk") return { ...decisions, risk: { level: request.level, by: request.by, reason: request.reason, at, sha: headSha } };
  return { ...decisions, override: { by: request.by, reason: request.reason, at, sha: headSha } };
}
function currentDecisions(decisions, headSha) {
  const out = { acks: decisions.acks };
  if (decisions.override?.sha === headSha) out.override = decisions.override;
  if (decisions.risk?.sha === headSha) out.risk = decisions.risk;
  return out;
}
function mergeDecisions(a, b) {
  const acks = [...a.acks];
  for (const ack of b.acks) {
    const i = acks.findIndex((x) => x.rule === ack.rule);
    if (i < 0) acks.push(ack);
    else if (acks[i].at < ack.at) acks[i] = ack;
  }
  const later = (x, y) => !x ? y : !y ? x : x.at >= y.at ? x : y;
  const override = later(a.override, b.override);
  const risk = later(a.risk, b.risk);
  return { acks, ...override ? { override } : {}, ...risk ? { risk } : {} };
}

// src/runner/comment-body.ts
var HEAD_PREFIX = "<!-- rollback-ready:head ";
var headMarker = (sha) => `${HEAD_PREFIX}${sha} -->`;
function riskOverrideLine(evaluation) {
  const o = evaluation.riskOverride;
  if (!o) return void 0;
  return `> **Risk set to ${o.level}** by @${o.by} at ${o.at} (assessed: ${evaluation.assessedRisk}): ${escapeMd(o.reason)}. A new commit ends it.`;
}
function insertAfterHeadline(markdown, line) {
  if (!line) return markdown;
  const parts = markdown.split("\n\n");
  const at = parts[0] === COMMENT_MARKER ? 2 : 1;
  parts.splice(Math.min(at, parts.length), 0, line);
  return parts.join("\n\n");
}
var BOX = /^(\s*[-*+] \[)([ xX])(\] )/;
function keepPendingBoxes(markdown, pending) {
  if (!pending.size) return markdown;
  return markdown.split("\n").map((line) => {
    for (const [item, checked] of pending) {
      const marker = itemMarker(item);
      if (!line.includes(marker) || !BOX.test(line)) continue;
      const boxed = line.replace(BOX, `$1${checked ? "x" : " "}$3`);
      return checked && !line.includes("_ticked, not counted yet_") ? boxed.replace(marker, `\u2014 _ticked, not counted yet_ ${marker}`) : boxed;
    }
    return line;
  }).join("\n");
}
function composeComment(parts) {
  return [
    parts.markdown,
    headMarker(parts.headSha),
    encodeCommentState({ attestations: parts.attestations, shown: parts.shown }),
    encodeDecisions(parts.decisions),
    ...parts.extra ?? []
  ].filter((p) => p !== void 0).join("\n\n");
}

// src/runner/drill-record.ts
var PREFIX2 = "<!-- rollback-ready:drill ";
var END2 = " -->";
var MARKDOWN_BUDGET = 2e4;
function encodeDrillRecord(record) {
  const kept = record.markdown && record.markdown.length <= MARKDOWN_BUDGET ? record : { ...record, markdown: void 0 };
  return `${PREFIX2}${Buffer.from(JSON.stringify(kept), "utf8").toString("base64url")}${END2}`;
}
function decodeDrillRecord(body, headSha) {
  if (!body) return void 0;
  const start = body.indexOf(PREFIX2);
  if (start < 0) return void 0;
  const end = body.indexOf(END2, start + PREFIX2.length);
  if (end < 0) return void 0;
  try {
    const data = JSON.parse(Buffer.from(body.slice(start + PREFIX2.length, end), "base64url").toString("utf8"));
    if (data.sha !== headSha || typeof data.passed !== "boolean" || typeof data.summary !== "string" || !Array.isArray(data.findings)) return void 0;
    const findings = data.findings.filter((f) => f && typeof f.rule === "string" && f.rule.startsWith("drill-") && typeof f.path === "string");
    return { sha: data.sha, passed: data.passed, summary: data.summary, findings, ...typeof data.markdown === "string" ? { markdown: data.markdown } : {} };
  } catch {
    return void 0;
  }
}
var outcomeOf = (record) => ({
  passed: record.passed,
  summary: record.summary,
  ...record.markdown ? { markdown: record.markdown } : {}
});

// src/runner/publish-comment.ts
async function publishComment(port, number, copies, body, { createIfMissing, beforeWrite }) {
  if (copies.length === 0) {
    if (!createIfMissing) return { action: "skipped" };
    beforeWrite?.();
    const created = await port.createComment(number, body, { reconcile: COMMENT_MARKER });
    const seen = await port.findComments(number, COMMENT_MARKER);
    const all = seen.some((c) => c.id === created.id) ? seen : [...seen, created].sort((a, b) => a.id - b.id);
    const outcome = await converge(port, all, body, beforeWrite);
    return { ...outcome, action: outcome.id === created.id ? "created" : outcome.action };
  }
  try {
    return await converge(port, copies, body, beforeWrite);
  } catch (e) {
    if (statusOf(e) !== 404) throw e;
    return publishComment(port, number, await port.findComments(number, COMMENT_MARKER), body, { createIfMissing, beforeWrite });
  }
}
async function converge(port, copies, body, beforeWrite) {
  const [oldest, ...others] = [...copies].sort((a, b) => a.id - b.id);
  let action = "unchanged";
  if (oldest.body !== body) {
    beforeWrite?.();
    await port.updateComment(oldest.id, body);
    action = "updated";
  }
  for (const copy of others) await port.deleteComment(copy.id);
  return { id: oldest.id, action, ...others.length ? { deleted: others.map((c) => c.id) } : {} };
}

// src/runner/decide.ts
var RANK = { none: 0, low: 1, medium: 2, high: 3 };
function permissionNeeded(request, config, assessed) {
  if (request.kind === "risk") return assessed !== void 0 && RANK[request.level] < RANK[assessed] ? "maintain" : "write";
  return config?.overrides.permission ?? "maintain";
}
async function decide(port, request, { config, assessed, headSha }) {
  const needed = permissionNeeded(request, config, assessed);
  const listed = config?.overrides.users.includes(request.by) ?? false;
  const allowed = listed && !(request.kind === "risk" && needed === "write") || hasPermission(await port.getPermission(request.by), needed);
  const short = headSha.slice(0, 7);
  if (!allowed) {
    const what = request.kind === "risk" ? `\`/rollback risk ${request.level}\` ${needed === "maintain" ? `lowers the risk below the assessed ${assessed} and` : ""} needs the ${needed} permission on this repository${needed === "maintain" ? " (or a place in `overrides.users` of the config)" : ""}` : `\`/rollback ${request.kind}\` needs the ${needed} permission on this repository (or a place in \`overrides.users\` of the config)`;
    return { accepted: false, message: `@${request.by}: ${what.replace(/\s+/g, " ")}; nothing was changed.` };
  }
  switch (request.kind) {
    case "ack":
      return { accepted: true, message: `@${request.by} acknowledged \`${request.rule}\`: ${request.reason}` };
    case "override":
      return { accepted: true, message: `@${request.by} overrode the failing gates for ${short}: ${request.reason}. A new commit ends the override.` };
    case "risk":
      return {
        accepted: true,
        message: `@${request.by} set the risk to ${request.level} for ${short} (assessed: ${assessed ?? "unknown"}): ${request.reason}. A new commit ends it.`
      };
  }
}

// src/runner/round.ts
async function readCommentState(port, pr) {
  const copies = await port.findComments(pr.number, COMMENT_MARKER);
  let attestations = [];
  let decisions = { acks: [] };
  for (const c of copies) {
    attestations = mergeAttestations(attestations, decodeCommentState(c.body).attestations);
    decisions = mergeDecisions(decisions, decodeDecisions(c.body));
  }
  return { copies, attestations, decisions: currentDecisions(decisions, pr.headSha) };
}
async function evaluateRound(port, target, pr, snapshot, options, listingPromise) {
  const configPromise = readConfig(port, pr.baseSha, options.configPath);
  configPromise.catch(() => void 0);
  const listing = await (listingPromise ?? port.listFiles(pr.number, pr.changedFiles));
  const attestations = target.tickEdit ? await withTickEdit(port, snapshot.attestations, target.tickEdit, configPromise) : snapshot.attestations;
  const drill = drillOfHead(pr.headSha, snapshot, options);
  const analysis = analyseOnce(port, {
    listing,
    configPromise,
    headSha: pr.headSha,
    baseSha: pr.baseSha,
    baseRef: pr.baseRef,
    body: pr.body,
    docsBase: options.docsBase,
    ...drill.input ? { drill: drill.input } : {},
    ...options.drillElsewhere ? { drillElsewhere: true } : {}
  });
  const judgeWith = async (decisions2) => judgeAnalysed(port, await analysis.get(), { author: pr.author, attestations, decisions: decisions2 });
  const { evaluated, decisions, decision } = await decideThenJudge(port, target.decision, { pr, configPromise, decisions: snapshot.decisions }, judgeWith);
  const { result, check } = renderRound(target, pr, evaluated, options);
  if (decision) result.decision = decision;
  result.analyses = analysis.count();
  const config = evaluated.config;
  return { result, check, attestations, decisions, ...config ? { config } : {}, ...drill.record ? { drillRecord: drill.record } : {} };
}
function analyseOnce(port, args) {
  let analysed;
  let count = 0;
  return {
    get: () => {
      if (!analysed) {
        count++;
        analysed = analyseChanges(port, args);
      }
      return analysed;
    },
    count: () => count
  };
}
async function withTickEdit(port, attestations, edit, configPromise) {
  const config = await configPromise.catch(() => void 0);
  const granted = await port.getPermission(edit.by);
  const allowed = hasPermission(granted, config?.attest.permission ?? "write");
  const { applyTickEdit } = await import("./chunk-TAF6GR4Y.js");
  return applyTickEdit(attestations, { ...edit, allowed, at: edit.at ?? (/* @__PURE__ */ new Date()).toISOString() });
}
function drillOfHead(headSha, snapshot, options) {
  const fresh = options.drill?.headSha === headSha ? options.drill : void 0;
  if (fresh) {
    const { outcome } = fresh;
    const markdown = outcome.run ? { markdown: renderDrillMarkdown(outcome.run, outcome.summary, outcome.passed) } : {};
    return { record: { sha: headSha, passed: outcome.passed, summary: outcome.summary, findings: fresh.findings, ...markdown }, input: fresh };
  }
  const recorded = snapshot.copies.map((c) => decodeDrillRecord(c.body, headSha)).find((r) => r !== void 0);
  return recorded ? { record: recorded, input: { outcome: outcomeOf(recorded), findings: recorded.findings } } : {};
}
async function decideThenJudge(port, request, now, judgeWith) {
  let decisions = now.decisions;
  if (!request) return { evaluated: await judgeWith(decisions), decisions };
  const config = await now.configPromise.catch(() => void 0);
  let evaluated = request.kind === "risk" ? await judgeWith(decisions) : {};
  const decision = await decide(port, request, { config, assessed: evaluated.evaluation?.assessedRisk, headSha: now.pr.headSha });
  if (decision.accepted) {
    decisions = applyDecision(decisions, request, now.pr.headSha, (/* @__PURE__ */ new Date()).toISOString());
    evaluated = await judgeWith(decisions);
  } else if (!evaluated.evaluation && !evaluated.configError) evaluated = await judgeWith(decisions);
  return { evaluated, decisions, decision };
}
function renderRound(target, pr, evaluated, options) {
  const { evaluation, configError, config } = evaluated;
  const ctx = { headSha: pr.headSha, baseSha: pr.baseSha, repoUrl: options.repoUrl, detailsUrl: options.detailsUrl, name: options.checkName ?? CHECK_NAME };
  const check = evaluation ? checkRunFromEvaluation(evaluation, ctx) : checkRunFromConfigError(configError, ctx);
  if (evaluation?.riskOverride && check.text !== void 0) check.text = insertAfterHeadline(check.text, riskOverrideLine(evaluation));
  const markdown = evaluation ? insertAfterHeadline(renderMarkdown(evaluation, { repoUrl: options.repoUrl, headSha: pr.headSha, baseSha: pr.baseSha }), riskOverrideLine(evaluation)) : commentForConfigError(configError);
  const result = {
    target,
    headSha: pr.headSha,
    verdict: evaluation ? evaluation.report.verdict : "fail",
    risk: evaluation ? evaluation.report.risk : "high",
    markdown,
    pr,
    ...evaluation ? { evaluation, report: evaluation.report } : {},
    ...configError ? { configError } : {},
    ...config ? { config } : {}
  };
  return { result, check };
}

// src/runner/publish-round.ts
async function publishRound(port, target, pr, options, lease, last) {
  const name = options.checkName ?? CHECK_NAME;
  const listing = port.listFiles(pr.number, pr.changedFiles);
  listing.catch(() => void 0);
  const [runs, snapshot] = await Promise.all([
    ensureCheckRun(port, { name, headSha: pr.headSha, ...options.detailsUrl ? { detailsUrl: options.detailsUrl } : {} }, lease, options),
    readCommentState(port, pr)
  ]);
  const round = await evaluateRound(port, target, pr, snapshot, options, listing);
  const { result, check } = round;
  result.checkRun = { id: runs.id, created: runs.created, conclusion: check.conclusion };
  const now = await port.getPullRequest(pr.number);
  const headMoved = now.headSha !== pr.headSha;
  if (!headMoved && !last && (now.body !== pr.body || now.baseSha !== pr.baseSha)) {
    return { result, settled: false, why: now.body !== pr.body ? "description edited" : "base moved" };
  }
  await completeCheckRuns(port, runs, check, lease, options);
  if (headMoved) return { result, settled: false, why: `head moved to ${now.headSha.slice(0, 7)}` };
  await publishSticky(port, pr, round, snapshot.copies, lease, options);
  if (round.config?.labels.enabled && result.evaluation) await syncLabels(port, now, round.config, result.evaluation.report.risk);
  return { result, settled: true };
}
async function completeCheckRuns(port, runs, check, lease, options) {
  for (const id of [runs.id, ...runs.duplicates]) {
    lease?.check();
    await port.completeCheckRun(id, check, id === runs.id ? { annotationsCount: runs.annotationsCount } : {});
  }
  options.log?.(`check run ${runs.id} ${runs.created ? "created" : "updated"}: ${check.conclusion} on ${check.headSha.slice(0, 7)}`);
}
async function publishSticky(port, pr, round, read, lease, options) {
  const log = options.log ?? (() => void 0);
  const { result } = round;
  const copies = await readCopiesAgain(port, pr.number, read);
  const body = await stickyBody(pr, round, copies, options);
  const notApplicable = result.evaluation?.report.verdict === "not-applicable";
  result.comment = await publishComment(port, pr.number, copies, body, { createIfMissing: !notApplicable, beforeWrite: () => lease?.check() });
  if (result.comment.deleted?.length)
    (options.warn ?? log)(`#${pr.number}: deleted duplicate comments ${result.comment.deleted.join(", ")} (the oldest, ${result.comment.id}, stays)`);
  log(`comment ${result.comment.id ?? "-"} ${result.comment.action}`);
}
async function readCopiesAgain(port, number, copies) {
  if (!copies.length) return copies;
  const fresh = await port.getComment(copies[0].id);
  return fresh ? [fresh, ...copies.slice(1)] : port.findComments(number, COMMENT_MARKER);
}
async function stickyBody(pr, round, copies, options) {
  const fresh = copies[0];
  const { pendingBoxes } = await import("./chunk-TAF6GR4Y.js");
  const pending = fresh ? pendingBoxes(fresh.body, decodeCommentState(fresh.body).shown) : /* @__PURE__ */ new Map();
  let attestations = round.attestations;
  let decisions = round.decisions;
  for (const c of copies) {
    attestations = mergeAttestations(attestations, decodeCommentState(c.body).attestations);
    decisions = mergeDecisions(decisions, currentDecisions(decodeDecisions(c.body), pr.headSha));
  }
  const evaluation = round.result.evaluation;
  const markdown = evaluation ? stickyMarkdown(evaluation, pr, pending, options) : `${COMMENT_MARKER}
${round.result.markdown}`;
  const shown = Object.fromEntries([...scanBoxLines(markdown)].map(([item, states]) => [item, states.at(-1)]));
  const drillRecord = round.drillRecord ?? copies.map((c) => decodeDrillRecord(c.body, pr.headSha)).find((r) => r !== void 0);
  return composeComment({ markdown, headSha: pr.headSha, attestations, shown, decisions, extra: drillRecord ? [encodeDrillRecord(drillRecord)] : [] });
}
function stickyMarkdown(evaluation, pr, pending, options) {
  const rendered = renderMarkdown(evaluation, { marker: true, repoUrl: options.repoUrl, headSha: pr.headSha, baseSha: pr.baseSha });
  return keepPendingBoxes(insertAfterHeadline(rendered, riskOverrideLine(evaluation)), pending);
}
async function ensureCheckRun(port, start, lease, options) {
  const found = await port.findCheckRun(start.headSha, start.name);
  if (found) return { id: found.id, created: false, duplicates: [], annotationsCount: found.annotationsCount };
  lease?.check();
  const started = await port.startCheckRun(start);
  const all = await port.listCheckRuns(start.headSha, start.name);
  const duplicates = all.map((r) => r.id).filter((id) => id !== started.id);
  if (duplicates.length)
    (options.warn ?? options.log ?? (() => void 0))(`${start.name} has ${all.length} runs on ${start.headSha.slice(0, 7)}: completing them alike`);
  const annotationsCount = started.created ? 0 : all.find((r) => r.id === started.id)?.annotationsCount ?? 1;
  return { ...started, duplicates, annotationsCount };
}
async function syncLabels(port, pr, config, risk) {
  const prefix = config.labels.prefix;
  const wanted = risk === "none" ? [] : [`${prefix}${risk}`];
  const current = pr.labels.filter((l) => l.startsWith(prefix));
  const add = wanted.filter((l) => !current.includes(l));
  const remove = current.filter((l) => !wanted.includes(l));
  if (add.length || remove.length) await port.setLabels(pr.number, add, remove);
}

// src/runner/run.ts
async function runEvaluation(port, target, options = {}) {
  return target.kind === "merge_group" ? runMergeGroup(port, target, options) : runPullRequest(port, target, options);
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
var MAX_ROUNDS = 3;
async function runPullRequest(port, target, options) {
  const log = options.log ?? (() => void 0);
  warmClassifier();
  if (options.publish === false) {
    const pr = await (options.pullRequest ?? port.getPullRequest(target.number));
    const state = await readCommentState(port, pr);
    return (await evaluateRound(port, target, pr, state, options)).result;
  }
  let early = options.pullRequest;
  for (let round = 1; ; round++) {
    const outcome = await holding(port, target.number, options, async (lease) => {
      if (lease?.waited) {
        early = void 0;
        options.dropEarlyReads?.();
      }
      const pr = await (early ?? port.getPullRequest(target.number));
      early = void 0;
      return publishRound(port, target, pr, options, lease, round === MAX_ROUNDS);
    });
    outcome.result.rounds = round;
    if (outcome.settled || round === MAX_ROUNDS) return outcome.result;
    log(`#${target.number} changed while it was evaluated (${outcome.why}): evaluating it again`);
  }
}
function holding(port, number, options, job) {
  if (options.lease === false) return job(void 0);
  return withLease(port, number, job, { ...options.lease, log: options.warn ?? options.log });
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
    docsBase: options.docsBase,
    ...options.drill?.headSha === target.headSha ? { drill: options.drill } : {}
  });
  const ctx = {
    headSha: target.headSha,
    baseSha: target.baseSha,
    repoUrl: options.repoUrl,
    detailsUrl: options.detailsUrl,
    name: options.checkName ?? CHECK_NAME
  };
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
  const run = await ensureCheckRun(port, check, void 0, options);
  for (const id of [run.id, ...run.duplicates]) await port.completeCheckRun(id, check, id === run.id ? { annotationsCount: run.annotationsCount } : {});
  result.checkRun = { id: run.id, created: run.created, conclusion: check.conclusion };
  return result;
}
async function withRetries(job, attempts = 3, delayMs = 250) {
  for (let i = 1; ; i++) {
    try {
      return await job();
    } catch (e) {
      if (i >= attempts || e instanceof ConfigError || !(isTransient(e) || e instanceof WriteGaveUp || e instanceof LeaseExpired || e instanceof LeaseTimeout))
        throw e;
      await new Promise((r) => setTimeout(r, delayMs * i));
    }
  }
}
function describeFailure(e) {
  if (e instanceof WriteGaveUp || e instanceof LeaseExpired || e instanceof LeaseTimeout) return e.message;
  const req = e?.request;
  const status = statusOf(e);
  const what = req?.method && req.url ? `${req.method} ${req.url.replace(/^https?:\/\/[^/]+/, "")}` : void 0;
  const message = e instanceof Error ? e.message : String(e);
  return [what, status ? `answered ${status}` : void 0, message].filter(Boolean).join(": ");
}
export {
  describeFailure,
  pullNumberFromQueueRef,
  runEvaluation,
  withRetries
};
