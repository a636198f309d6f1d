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
} from "./chunk-5DX5IBIJ.js";

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
  lazy(prisma_default, () => import("./chunk-U5QO2YFO.js")),
  lazy(rails_default, () => import("./chunk-DA6RODLU.js")),
  lazy(django_default, () => import("./chunk-HHVNOAMN.js")),
  lazy(alembic_default, () => import("./chunk-HTHVN2L6.js")),
  lazy(typeorm_default, () => import("./chunk-PXVLT67E.js")),
  lazy(sequelize_default, () => import("./chunk-C6IWQ4PI.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-4AEVJLZB.js")),
  lazy(knex_default, () => import("./chunk-M4FALOIC.js")),
  lazy(db_migrate_default, () => import("./chunk-IYSKPSYD.js")),
  lazy(laravel_default, () => import("./chunk-BFHB2HFR.js")),
  lazy(ecto_default, () => import("./chunk-WZY7YGEL.js")),
  lazy(liquibase_default, () => import("./chunk-ERBNA5JY.js")),
  lazy(sqitch_default, () => import("./chunk-AUXQLFWV.js")),
  lazy(flyway_default, () => import("./chunk-4TWOLGU3.js")),
  lazy(pop_default, () => import("./chunk-Q37DOXGQ.js")),
  lazy(golang_migrate_default, () => import("./chunk-6MP6226G.js")),
  lazy(goose_default, () => import("./chunk-PRHZ6TNB.js")),
  lazy(sql_migrate_default, () => import("./chunk-NSFSBFMO.js")),
  lazy(dbmate_default, () => import("./chunk-SN2EECWC.js")),
  lazy(sql_default, () => import("./chunk-PIWIYMS7.js"))
];

export {
  FRAMEWORKS
};
