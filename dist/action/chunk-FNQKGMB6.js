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
} from "./chunk-LCOUQUN5.js";

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
  lazy(prisma_default, () => import("./chunk-3GHCFOU6.js")),
  lazy(rails_default, () => import("./chunk-JHRSUMXY.js")),
  lazy(django_default, () => import("./chunk-5OQUTLSP.js")),
  lazy(alembic_default, () => import("./chunk-YQPI4PG7.js")),
  lazy(typeorm_default, () => import("./chunk-XLTJK74L.js")),
  lazy(sequelize_default, () => import("./chunk-LX2MZF7G.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-N7A5CMNQ.js")),
  lazy(knex_default, () => import("./chunk-DYG2CEQM.js")),
  lazy(db_migrate_default, () => import("./chunk-YF3DJLVY.js")),
  lazy(laravel_default, () => import("./chunk-AHS7L5F6.js")),
  lazy(ecto_default, () => import("./chunk-GBYFZA3M.js")),
  lazy(liquibase_default, () => import("./chunk-LRLEQCU6.js")),
  lazy(sqitch_default, () => import("./chunk-P3HU47PL.js")),
  lazy(flyway_default, () => import("./chunk-BMEWUXEP.js")),
  lazy(pop_default, () => import("./chunk-YRBANBQK.js")),
  lazy(golang_migrate_default, () => import("./chunk-3TYJKRJS.js")),
  lazy(goose_default, () => import("./chunk-QSSRNYQL.js")),
  lazy(sql_migrate_default, () => import("./chunk-4NUY4SPQ.js")),
  lazy(dbmate_default, () => import("./chunk-3Y4GK2CW.js")),
  lazy(sql_default, () => import("./chunk-H4M3K244.js"))
];

export {
  FRAMEWORKS
};
