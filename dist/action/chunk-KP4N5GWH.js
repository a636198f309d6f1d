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
} from "./chunk-5BTJU55W.js";

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
  lazy(prisma_default, () => import("./chunk-PFBRKAJY.js")),
  lazy(rails_default, () => import("./chunk-C4VPKDH3.js")),
  lazy(django_default, () => import("./chunk-6IG4O546.js")),
  lazy(alembic_default, () => import("./chunk-Y2HINVYB.js")),
  lazy(typeorm_default, () => import("./chunk-LCB5G6FT.js")),
  lazy(sequelize_default, () => import("./chunk-6FDKGJ54.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-N4ZKQYDQ.js")),
  lazy(knex_default, () => import("./chunk-PHAOXDHL.js")),
  lazy(db_migrate_default, () => import("./chunk-UQWIQ2ET.js")),
  lazy(laravel_default, () => import("./chunk-KR5SEGT2.js")),
  lazy(ecto_default, () => import("./chunk-WLSEGB3O.js")),
  // A changelog under a Spring Boot app's resources: the database its config names (src/core/frameworks/jvm-dialect.ts).
  lazy(liquibase_default, async () => {
    const [{ default: framework }, { withJvmDialect }] = await Promise.all([import("./chunk-PNP2ZYDN.js"), import("./chunk-EKK4774C.js")]);
    return { default: withJvmDialect(framework, "liquibase") };
  }),
  lazy(sqitch_default, () => import("./chunk-KHB72EQU.js")),
  lazy(flyway_default, () => import("./chunk-3EQG7JJ6.js")),
  lazy(pop_default, () => import("./chunk-QH2YDBU6.js")),
  lazy(golang_migrate_default, () => import("./chunk-PFV2DW2X.js")),
  lazy(goose_default, () => import("./chunk-T6NYFJVI.js")),
  lazy(sql_migrate_default, () => import("./chunk-AOHSJX4Z.js")),
  lazy(dbmate_default, () => import("./chunk-RAKCXAZJ.js")),
  lazy(sql_default, () => import("./chunk-WNPLZE2L.js"))
];

export {
  FRAMEWORKS
};
