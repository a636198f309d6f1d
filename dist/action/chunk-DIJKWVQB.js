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
} from "./chunk-DUNUEHRS.js";

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
  lazy(prisma_default, () => import("./chunk-RAZPJWLQ.js")),
  lazy(rails_default, () => import("./chunk-NU26LY6N.js")),
  lazy(django_default, () => import("./chunk-IRLZIVK5.js")),
  lazy(alembic_default, () => import("./chunk-VTKNZ4PZ.js")),
  lazy(typeorm_default, () => import("./chunk-HC4JB3IH.js")),
  lazy(sequelize_default, () => import("./chunk-NJTJNG6C.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-YDIW6Q2J.js")),
  lazy(knex_default, () => import("./chunk-2XM25NPJ.js")),
  lazy(db_migrate_default, () => import("./chunk-SMFRMJJD.js")),
  lazy(laravel_default, () => import("./chunk-KRSZWJDH.js")),
  lazy(ecto_default, () => import("./chunk-ICLGNEDR.js")),
  lazy(liquibase_default, () => import("./chunk-LWMWAWPC.js")),
  lazy(sqitch_default, () => import("./chunk-TVVECODO.js")),
  lazy(flyway_default, () => import("./chunk-TUHGSEVB.js")),
  lazy(pop_default, () => import("./chunk-CXFE7UY3.js")),
  lazy(golang_migrate_default, () => import("./chunk-QZZWIAKA.js")),
  lazy(goose_default, () => import("./chunk-MMSTMMVQ.js")),
  lazy(sql_migrate_default, () => import("./chunk-34GWKVJJ.js")),
  lazy(dbmate_default, () => import("./chunk-AZSEDOP5.js")),
  lazy(sql_default, () => import("./chunk-GXBYFQOL.js"))
];

export {
  FRAMEWORKS
};
