import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  GOOSE_FORMAT,
  goose_default
} from "./chunk-2NG3WFB5.js";
import "./chunk-4D4VQUWN.js";
import "./chunk-BFM53OVH.js";
import "./chunk-PEBNUFUE.js";
import "./chunk-AYEM27GC.js";
import "./chunk-GHKLDGG7.js";
export {
  GOOSE_FORMAT,
  goose_default as default
};
