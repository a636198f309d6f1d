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
} from "./chunk-YO3R67CF.js";

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
  lazy(prisma_default, () => import("./chunk-OHSO75RF.js")),
  lazy(rails_default, () => import("./chunk-JPCMCOQW.js")),
  lazy(django_default, () => import("./chunk-SWMW2FDX.js")),
  lazy(alembic_default, () => import("./chunk-C5B7MWYX.js")),
  lazy(typeorm_default, () => import("./chunk-O64FSBAO.js")),
  lazy(sequelize_default, () => import("./chunk-TRQGUOVY.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-2JHX3Y6E.js")),
  lazy(knex_default, () => import("./chunk-5RMKNEJE.js")),
  lazy(db_migrate_default, () => import("./chunk-IAINDGXB.js")),
  lazy(laravel_default, () => import("./chunk-6AB6M7NP.js")),
  lazy(ecto_default, () => import("./chunk-DMROBOWU.js")),
  lazy(liquibase_default, () => import("./chunk-M3NYLCHI.js")),
  lazy(sqitch_default, () => import("./chunk-LYZDLYPN.js")),
  lazy(flyway_default, () => import("./chunk-AVJ3ICZY.js")),
  lazy(pop_default, () => import("./chunk-TLYY5OMN.js")),
  lazy(golang_migrate_default, () => import("./chunk-B74UQHIF.js")),
  lazy(goose_default, () => import("./chunk-ONNGT2IU.js")),
  lazy(sql_migrate_default, () => import("./chunk-NJKUUSW7.js")),
  lazy(dbmate_default, () => import("./chunk-RVYROUSE.js")),
  lazy(sql_default, () => import("./chunk-JZQHTKG5.js"))
];

export {
  FRAMEWORKS
};
