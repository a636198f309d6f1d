import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  fromMarkdown,
  gfm,
  gfmFromMarkdown
} from "./chunk-JHO2NIBE.js";
import {
  TEXT_PLACEHOLDERS,
  isFiller
} from "./chunk-IQR4UOTD.js";
import {
  PLAN_SECTIONS,
  isPlanHeading,
  mapSection,
  normaliseLabel
} from "./chunk-HZLQ3MQE.js";
import "./chunk-ADI5M2KE.js";

// src/core/description/markdown.ts
var MAX_PARSE_CHARS = 1e5;
var MAX_LINE_NESTING = 32;
var MAX_BRACKET_DEPTH = 32;
var MAX_LINK_TEXT = 1e3;
var MAX_STRAY_CLOSERS = 64;
var MAX_DELIMITER_RUN = 64;
function cap(body) {
  if (body.length <= MAX_PARSE_CHARS) return { text: body, truncated: false };
  const cut = body.lastIndexOf("\n", MAX_PARSE_CHARS);
  return { text: body.slice(0, cut > 0 ? cut : MAX_PARSE_CHARS), truncated: true };
}
function isDigit(c) {
  return c >= 48 && c <= 57;
}
function defuse(text) {
  let out = null;
  const put = (i2, ch) => {
    if (!out) out = text.split("");
    out[i2] = ch;
  };
  const brackets = bracketBound(put);
  const runs = delimiterRunBound(put);
  const n = text.length;
  let lineStart = true;
  let blankRun = true;
  let i = 0;
  while (i < n) {
    if (lineStart) {
      boundLinePrefix(text, i, put);
      lineStart = false;
    }
    const c = text.charCodeAt(i);
    runs.see(c, i);
    if (c === 13 && text.charCodeAt(i + 1) === 10) {
      i++;
      continue;
    }
    if (c === 10 || c === 13) {
      if (blankRun) brackets.endParagraph();
      blankRun = true;
      lineStart = true;
      i++;
      continue;
    }
    if (c !== 32 && c !== 9) blankRun = false;
    if (c === 92) {
      const next = text.charCodeAt(i + 1);
      i += next === 10 || next === 13 ? 1 : 2;
      continue;
    }
    brackets.see(c, i);
    i++;
  }
  return out ? out.join("") : text;
}
function boundLinePrefix(text, i, put) {
  let depth = 0;
  let j = i;
  while (j < text.length) {
    const c = text.charCodeAt(j);
    if (c === 32 || c === 9) {
      j++;
      continue;
    }
    const end = containerMarkerEnd(text, j);
    if (end < 0) break;
    depth++;
    if (depth > MAX_LINE_NESTING) for (let k = j; k < end; k++) put(k, " ");
    j = end;
  }
}
function containerMarkerEnd(text, j) {
  const c = text.charCodeAt(j);
  if (c === 62) return j + 1;
  if (c === 45 || c === 42 || c === 43) {
    const next = text.charCodeAt(j + 1);
    return next === 32 || next === 9 ? j + 1 : -1;
  }
  if (isDigit(c)) {
    let k = j;
    while (k < text.length && k - j < 9 && isDigit(text.charCodeAt(k))) k++;
    const m = text.charCodeAt(k);
    const next = text.charCodeAt(k + 1);
    return (m === 46 || m === 41) && (next === 32 || next === 9) ? k + 1 : -1;
  }
  if (c === 91 && text.charCodeAt(j + 1) === 94) {
    let k = j + 2;
    while (k < text.length && k - j < 66 && text.charCodeAt(k) !== 93 && text.charCodeAt(k) !== 10) k++;
    return text.charCodeAt(k) === 93 && text.charCodeAt(k + 1) === 58 ? k + 2 : -1;
  }
  return -1;
}
function delimiterRunBound(put) {
  let runChar = -1;
  let runLength = 0;
  return {
    see(c, i) {
      if (c !== 42 && c !== 95 && c !== 126) {
        runChar = -1;
        return;
      }
      if (c === runChar) runLength++;
      else {
        runChar = c;
        runLength = 1;
      }
      if (runLength > MAX_DELIMITER_RUN) put(i, " ");
    }
  };
}
function bracketBound(put) {
  const openBrackets = [];
  let strayClosers = 0;
  return {
    see(c, i) {
      if (openBrackets.length > 0 && i - openBrackets[0] > MAX_LINK_TEXT) {
        for (const at of openBrackets) put(at, " ");
        openBrackets.length = 0;
      }
      if (c === 91) {
        if (openBrackets.length >= MAX_BRACKET_DEPTH) put(i, " ");
        else openBrackets.push(i);
      } else if (c === 93) {
        if (openBrackets.length > 0) openBrackets.pop();
        else if (++strayClosers > MAX_STRAY_CLOSERS) put(i, " ");
      }
    },
    endParagraph() {
      openBrackets.length = 0;
      strayClosers = 0;
    }
  };
}
function emptyRoot() {
  return { type: "root", children: [] };
}
function parseMarkdown(body) {
  if (typeof body !== "string" || body.length === 0) return { root: emptyRoot(), truncated: false };
  const { text, truncated } = cap(body);
  const safe = defuse(text);
  try {
    return {
      root: fromMarkdown(safe, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] }),
      truncated
    };
  } catch (error) {
    const parseError = error instanceof Error ? error.message : String(error);
    try {
      return { root: fromMarkdown(safe), truncated, parseError };
    } catch {
      return { root: emptyRoot(), truncated, parseError };
    }
  }
}
function hasChildren(node) {
  return Array.isArray(node.children);
}
function lineOf(node) {
  return node.position?.start.line ?? 1;
}
var HTML_MARK = "\uFFFC";
function inlineText(node, skipFirst = 0) {
  let text = "";
  const segOffsets = [];
  const segLines = [];
  const fallbackLine = lineOf(node);
  const stack = [];
  if (hasChildren(node)) {
    const kids = node.children;
    for (let i = kids.length - 1; i >= skipFirst; i--) stack.push(kids[i]);
  } else stack.push(node);
  while (stack.length > 0) {
    const cur = stack.pop();
    let value;
    switch (cur.type) {
      case "text":
      case "inlineCode":
        value = cur.value;
        break;
      case "html":
        value = HTML_MARK;
        break;
      case "break":
        value = "\n";
        break;
      case "image":
      case "imageReference":
        value = cur.alt ?? "";
        break;
      default:
        if (hasChildren(cur)) {
          const kids = cur.children;
          for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
        }
    }
    if (value !== void 0 && value.length > 0) {
      segOffsets.push(text.length);
      segLines.push(cur.position ? cur.position.start.line : fallbackLine);
      text += value.includes("\r") ? value.replace(/\r\n?/g, "\n") : value;
    }
  }
  const lineAt = (offset) => {
    if (segOffsets.length === 0) return fallbackLine;
    let lo = 0;
    let hi = segOffsets.length - 1;
    while (lo < hi) {
      const mid = lo + hi + 1 >> 1;
      if (segOffsets[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    let line = segLines[lo];
    for (let k = segOffsets[lo]; k < offset && k < text.length; k++) if (text.charCodeAt(k) === 10) line++;
    return line;
  };
  return { text, lineAt };
}
function* walk(root) {
  const stack = [root];
  while (stack.length > 0) {
    const cur = stack.pop();
    yield cur;
    if (hasChildren(cur)) {
      const kids = cur.children;
      for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
    }
  }
}

// src/core/description/checkboxes.ts
function extractCheckboxes(root) {
  const out = [];
  for (const node of walk(root)) {
    if (node.type !== "listItem" || typeof node.checked !== "boolean") continue;
    const own = [];
    for (const child of node.children) if (child.type === "paragraph") own.push(inlineText(child).text);
    const text = own.join("\n").split(HTML_MARK).join("").replace(/\s+/g, " ").trim();
    out.push({ text, checked: node.checked, line: lineOf(node) });
  }
  return out;
}

// src/core/description/content.ts
var PLACEHOLDERS = [...TEXT_PLACEHOLDERS, new RegExp(HTML_MARK, "g")];
function stripPlaceholders(text) {
  let out = text;
  let removed = false;
  for (const re of PLACEHOLDERS) {
    const next = out.replace(re, " ");
    if (next !== out) removed = true;
    out = next;
  }
  return {
    text: out.replace(/[ \t]+/g, " ").replace(/ *\n */g, "\n").trim(),
    removed
  };
}
var BOILERPLATE_TEXT = [
  // 000: Stage Rollback Plan
  "Execute rollback if ANY of these occur:",
  "Test suite failures that can't be explained",
  "Application won't start",
  "Data integrity check fails",
  "Error rate increases by > 2x baseline",
  "Performance degrades by > 50%",
  "After rollback, confirm:",
  "Application starts and passes health check",
  "Test suite passes",
  "Data integrity check passes",
  "Error rates return to baseline",
  // 000: safety checklist per stage
  "Backup taken (if data-touching)",
  "Rollback steps documented",
  "Rollback tested (for medium/high risk stages)",
  "Monitoring in place",
  "Communication sent (if user-facing)",
  "Grace period defined (how long old system stays available)",
  "Verification checks pass",
  "Error rates normal",
  "Performance normal",
  "Rollback still possible",
  "Evidence captured",
  // 001: Rollback Readiness Checklist
  "Revert commit identified - Know what SHA to revert if needed",
  "Feature flag exists - For new functionality, can disable instantly",
  "Database migrations are backward-compatible - Old code works with new schema",
  "Monitoring alerts configured - Will know quickly if something breaks",
  "On-call engineer aware - Someone is watching during deploy",
  "Rollback tested - Have actually tried the rollback in staging",
  // 004: post-rollback checklist
  "Legacy system serving 100% traffic",
  "Error rate back to normal",
  "Latency back to baseline",
  "All scheduled jobs ran successfully",
  "Customer-facing features verified manually",
  "No data loss confirmed",
  "Status page updated",
  "Customer comms sent",
  "All team members informed",
  "Post-mortem scheduled"
];
var BOILERPLATE = new Set(BOILERPLATE_TEXT.map(normaliseLabel));
function isBoilerplate(clean3) {
  return BOILERPLATE.has(normaliseLabel(clean3));
}
var META_LABEL = /^(?:stage|stage name|risk|risk level|owner|author)\s*:/i;
var REVERT_LABEL_SOURCE = String.raw`(?:revert(?:ing)?\s+(?:to\s+)?(?:sha|commit|hash|revision)|revert\s+to|last[\s-]+known[\s-]+good(?:\s+(?:sha|commit|hash|revision|version))?(?:\s*\(\s*lkg\s*\))?|lkg(?:\s+(?:sha|commit|hash|revision))?|roll[\s-]?back\s+to(?:\s+(?:sha|commit|hash|revision))?|known[\s-]+good\s+(?:sha|commit|hash|revision))`;
var REVERT_LINE = new RegExp(String.raw`^${REVERT_LABEL_SOURCE}\s*[:=|]`, "i");
function judge(unit, checklistSection = false) {
  const { text: clean3 } = stripPlaceholders(unit.raw);
  if (clean3.length === 0 || isFiller(clean3)) return { ...unit, clean: clean3, keep: false, meaningful: false };
  if (unit.kind === "checkbox") {
    if (unit.checked) return { ...unit, clean: clean3, keep: true, meaningful: true };
    const own = !isBoilerplate(clean3);
    return { ...unit, clean: clean3, keep: own, meaningful: own && checklistSection };
  }
  if (unit.kind === "code") return { ...unit, clean: clean3, keep: true, meaningful: true };
  const leadIn = clean3.endsWith(":") || clean3.endsWith("\uFF1A");
  const meaningful = !leadIn && !isBoilerplate(clean3) && !META_LABEL.test(clean3) && !REVERT_LINE.test(clean3);
  return { ...unit, clean: clean3, keep: true, meaningful };
}
function rowUnit(row) {
  return { raw: row.children.map((cell) => inlineText(cell).text).join(" | "), line: lineOf(row), kind: "text" };
}
function collectUnits(nodes, out) {
  const stack = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i]);
  while (stack.length > 0) {
    const node = stack.pop();
    switch (node.type) {
      case "paragraph":
      case "tableCell":
        out.push({ raw: inlineText(node).text, line: lineOf(node), kind: "text" });
        break;
      case "table":
        for (const row of node.children.slice(1)) out.push(rowUnit(row));
        break;
      case "code":
        out.push({ raw: node.value, line: lineOf(node), kind: "code" });
        break;
      case "heading":
      case "html":
      case "thematicBreak":
      case "definition":
        break;
      // structure, comments and link definitions are not content
      case "listItem": {
        if (typeof node.checked === "boolean") {
          const own = [];
          const rest = [];
          for (const child of node.children) {
            if (child.type === "paragraph") own.push(inlineText(child).text);
            else rest.push(child);
          }
          out.push({ raw: own.join("\n"), line: lineOf(node), kind: "checkbox", checked: node.checked });
          for (let i = rest.length - 1; i >= 0; i--) stack.push(rest[i]);
        } else {
          for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
        }
        break;
      }
      default:
        if (hasChildren(node)) {
          const kids = node.children;
          for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
        } else if ("value" in node && typeof node.value === "string") {
          out.push({ raw: node.value, line: lineOf(node), kind: "text" });
        }
    }
  }
}

// src/core/description/label-lines.ts
function clean(text) {
  return text.split(HTML_MARK).join(" ").replace(/\s+/g, " ").trim();
}
function namesPlanPart(label) {
  const l = clean(label).replace(/[:：]$/, "").trim();
  return l.length > 0 && (mapSection(l) !== void 0 || isPlanHeading(l));
}
var PLAIN_LINE_LABEL = /^[ \t]*([^:\n]{1,60})[:：]/;
function splitLabelLines(blocks) {
  let changed = false;
  const out = [];
  for (const b of blocks) {
    if (b.type !== "paragraph") {
      out.push(b);
      continue;
    }
    const parts = splitParagraph(b);
    if (parts.length > 1) changed = true;
    out.push(...parts);
  }
  return changed ? out : blocks;
}
function splitParagraph(p) {
  const pieces = [[]];
  const current = () => pieces[pieces.length - 1];
  const kids = p.children;
  const boldLabelAt = (i) => {
    const next = kids[i];
    return next?.type === "strong" && namesPlanPart(inlineText(next).text);
  };
  for (let i = 0; i < kids.length; i++) {
    const node = kids[i];
    if (node.type === "break") {
      if (boldLabelAt(i + 1)) pieces.push([]);
      else current().push(node);
      continue;
    }
    if (node.type !== "text" || !node.value.includes("\n")) {
      current().push(node);
      continue;
    }
    let from = 0;
    let line = node.position?.start.line;
    let lineOfFrom = line;
    for (let at = node.value.indexOf("\n"); at >= 0; at = node.value.indexOf("\n", at + 1)) {
      if (line !== void 0) line++;
      const restOfNode = node.value.slice(at + 1);
      const nextLine = restOfNode.split("\n", 1)[0];
      const plain2 = PLAIN_LINE_LABEL.exec(nextLine);
      const opensBold = restOfNode.trim() === "" && boldLabelAt(i + 1);
      const opensPlain = plain2 !== null && mapSection(plain2[1].trim()) !== void 0;
      if (!opensBold && !opensPlain) continue;
      const before = node.value.slice(from, at);
      if (before.trim()) current().push(textPart(before, lineOfFrom));
      pieces.push([]);
      from = at + 1;
      lineOfFrom = line;
      if (opensBold) from = node.value.length;
    }
    const tail = node.value.slice(from);
    if (tail.length > 0 && (from === 0 || tail.trim())) current().push(from === 0 ? node : textPart(tail, lineOfFrom));
  }
  const nonEmpty = pieces.filter((list) => list.length > 0);
  if (nonEmpty.length <= 1) return [p];
  return nonEmpty.map((children) => {
    const first = children[0]?.position?.start ?? p.position?.start;
    const last = children[children.length - 1]?.position?.end ?? p.position?.end;
    return { type: "paragraph", children, ...first && last ? { position: { start: first, end: last } } : {} };
  });
}
function textPart(value, line) {
  return line === void 0 ? { type: "text", value } : { type: "text", value, position: { start: { line, column: 1 }, end: { line, column: 1 } } };
}

// src/core/description/plan.ts
var PSEUDO_DEPTH = 7;
function clean2(text) {
  return text.split(HTML_MARK).join(" ").replace(/\s+/g, " ").trim();
}
function headingText(h) {
  return clean2(inlineText(h).text);
}
function paragraphLabel(p, allowPlain) {
  let first = 0;
  while (first < p.children.length) {
    const c = p.children[first];
    if (c && c.type === "text" && c.value.trim() === "") first++;
    else break;
  }
  const head = p.children[first];
  if (!head) return void 0;
  if (head.type === "strong") {
    let label2 = clean2(inlineText(head).text);
    const restInline = inlineText(p, first + 1);
    let rest2 = restInline.text;
    let offset2 = 0;
    if (label2.endsWith(":")) label2 = label2.slice(0, -1).trim();
    else {
      const m = /^\s*[:\-–—]/.exec(rest2);
      if (m) offset2 = m[0].length;
    }
    const lead2 = /^\s*/.exec(rest2.slice(offset2));
    offset2 += lead2 ? lead2[0].length : 0;
    rest2 = rest2.slice(offset2);
    if (label2.length === 0) return void 0;
    return {
      label: label2,
      rest: rest2,
      restLine: restInline.lineAt(offset2),
      alone: clean2(rest2).length === 0,
      bold: true
    };
  }
  if (!allowPlain) return void 0;
  const all = inlineText(p);
  const colon = all.text.indexOf(":");
  if (colon <= 0 || colon > 60) return void 0;
  const label = all.text.slice(0, colon);
  if (label.includes("\n") || label.includes(HTML_MARK) || label.trim().split(/\s+/).length > 6) return void 0;
  let offset = colon + 1;
  const lead = /^\s*/.exec(all.text.slice(offset));
  offset += lead ? lead[0].length : 0;
  const rest = all.text.slice(offset);
  return { label: label.trim(), rest, restLine: all.lineAt(offset), alone: clean2(rest).length === 0, bold: false };
}
function splitHeading(text) {
  const colon = text.indexOf(":");
  if (colon > 0) return { label: text.slice(0, colon), value: text.slice(colon + 1).trim() };
  return { label: text, value: "" };
}
function findPlan(blocks) {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.type === "heading") {
      const text = headingText(b);
      if (isPlanHeading(text)) {
        return { index: i + 1, depth: b.depth, heading: text, line: lineOf(b), pseudo: false, ownUnits: [] };
      }
    } else if (b.type === "paragraph") {
      const label = paragraphLabel(b, true);
      if (label && (label.bold || !label.alone) && isPlanHeading(label.label)) {
        const ownUnits = label.alone ? [] : [{ raw: label.rest, line: label.restLine, kind: "text" }];
        return { index: i + 1, depth: PSEUDO_DEPTH, heading: label.label, line: lineOf(b), pseudo: true, ownUnits };
      }
    }
  }
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (b.type === "paragraph") {
      const label2 = paragraphLabel(b, false);
      const id2 = label2?.bold ? mapSection(label2.label) : void 0;
      if (label2 && id2 && normaliseLabel(label2.label).split(" ").includes("rollback")) {
        const first = { id: id2, heading: label2.label, line: lineOf(b), depth: PSEUDO_DEPTH, kind: "pseudo" };
        return {
          index: i + 1,
          depth: PSEUDO_DEPTH,
          heading: label2.label,
          line: lineOf(b),
          pseudo: true,
          ownUnits: [],
          firstSection: first,
          firstUnits: label2.alone ? [] : [{ raw: label2.rest, line: label2.restLine, kind: "text" }]
        };
      }
    }
    if (b.type !== "heading") continue;
    const text = headingText(b);
    const { label, value } = splitHeading(text);
    const id = mapSection(label) ?? mapSection(text);
    if (id && normaliseLabel(text).split(" ").includes("rollback")) {
      const first = { id, heading: text, line: lineOf(b), depth: b.depth, kind: "heading" };
      const byLabel = value ? mapSection(label) : void 0;
      return {
        index: i + 1,
        depth: b.depth - 1,
        heading: text,
        line: lineOf(b),
        pseudo: false,
        endOnUnmappedAt: b.depth,
        ownUnits: [],
        firstSection: first,
        firstUnits: byLabel ? [{ raw: value, line: lineOf(b), kind: "text" }] : []
      };
    }
  }
  return void 0;
}
var FORWARD_ONLY = [
  /\bforward[\s-]*only\b/gi,
  /\broll(?:ing)?[\s-]*forward[\s-]*only\b/gi,
  /\bno\s+down[\s-]*migrations?\b/gi,
  /\bno\s+(?:down|rollback|undo)\s+(?:path|script|step)s?\b/gi,
  /\bir+eversible\b/gi,
  /\bnot\s+reversible\b/gi,
  /\bcan(?:not|'t|’t)\s+be\s+(?:rolled\s+back|reverted|reversed|undone)\b/gi,
  /\bone[\s-]way\s+(?:migration|change|door)\b/gi
];
var NEGATION = /\b(?:not|no|isn't|isn’t|never|nothing|without)\s+(?:\w+\s+){0,1}$/i;
function declaresForwardOnly(text) {
  for (const re of FORWARD_ONLY) {
    re.lastIndex = 0;
    let m;
    while ((m = re.exec(text)) !== null) {
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      if (!NEGATION.test(before) || /^no\s/i.test(m[0])) return true;
    }
  }
  return false;
}
var NOT_FOUND = { found: false, filled: false, sections: {}, forwardOnly: false, text: "" };
function extractPlan(root) {
  const direct = extractPlanFrom(root.children);
  if (direct.found) return direct;
  const containers = [{ blocks: root.children, depth: 0 }];
  while (containers.length) {
    const { blocks, depth } = containers.shift();
    if (depth >= 3) continue;
    for (const b of blocks) {
      const inner = b.type === "blockquote" ? [b.children] : b.type === "list" ? b.children.map((item) => item.children) : [];
      for (const children of inner) {
        const plan = extractPlanFrom(children);
        if (plan.found) return plan;
        containers.push({ blocks: children, depth: depth + 1 });
      }
    }
  }
  return NOT_FOUND;
}
function extractPlanFrom(given) {
  const blocks = splitLabelLines(given);
  const start = findPlan(blocks);
  if (!start) return NOT_FOUND;
  const draft = new PlanDraft();
  draft.push(null, start.ownUnits);
  if (start.firstSection) {
    draft.current = draft.open(start.firstSection);
    draft.push(draft.current, start.firstUnits ?? []);
  }
  for (let i = start.index; i < blocks.length; i++) {
    if (takeBlock(blocks[i], start, draft) === "end") break;
  }
  return judgePlan(start, draft);
}
var PlanDraft = class {
  drafts = /* @__PURE__ */ new Map();
  units = [];
  current = null;
  /** A section opened again keeps its first heading and line. */
  open(d) {
    const existing = this.drafts.get(d.id);
    if (existing) return { ...existing, depth: d.depth, kind: d.kind };
    this.drafts.set(d.id, d);
    return d;
  }
  push(owner, list) {
    for (const unit of list) this.units.push({ owner: owner ? owner.id : null, unit });
  }
  pushNodes(owner, nodes) {
    const list = [];
    collectUnits(nodes, list);
    this.push(owner, list);
  }
};
function takeBlock(b, start, draft) {
  if (b.type === "heading") return takeHeading(b, start, draft);
  if (b.type === "paragraph") return takeParagraph(b, start, draft);
  const { current } = draft;
  if (b.type === "list" && (current === null || current.kind === "list" || current.kind === "pseudo") && takeLabelledList(b, draft)) return "next";
  if (b.type === "table" && current === null && takeLabelledTable(b, draft)) return "next";
  draft.pushNodes(current, [b]);
  return "next";
}
function takeHeading(b, start, draft) {
  const text = headingText(b);
  if (start.pseudo || b.depth < start.depth) return "end";
  if (b.depth === start.depth && !continuesPlan(text)) return "end";
  const { label, value } = splitHeading(text);
  const byLabel = value ? mapSection(label) : void 0;
  const id = byLabel ?? mapSection(text);
  if (!id && start.endOnUnmappedAt !== void 0 && b.depth <= start.endOnUnmappedAt) return "end";
  if (id) {
    draft.current = draft.open({ id, heading: text, line: lineOf(b), depth: b.depth, kind: "heading" });
    if (byLabel && value) draft.push(draft.current, [{ raw: value, line: lineOf(b), kind: "text" }]);
  } else if (!(draft.current && b.depth > draft.current.depth)) draft.current = null;
  return "next";
}
function takeParagraph(b, start, draft) {
  const plainOk = draft.current === null || draft.current.kind !== "heading";
  const label = paragraphLabel(b, plainOk);
  const id = label ? mapSection(label.label) : void 0;
  if (label && id) {
    draft.current = draft.open({ id, heading: label.label, line: lineOf(b), depth: PSEUDO_DEPTH, kind: "pseudo" });
    if (!label.alone) draft.push(draft.current, [{ raw: label.rest, line: label.restLine, kind: "text" }]);
    return "next";
  }
  if (label && label.bold && label.alone) {
    if (start.pseudo) return "end";
    if (draft.current && draft.current.kind !== "heading") draft.current = null;
    return "next";
  }
  if (start.pseudo && label && !label.bold && label.label.split(/\s+/).length <= 4 && !isPlanLike(label.label)) {
    return "end";
  }
  draft.pushNodes(draft.current, [b]);
  return "next";
}
function takeLabelledList(list, draft) {
  const labelled = labelledList(list, draft.current);
  if (!labelled) return false;
  for (const part of labelled) {
    if (part.draft) draft.push(draft.open(part.draft), part.units);
    else draft.push(draft.current, part.units);
  }
  draft.current = null;
  return true;
}
function takeLabelledTable(table, draft) {
  const parts = labelledTable(table);
  if (!parts) return false;
  for (const part of parts) draft.push(part.draft ? draft.open(part.draft) : null, part.units);
  return true;
}
function judgePlan(start, draft) {
  const judged = draft.units.map((u) => ({
    owner: u.owner,
    unit: judge(u.unit, u.owner === "steps" || u.owner === "verification")
  }));
  const sections = {};
  for (const info of PLAN_SECTIONS) {
    const d = draft.drafts.get(info.id);
    if (!d) continue;
    const mine = judged.filter((j) => j.owner === info.id).map((j) => j.unit);
    sections[info.id] = {
      id: info.id,
      heading: d.heading,
      line: d.line,
      filled: mine.some((u) => u.meaningful),
      text: mine.filter((u) => u.keep).map((u) => u.clean).join("\n")
    };
  }
  const ownFilled = judged.some((j) => j.owner === null && j.unit.meaningful);
  const filled = ownFilled || Object.values(sections).some((s) => s.filled);
  const text = filled ? judged.filter((j) => j.unit.keep && (j.owner === null || sections[j.owner]?.filled)).map((j) => j.unit.clean).join("\n") : "";
  return {
    found: true,
    filled,
    heading: start.heading,
    line: start.line,
    sections,
    forwardOnly: filled && declaresForwardOnly(text),
    text
  };
}
var SIBLING_TITLES = /* @__PURE__ */ new Set(["data considerations", "point of no return", "backup and restore", "abort criteria"]);
function continuesPlan(text) {
  const { label, value } = splitHeading(text);
  const n = normaliseLabel(value ? label : text);
  if (!mapSection(n)) return false;
  return n.split(" ").includes("rollback") || SIBLING_TITLES.has(n);
}
function isPlanLike(label) {
  return mapSection(label) !== void 0 || isPlanHeading(label);
}
function labelledList(list, current) {
  const parts = [];
  let any = false;
  for (const item of list.children) {
    const [first, ...others] = item.children;
    const label = first && first.type === "paragraph" ? paragraphLabel(first, true) : void 0;
    const id = label ? mapSection(label.label) : void 0;
    if (label && id && typeof item.checked !== "boolean") {
      any = true;
      const units = [];
      if (!label.alone) units.push({ raw: label.rest, line: label.restLine, kind: "text" });
      collectUnits(others, units);
      parts.push({ draft: { id, heading: label.label, line: lineOf(item), depth: PSEUDO_DEPTH, kind: "list" }, units });
    } else {
      const units = [];
      collectUnits([item], units);
      const prev = parts[parts.length - 1];
      if (prev?.draft) prev.units.push(...units);
      else parts.push(current ? { draft: current, units } : { units });
    }
  }
  return any ? parts : void 0;
}
function labelledTable(table) {
  const parts = [];
  let any = false;
  for (const [index, row] of table.children.entries()) {
    const [first, ...others] = row.children;
    const id = first ? mapSection(clean2(inlineText(first).text)) : void 0;
    if (first && id) {
      any = true;
      const units = [];
      collectUnits(others, units);
      parts.push({ draft: { id, heading: clean2(inlineText(first).text), line: lineOf(row), depth: PSEUDO_DEPTH, kind: "table" }, units });
    } else if (index > 0) {
      parts.push({ units: [rowUnit(row)] });
    }
  }
  return any ? parts : void 0;
}

// src/core/description/revert-sha.ts
var HEX = String.raw`(?<![0-9a-z_])(?:https?://\S{1,200}?/commits?/)?([0-9a-f]{7,40})(?![0-9a-z_])`;
var INLINE = new RegExp(String.raw`(?<![\w-])${REVERT_LABEL_SOURCE}(?:\s*\([^()\n]{0,40}\))?[\s:=|–—-]{0,12}(?:(?:sha|commit|hash)\s*[:=]?\s*)?${HEX}`, "gi");
var LABEL_ONLY = new RegExp(String.raw`^\s*${REVERT_LABEL_SOURCE}(?:\s*\([^()\n]{0,40}\))?\s*[:=]?\s*$`, "i");
var LEADING_SHA = new RegExp(String.raw`^\s*(?:(?:sha|commit|hash)\s*[:=]?\s*)?${HEX}`, "i");
function plain(text, line) {
  return {
    text,
    lineAt(offset) {
      let l = line;
      for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) l++;
      return l;
    }
  };
}
function tableHits(table) {
  const [header, firstRow] = table.children;
  if (!header || !firstRow) return [];
  const hits = [];
  header.children.forEach((cell, j) => {
    if (!LABEL_ONLY.test(inlineText(cell).text)) return;
    const below = firstRow.children[j];
    if (!below) return;
    const t = inlineText(below);
    const m = LEADING_SHA.exec(t.text);
    if (m && m[1]) hits.push({ sha: m[1].toLowerCase(), line: t.lineAt(m.index + m[0].length - m[1].length) });
  });
  return hits;
}
function blocksOf(root) {
  const out = [];
  for (const node of walk(root)) {
    switch (node.type) {
      case "paragraph":
      case "heading": {
        const t = inlineText(node);
        out.push({ kind: "text", text: t.text, lineAt: t.lineAt });
        break;
      }
      case "tableRow": {
        let text = "";
        const starts = [];
        for (const cell of node.children) {
          if (text.length > 0) text += " | ";
          const t = inlineText(cell);
          starts.push({ at: text.length, t });
          text += t.text;
        }
        const lineAt = (offset) => {
          let best = starts[0];
          for (const s of starts) if (s.at <= offset) best = s;
          return best ? best.t.lineAt(offset - best.at) : lineOf(node);
        };
        out.push({ kind: "text", text, lineAt });
        break;
      }
      case "table":
        out.push({ kind: "hits", hits: tableHits(node) });
        break;
      case "code": {
        const start = lineOf(node);
        const span = node.position ? node.position.end.line - start + 1 : 0;
        const valueLines = node.value.length === 0 ? 0 : node.value.split("\n").length;
        const t = plain(node.value, span > valueLines ? start + 1 : start);
        out.push({ kind: "code", text: t.text, lineAt: t.lineAt });
        break;
      }
      default:
    }
  }
  return out;
}
function extractRevertSha(root) {
  const hits = [];
  const blocks = blocksOf(root);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b) continue;
    if (b.kind === "hits") {
      hits.push(...b.hits);
      continue;
    }
    if (b.kind !== "text") continue;
    INLINE.lastIndex = 0;
    let m;
    let found = false;
    while ((m = INLINE.exec(b.text)) !== null) {
      const sha = m[1];
      if (!sha) continue;
      found = true;
      hits.push({ sha: sha.toLowerCase(), line: b.lineAt(m.index + m[0].length - sha.length) });
    }
    if (!found && !b.text.includes(HTML_MARK) && LABEL_ONLY.test(b.text)) {
      const next = blocks[i + 1];
      if (next && next.kind !== "hits") {
        const n = LEADING_SHA.exec(next.text);
        if (n && n[1]) hits.push({ sha: n[1].toLowerCase(), line: next.lineAt(n.index + n[0].length - n[1].length) });
      }
    }
  }
  if (hits.length === 0) return {};
  const first = hits[0];
  const families = [];
  for (const h of hits) {
    const fam = families.find((f) => f.sha.startsWith(h.sha) || h.sha.startsWith(f.sha));
    if (!fam) families.push({ ...h });
    else if (h.sha.length > fam.sha.length) fam.sha = h.sha;
  }
  const own = families[0];
  if (families.length > 1) {
    const named = families.map((f) => f.sha).join(", ");
    const lines = families.map((f) => f.line).join(", ");
    return {
      sha: own.sha,
      line: first.line,
      error: `Several different revert SHAs are named (${named}; lines ${lines}): name exactly one last-known-good commit.`
    };
  }
  return { sha: own.sha, line: first.line };
}

// src/core/description/index.ts
function empty() {
  return {
    plan: { found: false, filled: false, sections: {}, forwardOnly: false, text: "" },
    revertSha: {},
    checkboxes: []
  };
}
function parseDescription(body) {
  if (typeof body !== "string" || body.length === 0) return empty();
  const parsed = parseMarkdown(body);
  const result = empty();
  try {
    result.plan = extractPlan(parsed.root);
  } catch {
  }
  try {
    result.revertSha = extractRevertSha(parsed.root);
  } catch {
  }
  try {
    result.checkboxes = extractCheckboxes(parsed.root);
  } catch {
  }
  if (parsed.truncated) result.truncated = true;
  if (parsed.parseError !== void 0) result.parseError = parsed.parseError;
  return result;
}
export {
  MAX_PARSE_CHARS,
  PLAN_SECTIONS,
  isPlanHeading,
  mapSection,
  normaliseLabel,
  normaliseLabel as normalizeLabel,
  parseDescription,
  mapSection as sectionIdOf
};
