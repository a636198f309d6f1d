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
} from "./chunk-45SDB62C.js";

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
  lazy(prisma_default, () => import("./chunk-VBLQIV6O.js")),
  lazy(rails_default, () => import("./chunk-KDCBU6GX.js")),
  lazy(django_default, () => import("./chunk-MAX6JB43.js")),
  lazy(alembic_default, () => import("./chunk-SE3MQS4M.js")),
  lazy(typeorm_default, () => import("./chunk-CLE6WPXI.js")),
  lazy(sequelize_default, () => import("./chunk-BLYMXS37.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-VAJLCK43.js")),
  lazy(knex_default, () => import("./chunk-BKAAA7QV.js")),
  lazy(db_migrate_default, () => import("./chunk-LWWVXFCF.js")),
  lazy(laravel_default, () => import("./chunk-VGBZZT2S.js")),
  lazy(ecto_default, () => import("./chunk-B4ZRVMDE.js")),
  lazy(liquibase_default, () => import("./chunk-Y3AM2L7G.js")),
  lazy(sqitch_default, () => import("./chunk-3L3SS2AO.js")),
  lazy(flyway_default, () => import("./chunk-C5LPLM75.js")),
  lazy(pop_default, () => import("./chunk-P6YUH3GN.js")),
  lazy(golang_migrate_default, () => import("./chunk-X3NACQJZ.js")),
  lazy(goose_default, () => import("./chunk-TBGJU6HF.js")),
  lazy(sql_migrate_default, () => import("./chunk-IN3Y2NVI.js")),
  lazy(dbmate_default, () => import("./chunk-5MM7OZ3W.js")),
  lazy(sql_default, () => import("./chunk-WDX7AC55.js"))
];

export {
  FRAMEWORKS
};
