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
} from "./chunk-BNPJ6IC4.js";

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
  lazy(prisma_default, () => import("./chunk-OEVBSXKS.js")),
  lazy(rails_default, () => import("./chunk-XF5OEJS5.js")),
  lazy(django_default, () => import("./chunk-WGWDZIKG.js")),
  lazy(alembic_default, () => import("./chunk-HFIC7QTZ.js")),
  lazy(typeorm_default, () => import("./chunk-WP2OLU4H.js")),
  lazy(sequelize_default, () => import("./chunk-2MN4XQUX.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-4XKRPASK.js")),
  lazy(knex_default, () => import("./chunk-OX3FBJMS.js")),
  lazy(db_migrate_default, () => import("./chunk-3AYTFTYG.js")),
  lazy(laravel_default, () => import("./chunk-3DYIKE7A.js")),
  lazy(ecto_default, () => import("./chunk-7WM6EQYL.js")),
  // A changelog under a Spring Boot app's resources: the database its config names (src/core/frameworks/jvm-dialect.ts).
  lazy(liquibase_default, async () => {
    const [{ default: framework }, { withJvmDialect }] = await Promise.all([import("./chunk-CVJH4QAJ.js"), import("./chunk-3MYJIIBO.js")]);
    return { default: withJvmDialect(framework, "liquibase") };
  }),
  lazy(sqitch_default, () => import("./chunk-7Y45AMU2.js")),
  lazy(flyway_default, () => import("./chunk-6ZN2SATV.js")),
  lazy(pop_default, () => import("./chunk-54FUJFQ4.js")),
  lazy(golang_migrate_default, () => import("./chunk-M3LF55SI.js")),
  lazy(goose_default, () => import("./chunk-DZ6VKPAP.js")),
  lazy(sql_migrate_default, () => import("./chunk-JQCVHJ6X.js")),
  lazy(dbmate_default, () => import("./chunk-ZQ5IFNVN.js")),
  lazy(sql_default, () => import("./chunk-G735NJ74.js"))
];

export {
  FRAMEWORKS
};
