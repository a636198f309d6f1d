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
} from "./chunk-J3QGGYLR.js";

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
  lazy(prisma_default, () => import("./chunk-63KBL557.js")),
  lazy(rails_default, () => import("./chunk-FAPM4524.js")),
  lazy(django_default, () => import("./chunk-ZLXQI72W.js")),
  lazy(alembic_default, () => import("./chunk-XD2SZNFQ.js")),
  lazy(typeorm_default, () => import("./chunk-M6MRY5KH.js")),
  lazy(sequelize_default, () => import("./chunk-64BGHJTK.js")),
  lazy(node_pg_migrate_default, () => import("./chunk-VTSRIRGI.js")),
  lazy(knex_default, () => import("./chunk-C3FV2O7E.js")),
  lazy(db_migrate_default, () => import("./chunk-XY2NR33C.js")),
  lazy(laravel_default, () => import("./chunk-M55GFLAX.js")),
  lazy(ecto_default, () => import("./chunk-FQPMXFXO.js")),
  lazy(liquibase_default, () => import("./chunk-FYVWAI7C.js")),
  lazy(sqitch_default, () => import("./chunk-2AZ7EP24.js")),
  lazy(flyway_default, () => import("./chunk-4SWC3DTD.js")),
  lazy(pop_default, () => import("./chunk-CL7VF4HH.js")),
  lazy(golang_migrate_default, () => import("./chunk-KIK4DVKF.js")),
  lazy(goose_default, () => import("./chunk-DAAQEO3B.js")),
  lazy(sql_migrate_default, () => import("./chunk-PVBG7BHJ.js")),
  lazy(dbmate_default, () => import("./chunk-CZZKBYCY.js")),
  lazy(sql_default, () => import("./chunk-VMZBE2OG.js"))
];

export {
  FRAMEWORKS
};
