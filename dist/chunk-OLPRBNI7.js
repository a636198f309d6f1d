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
} from "./chunk-4NJ2ODSV.js";
import "./chunk-U7GX3HL2.js";
import "./chunk-AYPRKTWS.js";
import "./chunk-WBUNN7HE.js";
import "./chunk-6Q6E5C4Y.js";
import "./chunk-WYNSWX4E.js";
import "./chunk-IQR4UOTD.js";
import "./chunk-HZLQ3MQE.js";
import "./chunk-BJ63QOVF.js";
import "./chunk-QX5SKT6Z.js";
import "./chunk-EV5DHXNI.js";
import "./chunk-BF324SM3.js";
import "./chunk-SYFDZM3Q.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  FileCache,
  frameworkFor,
  lintFile,
  lintOutcome
};
