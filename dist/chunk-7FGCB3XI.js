import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  GOOSE_FORMAT,
  goose_default
} from "./chunk-IQDVDMG5.js";
import "./chunk-P6KGB5HW.js";
import "./chunk-P765CN6Y.js";
import "./chunk-CBNKU57Q.js";
import "./chunk-TKNREPPV.js";
import "./chunk-Q6SW2BX7.js";
import "./chunk-HHO2I7N6.js";
import "./chunk-BF324SM3.js";
import "./chunk-V7W5HETA.js";
import "./chunk-27NBPY6O.js";
import "./chunk-ASTGNKGX.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  GOOSE_FORMAT,
  goose_default as default
};
