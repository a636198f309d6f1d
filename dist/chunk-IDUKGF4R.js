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
} from "./chunk-675F5DXL.js";

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
  lazy(prisma_default, () => import("./chunk-UM42K3XV.js")),
  lazy(rails_default, () => import("./chunk-HTGGSQNW.js")),
  lazy(django_default, () => import("./chunk-DW35CHW5.js")),
  lazy(alembic_default, () => import("./chunk-QBSYBLR7.js")),
  lazy(typeorm_default, () => import("./chunk-7DGC6AU4.js")),
  lazy(sequelize_default, () => import("./chunk-UP4GOIUX.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-NVTKSAPE.js")),
  lazy(knex_default, () => import("./chunk-JELM4XKK.js")),
  lazy(db_migrate_default, () => import("./chunk-U5RVN6A5.js")),
  lazy(laravel_default, () => import("./chunk-3F43JLLH.js")),
  lazy(ecto_default, () => import("./chunk-N4ITBCLR.js")),
  lazy(liquibase_default, () => import("./chunk-ETHDKMGB.js")),
  lazy(sqitch_default, () => import("./chunk-GFDC5AQE.js")),
  lazy(flyway_default, () => import("./chunk-UP3OKRT3.js")),
  lazy(pop_default, () => import("./chunk-PBFAWHQW.js")),
  lazy(golang_migrate_default, () => import("./chunk-MVZC62QM.js")),
  lazy(goose_default, () => import("./chunk-OX7DQBUF.js")),
  lazy(sql_migrate_default, () => import("./chunk-PI2NKLKV.js")),
  lazy(dbmate_default, () => import("./chunk-3B5HEZCS.js")),
  lazy(sql_default, () => import("./chunk-KJENT22R.js"))
];

export {
  FRAMEWORKS
};
