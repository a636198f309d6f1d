import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  COMMENT_MARKER,
  MARKDOWN_LIMIT,
  escapeMd,
  escapeOutsideCode,
  gateTitle,
  itemMarker,
  renderChecklist,
  renderFindings,
  renderGateTable,
  renderMarkdown,
  renderNextSteps,
  verdictHeadline
} from "./chunk-6MWMY26S.js";
import {
  suppressedBy
} from "./chunk-BEZLO7CC.js";
import "./chunk-2OWDQDHJ.js";
import {
  renderPlanSkeleton
} from "./chunk-F7OLIYN2.js";
import "./chunk-ME3JGQ6R.js";
import "./chunk-6P6DZJLR.js";
import "./chunk-2TJDLD7M.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  COMMENT_MARKER,
  MARKDOWN_LIMIT,
  escapeMd,
  escapeOutsideCode,
  gateTitle,
  itemMarker,
  renderChecklist,
  renderFindings,
  renderGateTable,
  renderMarkdown,
  renderNextSteps,
  renderPlanSkeleton,
  suppressedBy,
  verdictHeadline
};
