// The config's defaults and the one entry point adapters call, without loading zod or yaml:
// most repositories have no config file, and a required check should start fast.
import type { Config } from './config';

export const CONFIG_PATH = '.github/rollback-ready.yml';

export interface ChecklistItemShape {
  id: string;
  text: string;
  required: ('low' | 'medium' | 'high')[];
  verify?: 'revert-sha' | 'reversible' | 'backward-compatible' | 'drill';
}

export const DEFAULT_CHECKLIST: ChecklistItemShape[] = [
  { id: 'revert-sha', text: 'Revert commit identified (last known good SHA)', required: ['low', 'medium', 'high'], verify: 'revert-sha' },
  {
    id: 'backward-compatible',
    text: 'Database migrations are backward-compatible: old code works with the new schema',
    required: ['medium', 'high'],
    verify: 'backward-compatible',
  },
  {
    id: 'down-migration',
    text: 'Every migration has a working down path, or the plan names backup and restore',
    required: ['medium', 'high'],
    verify: 'reversible',
  },
  { id: 'backup', text: 'A backup is taken before the deploy and its restore is known to work', required: ['medium', 'high'] },
  { id: 'rollback-tested', text: 'Rollback tested (in staging, or by the rollback drill)', required: ['medium', 'high'], verify: 'drill' },
  { id: 'monitoring', text: 'Monitoring and alerts will show quickly if something breaks', required: ['high'] },
  { id: 'on-call', text: 'The on-call engineer knows this is being deployed', required: ['high'] },
  { id: 'feature-flag', text: 'New behaviour is behind a feature flag that can be switched off', required: [] },
];

/** Exactly what `configSchema.parse({})` gives (test/core/config.test.ts checks it). */
export const DEFAULT_CONFIG: Config = {
  ignore: [],
  paths: { migrations: {} },
  dialect: {},
  gates: {
    'rollback-plan': true,
    'plan-sections': true,
    'revert-sha': true,
    reversible: true,
    findings: true,
    checklist: true,
    drill: false,
  },
  plan: {
    sections: {
      low: ['steps'],
      medium: ['trigger', 'steps', 'verification'],
      high: ['trigger', 'steps', 'verification', 'data', 'time-estimate', 'point-of-no-return'],
    },
  },
  'revert-sha': { 'max-behind': 0 },
  checklist: DEFAULT_CHECKLIST,
  rules: {},
  overrides: { permission: 'maintain', users: [] },
  attest: { permission: 'write' },
  labels: { enabled: false, prefix: 'rollback-risk: ' },
};

/** A config problem, pointing at the file and line. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly line: number | undefined,
    readonly problem: string,
  ) {
    super(`${file}${line ? `:${line}` : ''}: ${problem}`);
    this.name = 'ConfigError';
  }
}

/** Parse a config file's text (absent or blank: the defaults). Throws ConfigError. */
export async function loadConfig(text: string | undefined, file: string = CONFIG_PATH): Promise<Config> {
  if (text === undefined || text.trim() === '') return DEFAULT_CONFIG;
  const { parseConfig } = await import('./config');
  return parseConfig(text, file);
}
