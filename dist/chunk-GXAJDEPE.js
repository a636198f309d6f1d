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
} from "./chunk-VIFDH3IY.js";

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
  lazy(prisma_default, () => import("./chunk-DP4XS5NT.js")),
  lazy(rails_default, () => import("./chunk-RKERYWHK.js")),
  lazy(django_default, () => import("./chunk-OKULWWOV.js")),
  lazy(alembic_default, () => import("./chunk-UULKOJ6N.js")),
  lazy(typeorm_default, () => import("./chunk-IW6E4Q4D.js")),
  lazy(sequelize_default, () => import("./chunk-EUFG2LER.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-MOQA3U4X.js")),
  lazy(knex_default, () => import("./chunk-SFCFJ2ZN.js")),
  lazy(db_migrate_default, () => import("./chunk-U3DLRSG2.js")),
  lazy(laravel_default, () => import("./chunk-ZEK2TJMJ.js")),
  lazy(ecto_default, () => import("./chunk-TGSPQI6T.js")),
  lazy(liquibase_default, () => import("./chunk-J5D6NOU7.js")),
  lazy(sqitch_default, () => import("./chunk-2HHGMEQ6.js")),
  lazy(flyway_default, () => import("./chunk-RQPJLYIA.js")),
  lazy(pop_default, () => import("./chunk-6E36P2RO.js")),
  lazy(golang_migrate_default, () => import("./chunk-KHUUNY4R.js")),
  lazy(goose_default, () => import("./chunk-NN3XE56Y.js")),
  lazy(sql_migrate_default, () => import("./chunk-PFARJ54W.js")),
  lazy(dbmate_default, () => import("./chunk-NLHES2UG.js")),
  lazy(sql_default, () => import("./chunk-BC5GSYNI.js"))
];

export {
  FRAMEWORKS
};
