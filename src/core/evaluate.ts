// The evaluation of a pull request: analyse the changed files (analyse.ts), then judge the analysis
// with what people wrote and decided (judge.ts). Callers that judge one analysis more than once
// (the runner, when a tick or a decision changes) call the two halves themselves.
import { analyse, type AnalysisInput } from './analyse';
import { createClassifier } from './classify';
import type { Config } from './config';
import type { Framework } from './frameworks/framework';
import { judge, type Evaluation, type JudgementInput } from './judge';
import type { ChangedFile } from './types';

export { analyse, dialectSetting, type Analysis, type AnalysedFile, type AnalysisInput } from './analyse';
export { judge, ticksFromDescription, type Evaluation, type JudgementInput, type Override, type RepoFacts, type RiskOverride } from './judge';

export interface EvaluationInput extends AnalysisInput, JudgementInput {}

/** Analyse, then judge: for callers that want both once. */
export async function evaluate(input: EvaluationInput): Promise<Evaluation> {
  return judge(await analyse(input), input);
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
