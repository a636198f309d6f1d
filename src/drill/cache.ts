// Base images kept on disk between runs (PGlite data-directory dumps), keyed by the engine and the
// exact text of the base migrations: a base of hundreds of migrations is built once and reused by
// every pull request until a base migration changes. In the Action, keep the folder with
// actions/cache (docs/drill.md).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import type { Migration } from './scripts';

export function defaultCacheDir(): string {
  if (process.env.ROLLBACK_READY_CACHE_DIR) return process.env.ROLLBACK_READY_CACHE_DIR;
  if (process.env.RUNNER_TEMP) return join(process.env.RUNNER_TEMP, 'rollback-ready-drill');
  return join(process.env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'rollback-ready', 'drill');
}

/**
 * One key per prefix of the base migrations (keys[0]: the empty cluster, keys[n]: all n), each
 * chained from the one before: when a migration is merged, the next drill finds the image of
 * every migration before it and applies only the new one.
 */
export function baseKeys(engine: string, migrations: Migration[]): string[] {
  // Not the folder's path: two folders with the same migrations build the same database.
  let key = createHash('sha256').update(`${engine}\n`).digest('hex');
  const keys = [key.slice(0, 32)];
  for (const m of migrations) {
    key = createHash('sha256')
      .update(`${key}\n${m.up.transactional}\n${JSON.stringify(m.up.pieces)}\n`)
      .digest('hex');
    keys.push(key.slice(0, 32));
  }
  return keys;
}

export class ImageCache {
  constructor(readonly dir: string) {}

  get(key: string): Uint8Array | undefined {
    try {
      return new Uint8Array(readFileSync(join(this.dir, `${key}.tar.gz`)));
    } catch {
      return undefined;
    }
  }

  /** Writes atomically (a concurrent run never reads half a file); a cache that cannot be written is skipped. */
  put(key: string, bytes: Uint8Array): boolean {
    try {
      mkdirSync(this.dir, { recursive: true });
      const tmp = join(this.dir, `${key}.${process.pid}.tmp`);
      writeFileSync(tmp, bytes);
      renameSync(tmp, join(this.dir, `${key}.tar.gz`));
      return true;
    } catch {
      return false;
    }
  }
}
