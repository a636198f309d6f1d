// The rollback plan section and its subsections.

import type { Heading, List, Nodes, Paragraph, Root, RootContent, Table } from 'mdast';
import { collectUnits, judge, rowUnit, type JudgedUnit, type Unit } from './content';
import { splitLabelLines } from './label-lines';
import { PLAN_SECTIONS, isPlanHeading, mapSection, normaliseLabel, type PlanSectionId } from './labels';
import { HTML_MARK, inlineText, lineOf } from './markdown';
import type { PlanSection, RollbackPlan } from './types';

/** Depth given to bold or `Label:` pseudo-headings: below every real heading. */
const PSEUDO_DEPTH = 7;

interface Draft {
  id: PlanSectionId;
  heading: string;
  line: number;
  depth: number;
  kind: 'heading' | 'pseudo' | 'list' | 'table';
}

interface Label {
  label: string;
  /** Text after the label (may be empty). */
  rest: string;
  restLine: number;
  /** The label is the whole paragraph. */
  alone: boolean;
  bold: boolean;
}

function clean(text: string): string {
  return text.split(HTML_MARK).join(' ').replace(/\s+/g, ' ').trim();
}

function headingText(h: Heading): string {
  return clean(inlineText(h).text);
}

/** `**Trigger:** text`, `**Trigger**: text`, `Trigger: text` at the start of a paragraph. */
function paragraphLabel(p: Paragraph, allowPlain: boolean): Label | undefined {
  let first = 0;
  while (first < p.children.length) {
    const c = p.children[first];
    if (c && c.type === 'text' && c.value.trim() === '') first++;
    else break;
  }
  const head = p.children[first];
  if (!head) return undefined;
  if (head.type === 'strong') {
    let label = clean(inlineText(head).text);
    const restInline = inlineText(p, first + 1);
    let rest = restInline.text;
    let offset = 0;
    if (label.endsWith(':')) label = label.slice(0, -1).trim();
    else {
      const m = /^\s*[:\-–—]/.exec(rest);
      if (m) offset = m[0].length;
    }
    const lead = /^\s*/.exec(rest.slice(offset));
    offset += lead ? lead[0].length : 0;
    rest = rest.slice(offset);
    if (label.length === 0) return undefined;
    return {
      label,
      rest,
      restLine: restInline.lineAt(offset),
      alone: clean(rest).length === 0,
      bold: true,
    };
  }
  if (!allowPlain) return undefined;
  const all = inlineText(p);
  const colon = all.text.indexOf(':');
  if (colon <= 0 || colon > 60) return undefined;
  const label = all.text.slice(0, colon);
  if (label.includes('\n') || label.includes(HTML_MARK) || label.trim().split(/\s+/).length > 6) return undefined;
  let offset = colon + 1;
  const lead = /^\s*/.exec(all.text.slice(offset));
  offset += lead ? lead[0].length : 0;
  const rest = all.text.slice(offset);
  return { label: label.trim(), rest, restLine: all.lineAt(offset), alone: clean(rest).length === 0, bold: false };
}

/** "Rollback time estimate: 15 minutes" as a heading: label and value. */
function splitHeading(text: string): { label: string; value: string } {
  const colon = text.indexOf(':');
  if (colon > 0) return { label: text.slice(0, colon), value: text.slice(colon + 1).trim() };
  return { label: text, value: '' };
}

interface PlanStart {
  index: number; // first block of the region
  depth: number; // the plan ends at a heading above this depth, or at this depth unless it continues the plan
  heading: string;
  line: number;
  pseudo: boolean;
  /** Fallback plans (no plan heading, a "Rollback steps" heading) also end at an unmapped heading of this depth. */
  endOnUnmappedAt?: number;
  /** Units the opening block already carries (text after `Rollback plan:`). */
  ownUnits: Unit[];
  /** The opening block is itself the first subsection (fallback plans). */
  firstSection?: Draft;
  firstUnits?: Unit[];
}

function findPlan(blocks: readonly RootContent[]): PlanStart | undefined {
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as RootContent;
    if (b.type === 'heading') {
      const text = headingText(b);
      if (isPlanHeading(text)) {
        return { index: i + 1, depth: b.depth, heading: text, line: lineOf(b), pseudo: false, ownUnits: [] };
      }
    } else if (b.type === 'paragraph') {
      const label = paragraphLabel(b, true);
      if (label && (label.bold || !label.alone) && isPlanHeading(label.label)) {
        const ownUnits: Unit[] = label.alone ? [] : [{ raw: label.rest, line: label.restLine, kind: 'text' }];
        return { index: i + 1, depth: PSEUDO_DEPTH, heading: label.label, line: lineOf(b), pseudo: true, ownUnits };
      }
    }
  }
  // No plan heading: "## Rollback steps" / "## Rollback trigger" siblings make a plan of their own.
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as RootContent;
    if (b.type === 'paragraph') {
      // `**Rollback trigger:** …` / `**Rollback steps:** …` labels without a plan heading above them.
      const label = paragraphLabel(b, false);
      const id = label?.bold ? mapSection(label.label) : undefined;
      if (label && id && normaliseLabel(label.label).split(' ').includes('rollback')) {
        const first: Draft = { id, heading: label.label, line: lineOf(b), depth: PSEUDO_DEPTH, kind: 'pseudo' };
        return {
          index: i + 1,
          depth: PSEUDO_DEPTH,
          heading: label.label,
          line: lineOf(b),
          pseudo: true,
          ownUnits: [],
          firstSection: first,
          firstUnits: label.alone ? [] : [{ raw: label.rest, line: label.restLine, kind: 'text' }],
        };
      }
    }
    if (b.type !== 'heading') continue;
    const text = headingText(b);
    const { label, value } = splitHeading(text);
    const id = mapSection(label) ?? mapSection(text);
    if (id && normaliseLabel(text).split(' ').includes('rollback')) {
      const first: Draft = { id, heading: text, line: lineOf(b), depth: b.depth, kind: 'heading' };
      const byLabel = value ? mapSection(label) : undefined;
      return {
        index: i + 1,
        depth: b.depth - 1,
        heading: text,
        line: lineOf(b),
        pseudo: false,
        endOnUnmappedAt: b.depth,
        ownUnits: [],
        firstSection: first,
        firstUnits: byLabel ? [{ raw: value, line: lineOf(b), kind: 'text' }] : [],
      };
    }
  }
  return undefined;
}

const FORWARD_ONLY: RegExp[] = [
  /\bforward[\s-]*only\b/gi,
  /\broll(?:ing)?[\s-]*forward[\s-]*only\b/gi,
  /\bno\s+down[\s-]*migrations?\b/gi,
  /\bno\s+(?:down|rollback|undo)\s+(?:path|script|step)s?\b/gi,
  /\bir+eversible\b/gi,
  /\bnot\s+reversible\b/gi,
  /\bcan(?:not|'t|’t)\s+be\s+(?:rolled\s+back|reverted|reversed|undone)\b/gi,
  /\bone[\s-]way\s+(?:migration|change|door)\b/gi,
];
const NEGATION = /\b(?:not|no|isn't|isn’t|never|nothing|without)\s+(?:\w+\s+){0,1}$/i;

export function declaresForwardOnly(text: string): boolean {
  for (const re of FORWARD_ONLY) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      const before = text.slice(Math.max(0, m.index - 24), m.index);
      if (!NEGATION.test(before) || /^no\s/i.test(m[0])) return true;
    }
  }
  return false;
}

const NOT_FOUND: RollbackPlan = { found: false, filled: false, sections: {}, forwardOnly: false, text: '' };

/**
 * The rollback plan of a description: at the top level first, then inside a block quote or a
 * list item (`- **Rollback plan:** …` in a checklist-style template), a few levels down.
 */
export function extractPlan(root: Root): RollbackPlan {
  const direct = extractPlanFrom(root.children);
  if (direct.found) return direct;
  const containers: { blocks: readonly RootContent[]; depth: number }[] = [{ blocks: root.children, depth: 0 }];
  while (containers.length) {
    const { blocks, depth } = containers.shift()!;
    if (depth >= 3) continue;
    for (const b of blocks) {
      const inner: (readonly RootContent[])[] =
        b.type === 'blockquote' ? [b.children] : b.type === 'list' ? b.children.map((item) => item.children as RootContent[]) : [];
      for (const children of inner) {
        const plan = extractPlanFrom(children);
        if (plan.found) return plan;
        containers.push({ blocks: children, depth: depth + 1 });
      }
    }
  }
  return NOT_FOUND;
}

function extractPlanFrom(given: readonly RootContent[]): RollbackPlan {
  const blocks = splitLabelLines(given);
  const start = findPlan(blocks);
  if (!start) return NOT_FOUND;
  const draft = new PlanDraft();
  draft.push(null, start.ownUnits);
  if (start.firstSection) {
    draft.current = draft.open(start.firstSection);
    draft.push(draft.current, start.firstUnits ?? []);
  }
  for (let i = start.index; i < blocks.length; i++) {
    if (takeBlock(blocks[i] as RootContent, start, draft) === 'end') break;
  }
  return judgePlan(start, draft);
}

/** The plan's sections as found so far, the content units each owns, and the section being read. */
class PlanDraft {
  readonly drafts = new Map<PlanSectionId, Draft>();
  readonly units: { owner: PlanSectionId | null; unit: Unit }[] = [];
  current: Draft | null = null;

  /** A section opened again keeps its first heading and line. */
  open(d: Draft): Draft {
    const existing = this.drafts.get(d.id);
    if (existing) return { ...existing, depth: d.depth, kind: d.kind };
    this.drafts.set(d.id, d);
    return d;
  }

  push(owner: Draft | null, list: Unit[]): void {
    for (const unit of list) this.units.push({ owner: owner ? owner.id : null, unit });
  }

  pushNodes(owner: Draft | null, nodes: readonly Nodes[]): void {
    const list: Unit[] = [];
    collectUnits(nodes, list);
    this.push(owner, list);
  }
}

/** Read one block of the plan's region: `end` when it closes the plan. */
function takeBlock(b: RootContent, start: PlanStart, draft: PlanDraft): 'end' | 'next' {
  if (b.type === 'heading') return takeHeading(b, start, draft);
  if (b.type === 'paragraph') return takeParagraph(b, start, draft);
  const { current } = draft;
  if (b.type === 'list' && (current === null || current.kind === 'list' || current.kind === 'pseudo') && takeLabelledList(b, draft)) return 'next';
  if (b.type === 'table' && current === null && takeLabelledTable(b, draft)) return 'next';
  draft.pushNodes(current, [b]);
  return 'next';
}

function takeHeading(b: Heading, start: PlanStart, draft: PlanDraft): 'end' | 'next' {
  const text = headingText(b);
  if (start.pseudo || b.depth < start.depth) return 'end';
  // "## Rollback plan" followed by sibling "## Rollback steps", "## Data considerations" …
  if (b.depth === start.depth && !continuesPlan(text)) return 'end';
  const { label, value } = splitHeading(text);
  const byLabel = value ? mapSection(label) : undefined;
  const id = byLabel ?? mapSection(text);
  if (!id && start.endOnUnmappedAt !== undefined && b.depth <= start.endOnUnmappedAt) return 'end';
  if (id) {
    draft.current = draft.open({ id, heading: text, line: lineOf(b), depth: b.depth, kind: 'heading' });
    if (byLabel && value) draft.push(draft.current, [{ raw: value, line: lineOf(b), kind: 'text' }]);
  } else if (!(draft.current && b.depth > draft.current.depth)) draft.current = null;
  return 'next';
}

function takeParagraph(b: Paragraph, start: PlanStart, draft: PlanDraft): 'end' | 'next' {
  const plainOk = draft.current === null || draft.current.kind !== 'heading';
  const label = paragraphLabel(b, plainOk);
  const id = label ? mapSection(label.label) : undefined;
  if (label && id) {
    draft.current = draft.open({ id, heading: label.label, line: lineOf(b), depth: PSEUDO_DEPTH, kind: 'pseudo' });
    if (!label.alone) draft.push(draft.current, [{ raw: label.rest, line: label.restLine, kind: 'text' }]);
    return 'next';
  }
  if (label && label.bold && label.alone) {
    // An unmapped bold pseudo-heading: ends a pseudo plan, closes a pseudo section.
    if (start.pseudo) return 'end';
    if (draft.current && draft.current.kind !== 'heading') draft.current = null;
    return 'next';
  }
  if (start.pseudo && label && !label.bold && label.label.split(/\s+/).length <= 4 && !isPlanLike(label.label)) {
    // "Testing: ran the suite" after an inline `Rollback plan: …` paragraph.
    return 'end';
  }
  draft.pushNodes(draft.current, [b]);
  return 'next';
}

/** A list of labelled items: each label opens its section; false when no item is labelled. */
function takeLabelledList(list: List, draft: PlanDraft): boolean {
  const labelled = labelledList(list, draft.current);
  if (!labelled) return false;
  for (const part of labelled) {
    if (part.draft) draft.push(draft.open(part.draft), part.units);
    else draft.push(draft.current, part.units);
  }
  draft.current = null;
  return true;
}

/** A table whose first column names sections; false when no row does. */
function takeLabelledTable(table: Table, draft: PlanDraft): boolean {
  const parts = labelledTable(table);
  if (!parts) return false;
  for (const part of parts) draft.push(part.draft ? draft.open(part.draft) : null, part.units);
  return true;
}

/** Judge each unit's content: a section is filled when it holds something meaningful. */
function judgePlan(start: PlanStart, draft: PlanDraft): RollbackPlan {
  const judged: { owner: PlanSectionId | null; unit: JudgedUnit }[] = draft.units.map((u) => ({
    owner: u.owner,
    unit: judge(u.unit, u.owner === 'steps' || u.owner === 'verification'),
  }));
  const sections: Partial<Record<PlanSectionId, PlanSection>> = {};
  for (const info of PLAN_SECTIONS) {
    const d = draft.drafts.get(info.id);
    if (!d) continue;
    const mine = judged.filter((j) => j.owner === info.id).map((j) => j.unit);
    sections[info.id] = {
      id: info.id,
      heading: d.heading,
      line: d.line,
      filled: mine.some((u) => u.meaningful),
      text: mine
        .filter((u) => u.keep)
        .map((u) => u.clean)
        .join('\n'),
    };
  }
  const ownFilled = judged.some((j) => j.owner === null && j.unit.meaningful);
  const filled = ownFilled || Object.values(sections).some((s) => s.filled);
  const text = filled
    ? judged
        .filter((j) => j.unit.keep && (j.owner === null || sections[j.owner]?.filled))
        .map((j) => j.unit.clean)
        .join('\n')
    : '';
  return {
    found: true,
    filled,
    heading: start.heading,
    line: start.line,
    sections,
    forwardOnly: filled && declaresForwardOnly(text),
    text,
  };
}

const SIBLING_TITLES = new Set(['data considerations', 'point of no return', 'backup and restore', 'abort criteria']);

/** A heading at the plan heading's own level that still belongs to the plan. */
function continuesPlan(text: string): boolean {
  const { label, value } = splitHeading(text);
  const n = normaliseLabel(value ? label : text);
  if (!mapSection(n)) return false;
  return n.split(' ').includes('rollback') || SIBLING_TITLES.has(n);
}

function isPlanLike(label: string): boolean {
  return mapSection(label) !== undefined || isPlanHeading(label);
}

interface Part {
  draft?: Draft;
  units: Unit[];
}

/** A list whose items start with section labels ("- Trigger: …"); undefined when none does. */
function labelledList(list: List, current: Draft | null): Part[] | undefined {
  const parts: Part[] = [];
  let any = false;
  for (const item of list.children) {
    const [first, ...others] = item.children;
    const label = first && first.type === 'paragraph' ? paragraphLabel(first, true) : undefined;
    const id = label ? mapSection(label.label) : undefined;
    if (label && id && typeof item.checked !== 'boolean') {
      any = true;
      const units: Unit[] = [];
      if (!label.alone) units.push({ raw: label.rest, line: label.restLine, kind: 'text' });
      collectUnits(others, units);
      parts.push({ draft: { id, heading: label.label, line: lineOf(item), depth: PSEUDO_DEPTH, kind: 'list' }, units });
    } else {
      const units: Unit[] = [];
      collectUnits([item], units);
      // Unlabelled items follow the labelled item above them, or the context of the list.
      const prev = parts[parts.length - 1];
      if (prev?.draft) prev.units.push(...units);
      else parts.push(current ? { draft: current, units } : { units });
    }
  }
  return any ? parts : undefined;
}

/** A table whose first column names sections ("| Trigger | error rate > 2x |"). */
function labelledTable(table: Table): Part[] | undefined {
  const parts: Part[] = [];
  let any = false;
  for (const [index, row] of table.children.entries()) {
    const [first, ...others] = row.children;
    const id = first ? mapSection(clean(inlineText(first).text)) : undefined;
    if (first && id) {
      any = true;
      const units: Unit[] = [];
      collectUnits(others, units);
      parts.push({ draft: { id, heading: clean(inlineText(first).text), line: lineOf(row), depth: PSEUDO_DEPTH, kind: 'table' }, units });
    } else if (index > 0) {
      // The header row ("| Section | Details |") is structure, not content.
      parts.push({ units: [rowUnit(row)] });
    }
  }
  return any ? parts : undefined;
}
