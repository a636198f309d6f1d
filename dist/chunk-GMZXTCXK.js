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
} from "./chunk-WNUN43F5.js";

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
  lazy(prisma_default, () => import("./chunk-MKIDA2RO.js")),
  lazy(rails_default, () => import("./chunk-XTKLIF6K.js")),
  lazy(django_default, () => import("./chunk-G4ZCVIYL.js")),
  lazy(alembic_default, () => import("./chunk-6I4TAXEH.js")),
  lazy(typeorm_default, () => import("./chunk-FY4ALJVF.js")),
  lazy(sequelize_default, () => import("./chunk-WYIG533D.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-GYTVGZRX.js")),
  lazy(knex_default, () => import("./chunk-HFQAYCO6.js")),
  lazy(db_migrate_default, () => import("./chunk-KKLZ2WMH.js")),
  lazy(laravel_default, () => import("./chunk-SALSQOPF.js")),
  lazy(ecto_default, () => import("./chunk-CFFYXICD.js")),
  lazy(liquibase_default, () => import("./chunk-H5IE5OFF.js")),
  lazy(sqitch_default, () => import("./chunk-5N5I5DMG.js")),
  lazy(flyway_default, () => import("./chunk-HEXGXYXZ.js")),
  lazy(pop_default, () => import("./chunk-MIAJSWXC.js")),
  lazy(golang_migrate_default, () => import("./chunk-W7JJNLYX.js")),
  lazy(goose_default, () => import("./chunk-MAAMTGQD.js")),
  lazy(sql_migrate_default, () => import("./chunk-VTZPSI3B.js")),
  lazy(dbmate_default, () => import("./chunk-T4BC3ZCI.js")),
  lazy(sql_default, () => import("./chunk-3MPP56EO.js"))
];

export {
  FRAMEWORKS
};
