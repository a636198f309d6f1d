// PHP values in a Laravel migration: strings (with interpolation and heredocs), lists of them,
// numbers and column defaults.
import { lineOf, type Node } from '../../parsers/tree-sitter';

const PLACEHOLDER = '__interp__';
const ESCAPES: Record<string, string> = { n: '\n', t: '\t', '"': '"', "'": "'", '\\': '\\', r: '\r', $: '$' };

interface PhpString {
  text: string;
  line: number;
  inexact: boolean;
}

export function phpString(node: Node | null | undefined): PhpString | undefined {
  if (!node) return undefined;
  if (node.type === 'argument') return phpString(node.namedChildren[0]);
  if (node.type === 'string' || node.type === 'encapsed_string') {
    let text = '';
    let inexact = false;
    for (const c of node.namedChildren) {
      if (c.type === 'string_content' || c.type === 'string_value') text += c.text;
      else if (c.type === 'escape_sequence') text += ESCAPES[c.text.slice(1)] ?? c.text;
      else {
        text += PLACEHOLDER;
        inexact = true;
      }
    }
    return { text, line: lineOf(node), inexact };
  }
  if (node.type === 'heredoc' || node.type === 'nowdoc') {
    const body = node.childForFieldName('value');
    if (!body) return { text: '', line: lineOf(node), inexact: false };
    const src = body.text;
    let text = '';
    let pos = 0;
    let inexact = false;
    for (const c of body.namedChildren) {
      if (c.type === 'string_content' || c.type === 'nowdoc_string' || c.type === 'escape_sequence') continue;
      let from = c.startIndex - body.startIndex;
      let to = c.endIndex - body.startIndex;
      if (src[from - 1] === '{' && src[to] === '}') {
        from -= 1;
        to += 1;
      }
      text += src.slice(pos, from) + PLACEHOLDER;
      pos = to;
      inexact = true;
    }
    text += src.slice(pos);
    return { text, line: lineOf(body), inexact };
  }
  if (node.type === 'binary_expression' && node.children.some((c) => c.type === '.')) {
    const l = phpString(node.childForFieldName('left'));
    const r = phpString(node.childForFieldName('right'));
    if (l && r) return { text: l.text + r.text, line: l.line, inexact: l.inexact || r.inexact };
  }
  return undefined;
}

export function phpStr(node: Node | null | undefined): string | undefined {
  const s = phpString(node);
  return s && !s.inexact ? s.text : undefined;
}

export function phpStrList(node: Node | null | undefined): string[] {
  const n = node?.type === 'argument' ? node.namedChildren[0] : node;
  if (n?.type === 'array_creation_expression') {
    return n.namedChildren.map((e) => phpStr(e.namedChildren[e.namedChildren.length - 1])).filter((x): x is string => x !== undefined);
  }
  const s = phpStr(n);
  return s === undefined ? [] : [s];
}

export function phpNumber(node: Node | undefined): number | undefined {
  const n = node?.type === 'argument' ? node.namedChildren[0] : node;
  if (n?.type !== 'integer' && n?.type !== 'float') return undefined;
  return Number(n.text);
}

export function phpDefault(node: Node | undefined): string | undefined {
  const n = node?.type === 'argument' ? node.namedChildren[0] : node;
  if (!n) return undefined;
  if (n.type === 'integer' || n.type === 'float') return n.text;
  if (n.type === 'boolean') return n.text.toLowerCase();
  if (n.type === 'null') return undefined;
  const s = phpStr(n);
  return `'${(s ?? n.text).replace(/'/g, "''")}'`;
}

/** The arguments of a call. */
export const args = (call: Node): Node[] => (call.childForFieldName('arguments')?.namedChildren ?? []).filter((c) => c.type === 'argument');
/** The method name of a call (`->nullable()`, `Schema::create`). */
export const callName = (call: Node): string => call.childForFieldName('name')?.text ?? '';
