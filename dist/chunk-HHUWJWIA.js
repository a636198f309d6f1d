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
} from "./chunk-5RELHVCB.js";

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
  lazy(prisma_default, () => import("./chunk-743OQDD4.js")),
  lazy(rails_default, () => import("./chunk-233ESNPC.js")),
  lazy(django_default, () => import("./chunk-BCQVNVVG.js")),
  lazy(alembic_default, () => import("./chunk-7IUUA3SR.js")),
  lazy(typeorm_default, () => import("./chunk-4WO6L5LB.js")),
  lazy(sequelize_default, () => import("./chunk-7ZB7EMZY.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-QIN6G4YU.js")),
  lazy(knex_default, () => import("./chunk-BRNDBTMS.js")),
  lazy(db_migrate_default, () => import("./chunk-AVLOCKI3.js")),
  lazy(laravel_default, () => import("./chunk-TAIPMCB7.js")),
  lazy(ecto_default, () => import("./chunk-VIFPGGB3.js")),
  lazy(liquibase_default, () => import("./chunk-XGUXDOZD.js")),
  lazy(sqitch_default, () => import("./chunk-XIDLFTGN.js")),
  lazy(flyway_default, () => import("./chunk-N5U4C5UL.js")),
  lazy(pop_default, () => import("./chunk-AZYCUZMG.js")),
  lazy(golang_migrate_default, () => import("./chunk-UTEJIGXA.js")),
  lazy(goose_default, () => import("./chunk-5C4SIBNZ.js")),
  lazy(sql_migrate_default, () => import("./chunk-CEX7C4TC.js")),
  lazy(dbmate_default, () => import("./chunk-2VXTHKOW.js")),
  lazy(sql_default, () => import("./chunk-E4BLM5BG.js"))
];

export {
  FRAMEWORKS
};
