// Octokit's throttling plugin spaces writes a second apart per installation (three seconds for
// writes that notify people, such as a new comment), one at a time, as GitHub asks of integrators.
// Against the local emulator (tests, the demo) nothing needs those pauses: `WRITE_SPACING_MS`
// replaces the plugin's limiters with ones of that spacing, and 0 lets writes run side by side.
import Bottleneck from 'bottleneck/light.js';

export function writeSpacing(env: NodeJS.ProcessEnv = process.env): { write?: unknown; notifications?: unknown } {
  const raw = env.WRITE_SPACING_MS;
  if (raw === undefined || raw === '' || !Number.isFinite(Number(raw)) || Number(raw) < 0) return {};
  const spacing = Number(raw);
  const group = (id: string) => new Bottleneck.Group({ id, maxConcurrent: spacing === 0 ? null : 1, minTime: spacing });
  return { write: group('octokit-write'), notifications: group('octokit-notifications') };
}
