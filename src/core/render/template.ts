import type { Config } from '../config';
import type { Evaluation } from '../evaluate';
import { renderFullPlan } from './plan-skeleton';

/**
 * A complete rollback-plan section for the PR description, sized to the change's risk: the
 * sections that risk requires (in the order the comment's skeleton uses), pre-filled with the
 * framework's rollback command, the data the findings say a rollback loses and the suggested
 * revert SHA, and the checklist items people attest with who may tick them.
 */
export function renderTemplate(evaluation: Evaluation, config: Config, ctx: { baseSha?: string }): string {
  return renderFullPlan(evaluation, config, ctx);
}
