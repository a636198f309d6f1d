import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  sqitchProjectDialect,
  sqitch_default
} from "./chunk-IOQA6JRV.js";
import "./chunk-7NTKQSEV.js";
import "./chunk-OCWQX5ON.js";
import "./chunk-OB35SQVF.js";
import "./chunk-P765CN6Y.js";
import {
  revertPathOf
} from "./chunk-TPGSLNQY.js";
import "./chunk-65OBJOQ2.js";
import "./chunk-BF324SM3.js";
import "./chunk-YQYMSWCG.js";
import "./chunk-37O65W6S.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  sqitch_default as default,
  revertPathOf,
  sqitchProjectDialect
};
