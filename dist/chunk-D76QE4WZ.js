import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  extensionsCreated,
  lineOfPosition,
  splitStatements
} from "./chunk-DN2XH6FE.js";
import "./chunk-ODHN6VRW.js";
import "./chunk-VXNLIOFY.js";
import "./chunk-ASTGNKGX.js";
import "./chunk-ADI5M2KE.js";
export {
  extensionsCreated,
  lineOfPosition,
  splitStatements
};
