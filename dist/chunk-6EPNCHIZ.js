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
} from "./chunk-X5PWPUM6.js";

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
  lazy(prisma_default, () => import("./chunk-UZ6B3JHZ.js")),
  lazy(rails_default, () => import("./chunk-6GXHRZ5T.js")),
  lazy(django_default, () => import("./chunk-U2XOFNKY.js")),
  lazy(alembic_default, () => import("./chunk-SKCO6HM4.js")),
  lazy(typeorm_default, () => import("./chunk-47T2HKSS.js")),
  lazy(sequelize_default, () => import("./chunk-2ILPW26R.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-LNURARMN.js")),
  lazy(knex_default, () => import("./chunk-M6ML4FFB.js")),
  lazy(db_migrate_default, () => import("./chunk-DRBC7465.js")),
  lazy(laravel_default, () => import("./chunk-IQAYMUYG.js")),
  lazy(ecto_default, () => import("./chunk-K5SWYE7Z.js")),
  lazy(liquibase_default, () => import("./chunk-S6E44NZB.js")),
  lazy(sqitch_default, () => import("./chunk-JVMHY2YD.js")),
  lazy(flyway_default, () => import("./chunk-5XOOKHX2.js")),
  lazy(pop_default, () => import("./chunk-4VFYNXHS.js")),
  lazy(golang_migrate_default, () => import("./chunk-WYIFE5XE.js")),
  lazy(goose_default, () => import("./chunk-LWB7KFJF.js")),
  lazy(sql_migrate_default, () => import("./chunk-3OZ7OATF.js")),
  lazy(dbmate_default, () => import("./chunk-A2PNVGFO.js")),
  lazy(sql_default, () => import("./chunk-PNLYRFCJ.js"))
];

export {
  FRAMEWORKS
};
