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
} from "./chunk-GCVZP3J2.js";

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
  lazy(prisma_default, () => import("./chunk-QNW4E6A6.js")),
  lazy(rails_default, () => import("./chunk-L2GIEYFT.js")),
  lazy(django_default, () => import("./chunk-PE2TUK7Q.js")),
  lazy(alembic_default, () => import("./chunk-O2XY6H3A.js")),
  lazy(typeorm_default, () => import("./chunk-GIRRH5FE.js")),
  lazy(sequelize_default, () => import("./chunk-ZW3H54JN.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-L7WIXU4B.js")),
  lazy(knex_default, () => import("./chunk-KPI345UD.js")),
  lazy(db_migrate_default, () => import("./chunk-NJZTNFV2.js")),
  lazy(laravel_default, () => import("./chunk-LBCUMR55.js")),
  lazy(ecto_default, () => import("./chunk-2SH5HBVI.js")),
  lazy(liquibase_default, () => import("./chunk-SWLTNR6L.js")),
  lazy(sqitch_default, () => import("./chunk-P4ST42O5.js")),
  lazy(flyway_default, () => import("./chunk-66TFTDWI.js")),
  lazy(pop_default, () => import("./chunk-FYAPLTIV.js")),
  lazy(golang_migrate_default, () => import("./chunk-MUVH2QBN.js")),
  lazy(goose_default, () => import("./chunk-AQ5QXF7V.js")),
  lazy(sql_migrate_default, () => import("./chunk-WJXKINRO.js")),
  lazy(dbmate_default, () => import("./chunk-3D5MPIBU.js")),
  lazy(sql_default, () => import("./chunk-TXHEMEPY.js"))
];

export {
  FRAMEWORKS
};
