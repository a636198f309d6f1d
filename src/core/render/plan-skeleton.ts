// The text an author pastes into the PR description: pre-filled with what rollback-ready knows
// (the framework's rollback command for this change's migrations, the data the findings say a
// rollback loses, the suggested revert SHA, the checklist lines still to tick and who may tick
// them), so the author edits instead of writing from nothing. Pure string building.

import type { Config } from '../config';
import { PLAN_SECTIONS, type PlanSectionId } from '../description/labels';
import type { Evaluation } from '../evaluate';
import type { ChecklistLine } from '../gates';
import { inherentlyForwardOnly, rollbackCommands } from '../reversibility';
import { getRule } from '../rules/index';

export interface SkeletonContext {
  /** Suggested revert SHA (the base branch head). */
  baseSha?: string;
}

const title = (id: PlanSectionId) => PLAN_SECTIONS.find((s) => s.id === id)?.title ?? id;
const hint = (id: PlanSectionId) => PLAN_SECTIONS.find((s) => s.id === id)?.hint ?? '';
const comment = (text: string) => `<!-- ${text.replace(/--/g, '—')} -->`;
const firstSentence = (text: string) => /^(.*?[.!?])(?:\s|$)/.exec(text)?.[1] ?? text;

export const revertShaLine = (ctx: SkeletonContext) => `Revert SHA: \`${ctx.baseSha ? ctx.baseSha.slice(0, 12) : '<last known good commit>'}\``;

/** "write access" for `write`, "maintain access" for `maintain`… */
const access = (permission: string) => `${permission} access`;

/** Who may tick the checklist, and where: the same words in the comment, the skeleton and `template`. */
export function howToTick(config: Config): string {
  const who = access(config.attest.permission);
  return `Tick each box when it is true: here in the description (it counts for the PR author, with ${who}), or in the rollback-ready comment (anyone with ${who}).`;
}

/** Required checklist items a person must still tick (open, or ticked by someone who may not attest them). */
export function itemsToTick(lines: readonly ChecklistLine[]): ChecklistLine[] {
  // "Rollback tested" is verified by a passing drill, and attested by a person without one.
  return lines.filter((l) => l.required && (!l.item.verify || l.item.verify === 'drill') && (l.state === 'open' || l.state === 'not-allowed'));
}

/** The lines under one subsection heading, pre-filled where rollback-ready knows the answer. */
export function sectionBody(id: PlanSectionId, evaluation: Evaluation, ctx: SkeletonContext): string[] {
  switch (id) {
    case 'steps': {
      const commands = rollbackCommands(evaluation.migrations);
      const sha = ctx.baseSha ? `\`${ctx.baseSha.slice(0, 12)}\`` : 'the revert SHA';
      if (commands.length === 0) return [`1. Redeploy ${sha}.`, '', comment(hint(id))];
      // The down files leave with this release: roll the schema back before redeploying the old code.
      // Commands are code spans, never fenced blocks: the skeleton itself is pasted from a fence.
      const items = commands.map((c) => `   - ${c.note && c.command ? `${c.note}: ` : (c.note ?? '')}${c.command ? `\`${c.command}\`` : ''}`);
      return [
        '1. Roll the migrations back, with this release still deployed:',
        ...items,
        `2. Redeploy ${sha}.`,
        '',
        comment('Check the commands above and add any other step this change needs.'),
      ];
    }
    case 'data': {
      const loses = evaluation.report.findings.filter((f) => ['destructive', 'data'].includes(getRule(f.rule)?.category ?? ''));
      const seen = new Set<string>();
      const lines: string[] = [];
      for (const f of loses) {
        const text = `- \`${f.path}\` line ${f.line}: ${firstSentence(f.message)}`;
        if (seen.has(text)) continue;
        seen.add(text);
        lines.push(text);
      }
      // Measured by the rollback drill: what data written after the deploy a rollback loses.
      const afterDeploy = (evaluation.drill?.run?.migrations ?? []).flatMap((m) => m.lostOnRollback.map((l) => `- \`${m.path}\`: ${l}`));
      if (lines.length === 0 && afterDeploy.length === 0) return [comment(hint(id))];
      return [
        ...(lines.length ? ['Rolling back does not bring back:', ...lines] : []),
        ...(afterDeploy.length
          ? [...(lines.length ? [''] : []), 'Written after the deploy and lost by a rollback (measured by the rollback drill):', ...afterDeploy]
          : []),
        '',
        comment('Say what happens to that data, and to data written after the deploy, when you roll back: preserved, lost, or needs cleanup.'),
      ];
    }
    case 'backup-restore': {
      const uncovered = evaluation.reversible.uncovered;
      const prisma = uncovered.some(([, m]) => m.framework === 'prisma');
      const fixable = uncovered.filter(([, m]) => !inherentlyForwardOnly(m.down)).map(([path]) => path);
      const parts = [hint(id)];
      if (prisma) parts.push('Prisma has no down migrations: this backup, taken before `prisma migrate deploy`, is the way back.');
      if (fixable.length) {
        parts.push(`If ${fixable.join(', ')} ${fixable.length > 1 ? 'get' : 'gets'} no down migration, say so here: "This stage is forward-only".`);
      }
      return [comment(parts.join(' '))];
    }
    default:
      return [comment(hint(id))];
  }
}

function checklistBlock(lines: readonly ChecklistLine[], config: Config): string[] {
  if (lines.length === 0) return [];
  return ['### Readiness checklist', '', comment(howToTick(config)), ...lines.map((l) => `- [ ] ${l.item.text}`), ''];
}

/**
 * What is still missing from the description, ready to paste: the plan heading when there is no
 * plan, the revert SHA when none stands, the missing subsections (in the order `template` uses),
 * and the checklist lines still to tick. Undefined when nothing is missing.
 */
export function renderPlanSkeleton(evaluation: Evaluation, ctx: SkeletonContext): string | undefined {
  const { report, description, missingSections } = evaluation;
  const failing = (id: string) => report.gates.some((g) => g.id === id && g.status === 'fail');
  const needPlan = failing('rollback-plan');
  const needSha = failing('revert-sha');
  const sections: PlanSectionId[] = [...missingSections];
  if (failing('reversible') && evaluation.reversible.backup && !sections.includes('backup-restore')) sections.push('backup-restore');
  const order = new Map(PLAN_SECTIONS.map((s, i) => [s.id, i]));
  sections.sort((a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99));
  const tick = failing('checklist') ? itemsToTick(evaluation.checklist) : [];
  if (!needPlan && !needSha && sections.length === 0 && tick.length === 0) return undefined;
  const lines: string[] = [];
  if (needPlan || !description.plan.found) lines.push('## Rollback plan', '');
  if (needSha) lines.push(revertShaLine(ctx), '');
  for (const id of sections) lines.push(`### ${title(id)}`, '', ...sectionBody(id, evaluation, ctx), '');
  lines.push(...checklistBlock(tick, evaluation.config));
  return lines.join('\n').trimEnd();
}

/**
 * A complete rollback-plan section sized to the change's risk (`rollback-ready template`,
 * `/rollback template`): every section that risk requires, in the canonical order, pre-filled
 * like the skeleton, and the checklist items a person attests.
 */
export function renderFullPlan(evaluation: Evaluation, config: Config, ctx: SkeletonContext): string {
  const risk = evaluation.report.risk;
  if (risk === 'none') {
    return '<!-- rollback-ready: this change touches no migration, deployment, dependency or configuration file; no rollback plan is needed. -->';
  }
  const wanted = new Set<PlanSectionId>(config.plan.sections[risk]);
  if (evaluation.reversible.uncovered.length > 0) wanted.add('backup-restore');
  const lines = ['## Rollback plan', '', comment(`risk: ${risk}. ${evaluation.riskReasons.slice(0, 3).join('; ')}`), '', revertShaLine(ctx), ''];
  for (const meta of PLAN_SECTIONS) {
    if (!wanted.has(meta.id)) continue;
    lines.push(`### ${meta.title}`, '', ...sectionBody(meta.id, evaluation, ctx), '');
  }
  const attest = config.checklist.filter((i) => (!i.verify || i.verify === 'drill') && i.required.includes(risk));
  if (attest.length) lines.push('### Readiness checklist', '', comment(howToTick(config)), ...attest.map((i) => `- [ ] ${i.text}`));
  return lines.join('\n').trimEnd();
}
