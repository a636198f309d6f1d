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
} from "./chunk-UYNKIV7N.js";

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
  lazy(prisma_default, () => import("./chunk-FTMSOA3T.js")),
  lazy(rails_default, () => import("./chunk-G3KYKWKP.js")),
  lazy(django_default, () => import("./chunk-EONM5Z75.js")),
  lazy(alembic_default, () => import("./chunk-H66FUDBB.js")),
  lazy(typeorm_default, () => import("./chunk-4DCW3R3I.js")),
  lazy(sequelize_default, () => import("./chunk-BM3GFECJ.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-JD67EPHQ.js")),
  lazy(knex_default, () => import("./chunk-VR4AIPPF.js")),
  lazy(db_migrate_default, () => import("./chunk-JY6CKYAD.js")),
  lazy(laravel_default, () => import("./chunk-KOTEOL2T.js")),
  lazy(ecto_default, () => import("./chunk-GZGYBB7L.js")),
  lazy(liquibase_default, () => import("./chunk-25NMBPKF.js")),
  lazy(sqitch_default, () => import("./chunk-UU6JINY7.js")),
  lazy(flyway_default, () => import("./chunk-CO24QXVT.js")),
  lazy(pop_default, () => import("./chunk-LPV2SV7A.js")),
  lazy(golang_migrate_default, () => import("./chunk-R6PS6JVM.js")),
  lazy(goose_default, () => import("./chunk-IW33Q3KX.js")),
  lazy(sql_migrate_default, () => import("./chunk-S4CZUXS4.js")),
  lazy(dbmate_default, () => import("./chunk-EWDO5U5D.js")),
  lazy(sql_default, () => import("./chunk-ZZRZXRDY.js"))
];

export {
  FRAMEWORKS
};
