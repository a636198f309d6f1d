// The App's tuning from the environment: what tests and the demo set against the emulator (see
// .env.example); production keeps the defaults.
import type { AppOptions } from './app-function';

export function appOptionsFrom(env: NodeJS.ProcessEnv): AppOptions {
  const num = (name: string) => (env[name] === undefined || env[name] === '' ? undefined : Number(env[name]));
  const base = num('RETRY_AFTER_BASE_MS');
  const ttl = num('LEASE_TTL_MS');
  const recheck = num('RECHECK_AFTER_MS');
  return {
    ...(base !== undefined && base > 0 ? { writes: { baseMs: base } } : {}),
    ...(ttl !== undefined && ttl > 0 ? { lease: { ttlMs: ttl } } : {}),
    ...(recheck !== undefined && recheck >= 0 ? { recheckMs: recheck } : {}),
  };
}
