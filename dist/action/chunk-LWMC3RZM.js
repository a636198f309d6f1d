import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  GOOSE_FORMAT,
  goose_default
} from "./chunk-23BVKV7X.js";
import "./chunk-TKNREPPV.js";
import "./chunk-Q5SQGOKR.js";
import "./chunk-TAWD5TE2.js";
import "./chunk-P765CN6Y.js";
import "./chunk-247R56QM.js";
import "./chunk-JKIPGA2J.js";
import "./chunk-TRRAJ4JG.js";
import "./chunk-6P2JOH3C.js";
import "./chunk-BF324SM3.js";
import "./chunk-YQYMSWCG.js";
import "./chunk-ZST3AHZP.js";
import "./chunk-ASTGNKGX.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  GOOSE_FORMAT,
  goose_default as default
};
