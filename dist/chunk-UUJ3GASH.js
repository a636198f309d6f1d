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
} from "./chunk-NGPCIUIL.js";
import "./chunk-U7GX3HL2.js";
import "./chunk-LG7S4PHX.js";
import "./chunk-WYZQXUFN.js";
import "./chunk-WSNMJFZU.js";
import "./chunk-WYNSWX4E.js";
import "./chunk-IQR4UOTD.js";
import "./chunk-HZLQ3MQE.js";
import "./chunk-BJ63QOVF.js";
import "./chunk-PJQXXDSF.js";
import "./chunk-J5OJMNAS.js";
import "./chunk-A2TT3LMJ.js";
import "./chunk-JW6KKIBT.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  FileCache,
  frameworkFor,
  lintFile,
  lintOutcome
};
