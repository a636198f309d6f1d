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
} from "./chunk-VQI6Z6X7.js";
import "./chunk-U7GX3HL2.js";
import "./chunk-XA6F5X7H.js";
import "./chunk-IH45BUFC.js";
import "./chunk-WYNSWX4E.js";
import "./chunk-B6OZTRKR.js";
import "./chunk-IQR4UOTD.js";
import "./chunk-HZLQ3MQE.js";
import "./chunk-5QTV34WB.js";
import "./chunk-ZCV2KAOX.js";
import "./chunk-FSIEVXYZ.js";
import "./chunk-BJ63QOVF.js";
import "./chunk-TJIV6OZD.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  FileCache,
  frameworkFor,
  lintFile,
  lintOutcome
};
