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
} from "./chunk-U5JHYVV2.js";

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
  lazy(prisma_default, () => import("./chunk-HLUNN726.js")),
  lazy(rails_default, () => import("./chunk-4DJT4QS7.js")),
  lazy(django_default, () => import("./chunk-FLQAKOVV.js")),
  lazy(alembic_default, () => import("./chunk-ZUVIFHOH.js")),
  lazy(typeorm_default, () => import("./chunk-QBHOC6N2.js")),
  lazy(sequelize_default, () => import("./chunk-Z7REYSL7.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-ZC62G5UX.js")),
  lazy(knex_default, () => import("./chunk-RGS4OX7W.js")),
  lazy(db_migrate_default, () => import("./chunk-MZLBZFOM.js")),
  lazy(laravel_default, () => import("./chunk-XXSGJCXX.js")),
  lazy(ecto_default, () => import("./chunk-ICVDZIGU.js")),
  // A changelog under a Spring Boot app's resources: the database its config names (src/core/frameworks/jvm-dialect.ts).
  lazy(liquibase_default, async () => {
    const [{ default: framework }, { withJvmDialect }] = await Promise.all([import("./chunk-SBQCNNRQ.js"), import("./chunk-AIFV2ZZE.js")]);
    return { default: withJvmDialect(framework, "liquibase") };
  }),
  lazy(sqitch_default, () => import("./chunk-QLMJKQ4N.js")),
  lazy(flyway_default, () => import("./chunk-WL355IFD.js")),
  lazy(pop_default, () => import("./chunk-KNT3RWHQ.js")),
  lazy(golang_migrate_default, () => import("./chunk-ZTJKAOG7.js")),
  lazy(goose_default, () => import("./chunk-24TKJQOS.js")),
  lazy(sql_migrate_default, () => import("./chunk-23O4AFWE.js")),
  lazy(dbmate_default, () => import("./chunk-PM33Z35N.js")),
  lazy(sql_default, () => import("./chunk-FGYMT6N7.js"))
];

export {
  FRAMEWORKS
};
