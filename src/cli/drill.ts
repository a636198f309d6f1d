// `rollback-ready drill`: rehearse the pull request's migrations (up, down, up again) on an
// embedded Postgres or a real server, then judge the `drill` gate. Shared with the Action's
// `mode: drill` (runDrill).
import { parseArgs } from 'node:util';
import type { Config } from '../core/config';
import { drillJson, type DrillOutcome } from '../core/drill';
import type { Finding, GateResult, Report, Verdict } from '../core/types';
import { InputError, type GitRepo } from '../git/repo';
import type { SqlPiece } from '../core/sql/lint-sql';
import type { Migration } from '../drill/scripts';
import { keepWasmOnBaseline } from '../node/wasm';

export interface DrillSettings {
  repoDir: string;
  base?: string;
  head?: string;
  databaseUrl?: string;
  statementTimeoutMs: number;
  budgetMs: number;
  cacheDir?: string;
  noCache?: boolean;
  configFile?: string;
  /** `--set name=value`: psql variables a Sqitch project's scripts get, as `sqitch deploy --set` gives them. */
  set?: ReadonlyMap<string, string>;
}

export interface DrillReport {
  report: Report & { drill?: object };
  outcome?: DrillOutcome;
  findings: Finding[];
  /** Text, Markdown renderings of the drill part. */
  text: string;
  markdown: string;
  verdict: Verdict;
}

export class DrillUsageError extends Error {}

const DURATION = 'a duration such as 30s, 500ms, 2m';

/** Reads the drill's flags; errors name the flag. */
export async function readDrillArgs(args: string[]): Promise<{ help: true } | { help: false; settings: DrillSettings; format: 'text' | 'json' | 'markdown' }> {
  const { parseDuration } = await import('../drill/engine');
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: false,
      strict: true,
      options: {
        repo: { type: 'string' },
        base: { type: 'string' },
        head: { type: 'string' },
        'database-url': { type: 'string' },
        'statement-timeout': { type: 'string' },
        'time-budget': { type: 'string' },
        'cache-dir': { type: 'string' },
        'no-cache': { type: 'boolean' },
        config: { type: 'string' },
        set: { type: 'string', multiple: true },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    throw new DrillUsageError((error as Error).message.split('\n')[0]!);
  }
  const v = parsed.values;
  if (v.help) return { help: true };
  const format = (v.format ?? 'text') as 'text' | 'json' | 'markdown';
  if (!['text', 'json', 'markdown'].includes(format)) throw new DrillUsageError(`--format must be one of text, json, markdown (got "${v.format}")`);
  const duration = (flag: string, text: string | undefined, fallback: number) => {
    if (text === undefined) return fallback;
    const ms = parseDuration(text);
    if (ms === undefined) throw new DrillUsageError(`--${flag} must be ${DURATION} (got "${text}")`);
    return ms;
  };
  const set = new Map<string, string>();
  for (const pair of v.set ?? []) {
    const eq = pair.indexOf('=');
    if (eq <= 0) throw new DrillUsageError(`--set must be name=value (got "${pair}")`);
    set.set(pair.slice(0, eq), pair.slice(eq + 1));
  }
  const settings: DrillSettings = {
    repoDir: v.repo ?? '.',
    statementTimeoutMs: duration('statement-timeout', v['statement-timeout'], 30_000),
    budgetMs: duration('time-budget', v['time-budget'], 600_000),
    ...(v.base ? { base: v.base } : {}),
    ...(v.head ? { head: v.head } : {}),
    ...(v['database-url'] ? { databaseUrl: v['database-url'] } : {}),
    ...(v['cache-dir'] ? { cacheDir: v['cache-dir'] } : {}),
    ...(v['no-cache'] ? { noCache: true } : {}),
    ...(v.config ? { configFile: v.config } : {}),
    ...(set.size ? { set } : {}),
  };
  return { help: false, settings, format };
}

export interface DrillInput {
  repo: GitRepo;
  forkPoint: string;
  headSha: string;
  config: Config;
}

/**
 * What the drill made of a change: its outcome, or nothing to rehearse with what was left out and
 * why (`notices`: another database's migrations; empty when the change has no migration at all).
 */
export type DrillResultOf = { outcome: DrillOutcome; findings: Finding[] } | { notices: string[] };

/**
 * Collects and rehearses the migrations of a change. A server that cannot be reached is a
 * DrillSetupError (exit code 2).
 */
export async function runDrill(input: DrillInput, settings: DrillSettings, log?: (line: string) => void): Promise<DrillResultOf> {
  // PGlite is a 9 MB WebAssembly module. V8 compiles it with its baseline compiler and then again,
  // optimised, on background threads; on two cores that second compile slowed the embedded
  // engine's start-up by about half and the drill's short statements gain little from it (see
  // bench/drill.bench.mjs); on Node 24 it took 1.3 GB. The faces set this at start-up
  // (useNodeWasm); set again for callers that did not, before any WebAssembly is compiled.
  keepWasmOnBaseline();
  const [{ collectDrill }, { rehearse }, { ImageCache, defaultCacheDir }] = await Promise.all([
    import('../drill/collect'),
    import('../drill/rehearse'),
    import('../drill/cache'),
  ]);
  const plan = await collectDrill(input.repo, input.forkPoint, input.headSha, input.config, settings.set);
  // Nothing to rehearse; what was left out (another dialect's migrations) is the caller's to say.
  if (plan.sets.length === 0 && plan.unrehearsable.length === 0) return { notices: plan.notices };
  const engineOptions = { statementTimeoutMs: settings.statementTimeoutMs, lockTimeoutMs: Math.min(settings.statementTimeoutMs, 10_000) };
  const engine = settings.databaseUrl
    ? await (await import('../drill/postgres')).PostgresEngine.connect(settings.databaseUrl, engineOptions)
    : new (await import('../drill/pglite')).PgliteEngine(engineOptions, [...(await (await import('../drill/statements')).extensionsCreated(scriptsOf(plan)))]);
  const stop = () => {
    void engine.dispose().finally(() => process.exit(130));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    const cache = settings.noCache || engine.kind !== 'pglite' ? undefined : new ImageCache(settings.cacheDir ?? defaultCacheDir());
    const result = await rehearse({
      engine,
      plan,
      config: input.config,
      statementTimeoutMs: settings.statementTimeoutMs,
      budgetMs: settings.budgetMs,
      ...(cache ? { cache } : {}),
      ...(log ? { log } : {}),
    });
    return { outcome: { passed: result.passed, summary: result.summary, run: result.run }, findings: result.findings };
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    const left = await engine.dispose();
    // Never silent: a temporary database left on the server stays there until someone drops it.
    if (left.length)
      process.stderr.write(
        `rollback-ready drill: could not drop its temporary database${left.length > 1 ? 's' : ''} ${left.join(', ')}: drop ${left.length > 1 ? 'them' : 'it'} by hand (DROP DATABASE).\n`,
      );
  }
}

/** Every script the drill may run: the bases' ups and the pull request's ups and downs. */
function* scriptsOf(plan: { sets: Array<{ base: Migration[]; pr: Migration[] }> }): Generator<{ pieces: SqlPiece[] }> {
  for (const set of plan.sets) {
    for (const m of set.base) yield m.up;
    for (const m of set.pr) {
      yield m.up;
      if (m.down) yield m.down;
    }
  }
}

const verdictOf = (gate: GateResult | undefined): Verdict => (gate?.status === 'pass' ? 'pass' : gate?.status === 'fail' ? 'fail' : 'not-applicable');

/** The `drill` command: exit code 0, 1 or 2. */
export async function drillCommand(args: string[], io: { stdout: (t: string) => void; stderr: (t: string) => void }): Promise<number> {
  // Help and unknown flags are answered by the command table (src/cli/main.ts) before this runs.
  const read = await readDrillArgs(args);
  if (read.help) return 0;
  const { settings, format } = read;
  const [
    { readGitPullRequest },
    { evaluate },
    { renderJson },
    { renderDrillMarkdown, renderDrillText },
    { renderFindingsText },
    { renderFindings },
    { DrillSetupError },
  ] = await Promise.all([
    import('./read-git-pr'),
    import('../core/evaluate'),
    import('../core/render/json'),
    import('../core/render/drill'),
    import('../core/render/text'),
    import('../core/render/markdown'),
    import('../drill/engine'),
  ]);
  const pr = await readGitPullRequest({ repoDir: settings.repoDir, base: settings.base, head: settings.head, configFile: settings.configFile });
  let result: DrillResultOf;
  try {
    result = await runDrill({ repo: pr.repo, forkPoint: pr.forkPoint, headSha: pr.headSha, config: pr.config }, settings, (line) => {
      if (format === 'text') io.stderr(`${line}\n`);
    });
  } catch (error) {
    if (error instanceof DrillSetupError) throw new InputError(error.message);
    throw error;
  }
  const drilled = 'outcome' in result ? result : undefined;
  // Migrations the drill left out (another database's) when nothing else was left: said in every format.
  const leftOut = 'notices' in result ? result.notices : [];
  const evaluation = await evaluate({ ...pr.input, body: '', ...(drilled ? { drill: drilled.outcome, extraFindings: drilled.findings } : {}) });
  const gate = evaluation.report.gates.find((g) => g.id === 'drill');
  const verdict = drilled ? verdictOf(gate) : 'not-applicable';
  const findings = drilled?.findings ?? [];
  const report = { ...evaluation.report, verdict, findings, gates: gate ? [gate] : [] };
  if (format === 'json') {
    const json = JSON.parse(renderJson(report)) as Record<string, unknown>;
    const drill = drilled?.outcome.run ? drillJson(drilled.outcome.run) : leftOut.length ? { migrations: [], notices: leftOut } : undefined;
    io.stdout(JSON.stringify({ ...json, ...(drill ? { drill } : {}) }, null, 2) + '\n');
  } else if (!drilled) {
    io.stdout(nothingToRehearse(format, leftOut));
  } else if (format === 'markdown') {
    const { run, passed, summary } = drilled.outcome;
    io.stdout(renderDrillMarkdown(run!, summary, passed) + (findings.length ? `\n\n#### Findings\n\n${renderFindings(findings, {})}` : '') + '\n');
  } else {
    const { run, passed, summary } = drilled.outcome;
    io.stdout(
      renderDrillText(run!, summary, passed) +
        (findings.length ? `\nFindings (${findings.length}):\n${renderFindingsText(findings).replace(/^(?=.)/gm, '  ')}\n` : ''),
    );
  }
  return verdict === 'fail' ? 1 : 0;
}

/** The drill's answer when it rehearsed nothing: why, and what it left out (another database's migrations). */
function nothingToRehearse(format: 'text' | 'markdown', leftOut: string[]): string {
  const what = leftOut.length ? 'No Postgres migrations to rehearse in this change.' : 'No migrations to rehearse in this change.';
  if (format === 'markdown') return `### Rollback drill\n\n${what}\n${leftOut.map((n) => `\n- ${n}`).join('')}${leftOut.length ? '\n' : ''}`;
  return `Rollback drill: not applicable. ${what}\n${leftOut.map((n) => `  ${n}\n`).join('')}`;
}
