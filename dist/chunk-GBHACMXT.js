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
  gateTitle,
  itemMarker,
  renderChecklist,
  renderFindings,
  renderGateTable,
  renderMarkdown,
  renderPlanSkeleton,
  verdictHeadline
} from "./chunk-247IU7YJ.js";
import "./chunk-2TJDLD7M.js";
import "./chunk-KIF3KH6H.js";
export {
  COMMENT_MARKER,
  MARKDOWN_LIMIT,
  escapeMd,
  gateTitle,
  itemMarker,
  renderChecklist,
  renderFindings,
  renderGateTable,
  renderMarkdown,
  renderPlanSkeleton,
  verdictHeadline
};
