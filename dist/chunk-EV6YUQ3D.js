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
} from "./chunk-SRQKCZNE.js";

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
  lazy(prisma_default, () => import("./chunk-NDCPKF3Z.js")),
  lazy(rails_default, () => import("./chunk-P2HUH6NI.js")),
  lazy(django_default, () => import("./chunk-QXPNOPBL.js")),
  lazy(alembic_default, () => import("./chunk-62UEDGHE.js")),
  lazy(typeorm_default, () => import("./chunk-AC5AV44U.js")),
  lazy(sequelize_default, () => import("./chunk-WOKAT74C.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-OXFTZOWT.js")),
  lazy(knex_default, () => import("./chunk-EZKMNFF3.js")),
  lazy(db_migrate_default, () => import("./chunk-RV65WAB2.js")),
  lazy(laravel_default, () => import("./chunk-YZO6V3SY.js")),
  lazy(ecto_default, () => import("./chunk-6QJ3LAUZ.js")),
  lazy(liquibase_default, () => import("./chunk-JBBIDJ3T.js")),
  lazy(sqitch_default, () => import("./chunk-YFPKAW3Z.js")),
  lazy(flyway_default, () => import("./chunk-KM3CEQZC.js")),
  lazy(pop_default, () => import("./chunk-AW2UTNGM.js")),
  lazy(golang_migrate_default, () => import("./chunk-O24ISYAX.js")),
  lazy(goose_default, () => import("./chunk-6Y3UINNZ.js")),
  lazy(sql_migrate_default, () => import("./chunk-2GEE5TSD.js")),
  lazy(dbmate_default, () => import("./chunk-RU2HJN4O.js")),
  lazy(sql_default, () => import("./chunk-3A5U3VJ2.js"))
];

export {
  FRAMEWORKS
};
