import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  analyseSectioned,
  goose_default
} from "./chunk-EDZVOD4D.js";
import "./chunk-KOAOHZ6H.js";
import "./chunk-KIF3KH6H.js";

// src/core/frameworks/goose.ts
var goose = {
  ...goose_default,
  analyse: (input) => analyseSectioned(input, {
    framework: "goose",
    prefix: "-- +goose",
    section: (m) => m.text.toLowerCase(),
    transactional: (markers) => !markers.some((m) => m.text.toLowerCase() === "no transaction"),
    downName: "-- +goose Down"
  })
};
var goose_default2 = goose;
export {
  goose_default2 as default
};
