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
} from "./chunk-SJWTXA27.js";

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
  lazy(prisma_default, () => import("./chunk-UHKLUM2D.js")),
  lazy(rails_default, () => import("./chunk-TO762SV2.js")),
  lazy(django_default, () => import("./chunk-P6AGSB2X.js")),
  lazy(alembic_default, () => import("./chunk-HFKWBEXW.js")),
  lazy(typeorm_default, () => import("./chunk-DLXCGGAP.js")),
  lazy(sequelize_default, () => import("./chunk-IGUKCDEI.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-LURG4JYM.js")),
  lazy(knex_default, () => import("./chunk-J3RXW3OA.js")),
  lazy(db_migrate_default, () => import("./chunk-T7TWWEF4.js")),
  lazy(laravel_default, () => import("./chunk-D6EWLWDS.js")),
  lazy(ecto_default, () => import("./chunk-74YFRFCX.js")),
  lazy(liquibase_default, () => import("./chunk-6ORG5LJU.js")),
  lazy(sqitch_default, () => import("./chunk-T7TNW3W7.js")),
  lazy(flyway_default, () => import("./chunk-HXPBVXNE.js")),
  lazy(pop_default, () => import("./chunk-T4UJBIR6.js")),
  lazy(golang_migrate_default, () => import("./chunk-H7S42NGZ.js")),
  lazy(goose_default, () => import("./chunk-KWHRH7EZ.js")),
  lazy(sql_migrate_default, () => import("./chunk-SJ335GDY.js")),
  lazy(dbmate_default, () => import("./chunk-AFPPQY6H.js")),
  lazy(sql_default, () => import("./chunk-DZKB4ORU.js"))
];

export {
  FRAMEWORKS
};
