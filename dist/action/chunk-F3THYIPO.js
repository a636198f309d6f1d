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
} from "./chunk-FXMPNRZX.js";

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
  lazy(prisma_default, () => import("./chunk-NB3N3BI5.js")),
  lazy(rails_default, () => import("./chunk-A5LDTYHK.js")),
  lazy(django_default, () => import("./chunk-DE5CPVVE.js")),
  lazy(alembic_default, () => import("./chunk-A32JD3IL.js")),
  lazy(typeorm_default, () => import("./chunk-WC3377FA.js")),
  lazy(sequelize_default, () => import("./chunk-Z32II3E5.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-6P5BIMV6.js")),
  lazy(knex_default, () => import("./chunk-KENT2JGJ.js")),
  lazy(db_migrate_default, () => import("./chunk-43NP2F3N.js")),
  lazy(laravel_default, () => import("./chunk-MWKLG463.js")),
  lazy(ecto_default, () => import("./chunk-JELY5ZWT.js")),
  lazy(liquibase_default, () => import("./chunk-LWI7UFZ4.js")),
  lazy(sqitch_default, () => import("./chunk-Y6MQ7LAO.js")),
  lazy(flyway_default, () => import("./chunk-QPLE3KW7.js")),
  lazy(pop_default, () => import("./chunk-AQPKQFE4.js")),
  lazy(golang_migrate_default, () => import("./chunk-R7JKUIX6.js")),
  lazy(goose_default, () => import("./chunk-5RN54F66.js")),
  lazy(sql_migrate_default, () => import("./chunk-MM3HGFXW.js")),
  lazy(dbmate_default, () => import("./chunk-AT6YZGGI.js")),
  lazy(sql_default, () => import("./chunk-U5CKABHN.js"))
];

export {
  FRAMEWORKS
};
