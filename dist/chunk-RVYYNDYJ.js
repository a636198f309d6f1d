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
} from "./chunk-USLV4C2A.js";

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
  lazy(prisma_default, () => import("./chunk-RTUDM2YM.js")),
  lazy(rails_default, () => import("./chunk-RQTMCDUG.js")),
  lazy(django_default, () => import("./chunk-SI43DOVH.js")),
  lazy(alembic_default, () => import("./chunk-VJORSTIW.js")),
  lazy(typeorm_default, () => import("./chunk-E2B6NITU.js")),
  lazy(sequelize_default, () => import("./chunk-OAMBR2YI.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-7TSAIMR6.js")),
  lazy(knex_default, () => import("./chunk-32ZNVEM3.js")),
  lazy(db_migrate_default, () => import("./chunk-3NJC4N7P.js")),
  lazy(laravel_default, () => import("./chunk-UUQRU47P.js")),
  lazy(ecto_default, () => import("./chunk-QXVEQGJ4.js")),
  lazy(liquibase_default, () => import("./chunk-VLYS5XXP.js")),
  lazy(sqitch_default, () => import("./chunk-PE3QEMW4.js")),
  lazy(flyway_default, () => import("./chunk-3UHDVGR7.js")),
  lazy(pop_default, () => import("./chunk-DVXZ5ZBY.js")),
  lazy(golang_migrate_default, () => import("./chunk-YVSSGE3Q.js")),
  lazy(goose_default, () => import("./chunk-GFBSWYSH.js")),
  lazy(sql_migrate_default, () => import("./chunk-3RN2UB4U.js")),
  lazy(dbmate_default, () => import("./chunk-STB5654G.js")),
  lazy(sql_default, () => import("./chunk-7I3ZHI2Y.js"))
];

export {
  FRAMEWORKS
};
