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

export function baseKey(engine: string, root: string, migrations: Migration[]): string {
  const hash = createHash('sha256').update(`${engine}\n${root}\n`);
  for (const m of migrations) hash.update(`${m.id}\n${m.up.transactional}\n${JSON.stringify(m.up.pieces)}\n`);
  return hash.digest('hex').slice(0, 32);
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
