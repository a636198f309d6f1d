// Who ticked which checklist item in the sticky comment. GitHub keeps no record of who ticked a
// box, so the bot writes the attestations it has seen (from `issue_comment.edited` deliveries,
// permission-checked) into a hidden marker in its own comment; they survive every re-render.
import type { ListItem, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
import { visit } from 'unist-util-visit';
import type { Tick } from '../core/gates';

export interface Attestation {
  item: string;
  by: string;
  allowed: boolean;
  at: string;
}

const ATTESTATION_PREFIX = '<!-- rollback-ready:attestations ';
const ITEM_PREFIX = '<!-- rollback-ready:item:';
const COMMENT_END = ' -->';

/** The hidden marker carrying the attestations (base64url JSON: nothing in it can end the HTML comment). */
export function encodeAttestations(list: Attestation[]): string {
  return `${ATTESTATION_PREFIX}${Buffer.from(JSON.stringify(list), 'utf8').toString('base64url')}${COMMENT_END}`;
}

export function decodeAttestations(body: string | undefined): Attestation[] {
  if (!body) return [];
  const start = body.indexOf(ATTESTATION_PREFIX);
  if (start < 0) return [];
  const from = start + ATTESTATION_PREFIX.length;
  const end = body.indexOf(COMMENT_END, from);
  if (end < 0) return [];
  try {
    const data: unknown = JSON.parse(Buffer.from(body.slice(from, end), 'base64url').toString('utf8'));
    if (!Array.isArray(data)) return [];
    return data.filter(
      (a): a is Attestation =>
        a && typeof a === 'object' && typeof a.item === 'string' && typeof a.by === 'string' && typeof a.allowed === 'boolean' && typeof a.at === 'string',
    );
  } catch {
    return [];
  }
}

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
 * by `by` (allowed when their permission suffices); boxes unticked drop their attestation.
 */
export function applyTickEdit(
  previous: Attestation[],
  edit: { before: string; after: string; by: string; allowed: boolean; at: string },
): Attestation[] {
  const before = readCheckboxes(edit.before);
  const after = readCheckboxes(edit.after);
  let next = [...previous];
  for (const [item, checked] of after) {
    const was = before.get(item) ?? false;
    if (checked && !was) {
      next = next.filter((a) => a.item !== item);
      next.push({ item, by: edit.by, allowed: edit.allowed, at: edit.at });
    } else if (!checked && was) {
      next = next.filter((a) => a.item !== item);
    }
  }
  return next;
}

export const ticksFromAttestations = (list: Attestation[]): Tick[] => list.map(({ item, by, allowed }) => ({ item, by, allowed }));
