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
} from "./chunk-WDGR6Z4T.js";

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
  lazy(prisma_default, () => import("./chunk-ICZPEWKY.js")),
  lazy(rails_default, () => import("./chunk-NDL3N2LA.js")),
  lazy(django_default, () => import("./chunk-QMSN5ZER.js")),
  lazy(alembic_default, () => import("./chunk-OOTIBWNR.js")),
  lazy(typeorm_default, () => import("./chunk-2T2T6HB6.js")),
  lazy(sequelize_default, () => import("./chunk-WJI4WFD2.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-2XIAZDYI.js")),
  lazy(knex_default, () => import("./chunk-VEE3HSS2.js")),
  lazy(db_migrate_default, () => import("./chunk-D6TE7X5A.js")),
  lazy(laravel_default, () => import("./chunk-ZAWZWP4Y.js")),
  lazy(ecto_default, () => import("./chunk-XXEIUBUJ.js")),
  // A changelog under a Spring Boot app's resources: the database its config names (src/core/frameworks/jvm-dialect.ts).
  lazy(liquibase_default, async () => {
    const [{ default: framework }, { withJvmDialect }] = await Promise.all([import("./chunk-4MUF4ECB.js"), import("./chunk-2CJN5PLJ.js")]);
    return { default: withJvmDialect(framework, "liquibase") };
  }),
  lazy(sqitch_default, () => import("./chunk-XWIKVG74.js")),
  lazy(flyway_default, () => import("./chunk-HZBA4ZVH.js")),
  lazy(pop_default, () => import("./chunk-DVDRNPDB.js")),
  lazy(golang_migrate_default, () => import("./chunk-KH6GSWJG.js")),
  lazy(goose_default, () => import("./chunk-OWBYTAG7.js")),
  lazy(sql_migrate_default, () => import("./chunk-IUXHMVKF.js")),
  lazy(dbmate_default, () => import("./chunk-GYPBYBES.js")),
  lazy(sql_default, () => import("./chunk-JC645ODO.js"))
];

export {
  FRAMEWORKS
};
