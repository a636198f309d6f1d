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
} from "./chunk-CWYY4R54.js";

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
  lazy(prisma_default, () => import("./chunk-5YLNA4RG.js")),
  lazy(rails_default, () => import("./chunk-TVNYWVSB.js")),
  lazy(django_default, () => import("./chunk-7K2HGSHE.js")),
  lazy(alembic_default, () => import("./chunk-QVQCTTOA.js")),
  lazy(typeorm_default, () => import("./chunk-4ZNVVOFW.js")),
  lazy(sequelize_default, () => import("./chunk-BLEGXQVR.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-MW6WI4KG.js")),
  lazy(knex_default, () => import("./chunk-OH3QB3EW.js")),
  lazy(db_migrate_default, () => import("./chunk-FLH6TV7V.js")),
  lazy(laravel_default, () => import("./chunk-XOMINONH.js")),
  lazy(ecto_default, () => import("./chunk-2QDSJEYO.js")),
  lazy(liquibase_default, () => import("./chunk-I75EB776.js")),
  lazy(sqitch_default, () => import("./chunk-UMQ6DAPU.js")),
  lazy(flyway_default, () => import("./chunk-ELJRUVU4.js")),
  lazy(pop_default, () => import("./chunk-CILHY3YB.js")),
  lazy(golang_migrate_default, () => import("./chunk-EXAN3F5D.js")),
  lazy(goose_default, () => import("./chunk-ZWF2V7DC.js")),
  lazy(sql_migrate_default, () => import("./chunk-STQXQSNE.js")),
  lazy(dbmate_default, () => import("./chunk-RB4AZBSD.js")),
  lazy(sql_default, () => import("./chunk-P66GMBEZ.js"))
];

export {
  FRAMEWORKS
};
