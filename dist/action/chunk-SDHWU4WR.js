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
} from "./chunk-P5LGMOJJ.js";

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
  lazy(prisma_default, () => import("./chunk-3EQDIF2D.js")),
  lazy(rails_default, () => import("./chunk-IJ6FW2XF.js")),
  lazy(django_default, () => import("./chunk-NUKOXHJQ.js")),
  lazy(alembic_default, () => import("./chunk-KVSG2GBL.js")),
  lazy(typeorm_default, () => import("./chunk-4AOQ3TQ7.js")),
  lazy(sequelize_default, () => import("./chunk-HVD42C3B.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-BX73PEJK.js")),
  lazy(knex_default, () => import("./chunk-V2CBJGTS.js")),
  lazy(db_migrate_default, () => import("./chunk-PXX7Z5BC.js")),
  lazy(laravel_default, () => import("./chunk-LKXCAIY2.js")),
  lazy(ecto_default, () => import("./chunk-DRXTCAK4.js")),
  lazy(liquibase_default, () => import("./chunk-KVETFQJH.js")),
  lazy(sqitch_default, () => import("./chunk-TLY6RBVV.js")),
  lazy(flyway_default, () => import("./chunk-5KCCQFZL.js")),
  lazy(pop_default, () => import("./chunk-INZUY77U.js")),
  lazy(golang_migrate_default, () => import("./chunk-6VAE7MLO.js")),
  lazy(goose_default, () => import("./chunk-S3GJBVV4.js")),
  lazy(sql_migrate_default, () => import("./chunk-RTDTKZNR.js")),
  lazy(dbmate_default, () => import("./chunk-WMUEG233.js")),
  lazy(sql_default, () => import("./chunk-N4TUBIQQ.js"))
];

export {
  FRAMEWORKS
};
