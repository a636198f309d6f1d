import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  renderTemplate
} from "./chunk-NFS4IIYW.js";
import "./chunk-VRU5LLEH.js";
import "./chunk-OQYEAIFO.js";
import "./chunk-HZLQ3MQE.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";
export {
  renderTemplate
};
