import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  GOOSE_FORMAT,
  goose_default
} from "./chunk-ATVEN3BG.js";
import "./chunk-XZ6MKRR2.js";
import "./chunk-GCKRN5SM.js";
import "./chunk-P765CN6Y.js";
import "./chunk-PQ26JT7O.js";
import "./chunk-WK4BTCEV.js";
import "./chunk-IYH3SY4F.js";
import "./chunk-BF324SM3.js";
import "./chunk-UXBZDYVC.js";
import "./chunk-ASTGNKGX.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  GOOSE_FORMAT,
  goose_default as default
};
