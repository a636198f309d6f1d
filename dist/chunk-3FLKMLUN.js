import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  HISTORY_READS,
  describeFailure,
  pullNumberFromQueueRef,
  runEvaluation,
  withRetries
} from "./chunk-Z3T4PHQL.js";
import "./chunk-HLJU5Z7P.js";
import "./chunk-3FZUAP4G.js";
import "./chunk-HRVMLQ54.js";
import "./chunk-Z53GI5BO.js";
import "./chunk-PXEINMXX.js";
import "./chunk-AFULZOMO.js";
import "./chunk-RND3YNU6.js";
import "./chunk-MBQCLTKU.js";
import "./chunk-4D4VQUWN.js";
import "./chunk-BFM53OVH.js";
import "./chunk-PEBNUFUE.js";
import "./chunk-BJ63QOVF.js";
import "./chunk-U7OWEDTD.js";
import "./chunk-SUCXTAHD.js";
import "./chunk-BEZLO7CC.js";
import "./chunk-2OWDQDHJ.js";
import "./chunk-F7OLIYN2.js";
import "./chunk-ZPFRN7I4.js";
import "./chunk-6P6DZJLR.js";
import "./chunk-2TJDLD7M.js";
import "./chunk-Y7UUL5HL.js";
import "./chunk-AYEM27GC.js";
import "./chunk-GHKLDGG7.js";
export {
  HISTORY_READS,
  describeFailure,
  pullNumberFromQueueRef,
  runEvaluation,
  withRetries
};
