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
  lazy(prisma_default, () => import("./chunk-6J7AOQTZ.js")),
  lazy(rails_default, () => import("./chunk-CAFWTLTX.js")),
  lazy(django_default, () => import("./chunk-Z3ABTZFW.js")),
  lazy(alembic_default, () => import("./chunk-DPJTACXO.js")),
  lazy(typeorm_default, () => import("./chunk-TRYKDTGB.js")),
  lazy(sequelize_default, () => import("./chunk-BYJOPWKF.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-JIEXGY3M.js")),
  lazy(knex_default, () => import("./chunk-456AXV2F.js")),
  lazy(laravel_default, () => import("./chunk-XKV7HCXS.js")),
  lazy(ecto_default, () => import("./chunk-AEPUMGPD.js")),
  lazy(liquibase_default, () => import("./chunk-Y6RFS7QE.js")),
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
