// The App as users start it: `node dist/app.js`, configured by the environment, talking to the
// emulator over loopback. Used by the tests that send it signed deliveries.
import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { rsaPrivateKey, waitFor } from '../runner/fixture';
import { ensureDist } from './built';

export interface AppProcess {
  child: ChildProcess;
  /** Where it listens for webhook deliveries. */
  url: string;
  /** Everything it printed so far (stdout and stderr). */
  readonly logs: string;
  stop(): void;
}

/**
 * Starts dist/app.js against the emulator at `apiUrl` and resolves once it listens. `node`: another
 * Node binary (default this one); `nodeArgs`: options for Node itself (V8 traces).
 */
export async function startAppProcess(
  apiUrl: string,
  secret: string,
  env: Record<string, string> = {},
  { node = process.execPath, nodeArgs = [] }: { node?: string; nodeArgs?: string[] } = {},
): Promise<AppProcess> {
  ensureDist();
  const child = spawn(node, [...nodeArgs, resolve('dist/app.js')], {
    env: {
      PATH: process.env.PATH,
      APP_ID: '12345',
      PRIVATE_KEY: rsaPrivateKey(),
      WEBHOOK_SECRET: secret,
      GHE_HOST: new URL(apiUrl).host,
      GHE_PROTOCOL: 'http',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'warn',
      // Whatever .env the working tree holds, the test sets everything.
      ENV_FILE: '/nonexistent/.env',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let logs = '';
  child.stdout!.on('data', (d: Buffer) => (logs += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (logs += d.toString()));
  const url = await waitFor(() => /listening on (http:\/\/\S+)/.exec(logs)?.[1], 'the app to listen', 120_000).catch((e: Error) => {
    child.kill('SIGTERM');
    throw new Error(`${e.message} (logs: ${logs})`);
  });
  return {
    child,
    url,
    get logs() {
      return logs;
    },
    stop: () => void child.kill('SIGTERM'),
  };
}
