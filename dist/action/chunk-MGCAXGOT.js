import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  alembic_default,
  db_migrate_default,
  dbmate_default,
  django_default,
  ecto_default,
  flyway_default,
  golang_migrate_default,
  goose_default,
  knex_default,
  laravel_default,
  liquibase_default,
  node_pg_migrate_default,
  pop_default,
  prisma_default,
  rails_default,
  sequelize_default,
  sqitch_default,
  sql_default,
  sql_migrate_default,
  typeorm_default
} from "./chunk-KCHJHENK.js";

// src/core/frameworks/index.ts
function lazy(meta, load) {
  let loaded;
  return {
    ...meta,
    analyse: async (input) => {
      try {
        loaded ??= (await load()).default;
        return await loaded.analyse(input);
      } catch (error) {
        const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
        return {
          framework: meta.id,
          role: "up",
          down: "not-analysed",
          hits: [{ rule: "parse-error", line: 1, message: `The ${meta.id} reader failed on this file (${reason}), so it was not analysed: check it by hand.` }]
        };
      }
    }
  };
}
var FRAMEWORKS = [
  lazy(prisma_default, () => import("./chunk-XUFI5YEI.js")),
  lazy(rails_default, () => import("./chunk-R4JQTSXR.js")),
  lazy(django_default, () => import("./chunk-E7B6NYIL.js")),
  lazy(alembic_default, () => import("./chunk-3DZ3MKNZ.js")),
  lazy(typeorm_default, () => import("./chunk-T4PYYIXZ.js")),
  lazy(sequelize_default, () => import("./chunk-IYAESIVC.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-7YCOCOY6.js")),
  lazy(knex_default, () => import("./chunk-XPAYU3GP.js")),
  lazy(db_migrate_default, () => import("./chunk-P5QDGB64.js")),
  lazy(laravel_default, () => import("./chunk-IUVDNCWR.js")),
  lazy(ecto_default, () => import("./chunk-PPJBUJ5F.js")),
  lazy(liquibase_default, () => import("./chunk-WAPBXT3J.js")),
  lazy(sqitch_default, () => import("./chunk-FJIPQHUJ.js")),
  lazy(flyway_default, () => import("./chunk-YK5ZPD6D.js")),
  lazy(pop_default, () => import("./chunk-QLZLWCYW.js")),
  lazy(golang_migrate_default, () => import("./chunk-QU5XJNYP.js")),
  lazy(goose_default, () => import("./chunk-2UX23IS3.js")),
  lazy(sql_migrate_default, () => import("./chunk-J6LO337L.js")),
  lazy(dbmate_default, () => import("./chunk-MKBCBE7E.js")),
  lazy(sql_default, () => import("./chunk-V5NUCZN3.js"))
];

export {
  FRAMEWORKS
};
