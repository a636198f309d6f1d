import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  changeColumnType,
  changeTypeMessage,
  widens
} from "./chunk-7VTLGVY6.js";
import "./chunk-R7KMSYXO.js";
import "./chunk-KIF3KH6H.js";
export {
  changeColumnType,
  changeTypeMessage,
  widens
};
