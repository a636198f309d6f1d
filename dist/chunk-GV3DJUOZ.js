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
} from "./chunk-J4YDH2QJ.js";

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
  lazy(prisma_default, () => import("./chunk-DJWRQDA4.js")),
  lazy(rails_default, () => import("./chunk-A2EF7SRV.js")),
  lazy(django_default, () => import("./chunk-OFR3CICE.js")),
  lazy(alembic_default, () => import("./chunk-6FMB5DZ2.js")),
  lazy(typeorm_default, () => import("./chunk-K5RYBTIX.js")),
  lazy(sequelize_default, () => import("./chunk-KMPUZ6SR.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-C4GLTM6F.js")),
  lazy(knex_default, () => import("./chunk-PY4CA55B.js")),
  lazy(db_migrate_default, () => import("./chunk-NIUBBDZM.js")),
  lazy(laravel_default, () => import("./chunk-SSVWNRLA.js")),
  lazy(ecto_default, () => import("./chunk-5LJYYX74.js")),
  lazy(liquibase_default, () => import("./chunk-SH74V2GQ.js")),
  lazy(sqitch_default, () => import("./chunk-RSGRGZTD.js")),
  lazy(flyway_default, () => import("./chunk-VY6NOYNF.js")),
  lazy(pop_default, () => import("./chunk-4NZ3OKV3.js")),
  lazy(golang_migrate_default, () => import("./chunk-I67X3LGS.js")),
  lazy(goose_default, () => import("./chunk-MXNZHDAC.js")),
  lazy(sql_migrate_default, () => import("./chunk-JZGKY3UB.js")),
  lazy(dbmate_default, () => import("./chunk-2OLJ3NHV.js")),
  lazy(sql_default, () => import("./chunk-DFEHRQO3.js"))
];

export {
  FRAMEWORKS
};
