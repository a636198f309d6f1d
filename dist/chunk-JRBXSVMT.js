import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  HISTORY_READS,
  pullNumberFromQueueRef,
  runEvaluation,
  withRetries
} from "./chunk-JWIHRSQA.js";
import "./chunk-6LTT2RCJ.js";
import "./chunk-4Y722UFN.js";
import "./chunk-7XRNKOLF.js";
import "./chunk-FYSHGHEE.js";
import "./chunk-EDZVOD4D.js";
import "./chunk-BJ63QOVF.js";
import "./chunk-CATLRTGL.js";
import "./chunk-247IU7YJ.js";
import "./chunk-2TJDLD7M.js";
import "./chunk-JZ2JDN2Z.js";
import "./chunk-KOAOHZ6H.js";
import "./chunk-KIF3KH6H.js";
export {
  HISTORY_READS,
  pullNumberFromQueueRef,
  runEvaluation,
  withRetries
};
