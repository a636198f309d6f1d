import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  pullNumberFromQueueRef,
  runEvaluation,
  withRetries
} from "./chunk-7LPSHVEP.js";
import "./chunk-TJMI72YS.js";
import "./chunk-EK6M7Q5P.js";
import "./chunk-7M7SJGL2.js";
import "./chunk-IHB4ACTQ.js";
import "./chunk-QMVF2X7S.js";
import "./chunk-247IU7YJ.js";
import "./chunk-2TJDLD7M.js";
import "./chunk-AHDTZG72.js";
import "./chunk-KIF3KH6H.js";
export {
  pullNumberFromQueueRef,
  runEvaluation,
  withRetries
};
