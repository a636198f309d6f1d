import type { Root } from 'mdast';
import { HTML_MARK, inlineText, lineOf, walk } from './markdown';
import type { Checkbox } from './types';

/** Every GFM task-list item in the body, in document order. */
export function extractCheckboxes(root: Root): Checkbox[] {
  const out: Checkbox[] = [];
  for (const node of walk(root)) {
    if (node.type !== 'listItem' || typeof node.checked !== 'boolean') continue;
    const own: string[] = [];
    for (const child of node.children) if (child.type === 'paragraph') own.push(inlineText(child).text);
    const text = own.join('\n').split(HTML_MARK).join('').replace(/\s+/g, ' ').trim();
    out.push({ text, checked: node.checked, line: lineOf(node) });
  }
  return out;
}
