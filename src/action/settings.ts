// Every input of action.yml, read once into one typed object (the only place inputs are parsed).
export interface ActionSettings {
  token: string;
  configPath: string;
  mode: 'check';
  dryRun: boolean;
}

export class SettingsError extends Error {}

export function readSettings(getInput: (name: string) => string): ActionSettings {
  const token = getInput('github-token').trim();
  if (!token) throw new SettingsError('Input "github-token" is empty: pass ${{ github.token }} or a token with checks: write and pull-requests: write.');
  const mode = getInput('mode').trim() || 'check';
  if (mode !== 'check') throw new SettingsError(`Input "mode" must be "check" (got "${mode}").`);
  const dryRunText = getInput('dry-run').trim().toLowerCase() || 'false';
  if (!['true', 'false'].includes(dryRunText)) throw new SettingsError(`Input "dry-run" must be true or false (got "${dryRunText}").`);
  return {
    token,
    configPath: getInput('config').trim() || '.github/rollback-ready.yml',
    mode,
    dryRun: dryRunText === 'true',
  };
}
