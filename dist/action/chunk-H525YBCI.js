import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  GOOSE_FORMAT,
  goose_default
} from "./chunk-NV2WQCSE.js";
import "./chunk-TKNREPPV.js";
import "./chunk-QRK2TQ6I.js";
import "./chunk-FXXYLBAX.js";
import "./chunk-P765CN6Y.js";
import "./chunk-Z3C4YU2U.js";
import "./chunk-C4OV5BBB.js";
import "./chunk-TRRAJ4JG.js";
import "./chunk-6P2JOH3C.js";
import "./chunk-BF324SM3.js";
import "./chunk-YQYMSWCG.js";
import "./chunk-HRNK5BXP.js";
import "./chunk-ASTGNKGX.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  GOOSE_FORMAT,
  goose_default as default
};
