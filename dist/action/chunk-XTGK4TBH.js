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
} from "./chunk-OWEUJZYL.js";

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
  lazy(prisma_default, () => import("./chunk-TM7XUR6D.js")),
  lazy(rails_default, () => import("./chunk-C3N2ULHR.js")),
  lazy(django_default, () => import("./chunk-YEXPQRYP.js")),
  lazy(alembic_default, () => import("./chunk-G3CFI3FD.js")),
  lazy(typeorm_default, () => import("./chunk-64T3XWAI.js")),
  lazy(sequelize_default, () => import("./chunk-NEHXP3SR.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-ANF6X3R7.js")),
  lazy(knex_default, () => import("./chunk-XJM3PTB5.js")),
  lazy(db_migrate_default, () => import("./chunk-IBMFNCWD.js")),
  lazy(laravel_default, () => import("./chunk-LJHUAFTE.js")),
  lazy(ecto_default, () => import("./chunk-VRFN5UXM.js")),
  lazy(liquibase_default, () => import("./chunk-DAV4T22D.js")),
  lazy(sqitch_default, () => import("./chunk-R4MPFO25.js")),
  lazy(flyway_default, () => import("./chunk-SEODJLUQ.js")),
  lazy(pop_default, () => import("./chunk-VLUACDBL.js")),
  lazy(golang_migrate_default, () => import("./chunk-LBDOYL7J.js")),
  lazy(goose_default, () => import("./chunk-7IX2UQU5.js")),
  lazy(sql_migrate_default, () => import("./chunk-IUOSIQGE.js")),
  lazy(dbmate_default, () => import("./chunk-4GG3EJP6.js")),
  lazy(sql_default, () => import("./chunk-N32U47DX.js"))
];

export {
  FRAMEWORKS
};
