// Judge: the description, the risk, the gates and the verdict over an analysis (analyse.ts). What a
// person writes or decides (the description, ticks, acknowledgements, overrides) enters here only,
// so a change to it is judged again without reading a migration again.
import type { Analysis } from './analyse';
import type { Config } from './config';
import type { ParsedDescription } from './description/index';
import { finalizeFindings, sortFindings, type Acknowledgement } from './findings';
import type { MigrationAnalysis } from './frameworks/framework';
import { evaluateGates, type ChecklistLine, type CommitFacts, type DrillOutcome, type Tick } from './gates';
import { assessRisk } from './risk';
import type { Finding, Report, Risk, Verdict } from './types';

/** The one question the evaluation asks the outside world (git locally, the API on GitHub). */
export interface RepoFacts {
  /** Does `sha` exist, is it on the base branch, and how far behind the base head is it? */
  inspectCommit(sha: string): Promise<CommitFacts>;
}

export interface Override {
  by: string;
  reason: string;
  at: string;
}

/** A risk level set by a person (`/rollback risk`), replacing the assessed one. */
export interface RiskOverride {
  level: Exclude<Risk, 'none'>;
  by: string;
  reason: string;
  at: string;
}

export interface JudgementInput {
  body: string | null | undefined;
  repo: RepoFacts;
  /** Checklist ticks from outside the description (the sticky comment), permission-checked. */
  ticks?: Tick[];
  /** The PR author, whose ticks in the description count when `allowed`. */
  author?: { login: string; allowed: boolean };
  acks?: Acknowledgement[];
  override?: Override;
  /** Ignored when nothing relevant changed (risk none) or the file list is incomplete (risk stays high). */
  riskOverride?: RiskOverride;
  drill?: DrillOutcome;
  /** The drill gate is decided by another run (the App never runs migrations; the Action does). */
  drillElsewhere?: boolean;
  /** Extra findings from elsewhere (the drill). */
  extraFindings?: Finding[];
  /** The file list is incomplete (GitHub lists at most 3,000 files). */
  truncated?: { listed: number; total: number };
  docsBase?: string;
}

export interface Evaluation {
  report: Report;
  /** The config the evaluation ran with (who may tick and acknowledge, the sections per risk). */
  config: Config;
  description: ParsedDescription;
  riskReasons: string[];
  missingSections: ReturnType<typeof evaluateGates>['missingSections'];
  checklist: ChecklistLine[];
  /** What the `reversible` gate still needs (for the next steps and the plan skeleton). */
  reversible: ReturnType<typeof evaluateGates>['reversible'];
  migrations: Map<string, MigrationAnalysis>;
  revert?: CommitFacts;
  override?: Override;
  /** The risk the change was assessed at, before a person set it. */
  assessedRisk: Risk;
  riskOverride?: RiskOverride;
  /** Verdict before an override was applied. */
  gatesVerdict: Verdict;
  /** The rollback drill's run, when one fed this evaluation. */
  drill?: DrillOutcome;
}

/** Judge an analysis: findings, risk, description, gates and verdict. Never changes the analysis. */
export async function judge(analysis: Analysis, input: JudgementInput): Promise<Evaluation> {
  const { config, changes, migrations } = analysis;
  const findings = findingsOf(analysis, input);
  const risk = judgeRisk(analysis, findings, input);
  // The Markdown parser is the heaviest module a not-applicable pull request would load: skip it.
  const description = risk.assessed === 'none' && !input.truncated ? EMPTY_DESCRIPTION : (await import('./description/index')).parseDescription(input.body);
  const revert =
    risk.level !== 'none' && description.revertSha.sha && !description.revertSha.error ? await input.repo.inspectCommit(description.revertSha.sha) : undefined;
  const ticks = [...(input.ticks ?? []), ...ticksFromDescription(description, config, input.author)];
  const outcome = evaluateGates({
    config,
    risk: risk.level,
    description,
    revert,
    migrations,
    findings,
    ticks,
    drill: input.drill,
    ...(input.drillElsewhere ? { drillElsewhere: true } : {}),
    truncated: input.truncated,
  });

  const gatesVerdict: Verdict = risk.level === 'none' ? 'not-applicable' : outcome.gates.some((g) => g.status === 'fail') ? 'fail' : 'pass';
  const verdict: Verdict = gatesVerdict === 'fail' && input.override ? 'pass' : gatesVerdict;

  return {
    config,
    report: { schemaVersion: 1, verdict, risk: risk.level, changes, findings: sortFindings(outcome.findings), gates: outcome.gates },
    description,
    riskReasons: risk.reasons,
    missingSections: outcome.missingSections,
    checklist: outcome.checklist,
    reversible: outcome.reversible,
    migrations,
    revert,
    override: gatesVerdict === 'fail' ? input.override : undefined,
    assessedRisk: risk.assessedOrTruncated,
    ...(risk.override ? { riskOverride: risk.override } : {}),
    gatesVerdict,
    ...(input.drill ? { drill: input.drill } : {}),
  };
}

/** The readers' hits as findings (severity from the config, inline ignores, acknowledgements), then the extra ones. */
function findingsOf(analysis: Analysis, input: JudgementInput): Finding[] {
  const options = { config: analysis.config, acks: input.acks, docsBase: input.docsBase };
  const findings = analysis.analysed.flatMap((f) => finalizeFindings(f.path, f.content, f.hits, options));
  if (input.extraFindings) findings.push(...input.extraFindings);
  return findings;
}

interface JudgedRisk {
  /** The assessment of the files alone (`none` skips the description). */
  assessed: Risk;
  /** Assessed, raised to high when the file list is incomplete. */
  assessedOrTruncated: Risk;
  /** The level the gates judge at: a person's, else the assessed one. */
  level: Risk;
  reasons: string[];
  override?: RiskOverride;
}

function judgeRisk(analysis: Analysis, findings: Finding[], input: JudgementInput): JudgedRisk {
  const assessed = assessRisk(analysis.changes, analysis.files, analysis.migrations, findings);
  // Files GitHub could not list may hold anything: treat an incomplete list as high risk.
  const assessedRisk: Risk = input.truncated && assessed.risk !== 'high' ? 'high' : assessed.risk;
  const assessedReasons = input.truncated
    ? [`high: only ${input.truncated.listed} of ${input.truncated.total} changed files could be listed`, ...assessed.reasons]
    : assessed.reasons;
  const override = input.riskOverride && assessedRisk !== 'none' && !input.truncated ? input.riskOverride : undefined;
  const reasons = override ? [`${override.level}: set by @${override.by} (assessed ${assessedRisk}): ${override.reason}`, ...assessedReasons] : assessedReasons;
  return { assessed: assessed.risk, assessedOrTruncated: assessedRisk, level: override?.level ?? assessedRisk, reasons, ...(override ? { override } : {}) };
}

const EMPTY_DESCRIPTION: ParsedDescription = {
  plan: { found: false, filled: false, sections: {}, forwardOnly: false, text: '' },
  revertSha: {},
  checkboxes: [],
};

const norm = (s: string) =>
  s
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** Ticked task-list items in the description that name a checklist item (by id or text). */
export function ticksFromDescription(description: ParsedDescription, config: Config, author: JudgementInput['author']): Tick[] {
  const ticks: Tick[] = [];
  for (const box of description.checkboxes) {
    if (!box.checked) continue;
    const text = norm(box.text);
    const item = config.checklist.find((i) => text === norm(i.id) || text.includes(norm(i.text)) || (text.length > 12 && norm(i.text).includes(text)));
    if (item) ticks.push({ item: item.id, by: author?.login ?? 'author', allowed: author?.allowed ?? true });
  }
  return ticks;
}
