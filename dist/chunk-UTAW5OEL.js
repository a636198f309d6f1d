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
} from "./chunk-7UVFOPD5.js";

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
  lazy(prisma_default, () => import("./chunk-S4OWHR6G.js")),
  lazy(rails_default, () => import("./chunk-X2OKPFKP.js")),
  lazy(django_default, () => import("./chunk-NXSG63UY.js")),
  lazy(alembic_default, () => import("./chunk-S7HU2CFP.js")),
  lazy(typeorm_default, () => import("./chunk-5Q5S7XIW.js")),
  lazy(sequelize_default, () => import("./chunk-TFG24SFK.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-ZH2GVLKU.js")),
  lazy(knex_default, () => import("./chunk-RR55QGMG.js")),
  lazy(db_migrate_default, () => import("./chunk-RCREQF2R.js")),
  lazy(laravel_default, () => import("./chunk-TXQAMQCM.js")),
  lazy(ecto_default, () => import("./chunk-WRD4UU6G.js")),
  lazy(liquibase_default, () => import("./chunk-WQGIBXQA.js")),
  lazy(sqitch_default, () => import("./chunk-SZYNU6AD.js")),
  lazy(flyway_default, () => import("./chunk-5D5ZOVVK.js")),
  lazy(pop_default, () => import("./chunk-J7U6ANV7.js")),
  lazy(golang_migrate_default, () => import("./chunk-4SKRAEAS.js")),
  lazy(goose_default, () => import("./chunk-ZHFAPCRZ.js")),
  lazy(sql_migrate_default, () => import("./chunk-VLD5XHC5.js")),
  lazy(dbmate_default, () => import("./chunk-KAON36TH.js")),
  lazy(sql_default, () => import("./chunk-F5SUCCJY.js"))
];

export {
  FRAMEWORKS
};
