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
} from "./chunk-TLPSPMMC.js";

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
  lazy(prisma_default, () => import("./chunk-N5QTD6P2.js")),
  lazy(rails_default, () => import("./chunk-UITCBBSU.js")),
  lazy(django_default, () => import("./chunk-7BFXJ6QY.js")),
  lazy(alembic_default, () => import("./chunk-5PBJRKXJ.js")),
  lazy(typeorm_default, () => import("./chunk-2DEJANTX.js")),
  lazy(sequelize_default, () => import("./chunk-VGVW3FCX.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-T7LLNIAE.js")),
  lazy(knex_default, () => import("./chunk-WA3YI6BB.js")),
  lazy(db_migrate_default, () => import("./chunk-3M7UAKMI.js")),
  lazy(laravel_default, () => import("./chunk-KFBFRC54.js")),
  lazy(ecto_default, () => import("./chunk-LVFHQRB7.js")),
  lazy(liquibase_default, () => import("./chunk-PVJIVOTN.js")),
  lazy(sqitch_default, () => import("./chunk-23I55543.js")),
  lazy(flyway_default, () => import("./chunk-JMOCZGI7.js")),
  lazy(pop_default, () => import("./chunk-TFZNBJSO.js")),
  lazy(golang_migrate_default, () => import("./chunk-AOHRGDBD.js")),
  lazy(goose_default, () => import("./chunk-JYGYTBJZ.js")),
  lazy(sql_migrate_default, () => import("./chunk-C2ZPFAV2.js")),
  lazy(dbmate_default, () => import("./chunk-AZOW3UZG.js")),
  lazy(sql_default, () => import("./chunk-UVM6V6K2.js"))
];

export {
  FRAMEWORKS
};
