import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  sqitchProjectDialect,
  sqitch_default
} from "./chunk-T4TVA3V3.js";
import "./chunk-WPND2DTX.js";
import "./chunk-PP3ZK7KA.js";
import "./chunk-466DTFLL.js";
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
