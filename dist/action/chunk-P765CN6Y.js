import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);

// src/core/frameworks/dispatch.ts
function handlerFor(table, name) {
  return Object.hasOwn(table, name) ? table[name] : void 0;
}

export {
  handlerFor
};
