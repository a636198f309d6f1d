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
} from "./chunk-F4IC26IF.js";

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
  lazy(prisma_default, () => import("./chunk-NBQWXO4D.js")),
  lazy(rails_default, () => import("./chunk-LN2R3XSJ.js")),
  lazy(django_default, () => import("./chunk-GBR3BTWY.js")),
  lazy(alembic_default, () => import("./chunk-FN5QBZSW.js")),
  lazy(typeorm_default, () => import("./chunk-6YLQUTIM.js")),
  lazy(sequelize_default, () => import("./chunk-BFTX7JQC.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-ATUG7EWX.js")),
  lazy(knex_default, () => import("./chunk-VD4TAFL4.js")),
  lazy(db_migrate_default, () => import("./chunk-NXQSHCM3.js")),
  lazy(laravel_default, () => import("./chunk-B4CSMWWW.js")),
  lazy(ecto_default, () => import("./chunk-QIYZ3P5O.js")),
  lazy(liquibase_default, () => import("./chunk-NKQVQCIW.js")),
  lazy(sqitch_default, () => import("./chunk-UBAKETGC.js")),
  lazy(flyway_default, () => import("./chunk-D34SFZ7F.js")),
  lazy(pop_default, () => import("./chunk-E73QXOJN.js")),
  lazy(golang_migrate_default, () => import("./chunk-BQKL44UU.js")),
  lazy(goose_default, () => import("./chunk-HKPH56J6.js")),
  lazy(sql_migrate_default, () => import("./chunk-222LBM7O.js")),
  lazy(dbmate_default, () => import("./chunk-UDTKTNZH.js")),
  lazy(sql_default, () => import("./chunk-ZLOLAITO.js"))
];

export {
  FRAMEWORKS
};
