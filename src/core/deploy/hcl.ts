// Terraform/HCL parsing through the shared lazy tree-sitter loader (one `Parser.init` per process:
// web-tree-sitter re-initialising its runtime would break grammars already loaded by others).
import type { OwnedTree } from '../parsers/tree-sitter';

/** Parse Terraform/HCL. The caller must free the tree in a `finally` or with `using` (WASM memory). */
export async function parseHcl(source: string): Promise<OwnedTree> {
  const { parseCode } = await import('../parsers/tree-sitter');
  return parseCode('terraform', source);
}
