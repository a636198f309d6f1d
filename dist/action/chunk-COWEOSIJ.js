import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  sqitchProjectDialect,
  sqitch_default
} from "./chunk-UF7JSHVH.js";
import "./chunk-77LSQVGS.js";
import "./chunk-P765CN6Y.js";
import {
  revertPathOf
} from "./chunk-E6KR2V2F.js";
import "./chunk-4ELOQVLU.js";
import "./chunk-BF324SM3.js";
import "./chunk-24KUQFMQ.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  sqitch_default as default,
  revertPathOf,
  sqitchProjectDialect
};
