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
} from "./chunk-VTJ6QDQT.js";
import {
  suppressedBy
} from "./chunk-BEZLO7CC.js";
import {
  renderPlanSkeleton
} from "./chunk-VRU5LLEH.js";
import "./chunk-ZFFODCYG.js";
import "./chunk-OQYEAIFO.js";
import "./chunk-HZLQ3MQE.js";
import "./chunk-7QYY34KQ.js";
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
