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
} from "./chunk-5QTV34WB.js";

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
  lazy(prisma_default, () => import("./chunk-JQUKT3LX.js")),
  lazy(rails_default, () => import("./chunk-5QCK3JN5.js")),
  lazy(django_default, () => import("./chunk-RZU2DTPG.js")),
  lazy(alembic_default, () => import("./chunk-SFF4S722.js")),
  lazy(typeorm_default, () => import("./chunk-A4O77UBM.js")),
  lazy(sequelize_default, () => import("./chunk-Y476D5AB.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-DKXYCX2Q.js")),
  lazy(knex_default, () => import("./chunk-GSA7WE3C.js")),
  lazy(db_migrate_default, () => import("./chunk-IRTESF3P.js")),
  lazy(laravel_default, () => import("./chunk-YOTFL45C.js")),
  lazy(ecto_default, () => import("./chunk-EMLONUW7.js")),
  lazy(liquibase_default, () => import("./chunk-ARHJYZJG.js")),
  lazy(sqitch_default, () => import("./chunk-5P6Q5475.js")),
  lazy(flyway_default, () => import("./chunk-X2VWJZE4.js")),
  lazy(pop_default, () => import("./chunk-DOHGKBSS.js")),
  lazy(golang_migrate_default, () => import("./chunk-AL5NMBCO.js")),
  lazy(goose_default, () => import("./chunk-EBKYVEVD.js")),
  lazy(sql_migrate_default, () => import("./chunk-BUPS6KFB.js")),
  lazy(dbmate_default, () => import("./chunk-FDHNH34O.js")),
  lazy(sql_default, () => import("./chunk-BU6NJXFM.js"))
];

export {
  FRAMEWORKS
};
