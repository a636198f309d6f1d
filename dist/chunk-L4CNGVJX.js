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
} from "./chunk-SU3SPZWO.js";

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
  lazy(prisma_default, () => import("./chunk-PCOH7FPV.js")),
  lazy(rails_default, () => import("./chunk-HOMY66ZR.js")),
  lazy(django_default, () => import("./chunk-JXBRLBQ4.js")),
  lazy(alembic_default, () => import("./chunk-KRN2Q3Z7.js")),
  lazy(typeorm_default, () => import("./chunk-MNQIY25U.js")),
  lazy(sequelize_default, () => import("./chunk-MZSON6SE.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-77HPGU62.js")),
  lazy(knex_default, () => import("./chunk-4MXGVGLV.js")),
  lazy(db_migrate_default, () => import("./chunk-LBLS3JXB.js")),
  lazy(laravel_default, () => import("./chunk-V5SATL3R.js")),
  lazy(ecto_default, () => import("./chunk-KVAGEDN7.js")),
  lazy(liquibase_default, () => import("./chunk-R2Y7RQGC.js")),
  lazy(sqitch_default, () => import("./chunk-YY5QNHPT.js")),
  lazy(flyway_default, () => import("./chunk-JTIBIBEV.js")),
  lazy(pop_default, () => import("./chunk-NQKVUYAD.js")),
  lazy(golang_migrate_default, () => import("./chunk-XF4TQDW4.js")),
  lazy(goose_default, () => import("./chunk-QMRGEAHN.js")),
  lazy(sql_migrate_default, () => import("./chunk-KMKT3EOO.js")),
  lazy(dbmate_default, () => import("./chunk-NS7QCRWS.js")),
  lazy(sql_default, () => import("./chunk-VCPTQ2BS.js"))
];

export {
  FRAMEWORKS
};
