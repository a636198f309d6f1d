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
} from "./chunk-6UIW2TUB.js";

// src/core/frameworks/index.ts
function lazy(meta, load) {
  return { ...meta, analyse: async (input) => (await load()).default.analyse(input) };
}
var FRAMEWORKS = [
  lazy(prisma_default, () => import("./chunk-4X5M5Q5Y.js")),
  lazy(rails_default, () => import("./chunk-QOKPHMCD.js")),
  lazy(django_default, () => import("./chunk-RRYZXXXF.js")),
  lazy(alembic_default, () => import("./chunk-XFQF4YA3.js")),
  lazy(typeorm_default, () => import("./chunk-J3N6NI4A.js")),
  lazy(sequelize_default, () => import("./chunk-J3F3326R.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-MX7KNJ6W.js")),
  lazy(knex_default, () => import("./chunk-YAYYRIMV.js")),
  lazy(laravel_default, () => import("./chunk-PV2PI2XM.js")),
  lazy(ecto_default, () => import("./chunk-RFVT6EXC.js")),
  lazy(liquibase_default, () => import("./chunk-7A46WR2A.js")),
  lazy(sqitch_default, () => import("./chunk-F3ZU2ZEU.js")),
  lazy(flyway_default, () => import("./chunk-4IAZVEIN.js")),
  lazy(golang_migrate_default, () => import("./chunk-ECK23HY4.js")),
  lazy(goose_default, () => import("./chunk-VTRSUWOO.js")),
  lazy(dbmate_default, () => import("./chunk-KYEPI675.js")),
  lazy(sql_default, () => import("./chunk-LLRAKT5Y.js"))
];

export {
  FRAMEWORKS
};
