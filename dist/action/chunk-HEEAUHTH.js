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
} from "./chunk-2T4YJNGP.js";

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
  lazy(prisma_default, () => import("./chunk-KQ6F43TN.js")),
  lazy(rails_default, () => import("./chunk-43RNVVSR.js")),
  lazy(django_default, () => import("./chunk-RTCRKVEQ.js")),
  lazy(alembic_default, () => import("./chunk-F7A6JJEN.js")),
  lazy(typeorm_default, () => import("./chunk-WH7UXSET.js")),
  lazy(sequelize_default, () => import("./chunk-WDF5W4TU.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-PA6DXVXT.js")),
  lazy(knex_default, () => import("./chunk-2BQJS5MI.js")),
  lazy(db_migrate_default, () => import("./chunk-BO3SG7DN.js")),
  lazy(laravel_default, () => import("./chunk-QMSIJQY3.js")),
  lazy(ecto_default, () => import("./chunk-AZP7RWP6.js")),
  lazy(liquibase_default, () => import("./chunk-KJSGTHM7.js")),
  lazy(sqitch_default, () => import("./chunk-QIHZFKI4.js")),
  lazy(flyway_default, () => import("./chunk-D3JPGB5A.js")),
  lazy(pop_default, () => import("./chunk-WLNX34CC.js")),
  lazy(golang_migrate_default, () => import("./chunk-UXPNXPRH.js")),
  lazy(goose_default, () => import("./chunk-G7RG6747.js")),
  lazy(sql_migrate_default, () => import("./chunk-WU5CV232.js")),
  lazy(dbmate_default, () => import("./chunk-C26GMFLS.js")),
  lazy(sql_default, () => import("./chunk-N7I3H37D.js"))
];

export {
  FRAMEWORKS
};
