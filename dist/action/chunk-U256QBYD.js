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
} from "./chunk-L35ZYY4W.js";

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
  lazy(prisma_default, () => import("./chunk-6KNN2ZDS.js")),
  lazy(rails_default, () => import("./chunk-SAMBF5RW.js")),
  lazy(django_default, () => import("./chunk-XYUK54RE.js")),
  lazy(alembic_default, () => import("./chunk-HFRLQEQM.js")),
  lazy(typeorm_default, () => import("./chunk-L4NQEAVZ.js")),
  lazy(sequelize_default, () => import("./chunk-EGCSEAET.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-EEEFWLD3.js")),
  lazy(knex_default, () => import("./chunk-E6JMK23K.js")),
  lazy(db_migrate_default, () => import("./chunk-IBEPNJ4L.js")),
  lazy(laravel_default, () => import("./chunk-HJK2ICEA.js")),
  lazy(ecto_default, () => import("./chunk-B5ULFMLU.js")),
  lazy(liquibase_default, () => import("./chunk-SB6NHRGT.js")),
  lazy(sqitch_default, () => import("./chunk-PK7RVA3Q.js")),
  lazy(flyway_default, () => import("./chunk-HGVQNOFO.js")),
  lazy(pop_default, () => import("./chunk-RSUUKTDY.js")),
  lazy(golang_migrate_default, () => import("./chunk-VNBCMIR5.js")),
  lazy(goose_default, () => import("./chunk-5A4WB6DK.js")),
  lazy(sql_migrate_default, () => import("./chunk-ZHW34DGS.js")),
  lazy(dbmate_default, () => import("./chunk-ORSDFX3K.js")),
  lazy(sql_default, () => import("./chunk-FSG7YUK3.js"))
];

export {
  FRAMEWORKS
};
