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
} from "./chunk-EDZVOD4D.js";

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
  lazy(prisma_default, () => import("./chunk-MJX4WOMG.js")),
  lazy(rails_default, () => import("./chunk-NLUGNJIY.js")),
  lazy(django_default, () => import("./chunk-HWSOLVMJ.js")),
  lazy(alembic_default, () => import("./chunk-CYSVLUDR.js")),
  lazy(typeorm_default, () => import("./chunk-7BCA4KRD.js")),
  lazy(sequelize_default, () => import("./chunk-2YYVSJKU.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-ZABGPCXW.js")),
  lazy(knex_default, () => import("./chunk-GEXV77YH.js")),
  lazy(laravel_default, () => import("./chunk-OEMKLRWL.js")),
  lazy(ecto_default, () => import("./chunk-Y2RYVSZN.js")),
  lazy(liquibase_default, () => import("./chunk-5VJRN3ZI.js")),
  lazy(sqitch_default, () => import("./chunk-Y7T7ZY3O.js")),
  lazy(flyway_default, () => import("./chunk-UDDGCTBD.js")),
  lazy(golang_migrate_default, () => import("./chunk-W6W7KTKT.js")),
  lazy(goose_default, () => import("./chunk-QGW3GN7Z.js")),
  lazy(dbmate_default, () => import("./chunk-OTJ4BD72.js")),
  lazy(sql_default, () => import("./chunk-EZ5YSMF3.js"))
];

export {
  FRAMEWORKS
};
