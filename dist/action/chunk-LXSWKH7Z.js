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
} from "./chunk-K7NLEESO.js";

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
  lazy(prisma_default, () => import("./chunk-CT5FF6SS.js")),
  lazy(rails_default, () => import("./chunk-NR5JWQD7.js")),
  lazy(django_default, () => import("./chunk-FMP4JWJV.js")),
  lazy(alembic_default, () => import("./chunk-LKPIF32X.js")),
  lazy(typeorm_default, () => import("./chunk-VOWF7YTH.js")),
  lazy(sequelize_default, () => import("./chunk-LGROAZNR.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-PXQMYWOB.js")),
  lazy(knex_default, () => import("./chunk-3SB43CSO.js")),
  lazy(db_migrate_default, () => import("./chunk-6ZYIJNUN.js")),
  lazy(laravel_default, () => import("./chunk-RTJQKQIB.js")),
  lazy(ecto_default, () => import("./chunk-U4UAIVL5.js")),
  // A changelog under a Spring Boot app's resources: the database its config names (src/core/frameworks/jvm-dialect.ts).
  lazy(liquibase_default, async () => {
    const [{ default: framework }, { withJvmDialect }] = await Promise.all([import("./chunk-57ADINIF.js"), import("./chunk-VSSADCAJ.js")]);
    return { default: withJvmDialect(framework, "liquibase") };
  }),
  lazy(sqitch_default, () => import("./chunk-TX3WUIET.js")),
  lazy(flyway_default, () => import("./chunk-POF253U3.js")),
  lazy(pop_default, () => import("./chunk-DPUWQZ2S.js")),
  lazy(golang_migrate_default, () => import("./chunk-HWKJJ4JT.js")),
  lazy(goose_default, () => import("./chunk-FWBVMRX2.js")),
  lazy(sql_migrate_default, () => import("./chunk-PGAKSUVP.js")),
  lazy(dbmate_default, () => import("./chunk-ODV222P6.js")),
  lazy(sql_default, () => import("./chunk-JOGKKKWU.js"))
];

export {
  FRAMEWORKS
};
