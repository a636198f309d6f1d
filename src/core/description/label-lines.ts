// Bold labels on consecutive lines of one Markdown paragraph (`**Rollback trigger:** …` newline
// `**Rollback steps:** …`), split into a paragraph each, as if a blank line separated them.

import type { Paragraph, PhrasingContent, RootContent, Text } from 'mdast';
import { isPlanHeading, mapSection } from './labels';
import { HTML_MARK, inlineText } from './markdown';

function clean(text: string): string {
  return text.split(HTML_MARK).join(' ').replace(/\s+/g, ' ').trim();
}

/** A bold (or plain `Label:`) text naming a plan section or the plan itself. */
function namesPlanPart(label: string): boolean {
  const l = clean(label)
    .replace(/[:：]$/, '')
    .trim();
  return l.length > 0 && (mapSection(l) !== undefined || isPlanHeading(l));
}

const PLAIN_LINE_LABEL = /^[ \t]*([^:\n]{1,60})[:：]/;

/**
 * Bold labels written on consecutive lines (`**Rollback trigger:** …` newline `**Rollback steps:** …`)
 * are one Markdown paragraph: split it where a line opens with a label that names a plan section,
 * so each label starts a paragraph of its own, as if a blank line separated them.
 */
export function splitLabelLines(blocks: readonly RootContent[]): RootContent[] {
  let changed = false;
  const out: RootContent[] = [];
  for (const b of blocks) {
    if (b.type !== 'paragraph') {
      out.push(b);
      continue;
    }
    const parts = splitParagraph(b);
    if (parts.length > 1) changed = true;
    out.push(...parts);
  }
  return changed ? out : (blocks as RootContent[]);
}

function splitParagraph(p: Paragraph): Paragraph[] {
  const pieces: PhrasingContent[][] = [[]];
  const current = () => pieces[pieces.length - 1] as PhrasingContent[];
  const kids = p.children;
  const boldLabelAt = (i: number) => {
    const next = kids[i];
    return next?.type === 'strong' && namesPlanPart(inlineText(next).text);
  };
  for (let i = 0; i < kids.length; i++) {
    const node = kids[i] as PhrasingContent;
    if (node.type === 'break') {
      if (boldLabelAt(i + 1)) pieces.push([]);
      else current().push(node);
      continue;
    }
    if (node.type !== 'text' || !node.value.includes('\n')) {
      current().push(node);
      continue;
    }
    // Cut the text at each newline that opens a labelled line.
    let from = 0;
    let line = node.position?.start.line;
    let lineOfFrom = line;
    for (let at = node.value.indexOf('\n'); at >= 0; at = node.value.indexOf('\n', at + 1)) {
      if (line !== undefined) line++;
      const restOfNode = node.value.slice(at + 1);
      const nextLine = restOfNode.split('\n', 1)[0] as string;
      const plain = PLAIN_LINE_LABEL.exec(nextLine);
      const opensBold = restOfNode.trim() === '' && boldLabelAt(i + 1);
      const opensPlain = plain !== null && mapSection((plain[1] as string).trim()) !== undefined;
      if (!opensBold && !opensPlain) continue;
      const before = node.value.slice(from, at);
      if (before.trim()) current().push(textPart(before, lineOfFrom));
      pieces.push([]);
      from = at + 1;
      lineOfFrom = line;
      if (opensBold) from = node.value.length;
    }
    const tail = node.value.slice(from);
    if (tail.length > 0 && (from === 0 || tail.trim())) current().push(from === 0 ? node : textPart(tail, lineOfFrom));
  }
  const nonEmpty = pieces.filter((list) => list.length > 0);
  if (nonEmpty.length <= 1) return [p];
  return nonEmpty.map((children) => {
    const first = children[0]?.position?.start ?? p.position?.start;
    const last = children[children.length - 1]?.position?.end ?? p.position?.end;
    return { type: 'paragraph', children, ...(first && last ? { position: { start: first, end: last } } : {}) } as Paragraph;
  });
}

function textPart(value: string, line: number | undefined): Text {
  return line === undefined ? { type: 'text', value } : { type: 'text', value, position: { start: { line, column: 1 }, end: { line, column: 1 } } };
}
