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
} from "./chunk-H6LMJCZ7.js";
import "./chunk-U7GX3HL2.js";
import "./chunk-ZMVNUY2N.js";
import "./chunk-UYOQNK75.js";
import "./chunk-TY42AE5V.js";
import "./chunk-WYNSWX4E.js";
import "./chunk-IQR4UOTD.js";
import "./chunk-HZLQ3MQE.js";
import "./chunk-BJ63QOVF.js";
import "./chunk-APWVDAII.js";
import "./chunk-QIHXWZ7G.js";
import "./chunk-BF324SM3.js";
import "./chunk-YQYMSWCG.js";
import "./chunk-WJ63QTCJ.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  FileCache,
  frameworkFor,
  lintFile,
  lintOutcome
};
