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
} from "./chunk-6H4B4TFV.js";

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
  lazy(prisma_default, () => import("./chunk-R2IAHLOB.js")),
  lazy(rails_default, () => import("./chunk-OAELKE3Z.js")),
  lazy(django_default, () => import("./chunk-XIJEL2P4.js")),
  lazy(alembic_default, () => import("./chunk-ZCV6JAKA.js")),
  lazy(typeorm_default, () => import("./chunk-5NULYKHV.js")),
  lazy(sequelize_default, () => import("./chunk-E36E3K4U.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-CIZYQVMP.js")),
  lazy(knex_default, () => import("./chunk-A4FBZJVQ.js")),
  lazy(db_migrate_default, () => import("./chunk-Q7QKYFJN.js")),
  lazy(laravel_default, () => import("./chunk-OYUYR4CY.js")),
  lazy(ecto_default, () => import("./chunk-YWLCVBGQ.js")),
  lazy(liquibase_default, () => import("./chunk-RULGDLBP.js")),
  lazy(sqitch_default, () => import("./chunk-FMNGMZLT.js")),
  lazy(flyway_default, () => import("./chunk-Y3Y63FDD.js")),
  lazy(pop_default, () => import("./chunk-SKBQPDCZ.js")),
  lazy(golang_migrate_default, () => import("./chunk-ODYEVQB4.js")),
  lazy(goose_default, () => import("./chunk-GAJALMMT.js")),
  lazy(sql_migrate_default, () => import("./chunk-XP27UYUM.js")),
  lazy(dbmate_default, () => import("./chunk-7P3GWBKV.js")),
  lazy(sql_default, () => import("./chunk-LYSFFDEU.js"))
];

export {
  FRAMEWORKS
};
