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
} from "./chunk-QOM4AXDV.js";

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
  lazy(prisma_default, () => import("./chunk-UJWE734K.js")),
  lazy(rails_default, () => import("./chunk-25TSOC6P.js")),
  lazy(django_default, () => import("./chunk-DWJONQMP.js")),
  lazy(alembic_default, () => import("./chunk-R24TER2Q.js")),
  lazy(typeorm_default, () => import("./chunk-6AD4LCBS.js")),
  lazy(sequelize_default, () => import("./chunk-GUSKBGZZ.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-7CAHLY7M.js")),
  lazy(knex_default, () => import("./chunk-RVTL2U6F.js")),
  lazy(db_migrate_default, () => import("./chunk-VWIOARKL.js")),
  lazy(laravel_default, () => import("./chunk-JY22UVZN.js")),
  lazy(ecto_default, () => import("./chunk-WCG3Q3JS.js")),
  lazy(liquibase_default, () => import("./chunk-L7WI5ETG.js")),
  lazy(sqitch_default, () => import("./chunk-4AHUC7TN.js")),
  lazy(flyway_default, () => import("./chunk-QWIIWZSG.js")),
  lazy(pop_default, () => import("./chunk-SDQMN5A3.js")),
  lazy(golang_migrate_default, () => import("./chunk-LM2YRSVB.js")),
  lazy(goose_default, () => import("./chunk-ZUCESGWD.js")),
  lazy(sql_migrate_default, () => import("./chunk-4ZP6COWG.js")),
  lazy(dbmate_default, () => import("./chunk-WVPED3ED.js")),
  lazy(sql_default, () => import("./chunk-JD3JVOPY.js"))
];

export {
  FRAMEWORKS
};
