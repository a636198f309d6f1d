import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  DBMATE_FORMAT,
  dbmate_default
} from "./chunk-F2LGOR6D.js";
import "./chunk-V62EYKLP.js";
import "./chunk-EGSC7H2L.js";
import "./chunk-FSIEVXYZ.js";
import "./chunk-D5YWS6FL.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  DBMATE_FORMAT,
  dbmate_default as default
};
