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
} from "./chunk-SKYS2SPV.js";

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
  lazy(prisma_default, () => import("./chunk-BFDXGJMC.js")),
  lazy(rails_default, () => import("./chunk-4KXH3KVD.js")),
  lazy(django_default, () => import("./chunk-MZYMEL6V.js")),
  lazy(alembic_default, () => import("./chunk-UNEWIQOD.js")),
  lazy(typeorm_default, () => import("./chunk-G2IHQLZS.js")),
  lazy(sequelize_default, () => import("./chunk-CGWPZ4SW.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-FVJA36OP.js")),
  lazy(knex_default, () => import("./chunk-5MHG2ISD.js")),
  lazy(db_migrate_default, () => import("./chunk-22F7NUPM.js")),
  lazy(laravel_default, () => import("./chunk-2HZZJ57J.js")),
  lazy(ecto_default, () => import("./chunk-MXZ6LZYN.js")),
  // A changelog under a Spring Boot app's resources: the database its config names (src/core/frameworks/jvm-dialect.ts).
  lazy(liquibase_default, async () => {
    const [{ default: framework }, { withJvmDialect }] = await Promise.all([import("./chunk-TRWT26RV.js"), import("./chunk-RDSMDOXR.js")]);
    return { default: withJvmDialect(framework, "liquibase") };
  }),
  lazy(sqitch_default, () => import("./chunk-DJXFPHJP.js")),
  lazy(flyway_default, () => import("./chunk-RYX7AH63.js")),
  lazy(pop_default, () => import("./chunk-FXHI5TCX.js")),
  lazy(golang_migrate_default, () => import("./chunk-P5CR4VX5.js")),
  lazy(goose_default, () => import("./chunk-RYTJRESK.js")),
  lazy(sql_migrate_default, () => import("./chunk-KJVBH4HB.js")),
  lazy(dbmate_default, () => import("./chunk-E4KUFFLP.js")),
  lazy(sql_default, () => import("./chunk-YQ6RDES2.js"))
];

export {
  FRAMEWORKS
};
