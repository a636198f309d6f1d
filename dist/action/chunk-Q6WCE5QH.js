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
} from "./chunk-OMNHSIIC.js";

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
  lazy(prisma_default, () => import("./chunk-FRO6WJFT.js")),
  lazy(rails_default, () => import("./chunk-TSAAIJA5.js")),
  lazy(django_default, () => import("./chunk-KSQE2SVX.js")),
  lazy(alembic_default, () => import("./chunk-H7M53J4K.js")),
  lazy(typeorm_default, () => import("./chunk-YS62R4NN.js")),
  lazy(sequelize_default, () => import("./chunk-HCDIHZGH.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-VCHKSUGS.js")),
  lazy(knex_default, () => import("./chunk-XV677WSW.js")),
  lazy(db_migrate_default, () => import("./chunk-PLOH3R5M.js")),
  lazy(laravel_default, () => import("./chunk-YCOS66SU.js")),
  lazy(ecto_default, () => import("./chunk-AW4YXZ6V.js")),
  lazy(liquibase_default, () => import("./chunk-6YQEJ5GR.js")),
  lazy(sqitch_default, () => import("./chunk-B2BOH7IE.js")),
  lazy(flyway_default, () => import("./chunk-RFK2KGST.js")),
  lazy(pop_default, () => import("./chunk-B4KAGHT4.js")),
  lazy(golang_migrate_default, () => import("./chunk-VUWAK2Q4.js")),
  lazy(goose_default, () => import("./chunk-5J4B5M7P.js")),
  lazy(sql_migrate_default, () => import("./chunk-6GBGCXOT.js")),
  lazy(dbmate_default, () => import("./chunk-YT7MRBFP.js")),
  lazy(sql_default, () => import("./chunk-SFUKTB45.js"))
];

export {
  FRAMEWORKS
};
