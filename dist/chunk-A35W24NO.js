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
} from "./chunk-QSFSHKLM.js";

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
  lazy(prisma_default, () => import("./chunk-M4OLEHOF.js")),
  lazy(rails_default, () => import("./chunk-KVKWSL6J.js")),
  lazy(django_default, () => import("./chunk-IIY4INMK.js")),
  lazy(alembic_default, () => import("./chunk-3HOYUGWT.js")),
  lazy(typeorm_default, () => import("./chunk-YVFS27O5.js")),
  lazy(sequelize_default, () => import("./chunk-56ARDVXB.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-R4OLRMKL.js")),
  lazy(knex_default, () => import("./chunk-UYKEA3YA.js")),
  lazy(db_migrate_default, () => import("./chunk-C4BEUPC2.js")),
  lazy(laravel_default, () => import("./chunk-H6SI2BIK.js")),
  lazy(ecto_default, () => import("./chunk-YMZHXMZM.js")),
  lazy(liquibase_default, () => import("./chunk-VERR3I2Y.js")),
  lazy(sqitch_default, () => import("./chunk-ILNYJF34.js")),
  lazy(flyway_default, () => import("./chunk-UMLAYCKX.js")),
  lazy(pop_default, () => import("./chunk-56KVJP3W.js")),
  lazy(golang_migrate_default, () => import("./chunk-GIQ4XYCV.js")),
  lazy(goose_default, () => import("./chunk-NCSUAGKT.js")),
  lazy(sql_migrate_default, () => import("./chunk-FAY7DWLR.js")),
  lazy(dbmate_default, () => import("./chunk-SY4CHMK6.js")),
  lazy(sql_default, () => import("./chunk-RCLRKGBC.js"))
];

export {
  FRAMEWORKS
};
