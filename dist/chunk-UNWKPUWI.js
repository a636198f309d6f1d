import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  configuredDialect,
  createClassifier
} from "./chunk-HYY4EOWV.js";
import {
  BINARY_MIGRATION
} from "./chunk-WYNSWX4E.js";
import {
  detectSqlFramework,
  isSqitchVerify
} from "./chunk-VIAG5GR7.js";

// src/core/deploy/lazy.ts
var loading;
function deployAnalyser() {
  loading ??= import("./chunk-PANCRESA.js");
  return loading;
}

// src/core/frameworks/guess.ts
var BY_EXTENSION = [
  [/\.rb$/i, ["rails"]],
  [/\.py$/i, ["alembic", "django"]],
  [/\.php$/i, ["laravel"]],
  [/\.exs?$/i, ["ecto"]],
  [/\.[cm]?[jt]s$/i, ["typeorm", "sequelize", "node-pg-migrate", "knex", "db-migrate"]],
  [/\.fizz$/i, ["pop"]],
  [/\.(xml|ya?ml|json)$/i, ["liquibase"]]
];
function guessFramework(path, content, frameworks) {
  const byId = (id) => frameworks.find((f) => f.id === id);
  if (/\.sql$/i.test(path)) {
    if (/(^|\/)prisma\/migrations\//.test(path)) return byId("prisma");
    if (/--\s*liquibase\s+formatted\s+sql/i.test(content.slice(0, 2e3))) return byId("liquibase");
    if (isSqitchVerify(path)) return void 0;
    return byId(detectSqlFramework(path, content) ?? "sql");
  }
  for (const [pattern, ids] of BY_EXTENSION) {
    if (!pattern.test(path)) continue;
    for (const id of ids) {
      const fw = byId(id);
      if (fw && (!fw.detect || fw.detect(path, content))) return fw;
    }
    return ids.length === 1 && ids[0] !== "liquibase" && ids[0] !== "pop" ? byId(ids[0]) : void 0;
  }
  return void 0;
}
var NAMES = {
  knex: "Knex",
  sequelize: "Sequelize",
  typeorm: "TypeORM",
  "node-pg-migrate": "node-pg-migrate",
  "db-migrate": "db-migrate",
  alembic: "Alembic",
  django: "Django",
  laravel: "Laravel",
  ecto: "Ecto",
  rails: "Rails",
  liquibase: "Liquibase"
};
function unreadReason(path, candidates) {
  const lower = path.toLowerCase();
  if (isSqitchVerify(path)) return SQITCH_VERIFY;
  if (lower.endsWith(".go"))
    return "It is Go code where migrations live that registers no goose migration (`goose.AddMigrationContext(up, down)`, which is read): a Go migration of a project's own runner (listmonk's), or a helper of one. rollback-ready reads SQL migrations and goose's Go migrations, not other Go: review it by hand.";
  if (/\.(java|kt)$/.test(lower)) return "It is a Flyway Java or Kotlin migration, and rollback-ready reads SQL migrations, not JVM code: review it by hand.";
  const names = [...new Set(candidates.map((id) => NAMES[id] ?? id))];
  if (names.length) {
    const list = names.length > 1 ? `${names.slice(0, -1).join(", ")} or ${names[names.length - 1]}` : names[0];
    return `It sits where ${list} migrations live, but its content is not a ${list} migration rollback-ready can read, so it was not analysed: check that it is the migration you meant, or review it by hand.`;
  }
  if (lower.endsWith(".cs") && !/(\.designer|modelsnapshot)\.cs$/.test(lower))
    return "It is an Entity Framework (C#) migration, and rollback-ready reads SQL migrations, not .NET code: review it by hand (or lint the SQL `dotnet ef migrations script` writes).";
  if (lower.endsWith(".rb"))
    return "It is a Ruby migration outside Rails' db/migrate (Sequel's, or ActiveRecord's kept elsewhere), which rollback-ready does not read: review it by hand, or set the folder under paths.migrations.rails if it is ActiveRecord's.";
  if (lower.endsWith(".php"))
    return "It is a PHP migration of a runner rollback-ready does not read (Doctrine, Phinx, CakePHP or Yii; it reads Laravel): review it by hand.";
  return NEITHER_MIGRATION_NOR_DEPLOY;
}
var NEITHER_MIGRATION_NOR_DEPLOY = "It is neither a migration nor a deploy file rollback-ready knows (by its path and content), so it was not analysed.";
var SQITCH_VERIFY = "It is a Sqitch verify script: it checks what its deploy script made and changes nothing (Sqitch runs it after the deploy), so it is not linted as a migration; its deploy and revert scripts are.";

// src/core/analyse.ts
async function analyse(input) {
  const classifier = createClassifier(input.config, input.frameworks);
  const headContents = new Map(Object.entries(input.siblings ?? {}));
  for (const f of input.files) if (f.status !== "removed") headContents.set(f.path, f.head);
  const analysis = { config: input.config, files: input.files, changes: [], migrations: /* @__PURE__ */ new Map(), analysed: [] };
  const context = { input, classifier, headOf: (path) => headContents.get(path) };
  for (const file of input.files) {
    const change = classifier.classify(file.path, file.head ?? file.base);
    if (!change) continue;
    analysis.changes.push({ ...change, status: file.status });
    const read = await readChangedFile(file, change, context);
    if (!read) continue;
    if (read.migration) analysis.migrations.set(file.path, read.migration);
    analysis.analysed.push({ path: file.path, content: read.content, hits: read.hits });
  }
  return analysis;
}
async function readChangedFile(file, change, { input, classifier, headOf }) {
  if (file.binary && change.kind === "migration" && file.status !== "removed") return { content: "", hits: [BINARY_MIGRATION] };
  if (file.binary || file.head === void 0 || file.status === "removed") return void 0;
  if (change.kind === "migration" && !change.framework) {
    const hits = [{ rule: "not-analysed", line: 1, message: unreadReason(file.path, classifier.candidates(file.path)) }];
    return { content: file.head, hits, migration: { role: "up", down: "not-analysed", hits } };
  }
  if (change.kind === "migration" && change.framework) {
    const fw = input.frameworks.find((f) => f.id === change.framework);
    const siblings = {};
    for (const p of fw.counterparts?.(file.path) ?? []) siblings[p] = headOf(p);
    const migration = await fw.analyse({
      path: file.path,
      content: file.head,
      siblings,
      ...input.readFile ? { readFile: input.readFile } : {},
      ...input.readFileNow ? { readFileNow: input.readFileNow } : {},
      ...input.listDir ? { listDir: input.listDir } : {},
      ...input.listFolders ? { listFolders: input.listFolders } : {},
      ...dialectSetting(input.config, file.path),
      // A file of many migrations (Liquibase's changesets) tells the PR's from the base's by this.
      ...file.status === "added" ? { base: {} } : file.base !== void 0 ? { base: { content: file.base } } : {}
    });
    return { content: file.head, hits: migration.hits, migration };
  }
  if (change.kind === "deploy") {
    const { analyseDeploy } = await deployAnalyser();
    const { hits } = await analyseDeploy(file.path, file.head, file.base);
    return { content: file.head, hits };
  }
  return void 0;
}
function dialectSetting(config, path) {
  const dialect = configuredDialect(config, path);
  return dialect ? { dialect } : {};
}

export {
  deployAnalyser,
  guessFramework,
  unreadReason,
  NEITHER_MIGRATION_NOR_DEPLOY,
  SQITCH_VERIFY,
  analyse,
  readChangedFile,
  dialectSetting
};
