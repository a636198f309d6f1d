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
} from "./chunk-TROB3H56.js";

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
  lazy(prisma_default, () => import("./chunk-SPE2SDTM.js")),
  lazy(rails_default, () => import("./chunk-QYCYJV3C.js")),
  lazy(django_default, () => import("./chunk-HNERANHL.js")),
  lazy(alembic_default, () => import("./chunk-TCDQKLPH.js")),
  lazy(typeorm_default, () => import("./chunk-7GWBPBLL.js")),
  lazy(sequelize_default, () => import("./chunk-ACOYRCQM.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-W3OGF6BG.js")),
  lazy(knex_default, () => import("./chunk-4KP4ZVUA.js")),
  lazy(db_migrate_default, () => import("./chunk-NCD7CSGN.js")),
  lazy(laravel_default, () => import("./chunk-LAKM76VK.js")),
  lazy(ecto_default, () => import("./chunk-4I4XR2DV.js")),
  lazy(liquibase_default, () => import("./chunk-IIHOGY3Z.js")),
  lazy(sqitch_default, () => import("./chunk-5VAX4H67.js")),
  lazy(flyway_default, () => import("./chunk-XBYARQXB.js")),
  lazy(pop_default, () => import("./chunk-RLLZECOH.js")),
  lazy(golang_migrate_default, () => import("./chunk-TJQ5GT6V.js")),
  lazy(goose_default, () => import("./chunk-NHM7NA7E.js")),
  lazy(sql_migrate_default, () => import("./chunk-EXHNFADU.js")),
  lazy(dbmate_default, () => import("./chunk-F7P5BWS2.js")),
  lazy(sql_default, () => import("./chunk-YWLRYRJW.js"))
];

export {
  FRAMEWORKS
};
