import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  replyMarker,
  replyOnce,
  runCommand
} from "./chunk-A7OB7DX5.js";
import "./chunk-HLJU5Z7P.js";
import "./chunk-NC4UDZRN.js";
import "./chunk-3CRR67YJ.js";
import "./chunk-F7OLIYN2.js";
import "./chunk-6P6DZJLR.js";
import "./chunk-2TJDLD7M.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  replyMarker,
  replyOnce,
  runCommand
};
