// Terraform/HCL parsing through the shared lazy tree-sitter loader (one `Parser.init` per process:
// web-tree-sitter re-initialising its runtime would break grammars already loaded by others).
import type { Tree } from 'web-tree-sitter';

/** Parse Terraform/HCL. The caller must `tree.delete()` when done (WASM memory). */
export async function parseHcl(source: string): Promise<Tree> {
  const { parseCode } = await import('../parsers/tree-sitter');
  return parseCode('terraform', source);
}
