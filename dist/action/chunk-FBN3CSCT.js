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
} from "./chunk-IC33IXCS.js";

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
  lazy(prisma_default, () => import("./chunk-BIUFOWFV.js")),
  lazy(rails_default, () => import("./chunk-FJR7DV4B.js")),
  lazy(django_default, () => import("./chunk-ES7G4WCQ.js")),
  lazy(alembic_default, () => import("./chunk-A52N46EX.js")),
  lazy(typeorm_default, () => import("./chunk-MNTNJWUG.js")),
  lazy(sequelize_default, () => import("./chunk-LKFS2SKH.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-552K256Y.js")),
  lazy(knex_default, () => import("./chunk-LZ7Y5X7Z.js")),
  lazy(db_migrate_default, () => import("./chunk-QNYHWJRX.js")),
  lazy(laravel_default, () => import("./chunk-JQ7LF6CG.js")),
  lazy(ecto_default, () => import("./chunk-T4VIDUHF.js")),
  lazy(liquibase_default, () => import("./chunk-GHOMHVLR.js")),
  lazy(sqitch_default, () => import("./chunk-FCFIQG34.js")),
  lazy(flyway_default, () => import("./chunk-HXYJY2EB.js")),
  lazy(pop_default, () => import("./chunk-3XCAMYPQ.js")),
  lazy(golang_migrate_default, () => import("./chunk-CRGI6GIV.js")),
  lazy(goose_default, () => import("./chunk-Q7HBGYB7.js")),
  lazy(sql_migrate_default, () => import("./chunk-HECTFCAD.js")),
  lazy(dbmate_default, () => import("./chunk-MR2DMOOC.js")),
  lazy(sql_default, () => import("./chunk-I63FIZOX.js"))
];

export {
  FRAMEWORKS
};
