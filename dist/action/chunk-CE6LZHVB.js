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
} from "./chunk-G23IQBQJ.js";

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
  lazy(prisma_default, () => import("./chunk-JZID62HY.js")),
  lazy(rails_default, () => import("./chunk-Q54EC5UJ.js")),
  lazy(django_default, () => import("./chunk-TQVNEKC7.js")),
  lazy(alembic_default, () => import("./chunk-7IQEFPPL.js")),
  lazy(typeorm_default, () => import("./chunk-V25OWWPZ.js")),
  lazy(sequelize_default, () => import("./chunk-GF4EWSP3.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-RZKNQP6E.js")),
  lazy(knex_default, () => import("./chunk-FO7DQYTK.js")),
  lazy(db_migrate_default, () => import("./chunk-UWKB4ZY6.js")),
  lazy(laravel_default, () => import("./chunk-EFRO4C5Y.js")),
  lazy(ecto_default, () => import("./chunk-JML2LCCH.js")),
  // A changelog under a Spring Boot app's resources: the database its config names (src/core/frameworks/jvm-dialect.ts).
  lazy(liquibase_default, async () => {
    const [{ default: framework }, { withJvmDialect }] = await Promise.all([import("./chunk-AUCZWBLE.js"), import("./chunk-ZPFQGQDE.js")]);
    return { default: withJvmDialect(framework, "liquibase") };
  }),
  lazy(sqitch_default, () => import("./chunk-5RAWD7CO.js")),
  lazy(flyway_default, () => import("./chunk-J2HYVZUD.js")),
  lazy(pop_default, () => import("./chunk-XOD75QDN.js")),
  lazy(golang_migrate_default, () => import("./chunk-GPPXPUQX.js")),
  lazy(goose_default, () => import("./chunk-27NPOLBX.js")),
  lazy(sql_migrate_default, () => import("./chunk-UVFHBWRZ.js")),
  lazy(dbmate_default, () => import("./chunk-BT2W3BZ2.js")),
  lazy(sql_default, () => import("./chunk-QP6CVPLY.js"))
];

export {
  FRAMEWORKS
};
