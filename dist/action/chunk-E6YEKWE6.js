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
} from "./chunk-ZATQJJIG.js";

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
  lazy(prisma_default, () => import("./chunk-CYZYOMK7.js")),
  lazy(rails_default, () => import("./chunk-HLOHZ45I.js")),
  lazy(django_default, () => import("./chunk-2GYKOU26.js")),
  lazy(alembic_default, () => import("./chunk-RMS3EBQF.js")),
  lazy(typeorm_default, () => import("./chunk-2N6RPJVE.js")),
  lazy(sequelize_default, () => import("./chunk-QZOEPUG6.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-6GI6LASH.js")),
  lazy(knex_default, () => import("./chunk-3JYEWLCR.js")),
  lazy(db_migrate_default, () => import("./chunk-2BPBS2UH.js")),
  lazy(laravel_default, () => import("./chunk-5E2IDUNS.js")),
  lazy(ecto_default, () => import("./chunk-SHIK54NW.js")),
  lazy(liquibase_default, () => import("./chunk-4JVEAELP.js")),
  lazy(sqitch_default, () => import("./chunk-CRQYL2IU.js")),
  lazy(flyway_default, () => import("./chunk-HVSMM4TB.js")),
  lazy(pop_default, () => import("./chunk-V72H5S5S.js")),
  lazy(golang_migrate_default, () => import("./chunk-LA7BGSBB.js")),
  lazy(goose_default, () => import("./chunk-FFZ3ZYZU.js")),
  lazy(sql_migrate_default, () => import("./chunk-7SOJUY57.js")),
  lazy(dbmate_default, () => import("./chunk-NMDVY4CS.js")),
  lazy(sql_default, () => import("./chunk-VC3MNCU5.js"))
];

export {
  FRAMEWORKS
};
