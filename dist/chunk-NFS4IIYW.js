import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  renderFullPlan
} from "./chunk-VRU5LLEH.js";

// src/core/render/template.ts
function renderTemplate(evaluation, config, ctx) {
  return renderFullPlan(evaluation, config, ctx);
}

export {
  renderTemplate
};
