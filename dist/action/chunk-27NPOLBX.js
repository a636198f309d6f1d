import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  GOOSE_FORMAT,
  goose_default
} from "./chunk-PXQWLHHL.js";
import "./chunk-TKNREPPV.js";
import "./chunk-6QBLOZL5.js";
import "./chunk-P765CN6Y.js";
import "./chunk-G23IQBQJ.js";
import "./chunk-37QKLGHR.js";
import "./chunk-GCKRN5SM.js";
import "./chunk-IYH3SY4F.js";
import "./chunk-BF324SM3.js";
import "./chunk-HVK24PQZ.js";
import "./chunk-ASTGNKGX.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  GOOSE_FORMAT,
  goose_default as default
};
