import type { ChecklistItem, Config } from './config';
import type { DrillOutcome } from './drill';
import type { ParsedDescription } from './description/index';
import { PLAN_SECTIONS, type PlanSectionId } from './description/labels';
import type { MigrationAnalysis } from './frameworks/framework';
import { getRule } from './rules/index';
import type { Finding, GateId, GateResult, Risk } from './types';

/** What the adapter learnt about the revert SHA (through git or the API). */
export interface CommitFacts {
  exists: boolean;
  /** Full SHA when the short one resolved. */
  sha?: string;
  /** The commit is reachable from the base branch. */
  onBase: boolean;
  /** Commits on the base branch after it (0 = it is the base head). */
  behindBy?: number;
}

export interface Tick {
  item: string;
  by: string;
  /** The person may attest this item (repository permission checked by the adapter). */
  allowed: boolean;
}

export type { DrillOutcome } from './drill';

export type ChecklistState = 'verified' | 'ticked' | 'open' | 'not-allowed';

export interface ChecklistLine {
  item: ChecklistItem;
  required: boolean;
  state: ChecklistState;
  by?: string;
}

export interface GateContext {
  config: Config;
  risk: Risk;
  description: ParsedDescription;
  revert?: CommitFacts;
  migrations: Map<string, MigrationAnalysis>;
  findings: Finding[];
  ticks: Tick[];
  drill?: DrillOutcome;
  /** The drill runs elsewhere (the App: never executes PR code; the Action's drill decides the gate). */
  drillElsewhere?: boolean;
  truncated?: { listed: number; total: number };
}

export interface GateOutcome {
  gates: GateResult[];
  missingSections: PlanSectionId[];
  checklist: ChecklistLine[];
}

const sectionTitle = (id: PlanSectionId) => PLAN_SECTIONS.find((s) => s.id === id)?.title ?? id;

export function evaluateGates(ctx: GateContext): GateOutcome {
  const { config, risk } = ctx;
  const enabled = (id: GateId) => config.gates[id];
  const gates: GateResult[] = [];
  const plan = ctx.description.plan;

  const add = (id: GateId, compute: () => Omit<GateResult, 'id'>) => {
    if (risk === 'none') gates.push({ id, status: 'skipped', message: 'No rollback-relevant changes.' });
    else if (!enabled(id)) gates.push({ id, status: 'skipped', message: 'Disabled in the config.' });
    else gates.push({ id, ...compute() });
  };

  add('rollback-plan', () => {
    if (!plan.found) return { status: 'fail', message: 'The description has no "Rollback plan" section.' };
    if (!plan.filled) return { status: 'fail', message: 'The "Rollback plan" section is an unfilled template: write the actual plan.' };
    return { status: 'pass', message: 'The description has a rollback plan.' };
  });

  const required = risk === 'none' ? [] : config.plan.sections[risk];
  const missingSections = required.filter((id) => !plan.sections[id]?.filled);
  add('plan-sections', () => {
    if (required.length === 0) return { status: 'pass', message: `No sections required at ${risk} risk.` };
    if (missingSections.length === 0) return { status: 'pass', message: `All ${required.length} sections required at ${risk} risk are filled in.` };
    return {
      status: 'fail',
      message: `At ${risk} risk the plan needs: ${missingSections.map(sectionTitle).join(', ')}.`,
    };
  });

  const revertGate = computeRevertGate(ctx);
  add('revert-sha', () => revertGate);

  const needsCover = [...ctx.migrations.entries()].filter(
    ([, m]) => m.role === 'up' && m.down !== 'present',
  );
  const backupNamed = Boolean(plan.sections['backup-restore']?.filled);
  const coveredByPlan = plan.filled && plan.forwardOnly && backupNamed;
  const postDeploy = [...ctx.migrations.entries()].filter(([, m]) => m.postDeploy).map(([path]) => path);
  const postDeployWarning = postDeploy.length
    ? {
        warnings: [
          `Post-deployment migration${postDeploy.length > 1 ? 's' : ''} (${postDeploy.join(', ')}) run after the deploy: redeploying the revert SHA does not undo ${postDeploy.length > 1 ? 'them' : 'it'}, so the plan must say how to roll back past this point.`,
        ],
      }
    : {};
  add('reversible', () => {
    const result = reversibleGate();
    return { ...result, ...postDeployWarning };
  });
  function reversibleGate(): Omit<GateResult, 'id'> {
    if (ctx.migrations.size === 0) return { status: 'pass', message: 'No migrations in this change.' };
    if (needsCover.length === 0) return { status: 'pass', message: 'Every migration has a working down path.' };
    const list = needsCover.map(([path, m]) => `${path} (${describeDown(m)})`).join('; ');
    if (coveredByPlan) {
      return { status: 'pass', message: `Forward-only, covered by the plan's backup and restore: ${list}.` };
    }
    return {
      status: 'fail',
      message: `No working down path: ${list}. Write the down migration, or declare the stage forward-only in the plan and name the backup and restore procedure.`,
    };
  }

  // Drill findings fail the drill gate, not this one too: one cause, one failure.
  const standing = ctx.findings.filter((f) => f.severity === 'error' && !f.suppressed && getRule(f.rule)?.category !== 'drill');
  add('findings', () => {
    if (ctx.truncated) {
      return {
        status: 'fail',
        message: `The pull request changes ${ctx.truncated.total} files but only ${ctx.truncated.listed} could be listed, so the rest were not checked. Split the pull request.`,
      };
    }
    if (standing.length === 0) return { status: 'pass', message: 'No error-level finding stands.' };
    const rules = [...new Set(standing.map((f) => f.rule))];
    return {
      status: 'fail',
      message: `${standing.length} error-level finding${standing.length > 1 ? 's' : ''} (${rules.join(', ')}): fix, ignore inline with a reason, or acknowledge with /rollback ack.`,
    };
  });

  // The checklist reads the other gates' results for the items the bot verifies itself.
  const gateStatus = (id: GateId) => gates.find((g) => g.id === id)?.status;
  const incompatible = ctx.findings.some(
    (f) => !f.suppressed && ['incompatible', 'destructive'].includes(getRule(f.rule)?.category ?? ''),
  );
  const checklist: ChecklistLine[] = config.checklist.map((item) => {
    const isRequired = risk !== 'none' && item.required.includes(risk);
    // A passing drill proves the rollback was tested; without one, a person may attest it (tested in staging).
    if (item.verify === 'drill' && ctx.drill?.passed === true) return { item, required: isRequired, state: 'verified' };
    if (item.verify && item.verify !== 'drill') {
      const ok =
        item.verify === 'revert-sha'
          ? revertGate.status === 'pass'
          : item.verify === 'reversible'
            ? gateStatus('reversible') !== 'fail'
            : !incompatible;
      return { item, required: isRequired, state: ok ? 'verified' : 'open' };
    }
    const tick = ctx.ticks.find((t) => t.item === item.id && t.allowed) ?? ctx.ticks.find((t) => t.item === item.id);
    if (!tick) return { item, required: isRequired, state: 'open' };
    return { item, required: isRequired, state: tick.allowed ? 'ticked' : 'not-allowed', by: tick.by };
  });
  add('checklist', () => {
    const open = checklist.filter((l) => l.required && l.state !== 'verified' && l.state !== 'ticked');
    if (open.length === 0) return { status: 'pass', message: `Every item required at ${risk} risk is done.` };
    const people = open.filter((l) => !l.item.verify || l.item.verify === 'drill');
    const verified = open.filter((l) => l.item.verify && l.item.verify !== 'drill');
    const parts: string[] = [];
    if (people.length) {
      parts.push(
        `to attest: ${people.map((l) => l.item.text + (l.state === 'not-allowed' ? ` (ticked by @${l.by}, who may not attest it)` : '')).join('; ')}`,
      );
    }
    if (verified.length) parts.push(`checked by rollback-ready once the other gates pass: ${verified.map((l) => l.item.text).join('; ')}`);
    return { status: 'fail', message: `Not done yet, ${parts.join('. Also ')}.` };
  });

  if (risk === 'none') {
    gates.push({ id: 'drill', status: 'skipped', message: 'No rollback-relevant changes.' });
  } else if (ctx.drill) {
    // A drill that ran counts, whatever the config says: its result is shown and decides this gate.
    gates.push({ id: 'drill', status: ctx.drill.passed ? 'pass' : 'fail', message: ctx.drill.summary });
  } else if (!enabled('drill')) {
    gates.push({ id: 'drill', status: 'skipped', message: 'Disabled in the config.' });
  } else if (ctx.migrations.size === 0) {
    gates.push({ id: 'drill', status: 'skipped', message: 'No migrations to rehearse.' });
  } else if (ctx.drillElsewhere) {
    gates.push({
      id: 'drill',
      status: 'skipped',
      message: 'Decided by the Action\'s `mode: drill` run (its own check run): the App never runs migrations. See docs/drill.md.',
    });
  } else {
    gates.push({
      id: 'drill',
      status: 'fail',
      message: 'The rollback drill has not run for this head: run the Action with `mode: drill`, or `rollback-ready drill` (see docs/drill.md).',
    });
  }

  return { gates, missingSections, checklist };
}

function computeRevertGate(ctx: GateContext): Omit<GateResult, 'id'> {
  const named = ctx.description.revertSha;
  if (named.error) return { status: 'fail', message: named.error };
  if (!named.sha) {
    return { status: 'fail', message: 'No revert SHA named: add "Revert SHA: <last known good commit>" to the description.' };
  }
  const facts = ctx.revert;
  if (!facts) return { status: 'fail', message: `Could not verify the revert SHA ${named.sha}.` };
  if (!facts.exists) return { status: 'fail', message: `The revert SHA ${named.sha} does not exist in this repository.` };
  const short = (facts.sha ?? named.sha).slice(0, 12);
  if (!facts.onBase) return { status: 'fail', message: `The revert SHA ${short} is not on the base branch: name a commit the base branch contains.` };
  const warnings: string[] = [];
  const behind = facts.behindBy ?? 0;
  if (behind > ctx.config['revert-sha']['max-behind']) {
    warnings.push(
      `The revert SHA ${short} is ${behind} commit${behind > 1 ? 's' : ''} behind the base branch: rolling back to it also reverts those.`,
    );
  }
  return { status: 'pass', message: `The revert SHA ${short} is on the base branch.`, ...(warnings.length ? { warnings } : {}) };
}

function describeDown(m: MigrationAnalysis): string {
  switch (m.down) {
    case 'missing':
      return 'no down migration';
    case 'empty':
      return 'the down migration does nothing';
    case 'irreversible':
      return 'irreversible operation';
    case 'forward-only':
      return 'forward-only framework';
    case 'no-convention':
      return 'raw SQL, no down convention';
    default:
      return m.down;
  }
}
