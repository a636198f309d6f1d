// Reading a human's edit of the sticky comment: which boxes were ticked or unticked. Kept apart
// from attestations.ts so that ordinary evaluations never load the Markdown parser.
import type { ListItem, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { visit } from 'unist-util-visit';
import { COMMENT_END, ITEM_PREFIX, recordAttestation, type Attestation } from './attestations';

/** Checklist items of the bot's comment and whether each box is ticked, read with the GFM parser. */
export function readCheckboxes(body: string | undefined): Map<string, boolean> {
  const out = new Map<string, boolean>();
  if (!body) return out;
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
export function applyTickEdit(
  previous: Attestation[],
  edit: { before: string; after: string; by: string; allowed: boolean; at: string },
): Attestation[] {
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
  for (const [item, checked] of readCheckboxes(body)) {
    if (item in shown && shown[item] !== checked) out.set(item, checked);
  }
  return out;
}
