import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  DbError,
  DrillSetupError,
  parseDuration
} from "./chunk-4EXBFX3Y.js";
import "./chunk-ADI5M2KE.js";
export {
  DbError,
  DrillSetupError,
  parseDuration
};
