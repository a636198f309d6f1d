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
} from "./chunk-OBVBCFZR.js";
import "./chunk-U7GX3HL2.js";
import "./chunk-36DPWW52.js";
import "./chunk-G3PMTOXZ.js";
import "./chunk-WYNSWX4E.js";
import "./chunk-47GU7EW5.js";
import "./chunk-IQR4UOTD.js";
import "./chunk-HZLQ3MQE.js";
import "./chunk-BJ63QOVF.js";
import "./chunk-TROB3H56.js";
import "./chunk-T5KQY5MY.js";
import "./chunk-52NV7H7Y.js";
import "./chunk-5NMD2RNH.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  FileCache,
  frameworkFor,
  lintFile,
  lintOutcome
};
