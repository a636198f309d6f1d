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
} from "./chunk-CVV5WW5N.js";

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
  lazy(prisma_default, () => import("./chunk-5UKUQU6B.js")),
  lazy(rails_default, () => import("./chunk-7OYH3RIC.js")),
  lazy(django_default, () => import("./chunk-XDTBQ3X5.js")),
  lazy(alembic_default, () => import("./chunk-5IUE23FT.js")),
  lazy(typeorm_default, () => import("./chunk-OORMN4YE.js")),
  lazy(sequelize_default, () => import("./chunk-MKEREKZA.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-Q2EIYJA5.js")),
  lazy(knex_default, () => import("./chunk-A6CM5TAG.js")),
  lazy(db_migrate_default, () => import("./chunk-CRE4A2CM.js")),
  lazy(laravel_default, () => import("./chunk-7OOSRNUA.js")),
  lazy(ecto_default, () => import("./chunk-TASAP54V.js")),
  lazy(liquibase_default, () => import("./chunk-OBCONAOW.js")),
  lazy(sqitch_default, () => import("./chunk-H5MW4DAL.js")),
  lazy(flyway_default, () => import("./chunk-KFCSW4RP.js")),
  lazy(pop_default, () => import("./chunk-XEE5JHAJ.js")),
  lazy(golang_migrate_default, () => import("./chunk-SP22QR33.js")),
  lazy(goose_default, () => import("./chunk-QD4K4LP4.js")),
  lazy(sql_migrate_default, () => import("./chunk-EWMAVRC7.js")),
  lazy(dbmate_default, () => import("./chunk-VQEMQ7O3.js")),
  lazy(sql_default, () => import("./chunk-BY7JUCOM.js"))
];

export {
  FRAMEWORKS
};
