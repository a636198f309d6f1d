// Reading a human's edit of the sticky comment: which boxes were ticked or unticked. Kept apart
// from attestations.ts so that ordinary evaluations never load the Markdown parser.
import type { ListItem, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { visit } from 'unist-util-visit';
import { COMMENT_END, ITEM_PREFIX, recordAttestation, scanBoxLines, type Attestation } from './attestations';

/** Checklist items of the bot's comment and whether each box is ticked, read with the GFM parser. */
export function readCheckboxes(body: string | undefined): Map<string, boolean> {
  if (!body) return new Map();
  return plainChecklist(body) ?? parseCheckboxes(body);
}

const ITEM_LINE = /^- \[([ xX])\] .*<!-- rollback-ready:item:([^\s>]+) -->\s*$/;
const NOTHING_OPEN = /^\s{0,3}(```|~~~)|<!--(?!.*-->)|^\s{0,3}<(script|pre|style|textarea|\?|![A-Z]|!\[CDATA\[)/i;

/**
 * The parser's answer without the parser, for a comment whose checklist is laid out as the bot
 * draws it: each item once, on its own `- [ ]` line at the margin, right after a blank line, a
 * heading or another item, with nothing before it that could make it code or raw HTML (a fence,
 * an unclosed HTML comment, a raw-text tag). Undefined otherwise: then the GFM parser decides.
 */
function plainChecklist(body: string): Map<string, boolean> | undefined {
  const out = new Map<string, boolean>();
  const lines = body.split('\n');
  const last = lines.findLastIndex((l) => l.includes(ITEM_PREFIX));
  let previous = '';
  for (let i = 0; i <= last; i++) {
    const line = lines[i]!.replace(/\r$/, '');
    if (line.includes(ITEM_PREFIX)) {
      const m = ITEM_LINE.exec(line);
      if (!m || out.has(m[2]!)) return undefined;
      if (!(previous.trim() === '' || /^#{1,6} /.test(previous) || ITEM_LINE.test(previous))) return undefined;
      out.set(m[2]!, m[1] !== ' ');
    } else if (NOTHING_OPEN.test(line)) return undefined;
    previous = line;
  }
  return out;
}

/** Always with the GFM parser (what `readCheckboxes` answers for any body). */
export function parseCheckboxes(body: string): Map<string, boolean> {
  const out = new Map<string, boolean>();
  const tree: Root = fromMarkdown(body, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  visit(tree, 'listItem', (item: ListItem) => {
    if (typeof item.checked !== 'boolean') return;
    visit(item, 'html', (node) => {
      const value = node.value.trim();
      if (value.startsWith(ITEM_PREFIX) && value.endsWith(COMMENT_END.trim())) {
        const id = value.slice(ITEM_PREFIX.length, value.length - COMMENT_END.trim().length).trim();
        if (id && !out.has(id)) out.set(id, item.checked === true);
      }
    });
  });
  return out;
}

/**
 * Apply one human edit of the comment: boxes ticked in `after` but not in `before` are attested
 * by `by` (allowed when their permission suffices); boxes unticked are recorded as unticked. Each
 * change carries the edit's time, so a late delivery never undoes a newer edit.
 */
export function applyTickEdit(previous: Attestation[], edit: { before: string; after: string; by: string; allowed: boolean; at: string }): Attestation[] {
  const before = readCheckboxes(edit.before);
  const after = readCheckboxes(edit.after);
  let next = previous;
  for (const [item, checked] of after) {
    const was = before.get(item) ?? false;
    if (checked === was) continue;
    next = recordAttestation(next, { item, by: edit.by, allowed: edit.allowed, at: edit.at, ...(checked ? {} : { ticked: false }) });
  }
  return next;
}

/**
 * Boxes a person changed after the bot last drew the comment (their edit's delivery not handled
 * yet): item → the state they left it in. The bot keeps them so, rather than drawing over them.
 */
export function pendingBoxes(body: string | undefined, shown: Record<string, boolean>): Map<string, boolean> {
  const out = new Map<string, boolean>();
  // Most of the time nobody touched a box: a line scan says so without the Markdown parser.
  const lines = scanBoxLines(body);
  if ([...lines].every(([item, states]) => !(item in shown) || states.every((s) => s === shown[item]))) return out;
  for (const [item, checked] of readCheckboxes(body)) {
    if (item in shown && shown[item] !== checked) out.set(item, checked);
  }
  return out;
}
