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
} from "./chunk-4D4VQUWN.js";

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
  lazy(prisma_default, () => import("./chunk-XETSASSI.js")),
  lazy(rails_default, () => import("./chunk-TANRL2HJ.js")),
  lazy(django_default, () => import("./chunk-2PDD4GAQ.js")),
  lazy(alembic_default, () => import("./chunk-YSM7C7GC.js")),
  lazy(typeorm_default, () => import("./chunk-72RMCPDJ.js")),
  lazy(sequelize_default, () => import("./chunk-OKUL4PTC.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-T6IIO2RB.js")),
  lazy(knex_default, () => import("./chunk-JBYVYQEP.js")),
  lazy(db_migrate_default, () => import("./chunk-ZYPYVW7A.js")),
  lazy(laravel_default, () => import("./chunk-KJOHQEBO.js")),
  lazy(ecto_default, () => import("./chunk-24DMGF6U.js")),
  lazy(liquibase_default, () => import("./chunk-3LG45RAO.js")),
  lazy(sqitch_default, () => import("./chunk-WG6ST25J.js")),
  lazy(flyway_default, () => import("./chunk-KPW44IXE.js")),
  lazy(pop_default, () => import("./chunk-XOKHNKFR.js")),
  lazy(golang_migrate_default, () => import("./chunk-QJGT2ZR3.js")),
  lazy(goose_default, () => import("./chunk-GZAH2H63.js")),
  lazy(sql_migrate_default, () => import("./chunk-SPSERVQL.js")),
  lazy(dbmate_default, () => import("./chunk-OPX3SFJU.js")),
  lazy(sql_default, () => import("./chunk-2QZXT7WO.js"))
];

export {
  FRAMEWORKS
};
