import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  RESTATED_NOT_NULL,
  RESTATED_NULLABLE
} from "./chunk-YQYMSWCG.js";
import {
  dialectOfName,
  dialectOfPath,
  withoutDialect
} from "./chunk-BF324SM3.js";
import {
  lintSqlLazily,
  sqlAnalyser
} from "./chunk-EPOSKRKZ.js";
import {
  getRule
} from "./chunk-AYEM27GC.js";

// src/core/frameworks/version-order.ts
var collator;
var byVersion = (a, b) => (collator ??= new Intl.Collator("en", { numeric: true }).compare)(a, b);
function versionSorted(names) {
  const sorted = [...names].sort();
  for (let i = 1; i < sorted.length; i++) {
    const a = sorted[i - 1];
    const b = sorted[i];
    if (!plainlyBefore(a, b) && byVersion(a, b) >= 0) return [...names].sort(byVersion);
  }
  return sorted;
}
var isDigit = (c) => c >= 48 && c <= 57;
var isLower = (c) => c >= 97 && c <= 122;
var isUpper = (c) => c >= 65 && c <= 90;
function plainlyBefore(a, b) {
  const n = Math.min(a.length, b.length);
  let p = 0;
  while (p < n && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  if (p === n) return false;
  const ca = a.charCodeAt(p);
  const cb = b.charCodeAt(p);
  if (isLower(ca) && isLower(cb) || isUpper(ca) && isUpper(cb)) return true;
  if (!isDigit(ca) || !isDigit(cb)) return false;
  let ea = p;
  while (ea < a.length && isDigit(a.charCodeAt(ea))) ea++;
  let eb = p;
  while (eb < b.length && isDigit(b.charCodeAt(eb))) eb++;
  return ea === eb;
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
var POP_NAME = /^(\d+)_([^.]+)(?:\.(?!autocommit\.)([a-z0-9]+))?(\.autocommit)?\.(up|down)\.(sql|fizz)$/i;
var POP_TEMPLATE_ACTION = /\{\{-?\s*[^}]*?\.[A-Z]/;
var hasPopTemplate = (content) => content.includes("{{") && POP_TEMPLATE_ACTION.test(content);
var isFlywayName = (name) => FLYWAY_NAME.test(name);
var isDbMigrateSqlName = (path) => DB_MIGRATE_SQL_NAME.test(baseName(path)) || /(^|\/)sqls\/[^/]+-(?:up|down)\.sql$/i.test(path);
function popName(path) {
  const m = POP_NAME.exec(baseName(path));
  if (!m) return void 0;
  const version = m[1];
  return {
    stamp: version.length === 20 ? version.slice(0, 14) : version,
    part: version.length === 20 ? version.slice(14) : "",
    name: m[2],
    dialect: m[3]?.toLowerCase(),
    autocommit: m[4] !== void 0,
    direction: m[5].toLowerCase(),
    ext: m[6].toLowerCase()
  };
}
var isPopSqlName = (path, content) => {
  const p = popName(path);
  if (p?.ext !== "sql") return false;
  return p.part !== "" || p.stamp.length === 14 && p.dialect !== void 0 || hasPopTemplate(content);
};
var isGolangMigrateName = (name) => GOLANG_MIGRATE_NAME.test(name);
var sqitchFolder = (path) => {
  const segments = path.split("/").slice(0, -1);
  for (let i = segments.length - 1; i >= 0; i--) {
    if (segments[i] === "deploy") return "deploy";
    if (segments[i] === "revert") return "revert";
    if (segments[i] === "verify") return "verify";
  }
  return void 0;
};
var isSqitchVerify = (path) => path.toLowerCase().endsWith(".sql") && sqitchFolder(path) === "verify";
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
  if (isSqitchVerify(path)) return void 0;
  const name = baseName(path);
  if (isFlywayName(name)) return "flyway";
  if (isDbMigrateSqlName(path)) return "db-migrate";
  if (isPopSqlName(path, content)) return "pop";
  if (isGolangMigrateName(name)) return "golang-migrate";
  if (sqitchFolder(path) === "deploy" || sqitchFolder(path) === "revert") return "sqitch";
  return "sql";
}

// src/core/frameworks/history-index.ts
var HISTORY_FILES = 500;
var historyReads = /* @__PURE__ */ new WeakMap();
function wordsOf(pieces) {
  const lower = (pieces.length === 1 ? pieces[0].sql : pieces.map((p) => p.sql).join("\n")).toLowerCase();
  return lower.includes("u&") ? void 0 : new Set(lower.match(WORD));
}
var WORD = /[a-z0-9_$]+/g;
var PLAIN_NAME = /^[a-z_][a-z0-9_$]*$/;
var orderedListings = /* @__PURE__ */ new WeakMap();
function orderedListing(names, ordered) {
  let o = orderedListings.get(names);
  if (!o) {
    const sorted = ordered ? [...names] : versionSorted(names);
    o = { names: sorted, index: new Map(sorted.map((n, i) => [n, i])), migrations: /* @__PURE__ */ new Map() };
    orderedListings.set(names, o);
  }
  return o;
}
function newestUnread(ix, k) {
  const link = ix.unread;
  let i = k + 1;
  while (link[i] !== i) {
    link[i] = link[link[i]];
    i = link[i];
  }
  return i - 1;
}
function newestPosition(sorted, k) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] <= k) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
function newestAtOrBelow(sorted, k) {
  const at = sorted ? newestPosition(sorted, k) : -1;
  return at >= 0 ? sorted[at] : -1;
}
function insertSorted(sorted, k) {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (sorted[mid] < k) lo = mid + 1;
    else hi = mid;
  }
  sorted.splice(lo, 0, k);
}
function listTouching(ix, k, tables) {
  for (const table of tables) {
    let list = ix.touching.get(table);
    if (!list) ix.touching.set(table, list = []);
    insertSorted(list, k);
  }
}
function recordRead(ix, k, read, historyOf) {
  if (newestUnread(ix, k) !== k) return;
  ix.reads[k] = read;
  if ("error" in read || !read.pieces) insertSorted(ix.stops, k);
  else {
    read.history ??= historyOf.known(read.pieces);
    if (!read.history) read.words ??= wordsOf(read.pieces);
    if (read.words) insertSorted(ix.unparsed, k);
    else listTouching(ix, k, (read.history ??= historyOf.parse(read.pieces)).tables);
  }
  ix.unread[k + 1] = k;
}
function newestUnparsed(ix, k, floor, table) {
  const plain = PLAIN_NAME.test(table);
  for (let i = newestPosition(ix.unparsed, k); i >= 0; i--) {
    const at = ix.unparsed[i];
    if (at <= floor) break;
    const read = ix.reads[at];
    if (read.history ? read.history.tables.has(table) : !plain || read.words.has(table)) return at;
  }
  return -1;
}
function parseRead(ix, k, read, pieces, historyOf) {
  const history = read.history ??= historyOf.parse(pieces);
  read.words = void 0;
  const at = ix.unparsed.indexOf(k);
  if (at >= 0) {
    ix.unparsed.splice(at, 1);
    listTouching(ix, k, history.tables);
  }
  return history;
}
function earlierRange(names, current, isMigration, limit, dialect, ordered = false) {
  const o = orderedListing(names, ordered);
  let i = o.index.get(current);
  if (i === void 0 && ordered) i = 0;
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
  let index = byDialect.get(dialect);
  if (!index) {
    const replaced = /* @__PURE__ */ new Set();
    for (const name of o.names) if (dialectOfName(name) === dialect) replaced.add(standsInFor(name));
    const positions2 = [];
    for (let j = 0; j < o.names.length; j++) {
      const name = o.names[j];
      const named = dialectOfName(name);
      if (isMigration(name) && (named === dialect || named === void 0 && !replaced.has(standsInFor(name)))) positions2.push(j);
    }
    const unread = new Int32Array(positions2.length + 1);
    for (let j = 0; j < unread.length; j++) unread[j] = j;
    index = { positions: positions2, reads: [], unread, touching: /* @__PURE__ */ new Map(), stops: [], unparsed: [] };
    byDialect.set(dialect, index);
  }
  const { positions } = index;
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = lo + hi >> 1;
    if (positions[mid] < i) lo = mid + 1;
    else hi = mid;
  }
  return { names: o.names, index, end: lo, count: Math.min(lo, limit) };
}
function standsInFor(name) {
  const pop = popName(name);
  if (pop) return `${pop.stamp}${pop.part}.${pop.direction}`;
  return withoutDialect(name) ?? name;
}
function earlierMigrations(names, current, isMigration, limit = HISTORY_FILES, dialect = "postgres") {
  const r = earlierRange(names, current, isMigration, limit, dialect);
  const out = [];
  for (let k = 0; k < r.count; k++) out.push(r.names[r.index.positions[r.end - 1 - k]]);
  return out;
}
async function walkHistory(start, earlier, piecesOf, historyOf, step) {
  let table = start;
  const ix = earlier.index;
  const lowest = earlier.end - earlier.count;
  let k = earlier.end - 1;
  let top = k;
  while (k >= lowest) {
    const unread = newestUnread(ix, k);
    const known = Math.max(newestAtOrBelow(ix.touching.get(table), k), newestAtOrBelow(ix.stops, k));
    const next = Math.max(known, newestUnparsed(ix, top, known, table));
    if (unread > next) {
      if (unread < lowest) break;
      top = unread;
      const got = piecesOf(earlier.names[ix.positions[unread]]);
      recordRead(ix, unread, got instanceof Promise ? await got : got, historyOf);
      continue;
    }
    if (next < lowest) break;
    k = next;
    const name = earlier.names[ix.positions[k]];
    const read = ix.reads[k];
    if ("error" in read) return { why: `the earlier migration ${name} could not be read (${errorText(read.error)})` };
    if (!read.pieces) break;
    const s = step(parseRead(ix, k, read, read.pieces, historyOf), table, name);
    if (s === "lost") break;
    if ("found" in s) return s;
    table = s.table;
    top = --k;
  }
  return {};
}
var errorText = (error) => (error instanceof Error ? error.message : String(error)).split("\n")[0];

// src/core/frameworks/sql-history.ts
var typeChangeImports;
var typeChangeModules = () => typeChangeImports ??= Promise.all([import("./chunk-CE2SZCAH.js"), import("./chunk-7K7NKYS5.js")]);
async function openFolder(history, dialect) {
  const { input, perFolder, versions } = history;
  const own = dirName(input.path);
  const dir = perFolder || versions ? dirName(own.slice(0, -1)) : own;
  const current = perFolder ? baseName(own.slice(0, -1)) : versions ? `${baseName(own.slice(0, -1))}/${baseName(input.path)}` : baseName(input.path);
  const fileOf = (name) => perFolder ? `${dir}${name}/${perFolder}` : `${dir}${name}`;
  let failure;
  let names;
  try {
    names = perFolder ? await input.listFolders?.(dir) : versions ? await versions(dir) : await input.listDir(dir);
  } catch (error) {
    failure = versions ? `the versions in ${dir || "./"} could not be read (${errorText(error)})` : `the folder ${dir || "./"} could not be listed (${errorText(error)})`;
  }
  if (!names && !failure) failure = `the folder ${dir || "./"} could not be listed`;
  if (names && history.order)
    try {
      names = await history.order(names, dir);
    } catch (error) {
      names = void 0;
      failure = `the order of the folder's migrations could not be read (${errorText(error)})`;
    }
  const earlier = names ? earlierRange(names, current, history.isMigration, HISTORY_FILES, dialect?.dialect ?? "postgres", !!history.order || !!versions) : void 0;
  const upOf = history.upPieces ?? ((sql) => [{ sql, line: 1 }]);
  let reads = names ? historyReads.get(names) : void 0;
  if (names && !reads) historyReads.set(names, reads = /* @__PURE__ */ new Map());
  const cache = reads ?? /* @__PURE__ */ new Map();
  const piecesOf = (name) => {
    const known = cache.get(name);
    if (known) return known;
    if (input.readFileNow && !history.upPieces) {
      let read;
      try {
        const c = input.readFileNow(fileOf(name));
        read = { pieces: c === void 0 ? void 0 : [{ sql: c, line: 1 }] };
      } catch (error) {
        read = { error };
      }
      cache.set(name, read);
      return read;
    }
    const reading = input.readFile(fileOf(name)).then(async (c) => ({ pieces: c === void 0 ? void 0 : await upOf(c, fileOf(name)) })).catch((error) => ({ error }));
    cache.set(name, reading);
    void reading.then((settled) => cache.set(name, settled));
    return reading;
  };
  const { columnHistory, knownColumnHistory, loadPgParser } = await sqlAnalyser();
  await loadPgParser();
  const historyOf = { parse: (p) => columnHistory(p, dialect), known: (p) => knownColumnHistory(p, dialect) };
  return { earlier, piecesOf, historyOf, failure, count: earlier?.count ?? 0 };
}
var readLabel = (count) => count ? `the ${count} earlier migration${count > 1 ? "s" : ""} read` : "the folder's earlier migrations";
async function settleColumnChanges(changes, hits, history, dialect) {
  const { input } = history;
  if (!changes.length || !(history.perFolder || history.versions ? input.listFolders : input.listDir) || !input.readFile) return hits;
  const folder = await openFolder(history, dialect);
  const replaced = /* @__PURE__ */ new Map();
  const added = [];
  for (const change of changes) {
    if (change.kind === "rebuild") added.push(...await settleRebuild(change, folder));
    else if (change.kind === "guard-drop") {
      if (await isNewTable(change, folder)) replaced.set(change.hit, void 0);
    } else if (change.kind === "partitioned") {
      if (await isPartitioned(change.table, folder)) replaced.set(change.hit, change.partitioned);
    } else if (change.kind === "null-check") {
      if (await restsOnNullCheck(change, folder)) replaced.set(change.hit, void 0);
    } else if (change.kind === "nullability" && change.quiet) {
      const settled = await settleColumn(change, folder);
      if (settled) added.push(settled);
    } else {
      const settled = await settleColumn(change, folder);
      if (settled !== change.hit) replaced.set(change.hit, settled);
    }
  }
  mergeUnknownRestatements(changes, replaced);
  if (!replaced.size && !added.length) return hits;
  const out = [];
  for (const h of hits) {
    if (!replaced.has(h)) out.push(h);
    else if (replaced.get(h)) out.push(replaced.get(h));
  }
  return added.length ? [...out, ...added].sort((a, b) => a.line - b.line) : out;
}
var unknownDefinition = /* @__PURE__ */ new WeakSet();
var unknown = (h) => {
  unknownDefinition.add(h);
  return h;
};
function mergeUnknownRestatements(changes, replaced) {
  for (const n of changes) {
    if (n.kind !== "nullability" || !unknownDefinition.has(replaced.get(n.hit))) continue;
    const t = changes.find((c) => c.kind === "type" && c.table === n.table && c.column === n.column && c.hit.line === n.hit.line);
    const typeHit = t && replaced.get(t.hit);
    if (!t || !typeHit || !unknownDefinition.has(typeHit)) continue;
    const also = n.nullable ? RESTATED_NULLABLE : RESTATED_NOT_NULL;
    replaced.set(t.hit, { ...typeHit, message: `${typeHit.message} ${also}` });
    replaced.set(n.hit, void 0);
  }
}
async function settleColumn(change, folder) {
  const [{ typeLabel }, { settleTypeChange, unknownWideningMessage }] = await typeChangeModules();
  const { traceThrough } = await sqlAnalyser();
  const what = change.kind === "type" ? "type" : "nullable";
  let column = change.column;
  const walked = folder.earlier ? await walkHistory(change.table, folder.earlier, folder.piecesOf, folder.historyOf, (h, table, name) => {
    const trace = traceThrough(h, table, column, what);
    if (trace.kind === "lost") return "lost";
    if (trace.kind !== "earlier") return { found: { trace, name } };
    column = trace.column;
    return { table: trace.table };
  }) : {};
  const found = "found" in walked ? walked.found : walked;
  const why = "name" in found ? void 0 : found.why ?? folder.failure;
  if (change.kind === "nullability") return settleNullability(change, found, why, folder.count);
  if ("name" in found && found.trace.kind === "type") return settleTypeChange(change, found.trace.type, found.name);
  const n = folder.count;
  const searched = why ?? `its earlier type is not in this migration or the ${n ? `${n} earlier one${n > 1 ? "s" : ""} read` : "folder's earlier ones"}`;
  const how = change.kind === "type" ? change.swap?.how : void 0;
  if (change.hit.severity === "warning" && !why)
    return unknown({ ...change.hit, message: unknownWideningMessage(change.columnLabel, change.tableLabel, typeLabel(change.type), searched, how) });
  if (change.hit.severity === "warning")
    return { ...change.hit, message: unknownWideningMessage(change.columnLabel, change.tableLabel, typeLabel(change.type), searched, how) };
  if (why) return { ...change.hit, message: `${change.hit.message} (The old type could not be looked up: ${why}.)` };
  return change.hit;
}
async function restsOnNullCheck(change, folder) {
  if (!folder.earlier) return false;
  const { nullCheckThrough } = await sqlAnalyser();
  const seen = { validated: new Set(change.constraints), dropped: new Set(change.dropped) };
  const walked = await walkHistory(change.table, folder.earlier, folder.piecesOf, folder.historyOf, (h, table) => {
    const trace = nullCheckThrough(h, table, change.column, seen);
    if (trace.kind === "lost") return "lost";
    return trace.kind === "found" ? { found: true } : { table: trace.table };
  });
  return "found" in walked;
}
async function isPartitioned(table, folder) {
  if (!folder.earlier) return false;
  const { partitionedThrough } = await sqlAnalyser();
  const walked = await walkHistory(table, folder.earlier, folder.piecesOf, folder.historyOf, (h, t) => {
    const trace = partitionedThrough(h, t);
    return trace.kind === "found" ? { found: trace.partitioned } : { table: trace.table };
  });
  return "found" in walked && walked.found;
}
async function isNewTable(change, folder) {
  const { earlier } = folder;
  if (!change.created.has(change.table) || !earlier || folder.failure || folder.count >= HISTORY_FILES) return false;
  if (!earlier.count || !await startsEmpty(earlier, folder)) return false;
  const walked = await walkHistory(
    change.table,
    earlier,
    folder.piecesOf,
    folder.historyOf,
    (h, table) => h.tables.has(table) ? { found: true } : { table }
  );
  return !("found" in walked) && !walked.why;
}
async function startsEmpty(earlier, folder) {
  const read = await folder.piecesOf(earlier.names[earlier.index.positions[earlier.end - earlier.count]]);
  if ("error" in read || !read.pieces) return false;
  const created = /* @__PURE__ */ new Set();
  for (const e of folder.historyOf.parse(read.pieces).events) {
    if (e.kind === "create") created.add(e.table);
    else if (e.kind === "rename-table" ? !created.has(e.from) : !created.has(e.table)) return false;
  }
  return created.size > 0;
}
async function settleRebuild(change, folder) {
  const [{ columnsThrough }, { rebuildDropMessage }] = await Promise.all([sqlAnalyser(), import("./chunk-XQJFRQA3.js")]);
  const later = [];
  const walked = folder.earlier ? await walkHistory(change.table, folder.earlier, folder.piecesOf, folder.historyOf, (h, table) => {
    const trace = columnsThrough(h, table, later);
    return trace.kind === "columns" ? { found: trace.columns } : { table: trace.table };
  }) : {};
  const drop = (c) => ({
    rule: "drop-column",
    line: change.hit.line,
    message: rebuildDropMessage(c, change.name, change.copy, change.refilled.has(c))
  });
  const here = change.addedHere.map(drop);
  if ("found" in walked) return [...walked.found.filter((c) => !change.copied.has(c) && !change.addedHere.includes(c)).map(drop), ...here];
  const why = walked.why ?? folder.failure;
  if (why)
    return [
      ...here,
      { ...change.hit, message: `${change.hit.message} Which columns it had could not be looked up (${why}): check that the copy takes every column.` }
    ];
  return [
    ...here,
    {
      ...change.hit,
      message: `${change.hit.message} Which columns it had is not in this migration or ${readLabel(folder.count)}: check that the copy takes every column.`
    }
  ];
}
function settleNullability(change, found, why, count) {
  if ("name" in found) return found.trace.kind === "nullable" && found.trace.nullable === change.nullable ? void 0 : change.hit;
  if (change.quiet) return void 0;
  if (why) return { ...change.hit, message: `${change.hit.message} (Whether it allowed NULL before could not be looked up: ${why}.)` };
  const read = readLabel(count);
  const was = change.nullable ? "already allowed NULL" : "already was NOT NULL";
  return unknown({
    ...change.hit,
    severity: "warning",
    message: `${change.hit.message} This statement restates the column with its type, and how the column was defined is not in this migration or ${read}: if it ${was}, it changes nothing; if not, the advice above applies.`
  });
}

// src/core/frameworks/down-types.ts
var downUniques;
async function judgeDown(up, hits, down, dialect) {
  const { judgeDownUniques } = await (downUniques ??= import("./chunk-QZ72MU7S.js"));
  return judgeDownUniques(up, await judgeDownTypes(up, hits, down, dialect), down);
}
async function judgeDownTypes(up, hits, down, dialect) {
  const analyser = await sqlAnalyser();
  const changes = await analyser.typeChangesOf(up);
  if (changes.length === 0) return hits;
  const back = await analyser.typeChangesOf(down.pieces);
  if (back.length === 0) return hits;
  const { widens, holdsAll, downNarrowsMessage, TEMPORAL } = await import("./chunk-7K7NKYS5.js");
  const { typeBaseName, typeLabel } = await import("./chunk-CE2SZCAH.js");
  const rounds = (a, b) => TEMPORAL.has(typeBaseName(a)) && typeBaseName(a) === typeBaseName(b);
  const byColumn = /* @__PURE__ */ new Map();
  for (const c of changes) {
    const key = `${c.table}.${c.column}`;
    const first = byColumn.get(key);
    byColumn.set(key, first ? { ...first, type: c.type } : c);
  }
  let out = hits;
  for (const change of byColumn.values()) {
    const undo = back.find((b) => b.table === change.table && b.column === change.column);
    if (!undo || undo.prepared || widens(change.type, undo.type, dialect) || holdsAll(change.type, undo.type, dialect) || rounds(change.type, undo.type))
      continue;
    const current = out.find((h) => h.rule === "change-column-type" && h.line === change.line);
    if (current && current.severity !== "warning") continue;
    if (current && !widens(undo.type, change.type, dialect)) continue;
    const message = downNarrowsMessage(
      change.column,
      change.tableLabel,
      typeLabel(change.type),
      typeLabel(undo.type),
      down.derived ? down.name : `${undo.path ?? down.name}, line ${undo.line}`,
      dialect
    );
    const hit = { rule: "change-column-type", line: change.line, message, severity: "warning" };
    out = current ? out.map((h) => h === current ? hit : h) : [...out, hit];
  }
  return out === hits ? hits : out.sort((a, b) => a.line - b.line);
}

// src/core/frameworks/shared-sql.ts
var lintSql = lintSqlLazily;
var dialectFor = (input) => input.dialect ?? dialectOfPath(input.path);
function sqlOptions(input, options = {}) {
  const dialect = dialectFor(input);
  return dialect ? { ...options, dialect } : options;
}
var DOWN_CATEGORIES = /* @__PURE__ */ new Set(["locking", "meta"]);
var SQL_MIGRATION_DIRS = [
  "**/migrations/**/*.sql",
  "**/migration/**/*.sql",
  "**/migrate/**/*.sql",
  "**/db/sql/**/*.sql",
  "**/drizzle/**/*.sql",
  "**/versioned/v[0-9]*/*.sql"
];
async function analyseUp(framework, pieces, options, down, reversibility, history, downSql) {
  const opts = history ? sqlOptions(history.input, options) : options;
  if (down === "empty" && await isEmptySql(pieces)) {
    down = "present";
    reversibility = reversibility.filter((h) => h.rule !== "empty-down-migration");
  }
  const res = await lintSql(pieces, opts);
  const dialect = res.dialect ?? opts.dialect;
  let settled = history ? await settleColumnChanges(res.columnChanges, res.hits, history, dialect) : res.hits;
  if (downSql) settled = await judgeDown(pieces, settled, downSql, dialect?.dialect);
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
var downSqlOf = (content, downPath) => ({ pieces: [{ sql: content, line: 1 }], name: baseName(downPath) });
var baseName = (path) => path.slice(path.lastIndexOf("/") + 1);
function normalisePath(path) {
  const out = [];
  for (const part of path.split("/")) {
    if (part === "" || part === ".") continue;
    if (part === "..") {
      if (!out.length) return void 0;
      out.pop();
    } else out.push(part);
  }
  return out.join("/");
}
var dirName = (path) => path.includes("/") ? path.slice(0, path.lastIndexOf("/") + 1) : "";
function readMarkers(content, prefix) {
  const lines = content.split("\n");
  const markers = [];
  const read = typeof prefix === "string" ? (line) => line.startsWith(prefix) ? line.slice(prefix.length) : void 0 : prefix;
  lines.forEach((raw, i) => {
    const text = read(raw.trimStart());
    if (text !== void 0) markers.push({ line: i + 1, text: text.trim() });
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
  const { markers, lines } = readMarkers(content, format.marker ?? format.prefix);
  const bounds = format.splits ? markers.filter(format.splits) : markers;
  const up = markers.find((m) => format.section(m) === "up");
  const down = markers.find((m) => format.section(m) === "down");
  const parts = { up: [], down: [] };
  let at = up ? void 0 : "up";
  let from = 1;
  for (const m of markers) {
    const section = format.section(m);
    if (section !== "up" && section !== "down") continue;
    if (at) parts[at].push(...sectionPieces(lines, bounds, from, m.line));
    at = section;
    from = m.line + 1;
  }
  if (at) parts[at].push(...sectionPieces(lines, bounds, from, lines.length + 1));
  return { up, down, transactional: format.transactional(markers, up), upPieces: parts.up, downPieces: parts.down };
}
var isSqlFile = (name) => name.toLowerCase().endsWith(".sql");
async function analyseSectioned(input, format, folder) {
  const { up, down, transactional, upPieces, downPieces } = sections(input.content, format);
  const history = folder ?? { input, isMigration: isSqlFile, upPieces: (sql) => sections(sql, format).upPieces };
  const options = sqlOptions(input, { transactional });
  if (!down) return analyseUp(format.framework, upPieces, options, "missing", [missingDownHit(up?.line ?? 1, `no ${format.downName} section`)], history);
  if (await isEmptySql(downPieces))
    return analyseUp(format.framework, upPieces, options, "empty", [emptyDownHit(down.line, `the ${format.downName} section`)], history);
  return analyseUp(format.framework, upPieces, options, "present", [], history, { pieces: downPieces, name: `the ${format.downName} section`, inFile: true });
}

export {
  byVersion,
  versionSorted,
  HISTORY_FILES,
  earlierMigrations,
  errorText,
  settleColumnChanges,
  judgeDown,
  dialectFor,
  sqlOptions,
  SQL_MIGRATION_DIRS,
  analyseUp,
  analyseDown,
  isEmptySql,
  missingDownHit,
  emptyDownHit,
  judgeDownFile,
  downSqlOf,
  baseName,
  normalisePath,
  dirName,
  sections,
  analyseSectioned,
  isDbMigrateSqlName,
  popName,
  sqitchFolder,
  isSqitchVerify,
  detectSqlFramework
};
