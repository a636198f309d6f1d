import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  dropColumn,
  rebuildDropMessage
} from "./chunk-SEAPUNZY.js";
import "./chunk-6MT4V4KJ.js";
import "./chunk-M2CJ2PKO.js";
import "./chunk-N6KL7LXN.js";
import "./chunk-BF324SM3.js";
import "./chunk-VXNLIOFY.js";
import "./chunk-ASTGNKGX.js";
import "./chunk-4QK2DHVJ.js";
import "./chunk-ADI5M2KE.js";
export {
  dropColumn,
  rebuildDropMessage
};
