import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  analyse,
  dialectSetting,
  evaluate,
  judge,
  selectReads,
  siblingPaths,
  ticksFromDescription
} from "./chunk-LBNID3M2.js";
import "./chunk-BARGCBAH.js";
import "./chunk-AFULZOMO.js";
import "./chunk-SHQ774ME.js";
import "./chunk-MBQCLTKU.js";
import "./chunk-BJ63QOVF.js";
import "./chunk-WQCIA5PL.js";
import "./chunk-PEBNUFUE.js";
import "./chunk-ME3JGQ6R.js";
import "./chunk-6P6DZJLR.js";
import "./chunk-2TJDLD7M.js";
import "./chunk-KW4HGHBC.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  analyse,
  dialectSetting,
  evaluate,
  judge,
  selectReads,
  siblingPaths,
  ticksFromDescription
};
