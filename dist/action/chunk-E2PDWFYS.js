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
} from "./chunk-A2NUBQXG.js";

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
  lazy(prisma_default, () => import("./chunk-ABTNAETK.js")),
  lazy(rails_default, () => import("./chunk-EE2LV62N.js")),
  lazy(django_default, () => import("./chunk-7DNXW62I.js")),
  lazy(alembic_default, () => import("./chunk-7BC2TMU3.js")),
  lazy(typeorm_default, () => import("./chunk-G5XN2FWV.js")),
  lazy(sequelize_default, () => import("./chunk-NY6FHZ6T.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-FUFI3FBV.js")),
  lazy(knex_default, () => import("./chunk-NZ6YGOTX.js")),
  lazy(db_migrate_default, () => import("./chunk-E6VYC3ID.js")),
  lazy(laravel_default, () => import("./chunk-PZ5SNSQV.js")),
  lazy(ecto_default, () => import("./chunk-ZPZZ5MC7.js")),
  lazy(liquibase_default, () => import("./chunk-TF4OVEAP.js")),
  lazy(sqitch_default, () => import("./chunk-KRA3RXT6.js")),
  lazy(flyway_default, () => import("./chunk-YGSM5FWK.js")),
  lazy(pop_default, () => import("./chunk-LTJYK6DJ.js")),
  lazy(golang_migrate_default, () => import("./chunk-TB2NWLI7.js")),
  lazy(goose_default, () => import("./chunk-YX5Q76ZU.js")),
  lazy(sql_migrate_default, () => import("./chunk-FMJSIH4N.js")),
  lazy(dbmate_default, () => import("./chunk-3TLWRJLK.js")),
  lazy(sql_default, () => import("./chunk-WSIK422M.js"))
];

export {
  FRAMEWORKS
};
