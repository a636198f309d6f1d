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
} from "./chunk-VQK56NLV.js";

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
  lazy(prisma_default, () => import("./chunk-WYODSNO7.js")),
  lazy(rails_default, () => import("./chunk-NDWT6CEC.js")),
  lazy(django_default, () => import("./chunk-JRU6M6RA.js")),
  lazy(alembic_default, () => import("./chunk-IXB7MLTD.js")),
  lazy(typeorm_default, () => import("./chunk-ZWICYUGS.js")),
  lazy(sequelize_default, () => import("./chunk-JYH2GF2P.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-LKD7M4HO.js")),
  lazy(knex_default, () => import("./chunk-YMOXJAB5.js")),
  lazy(db_migrate_default, () => import("./chunk-2WLWCH3B.js")),
  lazy(laravel_default, () => import("./chunk-72EPR22E.js")),
  lazy(ecto_default, () => import("./chunk-VDVD2O43.js")),
  lazy(liquibase_default, () => import("./chunk-RYJKUO4B.js")),
  lazy(sqitch_default, () => import("./chunk-JZFHXPYU.js")),
  lazy(flyway_default, () => import("./chunk-2HZRCOQZ.js")),
  lazy(pop_default, () => import("./chunk-GNSLINAV.js")),
  lazy(golang_migrate_default, () => import("./chunk-QMP56FWA.js")),
  lazy(goose_default, () => import("./chunk-N3XYYVWM.js")),
  lazy(sql_migrate_default, () => import("./chunk-LWXN33FJ.js")),
  lazy(dbmate_default, () => import("./chunk-KCZH3ZKK.js")),
  lazy(sql_default, () => import("./chunk-RHWFPV6V.js"))
];

export {
  FRAMEWORKS
};
