import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  sqitchProjectDialect,
  sqitch_default
} from "./chunk-HO4IY65S.js";
import "./chunk-QE3MDSBO.js";
import "./chunk-DCVK6NQB.js";
import "./chunk-FKTDEFNZ.js";
import "./chunk-P765CN6Y.js";
import {
  revertPathOf
} from "./chunk-QPD4Q67D.js";
import "./chunk-VIAG5GR7.js";
import "./chunk-YQYMSWCG.js";
import "./chunk-BF324SM3.js";
import "./chunk-EPOSKRKZ.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  sqitch_default as default,
  revertPathOf,
  sqitchProjectDialect
};
