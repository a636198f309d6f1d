import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  normaliseLabel
} from "./chunk-HZLQ3MQE.js";

// src/core/description/placeholders.ts
var TEXT_PLACEHOLDERS = [
  /\{\{[^{}]{0,500}\}\}/g,
  // {{placeholder}}
  /\{[^{}\n]{0,300}\}/g,
  // {placeholder}
  /<[^<>\s](?:[^<>\n]{0,298}[^<>\s])?>/g,
  // <placeholder> left as text (not a valid HTML tag)
  // [placeholder] left as text: links and task boxes are nodes of their own, never plain text here
  /\[[^[\]\n]{1,300}\]/g
];
var FILLER_WORDS = /* @__PURE__ */ new Set([
  "n a",
  "na",
  "todo",
  "to do",
  "tbd",
  "tbc",
  "tba",
  "fixme",
  "xxx",
  "placeholder",
  "fill in",
  "fill me in",
  "to be determined",
  "to be confirmed",
  "to be defined",
  "coming soon",
  "later",
  "wip",
  "pending"
]);
var TODO_START = /^(?:todo|tbd|tbc|tba|fixme|xxx)\b/i;
function isFiller(clean) {
  const n = normaliseLabel(clean);
  if (n.length === 0) return true;
  if (FILLER_WORDS.has(n)) return true;
  return TODO_START.test(clean.replace(/^[\s*_~`>#\-–—:[\]().]+/, ""));
}
var NOT_REASONS = /* @__PURE__ */ new Set([
  "reason",
  "the reason",
  "a reason",
  "why",
  "because",
  "why this is safe",
  "why this is safe here",
  "why it is safe",
  "safe",
  "ok",
  "okay",
  "fine",
  "ignore",
  "ignored",
  "yes",
  "test",
  "asdf"
]);
function placeholderReason(reason) {
  if (reason.trim() === "") return "gives no reason";
  let stripped = reason;
  for (const re of TEXT_PLACEHOLDERS) stripped = stripped.replace(re, " ");
  const n = normaliseLabel(stripped);
  const quoted = `"${reason.trim().slice(0, 60)}"`;
  if (n.length === 0 && stripped.trim() !== reason.trim()) return `gives ${quoted}, a placeholder, not a reason`;
  if (isFiller(stripped) || NOT_REASONS.has(n)) return `gives ${quoted}, which is not a reason`;
  if (n.replace(/ /g, "").length < 3) return `gives ${quoted}, which is not a reason`;
  return void 0;
}

export {
  TEXT_PLACEHOLDERS,
  isFiller,
  placeholderReason
};
