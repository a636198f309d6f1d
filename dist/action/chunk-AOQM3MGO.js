import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import "./chunk-ADI5M2KE.js";

// src/core/render/json.ts
function renderJson(report) {
  const { schemaVersion, verdict, risk, changes, findings, gates } = report;
  return JSON.stringify({ schemaVersion, verdict, risk, changes, findings, gates }, null, 2) + "\n";
}
export {
  renderJson
};
