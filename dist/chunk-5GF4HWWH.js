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
} from "./chunk-6XYOJLIT.js";

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
  lazy(prisma_default, () => import("./chunk-FK6XUQYU.js")),
  lazy(rails_default, () => import("./chunk-52XX6IWN.js")),
  lazy(django_default, () => import("./chunk-OEMVFA7G.js")),
  lazy(alembic_default, () => import("./chunk-D7AJFAYH.js")),
  lazy(typeorm_default, () => import("./chunk-UW3PW6MQ.js")),
  lazy(sequelize_default, () => import("./chunk-3AABUAH5.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-SFQK6U66.js")),
  lazy(knex_default, () => import("./chunk-ECN3MA4X.js")),
  lazy(db_migrate_default, () => import("./chunk-PYDXDABE.js")),
  lazy(laravel_default, () => import("./chunk-FHAXONDC.js")),
  lazy(ecto_default, () => import("./chunk-3FKYGCPM.js")),
  lazy(liquibase_default, () => import("./chunk-ZCRZ5NPP.js")),
  lazy(sqitch_default, () => import("./chunk-4M6PXRDY.js")),
  lazy(flyway_default, () => import("./chunk-2RKCIMGG.js")),
  lazy(pop_default, () => import("./chunk-LXDRDJFE.js")),
  lazy(golang_migrate_default, () => import("./chunk-NCMCTQJC.js")),
  lazy(goose_default, () => import("./chunk-53D5HSZF.js")),
  lazy(sql_migrate_default, () => import("./chunk-X3ZPLKF5.js")),
  lazy(dbmate_default, () => import("./chunk-SUDB6YQH.js")),
  lazy(sql_default, () => import("./chunk-ZWSXRF67.js"))
];

export {
  FRAMEWORKS
};
