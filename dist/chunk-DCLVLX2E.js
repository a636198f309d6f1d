import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  FileCache,
  frameworkFor,
  lintFile,
  lintOutcome
} from "./chunk-6BSYTLWL.js";
import "./chunk-U7GX3HL2.js";
import "./chunk-JH2JIWVA.js";
import "./chunk-KBCQMGHM.js";
import "./chunk-SVTPVXVH.js";
import "./chunk-WYNSWX4E.js";
import "./chunk-IQR4UOTD.js";
import "./chunk-HZLQ3MQE.js";
import "./chunk-BJ63QOVF.js";
import "./chunk-N2WTDRRS.js";
import "./chunk-ISXWF3JX.js";
import "./chunk-RSNDQAMO.js";
import "./chunk-2JKJMSV7.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  FileCache,
  frameworkFor,
  lintFile,
  lintOutcome
};
