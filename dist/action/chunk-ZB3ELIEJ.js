import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);

// src/drill/cache.ts
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { homedir } from "node:os";
import { join } from "node:path";
function defaultCacheDir() {
  if (process.env.ROLLBACK_READY_CACHE_DIR) return process.env.ROLLBACK_READY_CACHE_DIR;
  if (process.env.RUNNER_TEMP) return join(process.env.RUNNER_TEMP, "rollback-ready-drill");
  return join(process.env.XDG_CACHE_HOME || join(homedir(), ".cache"), "rollback-ready", "drill");
}
function baseKeys(engine, migrations) {
  let key = createHash("sha256").update(`${engine}
`).digest("hex");
  const keys = [key.slice(0, 32)];
  for (const m of migrations) {
    key = createHash("sha256").update(`${key}
${m.up.transactional}
${JSON.stringify(m.up.pieces)}
`).digest("hex");
    keys.push(key.slice(0, 32));
  }
  return keys;
}
var ImageCache = class {
  constructor(dir) {
    this.dir = dir;
  }
  dir;
  get(key) {
    try {
      return new Uint8Array(readFileSync(join(this.dir, `${key}.tar.gz`)));
    } catch {
      return void 0;
    }
  }
  /** Writes atomically (a concurrent run never reads half a file); a cache that cannot be written is skipped. */
  put(key, bytes) {
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
};

export {
  defaultCacheDir,
  baseKeys,
  ImageCache
};
