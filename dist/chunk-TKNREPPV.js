import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  loadWasm
} from "./chunk-ASTGNKGX.js";

// src/core/parsers/tree-sitter.ts
var GRAMMAR_WASM = {
  ruby: "tree-sitter-ruby/tree-sitter-ruby.wasm",
  python: "tree-sitter-python/tree-sitter-python.wasm",
  // php_only: the `php` grammar parses a file without `<?php` as HTML.
  php: "tree-sitter-php/tree-sitter-php_only.wasm",
  elixir: "tree-sitter-elixir/tree-sitter-elixir.wasm",
  typescript: "tree-sitter-typescript/tree-sitter-typescript.wasm",
  javascript: "tree-sitter-javascript/tree-sitter-javascript.wasm",
  // goose's Go migrations (src/core/frameworks/goose-go.ts).
  go: "tree-sitter-go/tree-sitter-go.wasm",
  // Terraform/HCL for the deploy analyser (src/core/deploy/hcl.ts).
  terraform: "@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm"
};
var runtime;
var languages = /* @__PURE__ */ new Map();
var parsers = /* @__PURE__ */ new Map();
var queries = /* @__PURE__ */ new Map();
function loadRuntime() {
  runtime ??= (async () => {
    const [mod, wasmBinary] = await Promise.all([import("./chunk-P5RWVGX3.js"), loadWasm("web-tree-sitter/web-tree-sitter.wasm")]);
    await mod.Parser.init({ wasmBinary });
    return mod;
  })();
  runtime.catch(() => {
    runtime = void 0;
  });
  return runtime;
}
async function loadLanguage(id) {
  let lang = languages.get(id);
  if (!lang) {
    lang = Promise.all([loadRuntime(), loadWasm(GRAMMAR_WASM[id])]).then(([mod, bytes]) => mod.Language.load(bytes));
    languages.set(id, lang);
    lang.catch(() => languages.delete(id));
  }
  return lang;
}
async function parseCode(id, source) {
  const lang = await loadLanguage(id);
  let parser = parsers.get(id);
  if (!parser) {
    const mod = await loadRuntime();
    parser = new mod.Parser();
    parser.setLanguage(lang);
    parsers.set(id, parser);
  }
  const tree = parser.parse(source);
  if (!tree) throw new Error(`tree-sitter: ${id} parse returned nothing`);
  return Object.assign(tree, { [Symbol.dispose]: () => tree.delete() });
}
async function getQuery(id, source) {
  const key = `${id}\0${source}`;
  let q = queries.get(key);
  if (!q) {
    const [mod, lang] = await Promise.all([loadRuntime(), loadLanguage(id)]);
    q = new mod.Query(lang, source);
    queries.set(key, q);
  }
  return q;
}
var lineOf = (node) => node.startPosition.row + 1;
function firstErrorNode(root) {
  if (!root.hasError) return void 0;
  const stack = [root];
  while (stack.length) {
    const n = stack.pop();
    if (n.isError || n.isMissing) return n;
    if (!n.hasError) continue;
    const kids = n.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]);
  }
  return root;
}

export {
  loadLanguage,
  parseCode,
  getQuery,
  lineOf,
  firstErrorNode
};
