import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  sqitchProjectDialect,
  sqitch_default
} from "./chunk-WU6Y2UZW.js";
import "./chunk-EKTQFMI6.js";
import "./chunk-ONN4Q34W.js";
import "./chunk-3NRJWJVE.js";
import "./chunk-P765CN6Y.js";
import {
  revertPathOf
} from "./chunk-WDGR6Z4T.js";
import "./chunk-FZWSIRVP.js";
import "./chunk-BF324SM3.js";
import "./chunk-YQYMSWCG.js";
import "./chunk-JG3SKPG3.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  sqitch_default as default,
  revertPathOf,
  sqitchProjectDialect
};
