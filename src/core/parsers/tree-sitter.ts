// Lazy tree-sitter loader: the runtime is initialised once, each grammar loaded once, each query
// compiled once. Nothing is loaded until a DSL migration is actually read (cold start matters).
import type { Language as TsLanguage, Node, Parser as TsParser, Query as TsQuery, Tree } from 'web-tree-sitter';
import { loadWasm } from './wasm';

export type { Node, Tree };

/** A parsed tree that frees its WASM memory when its `using` scope ends, however the scope ends. */
export type OwnedTree = Tree & Disposable;

export type GrammarId = 'ruby' | 'python' | 'php' | 'elixir' | 'typescript' | 'javascript' | 'go' | 'terraform';

const GRAMMAR_WASM: Record<GrammarId, string> = {
  ruby: 'tree-sitter-ruby/tree-sitter-ruby.wasm',
  python: 'tree-sitter-python/tree-sitter-python.wasm',
  // php_only: the `php` grammar parses a file without `<?php` as HTML.
  php: 'tree-sitter-php/tree-sitter-php_only.wasm',
  elixir: 'tree-sitter-elixir/tree-sitter-elixir.wasm',
  typescript: 'tree-sitter-typescript/tree-sitter-typescript.wasm',
  javascript: 'tree-sitter-javascript/tree-sitter-javascript.wasm',
  // goose's Go migrations (src/core/frameworks/goose-go.ts).
  go: 'tree-sitter-go/tree-sitter-go.wasm',
  // Terraform/HCL for the deploy analyser (src/core/deploy/hcl.ts).
  terraform: '@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-terraform.wasm',
};

type WebTreeSitter = typeof import('web-tree-sitter');

let runtime: Promise<WebTreeSitter> | undefined;
const languages = new Map<GrammarId, Promise<TsLanguage>>();
const parsers = new Map<GrammarId, TsParser>();
const queries = new Map<string, TsQuery>();

function loadRuntime(): Promise<WebTreeSitter> {
  runtime ??= (async () => {
    const [mod, wasmBinary] = await Promise.all([import('web-tree-sitter'), loadWasm('web-tree-sitter/web-tree-sitter.wasm')]);
    await mod.Parser.init({ wasmBinary });
    return mod;
  })();
  // A failed init (missing wasm) must not poison later attempts forever.
  runtime.catch(() => {
    runtime = undefined;
  });
  return runtime;
}

export async function loadLanguage(id: GrammarId): Promise<TsLanguage> {
  let lang = languages.get(id);
  if (!lang) {
    lang = Promise.all([loadRuntime(), loadWasm(GRAMMAR_WASM[id])]).then(([mod, bytes]) => mod.Language.load(bytes));
    languages.set(id, lang);
    lang.catch(() => languages.delete(id));
  }
  return lang;
}

/**
 * Parse `source` with the grammar `id`. The tree lives in WASM memory, which the garbage collector
 * never frees: hold it with `using tree = await parseCode(…)`, so a reader that throws still
 * deletes it (the long-running App would leak otherwise). Never call `tree.delete()` as well.
 */
export async function parseCode(id: GrammarId, source: string): Promise<OwnedTree> {
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

/** A compiled query for grammar `id`, compiled on first use and cached. */
export async function getQuery(id: GrammarId, source: string): Promise<TsQuery> {
  const key = `${id}\u0000${source}`;
  let q = queries.get(key);
  if (!q) {
    const [mod, lang] = await Promise.all([loadRuntime(), loadLanguage(id)]);
    q = new mod.Query(lang, source);
    queries.set(key, q);
  }
  return q;
}

/** 1-based line of a node. */
export const lineOf = (node: Node): number => node.startPosition.row + 1;

/** First ERROR or MISSING node, if the tree has any. */
export function firstErrorNode(root: Node): Node | undefined {
  if (!root.hasError) return undefined;
  const stack: Node[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.isError || n.isMissing) return n;
    if (!n.hasError) continue;
    const kids = n.children;
    for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i]!);
  }
  return root;
}
