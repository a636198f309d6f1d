// Octokit's throttling plugin spaces writes a second apart per installation (three seconds for
// writes that notify people, such as a new comment), one at a time, as GitHub asks of clients that
// make many writes. The App keeps that. A workflow run of the Action makes a handful of writes and
// exits: they go one at a time, without the pause (`forOneRun`). Against the local emulator (tests,
// the demo) `WRITE_SPACING_MS` sets the pause, and 0 lets writes run side by side.
import Bottleneck from 'bottleneck/light.js';

const groups = (spacing: number, serial: boolean) => {
  const group = (id: string) => new Bottleneck.Group({ id, maxConcurrent: serial ? 1 : null, minTime: spacing });
  return { write: group('octokit-write'), notifications: group('octokit-notifications') };
};

export function writeSpacing(env: NodeJS.ProcessEnv = process.env, { forOneRun = false } = {}): { write?: unknown; notifications?: unknown } {
  const raw = env.WRITE_SPACING_MS;
  if (raw !== undefined && raw !== '' && Number.isFinite(Number(raw)) && Number(raw) >= 0) return groups(Number(raw), Number(raw) > 0);
  return forOneRun ? groups(0, true) : {};
}
