import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  dbmate_default
} from "./chunk-K7NLEESO.js";
import {
  analyseSectioned
} from "./chunk-VKBMTKYT.js";

// src/core/frameworks/dbmate.ts
var dbmateMarker = (line) => {
  if (!line.startsWith("--")) return void 0;
  const rest = line.slice(2).trimStart();
  if (!rest.startsWith("migrate:")) return void 0;
  const words = rest.slice("migrate:".length);
  const section = words.split(/\s/, 1)[0];
  return section === "up" || section === "down" ? words : void 0;
};
var DBMATE_FORMAT = {
  framework: "dbmate",
  prefix: "-- migrate:",
  marker: dbmateMarker,
  section: (m) => m.text.split(/\s+/)[0]?.toLowerCase() ?? "",
  transactional: (_markers, up) => !(up?.text.split(/\s+/).includes("transaction:false") ?? false),
  downName: "-- migrate:down"
};
var dbmate = {
  ...dbmate_default,
  analyse: (input) => analyseSectioned(input, DBMATE_FORMAT)
};
var dbmate_default2 = dbmate;

export {
  DBMATE_FORMAT,
  dbmate_default2 as dbmate_default
};
