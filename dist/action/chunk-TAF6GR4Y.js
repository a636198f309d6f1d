import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  COMMENT_END,
  ITEM_PREFIX,
  recordAttestation,
  scanBoxLines
} from "./chunk-3FZUAP4G.js";
import {
  fromMarkdown,
  gfm,
  gfmFromMarkdown,
  visit
} from "./chunk-JHO2NIBE.js";
import "./chunk-ADI5M2KE.js";

// src/runner/tick-edit.ts
function readCheckboxes(body) {
  if (!body) return /* @__PURE__ */ new Map();
  return plainChecklist(body) ?? parseCheckboxes(body);
}
var ITEM_LINE = /^- \[([ xX])\] .*<!-- rollback-ready:item:([^\s>]+) -->\s*$/;
var NOTHING_OPEN = /^\s{0,3}(```|~~~)|<!--(?!.*-->)|^\s{0,3}<(script|pre|style|textarea|\?|![A-Z]|!\[CDATA\[)/i;
function plainChecklist(body) {
  const out = /* @__PURE__ */ new Map();
  const lines = body.split("\n");
  const last = lines.findLastIndex((l) => l.includes(ITEM_PREFIX));
  let previous = "";
  for (let i = 0; i <= last; i++) {
    const line = lines[i].replace(/\r$/, "");
    if (line.includes(ITEM_PREFIX)) {
      const m = ITEM_LINE.exec(line);
      if (!m || out.has(m[2])) return void 0;
      if (!(previous.trim() === "" || /^#{1,6} /.test(previous) || ITEM_LINE.test(previous))) return void 0;
      out.set(m[2], m[1] !== " ");
    } else if (NOTHING_OPEN.test(line)) return void 0;
    previous = line;
  }
  return out;
}
function parseCheckboxes(body) {
  const out = /* @__PURE__ */ new Map();
  const tree = fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  visit(tree, "listItem", (item) => {
    if (typeof item.checked !== "boolean") return;
    visit(item, "html", (node) => {
      const value = node.value.trim();
      if (value.startsWith(ITEM_PREFIX) && value.endsWith(COMMENT_END.trim())) {
        const id = value.slice(ITEM_PREFIX.length, value.length - COMMENT_END.trim().length).trim();
        if (id && !out.has(id)) out.set(id, item.checked === true);
      }
    });
  });
  return out;
}
function applyTickEdit(previous, edit) {
  const before = readCheckboxes(edit.before);
  const after = readCheckboxes(edit.after);
  let next = previous;
  for (const [item, checked] of after) {
    const was = before.get(item) ?? false;
    if (checked === was) continue;
    next = recordAttestation(next, { item, by: edit.by, allowed: edit.allowed, at: edit.at, ...checked ? {} : { ticked: false } });
  }
  return next;
}
function pendingBoxes(body, shown) {
  const out = /* @__PURE__ */ new Map();
  const lines = scanBoxLines(body);
  if ([...lines].every(([item, states]) => !(item in shown) || states.every((s) => s === shown[item]))) return out;
  for (const [item, checked] of readCheckboxes(body)) {
    if (item in shown && shown[item] !== checked) out.set(item, checked);
  }
  return out;
}
export {
  applyTickEdit,
  parseCheckboxes,
  pendingBoxes,
  readCheckboxes
};
