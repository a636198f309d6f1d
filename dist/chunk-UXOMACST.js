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
} from "./chunk-4ISQNYA5.js";

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
  lazy(prisma_default, () => import("./chunk-RVE4Q75M.js")),
  lazy(rails_default, () => import("./chunk-ONZMZJR7.js")),
  lazy(django_default, () => import("./chunk-OHDNUCD3.js")),
  lazy(alembic_default, () => import("./chunk-OPXODTCU.js")),
  lazy(typeorm_default, () => import("./chunk-FTY6CRF6.js")),
  lazy(sequelize_default, () => import("./chunk-2IR4RCTL.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-FZHJJPD6.js")),
  lazy(knex_default, () => import("./chunk-CLUQOHX6.js")),
  lazy(db_migrate_default, () => import("./chunk-ADE2JQ6C.js")),
  lazy(laravel_default, () => import("./chunk-TUDPQZYZ.js")),
  lazy(ecto_default, () => import("./chunk-5FWUUOR3.js")),
  // A changelog under a Spring Boot app's resources: the database its config names (src/core/frameworks/jvm-dialect.ts).
  lazy(liquibase_default, async () => {
    const [{ default: framework }, { withJvmDialect }] = await Promise.all([import("./chunk-M6RYAOCC.js"), import("./chunk-ZRCCOART.js")]);
    return { default: withJvmDialect(framework, "liquibase") };
  }),
  lazy(sqitch_default, () => import("./chunk-3C45KTXD.js")),
  lazy(flyway_default, () => import("./chunk-GEFKHBCG.js")),
  lazy(pop_default, () => import("./chunk-MI7EYFR3.js")),
  lazy(golang_migrate_default, () => import("./chunk-METVFY3M.js")),
  lazy(goose_default, () => import("./chunk-SLEBGMOO.js")),
  lazy(sql_migrate_default, () => import("./chunk-2MZ2EROU.js")),
  lazy(dbmate_default, () => import("./chunk-WI5ZKWPC.js")),
  lazy(sql_default, () => import("./chunk-KSGRYWHJ.js"))
];

export {
  FRAMEWORKS
};
