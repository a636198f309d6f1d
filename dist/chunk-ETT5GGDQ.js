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
} from "./chunk-QPD4Q67D.js";

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
  lazy(prisma_default, () => import("./chunk-L2YJEKNX.js")),
  lazy(rails_default, () => import("./chunk-A2AKSQKS.js")),
  lazy(django_default, () => import("./chunk-CVHC7X65.js")),
  lazy(alembic_default, () => import("./chunk-JV76ZQCX.js")),
  lazy(typeorm_default, () => import("./chunk-H4AI5S2A.js")),
  lazy(sequelize_default, () => import("./chunk-PBUOXOYQ.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-LGZZBUFW.js")),
  lazy(knex_default, () => import("./chunk-VRFUW4GH.js")),
  lazy(db_migrate_default, () => import("./chunk-I6I26EDW.js")),
  lazy(laravel_default, () => import("./chunk-DDWNER5E.js")),
  lazy(ecto_default, () => import("./chunk-OW5ZTDJY.js")),
  // A changelog under a Spring Boot app's resources: the database its config names (src/core/frameworks/jvm-dialect.ts).
  lazy(liquibase_default, async () => {
    const [{ default: framework }, { withJvmDialect }] = await Promise.all([import("./chunk-6CD5BAWK.js"), import("./chunk-K7AJMDRM.js")]);
    return { default: withJvmDialect(framework, "liquibase") };
  }),
  lazy(sqitch_default, () => import("./chunk-YKGLS7TS.js")),
  lazy(flyway_default, () => import("./chunk-X6YRJPX2.js")),
  lazy(pop_default, () => import("./chunk-T2BXQ22D.js")),
  lazy(golang_migrate_default, () => import("./chunk-4ER6VJ3R.js")),
  lazy(goose_default, () => import("./chunk-6AFL4LVN.js")),
  lazy(sql_migrate_default, () => import("./chunk-U25NGFZ6.js")),
  lazy(dbmate_default, () => import("./chunk-OIVGGU3X.js")),
  lazy(sql_default, () => import("./chunk-MIEB3AFK.js"))
];

export {
  FRAMEWORKS
};
