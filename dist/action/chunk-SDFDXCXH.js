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
} from "./chunk-RBVEDG33.js";

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
  lazy(prisma_default, () => import("./chunk-NEIOYBQ2.js")),
  lazy(rails_default, () => import("./chunk-AVQZSMIG.js")),
  lazy(django_default, () => import("./chunk-FG5OWCJE.js")),
  lazy(alembic_default, () => import("./chunk-UBTXNPCJ.js")),
  lazy(typeorm_default, () => import("./chunk-T6U4TMB5.js")),
  lazy(sequelize_default, () => import("./chunk-OJT22O5K.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-LU2AFABD.js")),
  lazy(knex_default, () => import("./chunk-ZLKCK47P.js")),
  lazy(db_migrate_default, () => import("./chunk-SEBOTZ4K.js")),
  lazy(laravel_default, () => import("./chunk-MKUQO7UK.js")),
  lazy(ecto_default, () => import("./chunk-GZNMT2WT.js")),
  lazy(liquibase_default, () => import("./chunk-PIU6JA6K.js")),
  lazy(sqitch_default, () => import("./chunk-TNMMHPZS.js")),
  lazy(flyway_default, () => import("./chunk-GW3GI7TI.js")),
  lazy(pop_default, () => import("./chunk-KOIL7GOC.js")),
  lazy(golang_migrate_default, () => import("./chunk-OZBLB572.js")),
  lazy(goose_default, () => import("./chunk-RO5S5ZWT.js")),
  lazy(sql_migrate_default, () => import("./chunk-2ZOKTDDJ.js")),
  lazy(dbmate_default, () => import("./chunk-LYMTPHYB.js")),
  lazy(sql_default, () => import("./chunk-O3BRU3JW.js"))
];

export {
  FRAMEWORKS
};
