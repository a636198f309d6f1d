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
} from "./chunk-SZVWVXMK.js";

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
  lazy(prisma_default, () => import("./chunk-CV7VYPU5.js")),
  lazy(rails_default, () => import("./chunk-VHFRLOXT.js")),
  lazy(django_default, () => import("./chunk-UJXUMZPF.js")),
  lazy(alembic_default, () => import("./chunk-HJ3TJT25.js")),
  lazy(typeorm_default, () => import("./chunk-6KNQABO2.js")),
  lazy(sequelize_default, () => import("./chunk-ZK4MRHKU.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-UJNY7S3D.js")),
  lazy(knex_default, () => import("./chunk-LSL4F2VF.js")),
  lazy(db_migrate_default, () => import("./chunk-PZJU2T7S.js")),
  lazy(laravel_default, () => import("./chunk-P4XIFFU7.js")),
  lazy(ecto_default, () => import("./chunk-2O3JBCDH.js")),
  lazy(liquibase_default, () => import("./chunk-Y6B43YZS.js")),
  lazy(sqitch_default, () => import("./chunk-2BL23DQC.js")),
  lazy(flyway_default, () => import("./chunk-DGHO3GLG.js")),
  lazy(pop_default, () => import("./chunk-MJKBWIQD.js")),
  lazy(golang_migrate_default, () => import("./chunk-G4UNINWO.js")),
  lazy(goose_default, () => import("./chunk-5AOX4BXK.js")),
  lazy(sql_migrate_default, () => import("./chunk-W7LSHGBS.js")),
  lazy(dbmate_default, () => import("./chunk-7RAQ32XR.js")),
  lazy(sql_default, () => import("./chunk-PCMRPQA6.js"))
];

export {
  FRAMEWORKS
};
