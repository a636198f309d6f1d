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
} from "./chunk-SSCQAWU3.js";

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
  lazy(prisma_default, () => import("./chunk-2CMUJMFD.js")),
  lazy(rails_default, () => import("./chunk-6GUPUNQR.js")),
  lazy(django_default, () => import("./chunk-5RQFGNP5.js")),
  lazy(alembic_default, () => import("./chunk-32URXLOR.js")),
  lazy(typeorm_default, () => import("./chunk-NHXJEDRI.js")),
  lazy(sequelize_default, () => import("./chunk-JQEC4U3X.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-3KI7NCNH.js")),
  lazy(knex_default, () => import("./chunk-QWLNEAWJ.js")),
  lazy(db_migrate_default, () => import("./chunk-RC75UIL6.js")),
  lazy(laravel_default, () => import("./chunk-OLSXMOZV.js")),
  lazy(ecto_default, () => import("./chunk-M6OYK7JL.js")),
  lazy(liquibase_default, () => import("./chunk-TYIWAGMQ.js")),
  lazy(sqitch_default, () => import("./chunk-R7GKXCK4.js")),
  lazy(flyway_default, () => import("./chunk-IEE5Z2H6.js")),
  lazy(pop_default, () => import("./chunk-ILQGUZLD.js")),
  lazy(golang_migrate_default, () => import("./chunk-375244AW.js")),
  lazy(goose_default, () => import("./chunk-Z5BWKHNH.js")),
  lazy(sql_migrate_default, () => import("./chunk-I5NHOVVZ.js")),
  lazy(dbmate_default, () => import("./chunk-UM23HSJQ.js")),
  lazy(sql_default, () => import("./chunk-SCV3V47S.js"))
];

export {
  FRAMEWORKS
};
