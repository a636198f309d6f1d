import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  hit,
  parseErrorHit
} from "./chunk-OJP4NW3F.js";
import {
  firstErrorNode,
  lineOf,
  parseCode
} from "./chunk-JFCIWWTD.js";

// src/core/frameworks/dsl/js.ts
var PLACEHOLDER = "__interp__";
async function parseJs(path, source) {
  const ts = /\.(c|m)?tsx?$/.test(path);
  return parseCode(ts ? "typescript" : "javascript", source);
}
var ESCAPES = { n: "\n", t: "	", '"': '"', "'": "'", "\\": "\\", r: "\r", "`": "`", $: "$" };
function jsString(node) {
  if (!node) return void 0;
  switch (node.type) {
    case "string":
    case "template_string": {
      let text = "";
      let inexact = false;
      for (const c of node.namedChildren) {
        if (c.type === "string_fragment") text += c.text;
        else if (c.type === "escape_sequence") text += ESCAPES[c.text.slice(1)] ?? c.text.slice(1);
        else if (c.type === "template_substitution") {
          text += PLACEHOLDER;
          inexact = true;
        }
      }
      return { text, line: lineOf(node), inexact };
    }
    case "parenthesized_expression":
      return jsString(node.namedChildren[0]);
    case "binary_expression": {
      const l = jsString(node.childForFieldName("left"));
      const r = jsString(node.childForFieldName("right"));
      if (!l || !r) return void 0;
      return { text: l.text + r.text, line: l.line, inexact: l.inexact || r.inexact };
    }
    case "call_expression": {
      const args = node.childForFieldName("arguments");
      if (args?.type === "template_string") return jsString(args);
      const fn = node.childForFieldName("function");
      const name = fn?.type === "member_expression" ? fn.childForFieldName("property")?.text : fn?.text;
      if (name && TEXT_HELPERS.has(name)) {
        const first = args?.namedChildren[0];
        return first ? jsString(first) : void 0;
      }
      return fn?.type === "identifier" ? jsString(returnedTemplate(fn.text, node)) : void 0;
    }
    case "as_expression":
    case "satisfies_expression":
      return jsString(node.namedChildren[0]);
    default:
      return void 0;
  }
}
function codeLabel(node) {
  if (node?.type === "identifier" || node?.type === "member_expression") return node.text.length <= 60 ? node.text : "\u2026";
  if (node?.type === "call_expression") return `${codeLabel(node.childForFieldName("function") ?? void 0)}(\u2026)`;
  if (node?.type === "await_expression") return `await ${codeLabel(node.namedChildren[0])}`;
  return "\u2026";
}
var builtInCode = (line, call) => hit("not-analysed", line, `\`${call}\` runs SQL built in code, so what it does was not judged: review it by hand.`);
var TEXT_HELPERS = /* @__PURE__ */ new Set(["dedent", "outdent", "stripIndent", "stripIndents", "oneLine", "oneLineTrim", "sql", "SQL", "raw"]);
function returnedTemplate(name, from) {
  let root = from;
  while (root.parent) root = root.parent;
  for (const d of root.descendantsOfType(["function_declaration", "variable_declarator"])) {
    if (d.childForFieldName("name")?.text !== name) continue;
    const fn = d.type === "function_declaration" ? d : d.childForFieldName("value");
    let body = isFunction(fn) ? fn.childForFieldName("body") : null;
    while (body?.type === "parenthesized_expression") body = body.namedChildren[0] ?? null;
    if (body?.type === "template_string" || body?.type === "string") return body;
    if (body?.type !== "statement_block") return void 0;
    const returns = body.descendantsOfType("return_statement").filter((r) => enclosingFunction(r)?.id === fn.id);
    const value = returns.length === 1 ? returns[0].namedChildren[0] : void 0;
    return value?.type === "template_string" || value?.type === "string" ? value : void 0;
  }
  return void 0;
}
function enclosingFunction(n) {
  for (let p = n.parent; p; p = p.parent) if (isFunction(p)) return p;
  return void 0;
}
function jsStr(node) {
  const s = jsString(node);
  return s && !s.inexact ? s.text : void 0;
}
function jsStrList(node) {
  if (!node) return [];
  if (node.type === "array") return node.namedChildren.map((c) => jsStr(c)).filter((x) => x !== void 0);
  const s = jsStr(node);
  return s === void 0 ? [] : [s];
}
function jsBool(node) {
  if (node?.type === "true") return true;
  if (node?.type === "false") return false;
  return void 0;
}
function jsNumber(node) {
  if (node?.type !== "number") return void 0;
  const n = Number(node.text.replace(/_/g, ""));
  return Number.isFinite(n) ? n : void 0;
}
function jsDefault(node) {
  switch (node.type) {
    case "number":
      return node.text;
    case "true":
    case "false":
      return node.type;
    case "null":
      return "NULL";
    default: {
      const s = jsStr(node);
      return `'${(s ?? node.text).replace(/'/g, "''")}'`;
    }
  }
}
function objectEntries(node) {
  const out = /* @__PURE__ */ new Map();
  if (node?.type !== "object") return out;
  for (const p of node.namedChildren) {
    if (p.type === "pair") {
      const k = p.childForFieldName("key");
      const v = p.childForFieldName("value");
      const key = k ? k.type === "property_identifier" || k.type === "number" ? k.text : jsStr(k) : void 0;
      if (key !== void 0 && v) out.set(key, v);
    } else if (p.type === "shorthand_property_identifier") out.set(p.text, p);
    else if (p.type === "method_definition") {
      const n = p.childForFieldName("name")?.text;
      if (n) out.set(n, p);
    }
  }
  return out;
}
var isFunction = (n) => !!n && ["function_expression", "function", "arrow_function", "function_declaration", "method_definition", "generator_function"].includes(n.type);
function paramName(fn, index = 0) {
  const single = fn.childForFieldName("parameter");
  if (single && index === 0) return single.text;
  const params = fn.childForFieldName("parameters");
  const p = params?.namedChildren.filter((c) => c.type !== "comment")[index];
  if (!p) return void 0;
  const inner = p.type === "required_parameter" || p.type === "optional_parameter" ? p.childForFieldName("pattern") ?? p.namedChildren[0] : p;
  if (!inner) return void 0;
  if (inner.type === "identifier") return inner.text;
  if (inner.type === "object_pattern") {
    for (const prop of inner.namedChildren) {
      if (prop.type === "pair_pattern" && prop.childForFieldName("key")?.text === "context") return prop.childForFieldName("value")?.text;
    }
  }
  return void 0;
}
function findMigrationFunctions(root) {
  const found = /* @__PURE__ */ new Map();
  const fnDecls = /* @__PURE__ */ new Map();
  for (const d of root.descendantsOfType(["function_declaration", "variable_declarator"])) {
    const n = d.childForFieldName("name")?.text;
    if (!n) continue;
    const v = d.type === "function_declaration" ? d : d.childForFieldName("value");
    if (v && !fnDecls.has(n)) fnDecls.set(n, v);
  }
  const resolve = (n) => n.type === "identifier" || n.type === "shorthand_property_identifier" ? fnDecls.get(n.text) ?? n : n;
  const setIf = (name, n) => {
    if ((name === "up" || name === "down") && !found.has(name)) found.set(name, resolve(n));
  };
  const fromObject = (obj) => {
    for (const [k, v] of objectEntries(obj)) setIf(k, v);
  };
  for (const a of root.descendantsOfType("assignment_expression")) {
    const left = a.childForFieldName("left");
    const right = a.childForFieldName("right");
    if (!left || !right) continue;
    const lt = left.text.replace(/\s+/g, "");
    if (lt === "exports.up" || lt === "module.exports.up") setIf("up", right);
    else if (lt === "exports.down" || lt === "module.exports.down") setIf("down", right);
    else if (lt === "module.exports" && right.type === "object") fromObject(right);
  }
  for (const e of root.descendantsOfType("export_statement")) {
    for (const c of e.namedChildren) {
      if (c.type === "function_declaration") setIf(c.childForFieldName("name")?.text ?? "", c);
      else if (c.type === "lexical_declaration" || c.type === "variable_declaration") {
        for (const d of c.namedChildren) {
          const v = d.childForFieldName("value");
          if (v) setIf(d.childForFieldName("name")?.text ?? "", v);
        }
      } else if (c.type === "object") fromObject(c);
      else if (c.type === "export_clause") {
        for (const s of c.namedChildren) {
          const n = s.childForFieldName("alias")?.text ?? s.childForFieldName("name")?.text;
          const orig = s.childForFieldName("name");
          if (n && orig) setIf(n, orig);
        }
      }
    }
  }
  for (const cls of root.descendantsOfType(["class_declaration", "class"])) {
    const body = cls.childForFieldName("body");
    for (const m of body?.namedChildren ?? []) {
      if (m.type === "method_definition") setIf(m.childForFieldName("name")?.text ?? "", m);
    }
  }
  return found;
}
function callArgs(call) {
  const a = call.childForFieldName("arguments");
  if (!a) return [];
  if (a.type === "template_string") return [a];
  return a.namedChildren.filter((c) => c.type !== "comment");
}
function chainFrom(head) {
  const links = [];
  let call = head;
  while (call?.type === "call_expression") {
    const fn = call.childForFieldName("function");
    const name = fn?.type === "member_expression" ? fn.childForFieldName("property")?.text ?? "" : fn?.text ?? "";
    links.push({ name, args: callArgs(call), call });
    const member = call.parent;
    if (member?.type !== "member_expression" || member.childForFieldName("object")?.id !== call.id) break;
    const next = member.parent;
    if (next?.type !== "call_expression" || next.childForFieldName("function")?.id !== member.id) break;
    call = next;
  }
  return links;
}
function rootName(node) {
  let n = node;
  while (n) {
    if (n.type === "identifier" || n.type === "this") return n.text;
    if (n.type === "member_expression") n = n.childForFieldName("object");
    else if (n.type === "call_expression") n = n.childForFieldName("function");
    else if (n.type === "await_expression" || n.type === "parenthesized_expression" || n.type === "non_null_expression") n = n.namedChildren[0] ?? null;
    else return "";
  }
  return "";
}
function methodName(call) {
  const fn = call.childForFieldName("function");
  if (fn?.type === "member_expression") return fn.childForFieldName("property")?.text ?? "";
  return fn?.text ?? "";
}
var calleeObject = (call) => {
  const fn = call.childForFieldName("function");
  return fn?.type === "member_expression" ? fn.childForFieldName("object") : null;
};
function callsInOrder(body) {
  const calls = body.descendantsOfType("call_expression");
  const key = (c) => {
    const fn = c.childForFieldName("function");
    return (fn?.type === "member_expression" ? fn.childForFieldName("property") : fn)?.startIndex ?? c.startIndex;
  };
  return calls.sort((a, b) => key(a) - key(b));
}
function unwrapStatement(s) {
  let n = s;
  while (n) {
    if (n.type === "expression_statement" || n.type === "return_statement" || n.type === "await_expression" || n.type === "parenthesized_expression")
      n = n.namedChildren.find((c) => c.type !== "comment");
    else return n;
  }
  return void 0;
}
var LOGGERS = /* @__PURE__ */ new Set(["console", "logger"]);
function isLogCall(call) {
  const obj = calleeObject(call);
  return obj?.type === "identifier" && LOGGERS.has(obj.text);
}
function downShape(fn, rawMethods) {
  if (fn.type === "false" || fn.type === "null" || fn.type === "undefined") return { kind: "empty", raises: false };
  if (!isFunction(fn)) return { kind: "present" };
  const body = fn.childForFieldName("body");
  if (!body) return { kind: "empty", raises: false };
  const stmts = body.type === "statement_block" ? body.namedChildren.filter((c) => c.type !== "comment" && c.type !== "empty_statement") : [body];
  const logs = stmts.some((s) => {
    const u = unwrapStatement(s);
    return u?.type === "call_expression" && isLogCall(u);
  });
  const trivial = (s) => {
    const u = unwrapStatement(s);
    if (!u) return true;
    if (u.type === "call_expression") {
      const t = u.childForFieldName("function")?.text.replace(/\s+/g, "");
      return t === "Promise.resolve" || isLogCall(u);
    }
    return u.type === "undefined" || u.type === "null";
  };
  if (stmts.every(trivial)) return { kind: "empty", raises: false, logs };
  if (stmts.every((s) => trivial(s) || s.type === "throw_statement")) return { kind: "empty", raises: true, logs };
  const pieces = [];
  for (const s of stmts) {
    const u = unwrapStatement(s);
    if (u?.type !== "call_expression" || !rawMethods.has(methodName(u))) return { kind: "present" };
    const str = jsString(callArgs(u)[0]);
    if (!str) return { kind: "present" };
    pieces.push({ sql: str.text, line: str.line });
  }
  return { kind: "sql", pieces };
}
function readDownSql(t, fns, newReader, defaultParam) {
  const down = fns.get("down");
  const body = fnBody(down);
  if (t.downStatus !== "present" || !down || !body) return;
  const reader = newReader();
  reader.read(body, paramName(down) ?? defaultParam);
  t.downSql = reader.t.up;
  t.downName = "the `down` function";
}
function judgeDown(t, fns, rawMethods, label) {
  const up = fns.get("up");
  const down = fns.get("down");
  if (!down) {
    t.downStatus = "missing";
    t.hits.push(hit("missing-down-migration", up ? lineOf(up) : 1, `The migration exports no \`down\`: ${label} cannot roll it back.`));
    return;
  }
  const shape = downShape(down, rawMethods);
  const upShape = up ? downShape(up, rawMethods) : void 0;
  if (shape.kind === "empty" && !shape.raises && upShape?.kind === "empty" && !upShape.raises) return;
  if (shape.kind === "empty") {
    t.downStatus = "empty";
    t.hits.push(
      hit(
        "empty-down-migration",
        lineOf(down),
        down.type === "false" ? "The migration declares `down = false`: it cannot be rolled back." : shape.raises ? "The `down` function throws instead of undoing the migration." : shape.logs ? "The `down` function only writes a log line: rolling back leaves the change in place." : "The `down` function does nothing: rolling back leaves the change in place."
      )
    );
  } else if (shape.kind === "sql" && shape.pieces.length) {
    t.down = shape.pieces;
    t.downOnlySql = true;
    t.downLine = lineOf(down);
  }
}
function addParseError(t, root, lang) {
  const err = firstErrorNode(root);
  if (err) t.hits.push(parseErrorHit(lineOf(err), lang));
}
function fnBody(fn) {
  if (!fn || !isFunction(fn)) return void 0;
  return fn.childForFieldName("body") ?? void 0;
}

export {
  parseJs,
  jsString,
  codeLabel,
  builtInCode,
  jsStr,
  jsStrList,
  jsBool,
  jsNumber,
  jsDefault,
  objectEntries,
  isFunction,
  paramName,
  findMigrationFunctions,
  callArgs,
  chainFrom,
  rootName,
  methodName,
  calleeObject,
  callsInOrder,
  readDownSql,
  judgeDown,
  addParseError,
  fnBody
};
