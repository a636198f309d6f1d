// The PR description parser: the rollback plan and its subsections, the revert SHA, and the
// task-list checkboxes, read from the body as GFM Markdown (mdast). Pure: no I/O. Never throws.

import { extractCheckboxes } from './checkboxes';
import { parseMarkdown } from './markdown';
import { extractPlan } from './plan';
import { extractRevertSha } from './revert-sha';
import type { ParsedDescription } from './types';

export { PLAN_SECTIONS, mapSection, isPlanHeading, normaliseLabel } from './labels';
/** Aliases kept for callers of the first version of this module. */
export { mapSection as sectionIdOf, normaliseLabel as normalizeLabel } from './labels';
export type { PlanSectionId, PlanSectionInfo } from './labels';
export type { Checkbox, ParsedDescription, PlanSection, RevertSha, RollbackPlan } from './types';
export { MAX_PARSE_CHARS } from './markdown';

function empty(): ParsedDescription {
  return {
    plan: { found: false, filled: false, sections: {}, forwardOnly: false, text: '' },
    revertSha: {},
    checkboxes: [],
  };
}

export function parseDescription(body: string | null | undefined): ParsedDescription {
  if (typeof body !== 'string' || body.length === 0) return empty();
  const parsed = parseMarkdown(body);
  const result = empty();
  // Each extractor is guarded on its own: one failing on hostile input keeps the others.
  try {
    result.plan = extractPlan(parsed.root);
  } catch {
    /* keep the empty plan */
  }
  try {
    result.revertSha = extractRevertSha(parsed.root);
  } catch {
    /* keep no SHA */
  }
  try {
    result.checkboxes = extractCheckboxes(parsed.root);
  } catch {
    /* keep no checkboxes */
  }
  if (parsed.truncated) result.truncated = true;
  if (parsed.parseError !== undefined) result.parseError = parsed.parseError;
  return result;
}
