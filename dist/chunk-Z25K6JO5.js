import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  golang_migrate_default
} from "./chunk-KWE5DH5D.js";
import {
  downPathOf
} from "./chunk-UYSL4YMD.js";
import "./chunk-LXKSKNV2.js";
import "./chunk-BF324SM3.js";
import "./chunk-JCX6423D.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  golang_migrate_default as default,
  downPathOf
};
