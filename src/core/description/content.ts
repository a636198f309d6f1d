// What counts as written content, as opposed to an unfilled template.
//
// Content is judged unit by unit (a paragraph, a list item's own text, a table cell, a code
// block). A unit is not content when, after placeholders are removed, it is empty, a filler
// ("N/A", "TODO …", "-", "…"), a bare lead-in ending with ":" ("Data created during this stage:"),
// text copied verbatim from the seed templates, a `Stage:`/`Risk:` metadata line, or an unticked
// checkbox copied from a template. A ticked checkbox or a real sentence is content. The regexes
// here run over the plain text of one node, never over Markdown source.

import type { Nodes, TableRow } from 'mdast';
import { HTML_MARK, hasChildren, inlineText, lineOf } from './markdown';
import { normaliseLabel } from './labels';
import { TEXT_PLACEHOLDERS, isFiller } from './placeholders';

export interface Unit {
  /** Plain text (inline HTML replaced by HTML_MARK, placeholders still in). */
  raw: string;
  line: number;
  kind: 'text' | 'code' | 'checkbox';
  checked?: boolean;
}

export interface JudgedUnit extends Unit {
  /** Text with placeholders and comments removed, trimmed. */
  clean: string;
  /** Worth keeping in the section's text. */
  keep: boolean;
  /** Counts as filling the section. */
  meaningful: boolean;
}

const PLACEHOLDERS: RegExp[] = [...TEXT_PLACEHOLDERS, new RegExp(HTML_MARK, 'g')]; // and inline HTML: comments, <placeholder> tags

export function stripPlaceholders(text: string): { text: string; removed: boolean } {
  let out = text;
  let removed = false;
  for (const re of PLACEHOLDERS) {
    const next = out.replace(re, ' ');
    if (next !== out) removed = true;
    out = next;
  }
  return {
    text: out
      .replace(/[ \t]+/g, ' ')
      .replace(/ *\n */g, '\n')
      .trim(),
    removed,
  };
}

export { isFiller };

// Text of the seeds' templates and checklists, as people paste them: kept verbatim, it does
// not show the author thought about this change.
const BOILERPLATE_TEXT = [
  // 000: Stage Rollback Plan
  'Execute rollback if ANY of these occur:',
  "Test suite failures that can't be explained",
  "Application won't start",
  'Data integrity check fails',
  'Error rate increases by > 2x baseline',
  'Performance degrades by > 50%',
  'After rollback, confirm:',
  'Application starts and passes health check',
  'Test suite passes',
  'Data integrity check passes',
  'Error rates return to baseline',
  // 000: safety checklist per stage
  'Backup taken (if data-touching)',
  'Rollback steps documented',
  'Rollback tested (for medium/high risk stages)',
  'Monitoring in place',
  'Communication sent (if user-facing)',
  'Grace period defined (how long old system stays available)',
  'Verification checks pass',
  'Error rates normal',
  'Performance normal',
  'Rollback still possible',
  'Evidence captured',
  // 001: Rollback Readiness Checklist
  'Revert commit identified - Know what SHA to revert if needed',
  'Feature flag exists - For new functionality, can disable instantly',
  'Database migrations are backward-compatible - Old code works with new schema',
  'Monitoring alerts configured - Will know quickly if something breaks',
  'On-call engineer aware - Someone is watching during deploy',
  'Rollback tested - Have actually tried the rollback in staging',
  // 004: post-rollback checklist
  'Legacy system serving 100% traffic',
  'Error rate back to normal',
  'Latency back to baseline',
  'All scheduled jobs ran successfully',
  'Customer-facing features verified manually',
  'No data loss confirmed',
  'Status page updated',
  'Customer comms sent',
  'All team members informed',
  'Post-mortem scheduled',
];
const BOILERPLATE = new Set(BOILERPLATE_TEXT.map(normaliseLabel));

export function isBoilerplate(clean: string): boolean {
  return BOILERPLATE.has(normaliseLabel(clean));
}

const META_LABEL = /^(?:stage|stage name|risk|risk level|owner|author)\s*:/i;
/** Labels of the revert SHA line; such a line is metadata, not plan content. */
export const REVERT_LABEL_SOURCE = String.raw`(?:revert(?:ing)?\s+(?:to\s+)?(?:sha|commit|hash|revision)|revert\s+to|last[\s-]+known[\s-]+good(?:\s+(?:sha|commit|hash|revision|version))?(?:\s*\(\s*lkg\s*\))?|lkg(?:\s+(?:sha|commit|hash|revision))?|roll[\s-]?back\s+to(?:\s+(?:sha|commit|hash|revision))?|known[\s-]+good\s+(?:sha|commit|hash|revision))`;
const REVERT_LINE = new RegExp(String.raw`^${REVERT_LABEL_SOURCE}\s*[:=|]`, 'i');

/**
 * Judge one unit. `checklistSection`: the subsection is one people naturally write as a list
 * of boxes to tick during a rollback (steps, verification); there an unticked box in the
 * author's own words is content. Anywhere else an unticked box is a copied checklist.
 */
export function judge(unit: Unit, checklistSection = false): JudgedUnit {
  const { text: clean } = stripPlaceholders(unit.raw);
  if (clean.length === 0 || isFiller(clean)) return { ...unit, clean, keep: false, meaningful: false };
  if (unit.kind === 'checkbox') {
    if (unit.checked) return { ...unit, clean, keep: true, meaningful: true };
    const own = !isBoilerplate(clean);
    return { ...unit, clean, keep: own, meaningful: own && checklistSection };
  }
  if (unit.kind === 'code') return { ...unit, clean, keep: true, meaningful: true };
  const leadIn = clean.endsWith(':') || clean.endsWith('：');
  const meaningful = !leadIn && !isBoilerplate(clean) && !META_LABEL.test(clean) && !REVERT_LINE.test(clean);
  return { ...unit, clean, keep: true, meaningful };
}

export function rowUnit(row: TableRow): Unit {
  return { raw: row.children.map((cell) => inlineText(cell).text).join(' | '), line: lineOf(row), kind: 'text' };
}

/** Split block content into units (iterative: nesting depth cannot overflow the stack). */
export function collectUnits(nodes: readonly Nodes[], out: Unit[]): void {
  const stack: Nodes[] = [];
  for (let i = nodes.length - 1; i >= 0; i--) stack.push(nodes[i] as Nodes);
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    switch (node.type) {
      case 'paragraph':
      case 'tableCell':
        out.push({ raw: inlineText(node).text, line: lineOf(node), kind: 'text' });
        break;
      case 'table':
        // The header row is structure; each body row is one unit ("LKG | abc1234" stays metadata).
        for (const row of node.children.slice(1)) out.push(rowUnit(row));
        break;
      case 'code':
        out.push({ raw: node.value, line: lineOf(node), kind: 'code' });
        break;
      case 'heading':
      case 'html':
      case 'thematicBreak':
      case 'definition':
        break; // structure, comments and link definitions are not content
      case 'listItem': {
        if (typeof node.checked === 'boolean') {
          // A task item: its own paragraphs are one checkbox unit; nested blocks stay units.
          const own: string[] = [];
          const rest: Nodes[] = [];
          for (const child of node.children) {
            if (child.type === 'paragraph') own.push(inlineText(child).text);
            else rest.push(child);
          }
          out.push({ raw: own.join('\n'), line: lineOf(node), kind: 'checkbox', checked: node.checked });
          for (let i = rest.length - 1; i >= 0; i--) stack.push(rest[i] as Nodes);
        } else {
          for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i] as Nodes);
        }
        break;
      }
      default:
        if (hasChildren(node)) {
          const kids = node.children as Nodes[];
          for (let i = kids.length - 1; i >= 0; i--) stack.push(kids[i] as Nodes);
        } else if ('value' in node && typeof node.value === 'string') {
          out.push({ raw: node.value, line: lineOf(node), kind: 'text' });
        }
    }
  }
}
