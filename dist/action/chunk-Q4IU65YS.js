import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  sqitchProjectDialect,
  sqitch_default
} from "./chunk-3EW2MIMP.js";
import "./chunk-EJM6P2IK.js";
import "./chunk-Q5SQGOKR.js";
import "./chunk-TAWD5TE2.js";
import "./chunk-P765CN6Y.js";
import {
  revertPathOf
} from "./chunk-247R56QM.js";
import "./chunk-JKIPGA2J.js";
import "./chunk-BF324SM3.js";
import "./chunk-YQYMSWCG.js";
import "./chunk-ZST3AHZP.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  sqitch_default as default,
  revertPathOf,
  sqitchProjectDialect
};
