import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  evaluate,
  judge,
  selectReads,
  siblingPaths,
  ticksFromDescription
} from "./chunk-F3MRSHAI.js";
import "./chunk-RFJ3I767.js";
import "./chunk-W7NRP4RF.js";
import {
  analyse,
  dialectSetting
} from "./chunk-DGJZKQID.js";
import "./chunk-MZ5IPHSG.js";
import "./chunk-WYNSWX4E.js";
import "./chunk-IQR4UOTD.js";
import "./chunk-HZLQ3MQE.js";
import "./chunk-BJ63QOVF.js";
import "./chunk-UV5NVBOI.js";
import "./chunk-BF324SM3.js";
import "./chunk-4RHH5JWY.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  analyse,
  dialectSetting,
  evaluate,
  judge,
  selectReads,
  siblingPaths,
  ticksFromDescription
};
