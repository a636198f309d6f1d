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
} from "./chunk-E5XTEXRY.js";
import "./chunk-U7GX3HL2.js";
import "./chunk-CIX5XXL6.js";
import "./chunk-LH4JDUKI.js";
import "./chunk-WYNSWX4E.js";
import "./chunk-W5G6VIRT.js";
import "./chunk-IQR4UOTD.js";
import "./chunk-HZLQ3MQE.js";
import "./chunk-46CNWR3W.js";
import "./chunk-WCGTM4J2.js";
import "./chunk-52NV7H7Y.js";
import "./chunk-BJ63QOVF.js";
import "./chunk-QQHI5XIW.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  FileCache,
  frameworkFor,
  lintFile,
  lintOutcome
};
