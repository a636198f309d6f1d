import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  dirName
} from "./chunk-6DSXFI7I.js";

// src/core/frameworks/drizzle-journal.ts
var DIALECTS = {
  postgresql: "postgres",
  postgres: "postgres",
  sqlite: "sqlite",
  turso: "sqlite",
  mysql: "mysql",
  singlestore: "mysql"
};
var journals = /* @__PURE__ */ new WeakMap();
function journalPathOf(path) {
  const dir = dirName(path);
  return /(?:^|\/)drizzle\/$/.test(dir) ? `${dir}meta/_journal.json` : void 0;
}
function journalDialect(text, path) {
  let named;
  try {
    named = JSON.parse(text).dialect;
  } catch {
    return void 0;
  }
  const dialect = typeof named === "string" ? DIALECTS[named.toLowerCase()] : void 0;
  return dialect ? { dialect, from: `drizzle-kit's journal (${path})` } : void 0;
}
function drizzleDialect(input) {
  const path = journalPathOf(input.path);
  const readFile = input.readFile;
  if (!path || !readFile) return Promise.resolve(void 0);
  let byPath = journals.get(readFile);
  if (!byPath) journals.set(readFile, byPath = /* @__PURE__ */ new Map());
  let found = byPath.get(path);
  if (!found) {
    found = readFile(path).then(
      (text) => text === void 0 ? void 0 : journalDialect(text, path),
      () => void 0
    );
    byPath.set(path, found);
  }
  return found;
}

export {
  journalPathOf,
  journalDialect,
  drizzleDialect
};
