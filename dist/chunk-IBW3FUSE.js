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
} from "./chunk-UHHXOZYJ.js";
import "./chunk-2VLIBEWI.js";
import "./chunk-3FUJEXHR.js";
import "./chunk-J2EYRSSJ.js";
import "./chunk-QMVF2X7S.js";
import "./chunk-5ANDDVDK.js";
import "./chunk-NUYEN4FD.js";
import "./chunk-AHDTZG72.js";
import "./chunk-KIF3KH6H.js";
export {
  pullNumberFromQueueRef,
  runEvaluation,
  withRetries
};
