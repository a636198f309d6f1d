// Reads a pull request description as Markdown (mdast + GFM): the rollback plan and its
// subsections, the revert SHA, and task-list checkboxes. Regexes only ever run over the plain
// text of one node (labels, hex SHAs, placeholder words), never over Markdown.
import type { Heading, List, ListItem, Nodes, Paragraph, Root, RootContent, TableRow } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { toString } from 'mdast-util-to-string';
import { gfm } from 'micromark-extension-gfm';
import { visit } from 'unist-util-visit';

export type PlanSectionId =
  | 'trigger'
  | 'steps'
  | 'verification'
  | 'time-estimate'
  | 'data'
  | 'point-of-no-return'
  | 'monitoring'
  | 'backup-restore';

export const PLAN_SECTIONS: { id: PlanSectionId; title: string; hint: string; synonyms: string[] }[] = [
  {
    id: 'trigger',
    title: 'Rollback trigger',
    hint: 'When do we roll back? Measurable signals: error rate, latency, failed health checks, data checks.',
    synonyms: ['rollback trigger', 'rollback triggers', 'trigger', 'triggers', 'when to roll back', 'when to rollback', 'abort criteria', 'rollback criteria', 'criteria'],
  },
  {
    id: 'steps',
    title: 'Rollback steps',
    hint: 'Exact commands or actions, in order, to return to the revert SHA.',
    synonyms: ['rollback steps', 'steps', 'procedure', 'rollback procedure', 'how to roll back', 'how to rollback', 'rollback process', 'instructions', 'rollback instructions'],
  },
  {
    id: 'verification',
    title: 'Rollback verification',
    hint: 'How we confirm the rollback worked: health checks, smoke tests, data integrity checks.',
    synonyms: ['rollback verification', 'verification', 'how to verify', 'verify', 'smoke tests', 'smoke test', 'validation', 'post rollback checks', 'post rollback checklist'],
  },
  {
    id: 'time-estimate',
    title: 'Rollback time estimate',
    hint: 'How long the rollback takes, in minutes or hours.',
    synonyms: ['rollback time estimate', 'time estimate', 'estimated time', 'duration', 'eta', 'time to roll back', 'time to rollback', 'rollback time'],
  },
  {
    id: 'data',
    title: 'Data considerations',
    hint: 'Data created or modified by this change: preserved, lost, or needs cleanup on rollback?',
    synonyms: ['data considerations', 'data', 'data impact', 'data changes', 'data loss', 'data considerations and impact'],
  },
  {
    id: 'point-of-no-return',
    title: 'Point of no return',
    hint: 'After which step or time can we no longer roll back without losing data?',
    synonyms: ['point of no return', 'no return', 'ponr'],
  },
  {
    id: 'monitoring',
    title: 'Monitoring',
    hint: 'Dashboards and alerts that show whether the change (and the rollback) is healthy.',
    synonyms: ['monitoring', 'monitoring plan', 'alerts', 'alerting', 'observability', 'dashboards'],
  },
  {
    id: 'backup-restore',
    title: 'Backup and restore',
    hint: 'Which backup is taken before the deploy, where it lives, and how it is restored.',
    synonyms: ['backup and restore', 'backup restore', 'backup', 'backups', 'restore', 'restore procedure', 'backup plan'],
  },
];

export interface PlanSection {
  id: PlanSectionId;
  heading: string;
  line: number;
  filled: boolean;
  text: string;
}

export interface RollbackPlan {
  found: boolean;
  filled: boolean;
  heading?: string;
  line?: number;
  sections: Partial<Record<PlanSectionId, PlanSection>>;
  /** The plan declares the stage forward-only (no down path; backup and restore instead). */
  forwardOnly: boolean;
  /** Plain text of the filled plan, placeholders removed. */
  text: string;
}

export interface RevertSha {
  sha?: string;
  line?: number;
  error?: string;
}

export interface Checkbox {
  text: string;
  checked: boolean;
  line: number;
}

export interface ParsedDescription {
  plan: RollbackPlan;
  revertSha: RevertSha;
  checkboxes: Checkbox[];
}

/** Normalise heading or label text: lower case, letters and digits only, single spaces. */
export const normalizeLabel = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();

const PLAN_HEADINGS = new Set([
  'rollback plan',
  'rollback',
  'rollback strategy',
  'rollback procedure',
  'rollback playbook',
  'roll back plan',
  'roll back',
  'stage rollback plan',
  'rollback plan required',
  'rollback and recovery',
  'rollback recovery plan',
]);

const SYNONYMS = new Map<string, PlanSectionId>(PLAN_SECTIONS.flatMap((s) => s.synonyms.map((w) => [w, s.id] as const)));

function isPlanHeading(text: string): boolean {
  const n = normalizeLabel(text);
  if (PLAN_HEADINGS.has(n)) return true;
  return /^(stage |migration |deployment |deploy )?roll ?back (plan|strategy|playbook)\b/.test(n);
}

export function sectionIdOf(label: string): PlanSectionId | undefined {
  const n = normalizeLabel(label);
  if (!n) return undefined;
  const direct = SYNONYMS.get(n);
  if (direct) return direct;
  // "Rollback steps (production)", "Data considerations for this stage"…
  for (const [synonym, id] of SYNONYMS) if (synonym.length > 4 && n.startsWith(`${synonym} `)) return id;
  return undefined;
}

// Placeholder words and shapes that mean "not written yet".
const UNFILLED_WORD = /\b(todo|tbd|tbc|fixme|xxx|fill (this|me) in|to be (decided|determined|filled))\b/i;
const PLACEHOLDER = /\{\{[^{}]*\}\}|\{[^{}]*\}|<[^<>]*>|\[[^[\]]*(placeholder|insert|describe)[^[\]]*\]/gi;
const FILLER_ONLY = /^(n\/?a|none yet|\.{2,}|…|-+|_+|\?+)$/i;

/** Meaningful text of some nodes: comments, unticked boxes and placeholders removed. */
function meaningfulText(nodes: readonly Nodes[]): { text: string; unfilledMarker: boolean } {
  const parts: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'html') return;
    if (node.type === 'listItem' && node.checked === false) return;
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code') {
      parts.push(node.value);
      return;
    }
    if ('children' in node) {
      for (const child of node.children as Nodes[]) walk(child);
      if (node.type === 'paragraph' || node.type === 'listItem' || node.type === 'heading' || node.type === 'tableRow') parts.push('\n');
    }
  };
  for (const n of nodes) walk(n);
  const raw = parts.join(' ');
  const unfilledMarker = UNFILLED_WORD.test(raw);
  const text = raw
    .replace(PLACEHOLDER, ' ')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    // A lead-in ("After rollback, confirm:") whose list was only unticked boxes says nothing.
    .filter((l) => l && !FILLER_ONLY.test(l) && !l.endsWith(':'))
    .join('\n');
  return { text, unfilledMarker };
}

const hasContent = (m: { text: string; unfilledMarker: boolean }) =>
  !m.unfilledMarker && (m.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= 3;

const lineOf = (node: { position?: { start: { line: number } } }) => node.position?.start.line ?? 1;

interface Span {
  id: PlanSectionId;
  heading: string;
  line: number;
  nodes: Nodes[];
}

/** Split plan content into subsections: deeper headings, bold labels, or "Label: text" list items. */
function splitSections(nodes: RootContent[], planDepth: number): { own: Nodes[]; spans: Span[] } {
  const own: Nodes[] = [];
  const spans: Span[] = [];
  let current: Span | undefined;
  let currentDepth = Number.POSITIVE_INFINITY;
  for (const node of nodes) {
    if (node.type === 'heading' && node.depth > planDepth) {
      const id = sectionIdOf(toString(node));
      if (id) {
        current = { id, heading: toString(node), line: lineOf(node), nodes: [] };
        currentDepth = node.depth;
        spans.push(current);
        continue;
      }
      if (current && node.depth <= currentDepth) current = undefined;
    }
    const label = node.type === 'paragraph' ? boldLabel(node) : undefined;
    if (label) {
      current = { id: label.id, heading: label.label, line: lineOf(node), nodes: label.rest ? [label.rest] : [] };
      currentDepth = Number.POSITIVE_INFINITY;
      spans.push(current);
      continue;
    }
    if (node.type === 'list' && !current) {
      const labelled = labelledItems(node);
      if (labelled.length) {
        spans.push(...labelled);
        continue;
      }
    }
    (current ? current.nodes : own).push(node);
  }
  return { own, spans };
}

/** `**Trigger:** text` or `**Trigger**: text` as a pseudo-heading. */
function boldLabel(paragraph: Paragraph): { id: PlanSectionId; label: string; rest?: Paragraph } | undefined {
  const [first, ...rest] = paragraph.children;
  if (!first || first.type !== 'strong') return undefined;
  const label = toString(first).replace(/:\s*$/, '');
  const id = sectionIdOf(label);
  if (!id) return undefined;
  const tail = rest.map((n) => toString(n)).join('').replace(/^\s*:/, '');
  return { id, label, rest: tail.trim() ? { type: 'paragraph', children: [{ type: 'text', value: tail }], position: paragraph.position } : undefined };
}

/** A list whose items start "Trigger: …", "Steps: …". */
function labelledItems(list: List): Span[] {
  const spans: Span[] = [];
  for (const item of list.children) {
    const first = item.children[0];
    if (!first || first.type !== 'paragraph') return [];
    const text = toString(first);
    const colon = text.indexOf(':');
    const id = colon > 0 ? sectionIdOf(text.slice(0, colon)) : undefined;
    if (!id) return [];
    const rest = text.slice(colon + 1);
    const nodes: Nodes[] = [{ type: 'paragraph', children: [{ type: 'text', value: rest }], position: first.position }, ...(item.children.slice(1) as Nodes[])];
    spans.push({ id, heading: text.slice(0, colon), line: lineOf(item), nodes });
  }
  return spans;
}

const EMPTY_PLAN: RollbackPlan = { found: false, filled: false, sections: {}, forwardOnly: false, text: '' };
const FORWARD_ONLY = /\b(forward[- ]only|roll(ing)? forward only|no down migration|without a down migration|cannot be rolled back|can ?not roll back|irreversible|one[- ]way)\b/i;

function readPlan(root: Root): RollbackPlan {
  const children = root.children;
  const index = children.findIndex((n) => n.type === 'heading' && isPlanHeading(toString(n)));
  if (index < 0) return EMPTY_PLAN;
  const heading = children[index] as Heading;
  let end = index + 1;
  while (end < children.length) {
    const n = children[end]!;
    if (n.type === 'heading' && n.depth <= heading.depth) break;
    end++;
  }
  const { own, spans } = splitSections(children.slice(index + 1, end), heading.depth);
  const sections: RollbackPlan['sections'] = {};
  const texts: string[] = [];
  const ownText = meaningfulText(own);
  if (hasContent(ownText)) texts.push(ownText.text);
  for (const span of spans) {
    const m = meaningfulText(span.nodes);
    const filled = hasContent(m);
    const previous = sections[span.id];
    if (previous?.filled && !filled) continue;
    sections[span.id] = { id: span.id, heading: span.heading, line: span.line, filled, text: filled ? m.text : '' };
    if (filled) texts.push(m.text);
  }
  const anySection = Object.values(sections).some((s) => s?.filled);
  // An unfilled template keeps its boilerplate (default triggers…) but its steps are placeholders:
  // when a steps subsection exists, it decides.
  const filled = sections.steps ? sections.steps.filled || hasContent(ownText) : anySection || hasContent(ownText);
  const text = texts.join('\n');
  return {
    found: true,
    filled,
    heading: toString(heading),
    line: lineOf(heading),
    sections,
    forwardOnly: filled && FORWARD_ONLY.test(text),
    text,
  };
}

const SHA_LABEL =
  /(?:revert(?:ed)?[ -]?(?:to[ -])?(?:sha|commit|point|target)?|last[ -]known[ -]good(?:[ -](?:sha|commit|version))?|lkg(?:[ -](?:sha|commit))?|roll ?back[ -]to(?:[ -](?:sha|commit))?)\s*(?:sha|commit)?\s*(?:[:=]|\s[-–—]|\sis\b)?\s*`?([0-9a-f]{7,40})(?![0-9a-z])/gi;
const LABEL_ONLY = /^(revert( sha| commit)?|last known good( sha| commit)?|lkg( sha| commit)?|roll ?back to( sha| commit)?)$/;
const HEX_START = /^`?([0-9a-f]{7,40})(?![0-9a-z])/i;

function readRevertSha(root: Root): RevertSha {
  const found: { sha: string; line: number }[] = [];
  const blocks: { text: string; line: number; node: Nodes }[] = [];
  visit(root, (node) => {
    if (node.type === 'paragraph' || node.type === 'heading' || node.type === 'tableCell') {
      blocks.push({ text: toString(node), line: lineOf(node), node });
      return 'skip';
    }
    if (node.type === 'tableRow') {
      const row = node as TableRow;
      blocks.push({ text: row.children.map((c) => toString(c)).join(': '), line: lineOf(row), node: row });
      return 'skip';
    }
    return undefined;
  });
  blocks.forEach((block, i) => {
    SHA_LABEL.lastIndex = 0;
    for (const m of block.text.matchAll(SHA_LABEL)) {
      const before = block.text.slice(0, m.index);
      found.push({ sha: m[1]!.toLowerCase(), line: block.line + (before.match(/\n/g)?.length ?? 0) });
    }
    // A label as a heading (or alone in a paragraph), the SHA in the next block.
    if (block.node.type === 'heading' || block.node.type === 'paragraph') {
      if (LABEL_ONLY.test(normalizeLabel(block.text))) {
        const next = blocks[i + 1];
        const hex = next && HEX_START.exec(next.text.trim());
        if (next && hex) found.push({ sha: hex[1]!.toLowerCase(), line: next.line });
      }
    }
  });
  if (found.length === 0) return {};
  const distinct: string[] = [];
  for (const { sha } of found) {
    if (distinct.some((d) => d.startsWith(sha) || sha.startsWith(d))) continue;
    distinct.push(sha);
  }
  const first = found[0]!;
  if (distinct.length > 1) {
    return {
      sha: first.sha,
      line: first.line,
      error: `Several different revert SHAs are named (${distinct.map((s) => s.slice(0, 12)).join(', ')}): name exactly one last-known-good commit.`,
    };
  }
  // The longest spelling of the one SHA named is the most precise.
  const longest = found.reduce((a, b) => (b.sha.length > a.sha.length ? b : a), first);
  return { sha: longest.sha, line: first.line };
}

function readCheckboxes(root: Root): Checkbox[] {
  const boxes: Checkbox[] = [];
  visit(root, 'listItem', (item: ListItem) => {
    if (typeof item.checked !== 'boolean') return;
    const first = item.children[0];
    boxes.push({ text: first ? toString(first).trim() : '', checked: item.checked, line: lineOf(item) });
  });
  return boxes;
}

// GitHub caps a description at 65,536 characters; well past that we stop reading rather than
// spend seconds on a pasted log.
const MAX_BODY = 2_000_000;

export function parseDescription(body: string | null | undefined): ParsedDescription {
  if (!body || typeof body !== 'string') return { plan: EMPTY_PLAN, revertSha: {}, checkboxes: [] };
  // Control characters (binary junk) carry no meaning in a description.
  const text = body.slice(0, MAX_BODY).replace(/\r\n?/g, '\n').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, ' ');
  let root: Root;
  try {
    root = fromMarkdown(text, { extensions: [gfm()], mdastExtensions: [gfmFromMarkdown()] });
  } catch {
    return { plan: EMPTY_PLAN, revertSha: {}, checkboxes: [] };
  }
  return { plan: readPlan(root), revertSha: readRevertSha(root), checkboxes: readCheckboxes(root) };
}
