import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  require_dist
} from "./chunk-XVF5O5FK.js";
import {
  __toESM
} from "./chunk-ADI5M2KE.js";

// src/core/deploy/yaml-nodes.ts
var import_yaml = __toESM(require_dist(), 1);
function parseYamlStream(src) {
  const lc = new import_yaml.LineCounter();
  try {
    const docs = (0, import_yaml.parseAllDocuments)(src, { lineCounter: lc, merge: true, prettyErrors: false, uniqueKeys: false });
    const out = [];
    for (const doc of docs) {
      const [start, , end] = doc.range ?? [0, 0, 0];
      out.push({ doc, lc, text: src.slice(start, end), hasErrors: doc.errors.length > 0 });
    }
    return out;
  } catch {
    return [];
  }
}
var MAX_ALIAS_HOPS = 16;
var MAX_MERGE_DEPTH = 16;
function deref(ctx, node) {
  let n = node;
  for (let i = 0; i < MAX_ALIAS_HOPS && (0, import_yaml.isAlias)(n); i++) {
    try {
      n = n.resolve(ctx.doc);
    } catch {
      return void 0;
    }
  }
  if ((0, import_yaml.isAlias)(n)) return void 0;
  return n ?? void 0;
}
function isMergeKey(key) {
  if (!(0, import_yaml.isScalar)(key)) return false;
  const v = key.value;
  return v === "<<" || typeof v === "symbol" && v.description === "<<";
}
function keyName(key) {
  if (!(0, import_yaml.isScalar)(key)) return void 0;
  const v = key.value;
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return void 0;
}
function lineAt(ctx, node) {
  const range = node?.range;
  if (!range) return 1;
  try {
    return Math.max(1, ctx.lc.linePos(range[0]).line);
  } catch {
    return 1;
  }
}
function entries(ctx, node, depth = 0) {
  const map = deref(ctx, node);
  if (!(0, import_yaml.isMap)(map) || depth > MAX_MERGE_DEPTH) return [];
  const own = [];
  const ownNames = /* @__PURE__ */ new Set();
  const mergeSources = [];
  for (const pair of map.items) {
    if (isMergeKey(pair.key)) {
      const src = deref(ctx, pair.value);
      if ((0, import_yaml.isSeq)(src)) mergeSources.push(...src.items);
      else mergeSources.push(src);
      continue;
    }
    const name = keyName(pair.key);
    if (name === void 0) continue;
    if (ownNames.has(name)) continue;
    ownNames.add(name);
    own.push({ name, line: lineAt(ctx, pair.key ?? pair.value), value: deref(ctx, pair.value), merged: false });
  }
  if (mergeSources.length === 0) return own;
  const seen = ownNames;
  const out = [...own];
  for (const src of mergeSources) {
    for (const e of entries(ctx, src, depth + 1)) {
      if (seen.has(e.name)) continue;
      seen.add(e.name);
      out.push({ ...e, merged: true });
    }
  }
  return out;
}
function get(ctx, node, key) {
  return entries(ctx, node).find((e) => e.name === key);
}
function getPath(ctx, node, path) {
  let cur;
  let n = node;
  for (const key of path) {
    cur = get(ctx, n, key);
    if (!cur) return void 0;
    n = cur.value;
  }
  return cur;
}
function scalarText(ctx, node) {
  const n = deref(ctx, node);
  if (!(0, import_yaml.isScalar)(n)) return void 0;
  const v = n.value;
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean" || typeof v === "bigint") return String(v);
  return void 0;
}
function isNullScalar(ctx, node) {
  if (node === void 0 || node === null) return true;
  const n = deref(ctx, node);
  return (0, import_yaml.isScalar)(n) && n.value === null;
}
function seqItems(ctx, node) {
  const seq = deref(ctx, node);
  if (!(0, import_yaml.isSeq)(seq)) return [];
  const out = [];
  for (const item of seq.items) {
    const n = deref(ctx, item);
    if (n) out.push(n);
  }
  return out;
}
function docLine(d) {
  const start = d.doc.range?.[0] ?? 0;
  return d.lc.linePos(start).line;
}
function unreadDocument(d, what, error) {
  if (error === void 0) {
    return {
      rule: "parse-error",
      line: docLine(d),
      message: `This document is a template that is not valid YAML until it is rendered, so its ${what} were not checked: lint the rendered output (for example \`helm template\`), or check them by hand.`
    };
  }
  const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
  return {
    rule: "parse-error",
    line: docLine(d),
    message: `This document could not be read (${reason}), so its ${what} were not checked: check them by hand.`
  };
}

export {
  import_yaml,
  parseYamlStream,
  entries,
  get,
  getPath,
  scalarText,
  isNullScalar,
  seqItems,
  unreadDocument
};
