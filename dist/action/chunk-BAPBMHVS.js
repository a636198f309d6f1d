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
} from "./chunk-TPGSLNQY.js";

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
  lazy(prisma_default, () => import("./chunk-E5J3SIV5.js")),
  lazy(rails_default, () => import("./chunk-N4KLCSQK.js")),
  lazy(django_default, () => import("./chunk-LXECG5RA.js")),
  lazy(alembic_default, () => import("./chunk-4JABZYRC.js")),
  lazy(typeorm_default, () => import("./chunk-RUJYXWIA.js")),
  lazy(sequelize_default, () => import("./chunk-Z5V2LBYK.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-NY565CH7.js")),
  lazy(knex_default, () => import("./chunk-J4RE2NXB.js")),
  lazy(db_migrate_default, () => import("./chunk-QNT5SBEU.js")),
  lazy(laravel_default, () => import("./chunk-QQHOB4OC.js")),
  lazy(ecto_default, () => import("./chunk-7PNDC4A5.js")),
  // A changelog under a Spring Boot app's resources: the database its config names (src/core/frameworks/jvm-dialect.ts).
  lazy(liquibase_default, async () => {
    const [{ default: framework }, { withJvmDialect }] = await Promise.all([import("./chunk-K2I7IIDV.js"), import("./chunk-CQBBOESR.js")]);
    return { default: withJvmDialect(framework, "liquibase") };
  }),
  lazy(sqitch_default, () => import("./chunk-OGF6GJOY.js")),
  lazy(flyway_default, () => import("./chunk-RAD5NS3K.js")),
  lazy(pop_default, () => import("./chunk-4KCEA2ZK.js")),
  lazy(golang_migrate_default, () => import("./chunk-4WI2JIKS.js")),
  lazy(goose_default, () => import("./chunk-LHACF653.js")),
  lazy(sql_migrate_default, () => import("./chunk-EIZTTUWO.js")),
  lazy(dbmate_default, () => import("./chunk-7XTBABAT.js")),
  lazy(sql_default, () => import("./chunk-NCTNKAR4.js"))
];

export {
  FRAMEWORKS
};
