import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);

// src/core/reversibility.ts
var FRAMEWORK_LABEL = {
  sql: "raw SQL",
  "golang-migrate": "golang-migrate",
  goose: "goose",
  "sql-migrate": "sql-migrate",
  dbmate: "dbmate",
  "db-migrate": "db-migrate",
  pop: "pop (soda)",
  flyway: "Flyway",
  sqitch: "Sqitch",
  prisma: "Prisma",
  rails: "Rails",
  django: "Django",
  alembic: "Alembic",
  knex: "Knex",
  sequelize: "Sequelize",
  typeorm: "TypeORM",
  "node-pg-migrate": "node-pg-migrate",
  laravel: "Laravel",
  ecto: "Ecto",
  liquibase: "Liquibase"
};
var frameworkLabel = (framework) => framework ? FRAMEWORK_LABEL[framework] : "an unread migration";
var inherentlyForwardOnly = (down) => down === "forward-only" || down === "no-convention";
var baseName = (path) => path.slice(path.lastIndexOf("/") + 1);
var dirName = (path) => path.includes("/") ? path.slice(0, path.lastIndexOf("/")) : ".";
function downFix(path, m) {
  const name = baseName(path);
  switch (m.framework) {
    case "golang-migrate":
      return `write ${name.replace(/([._])up\.sql$/, "$1down.sql")}`;
    case "goose":
      return name.endsWith(".go") ? "give `goose.AddMigrationContext` a down function that undoes the up" : "write its `-- +goose Down` section";
    case "sql-migrate":
      return "write its `-- +migrate Down` section";
    case "db-migrate":
      return "write its `down` (or the `-down.sql` file beside its `-up.sql`)";
    case "pop":
      return `write ${name.replace(/\.up\.(sql|fizz)$/, ".down.$1")}`;
    case "dbmate":
      return "write its `-- migrate:down` section";
    case "flyway":
      return `add an undo script ${name.replace(/^V/, "U")} (Flyway Teams)`;
    case "sqitch":
      return `write revert/${name}`;
    case "prisma":
      return "Prisma has no down migrations";
    case "rails":
      return m.down === "irreversible" ? "make `change` reversible (give `remove_column` its type, use `reversible`) or write `up` and `down`" : "write its `down` method";
    case "django":
      return m.down === "irreversible" ? "give each `RunPython` a reverse function (`migrations.RunPython.noop` when nothing needs undoing) and each `RunSQL` a `reverse_sql`" : "make its operations reversible";
    case "alembic":
      return m.down === "empty" ? "make `downgrade()` undo `upgrade()`" : "write its `downgrade()`";
    case "knex":
      return "write `exports.down`";
    case "sequelize":
      return "write its `down`";
    case "typeorm":
      return "write `down(queryRunner)`";
    case "node-pg-migrate":
      return "write `exports.down`";
    case "laravel":
      return "write its `down()` method";
    case "ecto":
      return m.down === "irreversible" ? "write `up/0` and `down/0` instead of `change/0`" : "write its `down/0`";
    case "liquibase":
      return "give each changeSet a `<rollback>` (or a `--rollback` line)";
    case "sql":
      return "keep the down SQL beside it, or write it in the rollback steps";
    default:
      return "write its down migration";
  }
}
function describeDown(m) {
  switch (m.down) {
    case "missing":
      return "no down migration";
    case "empty":
      return "the down migration does nothing";
    case "irreversible":
      return `an operation ${frameworkLabel(m.framework)} cannot reverse`;
    case "forward-only":
      return m.framework === "prisma" ? "Prisma has no down migrations" : `${frameworkLabel(m.framework)}: no undo script`;
    case "no-convention":
      return "raw SQL, no down convention";
    default:
      return m.down;
  }
}
function groups(migrations) {
  const out = /* @__PURE__ */ new Map();
  for (const [path, m] of [...migrations.entries()].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0)) {
    if (m.role !== "up" || !m.framework) continue;
    const dir = m.framework === "prisma" ? dirName(dirName(path)) : dirName(path);
    const key = `${m.framework}\0${dir}`;
    const g = out.get(key) ?? { framework: m.framework, dir, paths: [] };
    g.paths.push(path);
    out.set(key, g);
  }
  return [...out.values()];
}
var times = (n) => n > 1 ? `run ${n} times, once per migration of this change` : "";
function rollbackCommands(migrations) {
  const steps = [];
  for (const g of groups(migrations)) {
    const n = g.paths.length;
    const noWayBack = g.paths.filter((p) => migrations.get(p)?.down !== "present");
    if (g.framework === "prisma") {
      steps.push({
        command: `npx prisma db execute --file down.sql --schema ${dirName(g.dir)}/schema.prisma`,
        note: `Prisma has no down migrations: restore the backup, or run a down script written for ${n > 1 ? "these migrations" : "this migration"}`
      });
      continue;
    }
    if (noWayBack.length === n || g.framework === "sql") {
      const why = noWayBack.length ? describeDown(migrations.get(noWayBack[0])) : "no down convention";
      steps.push({ note: `${noWayBack.map(baseName).join(", ")}: ${why}; restore the backup` });
      continue;
    }
    if (noWayBack.length)
      steps.push({ note: `${noWayBack.map(baseName).join(", ")}: no working down; restore the backup for ${noWayBack.length > 1 ? "them" : "it"}` });
    for (const command of commandFor(g) ?? []) steps.push(command);
  }
  return steps;
}
function commandFor(g) {
  const run = (command, note) => [note ? { command, note } : { command }];
  const n = g.paths.length;
  switch (g.framework) {
    case "golang-migrate":
      return run(`migrate -path ${g.dir} -database "$DATABASE_URL" down ${n}`);
    case "goose":
      return run(`goose -dir ${g.dir} postgres "$DATABASE_URL" down`, times(n));
    case "sql-migrate":
      return run(`sql-migrate down -limit=${n}`);
    case "db-migrate":
      return run(`npx db-migrate down -c ${n}`);
    case "pop":
      return run(`soda migrate down -s ${n}`);
    case "dbmate":
      return run(`dbmate --migrations-dir ${g.dir} rollback`, times(n));
    case "flyway":
      return run("flyway undo", times(n));
    case "sqitch":
      return run(`sqitch revert --to @HEAD^${n > 1 ? n : ""}`);
    case "rails":
      return run(`bin/rails db:rollback STEP=${n}`);
    case "django": {
      const first = baseName(g.paths[0]);
      const number = /^(\d+)_/.exec(first)?.[1];
      const app = baseName(dirName(g.dir)) || g.dir;
      const previous = number ? Number(number) > 1 ? String(Number(number) - 1).padStart(number.length, "0") : "zero" : "<previous migration>";
      return run(`python manage.py migrate ${app} ${previous}`);
    }
    case "alembic":
      return run(`alembic downgrade -${n}`);
    case "knex":
      return n > 1 ? run("npx knex migrate:rollback", `undo the last batch (this change's ${n} migrations)`) : run("npx knex migrate:down");
    case "sequelize":
      return [...g.paths].reverse().map((p) => ({ command: `npx sequelize-cli db:migrate:undo --name ${baseName(p)}` }));
    case "typeorm":
      return run("npx typeorm migration:revert -d <your data source file>", times(n));
    case "node-pg-migrate":
      return run(`npx node-pg-migrate down ${n}`);
    case "laravel":
      return run(`php artisan migrate:rollback --step=${n}`);
    case "ecto":
      return run(`mix ecto.rollback --step ${n}`);
    case "liquibase":
      return run(`liquibase rollback-count --count=${n}`);
    default:
      return void 0;
  }
}

export {
  FRAMEWORK_LABEL,
  frameworkLabel,
  inherentlyForwardOnly,
  downFix,
  describeDown,
  rollbackCommands
};
