import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  placeholderReason
} from "./chunk-IQR4UOTD.js";
import {
  getRule
} from "./chunk-AYEM27GC.js";

// src/core/ignore.ts
var DIRECTIVE = /rollback-ready-ignore(-file)?\s+([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*(?::\s*(.*?))?\s*(?:-->|\*\/)?\s*$/;
var COMMENT_PREFIXES = ["--", "#", "//", "/*", "*", "<!--"];
function commentBody(line) {
  const trimmed = line.trimStart();
  const prefix = COMMENT_PREFIXES.find((p) => trimmed.startsWith(p));
  return prefix === void 0 ? void 0 : trimmed.slice(prefix.length);
}
function indexIgnores(content) {
  if (!content || !content.includes("rollback-ready-ignore")) return { find: () => void 0 };
  const lines = content.split(/\r?\n/);
  const byLine = /* @__PURE__ */ new Map();
  const fileWide = [];
  lines.forEach((text, i) => {
    const body = commentBody(text);
    if (body === void 0) return;
    const m = DIRECTIVE.exec(body);
    if (!m) return;
    const reason = (m[3] ?? "").trim();
    const rejected = placeholderReason(reason);
    const directive = {
      rules: m[2].split(",").map((r) => r.trim()),
      reason,
      line: i + 1,
      wholeFile: Boolean(m[1]),
      ...rejected ? { rejected } : {}
    };
    if (directive.wholeFile) fileWide.push(directive);
    else byLine.set(i + 1, directive);
  });
  return {
    find(rule, line) {
      for (let l = line - 1; l >= 1; l--) {
        const text = lines[l - 1] ?? "";
        if (commentBody(text) === void 0) break;
        const d = byLine.get(l);
        if (d && d.rules.includes(rule)) return d;
      }
      const own = byLine.get(line);
      if (own && own.rules.includes(rule)) return own;
      return fileWide.find((d) => d.rules.includes(rule));
    }
  };
}

// src/core/findings.ts
var DEFAULT_DOCS_BASE = "https://github.com/rollback-ready/rollback-ready/blob/main/docs/rules/";
function severityOf(rule, config) {
  return config.rules[rule] ?? getRule(rule)?.defaultSeverity ?? "warning";
}
function finalizeFindings(path, content, hits, options) {
  const ignores = indexIgnores(content);
  const docsBase = options.docsBase ?? DEFAULT_DOCS_BASE;
  const out = [];
  const seen = /* @__PURE__ */ new Set();
  for (const hit of hits) {
    const configured = severityOf(hit.rule, options.config);
    if (configured === "off") continue;
    const severity = hit.severity && ORDER[hit.severity] > ORDER[configured] ? hit.severity : configured;
    const key = `${hit.rule}:${hit.line}:${hit.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const finding = {
      rule: hit.rule,
      severity,
      path,
      line: hit.line,
      message: hit.message,
      docs: `${docsBase}${hit.rule}.md`
    };
    const directive = ignores.find(hit.rule, hit.line);
    if (directive && !directive.rejected) {
      finding.severity = "notice";
      finding.suppressed = { by: "inline", reason: directive.reason };
    } else if (directive) {
      finding.message += ` (the rollback-ready-ignore comment on line ${directive.line} ${directive.rejected}, so it does not apply: after "rollback-ready-ignore ${hit.rule}:" write why it is safe in this migration)`;
    }
    const ack = !finding.suppressed && options.acks?.find((a) => a.rule === hit.rule && (!a.path || a.path === path));
    if (ack) {
      finding.severity = "notice";
      finding.suppressed = { by: "ack", reason: ack.reason, who: ack.by };
    }
    out.push(finding);
  }
  return out;
}
var ORDER = { error: 0, warning: 1, notice: 2 };
var cmp = (a, b) => a < b ? -1 : a > b ? 1 : 0;
var sortFindings = (findings) => [...findings].sort((a, b) => cmp(a.path, b.path) || a.line - b.line || ORDER[a.severity] - ORDER[b.severity] || cmp(a.rule, b.rule));
var BINARY_MIGRATION = {
  rule: "parse-error",
  line: 1,
  message: "This migration file looks binary (a NUL byte in its first 8,000 bytes), so it was not analysed. Check it by hand; Postgres rejects NUL bytes in SQL."
};

export {
  finalizeFindings,
  sortFindings,
  BINARY_MIGRATION
};
