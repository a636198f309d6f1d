import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  dialectSetting,
  evaluate,
  selectReads,
  siblingPaths,
  ticksFromDescription
} from "./chunk-HRVMLQ54.js";
import "./chunk-PXEINMXX.js";
import "./chunk-AFULZOMO.js";
import "./chunk-RND3YNU6.js";
import "./chunk-MBQCLTKU.js";
import "./chunk-BFM53OVH.js";
import "./chunk-PEBNUFUE.js";
import "./chunk-BJ63QOVF.js";
import "./chunk-ZPFRN7I4.js";
import "./chunk-6P6DZJLR.js";
import "./chunk-2TJDLD7M.js";
import "./chunk-AYEM27GC.js";
import "./chunk-GHKLDGG7.js";
export {
  dialectSetting,
  evaluate,
  selectReads,
  siblingPaths,
  ticksFromDescription
};
