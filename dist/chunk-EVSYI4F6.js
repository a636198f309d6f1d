import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  describeFailure,
  pullNumberFromQueueRef,
  runEvaluation,
  withRetries
} from "./chunk-QJVU2KV3.js";
import "./chunk-3FZUAP4G.js";
import "./chunk-HLJU5Z7P.js";
import "./chunk-6RJCVUMY.js";
import "./chunk-WTKDI26C.js";
import "./chunk-R7SRXO46.js";
import "./chunk-WYNSWX4E.js";
import "./chunk-SHQ774ME.js";
import "./chunk-IQR4UOTD.js";
import "./chunk-BJ63QOVF.js";
import "./chunk-CYLLRXWO.js";
import "./chunk-PC62DVFC.js";
import "./chunk-52NV7H7Y.js";
import "./chunk-T3QJPIJY.js";
import "./chunk-KIXCZADM.js";
import "./chunk-BEZLO7CC.js";
import "./chunk-7QYY34KQ.js";
import "./chunk-37IU4G7B.js";
import "./chunk-RFJ3I767.js";
import "./chunk-W7NRP4RF.js";
import "./chunk-HZLQ3MQE.js";
import "./chunk-R3VRAKW3.js";
import "./chunk-UO4DKIE6.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  describeFailure,
  pullNumberFromQueueRef,
  runEvaluation,
  withRetries
};
