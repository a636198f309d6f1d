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
} from "./chunk-247R56QM.js";

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
  lazy(prisma_default, () => import("./chunk-WBGQ7FDB.js")),
  lazy(rails_default, () => import("./chunk-YBURV5LZ.js")),
  lazy(django_default, () => import("./chunk-MEKCD5GJ.js")),
  lazy(alembic_default, () => import("./chunk-NDABNSR3.js")),
  lazy(typeorm_default, () => import("./chunk-YTTABRNB.js")),
  lazy(sequelize_default, () => import("./chunk-IIHCMHHG.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-XAE7XR6U.js")),
  lazy(knex_default, () => import("./chunk-5C7T7LPF.js")),
  lazy(db_migrate_default, () => import("./chunk-WZF5P67C.js")),
  lazy(laravel_default, () => import("./chunk-R3UXX63K.js")),
  lazy(ecto_default, () => import("./chunk-LMT3NO6F.js")),
  // A changelog under a Spring Boot app's resources: the database its config names (src/core/frameworks/jvm-dialect.ts).
  lazy(liquibase_default, async () => {
    const [{ default: framework }, { withJvmDialect }] = await Promise.all([import("./chunk-GPDV6APN.js"), import("./chunk-DW7SRXAM.js")]);
    return { default: withJvmDialect(framework, "liquibase") };
  }),
  lazy(sqitch_default, () => import("./chunk-Q4IU65YS.js")),
  lazy(flyway_default, () => import("./chunk-CRFXNOWM.js")),
  lazy(pop_default, () => import("./chunk-TQ4S4QJR.js")),
  lazy(golang_migrate_default, () => import("./chunk-V26WOOEV.js")),
  lazy(goose_default, () => import("./chunk-LWMC3RZM.js")),
  lazy(sql_migrate_default, () => import("./chunk-KNTD5LGI.js")),
  lazy(dbmate_default, () => import("./chunk-K4TH7JLN.js")),
  lazy(sql_default, () => import("./chunk-DDX2BQ4I.js"))
];

export {
  FRAMEWORKS
};
