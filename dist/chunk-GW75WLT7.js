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
} from "./chunk-EBEH6PX4.js";

// src/core/frameworks/index.ts
function lazy(meta, load) {
  return { ...meta, analyse: async (input) => (await load()).default.analyse(input) };
}
var FRAMEWORKS = [
  lazy(prisma_default, () => import("./chunk-D3RDTVZ7.js")),
  lazy(rails_default, () => import("./chunk-G252Z2DG.js")),
  lazy(django_default, () => import("./chunk-ATSNDR4P.js")),
  lazy(alembic_default, () => import("./chunk-KZUE7DDP.js")),
  lazy(typeorm_default, () => import("./chunk-4PGGVXOM.js")),
  lazy(sequelize_default, () => import("./chunk-OHT5ITXF.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-RFPRM4X3.js")),
  lazy(knex_default, () => import("./chunk-ADAGBZLH.js")),
  lazy(laravel_default, () => import("./chunk-EICTM5X6.js")),
  lazy(ecto_default, () => import("./chunk-64UJAUEO.js")),
  lazy(liquibase_default, () => import("./chunk-HDOFM4RX.js")),
  lazy(sqitch_default, () => import("./chunk-KMG2HVW3.js")),
  lazy(flyway_default, () => import("./chunk-IUGIHPQR.js")),
  lazy(golang_migrate_default, () => import("./chunk-LT6LHQGS.js")),
  lazy(goose_default, () => import("./chunk-YHMPC77G.js")),
  lazy(dbmate_default, () => import("./chunk-GH5OEWOE.js")),
  lazy(sql_default, () => import("./chunk-PTJ6H55F.js"))
];

export {
  FRAMEWORKS
};
