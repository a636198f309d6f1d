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
} from "./chunk-UYSL4YMD.js";

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
  lazy(prisma_default, () => import("./chunk-3PO7IRB7.js")),
  lazy(rails_default, () => import("./chunk-3O2JPDPQ.js")),
  lazy(django_default, () => import("./chunk-UXTCKY2X.js")),
  lazy(alembic_default, () => import("./chunk-ENU3FNPI.js")),
  lazy(typeorm_default, () => import("./chunk-RJZSP3ZT.js")),
  lazy(sequelize_default, () => import("./chunk-64NIIHCL.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-HHSZOKZU.js")),
  lazy(knex_default, () => import("./chunk-YNURF4DS.js")),
  lazy(db_migrate_default, () => import("./chunk-QKZKRSKF.js")),
  lazy(laravel_default, () => import("./chunk-32RW55XE.js")),
  lazy(ecto_default, () => import("./chunk-S63EVZTI.js")),
  // A changelog under a Spring Boot app's resources: the database its config names (src/core/frameworks/jvm-dialect.ts).
  lazy(liquibase_default, async () => {
    const [{ default: framework }, { withJvmDialect }] = await Promise.all([import("./chunk-JPSS3PNE.js"), import("./chunk-TSMACY2R.js")]);
    return { default: withJvmDialect(framework, "liquibase") };
  }),
  lazy(sqitch_default, () => import("./chunk-NWAVK4RR.js")),
  lazy(flyway_default, () => import("./chunk-ECD7FU2K.js")),
  lazy(pop_default, () => import("./chunk-XPVUUXXP.js")),
  lazy(golang_migrate_default, () => import("./chunk-Z25K6JO5.js")),
  lazy(goose_default, () => import("./chunk-LDXUWYG3.js")),
  lazy(sql_migrate_default, () => import("./chunk-76MBN4ZL.js")),
  lazy(dbmate_default, () => import("./chunk-3AZIQEMP.js")),
  lazy(sql_default, () => import("./chunk-7G7Z6LEQ.js"))
];

export {
  FRAMEWORKS
};
