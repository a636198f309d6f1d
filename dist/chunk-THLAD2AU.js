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
} from "./chunk-4AYORTSX.js";

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
  lazy(prisma_default, () => import("./chunk-DQUCQXQA.js")),
  lazy(rails_default, () => import("./chunk-QOHJSP7P.js")),
  lazy(django_default, () => import("./chunk-WWMYUSZX.js")),
  lazy(alembic_default, () => import("./chunk-RT5EKI6E.js")),
  lazy(typeorm_default, () => import("./chunk-ZBQWAN6C.js")),
  lazy(sequelize_default, () => import("./chunk-EHCTL6I4.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-Y743XIJZ.js")),
  lazy(knex_default, () => import("./chunk-5Y33MVR3.js")),
  lazy(db_migrate_default, () => import("./chunk-DIFYSPPR.js")),
  lazy(laravel_default, () => import("./chunk-AYWWU24O.js")),
  lazy(ecto_default, () => import("./chunk-LE5IUI6B.js")),
  lazy(liquibase_default, () => import("./chunk-WGQC7GZ6.js")),
  lazy(sqitch_default, () => import("./chunk-Z536WPBO.js")),
  lazy(flyway_default, () => import("./chunk-B6WBJ6WN.js")),
  lazy(pop_default, () => import("./chunk-QQHY4ISP.js")),
  lazy(golang_migrate_default, () => import("./chunk-V6OQNLIR.js")),
  lazy(goose_default, () => import("./chunk-XIZCOHZ4.js")),
  lazy(sql_migrate_default, () => import("./chunk-PA7M47DP.js")),
  lazy(dbmate_default, () => import("./chunk-3P2DPLWF.js")),
  lazy(sql_default, () => import("./chunk-AAHBQJCJ.js"))
];

export {
  FRAMEWORKS
};
