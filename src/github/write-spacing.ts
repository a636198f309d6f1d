// Octokit's throttling plugin spaces writes a second apart per installation, as GitHub asks of
// integrators. Against the local emulator (tests, the demo) nothing needs that pause: a limiter with
// another spacing replaces the plugin's own, when `WRITE_SPACING_MS` asks for one.
import Bottleneck from 'bottleneck/light.js';

export function writeSpacing(env: NodeJS.ProcessEnv = process.env): { write?: unknown } {
  const raw = env.WRITE_SPACING_MS;
  if (raw === undefined || raw === '' || !Number.isFinite(Number(raw)) || Number(raw) < 0) return {};
  return { write: new Bottleneck.Group({ id: 'octokit-write', maxConcurrent: 1, minTime: Number(raw) }) };
}
