// The revert (last-known-good) SHA named in the description.
//
// Labels: "Revert SHA:", "Revert commit:", "Last known good:", "Last-known-good SHA", "LKG:",
// "Rollback to:" (any case), followed by 7–40 hex characters, also in inline code, a link, a
// table row or list item; or the label alone (a heading, a bold line, a table header) with the
// SHA opening the next block. Matching runs over the plain text of one node at a time. HTML
// comments and `<sha>` placeholders never match: inline HTML is replaced by HTML_MARK.

import type { Nodes, Root, Table } from 'mdast';
import { REVERT_LABEL_SOURCE } from './content';
import { HTML_MARK, inlineText, lineOf, walk, type InlineText } from './markdown';
import type { RevertSha } from './types';

const HEX = String.raw`(?<![0-9a-z_])(?:https?://\S{1,200}?/commits?/)?([0-9a-f]{7,40})(?![0-9a-z_])`;
const INLINE = new RegExp(String.raw`(?<![\w-])${REVERT_LABEL_SOURCE}(?:\s*\([^()\n]{0,40}\))?[\s:=|–—-]{0,12}(?:(?:sha|commit|hash)\s*[:=]?\s*)?${HEX}`, 'gi');
const LABEL_ONLY = new RegExp(String.raw`^\s*${REVERT_LABEL_SOURCE}(?:\s*\([^()\n]{0,40}\))?\s*[:=]?\s*$`, 'i');
const LEADING_SHA = new RegExp(String.raw`^\s*(?:(?:sha|commit|hash)\s*[:=]?\s*)?${HEX}`, 'i');

interface TextBlock {
  kind: 'text' | 'code';
  text: string;
  lineAt(offset: number): number;
}

interface Hit {
  sha: string;
  line: number;
}

function plain(text: string, line: number): InlineText {
  return {
    text,
    lineAt(offset: number): number {
      let l = line;
      for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) l++;
      return l;
    },
  };
}

function tableHits(table: Table): Hit[] {
  // Column form: "| Revert SHA | Risk |" header, "| abc1234 | high |" below.
  const [header, firstRow] = table.children;
  if (!header || !firstRow) return [];
  const hits: Hit[] = [];
  header.children.forEach((cell, j) => {
    if (!LABEL_ONLY.test(inlineText(cell).text)) return;
    const below = firstRow.children[j];
    if (!below) return;
    const t = inlineText(below);
    const m = LEADING_SHA.exec(t.text);
    if (m && m[1]) hits.push({ sha: m[1].toLowerCase(), line: t.lineAt(m.index + m[0].length - m[1].length) });
  });
  return hits;
}

function blocksOf(root: Root): (TextBlock | { kind: 'hits'; hits: Hit[] })[] {
  const out: (TextBlock | { kind: 'hits'; hits: Hit[] })[] = [];
  for (const node of walk(root) as Iterable<Nodes>) {
    switch (node.type) {
      case 'paragraph':
      case 'heading': {
        const t = inlineText(node);
        out.push({ kind: 'text', text: t.text, lineAt: t.lineAt });
        break;
      }
      case 'tableRow': {
        // Cells joined, so "| Revert SHA | `abc1234` |" reads "Revert SHA | abc1234".
        let text = '';
        const starts: { at: number; t: InlineText }[] = [];
        for (const cell of node.children) {
          if (text.length > 0) text += ' | ';
          const t = inlineText(cell);
          starts.push({ at: text.length, t });
          text += t.text;
        }
        const lineAt = (offset: number): number => {
          let best = starts[0];
          for (const s of starts) if (s.at <= offset) best = s;
          return best ? best.t.lineAt(offset - best.at) : lineOf(node);
        };
        out.push({ kind: 'text', text, lineAt });
        break;
      }
      case 'table':
        out.push({ kind: 'hits', hits: tableHits(node) });
        break;
      case 'code': {
        // Code blocks never carry a label, but may hold the SHA under a label heading.
        // A fenced block spans more lines than its value (the fences); an indented one does not.
        const start = lineOf(node);
        const span = node.position ? node.position.end.line - start + 1 : 0;
        const valueLines = node.value.length === 0 ? 0 : node.value.split('\n').length;
        const t = plain(node.value, span > valueLines ? start + 1 : start);
        out.push({ kind: 'code', text: t.text, lineAt: t.lineAt });
        break;
      }
      default:
    }
  }
  return out;
}

export function extractRevertSha(root: Root): RevertSha {
  const hits: Hit[] = [];
  const blocks = blocksOf(root);
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    if (!b) continue;
    if (b.kind === 'hits') {
      hits.push(...b.hits);
      continue;
    }
    if (b.kind !== 'text') continue;
    INLINE.lastIndex = 0;
    let m: RegExpExecArray | null;
    let found = false;
    while ((m = INLINE.exec(b.text)) !== null) {
      const sha = m[1];
      if (!sha) continue;
      found = true;
      hits.push({ sha: sha.toLowerCase(), line: b.lineAt(m.index + m[0].length - sha.length) });
    }
    if (!found && !b.text.includes(HTML_MARK) && LABEL_ONLY.test(b.text)) {
      const next = blocks[i + 1];
      if (next && next.kind !== 'hits') {
        const n = LEADING_SHA.exec(next.text);
        if (n && n[1]) hits.push({ sha: n[1].toLowerCase(), line: next.lineAt(n.index + n[0].length - n[1].length) });
      }
    }
  }
  if (hits.length === 0) return {};
  const first = hits[0] as Hit;
  // Group SHAs where one is a prefix of another (abc1234 and abc1234def… are the same commit).
  const families: Hit[] = [];
  for (const h of hits) {
    const fam = families.find((f) => f.sha.startsWith(h.sha) || h.sha.startsWith(f.sha));
    if (!fam) families.push({ ...h });
    else if (h.sha.length > fam.sha.length) fam.sha = h.sha;
  }
  const own = families[0] as Hit; // the first SHA named, in its longest spelling
  if (families.length > 1) {
    const named = families.map((f) => f.sha).join(', ');
    const lines = families.map((f) => f.line).join(', ');
    return {
      sha: own.sha,
      line: first.line,
      error: `Several different revert SHAs are named (${named}; lines ${lines}): name exactly one last-known-good commit.`,
    };
  }
  return { sha: own.sha, line: first.line };
}
