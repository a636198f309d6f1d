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
} from "./chunk-WVBQFFBX.js";

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
  lazy(prisma_default, () => import("./chunk-JB3WRACD.js")),
  lazy(rails_default, () => import("./chunk-RNU3TUWJ.js")),
  lazy(django_default, () => import("./chunk-2WTZJC57.js")),
  lazy(alembic_default, () => import("./chunk-7XMDKCQB.js")),
  lazy(typeorm_default, () => import("./chunk-CXSDENXA.js")),
  lazy(sequelize_default, () => import("./chunk-HUCHPRXU.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-IV4O4ZN2.js")),
  lazy(knex_default, () => import("./chunk-XJJ7P2WY.js")),
  lazy(db_migrate_default, () => import("./chunk-7WALCPPR.js")),
  lazy(laravel_default, () => import("./chunk-ZPYAAY2U.js")),
  lazy(ecto_default, () => import("./chunk-RLZIMY2D.js")),
  lazy(liquibase_default, () => import("./chunk-IOTN2IYX.js")),
  lazy(sqitch_default, () => import("./chunk-TASDZ3QQ.js")),
  lazy(flyway_default, () => import("./chunk-ZERLFYAI.js")),
  lazy(pop_default, () => import("./chunk-M4M6XKCB.js")),
  lazy(golang_migrate_default, () => import("./chunk-HGFLHWVM.js")),
  lazy(goose_default, () => import("./chunk-BXVQT2BO.js")),
  lazy(sql_migrate_default, () => import("./chunk-GFLD2WZV.js")),
  lazy(dbmate_default, () => import("./chunk-DR7GPTGJ.js")),
  lazy(sql_default, () => import("./chunk-QP54AHQI.js"))
];

export {
  FRAMEWORKS
};
