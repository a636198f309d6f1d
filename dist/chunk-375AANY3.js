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
} from "./chunk-5LCZPM3A.js";

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
  lazy(prisma_default, () => import("./chunk-W4DL3TFT.js")),
  lazy(rails_default, () => import("./chunk-YRSG6N5J.js")),
  lazy(django_default, () => import("./chunk-R6GRXIMS.js")),
  lazy(alembic_default, () => import("./chunk-M4S2JKMZ.js")),
  lazy(typeorm_default, () => import("./chunk-PID7LG3Z.js")),
  lazy(sequelize_default, () => import("./chunk-7L4V344T.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-N63WZPC6.js")),
  lazy(knex_default, () => import("./chunk-QGP3Y3UR.js")),
  lazy(db_migrate_default, () => import("./chunk-PXORQWY3.js")),
  lazy(laravel_default, () => import("./chunk-GQGR2W2J.js")),
  lazy(ecto_default, () => import("./chunk-4Q43SKKO.js")),
  // A changelog under a Spring Boot app's resources: the database its config names (src/core/frameworks/jvm-dialect.ts).
  lazy(liquibase_default, async () => {
    const [{ default: framework }, { withJvmDialect }] = await Promise.all([import("./chunk-GCPXCCOP.js"), import("./chunk-CTA5SPDH.js")]);
    return { default: withJvmDialect(framework, "liquibase") };
  }),
  lazy(sqitch_default, () => import("./chunk-M7SXHFVM.js")),
  lazy(flyway_default, () => import("./chunk-S67AZFBM.js")),
  lazy(pop_default, () => import("./chunk-754Y2WWL.js")),
  lazy(golang_migrate_default, () => import("./chunk-2MWBIK5C.js")),
  lazy(goose_default, () => import("./chunk-QRWZPDON.js")),
  lazy(sql_migrate_default, () => import("./chunk-OIA5MX2D.js")),
  lazy(dbmate_default, () => import("./chunk-4OPWOFHW.js")),
  lazy(sql_default, () => import("./chunk-Y3Z6X4ZZ.js"))
];

export {
  FRAMEWORKS
};
