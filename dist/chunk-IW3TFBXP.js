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
} from "./chunk-MK63FNGN.js";

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
  lazy(prisma_default, () => import("./chunk-QBD6AXQW.js")),
  lazy(rails_default, () => import("./chunk-R7SXIS3B.js")),
  lazy(django_default, () => import("./chunk-KTMYREX4.js")),
  lazy(alembic_default, () => import("./chunk-QQCV5C5I.js")),
  lazy(typeorm_default, () => import("./chunk-PEXXZHOF.js")),
  lazy(sequelize_default, () => import("./chunk-DHCHFWT6.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-ZRYZ7U2J.js")),
  lazy(knex_default, () => import("./chunk-EOWOOHIG.js")),
  lazy(db_migrate_default, () => import("./chunk-DSXLDXIO.js")),
  lazy(laravel_default, () => import("./chunk-5RZCY5PZ.js")),
  lazy(ecto_default, () => import("./chunk-PTFFB574.js")),
  lazy(liquibase_default, () => import("./chunk-LKF2YPV3.js")),
  lazy(sqitch_default, () => import("./chunk-LYTCUYUC.js")),
  lazy(flyway_default, () => import("./chunk-D6A6VYR7.js")),
  lazy(pop_default, () => import("./chunk-GVOCISIY.js")),
  lazy(golang_migrate_default, () => import("./chunk-5SM2ETH6.js")),
  lazy(goose_default, () => import("./chunk-XUWVXXQ7.js")),
  lazy(sql_migrate_default, () => import("./chunk-YFVEWIXS.js")),
  lazy(dbmate_default, () => import("./chunk-AHNHQATM.js")),
  lazy(sql_default, () => import("./chunk-R6KIME75.js"))
];

export {
  FRAMEWORKS
};
