import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  calledFunctions,
  constraintsOf,
  cteQueries,
  enumSpelling,
  insertSelect,
  lastPart,
  nameOf,
  objectLabel,
  optionNames,
  quote,
  readsTable,
  referencedColumns,
  relKey,
  relLabel,
  typeBaseName,
  typeLabel,
  typeMods
} from "./chunk-4QK2DHVJ.js";
import "./chunk-ADI5M2KE.js";
export {
  calledFunctions,
  constraintsOf,
  cteQueries,
  enumSpelling,
  insertSelect,
  lastPart,
  nameOf,
  objectLabel,
  optionNames,
  quote,
  readsTable,
  referencedColumns,
  relKey,
  relLabel,
  typeBaseName,
  typeLabel,
  typeMods
};
