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
} from "./chunk-YHBHRA4P.js";

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
  lazy(prisma_default, () => import("./chunk-Q5IT4M6W.js")),
  lazy(rails_default, () => import("./chunk-QN5CMC5M.js")),
  lazy(django_default, () => import("./chunk-YZI5HPQQ.js")),
  lazy(alembic_default, () => import("./chunk-HHXONUIA.js")),
  lazy(typeorm_default, () => import("./chunk-7U3WQFLI.js")),
  lazy(sequelize_default, () => import("./chunk-6V6SDX7D.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-2FZXH46T.js")),
  lazy(knex_default, () => import("./chunk-VDVCYJQR.js")),
  lazy(db_migrate_default, () => import("./chunk-PQXCX46D.js")),
  lazy(laravel_default, () => import("./chunk-X435CEAC.js")),
  lazy(ecto_default, () => import("./chunk-ORUGWV6S.js")),
  lazy(liquibase_default, () => import("./chunk-OYBNAGAN.js")),
  lazy(sqitch_default, () => import("./chunk-2GYKFBS7.js")),
  lazy(flyway_default, () => import("./chunk-3MKBGGPX.js")),
  lazy(pop_default, () => import("./chunk-SXAAEOSY.js")),
  lazy(golang_migrate_default, () => import("./chunk-FUYWRGQY.js")),
  lazy(goose_default, () => import("./chunk-SD5GTPGF.js")),
  lazy(sql_migrate_default, () => import("./chunk-IOGW7H7G.js")),
  lazy(dbmate_default, () => import("./chunk-B5VG23KA.js")),
  lazy(sql_default, () => import("./chunk-WTPCEDIS.js"))
];

export {
  FRAMEWORKS
};
