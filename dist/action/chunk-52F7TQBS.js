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
} from "./chunk-E6KR2V2F.js";

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
  lazy(prisma_default, () => import("./chunk-OKQ7VOS7.js")),
  lazy(rails_default, () => import("./chunk-76OONDT4.js")),
  lazy(django_default, () => import("./chunk-TJOWJ4F7.js")),
  lazy(alembic_default, () => import("./chunk-ACTTCAFE.js")),
  lazy(typeorm_default, () => import("./chunk-RIONTAY6.js")),
  lazy(sequelize_default, () => import("./chunk-RX6YIZSA.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-K7H4VSA5.js")),
  lazy(knex_default, () => import("./chunk-OPYO7FQ3.js")),
  lazy(db_migrate_default, () => import("./chunk-32CPPDBA.js")),
  lazy(laravel_default, () => import("./chunk-QNS5Y2PX.js")),
  lazy(ecto_default, () => import("./chunk-J6YFTQIH.js")),
  // A changelog under a Spring Boot app's resources: the database its config names (src/core/frameworks/jvm-dialect.ts).
  lazy(liquibase_default, async () => {
    const [{ default: framework }, { withJvmDialect }] = await Promise.all([import("./chunk-QBPKIVZE.js"), import("./chunk-7AZD7H3O.js")]);
    return { default: withJvmDialect(framework, "liquibase") };
  }),
  lazy(sqitch_default, () => import("./chunk-COWEOSIJ.js")),
  lazy(flyway_default, () => import("./chunk-QO2JFGO5.js")),
  lazy(pop_default, () => import("./chunk-TIPW56U7.js")),
  lazy(golang_migrate_default, () => import("./chunk-SHH2AMQH.js")),
  lazy(goose_default, () => import("./chunk-I72762VE.js")),
  lazy(sql_migrate_default, () => import("./chunk-DUZYYOVZ.js")),
  lazy(dbmate_default, () => import("./chunk-U2BDGSNA.js")),
  lazy(sql_default, () => import("./chunk-UQLFNBX3.js"))
];

export {
  FRAMEWORKS
};
