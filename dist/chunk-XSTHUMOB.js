import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  evaluate,
  selectReads,
  siblingPaths,
  ticksFromDescription
} from "./chunk-4Y722UFN.js";
import "./chunk-FYSHGHEE.js";
import "./chunk-BJ63QOVF.js";
import "./chunk-2TJDLD7M.js";
import "./chunk-KOAOHZ6H.js";
import "./chunk-KIF3KH6H.js";
export {
  evaluate,
  selectReads,
  siblingPaths,
  ticksFromDescription
};
