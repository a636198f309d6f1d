import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  hit,
  parseErrorHit
} from "./chunk-K4LOI7D2.js";
import {
  IGNORE_HINT,
  PLACEHOLDER
} from "./chunk-M2CJ2PKO.js";
import {
  firstErrorNode,
  lineOf,
  parseCode
} from "./chunk-TKNREPPV.js";

// src/core/frameworks/dsl/js-bindings.ts
var FUNCTION_TYPES = ["function_expression", "function", "arrow_function", "function_declaration", "method_definition", "generator_function"];
var SCOPES = /* @__PURE__ */ new Set(["program", "statement_block", "switch_case", "switch_default"]);
var UNKNOWN = { kind: "unknown" };
function bindingOf(id) {
  const name = id.text;
  for (let child = id, n = id.parent; n; child = n, n = n.parent) {
    if (FUNCTION_TYPES.includes(n.type)) {
      const params = n.childForFieldName("parameters") ?? n.childForFieldName("parameter");
      if (params && params.id !== child.id && declares(params, name)) return { kind: "parameter", fn: n };
    } else if (n.type === "for_in_statement") {
      const left = n.childForFieldName("left");
      if (left && child.id === n.childForFieldName("body")?.id && declares(left, name)) {
        const of = n.children.some((c) => c.type === "of");
        return of ? { kind: "loop", over: n.childForFieldName("right") ?? void 0, loop: n } : UNKNOWN;
      }
    } else if (n.type === "for_statement" || n.type === "catch_clause") {
      const own = n.childForFieldName("initializer") ?? n.childForFieldName("parameter");
      if (own && own.id !== child.id && declares(own, name)) return UNKNOWN;
    } else if (SCOPES.has(n.type)) {
      const found = declaredIn(n, name, id);
      if (found) return found;
    }
  }
  return UNKNOWN;
}
function declaredIn(scope, name, use) {
  for (const s of scope.namedChildren) {
    if (s.type === "import_statement") {
      const module = s.childForFieldName("source")?.namedChildren[0]?.text ?? "";
      const clause = s.namedChildren.find((c) => c.type === "import_clause");
      if (clause && declares(clause, name)) return { kind: "import", module };
      continue;
    }
    if (s.type === "function_declaration" || s.type === "class_declaration") {
      if (s.childForFieldName("name")?.text === name) return UNKNOWN;
      continue;
    }
    const decl = s.type === "export_statement" ? s.childForFieldName("declaration") : s;
    if (decl?.type !== "lexical_declaration" && decl?.type !== "variable_declaration") continue;
    for (const d of decl.namedChildren) {
      if (d.type !== "variable_declarator") continue;
      const target = d.childForFieldName("name");
      const value = d.childForFieldName("value");
      if (!target || !declares(target, name)) continue;
      if (target.type !== "identifier") {
        const module2 = requiredModule(value);
        return module2 !== void 0 ? { kind: "import", module: module2 } : UNKNOWN;
      }
      const module = requiredModule(value);
      if (module !== void 0) return { kind: "import", module };
      if (!value || assignedIn(scope, name)) return UNKNOWN;
      if (scope.type !== "program" && d.startIndex > use.startIndex) return UNKNOWN;
      return { kind: "value", value };
    }
  }
  return void 0;
}
function requiredModule(value) {
  if (value?.type !== "call_expression" || value.childForFieldName("function")?.text !== "require") return void 0;
  const arg = value.childForFieldName("arguments")?.namedChildren[0];
  return arg?.type === "string" ? arg.namedChildren[0]?.text ?? "" : void 0;
}
function declares(pattern, name) {
  switch (pattern.type) {
    case "identifier":
    case "shorthand_property_identifier_pattern":
      return pattern.text === name;
    case "pair_pattern":
      return declares(pattern.childForFieldName("value") ?? pattern, name);
    case "assignment_pattern":
    case "object_assignment_pattern":
      return declares(pattern.childForFieldName("left") ?? pattern, name);
    case "required_parameter":
    case "optional_parameter":
      return declares(pattern.childForFieldName("pattern") ?? pattern.namedChildren[0] ?? pattern, name);
    case "import_specifier":
      return (pattern.childForFieldName("alias") ?? pattern.childForFieldName("name"))?.text === name;
    case "lexical_declaration":
    case "variable_declaration":
      return pattern.namedChildren.some((d) => d.type === "variable_declarator" && declares(d.childForFieldName("name") ?? d, name));
    default:
      if (pattern.type === "variable_declarator" || pattern.type === "type_annotation") return false;
      return pattern.namedChildren.some((c) => declares(c, name));
  }
}
function assignedIn(scope, name) {
  const rooted = (n) => {
    while (n?.type === "member_expression" || n?.type === "subscript_expression") n = n.childForFieldName("object");
    return n?.type === "identifier" && n.text === name;
  };
  for (const a of scope.descendantsOfType(["assignment_expression", "augmented_assignment_expression"])) {
    if (rooted(a.childForFieldName("left"))) return true;
  }
  return scope.descendantsOfType("update_expression").some((u) => rooted(u.childForFieldName("argument")));
}

// src/core/frameworks/dsl/js.ts
var READ_HELPER = /^(has|get|is|does)[A-Z_]/;
async function parseJs(path, source) {
  const ts = /\.(c|m)?tsx?$/.test(path);
  return parseCode(ts ? "typescript" : "javascript", source);
}
var ESCAPES = { n: "\n", t: "	", '"': '"', "'": "'", "\\": "\\", r: "\r", "`": "`", $: "$" };
function jsString(node) {
  return readString(node, 0);
}
var MAX_DEPTH = 8;
function readString(node, depth, frame) {
  if (!node || depth > MAX_DEPTH) return void 0;
  switch (node.type) {
    case "string":
    case "template_string": {
      let text = "";
      let inexact = false;
      for (const c of node.namedChildren) {
        if (c.type === "string_fragment") text += c.text;
        else if (c.type === "escape_sequence") text += ESCAPES[c.text.slice(1)] ?? c.text.slice(1);
        else if (c.type === "template_substitution") {
          const part = substitution(c.namedChildren[0], depth + 1, frame);
          text += part?.text ?? PLACEHOLDER;
          inexact ||= part?.inexact ?? true;
        }
      }
      return { text, line: lineOf(node), inexact };
    }
    case "parenthesized_expression":
    case "as_expression":
    case "satisfies_expression":
    case "non_null_expression":
      return readString(node.namedChildren[0], depth, frame);
    case "binary_expression": {
      if (node.childForFieldName("operator")?.text !== "+") return void 0;
      const l = readString(node.childForFieldName("left"), depth, frame);
      const r = readString(node.childForFieldName("right"), depth, frame);
      if (!l || !r) return void 0;
      return { text: l.text + r.text, line: l.line, inexact: l.inexact || r.inexact };
    }
    case "identifier": {
      const b = bindingOf(node);
      const known = boundValue(node, b);
      if (known) return readString(known, depth + 1);
      if (b.kind === "value") return readString(b.value, depth + 1, frame);
      if (b.kind === "parameter" && frame && b.fn.id === frame.fn.id) return readString(frame.args.get(node.text), depth + 1);
      return void 0;
    }
    case "member_expression": {
      const obj = node.childForFieldName("object");
      const b = obj?.type === "identifier" ? bindingOf(obj) : void 0;
      const key = node.childForFieldName("property")?.text;
      return b?.kind === "value" && key ? readString(objectEntries(b.value).get(key), depth + 1) : void 0;
    }
    case "call_expression": {
      const args = node.childForFieldName("arguments");
      if (args?.type === "template_string") return readString(args, depth);
      const fn = node.childForFieldName("function");
      const name = fn?.type === "member_expression" ? fn.childForFieldName("property")?.text : fn?.text;
      if (name && TEXT_HELPERS.has(name)) {
        const first = args?.namedChildren[0];
        return first ? readString(first, depth) : void 0;
      }
      const found = fn?.type === "identifier" ? returnedTemplate(fn.text, node) : void 0;
      return found ? readString(found.template, depth + 1, { fn: found.fn, args: argumentsByParameter(found.fn, callArgs(node)) }) : void 0;
    }
    default:
      return void 0;
  }
}
function substitution(node, depth, frame) {
  if (node?.type === "number") return { text: node.text, line: lineOf(node), inexact: false };
  if (node?.type === "identifier" || node?.type === "member_expression" || node?.type === "binary_expression") return readString(node, depth, frame);
  return void 0;
}
function argumentsByParameter(fn, args) {
  const out = /* @__PURE__ */ new Map();
  const single = fn.childForFieldName("parameter");
  const params = single ? [single] : fn.childForFieldName("parameters")?.namedChildren.filter((c) => c.type !== "comment") ?? [];
  params.forEach((p, i) => {
    const id = p.type === "required_parameter" || p.type === "optional_parameter" ? p.childForFieldName("pattern") : p;
    const arg = args[i];
    if (id?.type === "identifier" && arg && arg.type !== "spread_element") out.set(id.text, arg);
  });
  return out;
}
function sqlTexts(node) {
  const one = jsString(node);
  if (one) return [one];
  if (node?.type !== "identifier") return void 0;
  const b = bindingOf(node);
  if (b.kind !== "loop") return void 0;
  let over = b.over;
  for (let i = 0; over?.type === "identifier" && i < MAX_DEPTH; i++) {
    const ob = bindingOf(over);
    over = ob.kind === "value" ? ob.value : void 0;
  }
  if (over?.type !== "array") return void 0;
  const texts = over.namedChildren.filter((c) => c.type !== "comment").map((c) => jsString(c));
  return texts.length && texts.every((t) => t !== void 0) ? texts : void 0;
}
var bound = /* @__PURE__ */ new Map();
function boundValue(id, b) {
  const scope = b.kind === "loop" ? b.loop : b.kind === "parameter" ? b.fn : void 0;
  return scope ? bound.get(scope.id)?.get(id.text) : void 0;
}
function withBound(scope, values, read) {
  const before = bound.get(scope.id);
  bound.set(scope.id, values);
  try {
    read();
  } finally {
    if (before) bound.set(scope.id, before);
    else bound.delete(scope.id);
  }
}
function bindArguments(fn, call, read) {
  withBound(fn, argumentsByParameter(fn, callArgs(call)), read);
}
var EACH = /* @__PURE__ */ new Set(["forEach", "map", "flatMap"]);
function literalList(node) {
  const list = constantValue(node);
  if (list?.type !== "array") return void 0;
  const items = list.namedChildren.filter((c) => c.type !== "comment");
  return items.length && items.every((c) => jsStr(c) !== void 0) ? items : void 0;
}
function literalLoopAt(n, child) {
  if (n.type === "for_in_statement" && child.id === n.childForFieldName("body")?.id && n.children.some((c) => c.type === "of")) {
    let left = n.childForFieldName("left");
    if (left?.type === "lexical_declaration" || left?.type === "variable_declaration") left = left.namedChildren[0]?.childForFieldName("name") ?? null;
    const items = literalList(n.childForFieldName("right"));
    return left?.type === "identifier" && items && !stopsEarly(n) ? { scope: n, name: left.text, items } : void 0;
  }
  if (isFunction(n) && child.id === n.childForFieldName("body")?.id) {
    const call = n.parent?.type === "arguments" ? n.parent.parent : void 0;
    if (call?.type !== "call_expression" || !EACH.has(methodName(call)) || callArgs(call)[0]?.id !== n.id) return void 0;
    const name = paramName(n);
    const items = literalList(calleeObject(call));
    return name && items ? { scope: n, name, items } : void 0;
  }
  return void 0;
}
var BREAKABLE = /* @__PURE__ */ new Set(["for_statement", "for_in_statement", "while_statement", "do_statement", "switch_statement"]);
function stopsEarly(loop) {
  const fn = enclosingFunction(loop);
  const body = loop.childForFieldName("body");
  if (!body) return false;
  if (body.descendantsOfType("return_statement").some((r) => enclosingFunction(r)?.id === fn?.id)) return true;
  return body.descendantsOfType("break_statement").some((b) => {
    if (b.namedChildren.length) return true;
    let p = b.parent;
    while (p && !BREAKABLE.has(p.type)) p = p.parent;
    return p?.id === loop.id;
  });
}
var MAX_RUNS = 64;
function eachBinding(call, within, read) {
  const loops = [];
  for (let child = call, n = call.parent; n && n.id !== within.id; child = n, n = n.parent) {
    const loop = literalLoopAt(n, child);
    if (loop) loops.unshift(loop);
  }
  if (loops.reduce((k, l) => k * l.items.length, 1) > MAX_RUNS) return read();
  const run = (i) => {
    const loop = loops[i];
    if (!loop) return read();
    for (const value of loop.items) withBound(loop.scope, /* @__PURE__ */ new Map([[loop.name, value]]), () => run(i + 1));
  };
  run(0);
}
function codeLabel(node) {
  const label = labelOf(node);
  return label.length <= 60 ? label : "\u2026";
}
function labelOf(node) {
  switch (node?.type) {
    case "identifier":
    case "this":
      return node.text;
    case "member_expression":
      return `${labelOf(node.childForFieldName("object") ?? void 0)}.${node.childForFieldName("property")?.text ?? "\u2026"}`;
    case "call_expression":
      return `${labelOf(node.childForFieldName("function") ?? void 0)}(\u2026)`;
    case "await_expression":
      return `await ${labelOf(node.namedChildren[0])}`;
    default:
      return "\u2026";
  }
}
var FILE_READS = /* @__PURE__ */ new Set(["readFileSync", "readFile"]);
function sqlOrigin(node, depth = 0) {
  if (!node || depth > MAX_DEPTH) return { kind: "code" };
  switch (node.type) {
    case "await_expression":
    case "parenthesized_expression":
    case "as_expression":
    case "satisfies_expression":
    case "non_null_expression":
      return sqlOrigin(node.namedChildren[0], depth);
    case "identifier": {
      const b = bindingOf(node);
      if (b.kind === "value") return sqlOrigin(b.value, depth + 1);
      if (b.kind === "import") return { kind: "import", module: b.module };
      if (b.kind === "loop") return { kind: "loop" };
      if (b.kind === "parameter") {
        const call = b.fn.parent?.type === "arguments" ? b.fn.parent.parent : void 0;
        if (call?.type === "call_expression" && FILE_READS.has(methodName(call))) return { kind: "file", ...fileNamed(call) };
        return { kind: "parameter", name: node.text };
      }
      return { kind: "code" };
    }
    case "member_expression": {
      const root = rootIdentifier(node);
      const b = root ? bindingOf(root) : void 0;
      if (b?.kind === "import") return { kind: "import", module: b.module };
      if (b?.kind === "value") return sqlOrigin(b.value, depth + 1);
      return { kind: "code" };
    }
    case "call_expression": {
      const read = [node, ...node.descendantsOfType("call_expression")].find((c) => FILE_READS.has(methodName(c)));
      if (read) return { kind: "file", ...fileNamed(read) };
      const fn = node.childForFieldName("function");
      if (fn?.type === "call_expression" && fn.childForFieldName("function")?.text === "require") {
        const module = callArgs(fn)[0];
        return { kind: "import", module: jsString(module)?.text ?? "\u2026" };
      }
      const root = fn ? rootIdentifier(fn) : void 0;
      const b = root ? bindingOf(root) : void 0;
      if (b?.kind === "import") return { kind: "import", module: b.module, call: codeLabel(fn ?? void 0) };
      return { kind: "call", name: codeLabel(fn ?? void 0) };
    }
    default:
      return { kind: "code" };
  }
}
function rootIdentifier(node) {
  let n = node;
  while (n?.type === "member_expression" || n?.type === "call_expression" || n?.type === "subscript_expression")
    n = n.type === "call_expression" ? n.childForFieldName("function") : n.childForFieldName("object");
  return n?.type === "identifier" ? n : void 0;
}
function fileNamed(read) {
  const args = read.childForFieldName("arguments");
  if (!args) return {};
  const candidates = [
    args,
    ...args.descendantsOfType("identifier").map((i) => bindingOf(i)).flatMap((b) => b.kind === "value" ? [b.value] : [])
  ];
  for (const c of candidates) {
    for (const s of [c, ...c.descendantsOfType(["string", "template_string"])]) {
      if (s.type !== "string" && s.type !== "template_string") continue;
      const text = jsString(s)?.text;
      if (text && /\.sql$/i.test(text)) return { file: text.replaceAll(PLACEHOLDER, "\u2026") };
    }
  }
  return {};
}
function builtInCode(line, call, arg) {
  const origin = sqlOrigin(arg);
  const from = {
    file: () => `read from a file at run time${origin.kind === "file" && origin.file ? ` (\`${origin.file}\`)` : ""}`,
    import: () => origin.kind === "import" && origin.call ? `that \`${origin.call}(\u2026)\` of \`${origin.module}\` returns at run time, which is not read with the migration` : `imported from \`${origin.kind === "import" ? origin.module : ""}\`, which is not read with the migration`,
    loop: () => "from a loop, one value at a time known only at run time",
    parameter: () => `given to its function at run time (\`${origin.kind === "parameter" ? origin.name : ""}\`)`,
    call: () => `that \`${origin.kind === "call" ? origin.name : ""}(\u2026)\` returns at run time`,
    code: () => "built in code"
  }[origin.kind]();
  const todo = origin.kind === "file" ? `write that SQL in the migration, or review the file by hand and ${IGNORE_HINT}` : `write the SQL in the migration (a string, or a \`const\` of this file), or review it by hand and ${IGNORE_HINT}`;
  return hit("not-analysed", line, `\`${call}\` runs SQL ${from}, so what it does was not judged: ${todo}.`);
}
var TEXT_HELPERS = /* @__PURE__ */ new Set(["dedent", "outdent", "stripIndent", "stripIndents", "oneLine", "oneLineTrim", "sql", "SQL", "raw"]);
function returnedTemplate(name, from) {
  let root = from;
  while (root.parent) root = root.parent;
  for (const d of root.descendantsOfType(["function_declaration", "variable_declarator"])) {
    if (d.childForFieldName("name")?.text !== name) continue;
    const fn = d.type === "function_declaration" ? d : d.childForFieldName("value");
    let body = isFunction(fn) ? fn.childForFieldName("body") : null;
    while (body?.type === "parenthesized_expression") body = body.namedChildren[0] ?? null;
    if (body?.type === "template_string" || body?.type === "string") return { template: body, fn };
    if (body?.type !== "statement_block") return void 0;
    const returns = body.descendantsOfType("return_statement").filter((r) => enclosingFunction(r)?.id === fn.id);
    const value = returns.length === 1 ? returns[0].namedChildren[0] : void 0;
    return value?.type === "template_string" || value?.type === "string" ? { template: value, fn } : void 0;
  }
  return void 0;
}
function functionIn(root, name) {
  for (const d of root.descendantsOfType(["function_declaration", "variable_declarator"])) {
    if (d.childForFieldName("name")?.text !== name) continue;
    const v = d.type === "function_declaration" ? d : d.childForFieldName("value");
    if (v && isFunction(v)) return v;
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
  node = constantValue(node);
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
function constantValue(node) {
  let n = node ?? void 0;
  for (let i = 0; n?.type === "identifier" && i < MAX_DEPTH; i++) {
    const b = bindingOf(n);
    const known = boundValue(n, b);
    if (known) {
      n = known;
      continue;
    }
    if (b.kind !== "value") break;
    n = b.value;
  }
  return n;
}
function objectEntries(node) {
  node = constantValue(node);
  const out = /* @__PURE__ */ new Map();
  if (node?.type !== "object") return out;
  for (const p of node.namedChildren) {
    if (p.type === "pair") {
      const k = p.childForFieldName("key");
      const v = p.childForFieldName("value");
      const key = k ? k.type === "property_identifier" || k.type === "number" ? k.text : jsStr(k) : void 0;
      if (key !== void 0 && v) out.set(key, v);
    } else if (p.type === "shorthand_property_identifier") out.set(p.text, p);
    else if (p.type === "spread_element") for (const [k, v] of objectEntries(p.namedChildren[0])) out.set(k, v);
    else if (p.type === "method_definition") {
      const n = p.childForFieldName("name")?.text;
      if (n) out.set(n, p);
    }
  }
  return out;
}
var isFunction = (n) => !!n && FUNCTION_TYPES.includes(n.type);
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
function declaresText(s) {
  if (s.type !== "lexical_declaration" && s.type !== "variable_declaration") return false;
  return s.namedChildren.every(
    (d) => d.type !== "variable_declarator" || !d.childForFieldName("value") || jsString(d.childForFieldName("value")) !== void 0
  );
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
    if (declaresText(s)) return true;
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
    if (declaresText(s)) continue;
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
  READ_HELPER,
  parseJs,
  jsString,
  sqlTexts,
  bindArguments,
  eachBinding,
  codeLabel,
  builtInCode,
  functionIn,
  jsStr,
  jsStrList,
  jsBool,
  jsNumber,
  jsDefault,
  constantValue,
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
  declaresText,
  readDownSql,
  judgeDown,
  addParseError,
  fnBody
};
