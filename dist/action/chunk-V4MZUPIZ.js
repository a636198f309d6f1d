import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);

// src/core/frameworks/dsl/loop-vars.ts
var LoopVars = class {
  bound = /* @__PURE__ */ new Map();
  /** What `name` stands for while it is bound, else undefined. */
  get(name) {
    return this.bound.get(name);
  }
  /** `read()` with `name` standing for `v` (as a loop's variable does for one element). */
  with(name, v, read) {
    const had = this.bound.get(name);
    this.bound.set(name, v);
    try {
      return read();
    } finally {
      if (had !== void 0) this.bound.set(name, had);
      else this.bound.delete(name);
    }
  }
  /** `read()` with each of `pairs` bound, in order (a helper's parameters, a loop's names for one row). */
  withAll(pairs, read, i = 0) {
    if (i === pairs.length) return read();
    const [name, v] = pairs[i];
    return this.with(name, v, () => this.withAll(pairs, read, i + 1));
  }
  /** `read()` with `name` not bound (a helper's parameter given a value known only at run time). */
  without(name, read) {
    const had = this.bound.get(name);
    this.bound.delete(name);
    try {
      return read();
    } finally {
      if (had !== void 0) this.bound.set(name, had);
    }
  }
  /**
   * `read()` with only `names` bound, the rest hidden: a function's body (a Rails migration's
   * method, an Ecto migration's `defp`) sees its parameters, not its caller's variables.
   */
  scope(names, read) {
    const saved = [...this.bound];
    this.bound.clear();
    for (const [k, v] of names) this.bound.set(k, v);
    try {
      return read();
    } finally {
      this.bound.clear();
      for (const [k, v] of saved) this.bound.set(k, v);
    }
  }
};

// src/core/frameworks/dsl/python.ts
var PLACEHOLDER = "__interp__";
var ESCAPES = { n: "\n", t: "	", '"': '"', "'": "'", "\\": "\\", r: "\r" };
var bound = new LoopVars();
var withBound = (name, v, read) => bound.with(name, v, read);
var withAllBound = (pairs, read) => bound.withAll(pairs, read);
var withoutBound = (names, read) => names.length ? bound.without(names[0], () => withoutBound(names.slice(1), read)) : read();
var boundValue = (name) => bound.get(name);
function pyString(node) {
  if (!node) return void 0;
  switch (node.type) {
    case "identifier": {
      const known = bound.get(node.text);
      return known ? pyString(known) : void 0;
    }
    case "string": {
      const start = node.children.find((c) => c.type === "string_start")?.text ?? "";
      const raw = /r/i.test(start.replace(/["']/g, ""));
      let text = "";
      let inexact = false;
      for (const c of node.children) {
        if (c.type === "string_content") text += c.text;
        else if (c.type === "escape_sequence") text += raw ? c.text : ESCAPES[c.text.slice(1)] ?? c.text.slice(1);
        else if (c.type === "interpolation") {
          const v = interpolated(c);
          text += v ?? PLACEHOLDER;
          inexact ||= v === void 0;
        }
      }
      if (!raw && node.descendantsOfType("escape_sequence").length && !node.children.some((c) => c.type === "escape_sequence")) {
        text = "";
        for (const c of node.children) {
          if (c.type !== "string_content") {
            if (c.type === "interpolation") text += interpolated(c) ?? PLACEHOLDER;
            continue;
          }
          let pos = c.startIndex;
          for (const e of c.children) {
            if (e.type !== "escape_sequence") continue;
            text += sliceText(c, pos, e.startIndex) + (ESCAPES[e.text.slice(1)] ?? e.text.slice(1));
            pos = e.endIndex;
          }
          text += sliceText(c, pos, c.endIndex);
        }
      }
      return { text, line: node.startPosition.row + 1, inexact };
    }
    case "concatenated_string": {
      let text = "";
      let inexact = false;
      for (const s of node.namedChildren) {
        const p = pyString(s);
        if (!p) continue;
        text += p.text;
        inexact ||= p.inexact;
      }
      return { text, line: node.startPosition.row + 1, inexact };
    }
    case "parenthesized_expression":
      return pyString(node.namedChildren.find((c) => c.type !== "comment"));
    case "call": {
      const fn = node.childForFieldName("function");
      const last = fn ? lastName(fn) : "";
      if (fn?.type === "attribute" && last === "f" && fn.childForFieldName("object")?.type === "identifier") return pyString(firstPositional(node));
      if (fn?.type === "attribute" && ["params", "bindparams", "execution_options"].includes(last)) {
        const s = pyString(fn.childForFieldName("object"));
        return s && { ...s, inexact: true };
      }
      if (["text", "dedent", "strip", "lstrip", "rstrip", "format_sql"].includes(last)) {
        if (fn?.type === "attribute" && ["strip", "lstrip", "rstrip"].includes(last)) return pyString(fn.childForFieldName("object"));
        return pyString(firstPositional(node));
      }
      return void 0;
    }
    default:
      return void 0;
  }
}
function interpolated(field) {
  const [expr] = field.namedChildren;
  if (field.childCount !== 3 || expr?.type !== "identifier") return void 0;
  const v = bound.get(expr.text);
  if (v?.type === "integer" || v?.type === "float") return v.text;
  const s = pyString(v);
  return s && !s.inexact ? s.text : void 0;
}
function sliceText(node, from, to) {
  return node.text.slice(from - node.startIndex, to - node.startIndex);
}
function lastName(node) {
  if (node.type === "attribute") return node.childForFieldName("attribute")?.text ?? "";
  if (node.type === "identifier") return node.text;
  return "";
}
function dotted(node) {
  if (!node) return "";
  if (node.type === "identifier") return node.text;
  if (node.type === "attribute") {
    const o = dotted(node.childForFieldName("object"));
    const a = node.childForFieldName("attribute")?.text ?? "";
    return o ? `${o}.${a}` : "";
  }
  return "";
}
function pyArgs(call) {
  const positional = [];
  const keywords = /* @__PURE__ */ new Map();
  const list = call.childForFieldName("arguments");
  for (const a of list?.namedChildren ?? []) {
    if (a.type === "comment") continue;
    if (a.type === "keyword_argument") {
      const k = a.childForFieldName("name")?.text;
      const v = a.childForFieldName("value");
      if (k && v) keywords.set(k, v);
    } else positional.push(a);
  }
  return { positional, keywords };
}
var firstPositional = (call) => pyArgs(call).positional[0];
function arg(a, index, keyword) {
  return a.keywords.get(keyword) ?? a.positional[index];
}
function pyStr(node) {
  const s = pyString(node);
  return s && !s.inexact ? s.text : void 0;
}
function pyBool(node) {
  if (!node) return void 0;
  if (node.type === "true") return true;
  if (node.type === "false") return false;
  return void 0;
}
function pyNumber(node) {
  if (!node || node.type !== "integer" && node.type !== "float") return void 0;
  const n = Number(node.text.replace(/_/g, ""));
  return Number.isFinite(n) ? n : void 0;
}
function pyStrList(node) {
  if (!node) return [];
  if (node.type === "list" || node.type === "tuple" || node.type === "set") {
    return node.namedChildren.map((c) => pyStr(c)).filter((x) => x !== void 0);
  }
  const s = pyStr(node);
  return s === void 0 ? [] : [s];
}
function pyDefault(node) {
  switch (node.type) {
    case "integer":
    case "float":
      return node.text.replace(/_/g, "");
    case "true":
      return "true";
    case "false":
      return "false";
    case "none":
      return "NULL";
    default: {
      const s = pyStr(node);
      return `'${(s ?? node.text).replace(/'/g, "''")}'`;
    }
  }
}
function bodyStatements(fn) {
  const body = fn.childForFieldName("body");
  if (!body) return [];
  return body.namedChildren.filter((c) => {
    if (c.type === "comment") return false;
    if (c.type === "expression_statement" && c.namedChildren.length === 1 && c.namedChildren[0].type === "string") return false;
    return true;
  });
}
function isNoopBody(stmts) {
  if (!stmts.length) return { empty: true, raises: false };
  const trivial = (s) => s.type === "pass_statement" || s.type === "expression_statement" && s.namedChildren[0]?.type === "ellipsis";
  if (stmts.every(trivial)) return { empty: true, raises: false };
  if (stmts.every((s) => trivial(s) || s.type === "raise_statement")) return { empty: true, raises: true };
  return { empty: false, raises: false };
}

export {
  LoopVars,
  PLACEHOLDER,
  withBound,
  withAllBound,
  withoutBound,
  boundValue,
  pyString,
  lastName,
  dotted,
  pyArgs,
  firstPositional,
  arg,
  pyStr,
  pyBool,
  pyNumber,
  pyStrList,
  pyDefault,
  bodyStatements,
  isNoopBody
};
