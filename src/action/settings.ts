// Every input of action.yml, read once into one typed object (the only place inputs are parsed).
import { parseDuration } from '../drill/engine';

export interface DrillInputs {
  /** A Postgres server for the drill (a service container); the embedded PGlite when absent. */
  databaseUrl?: string;
  statementTimeoutMs: number;
  budgetMs: number;
  cacheDir?: string;
  /** The checked-out repository (with its history) the drill reads migrations from. */
  workingDirectory: string;
}

export interface ActionSettings {
  token: string;
  configPath: string;
  /** `check` evaluates; `drill` rehearses the migrations first and publishes both in one check run. */
  mode: 'check' | 'drill';
  dryRun: boolean;
  drill: DrillInputs;
}

export class SettingsError extends Error {}

export function readSettings(getInput: (name: string) => string): ActionSettings {
  const token = getInput('github-token').trim();
  if (!token) throw new SettingsError('Input "github-token" is empty: pass ${{ github.token }} or a token with checks: write and pull-requests: write.');
  const mode = getInput('mode').trim() || 'check';
  if (mode !== 'check' && mode !== 'drill') throw new SettingsError(`Input "mode" must be "check" or "drill" (got "${mode}").`);
  const dryRunText = getInput('dry-run').trim().toLowerCase() || 'false';
  if (!['true', 'false'].includes(dryRunText)) throw new SettingsError(`Input "dry-run" must be true or false (got "${dryRunText}").`);
  const duration = (name: string, fallback: string) => {
    const text = getInput(name).trim() || fallback;
    const ms = parseDuration(text);
    if (ms === undefined) throw new SettingsError(`Input "${name}" must be a duration such as 30s, 500ms or 2m (got "${text}").`);
    return ms;
  };
  const databaseUrl = getInput('database-url').trim();
  const cacheDir = getInput('cache-dir').trim();
  return {
    token,
    configPath: getInput('config').trim() || '.github/rollback-ready.yml',
    mode,
    dryRun: dryRunText === 'true',
    drill: {
      statementTimeoutMs: duration('statement-timeout', '30s'),
      budgetMs: duration('time-budget', '10m'),
      workingDirectory: getInput('working-directory').trim() || process.env.GITHUB_WORKSPACE || '.',
      ...(databaseUrl ? { databaseUrl } : {}),
      ...(cacheDir ? { cacheDir } : {}),
    },
  };
}
