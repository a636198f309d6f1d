// Read the changed files of one head, analyse them once, and judge the analysis with what people
// decided (ticks, acknowledgements, overrides, a risk level). A delivery that only changes a
// decision or a tick judges the same analysis again: no migration is read or parsed twice.
import { analyse, judge, type Analysis, type Evaluation, type JudgementInput } from '../core/evaluate';
import type { Config } from '../core/config';
import { CONFIG_PATH, ConfigError, loadConfig } from '../core/config-defaults';
import type { DrillOutcome } from '../core/drill';
import { FRAMEWORKS } from '../core/frameworks/index';
import type { CommitFacts } from '../core/gates';
import type { ChangedFile, Finding } from '../core/types';
import type { FileListing, GitHubPort } from '../github/port';
import { hasPermission } from '../github/port';
import { ticksFromAttestations, type Attestation } from './attestations';
import type { Decisions } from './decisions';
import { readChanges } from './read-changes';

export async function readConfig(port: GitHubPort, baseSha: string, path = CONFIG_PATH): Promise<Config> {
  // Always from the base: a pull request must not be able to switch its own gate off.
  return loadConfig(await port.getContent(path, baseSha), path);
}

export function cachedInspector(port: GitHubPort, baseRef: string) {
  const cache = new Map<string, Promise<CommitFacts>>();
  return {
    inspectCommit(sha: string) {
      let hit = cache.get(sha);
      if (!hit) cache.set(sha, (hit = port.inspectCommit(sha, baseRef)));
      return hit;
    },
  };
}

/** One head's changes and what every judgement of them shares. */
export interface ChangesToAnalyse {
  listing: FileListing;
  configPromise: Promise<Config>;
  headSha: string;
  baseSha: string;
  baseRef: string;
  body: string | null;
  docsBase?: string;
  drill?: { outcome: DrillOutcome; findings: Finding[] };
  drillElsewhere?: boolean;
}

/** The analysis of one head, with the config it ran with and the judgement input every decision shares. */
export interface AnalysedChanges {
  analysis: Analysis;
  config: Config;
  shared: JudgementInput;
}

/** The analysis, or the config error that stopped it (a broken config fails the check with its own message). */
export type Analysed = { analysed: AnalysedChanges; configError?: undefined } | { analysed?: undefined; configError: ConfigError };

export async function analyseChanges(port: GitHubPort, args: ChangesToAnalyse): Promise<Analysed> {
  let config: Config;
  try {
    config = await args.configPromise;
  } catch (e) {
    if (e instanceof ConfigError) return { configError: e };
    throw e;
  }
  const { files, siblings } = await readChanges(port, args.listing.files, { headSha: args.headSha, baseSha: args.baseSha }, config, FRAMEWORKS);
  const analysis = await analyse({ files, siblings, ...budgetedReader(port, args.headSha, files), config, frameworks: FRAMEWORKS });
  const shared: JudgementInput = {
    body: args.body,
    repo: cachedInspector(port, args.baseRef),
    ...(args.listing.truncated ? { truncated: args.listing.truncated } : {}),
    ...(args.docsBase ? { docsBase: args.docsBase } : {}),
    ...(args.drill ? { drill: args.drill.outcome, extraFindings: args.drill.findings } : {}),
    ...(args.drillElsewhere ? { drillElsewhere: true } : {}),
  };
  return { analysed: { analysis, config, shared } };
}

/** What people said about this head: ticks in the comment, slash-command decisions, the description's author. */
export interface PeopleSaid {
  author?: string;
  attestations: Attestation[];
  decisions?: Decisions;
}

/** Judge the analysis with what people said. */
export async function judgeChanges(port: GitHubPort, { analysis, config, shared }: AnalysedChanges, said: PeopleSaid): Promise<Evaluation> {
  const { decisions } = said;
  const input: JudgementInput = {
    ...shared,
    ticks: ticksFromAttestations(said.attestations),
    acks: decisions?.acks ?? [],
    ...(decisions?.override ? { override: { by: decisions.override.by, reason: decisions.override.reason, at: decisions.override.at } } : {}),
    ...(decisions?.risk ? { riskOverride: { level: decisions.risk.level, by: decisions.risk.by, reason: decisions.risk.reason, at: decisions.risk.at } } : {}),
  };
  // The author's own ticks in the description count only with enough permission: ask GitHub
  // only when the description ticks something, and judge the same analysis again.
  const author = said.author;
  const evaluation = await judge(analysis, { ...input, ...(author ? { author: { login: author, allowed: false } } : {}) });
  if (!author || !evaluation.description.checkboxes.some((b: { checked?: boolean }) => b.checked === true)) return evaluation;
  const granted = await port.getPermission(author);
  return hasPermission(granted, config.attest.permission) ? judge(analysis, { ...input, author: { login: author, allowed: true } }) : evaluation;
}

/** Reads and folder listings at most per evaluation for frameworks that look back (earlier migrations, Liquibase sqlFiles). */
export const HISTORY_READS = 60;

/**
 * Reads files and lists folders at head for `MigrationInput.readFile`/`listDir`: the changed files
 * from memory, the rest through the API, each once, and at most `HISTORY_READS` requests between
 * them. A failed read or one past the budget rejects: the frameworks report what they could not
 * read instead of judging as if the file were absent.
 */
function budgetedReader(
  port: GitHubPort,
  headSha: string,
  files: ChangedFile[],
): {
  readFile(path: string): Promise<string | undefined>;
  listDir(dir: string): Promise<string[] | undefined>;
  listFolders(dir: string): Promise<string[] | undefined>;
} {
  // Changed files whose content was fetched (one no reader needs is listed without it: read when asked).
  const known = new Map(files.filter((f) => f.status !== 'removed' && f.head !== undefined).map((f) => [f.path, f.head]));
  const asked = new Map<string, Promise<unknown>>();
  // Fail closed: a read that fails, or one past the budget, rejects (the frameworks say what could
  // not be read), never resolves as "absent".
  const once = <T>(key: string, request: () => Promise<T>): Promise<T | undefined> => {
    let found = asked.get(key) as Promise<T | undefined> | undefined;
    if (!found) {
      if (asked.size >= HISTORY_READS) return Promise.reject(new Error(`the budget of ${HISTORY_READS} history reads per evaluation is spent`));
      found = request();
      found.catch(() => undefined); // held for the next asker; unhandled only if nobody asks again
      asked.set(key, found);
    }
    return found;
  };
  return {
    readFile: (path) => (known.has(path) ? Promise.resolve(known.get(path)) : once(`file:${path}`, () => port.getContent(path, headSha))),
    listDir: (dir) => once(`dir:${dir}`, () => port.listDirectory(dir.replace(/\/+$/, ''), headSha)),
    listFolders: (dir) => once(`folders:${dir}`, () => port.listFolders(dir.replace(/\/+$/, ''), headSha)),
  };
}

export interface Evaluated {
  evaluation?: Evaluation;
  configError?: ConfigError;
  config?: Config;
}

/** Judge an analysis (or pass its config error on), with what people said. */
export async function judgeAnalysed(port: GitHubPort, analysed: Analysed, said: PeopleSaid): Promise<Evaluated> {
  if (!analysed.analysed) return { configError: analysed.configError };
  return { evaluation: await judgeChanges(port, analysed.analysed, said), config: analysed.analysed.config };
}

/** Analyse, then judge once (a merge group: nobody decides anything in between). */
export async function evaluateChanges(port: GitHubPort, args: ChangesToAnalyse & PeopleSaid): Promise<Evaluated> {
  return judgeAnalysed(port, await analyseChanges(port, args), args);
}
