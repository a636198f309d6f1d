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
} from "./chunk-ZRPSSIGM.js";

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
  lazy(prisma_default, () => import("./chunk-5O3GHRRB.js")),
  lazy(rails_default, () => import("./chunk-ZAYGSK2M.js")),
  lazy(django_default, () => import("./chunk-MQ2X6BRO.js")),
  lazy(alembic_default, () => import("./chunk-KGAEFBO6.js")),
  lazy(typeorm_default, () => import("./chunk-SUOEU5YX.js")),
  lazy(sequelize_default, () => import("./chunk-XROIXOWD.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-NTVGOGSK.js")),
  lazy(knex_default, () => import("./chunk-V6VO4WOC.js")),
  lazy(db_migrate_default, () => import("./chunk-MWNDXZDZ.js")),
  lazy(laravel_default, () => import("./chunk-JF5QGB6N.js")),
  lazy(ecto_default, () => import("./chunk-JC64TT32.js")),
  lazy(liquibase_default, () => import("./chunk-6XP3CCBK.js")),
  lazy(sqitch_default, () => import("./chunk-THPD32YZ.js")),
  lazy(flyway_default, () => import("./chunk-6PSZ3FLG.js")),
  lazy(pop_default, () => import("./chunk-Z6ASUVEO.js")),
  lazy(golang_migrate_default, () => import("./chunk-2TULRHQI.js")),
  lazy(goose_default, () => import("./chunk-HQWNN5VV.js")),
  lazy(sql_migrate_default, () => import("./chunk-77MTA5BB.js")),
  lazy(dbmate_default, () => import("./chunk-YDQIDM44.js")),
  lazy(sql_default, () => import("./chunk-OUA2UTP4.js"))
];

export {
  FRAMEWORKS
};
