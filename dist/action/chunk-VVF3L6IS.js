import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  GOOSE_FORMAT,
  goose_default
} from "./chunk-H4I6N4HX.js";
import "./chunk-TKNREPPV.js";
import "./chunk-I7X5TDMF.js";
import "./chunk-P765CN6Y.js";
import "./chunk-IV5MVPFX.js";
import "./chunk-VUPSVCWS.js";
import "./chunk-TRRAJ4JG.js";
import "./chunk-6P2JOH3C.js";
import "./chunk-BF324SM3.js";
import "./chunk-POBW23YA.js";
import "./chunk-ASTGNKGX.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  GOOSE_FORMAT,
  goose_default as default
};
