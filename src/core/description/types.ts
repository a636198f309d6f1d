import type { PlanSectionId } from './labels';

export interface PlanSection {
  id: PlanSectionId;
  /** The heading or label as written. */
  heading: string;
  /** 1-based line of the heading or label. */
  line: number;
  /** Has real content: not only placeholders, comments, TODOs, template text or unticked template boxes. */
  filled: boolean;
  /** Plain text of the section, placeholders and comments removed. */
  text: string;
}

export interface RollbackPlan {
  /** A rollback plan heading exists. */
  found: boolean;
  /** It has real content (own text or any filled subsection). */
  filled: boolean;
  heading?: string;
  line?: number;
  sections: Partial<Record<PlanSectionId, PlanSection>>;
  /** The filled plan declares the stage forward-only ("forward-only", "no down migration", "irreversible" …). */
  forwardOnly: boolean;
  /** Plain text of the filled plan (placeholders removed); '' when not filled. */
  text: string;
}

export interface RevertSha {
  sha?: string;
  line?: number;
  /** e.g. several different SHAs named. */
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
  /** The body was longer than MAX_PARSE_CHARS and only its beginning was read. */
  truncated?: boolean;
  /** The GFM parser failed (pathological input) and a fallback tree was used. */
  parseError?: string;
}
