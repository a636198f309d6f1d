import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  GOOSE_FORMAT,
  goose_default
} from "./chunk-XO5QZYL6.js";
import "./chunk-EELQERVL.js";
import "./chunk-CBNKU57Q.js";
import "./chunk-P765CN6Y.js";
import "./chunk-TKNREPPV.js";
import "./chunk-UYSL4YMD.js";
import "./chunk-LXKSKNV2.js";
import "./chunk-BF324SM3.js";
import "./chunk-V7W5HETA.js";
import "./chunk-JCX6423D.js";
import "./chunk-ASTGNKGX.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  GOOSE_FORMAT,
  goose_default as default
};
