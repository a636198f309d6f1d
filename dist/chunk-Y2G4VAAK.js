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
} from "./chunk-AZJ6LMIX.js";

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
  lazy(prisma_default, () => import("./chunk-XQNXNKT6.js")),
  lazy(rails_default, () => import("./chunk-YTBGBWXU.js")),
  lazy(django_default, () => import("./chunk-JC6XBZA4.js")),
  lazy(alembic_default, () => import("./chunk-AJX2GNL7.js")),
  lazy(typeorm_default, () => import("./chunk-XVOA2POL.js")),
  lazy(sequelize_default, () => import("./chunk-56EURCAQ.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-OTBXSSJF.js")),
  lazy(knex_default, () => import("./chunk-KRBPOX3J.js")),
  lazy(db_migrate_default, () => import("./chunk-QR4TCRI3.js")),
  lazy(laravel_default, () => import("./chunk-WDOAHQOG.js")),
  lazy(ecto_default, () => import("./chunk-VWQGBPKO.js")),
  lazy(liquibase_default, () => import("./chunk-WWYVXYL7.js")),
  lazy(sqitch_default, () => import("./chunk-GV6RGJGB.js")),
  lazy(flyway_default, () => import("./chunk-YCBGDCKY.js")),
  lazy(pop_default, () => import("./chunk-EIXT3I2D.js")),
  lazy(golang_migrate_default, () => import("./chunk-3E3CFZ52.js")),
  lazy(goose_default, () => import("./chunk-L2OMLMBV.js")),
  lazy(sql_migrate_default, () => import("./chunk-IG5E3K6A.js")),
  lazy(dbmate_default, () => import("./chunk-MYJHW7ES.js")),
  lazy(sql_default, () => import("./chunk-6FSUJ34C.js"))
];

export {
  FRAMEWORKS
};
