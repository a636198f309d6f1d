import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  entries,
  get,
  getPath,
  import_yaml,
  isNullScalar,
  parseYamlStream,
  scalarText,
  seqItems,
  unreadDocument
} from "./chunk-ZSACY7VE.js";
import {
  describeMutable,
  isTemplated,
  mutableReason,
  pinAdvice
} from "./chunk-6YPJPLJ3.js";
import {
  DEFAULT_DEPLOY_GLOBS
} from "./chunk-BJ63QOVF.js";
import {
  require_dist
} from "./chunk-6JYHO3HJ.js";
import {
  __toESM
} from "./chunk-GHKLDGG7.js";

// src/core/deploy/compose.ts
function analyseComposeDocs(docs) {
  const hits = [];
  for (const d of docs) {
    if (d.hasErrors && d.text.includes("{{")) {
      hits.push(unreadDocument(d, "service images"));
      continue;
    }
    try {
      for (const svc of entries(d, get(d, d.doc.contents, "services")?.value)) {
        if (get(d, svc.value, "build")) continue;
        const image = get(d, svc.value, "image");
        if (!image) continue;
        const ref = scalarText(d, image.value);
        if (ref === void 0) continue;
        const reason = mutableReason(ref);
        if (!reason) continue;
        hits.push({
          rule: "mutable-image-tag",
          line: image.line,
          message: `compose service "${svc.name}": ${describeMutable(ref, reason)}; ${pinAdvice(ref)}.`
        });
      }
    } catch (error) {
      hits.push(unreadDocument(d, "service images", error));
    }
  }
  return hits;
}

// src/core/deploy/dockerfile.ts
var isBlank = (s) => s.trim() === "";
var isComment = (s) => s.trimStart().startsWith("#");
function words(s) {
  const out = [];
  let cur = "";
  for (const ch of s) {
    if (ch === " " || ch === "	" || ch === "\r" || ch === "\n") {
      if (cur) out.push(cur);
      cur = "";
    } else cur += ch;
  }
  if (cur) out.push(cur);
  return out;
}
function escapeChar(lines) {
  for (const raw of lines) {
    const t = raw.trim();
    if (!t.startsWith("#")) break;
    const body = t.slice(1).trim();
    const eq = body.indexOf("=");
    if (eq < 0) break;
    const key = body.slice(0, eq).trim().toLowerCase();
    const value = body.slice(eq + 1).trim();
    if (key === "escape" && (value === "`" || value === "\\")) return value;
    if (key !== "syntax" && key !== "check") break;
  }
  return "\\";
}
function heredocWords(args) {
  const out = [];
  let i = args.indexOf("<<");
  while (i >= 0) {
    let j = i + 2;
    if (args[j] === "-") j++;
    let quote = "";
    if (args[j] === '"' || args[j] === "'") quote = args[j++];
    let word = "";
    while (j < args.length) {
      const ch = args[j];
      if (quote ? ch === quote : !(ch === "_" || ch === "-" || ch === "." || ch >= "0" && ch <= "9" || ch.toLowerCase() !== ch.toUpperCase())) break;
      word += ch;
      j++;
    }
    if (word) out.push(word);
    i = args.indexOf("<<", j);
  }
  return out;
}
function readInstructions(src) {
  const lines = src.split("\n").map((l) => l.endsWith("\r") ? l.slice(0, -1) : l);
  const esc = escapeChar(lines);
  const out = [];
  let i = 0;
  while (i < lines.length) {
    const first = lines[i];
    if (isBlank(first) || isComment(first)) {
      i++;
      continue;
    }
    const start = i;
    let text = first;
    let parts = [];
    for (; ; ) {
      const trimmed = text.trimEnd();
      if (trimmed.endsWith(esc) && i + 1 < lines.length) {
        parts.push(trimmed.slice(0, -1));
        i++;
        while (i < lines.length && (isComment(lines[i]) || isBlank(lines[i])) && i + 1 < lines.length) i++;
        text = lines[i];
        continue;
      }
      parts.push(trimmed.endsWith(esc) ? trimmed.slice(0, -1) : text);
      break;
    }
    i++;
    const joined = parts.join(" ").trim();
    parts = [];
    const keywordWord = words(joined)[0] ?? "";
    const keyword = keywordWord.toUpperCase();
    const args = joined.slice(keywordWord.length).trim();
    out.push({ keyword, args, line: start + 1 });
    const heredocs = keyword === "RUN" || keyword === "COPY" || keyword === "ADD" ? heredocWords(args) : [];
    for (const word of heredocs) {
      while (i < lines.length && lines[i].trim() !== word) i++;
      i++;
    }
  }
  return out;
}
function analyseDockerfile(src) {
  const hits = [];
  const stages = /* @__PURE__ */ new Set();
  let stageIndex = 0;
  for (const ins of readInstructions(src)) {
    if (ins.keyword === "FROM") {
      const w = words(ins.args).filter((x) => !x.startsWith("--"));
      const image = w[0];
      const asIdx = w.findIndex((x) => x.toLowerCase() === "as");
      const alias = asIdx >= 0 ? w[asIdx + 1] : void 0;
      if (image) checkRef(image, ins.line, `FROM ${image}`, stages, hits, "base image");
      if (alias) stages.add(alias.toLowerCase());
      stages.add(String(stageIndex++));
    } else if (ins.keyword === "COPY") {
      for (const flag of words(ins.args)) {
        if (!flag.startsWith("--from=")) continue;
        const ref = flag.slice("--from=".length);
        checkRef(ref, ins.line, `COPY ${flag}`, stages, hits, "source image");
      }
    }
  }
  return hits;
}
function checkRef(ref, line, what, stages, hits, noun) {
  const lower = ref.toLowerCase();
  if (lower === "scratch" || stages.has(lower)) return;
  const reason = mutableReason(ref);
  if (!reason) return;
  hits.push({
    rule: "mutable-image-tag",
    line,
    message: `Dockerfile ${what}: ${describeMutable(ref, reason, noun)}, so rebuilding the previous commit gives a different image; ${pinAdvice(ref)}.`
  });
}

// src/core/deploy/helm.ts
var import_yaml2 = __toESM(require_dist(), 1);
var MAX_DEPTH = 64;
var SIBLING_TAG_KEYS = ["tag", "imageTag", "version"];
function analyseHelmValuesDocs(docs) {
  const hits = [];
  for (const d of docs) {
    if (d.hasErrors && d.text.includes("{{")) {
      hits.push(unreadDocument(d, "images"));
      continue;
    }
    try {
      walk(d, d.doc.contents, [], hits, 0);
    } catch (error) {
      hits.push(unreadDocument(d, "images", error));
    }
  }
  return hits;
}
var isImageKey = (name) => name === "image" || name.endsWith("Image");
function walk(ctx, node, path, hits, depth) {
  if (depth > MAX_DEPTH) return;
  if ((0, import_yaml2.isMap)(node)) {
    const all = entries(ctx, node);
    const own = new Map(all.filter((e) => !e.merged).map((e) => [e.name, e]));
    const names = new Set(all.map((e) => e.name));
    for (const pair of node.items) {
      const name = scalarText(ctx, pair.key);
      if (name === void 0) continue;
      const entry = own.get(name);
      if (!entry) continue;
      const here = [...path, name];
      if (isImageKey(name)) {
        if (checkImage(ctx, entry, here, names, hits)) continue;
      }
      walk(ctx, pair.value, here, hits, depth + 1);
    }
  } else if ((0, import_yaml2.isSeq)(node)) {
    node.items.forEach((item, i) => walk(ctx, item, [...path, String(i)], hits, depth + 1));
  }
}
function checkImage(ctx, entry, path, siblings, hits) {
  const where = path.join(".");
  const str = scalarText(ctx, entry.value);
  if (str !== void 0) {
    const reason = mutableReason(str);
    if (!reason) return true;
    if (reason === "untagged" && SIBLING_TAG_KEYS.some((k) => siblings.has(k))) return true;
    hits.push({
      rule: "mutable-image-tag",
      line: entry.line,
      message: `Helm value ${where}: ${describeMutable(str, reason)}; ${pinAdvice(str)}.`
    });
    return true;
  }
  if (!(0, import_yaml2.isMap)(entry.value)) return false;
  const repoEntry = get(ctx, entry.value, "repository") ?? get(ctx, entry.value, "repo");
  const repo = scalarText(ctx, repoEntry?.value);
  if (repo === void 0 || repo.trim() === "" || isTemplated(repo)) return repo !== void 0;
  const digest = scalarText(ctx, get(ctx, entry.value, "digest")?.value) ?? scalarText(ctx, get(ctx, entry.value, "sha")?.value);
  if (digest && digest.trim() !== "") return true;
  if (!mutableReason(repo)) return true;
  const tagEntry = get(ctx, entry.value, "tag");
  const tag = tagEntry ? scalarText(ctx, tagEntry.value) : void 0;
  if (tagEntry && tag !== void 0 && tag.trim() !== "" && isTemplated(tag)) return true;
  let problem;
  if (!tagEntry) problem = `has no tag and no digest`;
  else if (isNullScalar(ctx, tagEntry.value) || tag !== void 0 && tag.trim() === "") problem = `has an empty tag`;
  else if (tag === "latest") problem = `uses tag "latest"`;
  if (!problem) return true;
  hits.push({
    rule: "mutable-image-tag",
    line: (tagEntry ?? entry).line,
    message: `Helm value ${where} (repository "${repo.trim()}") ${problem}: the image it deploys can change under the same chart version, so a rollback cannot bring the previous one back; ${pinAdvice(repo)} in ${where}.tag or ${where}.digest.`
  });
  return true;
}

// src/core/deploy/kubernetes.ts
var POD_SPEC_PATH = {
  Pod: ["spec"],
  Deployment: ["spec", "template", "spec"],
  StatefulSet: ["spec", "template", "spec"],
  DaemonSet: ["spec", "template", "spec"],
  ReplicaSet: ["spec", "template", "spec"],
  ReplicationController: ["spec", "template", "spec"],
  Job: ["spec", "template", "spec"],
  CronJob: ["spec", "jobTemplate", "spec", "template", "spec"],
  Rollout: ["spec", "template", "spec"],
  // Argo Rollouts
  PodTemplate: ["template", "spec"]
};
var HISTORY_KINDS = /* @__PURE__ */ new Set(["Deployment", "StatefulSet", "DaemonSet", "Rollout"]);
var CONTAINER_LISTS = [
  ["initContainers", "init container"],
  ["containers", "container"]
];
var MAX_LIST_DEPTH = 4;
function analyseKubernetesDocs(docs, isKustomization) {
  const hits = [];
  for (const d of docs) {
    if (d.hasErrors && d.text.includes("{{")) {
      hits.push(unreadDocument(d, "workloads"));
      continue;
    }
    try {
      analyseObject(d, d.doc.contents, hits, isKustomization, 0);
    } catch (error) {
      hits.push(unreadDocument(d, "workloads", error));
    }
  }
  return hits;
}
function analyseObject(ctx, root, hits, isKustomization, depth) {
  const kind = scalarText(ctx, get(ctx, root, "kind")?.value);
  if (kind === void 0 && !isKustomization) return;
  if (kind === "List" || kind?.endsWith("List") && get(ctx, root, "items")) {
    if (depth >= MAX_LIST_DEPTH) return;
    for (const item of seqItems(ctx, get(ctx, root, "items")?.value)) {
      analyseObject(ctx, item, hits, false, depth + 1);
    }
    return;
  }
  if (kind === "Kustomization" || kind === void 0 && isKustomization) {
    kustomizationImages(ctx, root, hits);
    return;
  }
  if (kind === void 0) return;
  const name = scalarText(ctx, getPath(ctx, root, ["metadata", "name"])?.value) ?? "<unnamed>";
  const label = `${kind}/${name}`;
  const podPath = POD_SPEC_PATH[kind];
  if (podPath) {
    const podSpec = getPath(ctx, root, podPath)?.value;
    for (const [list, noun] of CONTAINER_LISTS) {
      for (const container of seqItems(ctx, get(ctx, podSpec, list)?.value)) {
        const image = get(ctx, container, "image");
        if (!image) continue;
        const ref = scalarText(ctx, image.value);
        if (ref === void 0) continue;
        const reason = mutableReason(ref);
        if (!reason) continue;
        const cname = scalarText(ctx, get(ctx, container, "name")?.value) ?? "<unnamed>";
        hits.push({
          rule: "mutable-image-tag",
          line: image.line,
          message: `${label} ${noun} "${cname}": ${describeMutable(ref, reason)}; ${pinAdvice(ref)}.`
        });
      }
    }
  }
  const spec = get(ctx, root, "spec")?.value;
  if (HISTORY_KINDS.has(kind)) {
    const limit = get(ctx, spec, "revisionHistoryLimit");
    if (limit && isZero(scalarText(ctx, limit.value))) {
      hits.push({
        rule: "rollback-history-disabled",
        line: limit.line,
        message: `${label} sets revisionHistoryLimit: 0, so no previous revision is kept and \`kubectl rollout undo\` has nothing to go back to; keep revisionHistoryLimit \u2265 2 (or drop it: the default is 10).`
      });
    }
  }
  if (kind === "Deployment") {
    const type = getPath(ctx, spec, ["strategy", "type"]);
    if (type && scalarText(ctx, type.value) === "Recreate") {
      hits.push({
        rule: "recreate-strategy",
        line: type.line,
        message: `${label} uses strategy Recreate: every pod stops before the new ones start, so the rollout and its rollback are both outages; use RollingUpdate (with maxUnavailable: 0 when old and new versions can run side by side).`
      });
    }
  }
}
function isZero(text) {
  return text !== void 0 && text.trim() !== "" && Number(text) === 0;
}
function kustomizationImages(ctx, root, hits) {
  for (const img of seqItems(ctx, get(ctx, root, "images")?.value)) {
    const fields = new Map(entries(ctx, img).map((e) => [e.name, e]));
    if (scalarText(ctx, fields.get("digest")?.value)) continue;
    const newTag = fields.get("newTag");
    const tag = scalarText(ctx, newTag?.value);
    if (!newTag || tag !== "latest") continue;
    const name = scalarText(ctx, fields.get("newName")?.value) ?? scalarText(ctx, fields.get("name")?.value) ?? "image";
    const ref = `${name}:latest`;
    hits.push({
      rule: "mutable-image-tag",
      line: newTag.line,
      message: `Kustomization image "${name}" sets newTag: latest, which moves with every push; ${pinAdvice(ref)}.`
    });
  }
}

// src/core/deploy/index.ts
var basename = (path) => path.slice(path.lastIndexOf("/") + 1);
var hasExt = (name, ...exts) => exts.some((e) => name.endsWith(e));
function formatByPath(path) {
  const norm = path.split("\\").join("/");
  const name = basename(norm);
  const lower = name.toLowerCase();
  if (lower === "dockerfile" || lower.startsWith("dockerfile.") || lower.startsWith("dockerfile-") || lower.endsWith(".dockerfile") || lower === "containerfile" || lower.startsWith("containerfile.")) {
    return "dockerfile";
  }
  if (hasExt(lower, ".tf", ".tfvars", ".hcl", ".nomad")) return "terraform";
  if (lower === "fly.toml" || lower.startsWith("fly.") && lower.endsWith(".toml")) return "fly";
  const yaml = hasExt(lower, ".yaml", ".yml");
  if (!yaml && !hasExt(lower, ".json")) return lower === "kustomization" ? "kubernetes" : "unknown";
  if (!yaml) return lower.endsWith(".tf.json") || lower.endsWith(".tfvars.json") ? "terraform" : "yaml";
  if (norm.startsWith(".github/workflows/") || norm.includes("/.github/workflows/")) return "workflow";
  if (lower.startsWith("docker-compose") || lower.startsWith("compose.") || lower.startsWith("compose-")) return "compose";
  if (lower === "chart.yaml" || lower === "chart.yml") return "unknown";
  if (lower.startsWith("kustomization.")) return "kubernetes";
  if (lower.startsWith("values") || hasExt(lower, ".values.yaml", ".values.yml", "-values.yaml", "-values.yml")) return "helm-values";
  return "yaml";
}
function formatByContent(docs) {
  let compose = false;
  for (const d of docs) {
    const root = d.doc.contents;
    if (!(0, import_yaml.isMap)(root)) continue;
    const kind = get(d, root, "kind");
    if (kind && scalarText(d, kind.value) !== void 0 && get(d, root, "apiVersion")) return "kubernetes";
    const services = get(d, root, "services");
    if (services && (0, import_yaml.isMap)(services.value) && !get(d, root, "apiVersion") && !get(d, root, "jobs")) compose = true;
  }
  return compose ? "compose" : "unknown";
}
function formatOfYaml(path, content, docs) {
  const format = formatByContent(docs);
  if (format !== "unknown") return format;
  const norm = path.split("\\").join("/");
  const inTemplates = norm.startsWith("templates/") || norm.includes("/templates/");
  return inTemplates && content.includes("{{") ? "kubernetes" : "unknown";
}
function deployFormatOf(path, content) {
  try {
    const byPath = formatByPath(path);
    if (byPath !== "yaml") return byPath ?? "unknown";
    return formatOfYaml(path, content, parseYamlStream(content));
  } catch {
    return "unknown";
  }
}
var isKustomizationPath = (path) => basename(path).toLowerCase().startsWith("kustomization");
function sortHits(hits) {
  return hits.sort((a, b) => a.line - b.line || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message));
}
var flyLoading;
function analyseVersion(path, content, byPath, fly) {
  if (byPath === "dockerfile") return { format: "dockerfile", hits: analyseDockerfile(content) };
  if (byPath === "fly") return { format: "fly", hits: fly ? fly.analyseFlyToml(content) : [] };
  if (byPath === "workflow" || byPath === "unknown" || byPath === "terraform") return { format: byPath, hits: [] };
  const docs = parseYamlStream(content);
  const format = byPath === "yaml" ? formatOfYaml(path, content, docs) : byPath;
  switch (format) {
    case "kubernetes":
      return { format, hits: analyseKubernetesDocs(docs, isKustomizationPath(path)) };
    case "compose":
      return { format, hits: analyseComposeDocs(docs) };
    case "helm-values":
      return { format, hits: analyseHelmValuesDocs(docs) };
    default:
      return { format, hits: [] };
  }
}
function newSinceBase(head, base) {
  const before = /* @__PURE__ */ new Map();
  const key = (h) => `${h.rule}\0${h.message}`;
  for (const h of base) before.set(key(h), (before.get(key(h)) ?? 0) + 1);
  return head.filter((h) => {
    const n = before.get(key(h)) ?? 0;
    if (n === 0) return true;
    before.set(key(h), n - 1);
    return false;
  });
}
async function analyseDeploy(path, head, base) {
  let format = "unknown";
  try {
    const byPath = formatByPath(path) ?? "unknown";
    if (byPath === "terraform") {
      const { analyseTerraform } = await import("./chunk-LPE7DIWM.js");
      const lower = basename(path).toLowerCase();
      const syntax = lower.endsWith(".tfvars.json") ? "json-vars" : lower.endsWith(".json") ? "json" : "hcl";
      return { format: "terraform", hits: sortHits(await analyseTerraform(head, base, syntax)) };
    }
    const fly = byPath === "fly" ? await (flyLoading ??= import("./chunk-PDMQAF7O.js")) : void 0;
    const result = analyseVersion(path, head, byPath, fly);
    format = result.format;
    if (base === void 0 || result.hits.length === 0) return { format, hits: sortHits(result.hits) };
    let before = [];
    try {
      before = analyseVersion(path, base, byPath, fly).hits;
    } catch {
    }
    return { format, hits: sortHits(newSinceBase(result.hits, before)) };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    return {
      format,
      hits: [{ rule: "parse-error", line: 1, message: `This deploy file could not be analysed (${reason}), so its deploy rules were not checked: check it by hand.` }]
    };
  }
}
export {
  DEFAULT_DEPLOY_GLOBS,
  analyseDeploy,
  deployFormatOf
};
