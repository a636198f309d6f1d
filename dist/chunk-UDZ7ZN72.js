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
} from "./chunk-CFT7NXT2.js";

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
  lazy(prisma_default, () => import("./chunk-UMA4UXPW.js")),
  lazy(rails_default, () => import("./chunk-W5MXHQJF.js")),
  lazy(django_default, () => import("./chunk-EDNPNEYC.js")),
  lazy(alembic_default, () => import("./chunk-DNGSL52D.js")),
  lazy(typeorm_default, () => import("./chunk-L4NNCG76.js")),
  lazy(sequelize_default, () => import("./chunk-UROWCDEN.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-B5LAUPVE.js")),
  lazy(knex_default, () => import("./chunk-6VI6YTZW.js")),
  lazy(db_migrate_default, () => import("./chunk-X6IUQS73.js")),
  lazy(laravel_default, () => import("./chunk-LBJQWKAJ.js")),
  lazy(ecto_default, () => import("./chunk-JKI55PDC.js")),
  lazy(liquibase_default, () => import("./chunk-VEYGGHWK.js")),
  lazy(sqitch_default, () => import("./chunk-CUX5WX3O.js")),
  lazy(flyway_default, () => import("./chunk-JJR6HXOP.js")),
  lazy(pop_default, () => import("./chunk-QOVCJFWI.js")),
  lazy(golang_migrate_default, () => import("./chunk-MSAVE5SD.js")),
  lazy(goose_default, () => import("./chunk-XXKRGY33.js")),
  lazy(sql_migrate_default, () => import("./chunk-LCXYERQ2.js")),
  lazy(dbmate_default, () => import("./chunk-LD56NWJR.js")),
  lazy(sql_default, () => import("./chunk-IRUUPDOC.js"))
];

export {
  FRAMEWORKS
};
