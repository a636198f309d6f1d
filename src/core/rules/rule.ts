import type { SeveritySetting } from '../types';

export type RuleCategory = 'destructive' | 'incompatible' | 'data' | 'locking' | 'reversibility' | 'deploy' | 'drill' | 'meta';

/**
 * One rule of the catalogue. Each lives in `src/core/rules/<id>.ts` (file name == id), has a doc
 * page `docs/rules/<id>.md` and fixtures `test/fixtures/rules/<id>/{ok,err}/…`.
 * The checking code lives with the analyser that understands the input (SQL statements, framework
 * DSLs, deploy files); the rule file is the single source of its id, category, severity and text.
 */
export interface Rule {
  id: string;
  category: RuleCategory;
  defaultSeverity: SeveritySetting;
  /** One line: what it flags. Used in reports and `--help`. */
  summary: string;
}

export const defineRule = (rule: Rule): Rule => rule;
