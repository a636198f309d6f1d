import { createRequire as __rrCreateRequire } from 'node:module';
import { fileURLToPath as __rrFileURLToPath } from 'node:url';
import { dirname as __rrDirname } from 'node:path';
const require = __rrCreateRequire(import.meta.url);
const __filename = __rrFileURLToPath(import.meta.url);
const __dirname = __rrDirname(__filename);
import {
  alembic_default,
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
  prisma_default,
  rails_default,
  sequelize_default,
  sqitch_default,
  sql_default,
  typeorm_default
} from "./chunk-ZBPPAGKK.js";

// src/core/frameworks/index.ts
function lazy(meta, load) {
  let loaded;
  return {
    ...meta,
    analyse: async (input) => {
      loaded ??= (await load()).default;
      return loaded.analyse(input);
    }
  };
}
var FRAMEWORKS = [
  lazy(prisma_default, () => import("./chunk-YT42XPLY.js")),
  lazy(rails_default, () => import("./chunk-CYSRZOZ6.js")),
  lazy(django_default, () => import("./chunk-FTJ6BYXJ.js")),
  lazy(alembic_default, () => import("./chunk-7IQEB25A.js")),
  lazy(typeorm_default, () => import("./chunk-UKPIGVAL.js")),
  lazy(sequelize_default, () => import("./chunk-HIBCDRBD.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-PYXVXKON.js")),
  lazy(knex_default, () => import("./chunk-TJ2PYAHZ.js")),
  lazy(laravel_default, () => import("./chunk-RFITBYDS.js")),
  lazy(ecto_default, () => import("./chunk-ZYO2RWTO.js")),
  lazy(liquibase_default, () => import("./chunk-NZ3KO3AN.js")),
  lazy(sqitch_default, () => import("./chunk-A2ATKSEY.js")),
  lazy(flyway_default, () => import("./chunk-JK2FNGXS.js")),
  lazy(golang_migrate_default, () => import("./chunk-KAK6HO6L.js")),
  lazy(goose_default, () => import("./chunk-NK3J2ORI.js")),
  lazy(dbmate_default, () => import("./chunk-F4DEKWNZ.js")),
  lazy(sql_default, () => import("./chunk-3DAYFOU6.js"))
];

export {
  FRAMEWORKS
};
