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
} from "./chunk-QX5SKT6Z.js";

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
  lazy(prisma_default, () => import("./chunk-HD66UGLQ.js")),
  lazy(rails_default, () => import("./chunk-6X2X2YVM.js")),
  lazy(django_default, () => import("./chunk-JUHNFLPG.js")),
  lazy(alembic_default, () => import("./chunk-TWQOCHFX.js")),
  lazy(typeorm_default, () => import("./chunk-TD434JNO.js")),
  lazy(sequelize_default, () => import("./chunk-IJ5HJYCY.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-I4F3I7CG.js")),
  lazy(knex_default, () => import("./chunk-KWCEQFQH.js")),
  lazy(db_migrate_default, () => import("./chunk-ER24ZKX5.js")),
  lazy(laravel_default, () => import("./chunk-QK6CIAYF.js")),
  lazy(ecto_default, () => import("./chunk-KDNTQIFY.js")),
  // A changelog under a Spring Boot app's resources: the database its config names (src/core/frameworks/jvm-dialect.ts).
  lazy(liquibase_default, async () => {
    const [{ default: framework }, { withJvmDialect }] = await Promise.all([import("./chunk-FKKM7HNE.js"), import("./chunk-EJN7RCZQ.js")]);
    return { default: withJvmDialect(framework, "liquibase") };
  }),
  lazy(sqitch_default, () => import("./chunk-4LQ2BDA4.js")),
  lazy(flyway_default, () => import("./chunk-XEJ35VC5.js")),
  lazy(pop_default, () => import("./chunk-YSZPDZBW.js")),
  lazy(golang_migrate_default, () => import("./chunk-EVSZEDEM.js")),
  lazy(goose_default, () => import("./chunk-BEFX6C4N.js")),
  lazy(sql_migrate_default, () => import("./chunk-6ACCDGDC.js")),
  lazy(dbmate_default, () => import("./chunk-TLSOPOUJ.js")),
  lazy(sql_default, () => import("./chunk-RJCCAKAJ.js"))
];

export {
  FRAMEWORKS
};
