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
} from "./chunk-HZRV5YWQ.js";

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
  lazy(prisma_default, () => import("./chunk-RZMTXFAU.js")),
  lazy(rails_default, () => import("./chunk-SRX7O6SZ.js")),
  lazy(django_default, () => import("./chunk-ANUJIUID.js")),
  lazy(alembic_default, () => import("./chunk-LBP5GVIA.js")),
  lazy(typeorm_default, () => import("./chunk-QQ47XVGD.js")),
  lazy(sequelize_default, () => import("./chunk-63B37MLO.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-DRAZKJ27.js")),
  lazy(knex_default, () => import("./chunk-UPZRPJXM.js")),
  lazy(db_migrate_default, () => import("./chunk-O2RLXJLU.js")),
  lazy(laravel_default, () => import("./chunk-R37SL4P4.js")),
  lazy(ecto_default, () => import("./chunk-5REQL5L3.js")),
  lazy(liquibase_default, () => import("./chunk-XORH4WB6.js")),
  lazy(sqitch_default, () => import("./chunk-JCQFP3YN.js")),
  lazy(flyway_default, () => import("./chunk-Y2K6XOVR.js")),
  lazy(pop_default, () => import("./chunk-RUUAAWQ2.js")),
  lazy(golang_migrate_default, () => import("./chunk-U6KXX3IL.js")),
  lazy(goose_default, () => import("./chunk-2WDBCGKR.js")),
  lazy(sql_migrate_default, () => import("./chunk-2GB24HQS.js")),
  lazy(dbmate_default, () => import("./chunk-AP74AYXB.js")),
  lazy(sql_default, () => import("./chunk-I26RXIE7.js"))
];

export {
  FRAMEWORKS
};
