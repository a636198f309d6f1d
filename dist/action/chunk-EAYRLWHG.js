import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  sqitchProjectDialect,
  sqitch_default
} from "./chunk-LYECX7UD.js";
import "./chunk-JA67VZL7.js";
import "./chunk-GFTTMR4J.js";
import "./chunk-WTWD6MWP.js";
import "./chunk-P765CN6Y.js";
import {
  revertPathOf
} from "./chunk-CYJ4ANXP.js";
import "./chunk-KDXATC2Q.js";
import "./chunk-BF324SM3.js";
import "./chunk-YQYMSWCG.js";
import "./chunk-DRKIMVDS.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  sqitch_default as default,
  revertPathOf,
  sqitchProjectDialect
};
