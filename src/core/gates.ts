import type { ChecklistItem, Config } from './config';
import type { DrillOutcome } from './drill';
import type { ParsedDescription } from './description/index';
import { PLAN_SECTIONS, type PlanSectionId } from './description/labels';
import type { MigrationAnalysis } from './frameworks/framework';
import { describeDown, downFix, frameworkLabel, inherentlyForwardOnly } from './reversibility';
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

/** What the `reversible` gate still needs, for the next steps and the plan skeleton. */
export interface ReversibleNeeds {
  /** Up migrations without a working down that the plan does not cover yet. */
  uncovered: [string, MigrationAnalysis][];
  /** A filled "Backup and restore" subsection would cover them (with the declaration when asked). */
  backup: boolean;
  /** Some of them can have a down: the plan must also declare the stage forward-only to cover them. */
  declaration: boolean;
}

export interface GateOutcome {
  gates: GateResult[];
  /** In the canonical order (PLAN_SECTIONS), as `template` and the skeleton list them. */
  missingSections: PlanSectionId[];
  checklist: ChecklistLine[];
  /** The findings, with those a forward-only plan answers marked as answered by the plan. */
  findings: Finding[];
  reversible: ReversibleNeeds;
}

const sectionTitle = (id: PlanSectionId) => PLAN_SECTIONS.find((s) => s.id === id)?.title ?? id;
const SECTION_ORDER = new Map(PLAN_SECTIONS.map((s, i) => [s.id, i]));
/** Sections in the one order every report and template uses. */
export const inPlanOrder = (ids: readonly PlanSectionId[]): PlanSectionId[] =>
  [...new Set(ids)].sort((a, b) => (SECTION_ORDER.get(a) ?? 99) - (SECTION_ORDER.get(b) ?? 99));

/** Reason recorded on a finding the forward-only plan answers. */
export const ANSWERED_BY_PLAN = 'it covers this forward-only stage with a backup and restore';

type GateVerdict = Omit<GateResult, 'id'>;

/** What the gates share, worked out once from the context. */
interface GateFacts {
  ctx: GateContext;
  plan: ParsedDescription['plan'];
  enabled: (id: GateId) => boolean;
  /** Sections the risk level requires, and those of them not filled in. */
  required: PlanSectionId[];
  missingSections: PlanSectionId[];
  revert: GateVerdict;
  cover: Cover;
  /** The findings, with those a forward-only plan answers marked as answered by the plan. */
  findings: Finding[];
  /** Error-level findings no other gate reports, and how many the `reversible` gate reports instead. */
  standing: Finding[];
  leftToReversible: number;
}

/** Which migrations need a way back, and which of them the plan covers. */
interface Cover {
  needsCover: [string, MigrationAnalysis][];
  uncovered: [string, MigrationAnalysis][];
  /** Paths of the migrations the plan covers. */
  covered: Set<string>;
  reversible: ReversibleNeeds;
  postDeploy: string[];
}

type GateEvaluator = (facts: GateFacts) => GateVerdict;

/** The gates that judge the description and the findings, in report order; `checklist` reads their results. */
const GATE_EVALUATORS: readonly (readonly [GateId, GateEvaluator])[] = [
  ['rollback-plan', rollbackPlanGate],
  ['plan-sections', planSectionsGate],
  ['revert-sha', (facts) => facts.revert],
  ['reversible', reversibleGate],
  ['findings', findingsGate],
];

export function evaluateGates(ctx: GateContext): GateOutcome {
  const facts = gateFacts(ctx);
  const gates: GateResult[] = GATE_EVALUATORS.map(([id, evaluate]) => gated(facts, id, () => evaluate(facts)));
  const checklist = checklistLines(facts, gates);
  gates.push(gated(facts, 'checklist', () => checklistGate(facts, checklist, gates)));
  gates.push({ id: 'drill', ...drillGate(ctx) });
  return { gates, missingSections: facts.missingSections, checklist, findings: facts.findings, reversible: facts.cover.reversible };
}

/** A gate is skipped when nothing relevant changed or the config turns it off; otherwise it is evaluated. */
function gated(facts: GateFacts, id: GateId, evaluate: () => GateVerdict): GateResult {
  if (facts.ctx.risk === 'none') return { id, status: 'skipped', message: 'No rollback-relevant changes.' };
  if (!facts.enabled(id)) return { id, status: 'skipped', message: 'Disabled in the config.' };
  return { id, ...evaluate() };
}

function gateFacts(ctx: GateContext): GateFacts {
  const { config, risk } = ctx;
  const enabled = (id: GateId) => config.gates[id];
  const plan = ctx.description.plan;
  const required = risk === 'none' ? [] : inPlanOrder(config.plan.sections[risk]);
  const missingSections = required.filter((id) => !plan.sections[id]?.filled);
  const cover = coverOf(ctx, enabled('reversible'));
  const findings = ctx.findings.map((f) =>
    !f.suppressed && cover.covered.has(f.path) && getRule(f.rule)?.category === 'reversibility' && enabled('reversible')
      ? { ...f, severity: 'notice' as const, suppressed: { by: 'plan' as const, reason: ANSWERED_BY_PLAN } }
      : f,
  );
  // A migration's reversibility findings are the `reversible` gate's to report while it judges that
  // migration, and drill findings fail the drill gate: the same cause does not fail `findings` too.
  const judgedByReversible = new Set(enabled('reversible') ? cover.needsCover.map(([path]) => path) : []);
  const reportedByReversible = (f: Finding) => judgedByReversible.has(f.path) && getRule(f.rule)?.category === 'reversibility';
  const errors = findings.filter((f) => f.severity === 'error' && !f.suppressed && getRule(f.rule)?.category !== 'drill');
  const standing = errors.filter((f) => !reportedByReversible(f));
  const revert = computeRevertGate(ctx);
  return { ctx, plan, enabled, required, missingSections, revert, cover, findings, standing, leftToReversible: errors.length - standing.length };
}

/**
 * One cause, one failure: a migration with no way back fails `reversible`; its reversibility
 * findings (missing down, irreversible operation…) say the same thing, so a plan that covers the
 * migration answers them too, and `findings` does not fail again for them.
 */
function coverOf(ctx: GateContext, reversibleEnabled: boolean): Cover {
  const plan = ctx.description.plan;
  const needsCover = [...ctx.migrations.entries()].filter(([, m]) => m.role === 'up' && m.down !== 'present');
  const backupNamed = plan.filled && Boolean(plan.sections['backup-restore']?.filled);
  // A framework with no way back at all (Prisma…) is forward-only whatever the plan says: the
  // backup and restore is what covers it. Where a down could be written, the plan must also
  // say that the stage is forward-only, so a missing down is a decision and not an oversight.
  const covers = (m: MigrationAnalysis) => backupNamed && (inherentlyForwardOnly(m.down) || plan.forwardOnly);
  const uncovered = needsCover.filter(([, m]) => !covers(m));
  const covered = new Set(needsCover.filter(([, m]) => covers(m)).map(([path]) => path));
  const reversible: ReversibleNeeds = {
    uncovered: ctx.risk !== 'none' && reversibleEnabled ? uncovered : [],
    backup: uncovered.length > 0 && !backupNamed,
    declaration: uncovered.some(([, m]) => !inherentlyForwardOnly(m.down)) && !plan.forwardOnly,
  };
  const postDeploy = [...ctx.migrations.entries()].filter(([, m]) => m.postDeploy).map(([path]) => path);
  return { needsCover, uncovered, covered, reversible, postDeploy };
}

function rollbackPlanGate({ plan }: GateFacts): GateVerdict {
  if (!plan.found) return { status: 'fail', message: 'The description has no "Rollback plan" section.' };
  if (!plan.filled) return { status: 'fail', message: 'The "Rollback plan" section is an unfilled template: write the actual plan.' };
  return { status: 'pass', message: 'The description has a rollback plan.' };
}

function planSectionsGate({ ctx: { risk }, required, missingSections }: GateFacts): GateVerdict {
  if (required.length === 0) return { status: 'pass', message: `No sections required at ${risk} risk.` };
  if (missingSections.length === 0) return { status: 'pass', message: `All ${required.length} sections required at ${risk} risk are filled in.` };
  return { status: 'fail', message: `At ${risk} risk the plan needs: ${missingSections.map(sectionTitle).join(', ')}.` };
}

function reversibleGate({ ctx, plan, cover }: GateFacts): GateVerdict {
  const { needsCover, uncovered, postDeploy } = cover;
  const postDeployWarning = postDeploy.length
    ? {
        warnings: [
          `Post-deployment migration${postDeploy.length > 1 ? 's' : ''} (${postDeploy.join(', ')}) run after the deploy: redeploying the revert SHA does not undo ${postDeploy.length > 1 ? 'them' : 'it'}, so the plan must say how to roll back past this point.`,
        ],
      }
    : {};
  const verdict = (): GateVerdict => {
    if (ctx.migrations.size === 0) return { status: 'pass', message: 'No migrations in this change.' };
    if (needsCover.length === 0) return { status: 'pass', message: 'Every migration has a working down path.' };
    if (uncovered.length === 0) {
      const list = needsCover.map(([path, m]) => `${path} (${describeDown(m)})`).join('; ');
      return { status: 'pass', message: `Forward-only, covered by the plan's backup and restore: ${list}.` };
    }
    return { status: 'fail', message: reversibleFailure(uncovered, cover.reversible, plan.filled) };
  };
  return { ...verdict(), ...postDeployWarning };
}

function findingsGate({ ctx, standing, leftToReversible }: GateFacts): GateVerdict {
  if (ctx.truncated) {
    return {
      status: 'fail',
      message: `The pull request changes ${ctx.truncated.total} files but only ${ctx.truncated.listed} could be listed, so the rest were not checked. Split the pull request.`,
    };
  }
  if (standing.length === 0) {
    return {
      status: 'pass',
      message: leftToReversible
        ? `No error-level finding stands but the reversibility finding${leftToReversible > 1 ? 's' : ''} the "Reversible migrations" gate reports.`
        : 'No error-level finding stands.',
    };
  }
  const rules = [...new Set(standing.map((f) => f.rule))];
  return {
    status: 'fail',
    message: `${standing.length} error-level finding${standing.length > 1 ? 's' : ''} (${rules.join(', ')}): fix, ignore inline with a reason, or acknowledge with /rollback ack.`,
  };
}

const statusIn = (gates: readonly GateResult[], id: GateId) => gates.find((g) => g.id === id)?.status;
const breaksOldCode = (f: Finding) => ['incompatible', 'destructive'].includes(getRule(f.rule)?.category ?? '');

/** Each checklist item's state: verified from another gate's result, ticked by a person, or open. */
function checklistLines({ ctx, revert, findings }: GateFacts, gates: readonly GateResult[]): ChecklistLine[] {
  const { risk } = ctx;
  const incompatible = findings.some((f) => !f.suppressed && breaksOldCode(f));
  return ctx.config.checklist.map((item) => {
    const isRequired = risk !== 'none' && item.required.includes(risk);
    // A passing drill proves the rollback was tested; without one, a person may attest it (tested in staging).
    if (item.verify === 'drill' && ctx.drill?.passed === true) return { item, required: isRequired, state: 'verified' };
    if (item.verify && item.verify !== 'drill') {
      const ok =
        item.verify === 'revert-sha' ? revert.status === 'pass' : item.verify === 'reversible' ? statusIn(gates, 'reversible') !== 'fail' : !incompatible;
      return { item, required: isRequired, state: ok ? 'verified' : 'open' };
    }
    const tick = ctx.ticks.find((t) => t.item === item.id && t.allowed) ?? ctx.ticks.find((t) => t.item === item.id);
    if (!tick) return { item, required: isRequired, state: 'open' };
    return { item, required: isRequired, state: tick.allowed ? 'ticked' : 'not-allowed', by: tick.by };
  });
}

function checklistGate({ ctx: { risk }, standing }: GateFacts, checklist: ChecklistLine[], gates: readonly GateResult[]): GateVerdict {
  // An item rollback-ready verifies from another gate fails the checklist only when that gate does
  // not already fail for it (it is switched off, or the cause is only a warning there): one cause,
  // one failing gate.
  const reportedElsewhere = (l: ChecklistLine): boolean => {
    const source: GateId | undefined =
      l.item.verify === 'revert-sha' ? 'revert-sha' : l.item.verify === 'reversible' ? 'reversible' : l.item.verify === 'drill' ? 'drill' : undefined;
    if (source) return statusIn(gates, source) === 'fail';
    if (l.item.verify === 'backward-compatible') return statusIn(gates, 'findings') === 'fail' && standing.some(breaksOldCode);
    return false;
  };
  const notDone = checklist.filter((l) => l.required && l.state !== 'verified' && l.state !== 'ticked');
  if (notDone.length === 0) return { status: 'pass', message: `Every item required at ${risk} risk is done.` };
  const open = notDone.filter((l) => !reportedElsewhere(l));
  if (open.length === 0) {
    const waiting = notDone.map((l) => l.item.text).join('; ');
    return { status: 'pass', message: `Every item a person attests is done; rollback-ready ticks the rest when the gates above pass (${waiting}).` };
  }
  // A passing drill verifies "rollback tested"; without one, a person attests it.
  const people = open.filter((l) => !l.item.verify || l.item.verify === 'drill');
  const verified = open.filter((l) => l.item.verify && l.item.verify !== 'drill');
  const parts: string[] = [];
  if (people.length) {
    parts.push(`to attest: ${people.map((l) => l.item.text + (l.state === 'not-allowed' ? ` (ticked by @${l.by}, who may not attest it)` : '')).join('; ')}`);
  }
  if (verified.length) parts.push(`checked by rollback-ready once the other gates pass: ${verified.map((l) => l.item.text).join('; ')}`);
  return { status: 'fail', message: `Not done yet, ${parts.join('. Also ')}.` };
}

/** A drill that ran counts whatever the config says; otherwise skipped where it cannot run, failed where it should have. */
function drillGate(ctx: GateContext): GateVerdict {
  if (ctx.risk === 'none') return { status: 'skipped', message: 'No rollback-relevant changes.' };
  // A drill that ran counts, whatever the config says: its result is shown and decides this gate.
  if (ctx.drill) return { status: ctx.drill.passed ? 'pass' : 'fail', message: ctx.drill.summary };
  if (!ctx.config.gates.drill) return { status: 'skipped', message: 'Disabled in the config.' };
  if (ctx.migrations.size === 0) return { status: 'skipped', message: 'No migrations to rehearse.' };
  if (ctx.drillElsewhere) {
    return {
      status: 'skipped',
      message: "Decided by the Action's `mode: drill` run (its own check run): the App never runs migrations. See docs/drill.md.",
    };
  }
  return {
    status: 'fail',
    message: 'The rollback drill has not run for this head: run the Action with `mode: drill`, or `rollback-ready drill` (see docs/drill.md).',
  };
}

/** The `reversible` gate's failure, in the framework's own words, naming only what is missing. */
function reversibleFailure(uncovered: [string, MigrationAnalysis][], needs: ReversibleNeeds, planFilled: boolean): string {
  const list = uncovered.map(([path, m]) => `${path} (${describeDown(m)})`).join('; ');
  return `No working down path: ${list}. ${reversibleAdvice(needs, planFilled)}`;
}

/** What the author does about migrations without a way back: only what is missing, in the framework's words. */
export function reversibleAdvice(needs: ReversibleNeeds, planFilled: boolean): string {
  const backup = planFilled ? 'fill in a "Backup and restore" subsection in the rollback plan' : 'write a rollback plan with a "Backup and restore" subsection';
  const inherent = needs.uncovered.filter(([, m]) => inherentlyForwardOnly(m.down));
  const fixable = needs.uncovered.filter(([, m]) => !inherentlyForwardOnly(m.down));
  const parts: string[] = [];
  if (inherent.length) {
    const names = [...new Set(inherent.map(([, m]) => frameworkLabel(m.framework)))].join(' and ');
    const what = `${names} ${inherent.length > 1 ? 'migrations have' : 'migration has'} no way back but a restore`;
    parts.push(`${what}: ${backup} (the backup taken before the deploy, and how to restore it).`);
  }
  if (fixable.length) {
    const fixes = fixable.map(([path, m]) => `${path}: ${downFix(path, m)}`).join('; ');
    const declare = 'declare the stage forward-only in the plan ("This stage is forward-only")';
    const cover =
      needs.declaration && needs.backup ? `${declare} and ${backup}` : needs.declaration ? `${declare}: it already names a backup and restore` : backup;
    const give = fixable.length > 1 ? `Give each migration a way back (${fixes})` : `Give ${fixable[0]![0]} a way back (${downFix(...fixable[0]!)})`;
    parts.push(`${give}, or ${cover}.`);
  }
  return parts.join(' ');
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
    warnings.push(`The revert SHA ${short} is ${behind} commit${behind > 1 ? 's' : ''} behind the base branch: rolling back to it also reverts those.`);
  }
  return { status: 'pass', message: `The revert SHA ${short} is on the base branch.`, ...(warnings.length ? { warnings } : {}) };
}
