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
} from "./chunk-OKSEMS3N.js";

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
  lazy(prisma_default, () => import("./chunk-K2OMI2CJ.js")),
  lazy(rails_default, () => import("./chunk-BVBCW2NZ.js")),
  lazy(django_default, () => import("./chunk-UZEJ34T2.js")),
  lazy(alembic_default, () => import("./chunk-5L4QZGTM.js")),
  lazy(typeorm_default, () => import("./chunk-FWCIVCJA.js")),
  lazy(sequelize_default, () => import("./chunk-IIJPL4N4.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-WUFLQCJ4.js")),
  lazy(knex_default, () => import("./chunk-V7FCRIVJ.js")),
  lazy(db_migrate_default, () => import("./chunk-OCGVVFHG.js")),
  lazy(laravel_default, () => import("./chunk-LVYM2SVY.js")),
  lazy(ecto_default, () => import("./chunk-MFIJCIS7.js")),
  lazy(liquibase_default, () => import("./chunk-OPJ3Y7JW.js")),
  lazy(sqitch_default, () => import("./chunk-WFHUMLTE.js")),
  lazy(flyway_default, () => import("./chunk-LQ6TCS24.js")),
  lazy(pop_default, () => import("./chunk-CSNNTJUZ.js")),
  lazy(golang_migrate_default, () => import("./chunk-UWRLLGTJ.js")),
  lazy(goose_default, () => import("./chunk-HQ3HYQ4F.js")),
  lazy(sql_migrate_default, () => import("./chunk-HSKUQKM3.js")),
  lazy(dbmate_default, () => import("./chunk-BOAWLMHG.js")),
  lazy(sql_default, () => import("./chunk-736LQP2T.js"))
];

export {
  FRAMEWORKS
};
