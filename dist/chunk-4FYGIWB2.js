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
} from "./chunk-VG2NVMNR.js";

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
  lazy(prisma_default, () => import("./chunk-XLS4MKSA.js")),
  lazy(rails_default, () => import("./chunk-PYB2NLBS.js")),
  lazy(django_default, () => import("./chunk-LT64OM32.js")),
  lazy(alembic_default, () => import("./chunk-UBNV6NRF.js")),
  lazy(typeorm_default, () => import("./chunk-FBV755SI.js")),
  lazy(sequelize_default, () => import("./chunk-LWZIRJGI.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-6MNVZUFU.js")),
  lazy(knex_default, () => import("./chunk-BKQIJULM.js")),
  lazy(db_migrate_default, () => import("./chunk-PLJUBTT7.js")),
  lazy(laravel_default, () => import("./chunk-UKWHIHG5.js")),
  lazy(ecto_default, () => import("./chunk-XQ4LM365.js")),
  lazy(liquibase_default, () => import("./chunk-ZZADQRN3.js")),
  lazy(sqitch_default, () => import("./chunk-CGKKI7JG.js")),
  lazy(flyway_default, () => import("./chunk-2ZXNFK7N.js")),
  lazy(pop_default, () => import("./chunk-6JY6XA3I.js")),
  lazy(golang_migrate_default, () => import("./chunk-3L7WC274.js")),
  lazy(goose_default, () => import("./chunk-PMYVNK2X.js")),
  lazy(sql_migrate_default, () => import("./chunk-Y5RG6RJB.js")),
  lazy(dbmate_default, () => import("./chunk-2IMGYABG.js")),
  lazy(sql_default, () => import("./chunk-R37OG5RG.js"))
];

export {
  FRAMEWORKS
};
