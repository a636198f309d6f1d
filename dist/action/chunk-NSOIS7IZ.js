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
} from "./chunk-CYJ4ANXP.js";

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
  lazy(prisma_default, () => import("./chunk-VFJQPJTV.js")),
  lazy(rails_default, () => import("./chunk-2WELFKUV.js")),
  lazy(django_default, () => import("./chunk-ZWIZZ4BT.js")),
  lazy(alembic_default, () => import("./chunk-XS26OPBD.js")),
  lazy(typeorm_default, () => import("./chunk-KJFXVBLV.js")),
  lazy(sequelize_default, () => import("./chunk-JH7FQIZE.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-AWM3B73A.js")),
  lazy(knex_default, () => import("./chunk-DPLZ67GP.js")),
  lazy(db_migrate_default, () => import("./chunk-OGAICA4C.js")),
  lazy(laravel_default, () => import("./chunk-XG7XTNXZ.js")),
  lazy(ecto_default, () => import("./chunk-QUX2EDYW.js")),
  // A changelog under a Spring Boot app's resources: the database its config names (src/core/frameworks/jvm-dialect.ts).
  lazy(liquibase_default, async () => {
    const [{ default: framework }, { withJvmDialect }] = await Promise.all([import("./chunk-Y2RUGOOK.js"), import("./chunk-TDGPWPPO.js")]);
    return { default: withJvmDialect(framework, "liquibase") };
  }),
  lazy(sqitch_default, () => import("./chunk-EAYRLWHG.js")),
  lazy(flyway_default, () => import("./chunk-TKOHTJXN.js")),
  lazy(pop_default, () => import("./chunk-RPPTTIXR.js")),
  lazy(golang_migrate_default, () => import("./chunk-BPHY7W34.js")),
  lazy(goose_default, () => import("./chunk-NUSDBJZM.js")),
  lazy(sql_migrate_default, () => import("./chunk-QLWZJY2D.js")),
  lazy(dbmate_default, () => import("./chunk-EPJEMPRU.js")),
  lazy(sql_default, () => import("./chunk-YK3SJ4S7.js"))
];

export {
  FRAMEWORKS
};
