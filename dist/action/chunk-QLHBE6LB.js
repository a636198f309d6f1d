import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  withSqitchVariables
} from "./chunk-DXDCJHJC.js";
import {
  GOOSE_FORMAT,
  expandEnvsubLines,
  goProjectDialect,
  parseEnvsubLine,
  renderValues
} from "./chunk-AH45AQPL.js";
import {
  SQL_MIGRATE_FORMAT
} from "./chunk-3K5ECY3Y.js";
import {
  DBMATE_FORMAT
} from "./chunk-F3NSW5DT.js";
import {
  FRAMEWORKS
} from "./chunk-LXSWKH7Z.js";
import {
  sqitchLayout,
  sqitchProjectDialect
} from "./chunk-7BVR6RT6.js";
import {
  readSqitchPlanChanges,
  sqitchScriptOrder
} from "./chunk-S3VUS5GF.js";
import {
  jvmDialectVerdict
} from "./chunk-N5CJB3Y6.js";
import "./chunk-4GBM5NJM.js";
import {
  renderPopTemplate
} from "./chunk-RDQO74ZX.js";
import "./chunk-UQ5XSGNH.js";
import {
  appConfigDialect
} from "./chunk-US2VXZOM.js";
import "./chunk-V4MZUPIZ.js";
import "./chunk-TZEJCB33.js";
import "./chunk-TKNREPPV.js";
import "./chunk-LOUL7MGO.js";
import {
  configuredDialect,
  createClassifier
} from "./chunk-FP3JK7VI.js";
import "./chunk-7WUAOE4O.js";
import "./chunk-BJ63QOVF.js";
import {
  drizzleDialect,
  prismaDialect
} from "./chunk-KNZ3QVEF.js";
import {
  doubtCause,
  doubtSetting,
  isDoubt
} from "./chunk-2KVBLKWZ.js";
import "./chunk-QKWKVWJ7.js";
import "./chunk-P765CN6Y.js";
import {
  dbMigrateSqlFiles,
  downCandidates,
  downPathOf,
  isDownPath,
  isFolderPerMigration,
  kindOf,
  revertPathOf,
  undoPathOf,
  withoutPlaceholders
} from "./chunk-K7NLEESO.js";
import {
  baseName,
  dirName,
  popName,
  sections,
  sqitchFolder
} from "./chunk-VKBMTKYT.js";
import "./chunk-BH7QMOPK.js";
import "./chunk-URVWHCLE.js";
import "./chunk-YQYMSWCG.js";
import "./chunk-BEKUU44V.js";
import "./chunk-VQUEMGJH.js";
import {
  DIALECT_NAMES,
  dialectOfPath
} from "./chunk-BF324SM3.js";
import "./chunk-Q7EMWZUQ.js";
import "./chunk-ASTGNKGX.js";
import {
  FRAMEWORK_LABEL
} from "./chunk-OQYEAIFO.js";
import "./chunk-AYEM27GC.js";
import "./chunk-XVF5O5FK.js";
import "./chunk-ADI5M2KE.js";

// src/core/frameworks/project-dialect.ts
var APP_FRAMEWORKS = /* @__PURE__ */ new Set(["rails", "laravel", "django", "knex", "sequelize", "ecto", "typeorm"]);
function projectDialect(framework, path, read, list) {
  if (APP_FRAMEWORKS.has(framework)) return appConfigDialect(framework, path, read, list);
  switch (framework) {
    case "flyway":
      return jvmDialectVerdict(path, read, list);
    // Liquibase's formatted SQL the drill runs: read as lint reads it (withJvmDialect(…, 'liquibase')).
    case "liquibase":
      return jvmDialectVerdict(path, read, list, "liquibase");
    case "goose":
      return goProjectDialect(dirName(path), read);
    case "sqitch":
      return sqitchProjectDialect({ path, readFile: read });
    case "sql":
      return drizzleDialect({ path, readFile: read });
    case "prisma":
      return prismaDialect({ path, readFile: read });
    default:
      return Promise.resolve(void 0);
  }
}

// src/drill/envsub.ts
function expandEnvsubWith(content, annotation, env) {
  if (!/envsub/i.test(content)) return { content, missing: [] };
  const missing = /* @__PURE__ */ new Set();
  let stopped = false;
  const { content: expanded, failure } = expandEnvsubLines(content, annotation, (line) => {
    if (stopped) return { text: line };
    const read = parseEnvsubLine(line);
    try {
      if (read.error !== void 0) throw new Error(read.error);
      return { text: renderValues(read.items, env, missing) };
    } catch (error) {
      stopped = true;
      return { text: line, error: error.message };
    }
  });
  return { content: expanded, missing: [...missing].sort(), ...failure ? { failure } : {} };
}

// src/drill/scripts.ts
var SQL_FRAMEWORKS = /* @__PURE__ */ new Set([
  "sql",
  "golang-migrate",
  "goose",
  "sql-migrate",
  "dbmate",
  "db-migrate",
  "pop",
  "flyway",
  "sqitch",
  "prisma",
  "liquibase"
]);
var isSqlLayout = (framework, path) => !["db-migrate", "pop", "liquibase", "goose"].includes(framework) || path.toLowerCase().endsWith(".sql");
function upPathOf(framework, path) {
  switch (framework) {
    case "golang-migrate":
      return /[._]down\.sql$/.test(path) ? path.replace(/([._])down\.sql$/, "$1up.sql") : path;
    case "flyway": {
      const kind = kindOf(path);
      if (kind === "U") return `${path.slice(0, path.lastIndexOf("/") + 1)}V${baseName(path).slice(1)}`;
      return kind ? path : void 0;
    }
    case "sqitch": {
      const folder = sqitchFolder(path);
      if (folder === "deploy") return path;
      if (folder === "revert") return path.replace(/(^|\/)revert\//, "$1deploy/");
      return void 0;
    }
    case "db-migrate":
      return dbMigrateSqlFiles(path)?.up;
    case "pop":
      return popName(path)?.direction === "down" ? path.replace(/\.down\.sql$/i, ".up.sql") : path;
    case "sql": {
      if (isFolderPerMigration(path, "down.sql")) return `${path.slice(0, path.lastIndexOf("/") + 1)}up.sql`;
      if (isDownPath(path)) {
        const segments = path.split("/");
        segments[segments.lastIndexOf("down")] = "up";
        return segments.join("/");
      }
      if (/[._]down\.sql$/i.test(path)) return path.replace(/[._]down\.sql$/i, ".sql");
      return path;
    }
    default:
      return path;
  }
}
function companionPaths(framework, path) {
  switch (framework) {
    case "golang-migrate": {
      const down = downPathOf(path);
      return down ? [down] : [];
    }
    case "flyway": {
      const undo = undoPathOf(path);
      return undo ? [undo] : [];
    }
    case "sqitch": {
      const revert = revertPathOf(path);
      return revert ? [revert] : [];
    }
    case "sql":
      return downCandidates(path);
    case "db-migrate": {
      const files = dbMigrateSqlFiles(path);
      return files ? [files.down] : [];
    }
    default:
      return [];
  }
}
var whole = (path, content, transactional) => ({
  path,
  label: baseName(path),
  pieces: [{ sql: content, line: 1 }],
  transactional
});
function sectioned(path, content, format, framework) {
  const read = sections(content, format);
  const up = {
    path,
    label: `the ${format.downName.replace(/Down$|down$/, (d) => d[0] === "D" ? "Up" : "up")} section`,
    pieces: read.upPieces,
    transactional: read.transactional
  };
  if (!read.down) return { id: path, path, framework, up, noDown: `the file has no ${format.downName} section` };
  const downTransactional = format === DBMATE_FORMAT ? !/transaction:false/.test(read.down.text) : format === SQL_MIGRATE_FORMAT ? !/notransaction/i.test(read.down.text) : read.transactional;
  return { id: path, path, framework, up, down: { path, label: `the ${format.downName} section`, pieces: read.downPieces, transactional: downTransactional } };
}
function withEnvsub(m, env) {
  const out = { ...m };
  if (env.missing.length)
    out.notes = [
      `-- +goose ENVSUB ON: ${env.missing.map((n) => `$${n}`).join(", ")} ${env.missing.length === 1 ? "is" : "are"} not set in the drill's environment and ${env.missing.length === 1 ? "was" : "were"} expanded as empty, as goose would; set ${env.missing.length === 1 ? "it" : "them"} to the deploy's values to rehearse what the deploy runs`
    ];
  const failure = env.failure;
  if (failure) {
    out.up = { ...out.up, failure };
    if (out.down) out.down = { ...out.down, failure };
  }
  return out;
}
function migrationsOf(framework, path, content, read, folder = () => [baseName(path)]) {
  const copyIn = COPY_IN[framework] ?? { by: framework, sends: false };
  return frameworkMigrations(framework, path, content, read, folder)?.map((m) => ({
    ...m,
    up: { ...m.up, copyIn },
    ...m.down ? { down: { ...m.down, copyIn } } : {}
  }));
}
var COPY_IN = {
  sqitch: { by: "psql", sends: true },
  sql: { by: "psql", sends: true },
  flyway: { by: "Flyway", sends: true }
};
function frameworkMigrations(framework, path, content, read, folder = () => [baseName(path)]) {
  const paired = (up, downPath, missing, transactional = true, prepare = (sql) => sql) => {
    const down = read(downPath);
    return [
      down === void 0 ? { id: path, path, framework, up, noDown: missing } : { id: path, path, framework, up, down: whole(downPath, prepare(down), transactional) }
    ];
  };
  switch (framework) {
    case "golang-migrate": {
      const downPath = downPathOf(path);
      if (!downPath) return void 0;
      return paired(whole(path, content, true), downPath, `there is no ${baseName(downPath)}`);
    }
    case "goose": {
      if (!isSqlLayout(framework, path)) return void 0;
      const env = expandEnvsubWith(content, GOOSE_FORMAT.marker, (name) => process.env[name]);
      return [withEnvsub(sectioned(path, env.content, GOOSE_FORMAT, framework), env)];
    }
    case "sql-migrate":
      return [sectioned(path, content, SQL_MIGRATE_FORMAT, framework)];
    case "db-migrate": {
      const files = dbMigrateSqlFiles(path);
      if (!files || files.up !== path) return void 0;
      return paired(whole(path, content, true), files.down, `there is no ${baseName(files.down)}`);
    }
    case "dbmate":
      return [sectioned(path, content, DBMATE_FORMAT, framework)];
    case "flyway": {
      const kind = kindOf(path);
      if (kind === "U" || kind === void 0) return void 0;
      const up = whole(path, withoutPlaceholders(content), true);
      if (kind === "R")
        return [{ id: path, path, framework, up, noDown: "a repeatable migration has no undo: reverting the file re-applies its earlier version" }];
      const undoPath = undoPathOf(path);
      return paired(up, undoPath, `there is no undo script ${baseName(undoPath)}`, true, withoutPlaceholders);
    }
    case "sqitch": {
      if (sqitchFolder(path) !== "deploy") return void 0;
      const revertPath = revertPathOf(path);
      return paired(whole(path, content, false), revertPath, `there is no ${revertPath}`, false);
    }
    case "pop":
      return popMigration(path, content, read, folder());
    case "prisma":
      return [
        {
          id: path,
          path,
          framework,
          up: whole(path, content, true),
          noDown: "Prisma migrations have no down: only the up is rehearsed (the plan must name the backup and restore)"
        }
      ];
    case "liquibase":
      return liquibaseChangesets(path, content);
    case "sql": {
      if (isDownPath(path) || /[._]down\.sql$/i.test(path)) return void 0;
      const up = whole(path, content, true);
      for (const candidate of downCandidates(path)) {
        const down = read(candidate);
        if (down !== void 0) return [{ id: path, path, framework, up, down: whole(candidate, down, true) }];
      }
      return [{ id: path, path, framework, up, noDown: "raw SQL has no down convention and no down file sits beside it" }];
    }
    default:
      return void 0;
  }
}
function postgresPopGroup(names, name) {
  const self = popName(name);
  if (!self || self.dialect !== void 0 && self.dialect !== "postgres") return void 0;
  const ups = [];
  const downs = [];
  for (const file of names) {
    const p = popName(file);
    if (!p || p.stamp !== self.stamp || p.name !== self.name || p.ext !== self.ext) continue;
    if (p.dialect !== void 0 && p.dialect !== "postgres") continue;
    (p.direction === "up" ? ups : downs).push(file);
  }
  const order = (a, b) => {
    const pa = popName(a).part;
    const pb = popName(b).part;
    return pa < pb ? -1 : pa > pb ? 1 : a < b ? -1 : a > b ? 1 : 0;
  };
  return { ups: ups.sort(order), downs: downs.sort(order) };
}
function popMigration(path, content, read, names) {
  const self = popName(path);
  if (!self || self.direction !== "up" || self.ext !== "sql") return void 0;
  const group = postgresPopGroup(names.includes(baseName(path)) ? names : [...names, baseName(path)], baseName(path));
  if (!group || group.ups[0] !== baseName(path)) return void 0;
  const dir = path.slice(0, path.length - baseName(path).length);
  const forPostgres = (files) => {
    const parts2 = /* @__PURE__ */ new Map();
    for (const name of files) {
      const p = popName(name);
      const key = `${p.stamp}${p.part}`;
      if (p.dialect === "postgres" || !parts2.has(key)) parts2.set(key, name);
    }
    return [...parts2.values()];
  };
  const ups = forPostgres(group.ups);
  const downFiles = forPostgres(group.downs);
  const autocommit = [...ups, ...downFiles].some((n) => popName(n).autocommit);
  const pieces = (files) => files.flatMap((name) => {
    const text = name === baseName(path) ? content : read(dir + name);
    return text === void 0 ? [] : [{ sql: renderPopTemplate(text, "postgres").text, line: 1, path: dir + name }];
  });
  const parts = ups.length > 1 ? ` (${ups.length} parts)` : "";
  const up = { path, label: `${baseName(path)}${parts}`, pieces: pieces(ups), transactional: !autocommit };
  const downs = pieces([...downFiles].reverse()).filter((p) => p.sql.trim() !== "");
  if (!downs.length) return [{ id: path, path, framework: "pop", up, noDown: `the group has no ${downFiles.length ? "non-empty " : ""}.down.sql part` }];
  return [
    {
      id: path,
      path,
      framework: "pop",
      up,
      down: { path: downs[0].path, label: `the down parts of ${baseName(path)}`, pieces: downs, transactional: !autocommit }
    }
  ];
}
function liquibaseChangesets(path, content) {
  if (!path.toLowerCase().endsWith(".sql")) return void 0;
  const lines = content.split("\n");
  const out = [];
  let cur;
  let inBlock = false;
  const flush = () => {
    if (!cur) return;
    const id = `${path}#${cur.id}`;
    const up = { path, label: `changeset ${cur.id}`, pieces: [{ sql: cur.up.join("\n"), line: cur.line + 1 }], transactional: cur.tx };
    const hasDown = cur.down.some((l) => l.trim() !== "");
    out.push(
      hasDown ? {
        id,
        path,
        framework: "liquibase",
        up,
        down: { path, label: `the rollback of changeset ${cur.id}`, pieces: [{ sql: cur.down.join("\n"), line: cur.downLine }], transactional: cur.tx }
      } : { id, path, framework: "liquibase", up, noDown: `changeset ${cur.id} has no --rollback` }
    );
  };
  lines.forEach((raw, idx) => {
    const t = raw.trim();
    const lower = t.toLowerCase();
    if (/^--\s*changeset\b/i.test(t)) {
      flush();
      const words = t.replace(/^--\s*changeset\s*/i, "").split(/\s+/);
      cur = { id: words[0] ?? String(idx + 1), line: idx + 1, up: [], down: [], downLine: 0, tx: !/runInTransaction:false/i.test(t) };
      return;
    }
    if (!cur) return;
    const keep = (target, text) => {
      if (target === cur.down && cur.downLine === 0) cur.downLine = idx + 1;
      const start = target === cur.up ? cur.line + 1 : cur.downLine;
      while (target.length < idx + 1 - start) target.push("");
      target.push(text);
    };
    if (inBlock) {
      if (t.includes("*/")) {
        inBlock = false;
        keep(cur.down, raw.slice(0, raw.indexOf("*/")));
      } else keep(cur.down, raw);
      return;
    }
    const block = /^\/\*\s*liquibase\s+rollback\b/i.exec(t);
    if (block) {
      const rest = t.slice(block[0].length);
      inBlock = !rest.includes("*/");
      keep(cur.down, inBlock ? rest : rest.slice(0, rest.indexOf("*/")));
      return;
    }
    if (/^--\s*rollback\b/i.test(t)) {
      keep(cur.down, t.replace(/^--\s*rollback\s?/i, ""));
      return;
    }
    if (lower.startsWith("--")) return keep(cur.up, "");
    keep(cur.up, raw);
  });
  flush();
  return out;
}
function naturalCompare(a, b) {
  const pa = a.match(/\d+|\D+/g) ?? [];
  const pb = b.match(/\d+|\D+/g) ?? [];
  for (let i = 0; i < Math.min(pa.length, pb.length); i++) {
    const x = pa[i];
    const y = pb[i];
    if (x === y) continue;
    const nx = /^\d/.test(x);
    const ny = /^\d/.test(y);
    if (nx && ny) {
      const d = BigInt(x) - BigInt(y);
      if (d !== 0n) return d < 0n ? -1 : 1;
      continue;
    }
    return x < y ? -1 : 1;
  }
  return pa.length - pb.length;
}
function flywayVersion(name) {
  const m = /^[VU]([\d._]+)__/.exec(name);
  if (!m) return void 0;
  return m[1].split(/[._]/).filter(Boolean).map((p) => BigInt(p));
}
function compareMigrations(framework, a, b, planOrder) {
  if (a.path === b.path) return 0;
  const na = baseName(a.path);
  const nb = baseName(b.path);
  if (framework === "flyway") {
    const va = flywayVersion(na);
    const vb = flywayVersion(nb);
    if (!va || !vb) return va ? -1 : vb ? 1 : naturalCompare(na, nb);
    for (let i = 0; i < Math.max(va.length, vb.length); i++) {
      const d = (va[i] ?? 0n) - (vb[i] ?? 0n);
      if (d !== 0n) return d < 0n ? -1 : 1;
    }
    return 0;
  }
  if (framework === "sqitch" && planOrder) {
    const ka = planOrder.get(sqitchChange(a.path)) ?? Number.MAX_SAFE_INTEGER;
    const kb = planOrder.get(sqitchChange(b.path)) ?? Number.MAX_SAFE_INTEGER;
    if (ka !== kb) return ka - kb;
  }
  const byFolder = framework === "prisma" || framework === "sql" && isFolderPerMigration(a.path) && isFolderPerMigration(b.path);
  return byFolder ? naturalCompare(a.path, b.path) : naturalCompare(na, nb);
}
function sqitchChange(path) {
  const at = path.lastIndexOf("deploy/");
  return path.slice(at + "deploy/".length).replace(/\.sql$/i, "");
}
function sqitchPlanOrder(plan, exists) {
  const changes = readSqitchPlanChanges(plan);
  const scripts = sqitchScriptOrder(plan, exists);
  const order = /* @__PURE__ */ new Map();
  const ids = /* @__PURE__ */ new Map();
  const seen = /* @__PURE__ */ new Map();
  scripts.forEach((script, i) => {
    const name = changes[i].name;
    const k = seen.get(name) ?? 0;
    seen.set(name, k + 1);
    if (!order.has(script)) order.set(script, i);
    ids.set(script, `sqitch:${name}#${k}`);
  });
  return { order, ids };
}

// src/drill/collect.ts
var OTHER_DIALECTS = /* @__PURE__ */ new Map([
  ["mysql", "MySQL"],
  ["mariadb", "MariaDB"],
  ["sqlite", "SQLite"],
  ["sqlite3", "SQLite"],
  ["sqlserver", "SQL Server"],
  ["sql_server", "SQL Server"],
  ["mssql", "SQL Server"],
  ["h2", "H2"],
  ["oracle", "Oracle"],
  ["cockroach", "CockroachDB"],
  ["cockroachdb", "CockroachDB"],
  ["spanner", "Spanner"],
  ["clickhouse", "ClickHouse"]
]);
function otherDialectOf(path) {
  for (const segment of path.toLowerCase().split("/")) {
    for (const part of segment.split(/[._-]/)) {
      const name = OTHER_DIALECTS.get(part);
      if (name) return name;
    }
  }
  const named = dialectOfPath(path);
  return named && named.dialect !== "postgres" ? DIALECT_NAMES[named.dialect] : void 0;
}
function rootOf(framework, path) {
  if (framework === "sqitch") return path.slice(0, path.lastIndexOf("deploy/"));
  if (framework === "prisma" || framework === "sql" && isFolderPerMigration(path)) return dirName(dirName(path).replace(/\/$/, ""));
  return dirName(path);
}
function inRoot(framework, root, path) {
  if (!path.startsWith(root)) return false;
  const rest = path.slice(root.length);
  if (framework === "sqitch") return rest.startsWith("deploy/") || rest.startsWith("revert/");
  if (framework === "prisma") return /^[^/]+\/migration\.sql$/.test(rest);
  if (framework === "sql" && /^[^/]+\/(?:up|down)\.sql$/i.test(rest)) return true;
  return !rest.includes("/");
}
async function otherDatabase(config, framework, path, read, list) {
  const configured = configuredDialect(config, path);
  if (configured) return configured.dialect === "postgres" ? void 0 : { name: DIALECT_NAMES[configured.dialect], from: configured.from };
  const named = otherDialectOf(path);
  if (named) return { name: named, from: "the path" };
  const project = await projectDialect(framework, path, read, list);
  if (isDoubt(project)) return { doubt: project };
  return project && project.dialect !== "postgres" ? { name: DIALECT_NAMES[project.dialect], from: project.from } : void 0;
}
async function headText(repo, commit, path) {
  const spec = `${commit}:${path}`;
  return (await repo.readBlobs([spec])).get(spec)?.content;
}
async function collectDrill(repo, forkPoint, headSha, config, sqitchSet) {
  const classifier = createClassifier(config, FRAMEWORKS);
  const changed = await repo.changedPaths(forkPoint, headSha);
  const notices = [];
  const unrehearsable = [];
  const changedSpecs = changed.filter((c) => c.status !== "removed" && classifier.mayMatter(c.path)).map((c) => `${headSha}:${c.path}`);
  const changedBlobs = await repo.readBlobs(changedSpecs);
  const read = (path) => headText(repo, headSha, path);
  const list = (dir) => repo.listFolder(headSha, dir);
  const touched = /* @__PURE__ */ new Map();
  const skipped = /* @__PURE__ */ new Map();
  const otherDialects = /* @__PURE__ */ new Map();
  const doubts = /* @__PURE__ */ new Map();
  for (const c of changed) {
    if (c.status === "removed") continue;
    const blob = changedBlobs.get(`${headSha}:${c.path}`);
    if (!blob || blob.binary || blob.content === void 0) continue;
    const change = classifier.classify(c.path, blob.content);
    if (change?.kind !== "migration" || !change.framework) continue;
    const framework = change.framework;
    const other = await otherDatabase(config, framework, c.path, read, list);
    if (other && "doubt" in other) {
      const key2 = JSON.stringify(other.doubt);
      doubts.set(key2, { doubt: other.doubt, paths: [...doubts.get(key2)?.paths ?? [], c.path] });
      unrehearsable.push(c.path);
      continue;
    }
    if (other) {
      const key2 = `${other.name}\0${other.from}`;
      otherDialects.set(key2, { ...other, paths: [...otherDialects.get(key2)?.paths ?? [], c.path] });
      continue;
    }
    const notSql = !isSqlLayout(framework, c.path);
    if (!SQL_FRAMEWORKS.has(framework) || notSql) {
      const name = notSql ? `${FRAMEWORK_LABEL[framework]} (not SQL)` : FRAMEWORK_LABEL[framework];
      skipped.set(name, [...skipped.get(name) ?? [], c.path]);
      unrehearsable.push(c.path);
      continue;
    }
    const up = upPathOf(framework, c.path);
    if (!up) continue;
    const root = rootOf(framework, up);
    const key = `${framework}\0${root}`;
    const entry = touched.get(key) ?? { framework, root, ups: /* @__PURE__ */ new Set() };
    entry.ups.add(up);
    touched.set(key, entry);
  }
  for (const { name, from, paths } of otherDialects.values()) {
    const shown = paths.length > 3 ? `${paths.slice(0, 3).join(", ")} and ${paths.length - 3} more` : paths.join(", ");
    const known = from === "the path" ? paths.length > 1 ? "their paths say so" : "its path says so" : `from ${from}`;
    notices.push(`Skipped, the database being ${name} (${known}): ${shown}. The drill rehearses Postgres only.`);
  }
  for (const { doubt, paths } of doubts.values()) {
    notices.push(
      `Not rehearsed: ${paths.join(", ")}. ${doubtCause(doubt).replace("this migration", paths.length > 1 ? "these migrations" : "this migration")} The drill rehearses Postgres only, and does not assume it: say which database ${paths.length > 1 ? "they run" : "it runs"} on in .github/rollback-ready.yml, ${doubtSetting(doubt, paths[0])}.`
    );
  }
  for (const [name, paths] of skipped) {
    const what = name.endsWith("(not SQL)") ? `${name.replace(" (not SQL)", "")} runs these files itself (XML, YAML, JavaScript, fizz, Go)` : `${name} migrations need ${name} to run`;
    notices.push(
      `Not rehearsed: ${paths.join(", ")}. The drill runs SQL, and ${what}; docs/drill.md ("Frameworks with their own runtime") shows how to hand the drill the SQL they emit.`
    );
  }
  const sets = [];
  for (const { framework, root, ups } of [...touched.values()].sort((a, b) => a.root.localeCompare(b.root))) {
    const set = await readSet(repo, classifier, framework, root, ups, forkPoint, headSha, notices, sqitchSet);
    if (set) sets.push(set);
  }
  return { sets, notices, unrehearsable };
}
function popGroupHeads(ups, files) {
  const names = files.map((p) => p.slice(p.lastIndexOf("/") + 1));
  const out = /* @__PURE__ */ new Set();
  for (const up of ups) {
    const dir = up.slice(0, up.lastIndexOf("/") + 1);
    const first = postgresPopGroup(names, up.slice(dir.length))?.ups[0];
    if (first) out.add(dir + first);
  }
  return out;
}
function leaveOutUnplanned(base, baseOrder, pr, headOrder, planPath) {
  const unplanned = (side, order) => order.size ? side.filter((m) => !order.has(sqitchChange(m.path))) : [];
  const notices = [];
  const say = (what, scripts) => {
    const paths = [...new Set(scripts.map((m) => m.path))];
    if (!paths.length) return;
    const [these, them] = paths.length > 1 ? ["these scripts are", "them"] : ["this script is", "it"];
    notices.push(
      `${what}: ${paths.join(", ")}. Sqitch deploys only the changes its plan lists, and ${these} named by no change of ${planPath}, so Sqitch never runs ${them}: add the change with \`sqitch add\` (or its line to the plan) for Sqitch to deploy it, or delete the script.`
    );
  };
  const [strayPr, strayBase] = [unplanned(pr, headOrder), unplanned(base, baseOrder)];
  say("Not rehearsed", strayPr);
  say("Left out of the base", strayBase);
  const stray = /* @__PURE__ */ new Set([...strayPr, ...strayBase]);
  for (const side of [base, pr]) side.splice(0, side.length, ...side.filter((m) => !stray.has(m)));
  return notices;
}
async function readSet(repo, classifier, framework, root, ups, forkPoint, headSha, notices, sqitchSet) {
  const [baseTree, headTree] = await Promise.all([repo.listTree(forkPoint, root), repo.listTree(headSha, root)]);
  const baseFiles = [...baseTree.keys()].filter((p) => inRoot(framework, root, p));
  if (framework === "pop")
    ups = popGroupHeads(
      ups,
      [...headTree.keys()].filter((p) => inRoot(framework, root, p))
    );
  const wantedHead = /* @__PURE__ */ new Set();
  for (const up of ups) {
    wantedHead.add(up);
    for (const p of companionPaths(framework, up)) if (headTree.has(p)) wantedHead.add(p);
  }
  if (framework === "pop") {
    for (const p of headTree.keys()) if (inRoot(framework, root, p)) wantedHead.add(p);
  }
  const layout = framework === "sqitch" ? await sqitchLayout(root, (p) => headText(repo, headSha, p)) : void 0;
  const planPath = layout?.plan ?? "";
  const blobs = await repo.readBlobs([
    ...baseFiles.map((p) => baseTree.get(p)),
    ...[...wantedHead].filter((p) => headTree.has(p)).map((p) => headTree.get(p)),
    ...layout ? [`${forkPoint}:${planPath}`, `${headSha}:${planPath}`, `${forkPoint}:${layout.conf}`, `${headSha}:${layout.conf}`] : []
  ]);
  const baseContent = (p) => {
    const id = baseTree.get(p);
    return id ? blobs.get(id)?.content : void 0;
  };
  const headContent = (p) => {
    const id = headTree.get(p);
    return id ? blobs.get(id)?.content : void 0;
  };
  const plans = framework === "sqitch" ? {
    base: sqitchPlanOrder(blobs.get(`${forkPoint}:${planPath}`)?.content ?? "", (name) => baseTree.has(`${root}deploy/${name}.sql`)),
    head: sqitchPlanOrder(blobs.get(`${headSha}:${planPath}`)?.content ?? "", (name) => headTree.has(`${root}deploy/${name}.sql`))
  } : void 0;
  const sameFramework = (p, content) => classifier.classify(p, content)?.framework === framework;
  const base = [];
  const folderOf = (tree) => (p) => () => {
    const dir = p.slice(0, p.lastIndexOf("/") + 1);
    return [...tree.keys()].filter((f) => f.startsWith(dir) && !f.slice(dir.length).includes("/")).map((f) => f.slice(dir.length));
  };
  for (const p of baseFiles) {
    const content = baseContent(p);
    if (content === void 0 || !sameFramework(p, content)) continue;
    base.push(...migrationsOf(framework, p, content, baseContent, folderOf(baseTree)(p)) ?? []);
  }
  const pr = [];
  for (const up of ups) {
    const content = headContent(up);
    if (content === void 0 || !sameFramework(up, content)) continue;
    pr.push(...migrationsOf(framework, up, content, headContent, folderOf(headTree)(up)) ?? []);
  }
  if (layout) {
    base.splice(0, base.length, ...await withSqitchVariables(base, blobs.get(`${forkPoint}:${layout.conf}`)?.content, layout.conf, sqitchSet));
    pr.splice(0, pr.length, ...await withSqitchVariables(pr, blobs.get(`${headSha}:${layout.conf}`)?.content, layout.conf, sqitchSet));
  }
  if (plans) {
    for (const m of base) m.id = plans.base.ids.get(sqitchChange(m.path)) ?? m.id;
    for (const m of pr) m.id = plans.head.ids.get(sqitchChange(m.path)) ?? m.id;
    const touched = pr.length;
    notices.push(...leaveOutUnplanned(base, plans.base.order, pr, plans.head.order, planPath));
    if (touched && !pr.length) return void 0;
  }
  const baseById = new Map(base.map((m) => [m.id, m]));
  const same = (a, b) => JSON.stringify([a.up.pieces, a.down?.pieces]) === JSON.stringify([b.up.pieces, b.down?.pieces]);
  const rehearsed = pr.filter((m) => {
    const was = baseById.get(m.id);
    return !((framework === "liquibase" || framework === "sqitch") && was && same(was, m));
  });
  const ids = new Set(rehearsed.map((m) => m.id));
  const changed = rehearsed.filter((m) => baseById.has(m.id)).map((m) => m.path);
  const order = (plan) => (a, b) => compareMigrations(framework, a, b, plan);
  return {
    framework,
    root,
    base: base.filter((m) => !ids.has(m.id)).sort(order(plans?.base.order)),
    pr: rehearsed.sort(order(plans?.head.order)),
    changed: [...new Set(changed)]
  };
}
export {
  collectDrill,
  leaveOutUnplanned,
  otherDialectOf
};
