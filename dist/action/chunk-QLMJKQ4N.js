import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  sqitchProjectDialect,
  sqitch_default
} from "./chunk-YQ3LBPVG.js";
import "./chunk-FGXPQAZR.js";
import "./chunk-P765CN6Y.js";
import {
  revertPathOf
} from "./chunk-U5JHYVV2.js";
import "./chunk-3W3VGLI7.js";
import "./chunk-BF324SM3.js";
import "./chunk-6Q3YHX3Z.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  sqitch_default as default,
  revertPathOf,
  sqitchProjectDialect
};
