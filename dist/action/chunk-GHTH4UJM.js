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
} from "./chunk-BFPATSH7.js";

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
  lazy(prisma_default, () => import("./chunk-M4B6WINS.js")),
  lazy(rails_default, () => import("./chunk-7KMIG5UV.js")),
  lazy(django_default, () => import("./chunk-PLNEOTMT.js")),
  lazy(alembic_default, () => import("./chunk-AHVQ3Y2Q.js")),
  lazy(typeorm_default, () => import("./chunk-XUN3Y7V6.js")),
  lazy(sequelize_default, () => import("./chunk-D6X3LBXA.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-LLXAY5EM.js")),
  lazy(knex_default, () => import("./chunk-2K3YOLA2.js")),
  lazy(db_migrate_default, () => import("./chunk-CIB3FGGC.js")),
  lazy(laravel_default, () => import("./chunk-DKXRS2I3.js")),
  lazy(ecto_default, () => import("./chunk-4AOLAGLF.js")),
  lazy(liquibase_default, () => import("./chunk-ZIQ3RWEK.js")),
  lazy(sqitch_default, () => import("./chunk-HAHLBTOE.js")),
  lazy(flyway_default, () => import("./chunk-ZIHLFFWL.js")),
  lazy(pop_default, () => import("./chunk-X6YFJ2UM.js")),
  lazy(golang_migrate_default, () => import("./chunk-CL37PORM.js")),
  lazy(goose_default, () => import("./chunk-CUCVGUOY.js")),
  lazy(sql_migrate_default, () => import("./chunk-DLJBMNZ5.js")),
  lazy(dbmate_default, () => import("./chunk-3YREPEG7.js")),
  lazy(sql_default, () => import("./chunk-DHQ2CCPV.js"))
];

export {
  FRAMEWORKS
};
