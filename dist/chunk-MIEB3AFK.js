import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  drizzleDialect
} from "./chunk-DCVK6NQB.js";
import {
  analyseInVerdict,
  isDoubt
} from "./chunk-FKTDEFNZ.js";
import "./chunk-P765CN6Y.js";
import {
  downCandidates,
  isDownPath,
  sql_default
} from "./chunk-QPD4Q67D.js";
import {
  analyseDown,
  analyseUp,
  baseName,
  byVersion,
  downSqlOf,
  emptyDownHit,
  isEmptySql,
  sqlOptions
} from "./chunk-VIAG5GR7.js";
import "./chunk-YQYMSWCG.js";
import "./chunk-BF324SM3.js";
import "./chunk-EPOSKRKZ.js";
import "./chunk-AYEM27GC.js";
import "./chunk-ADI5M2KE.js";

// src/core/frameworks/sql.ts
var isMigration = (name) => name.toLowerCase().endsWith(".sql") && !/(?:^|[._])down\.sql$/i.test(name);
var isMigrationFolder = (name) => name.charCodeAt(0) >= 48 && name.charCodeAt(0) <= 57;
var folderOrder = async (names) => {
  const version = (name) => name.slice(0, name.includes("_") ? name.indexOf("_") : name.length).replaceAll("-", "");
  return names.map((name) => [version(name), name]).sort((a, b) => a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0).map(([, name]) => name);
};
function perFolder(path) {
  const name = baseName(path);
  if (name !== "up.sql") return void 0;
  const folder = baseName(path.slice(0, -name.length - 1));
  return isMigrationFolder(folder) ? name : void 0;
}
var VERSION_FOLDER = /^v\d+(?:\.\d+)*$/;
function isVersionedPath(path) {
  const parts = path.split("/");
  return parts.length >= 3 && parts[parts.length - 3] === "versioned" && VERSION_FOLDER.test(parts[parts.length - 2]);
}
var versionListings = /* @__PURE__ */ new WeakMap();
async function versionsIn(input, dir) {
  const folders = await input.listFolders?.(dir);
  if (!folders) return void 0;
  let listing = versionListings.get(folders);
  if (!listing) versionListings.set(folders, listing = listVersions(input, dir, folders));
  return listing;
}
async function listVersions(input, dir, folders) {
  const out = [];
  for (const version of folders.filter((f) => VERSION_FOLDER.test(f)).sort(byVersion)) {
    const manifest = await input.readFile(`${dir}${version}/manifest.json`);
    let files;
    if (manifest === void 0) {
      const listed = await input.listDir(`${dir}${version}/`);
      if (!listed) throw new Error(`${dir}${version}/ could not be listed`);
      files = listed.filter(isMigration).sort(byVersion);
    } else files = manifestFiles(manifest, `${dir}${version}/manifest.json`);
    for (const file of files) out.push(`${version}/${file}`);
  }
  return out;
}
function manifestFiles(text, path) {
  let parsed;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${path} is not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const files = parsed?.SchemaUpdateCqlFiles;
  if (!Array.isArray(files) || !files.every((f) => typeof f === "string")) throw new Error(`${path} has no SchemaUpdateCqlFiles list`);
  return files;
}
var sql = {
  ...sql_default,
  async analyse(input) {
    const { path, content, siblings } = input;
    const pieces = [{ sql: content, line: 1 }];
    let options = sqlOptions(input);
    if (!options.dialect) {
      const journal = await drizzleDialect(input);
      if (isDoubt(journal)) return analyseInVerdict(sql, input, journal);
      if (journal) options = { ...options, dialect: journal };
    }
    if (isDownPath(path)) return analyseDown("sql", pieces, options);
    const folder = perFolder(path);
    const history = folder ? { input, isMigration: isMigrationFolder, perFolder: folder, order: folderOrder } : isVersionedPath(path) ? { input, isMigration, versions: (dir) => versionsIn(input, dir) } : { input, isMigration };
    const found = downCandidates(path).find((p) => siblings[p] !== void 0);
    if (found === void 0) return analyseUp("sql", pieces, options, "no-convention", [], history);
    if (await isEmptySql([{ sql: siblings[found], line: 1 }])) {
      return analyseUp("sql", pieces, options, "empty", [emptyDownHit(1, baseName(found))], history);
    }
    return analyseUp("sql", pieces, options, "present", [], history, downSqlOf(siblings[found], found));
  }
};
var sql_default2 = sql;
export {
  sql_default2 as default,
  downCandidates,
  isVersionedPath
};
