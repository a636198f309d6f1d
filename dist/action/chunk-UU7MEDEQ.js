import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);

// browser-only:./fs/memfs2opfs.js
throw new Error("PGlite ./fs/memfs2opfs.js: a browser (OPFS) file system, not in rollback-ready's Node bundles");
