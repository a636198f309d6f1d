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
} from "./chunk-EWEFE6BF.js";

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
  lazy(prisma_default, () => import("./chunk-TIAFWTW5.js")),
  lazy(rails_default, () => import("./chunk-TCWHRNXI.js")),
  lazy(django_default, () => import("./chunk-XK7I5WJO.js")),
  lazy(alembic_default, () => import("./chunk-F7TXXZ6M.js")),
  lazy(typeorm_default, () => import("./chunk-H2HNMBZ5.js")),
  lazy(sequelize_default, () => import("./chunk-KKH52HW7.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-DLAUQ6VE.js")),
  lazy(knex_default, () => import("./chunk-HZG6EVTQ.js")),
  lazy(db_migrate_default, () => import("./chunk-4JFAQDHK.js")),
  lazy(laravel_default, () => import("./chunk-M4IANHGO.js")),
  lazy(ecto_default, () => import("./chunk-NQN4NMWR.js")),
  lazy(liquibase_default, () => import("./chunk-JMQ7ECST.js")),
  lazy(sqitch_default, () => import("./chunk-2LGL7VIH.js")),
  lazy(flyway_default, () => import("./chunk-2ZVIXJHB.js")),
  lazy(pop_default, () => import("./chunk-VDS2L2K6.js")),
  lazy(golang_migrate_default, () => import("./chunk-BJAPNRVV.js")),
  lazy(goose_default, () => import("./chunk-SPKZS4H6.js")),
  lazy(sql_migrate_default, () => import("./chunk-UWGUEASA.js")),
  lazy(dbmate_default, () => import("./chunk-6EKVSF7M.js")),
  lazy(sql_default, () => import("./chunk-UAYW5QNL.js"))
];

export {
  FRAMEWORKS
};
