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
} from "./chunk-SUYQ4XPO.js";

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
  lazy(prisma_default, () => import("./chunk-ZASNMLEB.js")),
  lazy(rails_default, () => import("./chunk-OIV7XBNA.js")),
  lazy(django_default, () => import("./chunk-NJC4BP3Q.js")),
  lazy(alembic_default, () => import("./chunk-6OLF6VQW.js")),
  lazy(typeorm_default, () => import("./chunk-UGNGOQRK.js")),
  lazy(sequelize_default, () => import("./chunk-X7QGVFK3.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-XT5VIS7Q.js")),
  lazy(knex_default, () => import("./chunk-2BCKUK4H.js")),
  lazy(db_migrate_default, () => import("./chunk-GY4ZOVDE.js")),
  lazy(laravel_default, () => import("./chunk-GJVK55L6.js")),
  lazy(ecto_default, () => import("./chunk-OZNBXQHK.js")),
  lazy(liquibase_default, () => import("./chunk-W46VB5QA.js")),
  lazy(sqitch_default, () => import("./chunk-XG62HSE2.js")),
  lazy(flyway_default, () => import("./chunk-UIFKHBZL.js")),
  lazy(pop_default, () => import("./chunk-JRQ5ANKA.js")),
  lazy(golang_migrate_default, () => import("./chunk-TIAHPIZQ.js")),
  lazy(goose_default, () => import("./chunk-5ZXDZXBC.js")),
  lazy(sql_migrate_default, () => import("./chunk-6MTHJFPP.js")),
  lazy(dbmate_default, () => import("./chunk-FKLHRDZY.js")),
  lazy(sql_default, () => import("./chunk-KVN2OUMD.js"))
];

export {
  FRAMEWORKS
};
