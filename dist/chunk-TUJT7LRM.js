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
} from "./chunk-Q6SW2BX7.js";

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
  lazy(prisma_default, () => import("./chunk-2YWPT6B2.js")),
  lazy(rails_default, () => import("./chunk-4Q4MUEWZ.js")),
  lazy(django_default, () => import("./chunk-PYPR626A.js")),
  lazy(alembic_default, () => import("./chunk-3EN7JUUG.js")),
  lazy(typeorm_default, () => import("./chunk-TVHFL3RW.js")),
  lazy(sequelize_default, () => import("./chunk-W4OIACUY.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-6FZU6OVD.js")),
  lazy(knex_default, () => import("./chunk-Z7JA4AFG.js")),
  lazy(db_migrate_default, () => import("./chunk-YITS3S5T.js")),
  lazy(laravel_default, () => import("./chunk-6YU6PZZJ.js")),
  lazy(ecto_default, () => import("./chunk-JBC6RBDU.js")),
  // A changelog under a Spring Boot app's resources: the database its config names (src/core/frameworks/jvm-dialect.ts).
  lazy(liquibase_default, async () => {
    const [{ default: framework }, { withJvmDialect }] = await Promise.all([import("./chunk-GLVCA433.js"), import("./chunk-IGUEELK3.js")]);
    return { default: withJvmDialect(framework, "liquibase") };
  }),
  lazy(sqitch_default, () => import("./chunk-7FCDKBY6.js")),
  lazy(flyway_default, () => import("./chunk-C6TDO5YN.js")),
  lazy(pop_default, () => import("./chunk-XI57DLGU.js")),
  lazy(golang_migrate_default, () => import("./chunk-26S4WH2G.js")),
  lazy(goose_default, () => import("./chunk-7FGCB3XI.js")),
  lazy(sql_migrate_default, () => import("./chunk-EEFYFKWS.js")),
  lazy(dbmate_default, () => import("./chunk-WVQ5QG4C.js")),
  lazy(sql_default, () => import("./chunk-JGZSYV3A.js"))
];

export {
  FRAMEWORKS
};
