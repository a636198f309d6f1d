import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  GOOSE_FORMAT,
  goose_default
} from "./chunk-62RZXQGD.js";
import "./chunk-DCVK6NQB.js";
import "./chunk-FKTDEFNZ.js";
import "./chunk-P765CN6Y.js";
import "./chunk-M2CJ2PKO.js";
import "./chunk-TKNREPPV.js";
import "./chunk-QPD4Q67D.js";
import "./chunk-VIAG5GR7.js";
import "./chunk-YQYMSWCG.js";
import "./chunk-BF324SM3.js";
import "./chunk-VXNLIOFY.js";
import "./chunk-EPOSKRKZ.js";
import "./chunk-ASTGNKGX.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  GOOSE_FORMAT,
  goose_default as default
};
