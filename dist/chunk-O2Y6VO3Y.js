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
} from "./chunk-R3HZROVM.js";

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
  lazy(prisma_default, () => import("./chunk-PX3C4CFW.js")),
  lazy(rails_default, () => import("./chunk-XSVFVLJO.js")),
  lazy(django_default, () => import("./chunk-JLJIFF4F.js")),
  lazy(alembic_default, () => import("./chunk-XXYXS3X6.js")),
  lazy(typeorm_default, () => import("./chunk-4J6UJIGQ.js")),
  lazy(sequelize_default, () => import("./chunk-36JGB2H5.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-UGHZNJP2.js")),
  lazy(knex_default, () => import("./chunk-C6BXQCUV.js")),
  lazy(laravel_default, () => import("./chunk-BQP2MBVF.js")),
  lazy(ecto_default, () => import("./chunk-WWV7YBHP.js")),
  lazy(liquibase_default, () => import("./chunk-HVWNI3TV.js")),
  lazy(sqitch_default, () => import("./chunk-ETUCEX75.js")),
  lazy(flyway_default, () => import("./chunk-5ZHLYA4K.js")),
  lazy(golang_migrate_default, () => import("./chunk-ZNGOH4YV.js")),
  lazy(goose_default, () => import("./chunk-JKRVZVXD.js")),
  lazy(dbmate_default, () => import("./chunk-7GT6J73F.js")),
  lazy(sql_default, () => import("./chunk-OCIKRDLV.js"))
];

export {
  FRAMEWORKS
};
