// "Next steps": what the author does now, most important first, at most five lines, so nobody has
// to read seven gate messages to learn it. Plain strings with Markdown code spans: the comment
// escapes the text around the code spans, the terminal prints them as they are.

import { PLAN_SECTIONS } from '../description/labels';
import type { Evaluation } from '../evaluate';
import { reversibleAdvice } from '../gates';
import { getRule } from '../rules/index';
import type { Finding, GateId } from '../types';
import { itemsToTick } from './plan-skeleton';

export const MAX_NEXT_STEPS = 5;

/** The comment syntax of an inline ignore in this file. */
function ignorePrefix(path: string): [string, string] {
  const name = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (name.endsWith('.sql')) return ['--', ''];
  if (name.endsWith('.xml')) return ['<!--', ' -->'];
  if (/\.(?:js|cjs|mjs|ts|cts|mts|go|php|kt|java|scala|swift|cs)$/.test(name)) return ['//', ''];
  return ['#', ''];
}

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

function findingsStep(standing: Finding[], evaluation: Evaluation): string {
  const first = standing[0]!;
  const rules = [...new Set(standing.map((f) => f.rule))];
  const where = standing
    .slice(0, 3)
    .map((f) => `\`${f.rule}\` at ${f.path}:${f.line}`)
    .join(', ');
  const more = standing.length > 3 ? `, and ${standing.length - 3} more` : '';
  const [open, close] = ignorePrefix(first.path);
  const who = evaluation.config.overrides.permission;
  return (
    `Resolve ${plural(standing.length, 'error finding')} (${where}${more}): fix the migration, or put ` +
    `\`${open} rollback-ready-ignore ${first.rule}: <why it is safe here>${close}\` on the line above the statement, ` +
    `or ask someone with ${who} access to comment \`/rollback ack ${rules[0]} <reason>\`.`
  );
}

/** The next steps for a failing evaluation (empty when it passes or does not apply). */
export function nextSteps(evaluation: Evaluation, ctx: { baseSha?: string } = {}): string[] {
  const { report, description } = evaluation;
  if (report.verdict !== 'fail') return [];
  const gate = (id: GateId) => report.gates.find((g) => g.id === id);
  const failing = (id: GateId) => gate(id)?.status === 'fail';
  const steps: string[] = [];
  const planFilled = description.plan.filled;

  if (failing('findings') && gate('findings')!.message.startsWith('The pull request changes')) steps.push(gate('findings')!.message);

  if (failing('rollback-plan')) {
    steps.push(
      description.plan.found
        ? 'Fill in the "Rollback plan" section of the description: it holds only template text, placeholders or comments. The skeleton below is pre-filled with what rollback-ready knows.'
        : 'Add a "Rollback plan" section to the description: copy the skeleton below, pre-filled with what rollback-ready knows, and fill in each `<!-- … -->`.',
    );
  } else if (failing('plan-sections')) {
    const titles = evaluation.missingSections.map((id) => `"${sectionTitle(id)}"`).join(', ');
    steps.push(`Add to the rollback plan: ${titles} (in the skeleton below).`);
  }

  if (failing('revert-sha')) {
    const named = description.revertSha;
    if (!named.sha && !named.error) {
      steps.push(
        ctx.baseSha
          ? `Name the revert SHA in the description: \`Revert SHA: ${ctx.baseSha.slice(0, 12)}\` (the base branch head, if it is known good).`
          : 'Name the revert SHA in the description: `Revert SHA: <last known good commit>`.',
      );
    } else steps.push(gate('revert-sha')!.message);
  }

  if (failing('reversible')) {
    const advice = reversibleAdvice(evaluation.reversible, planFilled);
    steps.push(advice || gate('reversible')!.message);
  }

  if (failing('findings') && !gate('findings')!.message.startsWith('The pull request changes')) {
    // The reversible gate's step already covers the reversibility findings of its migrations.
    const ownedByReversible = new Set(evaluation.reversible.uncovered.map(([path]) => path));
    const standing = report.findings.filter(
      (f) => f.severity === 'error' && !f.suppressed && !(ownedByReversible.has(f.path) && getRule(f.rule)?.category === 'reversibility'),
    );
    if (standing.length) steps.push(findingsStep(standing, evaluation));
  }

  if (failing('checklist')) {
    const tick = itemsToTick(evaluation.checklist);
    if (tick.length) {
      const who = `${evaluation.config.attest.permission} access`;
      const list = tick.map((l) => `"${l.item.text}"${l.state === 'not-allowed' ? ` (ticked by @${l.by}, who may not attest it)` : ''}`).join('; ');
      steps.push(
        `Tick ${plural(tick.length, 'checklist item')} when ${tick.length > 1 ? 'they are' : 'it is'} true: ${list}. Tick them in the description (counts for the PR author, with ${who}) or in the rollback-ready comment (anyone with ${who}).`,
      );
    } else steps.push(gate('checklist')!.message);
  }

  if (failing('drill')) steps.push(gate('drill')!.message);
  return steps.slice(0, MAX_NEXT_STEPS);
}

const sectionTitle = (id: string) => PLAN_SECTIONS.find((s) => s.id === id)?.title ?? id;
