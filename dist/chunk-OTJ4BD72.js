import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  analyseSectioned,
  dbmate_default
} from "./chunk-EDZVOD4D.js";
import "./chunk-KOAOHZ6H.js";
import "./chunk-KIF3KH6H.js";

// src/core/frameworks/dbmate.ts
var dbmate = {
  ...dbmate_default,
  analyse: (input) => analyseSectioned(input, {
    framework: "dbmate",
    prefix: "-- migrate:",
    section: (m) => m.text.split(/\s+/)[0]?.toLowerCase() ?? "",
    transactional: (_markers, up) => !(up?.text.split(/\s+/).includes("transaction:false") ?? false),
    downName: "-- migrate:down"
  })
};
var dbmate_default2 = dbmate;
export {
  dbmate_default2 as default
};
