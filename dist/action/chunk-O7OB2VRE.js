import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  sqitchProjectDialect,
  sqitch_default
} from "./chunk-ZSSPAEUC.js";
import "./chunk-KGBVPWLD.js";
import "./chunk-QRK2TQ6I.js";
import "./chunk-FXXYLBAX.js";
import "./chunk-P765CN6Y.js";
import {
  revertPathOf
} from "./chunk-Z3C4YU2U.js";
import "./chunk-C4OV5BBB.js";
import "./chunk-BF324SM3.js";
import "./chunk-YQYMSWCG.js";
import "./chunk-HRNK5BXP.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  sqitch_default as default,
  revertPathOf,
  sqitchProjectDialect
};
