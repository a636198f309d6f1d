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
} from "./chunk-ZUYLCIN7.js";

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
  lazy(prisma_default, () => import("./chunk-IDUXERRJ.js")),
  lazy(rails_default, () => import("./chunk-WWNIFCXY.js")),
  lazy(django_default, () => import("./chunk-PTCE42CA.js")),
  lazy(alembic_default, () => import("./chunk-KMVUKUW6.js")),
  lazy(typeorm_default, () => import("./chunk-MDVES44U.js")),
  lazy(sequelize_default, () => import("./chunk-LGXJGITA.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-IJJHVYUM.js")),
  lazy(knex_default, () => import("./chunk-64ATWQFM.js")),
  lazy(db_migrate_default, () => import("./chunk-VD3PYSPN.js")),
  lazy(laravel_default, () => import("./chunk-BTXTJ7HR.js")),
  lazy(ecto_default, () => import("./chunk-637VEEUL.js")),
  lazy(liquibase_default, () => import("./chunk-JNGFGBY7.js")),
  lazy(sqitch_default, () => import("./chunk-ZPIUHVKP.js")),
  lazy(flyway_default, () => import("./chunk-WG34JEC3.js")),
  lazy(pop_default, () => import("./chunk-QHDF6OLO.js")),
  lazy(golang_migrate_default, () => import("./chunk-Z4J5HF3L.js")),
  lazy(goose_default, () => import("./chunk-2LQOEEKK.js")),
  lazy(sql_migrate_default, () => import("./chunk-DBXCBTJC.js")),
  lazy(dbmate_default, () => import("./chunk-SYGTFM4G.js")),
  lazy(sql_default, () => import("./chunk-QZ2LPV6A.js"))
];

export {
  FRAMEWORKS
};
