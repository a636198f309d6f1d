import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  SQL_MIGRATION_DIRS,
  baseName,
  detectSqlFramework,
  dirName,
  isDbMigrateSqlName,
  popName
} from "./chunk-VKBMTKYT.js";

// src/core/frameworks/meta/prisma.ts
var prisma = {
  id: "prisma",
  // Prisma's default folder, and any other `migrations/<folder>/migration.sql` (`prisma migrate`
  // with a schema elsewhere: umami's db/mysql/migrations/), a layout only Prisma writes.
  globs: ["prisma/migrations/*/migration.sql", "**/prisma/migrations/*/migration.sql", "migrations/*/migration.sql", "**/migrations/*/migration.sql"],
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
  // …and a folder per database under it (Fallenbagel/jellyseerr's server/migration/sqlite/,
  // n8n-io/n8n's packages/cli/src/databases/migrations/postgresdb/, named for its DB_TYPE).
  globs: [
    "**/migrations/*.{js,ts,cjs,mjs}",
    "**/migration/*.{js,ts}",
    "**/migration{,s}/{postgres,postgresql,postgresdb,pg,mysql,mysqldb,mariadb,sqlite,sqlite3,mssql,sqlserver,cockroachdb}/*.{js,ts,cjs,mjs}"
  ],
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
var MIGRATION_PARAM = /(?:export\s+(?:const|let|var)\s+(?:up|down)\s*=\s*(?:async\s*)?(?:function\s*\w*\s*)?|export\s+(?:async\s+)?function\s+(?:up|down)\s*|exports\.(?:up|down)\s*=\s*(?:async\s*)?(?:function\s*\w*\s*)?)\(\s*([A-Za-z_$][\w$]*)/g;
var escapeName = (name) => name.replace(/\$/g, "\\$");
function usesArgumentAsBuilder(content) {
  for (const [, param] of content.matchAll(MIGRATION_PARAM)) {
    const p = escapeName(param);
    if (new RegExp(`(?<![\\w$.])${p}\\s*\\(\\s*['"\`]|(?<![\\w$.])${p}\\.raw\\s*\\(`).test(content)) return true;
  }
  return false;
}
var knex = {
  id: "knex",
  // `knex_migrations/` (named after Knex's own table: louislam/uptime-kuma's db/knex_migrations/).
  // A folder per release under `versions/` (TryGhost/Ghost's core/server/data/migrations/versions/5.0/).
  globs: ["**/migrations/*.{js,ts,cjs,mjs}", "**/knex_migrations/*.{js,ts,cjs,mjs}", "**/migrations/versions/*/*.{js,ts,cjs,mjs}"],
  comment: "//",
  // `.schema.` is Knex's builder, and Kysely's too (`db.schema.alterTable('t').dropColumn('c')`):
  // a Kysely migration read as Knex lost its column drops. Kysely's are left unread (a notice).
  detect: (_path, content) => (content.includes("knex") || content.includes(".schema.") || usesArgumentAsBuilder(content)) && !/\bfrom\s+['"]kysely['"]|\brequire\(\s*['"]kysely['"]\s*\)/.test(content)
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
  // ecto_sql runs only `<integer>_<name>.exs` (`extract_migration_info` in lib/ecto/migrator.ex):
  // the `.formatter.exs` `mix phx.new` writes beside the migrations is not one.
  globs: ["priv/repo/migrations/[0-9]*_*.exs", "**/priv/*/migrations/[0-9]*_*.exs", "apps/*/priv/repo/migrations/[0-9]*_*.exs"],
  comment: "#"
};
var ecto_default = ecto;

// src/core/frameworks/meta/liquibase.ts
function liquibaseFormat(path, content) {
  const lower = path.toLowerCase();
  if (lower.endsWith(".xml")) return content.includes("databaseChangeLog") ? "xml" : void 0;
  if (lower.endsWith(".yaml") || lower.endsWith(".yml") || lower.endsWith(".json")) return content.includes("databaseChangeLog") ? "yaml" : void 0;
  if (lower.endsWith(".sql")) {
    const start = content.search(/\S/);
    const end = start < 0 ? -1 : content.indexOf("\n", start);
    const first = start < 0 ? "" : content.slice(start, end < 0 ? void 0 : end).trim().toLowerCase();
    return first.startsWith("--") && first.includes("liquibase") && first.includes("formatted") ? "sql" : void 0;
  }
  return void 0;
}
var liquibase = {
  id: "liquibase",
  // Changelog folders and files, and changelogs kept in a migrations folder (metabase's
  // resources/migrations/*.yaml), or in a `liquibase` folder (gravitee-io/gravitee-api-management's
  // resources/liquibase/master.yml): the content check decides (`databaseChangeLog`, or formatted SQL's header).
  globs: [
    "**/liquibase/**/*.{xml,yaml,yml,json,sql}",
    "**/changelog*/**/*.{xml,yaml,yml,json,sql}",
    "**/*changelog*.{xml,yaml,yml,json,sql}",
    "**/migrations/**/*.{xml,yaml,yml,json,sql}",
    "**/migration/**/*.{xml,yaml,yml,json,sql}"
  ],
  comment: "--",
  detect: (path, content) => liquibaseFormat(path, content) !== void 0,
  wideGlobs: true
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
function deployPathOf(path) {
  const segments = path.split("/");
  for (let i = segments.length - 2; i >= 0; i--) {
    if (segments[i] === "revert") {
      segments[i] = "deploy";
      return segments.join("/");
    }
    if (segments[i] === "deploy") return void 0;
  }
  return void 0;
}
var sqitch = {
  id: "sqitch",
  globs: ["**/deploy/**/*.sql", "**/revert/**/*.sql"],
  comment: "--",
  detect: (path, content) => detectSqlFramework(path, content) === "sqitch",
  // A deploy's revert (its down); a revert's deploy (what it undoes: the indexes it made, see sqitch.ts).
  counterparts(path) {
    const other = deployPathOf(path) ?? revertPathOf(path);
    return other ? [other] : [];
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
var withoutPlaceholders = (sql2) => sql2.includes("${") ? sql2.replace(/\$\{[\w.:-]*\}/g, (m) => `_${m.slice(2, -1).replace(/\W/g, "_")}_`) : sql2;
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
  globs: ["**/*.sql", "**/*migration*/**/*.go", "**/*migrate*/**/*.go"],
  wideGlobs: true,
  comment: "--",
  detect: (path, content) => path.endsWith(".go") ? isGooseGo(content) : detectSqlFramework(path, content) === "goose"
};
var goose_default = goose;
var REGISTER = String.raw`Add(Named)?Migration(NoTx)?(Context)?\s*\(`;
function isGooseGo(content) {
  if (new RegExp(String.raw`\bgoose\.${REGISTER}`).test(content)) return true;
  for (const m of content.matchAll(/(?:^|[\s(])([A-Za-z_][A-Za-z0-9_]*|\.)\s+"[^"\n]*\/goose(?:\/v[0-9]+)?"/g)) {
    const name = m[1];
    if (name === "_") continue;
    const call = name === "." ? String.raw`(?<![\w.])${REGISTER}` : String.raw`\b${name}\.${REGISTER}`;
    if (new RegExp(call).test(content)) return true;
  }
  return registersWithClient(content);
}
function registersWithClient(content) {
  if (!/\bfunc init\(\)/.test(content)) return false;
  const imported = /* @__PURE__ */ new Set();
  for (const m of content.matchAll(/^\s*(?:import\s+)?(?:([A-Za-z_][A-Za-z0-9_]*)\s+)?"([^"\n]+)"\s*$/gm))
    imported.add(
      m[1] ?? m[2].split("/").filter((p) => !/^v[0-9]+$/.test(p)).at(-1)
    );
  for (const m of content.matchAll(new RegExp(String.raw`\b([A-Za-z_][A-Za-z0-9_]*)\.${REGISTER}`, "g"))) if (!imported.has(m[1])) return true;
  return false;
}

// src/core/frameworks/meta/sql-migrate.ts
var sqlMigrate = {
  id: "sql-migrate",
  globs: ["**/*.sql"],
  comment: "--",
  wideGlobs: true,
  detect: (path, content) => detectSqlFramework(path, content) === "sql-migrate"
};
var sql_migrate_default = sqlMigrate;

// src/core/frameworks/meta/db-migrate.ts
var DB_MIGRATE_CALL = /\b(?:db|dbm|database)\.(?:runSql|createTable|dropTable|renameTable|addColumn|removeColumn|renameColumn|changeColumn|addIndex|removeIndex|addForeignKey|removeForeignKey|insert)\s*(?:\(|\.bind\b)/;
var DB_MIGRATE_SIGNATURE = /exports\.(?:up|down)\s*=\s*(?:async\s+)?(?:function\s*)?\(\s*db\s*(?:,\s*(?:cb|callback|done)\s*)?\)/;
function isDbMigrateJs(content) {
  return content.includes("dbmigrate") || content.includes("db-migrate") || DB_MIGRATE_CALL.test(content) || DB_MIGRATE_SIGNATURE.test(content);
}
function dbMigrateSqlFiles(path) {
  const name = baseName(path);
  const sql2 = /^(.*)-(up|down)\.sql$/i.exec(name);
  if (sql2) return { up: `${dirName(path)}${sql2[1]}-up.sql`, down: `${dirName(path)}${sql2[1]}-down.sql` };
  const js = /^(.*)\.[cm]?[jt]s$/.exec(name);
  if (js) return { up: `${dirName(path)}sqls/${js[1]}-up.sql`, down: `${dirName(path)}sqls/${js[1]}-down.sql` };
  return void 0;
}
var dbMigrate = {
  id: "db-migrate",
  globs: [
    "**/migrations/*.{js,cjs,mjs,ts}",
    "**/migrations/*/*.{js,cjs,mjs,ts}",
    "**/sqls/*-up.sql",
    "**/sqls/*-down.sql",
    "**/migrations/**/*-up.sql",
    "**/migrations/**/*-down.sql"
  ],
  comment: "//",
  detect: (path, content) => {
    if (path.toLowerCase().endsWith(".sql")) return detectSqlFramework(path, content) === "db-migrate";
    return isDbMigrateJs(content);
  },
  counterparts(path) {
    const files = dbMigrateSqlFiles(path);
    if (!files) return [];
    if (path.toLowerCase().endsWith(".sql")) return isDbMigrateSqlName(path) && /-up\.sql$/i.test(path) ? [files.down] : [];
    return [files.up, files.down];
  }
};
var db_migrate_default = dbMigrate;

// src/core/frameworks/meta/pop.ts
function popDownPathOf(path) {
  return /\.up\.(sql|fizz)$/i.test(path) ? path.replace(/\.up\.(sql|fizz)$/i, ".down.$1") : void 0;
}
var pop = {
  id: "pop",
  globs: ["**/*.up.fizz", "**/*.down.fizz", "**/migrations/**/*.up.sql", "**/migrations/**/*.down.sql"],
  comment: "--",
  detect: (path, content) => path.toLowerCase().endsWith(".fizz") ? popName(path) !== void 0 : detectSqlFramework(path, content) === "pop",
  counterparts(path) {
    const down = popDownPathOf(path);
    return down ? [down] : [];
  }
};
var pop_default = pop;

// src/core/frameworks/meta/dbmate.ts
var dbmate = {
  id: "dbmate",
  globs: ["**/*.sql"],
  wideGlobs: true,
  comment: "--",
  detect: (path, content) => detectSqlFramework(path, content) === "dbmate"
};
var dbmate_default = dbmate;

// src/core/frameworks/meta/sql.ts
var isDownPath = (path) => path.split("/").slice(0, -1).includes("down") || isFolderPerMigration(path, "down.sql");
var isFolderPerMigration = (path, name = "up.sql") => path.slice(path.lastIndexOf("/") + 1).toLowerCase() === name;
function downCandidates(path) {
  if (isDownPath(path)) return [];
  const stem = path.slice(0, -".sql".length);
  if (isFolderPerMigration(path)) return [`${path.slice(0, path.lastIndexOf("/") + 1)}down.sql`];
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
  deployPathOf,
  sqitch_default,
  kindOf,
  undoPathOf,
  withoutPlaceholders,
  flyway_default,
  downPathOf,
  golang_migrate_default,
  goose_default,
  sql_migrate_default,
  dbMigrateSqlFiles,
  db_migrate_default,
  popDownPathOf,
  pop_default,
  dbmate_default,
  isDownPath,
  isFolderPerMigration,
  downCandidates,
  sql_default
};
