import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  GOOSE_FORMAT,
  goose_default
} from "./chunk-6KKSZVDL.js";
import "./chunk-WNUN43F5.js";
import "./chunk-LLDQ4DFI.js";
import "./chunk-NYMSVNFH.js";
import "./chunk-AC2WXK7R.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  GOOSE_FORMAT,
  goose_default as default
};
