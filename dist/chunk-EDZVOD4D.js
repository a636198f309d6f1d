import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  getRule
} from "./chunk-KOAOHZ6H.js";

// src/core/sql/lazy.ts
var loading;
function sqlAnalyser() {
  loading ??= import("./chunk-BCRBJ3WU.js");
  return loading;
}
var lintSqlLazily = async (...args) => (await sqlAnalyser()).lintSql(...args);

// src/core/frameworks/shared-sql.ts
var lintSql = lintSqlLazily;
var DOWN_CATEGORIES = /* @__PURE__ */ new Set(["locking", "meta"]);
var SQL_MIGRATION_DIRS = ["**/migrations/**/*.sql", "**/migration/**/*.sql", "**/migrate/**/*.sql", "**/db/sql/**/*.sql"];
var HISTORY_FILES = 60;
var byVersion = (a, b) => a.localeCompare(b, "en", { numeric: true });
async function checkAssumedWidenings(widenings, history) {
  const { input } = history;
  if (!widenings.length || !input.listDir || !input.readFile) return [];
  const dir = dirName(input.path);
  const current = baseName(input.path);
  const names = await input.listDir(dir);
  if (!names) return [];
  const earlier = names.filter((n) => n !== current && history.isMigration(n) && byVersion(n, current) < 0).sort(byVersion).reverse().slice(0, HISTORY_FILES);
  const pieces = /* @__PURE__ */ new Map();
  const piecesOf = (name) => {
    let p = pieces.get(name);
    const upOf = history.upPieces ?? ((sql2) => [{ sql: sql2, line: 1 }]);
    if (!p) pieces.set(name, p = input.readFile(`${dir}${name}`).then((c) => c === void 0 ? void 0 : upOf(c)));
    return p;
  };
  const { traceColumn } = await sqlAnalyser();
  const { changeTypeMessage, widens } = await import("./chunk-RP6NQQWH.js");
  const { typeLabel } = await import("./chunk-IU4MJJIO.js");
  const hits = [];
  for (const w of widenings) {
    let table = w.table;
    let column = w.column;
    for (const name of earlier) {
      const up = await piecesOf(name);
      if (!up) break;
      const trace = await traceColumn(up, table, column);
      if (trace.kind === "lost") break;
      if (trace.kind === "earlier") {
        ({ table, column } = trace);
        continue;
      }
      if (!widens(trace.type, w.type)) {
        hits.push({ rule: "change-column-type", line: w.line, message: changeTypeMessage(w.column, w.tableLabel, typeLabel(w.type), `${typeLabel(trace.type)} (${name})`) });
      }
      break;
    }
  }
  return hits;
}
async function analyseUp(framework, pieces, options, down, reversibility, history) {
  const res = await lintSql(pieces, options);
  const looked = history ? await checkAssumedWidenings(res.assumedWidenings, history).catch(() => []) : [];
  const hits = [...reversibility, ...res.hits, ...looked].sort((a, b) => a.line - b.line);
  const analysis = { framework, role: "up", down, hits, additiveOnly: res.additiveOnly };
  if (res.changesData) analysis.changesData = true;
  return analysis;
}
async function analyseDown(framework, pieces, options = {}) {
  const res = await lintSql(pieces, options);
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
async function analyseSectioned(input, format) {
  const { up, down, transactional, upPieces, downPieces } = sections(input.content, format);
  const history = { input, isMigration: (name) => name.toLowerCase().endsWith(".sql"), upPieces: (sql2) => sections(sql2, format).upPieces };
  const options = { transactional };
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
var isLiquibaseFile = (content) => hasMarkerLine(content, "liquibase", (l) => /^--\s*liquibase\s+formatted\s+sql/i.test(l));
var FLYWAY_NAME = /^(?:[VU]\d[\d._]*|R)__.+\.sql$/;
var GOLANG_MIGRATE_NAME = /[._](?:up|down)\.sql$/;
var isFlywayName = (name) => FLYWAY_NAME.test(name);
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
  if (!path.toLowerCase().endsWith(".sql")) return void 0;
  if (isGooseFile(content)) return "goose";
  if (isDbmateFile(content)) return "dbmate";
  if (isLiquibaseFile(content)) return void 0;
  const name = baseName(path);
  if (isFlywayName(name)) return "flyway";
  if (isGolangMigrateName(name)) return "golang-migrate";
  if (sqitchFolder(path)) return "sqitch";
  return "sql";
}

// src/core/frameworks/meta/prisma.ts
var prisma = {
  id: "prisma",
  globs: ["prisma/migrations/*/migration.sql", "**/prisma/migrations/*/migration.sql"],
  comment: "--"
};
var prisma_default = prisma;

// src/core/frameworks/meta/rails.ts
var rails = {
  id: "rails",
  globs: ["db/migrate/*.rb", "db/post_migrate/*.rb", "**/db/migrate/*.rb", "**/db/post_migrate/*.rb"],
  comment: "#"
};
var rails_default = rails;

// src/core/frameworks/meta/django.ts
var django = {
  id: "django",
  globs: ["**/migrations/[0-9]*.py"],
  comment: "#",
  detect: (_path, content) => content.includes("Migration") && !content.includes("def upgrade(")
};
var django_default = django;

// src/core/frameworks/meta/alembic.ts
var alembic = {
  id: "alembic",
  globs: ["**/versions/*.py"],
  comment: "#",
  detect: (_path, content) => content.includes("def upgrade")
};
var alembic_default = alembic;

// src/core/frameworks/meta/typeorm.ts
var typeorm = {
  id: "typeorm",
  globs: ["**/migrations/*.{js,ts,cjs,mjs}", "**/migration/*.{js,ts}"],
  comment: "//",
  detect: (_path, content) => content.includes("MigrationInterface") || content.includes("queryRunner")
};
var typeorm_default = typeorm;

// src/core/frameworks/meta/sequelize.ts
var sequelize = {
  id: "sequelize",
  globs: ["**/migrations/*.{js,ts,cjs,mjs}"],
  comment: "//",
  detect: (_path, content) => content.includes("queryInterface") || content.includes("QueryInterface")
};
var sequelize_default = sequelize;

// src/core/frameworks/meta/node-pg-migrate.ts
var nodePgMigrate = {
  id: "node-pg-migrate",
  globs: ["**/migrations/*.{js,ts,cjs,mjs}"],
  comment: "//",
  detect: (_path, content) => content.includes("pgm") || content.includes("MigrationBuilder")
};
var node_pg_migrate_default = nodePgMigrate;

// src/core/frameworks/meta/knex.ts
var knex = {
  id: "knex",
  globs: ["**/migrations/*.{js,ts,cjs,mjs}"],
  comment: "//",
  detect: (_path, content) => content.includes("knex") || content.includes(".schema.")
};
var knex_default = knex;

// src/core/frameworks/meta/laravel.ts
var laravel = {
  id: "laravel",
  globs: ["database/migrations/*.php", "**/database/migrations/*.php"],
  comment: "//"
};
var laravel_default = laravel;

// src/core/frameworks/meta/ecto.ts
var ecto = {
  id: "ecto",
  globs: ["priv/repo/migrations/*.exs", "**/priv/*/migrations/*.exs", "apps/*/priv/repo/migrations/*.exs"],
  comment: "#"
};
var ecto_default = ecto;

// src/core/frameworks/meta/liquibase.ts
function liquibaseFormat(path, content) {
  const lower = path.toLowerCase();
  if (lower.endsWith(".xml")) return content.includes("databaseChangeLog") ? "xml" : void 0;
  if (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")) return content.includes("databaseChangeLog") ? "yaml" : void 0;
  if (lower.endsWith(".sql")) {
    const first = content.trimStart().split("\n", 1)[0]?.trim().toLowerCase() ?? "";
    return first.startsWith("--") && first.includes("liquibase") && first.includes("formatted") ? "sql" : void 0;
  }
  return void 0;
}
var liquibase = {
  id: "liquibase",
  globs: ["**/changelog*/**/*.{xml,yaml,yml,json,sql}", "**/*changelog*.{xml,yaml,yml,json,sql}"],
  comment: "--",
  detect: (path, content) => liquibaseFormat(path, content) !== void 0
};
var liquibase_default = liquibase;

// src/core/frameworks/meta/sqitch.ts
function revertPathOf(path) {
  const segments = path.split("/");
  for (let i = segments.length - 2; i >= 0; i--) {
    if (segments[i] === "deploy") {
      segments[i] = "revert";
      return segments.join("/");
    }
  }
  return void 0;
}
var sqitch = {
  id: "sqitch",
  globs: ["**/deploy/**/*.sql", "**/revert/**/*.sql"],
  comment: "--",
  detect: (path, content) => detectSqlFramework(path, content) === "sqitch",
  counterparts(path) {
    const revert = revertPathOf(path);
    return revert ? [revert] : [];
  }
};
var sqitch_default = sqitch;

// src/core/frameworks/meta/flyway.ts
var kindOf = (path) => {
  const first = baseName(path)[0];
  return first === "V" || first === "U" || first === "R" ? first : void 0;
};
function undoPathOf(path) {
  return kindOf(path) === "V" ? `${dirName(path)}U${baseName(path).slice(1)}` : void 0;
}
var flyway = {
  id: "flyway",
  globs: ["**/V*__*.sql", "**/U*__*.sql", "**/R__*.sql"],
  comment: "--",
  detect: (path, content) => detectSqlFramework(path, content) === "flyway",
  counterparts(path) {
    const undo = undoPathOf(path);
    return undo ? [undo] : [];
  }
};
var flyway_default = flyway;

// src/core/frameworks/meta/golang-migrate.ts
var UP = /([._])up\.sql$/;
function downPathOf(path) {
  return UP.test(path) ? path.replace(UP, "$1down.sql") : void 0;
}
var golangMigrate = {
  id: "golang-migrate",
  globs: ["**/*.up.sql", "**/*.down.sql", "**/*_up.sql", "**/*_down.sql"],
  comment: "--",
  detect: (path, content) => detectSqlFramework(path, content) === "golang-migrate",
  counterparts(path) {
    const down = downPathOf(path);
    return down ? [down] : [];
  }
};
var golang_migrate_default = golangMigrate;

// src/core/frameworks/meta/goose.ts
var goose = {
  id: "goose",
  globs: [...SQL_MIGRATION_DIRS, "**/goose/**/*.sql"],
  comment: "--",
  detect: (path, content) => detectSqlFramework(path, content) === "goose"
};
var goose_default = goose;

// src/core/frameworks/meta/dbmate.ts
var dbmate = {
  id: "dbmate",
  globs: SQL_MIGRATION_DIRS,
  comment: "--",
  detect: (path, content) => detectSqlFramework(path, content) === "dbmate"
};
var dbmate_default = dbmate;

// src/core/frameworks/meta/sql.ts
var isDownPath = (path) => path.split("/").slice(0, -1).includes("down");
function downCandidates(path) {
  if (isDownPath(path)) return [];
  const stem = path.slice(0, -".sql".length);
  const out = [`${stem}.down.sql`, `${stem}_down.sql`];
  const segments = path.split("/");
  const up = segments.lastIndexOf("up");
  if (up >= 0 && up < segments.length - 1) {
    segments[up] = "down";
    out.push(segments.join("/"));
  }
  return out;
}
var sql = {
  id: "sql",
  globs: SQL_MIGRATION_DIRS,
  comment: "--",
  detect: (path, content) => detectSqlFramework(path, content) === "sql",
  counterparts: downCandidates
};
var sql_default = sql;

export {
  lintSqlLazily,
  analyseUp,
  analyseDown,
  isEmptySql,
  emptyDownHit,
  judgeDownFile,
  baseName,
  dirName,
  analyseSectioned,
  sqitchFolder,
  detectSqlFramework,
  prisma_default,
  rails_default,
  django_default,
  alembic_default,
  typeorm_default,
  sequelize_default,
  node_pg_migrate_default,
  knex_default,
  laravel_default,
  ecto_default,
  liquibaseFormat,
  liquibase_default,
  revertPathOf,
  sqitch_default,
  kindOf,
  undoPathOf,
  flyway_default,
  downPathOf,
  golang_migrate_default,
  goose_default,
  dbmate_default,
  isDownPath,
  downCandidates,
  sql_default
};
