import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  fromMarkdown,
  gfm,
  gfmFromMarkdown,
  visit
} from "./chunk-TJMI72YS.js";
import {
  COMMENT_END,
  ITEM_PREFIX
} from "./chunk-6LTT2RCJ.js";
import "./chunk-KIF3KH6H.js";

// src/runner/tick-edit.ts
function readCheckboxes(body) {
  const out = /* @__PURE__ */ new Map();
  if (!body) return out;
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
  let next = [...previous];
  for (const [item, checked] of after) {
    const was = before.get(item) ?? false;
    if (checked && !was) {
      next = next.filter((a) => a.item !== item);
      next.push({ item, by: edit.by, allowed: edit.allowed, at: edit.at });
    } else if (!checked && was) {
      next = next.filter((a) => a.item !== item);
    }
  }
  return next;
}
export {
  applyTickEdit,
  readCheckboxes
};
