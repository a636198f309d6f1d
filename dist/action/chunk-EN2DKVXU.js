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
} from "./chunk-VOHDI7MM.js";

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
  lazy(prisma_default, () => import("./chunk-BAN3W7U3.js")),
  lazy(rails_default, () => import("./chunk-FMBHFBWG.js")),
  lazy(django_default, () => import("./chunk-L4JUCR2W.js")),
  lazy(alembic_default, () => import("./chunk-I2SF7JXB.js")),
  lazy(typeorm_default, () => import("./chunk-JATNH4AB.js")),
  lazy(sequelize_default, () => import("./chunk-7XTWUXMX.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-6PCPV7UB.js")),
  lazy(knex_default, () => import("./chunk-SWIO7FZ5.js")),
  lazy(db_migrate_default, () => import("./chunk-QQM5RMXC.js")),
  lazy(laravel_default, () => import("./chunk-2WYBFNCQ.js")),
  lazy(ecto_default, () => import("./chunk-2MTBRLOZ.js")),
  lazy(liquibase_default, () => import("./chunk-YQB6XG2S.js")),
  lazy(sqitch_default, () => import("./chunk-ROC4MTSI.js")),
  lazy(flyway_default, () => import("./chunk-I7O44KF5.js")),
  lazy(pop_default, () => import("./chunk-TYRBDDHU.js")),
  lazy(golang_migrate_default, () => import("./chunk-JE32N32K.js")),
  lazy(goose_default, () => import("./chunk-NJBQU47Z.js")),
  lazy(sql_migrate_default, () => import("./chunk-ALNJ3UKU.js")),
  lazy(dbmate_default, () => import("./chunk-L7VZKGNA.js")),
  lazy(sql_default, () => import("./chunk-NFN3G3QP.js"))
];

export {
  FRAMEWORKS
};
