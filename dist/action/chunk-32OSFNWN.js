import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  entries,
  import_yaml,
  parseYamlStream,
  seqItems
} from "./chunk-6PLPA7NJ.js";
import "./chunk-XVF5O5FK.js";
import "./chunk-ADI5M2KE.js";

// src/core/deploy/hcl.ts
async function parseHcl(source) {
  const { parseCode } = await import("./chunk-BXQRW7SD.js");
  return parseCode("terraform", source);
}

// src/core/deploy/terraform.ts
var WATCHED = [
  { name: "deletion_protection", protects: true },
  { name: "deletion_protection_enabled", protects: true },
  { name: "enable_deletion_protection", protects: true },
  { name: "disable_api_termination", protects: true },
  { name: "prevent_destroy", protects: true, lifecycleOnly: true },
  { name: "skip_final_snapshot", protects: false },
  { name: "force_destroy", protects: false }
];
var INVERTING_WORDS = /* @__PURE__ */ new Set(["disable", "disabled", "no", "skip", "without", "not"]);
function watchedFor(attr, inLifecycle) {
  for (const w of WATCHED) {
    if (w.lifecycleOnly) {
      if (inLifecycle && attr === w.name) return w;
      continue;
    }
    if (attr === w.name) return w;
    if (attr.endsWith(`_${w.name}`)) {
      const prefixWords = attr.slice(0, -w.name.length - 1).split("_");
      if (prefixWords.some((p) => INVERTING_WORDS.has(p))) continue;
      return w;
    }
  }
  return void 0;
}
var MAX_DEPTH = 64;
function boolLiteral(expr) {
  let n = expr;
  for (let i = 0; i < 3 && n; i++) {
    if (n.type === "bool_lit") {
      const t = n.text.trim();
      return t === "true" ? true : t === "false" ? false : void 0;
    }
    if (n.namedChildCount !== 1) return void 0;
    n = n.namedChild(0);
  }
  return void 0;
}
function labelText(n) {
  if (n.type === "string_lit") {
    const lit = n.namedChildren.find((c) => c?.type === "template_literal");
    return lit ? lit.text : "";
  }
  return n.text;
}
function scanTree(root) {
  const settings = [];
  const blocks = /* @__PURE__ */ new Map();
  const visitBody = (body, address, where, blockType, variableName, depth) => {
    if (depth > MAX_DEPTH) return;
    for (const child of body.namedChildren) {
      if (!child) continue;
      if (child.type === "attribute") {
        const ident = child.namedChildren.find((c) => c?.type === "identifier");
        const expr = child.namedChildren.find((c) => c?.type === "expression");
        if (!ident) continue;
        const attr = ident.text;
        const settingName = blockType === "variable" && attr === "default" && variableName ? variableName : attr;
        const watched = watchedFor(settingName, blockType === "lifecycle");
        if (!watched) continue;
        settings.push({
          address: `${address}#${attr}`,
          watched,
          attr,
          value: boolLiteral(expr),
          line: child.startPosition.row + 1,
          where
        });
      } else if (child.type === "block") {
        const named = child.namedChildren.filter((c) => !!c);
        const type = named[0]?.type === "identifier" ? named[0].text : "";
        const labels = named.filter((c, i) => i > 0 && (c.type === "string_lit" || c.type === "identifier")).map(labelText);
        const inner = named.find((c) => c.type === "body");
        const childAddress = [address, [type, ...labels].join(".")].filter(Boolean).join("/");
        const childWhere = [where, [type, ...labels.map((l) => `"${l}"`)].join(" ")].filter(Boolean).join(" ");
        if (!blocks.has(childAddress)) blocks.set(childAddress, { address: childAddress, line: child.startPosition.row + 1, where: childWhere });
        if (inner) visitBody(inner, childAddress, childWhere, type, type === "variable" ? labels[0] : void 0, depth + 1);
      } else if (child.type === "ERROR" || child.type === "body") {
        visitBody(child, address, where, blockType, variableName, depth + 1);
      }
    }
  };
  visitBody(root, "", "", "", void 0, 0);
  return { settings, blocks, hasError: root.hasError };
}
async function scan(source) {
  const tree = await parseHcl(source);
  try {
    return scanTree(tree.rootNode);
  } finally {
    tree.delete();
  }
}
var JSON_LABELS = { resource: 2, data: 2, module: 1, variable: 1, output: 1, provider: 1, check: 1, locals: 0, terraform: 0 };
function scanJsonDoc(ctx, vars) {
  const settings = [];
  const blocks = /* @__PURE__ */ new Map();
  const visitBody = (body, address, where, blockType, variableName, depth) => {
    if (depth > MAX_DEPTH || !(0, import_yaml.isMap)(body)) return;
    for (const entry of entries(ctx, body)) {
      const { name, value, line } = entry;
      if ((0, import_yaml.isScalar)(value)) {
        const settingName = blockType === "variable" && name === "default" && variableName ? variableName : name;
        const watched = watchedFor(settingName, blockType === "lifecycle");
        if (!watched) continue;
        settings.push({ address: `${address}#${name}`, watched, attr: name, value: typeof value.value === "boolean" ? value.value : void 0, line, where });
        continue;
      }
      const bodies = (0, import_yaml.isSeq)(value) ? seqItems(ctx, value).filter((v) => (0, import_yaml.isMap)(v)) : (0, import_yaml.isMap)(value) ? [value] : [];
      for (const inner of bodies) {
        const childAddress = [address, name].filter(Boolean).join("/");
        const childWhere = [where, name].filter(Boolean).join(" ");
        if (!blocks.has(childAddress)) blocks.set(childAddress, { address: childAddress, line, where: childWhere });
        visitBody(inner, childAddress, childWhere, name, void 0, depth + 1);
      }
    }
  };
  const visitLabelled = (node, type, labels, left, line) => {
    if (left === 0) {
      const bodies = (0, import_yaml.isSeq)(node) ? seqItems(ctx, node) : [node];
      const address = [type, ...labels].join(".");
      const where = [type, ...labels.map((l) => `"${l}"`)].join(" ");
      if (!blocks.has(address)) blocks.set(address, { address, line, where });
      for (const body of bodies) visitBody(body, address, where, type, type === "variable" ? labels[0] : void 0, 1);
      return;
    }
    for (const item of (0, import_yaml.isSeq)(node) ? seqItems(ctx, node) : [node]) {
      for (const e of entries(ctx, item)) visitLabelled(e.value, type, [...labels, e.name], left - 1, e.line);
    }
  };
  const root = ctx.doc.contents;
  if (vars) visitBody(root, "", "", "", void 0, 0);
  else
    for (const e of entries(ctx, root)) {
      const labels = JSON_LABELS[e.name];
      if (labels === void 0) continue;
      visitLabelled(e.value, e.name, [], labels, e.line);
    }
  return { settings, blocks, hasError: ctx.doc.errors.length > 0 };
}
function scanJson(source, vars) {
  const [doc] = parseYamlStream(source);
  if (!doc || !(0, import_yaml.isMap)(doc.doc.contents)) return void 0;
  try {
    return scanJsonDoc(doc, vars);
  } catch {
    return void 0;
  }
}
var describe = (s) => s.where ? `${s.where}: ` : "";
function advice(w) {
  return w.protects ? `keep it true, and turn it off only in a separate, reviewed change right before an intended destroy` : `keep it false (or take a final snapshot/backup first), in a separate, reviewed change right before an intended destroy`;
}
async function analyseTerraform(head, base, syntax = "hcl") {
  const read = (source) => syntax === "hcl" ? scan(source) : Promise.resolve(scanJson(source, syntax === "json-vars"));
  if (head.trim() === "") return [];
  const h = await read(head);
  if (!h) {
    return [{ rule: "parse-error", line: 1, message: "This file is not a Terraform JSON object, so deletion protection settings were not checked." }];
  }
  const unread = h.hasError ? [
    {
      rule: "parse-error",
      line: 1,
      message: `This ${syntax === "hcl" ? "Terraform" : "Terraform JSON"} file has syntax errors: what they hide was not checked for deletion protection.`
    }
  ] : [];
  const b = base === void 0 ? void 0 : await read(base).catch(() => void 0);
  const baseByAddress = /* @__PURE__ */ new Map();
  for (const s of b?.settings ?? []) if (!baseByAddress.has(s.address)) baseByAddress.set(s.address, s);
  const hits = [...unread];
  for (const s of h.settings) {
    if (s.value === void 0 || s.value === s.watched.protects) continue;
    const before = baseByAddress.get(s.address);
    if (before && before.value === s.value) continue;
    const was = base === void 0 || !b ? "set in a new file" : before === void 0 ? "not set on the base branch" : before.value === void 0 ? "an expression on the base branch" : `it was ${before.value} on the base branch`;
    hits.push({
      rule: "deletion-protection-removed",
      line: s.line,
      message: `${describe(s)}${s.attr} = ${s.value} turns deletion protection off (${was}): a bad apply, or a rollback that removes this resource, destroys its data with nothing to restore; ${advice(s.watched)}.`
    });
  }
  if (b && !h.hasError) {
    const headAddresses = new Set(h.settings.map((s) => s.address));
    for (const s of b.settings) {
      if (!s.watched.protects || s.value !== true || headAddresses.has(s.address)) continue;
      const blockAddress = s.address.slice(0, s.address.lastIndexOf("#"));
      const anchor = nearestBlock(blockAddress, h.blocks);
      if (!anchor) continue;
      hits.push({
        rule: "deletion-protection-removed",
        line: anchor.line,
        message: `${describe(s)}${s.attr} = true was removed (the default is usually false), which turns deletion protection off: a bad apply, or a rollback that removes this resource, destroys its data; ${advice(s.watched)}.`
      });
    }
  }
  return hits;
}
function nearestBlock(address, blocks) {
  let a = address;
  for (; ; ) {
    const found = blocks.get(a);
    if (found) return found;
    const slash = a.lastIndexOf("/");
    if (slash < 0) return void 0;
    a = a.slice(0, slash);
  }
}
export {
  analyseTerraform
};
