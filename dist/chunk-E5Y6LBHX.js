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
} from "./chunk-HH2CZG6J.js";

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
  lazy(prisma_default, () => import("./chunk-JZ4NS5J7.js")),
  lazy(rails_default, () => import("./chunk-YXGXNDAN.js")),
  lazy(django_default, () => import("./chunk-VLAWCICC.js")),
  lazy(alembic_default, () => import("./chunk-7LLWO3DP.js")),
  lazy(typeorm_default, () => import("./chunk-Q5C2E4ZK.js")),
  lazy(sequelize_default, () => import("./chunk-B4MVEO66.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-D4773XV4.js")),
  lazy(knex_default, () => import("./chunk-ZWHCY7SE.js")),
  lazy(db_migrate_default, () => import("./chunk-EQER4ONJ.js")),
  lazy(laravel_default, () => import("./chunk-SYPCEWX3.js")),
  lazy(ecto_default, () => import("./chunk-DCNCC3XF.js")),
  lazy(liquibase_default, () => import("./chunk-MPAT7UGR.js")),
  lazy(sqitch_default, () => import("./chunk-2LYYIJGT.js")),
  lazy(flyway_default, () => import("./chunk-4ND54COB.js")),
  lazy(pop_default, () => import("./chunk-VM35TII2.js")),
  lazy(golang_migrate_default, () => import("./chunk-3Y2KJVJD.js")),
  lazy(goose_default, () => import("./chunk-4ZLBVAMK.js")),
  lazy(sql_migrate_default, () => import("./chunk-GHCXDTKD.js")),
  lazy(dbmate_default, () => import("./chunk-NDYOVKK3.js")),
  lazy(sql_default, () => import("./chunk-73SM5FNN.js"))
];

export {
  FRAMEWORKS
};
