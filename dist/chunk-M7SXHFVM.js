import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  sqitchProjectDialect,
  sqitch_default
} from "./chunk-BSNPLMGA.js";
import "./chunk-DZGRGQD2.js";
import "./chunk-LNJYZDWI.js";
import "./chunk-HXWYHYE4.js";
import "./chunk-P765CN6Y.js";
import {
  revertPathOf
} from "./chunk-5LCZPM3A.js";
import "./chunk-HOW4PS7O.js";
import "./chunk-BF324SM3.js";
import "./chunk-YQYMSWCG.js";
import "./chunk-JSX7N743.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  sqitch_default as default,
  revertPathOf,
  sqitchProjectDialect
};
