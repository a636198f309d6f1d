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
} from "./chunk-N2WTDRRS.js";

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
  lazy(prisma_default, () => import("./chunk-2DAYFOYR.js")),
  lazy(rails_default, () => import("./chunk-7POWVXMC.js")),
  lazy(django_default, () => import("./chunk-HTDVXW2O.js")),
  lazy(alembic_default, () => import("./chunk-EG6W7B7A.js")),
  lazy(typeorm_default, () => import("./chunk-NQU2BILD.js")),
  lazy(sequelize_default, () => import("./chunk-5Q5YR2L5.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-2EUBADTV.js")),
  lazy(knex_default, () => import("./chunk-BGCZBRKF.js")),
  lazy(db_migrate_default, () => import("./chunk-MGP3AQ3R.js")),
  lazy(laravel_default, () => import("./chunk-FHLP7JAZ.js")),
  lazy(ecto_default, () => import("./chunk-6TRIFVCA.js")),
  lazy(liquibase_default, () => import("./chunk-TRXZBLUK.js")),
  lazy(sqitch_default, () => import("./chunk-GKSJRRSM.js")),
  lazy(flyway_default, () => import("./chunk-SWV76Y52.js")),
  lazy(pop_default, () => import("./chunk-DFASKCOZ.js")),
  lazy(golang_migrate_default, () => import("./chunk-PK5QL3TC.js")),
  lazy(goose_default, () => import("./chunk-5CSHMJNX.js")),
  lazy(sql_migrate_default, () => import("./chunk-ENJEIQ5P.js")),
  lazy(dbmate_default, () => import("./chunk-5WHKHEJT.js")),
  lazy(sql_default, () => import("./chunk-O5FWBQ27.js"))
];

export {
  FRAMEWORKS
};
