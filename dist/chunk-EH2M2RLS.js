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
} from "./chunk-D3IOWSLB.js";

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
  lazy(prisma_default, () => import("./chunk-Y75CZQEC.js")),
  lazy(rails_default, () => import("./chunk-GXCRAI2J.js")),
  lazy(django_default, () => import("./chunk-XQH3UKUD.js")),
  lazy(alembic_default, () => import("./chunk-KW4S2ORB.js")),
  lazy(typeorm_default, () => import("./chunk-E4POOPFE.js")),
  lazy(sequelize_default, () => import("./chunk-2URTASYU.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-WHBZIDO6.js")),
  lazy(knex_default, () => import("./chunk-HFDZDVWT.js")),
  lazy(db_migrate_default, () => import("./chunk-4G66SQ5V.js")),
  lazy(laravel_default, () => import("./chunk-PX2AZMKF.js")),
  lazy(ecto_default, () => import("./chunk-7NSEUMHX.js")),
  lazy(liquibase_default, () => import("./chunk-4SWJOTCJ.js")),
  lazy(sqitch_default, () => import("./chunk-OUAYH6TW.js")),
  lazy(flyway_default, () => import("./chunk-VLL7UD3H.js")),
  lazy(pop_default, () => import("./chunk-BXZQXUCN.js")),
  lazy(golang_migrate_default, () => import("./chunk-WMDE7XZA.js")),
  lazy(goose_default, () => import("./chunk-T6YQHZRI.js")),
  lazy(sql_migrate_default, () => import("./chunk-D2VX7YJY.js")),
  lazy(dbmate_default, () => import("./chunk-HB4MMQUS.js")),
  lazy(sql_default, () => import("./chunk-2HIVGVJU.js"))
];

export {
  FRAMEWORKS
};
