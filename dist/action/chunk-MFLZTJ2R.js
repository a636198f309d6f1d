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
} from "./chunk-CRJ3JAIM.js";

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
  lazy(prisma_default, () => import("./chunk-HE5ENXKN.js")),
  lazy(rails_default, () => import("./chunk-KFW7SVMT.js")),
  lazy(django_default, () => import("./chunk-N4V4CIF3.js")),
  lazy(alembic_default, () => import("./chunk-5Y7XQQGU.js")),
  lazy(typeorm_default, () => import("./chunk-WUI5ONTA.js")),
  lazy(sequelize_default, () => import("./chunk-YSG6QRS6.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-MGAO2UH2.js")),
  lazy(knex_default, () => import("./chunk-2K2K6WOZ.js")),
  lazy(db_migrate_default, () => import("./chunk-Z4IW4423.js")),
  lazy(laravel_default, () => import("./chunk-PSDIYAC7.js")),
  lazy(ecto_default, () => import("./chunk-3OQYBDT6.js")),
  lazy(liquibase_default, () => import("./chunk-BGOX57TP.js")),
  lazy(sqitch_default, () => import("./chunk-S5HJFJRN.js")),
  lazy(flyway_default, () => import("./chunk-SUB55ZWH.js")),
  lazy(pop_default, () => import("./chunk-GKR7GBSE.js")),
  lazy(golang_migrate_default, () => import("./chunk-M6YXW6MJ.js")),
  lazy(goose_default, () => import("./chunk-SGZITDHU.js")),
  lazy(sql_migrate_default, () => import("./chunk-NFRFR2FN.js")),
  lazy(dbmate_default, () => import("./chunk-YQSIPWVD.js")),
  lazy(sql_default, () => import("./chunk-PFB5TD74.js"))
];

export {
  FRAMEWORKS
};
