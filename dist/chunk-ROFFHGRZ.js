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
} from "./chunk-ZT3XXJGG.js";
import "./chunk-U7GX3HL2.js";
import "./chunk-FBJ7C3N2.js";
import "./chunk-XJ2TQNO5.js";
import "./chunk-WYNSWX4E.js";
import "./chunk-W5G6VIRT.js";
import "./chunk-IQR4UOTD.js";
import "./chunk-HZLQ3MQE.js";
import "./chunk-CVV5WW5N.js";
import "./chunk-H3TVU33D.js";
import "./chunk-NYMSVNFH.js";
import "./chunk-BJ63QOVF.js";
import "./chunk-Y5SKFAKY.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  FileCache,
  frameworkFor,
  lintFile,
  lintOutcome
};
