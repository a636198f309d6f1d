import { configuredDialect, createClassifier } from './classify';
import { deployAnalyser } from './deploy/lazy';
import type { Config } from './config';
import type { ParsedDescription } from './description/index';
import { BINARY_MIGRATION, finalizeFindings, sortFindings, type Acknowledgement } from './findings';
import type { Framework, MigrationAnalysis } from './frameworks/framework';
import { unreadReason } from './frameworks/guess';
import { evaluateGates, type ChecklistLine, type CommitFacts, type DrillOutcome, type Tick } from './gates';
import { assessRisk } from './risk';
import type { Change, ChangedFile, Finding, Hit, Report, Risk, Verdict } from './types';

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

export interface EvaluationInput {
  /** Changed files; contents are needed only for the ones `selectReads` names. */
  files: ChangedFile[];
  /** Head contents of counterpart files (`siblingPaths`); undefined = absent at head. */
  siblings?: Record<string, string | undefined>;
  /** Reads any file at head, for frameworks that look at earlier migrations (see `MigrationInput.readFile`). */
  readFile?(path: string): Promise<string | undefined>;
  /** Lists a folder at head (see `MigrationInput.listDir`). */
  listDir?(dir: string): Promise<string[] | undefined>;
  body: string | null | undefined;
  config: Config;
  frameworks: readonly Framework[];
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

/** Which changed files the evaluation needs contents for (cheap path test, before any read). */
export function selectReads(paths: string[], config: Config, frameworks: readonly Framework[]): string[] {
  const classifier = createClassifier(config, frameworks);
  return paths.filter((p) => classifier.mayMatter(p));
}

/** Head paths the migrations' frameworks want to see (the down file beside an up…). */
export function siblingPaths(files: ChangedFile[], config: Config, frameworks: readonly Framework[]): string[] {
  const classifier = createClassifier(config, frameworks);
  const out = new Set<string>();
  for (const file of files) {
    if (file.binary || file.head === undefined) continue;
    const change = classifier.classify(file.path, file.head);
    const fw = change?.framework && frameworks.find((f) => f.id === change.framework);
    for (const p of fw?.counterparts?.(file.path) ?? []) out.add(p);
  }
  return [...out];
}

export async function evaluate(input: EvaluationInput): Promise<Evaluation> {
  const { config, frameworks } = input;
  const classifier = createClassifier(config, frameworks);
  const changes: Change[] = [];
  const migrations = new Map<string, MigrationAnalysis>();
  const findings: Finding[] = [];
  const headContents = new Map<string, string | undefined>(Object.entries(input.siblings ?? {}));
  for (const f of input.files) if (f.status !== 'removed') headContents.set(f.path, f.head);

  for (const file of input.files) {
    const change = classifier.classify(file.path, file.head ?? file.base);
    if (!change) continue;
    changes.push({ ...change, status: file.status });
    const finalize = (content: string, hits: Hit[]) =>
      findings.push(...finalizeFindings(file.path, content, hits, { config, acks: input.acks, docsBase: input.docsBase }));
    if (file.binary && change.kind === 'migration' && file.status !== 'removed') {
      finalize('', [BINARY_MIGRATION]);
      continue;
    }
    if (file.binary || file.head === undefined || file.status === 'removed') continue;
    if (change.kind === 'migration' && !change.framework) {
      // In a migration folder, yet no reader recognises it: never passed in silence.
      const hits: Hit[] = [{ rule: 'not-analysed', line: 1, message: unreadReason(file.path, classifier.candidates(file.path)) }];
      migrations.set(file.path, { role: 'up', down: 'not-analysed', hits });
      finalize(file.head, hits);
    } else if (change.kind === 'migration' && change.framework) {
      const fw = frameworks.find((f) => f.id === change.framework)!;
      const siblings: Record<string, string | undefined> = {};
      for (const p of fw.counterparts?.(file.path) ?? []) siblings[p] = headContents.get(p);
      const analysis = await fw.analyse({
        path: file.path,
        content: file.head,
        siblings,
        ...(input.readFile ? { readFile: input.readFile } : {}),
        ...(input.listDir ? { listDir: input.listDir } : {}),
        ...dialectSetting(config, file.path),
      });
      migrations.set(file.path, analysis);
      finalize(file.head, analysis.hits);
    } else if (change.kind === 'deploy') {
      const { analyseDeploy } = await deployAnalyser();
      const { hits } = await analyseDeploy(file.path, file.head, file.base);
      finalize(file.head, hits);
    }
  }
  if (input.extraFindings) findings.push(...input.extraFindings);

  const assessed = assessRisk(changes, input.files, migrations, findings);
  // The Markdown parser is the heaviest module a not-applicable pull request would load: skip it.
  const description =
    assessed.risk === 'none' && !input.truncated ? EMPTY_DESCRIPTION : (await import('./description/index')).parseDescription(input.body);
  // Files GitHub could not list may hold anything: treat an incomplete list as high risk.
  const assessedRisk: Risk = input.truncated && assessed.risk !== 'high' ? 'high' : assessed.risk;
  const assessedReasons = input.truncated
    ? [`high: only ${input.truncated.listed} of ${input.truncated.total} changed files could be listed`, ...assessed.reasons]
    : assessed.reasons;
  const riskOverride = input.riskOverride && assessedRisk !== 'none' && !input.truncated ? input.riskOverride : undefined;
  const risk: Risk = riskOverride?.level ?? assessedRisk;
  const reasons = riskOverride
    ? [`${riskOverride.level}: set by @${riskOverride.by} (assessed ${assessedRisk}): ${riskOverride.reason}`, ...assessedReasons]
    : assessedReasons;
  const revert =
    risk !== 'none' && description.revertSha.sha && !description.revertSha.error
      ? await input.repo.inspectCommit(description.revertSha.sha)
      : undefined;
  const ticks = [...(input.ticks ?? []), ...ticksFromDescription(description, config, input.author)];
  const outcome = evaluateGates({
    config,
    risk,
    description,
    revert,
    migrations,
    findings,
    ticks,
    drill: input.drill,
    ...(input.drillElsewhere ? { drillElsewhere: true } : {}),
    truncated: input.truncated,
  });

  const gatesVerdict: Verdict =
    risk === 'none' ? 'not-applicable' : outcome.gates.some((g) => g.status === 'fail') ? 'fail' : 'pass';
  const verdict: Verdict = gatesVerdict === 'fail' && input.override ? 'pass' : gatesVerdict;

  return {
    config,
    report: {
      schemaVersion: 1,
      verdict,
      risk,
      changes,
      findings: sortFindings(outcome.findings),
      gates: outcome.gates,
    },
    description,
    riskReasons: reasons,
    missingSections: outcome.missingSections,
    checklist: outcome.checklist,
    reversible: outcome.reversible,
    migrations,
    revert,
    override: gatesVerdict === 'fail' ? input.override : undefined,
    assessedRisk,
    ...(riskOverride ? { riskOverride } : {}),
    gatesVerdict,
    ...(input.drill ? { drill: input.drill } : {}),
  };
}

/** `{ dialect }` when the config gives the path one, else nothing (the framework reads it from the path or SQL). */
export function dialectSetting(config: Config, path: string): { dialect?: NonNullable<ReturnType<typeof configuredDialect>> } {
  const dialect = configuredDialect(config, path);
  return dialect ? { dialect } : {};
}

const EMPTY_DESCRIPTION: ParsedDescription = {
  plan: { found: false, filled: false, sections: {}, forwardOnly: false, text: '' },
  revertSha: {},
  checkboxes: [],
};

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();

/** Ticked task-list items in the description that name a checklist item (by id or text). */
export function ticksFromDescription(
  description: ParsedDescription,
  config: Config,
  author: EvaluationInput['author'],
): Tick[] {
  const ticks: Tick[] = [];
  for (const box of description.checkboxes) {
    if (!box.checked) continue;
    const text = norm(box.text);
    const item = config.checklist.find((i) => text === norm(i.id) || text.includes(norm(i.text)) || (text.length > 12 && norm(i.text).includes(text)));
    if (item) ticks.push({ item: item.id, by: author?.login ?? 'author', allowed: author?.allowed ?? true });
  }
  return ticks;
}
