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
} from "./chunk-JPKKU526.js";

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
  lazy(prisma_default, () => import("./chunk-IMQHVAYM.js")),
  lazy(rails_default, () => import("./chunk-HCVEX4L3.js")),
  lazy(django_default, () => import("./chunk-GI3OCKGN.js")),
  lazy(alembic_default, () => import("./chunk-4TDIE6G4.js")),
  lazy(typeorm_default, () => import("./chunk-LDPRDQ3F.js")),
  lazy(sequelize_default, () => import("./chunk-XJIK7OH3.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-NX7ZCV2E.js")),
  lazy(knex_default, () => import("./chunk-T4H5XML3.js")),
  lazy(laravel_default, () => import("./chunk-P3B2IAMA.js")),
  lazy(ecto_default, () => import("./chunk-VBFYDMO6.js")),
  lazy(liquibase_default, () => import("./chunk-M2SRLT6N.js")),
  lazy(sqitch_default, () => import("./chunk-HCIUI2GC.js")),
  lazy(flyway_default, () => import("./chunk-CLQBQSB4.js")),
  lazy(golang_migrate_default, () => import("./chunk-AD3ULCXB.js")),
  lazy(goose_default, () => import("./chunk-ISAO7BCL.js")),
  lazy(dbmate_default, () => import("./chunk-5HDYW4U5.js")),
  lazy(sql_default, () => import("./chunk-GC456FTC.js"))
];

export {
  FRAMEWORKS
};
