import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  copyDataBlocks,
  withoutCopyData
} from "./chunk-ODHN6VRW.js";
import {
  PLACEHOLDER
} from "./chunk-M2CJ2PKO.js";

// src/core/sql/psql.ts
var SENDS = /^g(?:exec|set|x)?$/;
var INCLUDES = /* @__PURE__ */ new Set(["i", "ir", "include", "include_relative"]);
var VARIABLE = /^[A-Za-z0-9_\u0080-\uffff]+/;
function charIndex(text) {
  if (!/[^\x00-\x7f]/.test(text)) return (byte) => byte;
  const at = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.codePointAt(i);
    const n = c < 128 ? 1 : c < 2048 ? 2 : c < 65536 ? 3 : 4;
    for (let k = 0; k < n; k++) at.push(i);
    if (c >= 65536) i++;
  }
  return (byte) => byte < at.length ? at[byte] : text.length;
}
var literal = (value) => `${value.includes("\\") ? " E" : ""}'${value.replace(/'/g, "''").replace(/\\/g, "\\\\")}'`;
var identifier = (value) => `"${value.replace(/"/g, '""')}"`;
function setValue(args, vars, standIn) {
  let value = "";
  let shell;
  for (let i = 0; i < args.length; ) {
    const c = args[i];
    if (/\s/.test(c)) {
      i++;
    } else if (c === "'") {
      let j = i + 1;
      for (; j < args.length; j++) {
        if (args[j] === "'" && args[j + 1] === "'") value += args[++j];
        else if (args[j] === "'") break;
        else if (args[j] === "\\" && j + 1 < args.length) {
          const e = args[++j];
          value += { n: "\n", t: "	", b: "\b", r: "\r", f: "\f" }[e] ?? e;
        } else value += args[j];
      }
      i = j + 1;
    } else if (c === "`") {
      const end = args.indexOf("`", i + 1);
      shell = args.slice(i + 1, end < 0 ? args.length : end);
      value += standIn;
      i = end < 0 ? args.length : end + 1;
    } else if (c === '"') {
      const end = args.indexOf('"', i + 1);
      value += args.slice(i, end < 0 ? args.length : end + 1);
      i = end < 0 ? args.length : end + 1;
    } else if (c === ":" && VARIABLE.test(args.slice(i + 1))) {
      const name = VARIABLE.exec(args.slice(i + 1))[0];
      value += vars.get(name) ?? `:${name}`;
      i += name.length + 1;
    } else {
      value += c;
      i++;
    }
  }
  return shell === void 0 ? { value } : { value, shell };
}
function psqlScript(pg, written, values, options = {}) {
  const blocks = copyDataBlocks(pg, written);
  const copies = blocks.map((b) => ({ offset: b.statement, data: written.slice(b.dataStart, b.dataEnd) }));
  const sql = withoutCopyData(written, blocks);
  const text = options.keepCopyRows ? written : sql;
  const none = { sql: text, includes: [], commands: [], unset: [], shell: [], copies };
  if (!sql.includes("\\") && !sql.includes(":")) return none;
  let tokens;
  try {
    tokens = pg.scan(sql).tokens;
  } catch {
    return none;
  }
  const char = charIndex(sql);
  const out = { sql: text, includes: [], commands: [], unset: [], shell: [], copies };
  const vars = new Map(values ?? []);
  const scriptSet = /* @__PURE__ */ new Set();
  const edits = [];
  let brackets = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const start = char(t.start);
    const end = char(t.end);
    const text2 = sql.slice(start, end);
    if (text2 === "[") brackets++;
    else if (text2 === "]") brackets = Math.max(0, brackets - 1);
    else if (text2 === ":" && tokens[i + 1]?.start === t.end) {
      const use = variableUse(sql, end);
      if (use) {
        const known = vars.has(use.name) || scriptSet.has(use.name);
        if (known || brackets === 0 && !/^[0-9]/.test(use.name)) {
          if (values === void 0) edits.push([start, use.end, use.quote(PLACEHOLDER)]);
          else if (vars.has(use.name)) edits.push([start, use.end, use.quote(vars.get(use.name))]);
          else out.unset.push({ offset: start, name: use.name });
        }
      }
    } else if (text2 === "\\") {
      const eol = sql.indexOf("\n", start);
      const lineEnd = eol < 0 ? sql.length : eol;
      const rest = sql.slice(start + 1, lineEnd).trim();
      const command = /^\S*/.exec(rest)[0];
      const args = rest.slice(command.length).trim();
      out.commands.push({ offset: start, command });
      if (command === "set" || command === "unset") {
        const name = /^\S+/.exec(args)?.[0];
        if (name && command === "unset") vars.delete(name);
        if (name && command === "set") {
          const read = setValue(args.slice(name.length), vars, name);
          vars.set(name, read.value);
          scriptSet.add(name);
          if (read.shell !== void 0) out.shell.push({ offset: start, name, command: read.shell });
        }
      }
      if (INCLUDES.has(command)) out.includes.push({ offset: start, file: /^\S*/.exec(args)[0] });
      const blank = sql.slice(start, lineEnd).replace(/[^\r]/g, " ");
      edits.push([start, lineEnd, SENDS.test(command) ? `;${blank.slice(1)}` : blank]);
      while (i + 1 < tokens.length && char(tokens[i + 1].start) < lineEnd) i++;
    }
  }
  if (!edits.length) return out;
  let sqlOut = "";
  let at = 0;
  for (const [from, to, edit] of edits) {
    sqlOut += text.slice(at, from) + edit;
    at = to;
  }
  out.sql = sqlOut + text.slice(at);
  return out;
}
function variableUse(sql, from) {
  const q = sql[from];
  if (q === "'" || q === '"') {
    const name2 = VARIABLE.exec(sql.slice(from + 1))?.[0];
    if (!name2 || sql[from + 1 + name2.length] !== q) return void 0;
    return { name: name2, end: from + name2.length + 2, quote: q === "'" ? literal : identifier };
  }
  const name = VARIABLE.exec(sql.slice(from))?.[0];
  return name ? { name, end: from + name.length, quote: (value) => value } : void 0;
}

export {
  psqlScript
};
