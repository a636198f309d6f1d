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
} from "./chunk-Z3C4YU2U.js";

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
  lazy(prisma_default, () => import("./chunk-X4FHPFD2.js")),
  lazy(rails_default, () => import("./chunk-6XAM4Y2C.js")),
  lazy(django_default, () => import("./chunk-RFR5OHNS.js")),
  lazy(alembic_default, () => import("./chunk-V4VIJE62.js")),
  lazy(typeorm_default, () => import("./chunk-BVME34II.js")),
  lazy(sequelize_default, () => import("./chunk-ZFFVWQB5.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-6QDIW6BS.js")),
  lazy(knex_default, () => import("./chunk-JEOPEMTX.js")),
  lazy(db_migrate_default, () => import("./chunk-ASPE3EDE.js")),
  lazy(laravel_default, () => import("./chunk-IZ3ZRQ7Z.js")),
  lazy(ecto_default, () => import("./chunk-FXZ7TZUC.js")),
  // A changelog under a Spring Boot app's resources: the database its config names (src/core/frameworks/jvm-dialect.ts).
  lazy(liquibase_default, async () => {
    const [{ default: framework }, { withJvmDialect }] = await Promise.all([import("./chunk-YL7D5AZJ.js"), import("./chunk-Z5EH6MHG.js")]);
    return { default: withJvmDialect(framework, "liquibase") };
  }),
  lazy(sqitch_default, () => import("./chunk-O7OB2VRE.js")),
  lazy(flyway_default, () => import("./chunk-OJ7ID36C.js")),
  lazy(pop_default, () => import("./chunk-XR3RD6IG.js")),
  lazy(golang_migrate_default, () => import("./chunk-TN7XNUHC.js")),
  lazy(goose_default, () => import("./chunk-H525YBCI.js")),
  lazy(sql_migrate_default, () => import("./chunk-TN6SS3IB.js")),
  lazy(dbmate_default, () => import("./chunk-CPSQYNHN.js")),
  lazy(sql_default, () => import("./chunk-UNQ5MM2Y.js"))
];

export {
  FRAMEWORKS
};
