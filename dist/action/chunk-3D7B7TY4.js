import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  goose_default
} from "./chunk-RQ4T4LLZ.js";
import {
  analyseSectioned
} from "./chunk-FQG5QKLN.js";

// src/core/frameworks/goose.ts
var GOOSE_FORMAT = {
  framework: "goose",
  prefix: "-- +goose",
  section: (m) => m.text.toLowerCase(),
  transactional: (markers) => !markers.some((m) => m.text.toLowerCase() === "no transaction"),
  downName: "-- +goose Down"
};
var goose = {
  ...goose_default,
  analyse: (input) => analyseSectioned(input, GOOSE_FORMAT)
};
var goose_default2 = goose;

export {
  GOOSE_FORMAT,
  goose_default2 as goose_default
};
