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
} from "./chunk-45F5RTQI.js";

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
  lazy(prisma_default, () => import("./chunk-JS2CQSZE.js")),
  lazy(rails_default, () => import("./chunk-4YUHEGHD.js")),
  lazy(django_default, () => import("./chunk-USUDKK2Q.js")),
  lazy(alembic_default, () => import("./chunk-FJFDZRKF.js")),
  lazy(typeorm_default, () => import("./chunk-YDPOXJWQ.js")),
  lazy(sequelize_default, () => import("./chunk-JBPOJ6OL.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-XYCHYPVX.js")),
  lazy(knex_default, () => import("./chunk-DL3GVUAJ.js")),
  lazy(db_migrate_default, () => import("./chunk-BVVLPMOH.js")),
  lazy(laravel_default, () => import("./chunk-SWJHXHVM.js")),
  lazy(ecto_default, () => import("./chunk-Y6RJRBIN.js")),
  lazy(liquibase_default, () => import("./chunk-RUKNJY64.js")),
  lazy(sqitch_default, () => import("./chunk-PECHM2XH.js")),
  lazy(flyway_default, () => import("./chunk-XOHV5IRH.js")),
  lazy(pop_default, () => import("./chunk-FA43G2WU.js")),
  lazy(golang_migrate_default, () => import("./chunk-QMIWQ3WN.js")),
  lazy(goose_default, () => import("./chunk-CNY6WROP.js")),
  lazy(sql_migrate_default, () => import("./chunk-4ZZSLKFQ.js")),
  lazy(dbmate_default, () => import("./chunk-MOK3Q4UA.js")),
  lazy(sql_default, () => import("./chunk-T2KB5UDF.js"))
];

export {
  FRAMEWORKS
};
