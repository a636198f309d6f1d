import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);

// src/core/render/suppressed.ts
function suppressedBy(s, at = "@") {
  return s.by === "ack" ? `acknowledged by ${at}${s.who}` : s.by === "plan" ? "answered by the rollback plan" : "ignored inline";
}

export {
  suppressedBy
};
