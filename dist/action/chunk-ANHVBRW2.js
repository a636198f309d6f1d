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
} from "./chunk-ECV5CPBP.js";

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
  lazy(prisma_default, () => import("./chunk-SMGOSG3O.js")),
  lazy(rails_default, () => import("./chunk-XGHQYLZG.js")),
  lazy(django_default, () => import("./chunk-LNVJRDGE.js")),
  lazy(alembic_default, () => import("./chunk-A2H5XVA7.js")),
  lazy(typeorm_default, () => import("./chunk-XWLP4WHU.js")),
  lazy(sequelize_default, () => import("./chunk-SCCLG23T.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-KQZI4OB3.js")),
  lazy(knex_default, () => import("./chunk-5WZ6UB2D.js")),
  lazy(db_migrate_default, () => import("./chunk-MGKPBQLE.js")),
  lazy(laravel_default, () => import("./chunk-PI5K6C2C.js")),
  lazy(ecto_default, () => import("./chunk-DZD4VFC5.js")),
  lazy(liquibase_default, () => import("./chunk-UKQHN37S.js")),
  lazy(sqitch_default, () => import("./chunk-GFD7UHQE.js")),
  lazy(flyway_default, () => import("./chunk-KJS3VBAC.js")),
  lazy(pop_default, () => import("./chunk-X4EI5MD2.js")),
  lazy(golang_migrate_default, () => import("./chunk-6HHPUKIB.js")),
  lazy(goose_default, () => import("./chunk-RRMKRDTQ.js")),
  lazy(sql_migrate_default, () => import("./chunk-AHHHKWTU.js")),
  lazy(dbmate_default, () => import("./chunk-5GM5TPNR.js")),
  lazy(sql_default, () => import("./chunk-RYD2WWF5.js"))
];

export {
  FRAMEWORKS
};
