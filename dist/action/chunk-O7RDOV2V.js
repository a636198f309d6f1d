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
} from "./chunk-6DL2M2OC.js";

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
  lazy(prisma_default, () => import("./chunk-43G5Y46V.js")),
  lazy(rails_default, () => import("./chunk-P2UBEY3M.js")),
  lazy(django_default, () => import("./chunk-AEPR2UXI.js")),
  lazy(alembic_default, () => import("./chunk-47RNLTZ4.js")),
  lazy(typeorm_default, () => import("./chunk-35Y5NGQG.js")),
  lazy(sequelize_default, () => import("./chunk-WMVH4K7C.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-RAMOYLVS.js")),
  lazy(knex_default, () => import("./chunk-KRX5RA4H.js")),
  lazy(db_migrate_default, () => import("./chunk-7TNK5AJF.js")),
  lazy(laravel_default, () => import("./chunk-PCGFCPUE.js")),
  lazy(ecto_default, () => import("./chunk-6BNQE44Y.js")),
  lazy(liquibase_default, () => import("./chunk-NWJQ5SMO.js")),
  lazy(sqitch_default, () => import("./chunk-LSDKHDWK.js")),
  lazy(flyway_default, () => import("./chunk-WRQMT2CU.js")),
  lazy(pop_default, () => import("./chunk-7IQ3RW2F.js")),
  lazy(golang_migrate_default, () => import("./chunk-GFDAGMZ3.js")),
  lazy(goose_default, () => import("./chunk-2WTVGANO.js")),
  lazy(sql_migrate_default, () => import("./chunk-XXOHNZGH.js")),
  lazy(dbmate_default, () => import("./chunk-FJWCV2EW.js")),
  lazy(sql_default, () => import("./chunk-KC3B5UJ3.js"))
];

export {
  FRAMEWORKS
};
