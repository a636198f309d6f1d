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
} from "./chunk-IW5W2CCI.js";

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
  lazy(prisma_default, () => import("./chunk-BQXYHFQA.js")),
  lazy(rails_default, () => import("./chunk-2YBNAYX7.js")),
  lazy(django_default, () => import("./chunk-DJOAMUNS.js")),
  lazy(alembic_default, () => import("./chunk-6VXA3ZGK.js")),
  lazy(typeorm_default, () => import("./chunk-3BC352FA.js")),
  lazy(sequelize_default, () => import("./chunk-W6HCGX6L.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-V7363EDX.js")),
  lazy(knex_default, () => import("./chunk-7JM632S2.js")),
  lazy(db_migrate_default, () => import("./chunk-GDWBCLMK.js")),
  lazy(laravel_default, () => import("./chunk-EMWJK72L.js")),
  lazy(ecto_default, () => import("./chunk-OMYWDLHC.js")),
  lazy(liquibase_default, () => import("./chunk-IHOLG7A5.js")),
  lazy(sqitch_default, () => import("./chunk-M3IVR2OP.js")),
  lazy(flyway_default, () => import("./chunk-6JAE3BFE.js")),
  lazy(pop_default, () => import("./chunk-WKTH76FG.js")),
  lazy(golang_migrate_default, () => import("./chunk-6RTB76DM.js")),
  lazy(goose_default, () => import("./chunk-UDJICHQD.js")),
  lazy(sql_migrate_default, () => import("./chunk-Y4JPU3GU.js")),
  lazy(dbmate_default, () => import("./chunk-32HPJ23B.js")),
  lazy(sql_default, () => import("./chunk-W3UXVKSZ.js"))
];

export {
  FRAMEWORKS
};
