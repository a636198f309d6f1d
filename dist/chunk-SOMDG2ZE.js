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
} from "./chunk-M5PNO5BE.js";
import "./chunk-U7GX3HL2.js";
import "./chunk-AZEX4VOC.js";
import "./chunk-B7ZJZHMD.js";
import "./chunk-WYNSWX4E.js";
import "./chunk-W5G6VIRT.js";
import "./chunk-IQR4UOTD.js";
import "./chunk-HZLQ3MQE.js";
import "./chunk-BJ63QOVF.js";
import "./chunk-CPFEHQIW.js";
import "./chunk-ORHFZSCE.js";
import "./chunk-52NV7H7Y.js";
import "./chunk-7JW3S6EA.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  FileCache,
  frameworkFor,
  lintFile,
  lintOutcome
};
