import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);

// src/drill/engine.ts
var DbError = class extends Error {
  constructor(message, code, position, timedOut = false, where) {
    super(message);
    this.code = code;
    this.position = position;
    this.timedOut = timedOut;
    this.where = where;
  }
  code;
  position;
  timedOut;
  where;
  name = "DbError";
};
var DrillSetupError = class extends Error {
  name = "DrillSetupError";
};
function parseDuration(text) {
  const m = /^\s*(\d+(?:\.\d+)?)\s*(ms|s|m|min|h)?\s*$/i.exec(text);
  if (!m) return void 0;
  const n = Number(m[1]);
  const unit = (m[2] ?? "s").toLowerCase();
  const ms = unit === "ms" ? n : unit === "s" ? n * 1e3 : unit === "h" ? n * 36e5 : n * 6e4;
  return ms > 0 ? Math.round(ms) : void 0;
}

export {
  DbError,
  DrillSetupError,
  parseDuration
};
