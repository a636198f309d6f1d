import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  sqitchProjectDialect,
  sqitch_default
} from "./chunk-7BVR6RT6.js";
import "./chunk-S3VUS5GF.js";
import "./chunk-KNZ3QVEF.js";
import "./chunk-2KVBLKWZ.js";
import "./chunk-P765CN6Y.js";
import {
  revertPathOf
} from "./chunk-K7NLEESO.js";
import "./chunk-VKBMTKYT.js";
import "./chunk-YQYMSWCG.js";
import "./chunk-BF324SM3.js";
import "./chunk-Q7EMWZUQ.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  sqitch_default as default,
  revertPathOf,
  sqitchProjectDialect
};
