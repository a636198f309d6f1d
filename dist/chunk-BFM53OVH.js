import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  dialectOfName,
  dialectOfPath
} from "./chunk-PEBNUFUE.js";
import {
  getRule
} from "./chunk-AYEM27GC.js";

// src/core/sql/lazy.ts
var loading;
function sqlAnalyser() {
  loading ??= import("./chunk-VNB5M4RK.js");
  return loading;
}
var lintSqlLazily = async (...args) => (await sqlAnalyser()).lintSql(...args);

// src/core/frameworks/shared-sql.ts
var lintSql = lintSqlLazily;
var dialectFor = (input) => input.dialect ?? dialectOfPath(input.path);
function sqlOptions(input, options = {}) {
  const dialect = dialectFor(input);
  return dialect ? { ...options, dialect } : options;
}
var DOWN_CATEGORIES = /* @__PURE__ */ new Set(["locking", "meta"]);
var SQL_MIGRATION_DIRS = ["**/migrations/**/*.sql", "**/migration/**/*.sql", "**/migrate/**/*.sql", "**/db/sql/**/*.sql"];
var HISTORY_FILES = 500;
var historyReads = /* @__PURE__ */ new WeakMap();
var byVersion = new Intl.Collator("en", { numeric: true }).compare;
var orderedListings = /* @__PURE__ */ new WeakMap();
function orderedListing(names) {
  let o = orderedListings.get(names);
  if (!o) {
    const sorted = [...names].sort(byVersion);
    o = { names: sorted, index: new Map(sorted.map((n, i) => [n, i])), migrations: /* @__PURE__ */ new Map() };
    orderedListings.set(names, o);
  }
  return o;
}
function earlierMigrations(names, current, isMigration, limit = HISTORY_FILES, dialect = "postgres") {
  const o = orderedListing(names);
  let i = o.index.get(current);
  if (i === void 0) {
    let lo2 = 0;
    let hi2 = o.names.length;
    while (lo2 < hi2) {
      const mid = lo2 + hi2 >> 1;
      if (byVersion(o.names[mid], current) < 0) lo2 = mid + 1;
      else hi2 = mid;
    }
    i = lo2;
  }
  let byDialect = o.migrations.get(isMigration);
  if (!byDialect) o.migrations.set(isMigration, byDialect = /* @__PURE__ */ new Map());
  let positions = byDialect.get(dialect);
  if (!positions) {
    positions = [];
    for (let j = 0; j < o.names.length; j++) {
      const name = o.names[j];
      const named = dialectOfName(name);
      if (isMigration(name) && (named === void 0 || named === dialect)) positions.push(j);
    }
    byDialect.set(dialect, positions);
  }
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (positions[mid] < i) lo = mid + 1;
    else hi = mid;
  }
  const out = [];
  for (let k = lo - 1; k >= 0 && out.length < limit; k--) {
    const name = o.names[positions[k]];
    if (name !== current) out.push(name);
  }
  return out;
}
async function settleTypeChanges(changes, hits, history, dialect) {
  const { input } = history;
  if (!changes.length || !input.listDir || !input.readFile) return hits;
  const { typeLabel } = await import("./chunk-VAUO3NSW.js");
  const { settleTypeChange, unknownWideningMessage } = await import("./chunk-YMONEINK.js");
  const dir = dirName(input.path);
  const current = baseName(input.path);
  let failure;
  let names;
  try {
    names = await input.listDir(dir);
  } catch (error) {
    failure = `the folder ${dir || "./"} could not be listed (${errorText(error)})`;
  }
  const earlier = names ? earlierMigrations(names, current, history.isMigration, HISTORY_FILES, dialect?.dialect) : [];
  const upOf = history.upPieces ?? ((sql) => [{ sql, line: 1 }]);
  let reads = names ? historyReads.get(names) : void 0;
  if (names && !reads) historyReads.set(names, reads = /* @__PURE__ */ new Map());
  const cache = reads ?? /* @__PURE__ */ new Map();
  const piecesOf = (name) => {
    const known = cache.get(name);
    if (known) return known;
    const reading = input.readFile(`${dir}${name}`).then(async (c) => ({ pieces: c === void 0 ? void 0 : await upOf(c, `${dir}${name}`) })).catch((error) => ({ error }));
    cache.set(name, reading);
    void reading.then((settled) => cache.set(name, settled));
    return reading;
  };
  const { traceColumn, loadPgParser } = await sqlAnalyser();
  await loadPgParser();
  const replaced = /* @__PURE__ */ new Map();
  for (const change of changes) {
    let table = change.table;
    let column = change.column;
    let settled = false;
    let why = failure;
    for (const name of earlier) {
      const got = piecesOf(name);
      const read = got instanceof Promise ? await got : got;
      if ("error" in read) {
        why = `the earlier migration ${name} could not be read (${errorText(read.error)})`;
        break;
      }
      const up = read.pieces;
      if (!up) break;
      const trace = traceColumn(up, table, column);
      if (trace.kind === "lost") break;
      if (trace.kind === "earlier") {
        ({ table, column } = trace);
        continue;
      }
      replaced.set(change.hit, settleTypeChange(change, trace.type, name));
      settled = true;
      break;
    }
    if (settled) continue;
    const searched = why ?? `its earlier type is not in this migration or the ${earlier.length ? `${earlier.length} earlier one${earlier.length > 1 ? "s" : ""} read` : "folder's earlier ones"}`;
    if (change.hit.severity === "warning") {
      replaced.set(change.hit, { ...change.hit, message: unknownWideningMessage(change.columnLabel, change.tableLabel, typeLabel(change.type), searched) });
    } else if (why) {
      replaced.set(change.hit, { ...change.hit, message: `${change.hit.message} (The old type could not be looked up: ${why}.)` });
    }
  }
  if (!replaced.size) return hits;
  const out = [];
  for (const h of hits) {
    if (!replaced.has(h)) out.push(h);
    else if (replaced.get(h)) out.push(replaced.get(h));
  }
  return out;
}
var errorText = (error) => (error instanceof Error ? error.message : String(error)).split("\n")[0];
async function analyseUp(framework, pieces, options, down, reversibility, history) {
  const opts = history ? sqlOptions(history.input, options) : options;
  const res = await lintSql(pieces, opts);
  const settled = history ? await settleTypeChanges(res.typeChanges, res.hits, history, res.dialect ?? opts.dialect) : res.hits;
  const hits = [...reversibility, ...settled].sort((a, b) => a.line - b.line);
  const analysis = { framework, role: "up", down, hits, additiveOnly: res.additiveOnly };
  if (res.changesData) analysis.changesData = true;
  if (res.dialect) analysis.dialect = res.dialect;
  return analysis;
}
async function analyseDown(framework, pieces, options = {}) {
  const res = await lintSql(pieces, { ...options, remember: false });
  const hits = res.hits.filter((h) => DOWN_CATEGORIES.has(getRule(h.rule)?.category ?? ""));
  return { framework, role: "down", down: "present", hits };
}
async function isEmptySql(pieces) {
  try {
    return await (await sqlAnalyser()).isEmptySqlPieces(pieces);
  } catch {
    return false;
  }
}
var missingDownHit = (line, what) => ({
  rule: "missing-down-migration",
  line,
  message: `This migration has no down migration (${what}): rolling back means restoring a backup. Write the down that undoes it, or declare the stage forward-only in the rollback plan with its backup and restore procedure.`
});
var emptyDownHit = (line, what) => ({
  rule: "empty-down-migration",
  line,
  message: `The down migration (${what}) does nothing: running it leaves the up's changes in place. Write SQL that undoes the up, or declare the stage forward-only in the rollback plan with its backup and restore procedure.`
});
async function judgeDownFile(content, downPath) {
  if (content === void 0) return { down: "missing", hits: [missingDownHit(1, `no ${baseName(downPath)}`)] };
  if (await isEmptySql([{ sql: content, line: 1 }])) return { down: "empty", hits: [emptyDownHit(1, baseName(downPath))] };
  return { down: "present", hits: [] };
}
var baseName = (path) => path.slice(path.lastIndexOf("/") + 1);
var dirName = (path) => path.includes("/") ? path.slice(0, path.lastIndexOf("/") + 1) : "";
function readMarkers(content, prefix) {
  const lines = content.split("\n");
  const markers = [];
  lines.forEach((raw, i) => {
    const line = raw.trimStart();
    if (line.startsWith(prefix)) markers.push({ line: i + 1, text: line.slice(prefix.length).trim() });
  });
  return { markers, lines };
}
function piece(lines, from, to) {
  return { sql: lines.slice(from - 1, to - 1).join("\n"), line: from };
}
function sectionPieces(lines, markers, from, to) {
  const pieces = [];
  let start = from;
  for (const m of markers) {
    if (m.line < from || m.line >= to) continue;
    if (m.line > start) pieces.push(piece(lines, start, m.line));
    start = m.line + 1;
  }
  if (to > start) pieces.push(piece(lines, start, to));
  return pieces.filter((p) => p.sql.trim() !== "");
}
function sections(content, format) {
  const { markers, lines } = readMarkers(content, format.prefix);
  const up = markers.find((m) => format.section(m) === "up");
  const down = markers.find((m) => format.section(m) === "down");
  const end = lines.length + 1;
  const upFrom = up ? up.line + 1 : 1;
  const upTo = down && down.line > upFrom ? down.line : end;
  const downTo = down && up && up.line > down.line ? up.line : end;
  return {
    up,
    down,
    transactional: format.transactional(markers, up),
    upPieces: sectionPieces(lines, markers, upFrom, upTo),
    downPieces: down ? sectionPieces(lines, markers, down.line + 1, downTo) : []
  };
}
var isSqlFile = (name) => name.toLowerCase().endsWith(".sql");
async function analyseSectioned(input, format) {
  const { up, down, transactional, upPieces, downPieces } = sections(input.content, format);
  const history = { input, isMigration: isSqlFile, upPieces: (sql) => sections(sql, format).upPieces };
  const options = sqlOptions(input, { transactional });
  if (!down) return analyseUp(format.framework, upPieces, options, "missing", [missingDownHit(up?.line ?? 1, `no ${format.downName} section`)], history);
  if (await isEmptySql(downPieces)) return analyseUp(format.framework, upPieces, options, "empty", [emptyDownHit(down.line, `the ${format.downName} section`)], history);
  return analyseUp(format.framework, upPieces, options, "present", [], history);
}

// src/core/frameworks/sql-detect.ts
function hasMarkerLine(content, needle, prefix) {
  if (!content.includes(needle)) return false;
  for (const raw of content.split("\n")) if (prefix(raw.trimStart())) return true;
  return false;
}
var isGooseFile = (content) => hasMarkerLine(content, "+goose", (l) => /^--\s*\+goose\s/i.test(l + " "));
var isDbmateFile = (content) => hasMarkerLine(content, "migrate:", (l) => /^--\s*migrate:(up|down)\b/.test(l));
var isSqlMigrateFile = (content) => hasMarkerLine(content, "+migrate", (l) => /^--\s*\+migrate\s+(up|down)\b/i.test(l));
var isLiquibaseFile = (content) => hasMarkerLine(content, "liquibase", (l) => /^--\s*liquibase\s+formatted\s+sql/i.test(l));
var FLYWAY_NAME = /^(?:[VU]\d[\d._]*|R)__.+\.sql$/;
var GOLANG_MIGRATE_NAME = /[._](?:up|down)\.sql$/;
var DB_MIGRATE_SQL_NAME = /^\d{8,}-.+-(?:up|down)\.sql$/i;
var POP_NAME = /^(\d{14})(\d{6})?_([^.]+)(?:\.(?!autocommit\.)([a-z0-9]+))?(\.autocommit)?\.(up|down)\.(sql|fizz)$/i;
var isFlywayName = (name) => FLYWAY_NAME.test(name);
var isDbMigrateSqlName = (path) => DB_MIGRATE_SQL_NAME.test(baseName(path)) || /(^|\/)sqls\/[^/]+-(?:up|down)\.sql$/i.test(path);
function popName(path) {
  const m = POP_NAME.exec(baseName(path));
  if (!m) return void 0;
  return {
    stamp: m[1],
    part: m[2] ?? "",
    name: m[3],
    dialect: m[4]?.toLowerCase(),
    autocommit: m[5] !== void 0,
    direction: m[6].toLowerCase(),
    ext: m[7].toLowerCase()
  };
}
var isPopSqlName = (path) => {
  const p = popName(path);
  return p !== void 0 && p.ext === "sql" && (p.part !== "" || p.dialect !== void 0);
};
var isGolangMigrateName = (name) => GOLANG_MIGRATE_NAME.test(name);
var sqitchFolder = (path) => {
  const segments = path.split("/").slice(0, -1);
  for (let i = segments.length - 1; i >= 0; i--) {
    if (segments[i] === "deploy") return "deploy";
    if (segments[i] === "revert") return "revert";
  }
  return void 0;
};
function detectSqlFramework(path, content) {
  if (path === last.path && content === last.content) return last.id;
  const id = detect(path, content);
  last = { path, content, id };
  return id;
}
var last = { path: "", content: "", id: void 0 };
function detect(path, content) {
  if (!path.toLowerCase().endsWith(".sql")) return void 0;
  if (isGooseFile(content)) return "goose";
  if (isDbmateFile(content)) return "dbmate";
  if (isSqlMigrateFile(content)) return "sql-migrate";
  if (isLiquibaseFile(content)) return void 0;
  const name = baseName(path);
  if (isFlywayName(name)) return "flyway";
  if (isDbMigrateSqlName(path)) return "db-migrate";
  if (isPopSqlName(path)) return "pop";
  if (isGolangMigrateName(name)) return "golang-migrate";
  if (sqitchFolder(path)) return "sqitch";
  return "sql";
}

export {
  lintSqlLazily,
  dialectFor,
  sqlOptions,
  SQL_MIGRATION_DIRS,
  settleTypeChanges,
  analyseUp,
  analyseDown,
  isEmptySql,
  missingDownHit,
  emptyDownHit,
  judgeDownFile,
  baseName,
  dirName,
  sections,
  analyseSectioned,
  isDbMigrateSqlName,
  popName,
  sqitchFolder,
  detectSqlFramework
};
