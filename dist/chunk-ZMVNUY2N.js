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
} from "./chunk-APWVDAII.js";

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
  lazy(prisma_default, () => import("./chunk-YTSKVWZV.js")),
  lazy(rails_default, () => import("./chunk-6EUFUKD4.js")),
  lazy(django_default, () => import("./chunk-OA6RFMUU.js")),
  lazy(alembic_default, () => import("./chunk-AXNFSOO7.js")),
  lazy(typeorm_default, () => import("./chunk-EN2VKR7A.js")),
  lazy(sequelize_default, () => import("./chunk-D7OGU4WN.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-WOEBLTQY.js")),
  lazy(knex_default, () => import("./chunk-YDRMUZB7.js")),
  lazy(db_migrate_default, () => import("./chunk-XAE7CGHP.js")),
  lazy(laravel_default, () => import("./chunk-I7XGEJFF.js")),
  lazy(ecto_default, () => import("./chunk-JRI7377E.js")),
  // A changelog under a Spring Boot app's resources: the database its config names (src/core/frameworks/jvm-dialect.ts).
  lazy(liquibase_default, async () => {
    const [{ default: framework }, { withJvmDialect }] = await Promise.all([import("./chunk-PQXCJPAI.js"), import("./chunk-W5NKXJVN.js")]);
    return { default: withJvmDialect(framework, "liquibase") };
  }),
  lazy(sqitch_default, () => import("./chunk-AJSFHAS5.js")),
  lazy(flyway_default, () => import("./chunk-CJNN6OCD.js")),
  lazy(pop_default, () => import("./chunk-XVGTPHB2.js")),
  lazy(golang_migrate_default, () => import("./chunk-EDVPLCLO.js")),
  lazy(goose_default, () => import("./chunk-MYMHQP5J.js")),
  lazy(sql_migrate_default, () => import("./chunk-LLILD5TI.js")),
  lazy(dbmate_default, () => import("./chunk-YNRMB2SW.js")),
  lazy(sql_default, () => import("./chunk-K6KYQH33.js"))
];

export {
  FRAMEWORKS
};
